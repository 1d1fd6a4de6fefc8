/**
 * Two happenings told briefly in Vietnamese: a fair both sides agree to hold in a month to come ("Hai bên thống nhất tổ chức
 * Triển lãm … lần thứ 3 … vào tháng 5/2027"), a planned event of its own with no trip of the delegation; and a delegation
 * crossing at a border gate told with "qua" alone ("Sáng 8/3, Đoàn qua Cửa khẩu Quốc tế … theo Quốc lộ … và được … đón tại biên
 * giới"), the trip's arrival. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
const LEAD = 'Trong hai ngày 8 và 9/3, Đoàn công tác tỉnh Quảng Trị do đồng chí Lê Minh Tuấn, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Sa-vẳn-na-khệt (Lào).';

describe('in Vietnamese', () => {
	it('a fair both sides agree to hold in a month to come is planned for that month, with no trip', () => {
		const t = page(
			'10/03/2026 09:00 GMT+7',
			LEAD,
			'Sáng 9/3, đồng chí Lê Minh Tuấn đã hội đàm với đồng chí Khăm-phăn Xỉ-xu-vông, Phó Tỉnh trưởng tỉnh Sa-vẳn-na-khệt.',
			'Hai bên thống nhất tổ chức Triển lãm Nông sản Quảng Trị – Sa-vẳn-na-khệt lần thứ 3 tại thành phố Đông Hà vào tháng 5/2027.'
		);
		expect(of(t, 'thống nhất tổ chức Triển lãm')).toMatchObject({ start: '2027-05-01', end: '2027-05-31', status: 'planned', role: 'main' });
		expect(t.delegations.filter((d) => (d.start ?? '') >= '2027-01-01')).toEqual([]);
	});

	it('an agreement to do better, with no happening named, makes no event', () => {
		const t = page('10/03/2026 09:00 GMT+7', LEAD, 'Hai bên thống nhất tăng cường trao đổi thông tin trong năm 2027.');
		expect(of(t, 'tăng cường trao đổi')).toBeUndefined();
	});

	it('"Đoàn qua Cửa khẩu …" on a day is the crossing, one of the trip\'s events', () => {
		const t = page(
			'10/03/2026 09:00 GMT+7',
			LEAD,
			'Sáng 8/3, Đoàn qua Cửa khẩu Quốc tế Lao Bảo – Đen-xa-vẳn theo Quốc lộ 9 và được lãnh đạo huyện Xê-pôn đón tại biên giới.'
		);
		const crossing = of(t, 'Đoàn qua Cửa khẩu');
		expect(crossing).toMatchObject({ start: '2026-03-08', partOfDay: 'morning', role: 'main' });
		expect(t.delegations.find((d) => d.events.includes(crossing!.id))).toBeDefined();
	});
});
