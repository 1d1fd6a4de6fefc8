/**
 * A host's party named by what it greets is a reception ("chủ trì tiệc chào mừng Đoàn"); "On the sidelines of the visit, …
 * signed …" with no day of its own is the visit's occasion, as "Trong dịp này"; and whose farm is visited ("Thăm trang trại
 * của hộ ông X") is no party to the visit.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác hữu nghị giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const names = (t: ReturnType<typeof buildTimeline>, ids: string[]) => ids.map((id) => t.people.find((p) => p.id === id)?.name);

describe('a party, an occasion, a household', () => {
	it('"Tối 8/5, đồng chí X, Bí thư Tỉnh đoàn … chủ trì tiệc chào mừng Đoàn" is a reception that evening', () => {
		const t = page(
			'10/05/2024 09:00',
			'Từ ngày 8 đến 10/5, Đoàn công tác Tỉnh đoàn Quảng Bình do đồng chí Hồ Văn Tâm, Bí thư Tỉnh đoàn làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn (Lào).',
			'Tối 8/5, đồng chí Xổm-xạ-nít Vông-xay, Bí thư Đoàn Thanh niên tỉnh Khăm Muồn đã chủ trì tiệc chào mừng Đoàn.'
		);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Tối 8/5'));
		expect(e).toMatchObject({ type: 'reception', start: '2024-05-08', partOfDay: 'evening', role: 'main' });
	});

	it('"On the sidelines of the visit, … signed a memorandum …" is dated within the visit', () => {
		const t = page(
			'Saturday, May 11, 2024 9:00 AM',
			'A delegation of Khammouane province led by Vice Governor Bounlom Phommachanh wrapped up a three-day visit to Quang Binh on Friday.',
			'The visit ran from May 8 through 10.',
			'On Wednesday afternoon, the delegation held talks with Quang Binh Vice Chairman Ho An Phong.',
			"On the sidelines of the visit, Khammouane's Department of Health and Quang Binh's Department of Health signed a memorandum of understanding on hospital cooperation."
		);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('On the sidelines'));
		expect(e?.type).toBe('signing');
		expect(e!.start! >= '2024-05-08' && e!.end! <= '2024-05-10').toBe(true);
	});

	it('"- Ngày 9/5: Thăm trang trại nuôi dê của hộ ông X": the farmer is no participant', () => {
		const t = page(
			'10/05/2024 09:00',
			'Từ ngày 8 đến 10/5, Đoàn công tác Hội Nông dân tỉnh Quảng Bình do ông Hồ Văn Tâm, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn (Lào).',
			'- Ngày 9/5: Thăm trang trại nuôi dê của hộ ông Khăm-phôn ở bản Na-khăm; trao 20 suất quà cho hộ nghèo.'
		);
		const e = t.events.find((x) => x.sources[0].quote.includes('trang trại'));
		expect(e).toBeDefined();
		expect(names(t, e!.people)).not.toContain('Khăm-phôn');
	});
});
