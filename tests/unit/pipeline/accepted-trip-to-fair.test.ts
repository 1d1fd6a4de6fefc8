/**
 * An invitation accepted to lead a delegation over ("Đồng chí X nhận lời dẫn đoàn … sang tỉnh Y dự hội chợ") is a trip still to
 * come: its leader is not at the happening told before it, and the trip is dated by the occasion it names, told in the sentence
 * before ("… tổ chức Hội chợ … vào tháng 6/2026").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Quảng Trị – Xa-van-na-khệt đẩy mạnh giao thương', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Từ ngày 13 đến 14/5, Đoàn công tác tỉnh Quảng Trị do đồng chí Lê Hữu Phước, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Xa-van-na-khệt (Lào).';
const TALKS = 'Sáng 13/5, đồng chí Phết-xa-vẳn Xi-hả-vông, Phó Tỉnh trưởng tỉnh Xa-van-na-khệt đã tiếp và hội đàm với Đoàn.';
const FAIR = 'Chiều 14/5, Đoàn thăm Triển lãm hàng Việt tại thành phố Xay-xổm-bun, nơi 40 gian hàng của doanh nghiệp Quảng Trị được trưng bày.';
const name = (t: ReturnType<typeof buildTimeline>, id: string) => t.people.find((p) => p.id === id)?.name;

describe('an invitation accepted to lead a delegation over', () => {
	it('names one who is not at the visit told before it', () => {
		const t = page('16/05/2025 - 08:30 (GMT+07:00)', LEAD, TALKS, FAIR, 'Đồng chí Phết-xa-vẳn Xi-hả-vông nhận lời dẫn đoàn doanh nghiệp tỉnh Xa-van-na-khệt sang Quảng Trị tham quan.');
		const visit = t.events.find((e) => e.sources[0].quote.startsWith('Chiều 14/5'))!;
		expect(visit.people.map((p) => name(t, p))).toEqual(['Lê Hữu Phước']);
	});

	it('to the fair the sentence before announced, is the trip to it, in its month', () => {
		const t = page(
			'16/05/2025 - 08:30 (GMT+07:00)',
			LEAD,
			TALKS,
			FAIR,
			'Hai bên thống nhất tổ chức Triển lãm hàng Lào tại thành phố Đông Hà vào tháng 9/2025.',
			'Đồng chí Phết-xa-vẳn Xi-hả-vông nhận lời dẫn đoàn doanh nghiệp tỉnh Xa-van-na-khệt sang Quảng Trị dự triển lãm.'
		);
		const trip = t.events.find((e) => e.sources[0].quote.startsWith('Đồng chí Phết-xa-vẳn'));
		expect(trip).toMatchObject({ role: 'main', status: 'planned', type: 'visit', start: '2025-09-01', end: '2025-09-30' });
		expect(t.delegations.map((d) => ({ leader: name(t, d.leader!), from: d.from, to: d.to, start: d.start }))).toContainEqual({ leader: 'Phết-xa-vẳn Xi-hả-vông', from: 'savannakhet', to: 'quang-tri', start: '2025-09-01' });
	});

	it('with no happening told before it, is dated by nothing', () => {
		const t = page('16/05/2025 - 08:30 (GMT+07:00)', LEAD, TALKS, FAIR, 'Hai bên thống nhất đẩy mạnh giao thương.', 'Đồng chí Phết-xa-vẳn Xi-hả-vông nhận lời dẫn đoàn doanh nghiệp tỉnh Xa-van-na-khệt sang Quảng Trị dự triển lãm.');
		expect(t.events.filter((e) => e.sources[0].quote.startsWith('Đồng chí Phết-xa-vẳn'))).toEqual([]);
	});
});
