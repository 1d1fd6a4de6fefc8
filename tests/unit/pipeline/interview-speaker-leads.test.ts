/**
 * In an interview, an answer opened by its speaker's label ("Ông X: …", "Đồng chí X: …") says "tôi" for that speaker: "đoàn
 * tỉnh do tôi dẫn đầu sẽ sang …" is the speaker's own trip, not one of the visiting delegation the page is about.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { readSetting, type CityInfo, type Setting } from '../../../src/lib/pipeline/delegations';

const info = new Map<string, CityInfo>([['houaphanh', { id: 'houaphanh', country: 'LA' }], ['thanh-hoa', { id: 'thanh-hoa', country: 'VN' }]]);
const frame: Setting = { place: 'thanh-hoa', placeCountry: 'VN', visitor: { leader: 'guest', fromCity: 'houaphanh', fromBody: null, country: 'LA' }, hosts: [] };
const mention = (text: string, surface: string, id: string) => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, id });

describe("an interview's 'do tôi dẫn đầu'", () => {
	for (const label of ['Ông Lê Văn Khải', 'Đồng chí Lê Văn Khải', 'Chủ tịch Lê Văn Khải']) {
		it(`is led by the answer's speaker (${label}:)`, () => {
			const s = `${label}: Đầu năm tới, đoàn tỉnh do tôi làm trưởng đoàn sẽ sang tỉnh Hủa Phăn để ký kế hoạch hợp tác.`;
			const r = readSetting(s, [mention(s, 'Lê Văn Khải', 'lvk')], [mention(s, 'Hủa Phăn', 'houaphanh')], info, frame);
			expect(r.visitor?.leader).toBe('lvk');
			expect(r.place).toBe('houaphanh');
		});
	}
	it('is no one named when no label opens the answer (a name said in passing is not the speaker)', () => {
		const s = 'Theo ông Lê Văn Khải, đầu năm tới, đoàn tỉnh do tôi làm trưởng đoàn sẽ sang tỉnh Hủa Phăn.';
		const r = readSetting(s, [mention(s, 'Lê Văn Khải', 'lvk')], [mention(s, 'Hủa Phăn', 'houaphanh')], info, frame);
		expect(r.visitor?.leader).not.toBe('lvk');
	});
	it('makes the speaker’s planned trip a delegation of its own on the interview page', () => {
		const text = [
			'Chủ tịch UBND tỉnh Thanh Hóa: Hợp tác với Hủa Phăn ngày càng thực chất',
			'',
			'Nhân dịp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Xay-xổm-phon Phôm-vi-hản, Bí thư Tỉnh ủy, Tỉnh trưởng làm Trưởng đoàn vừa kết thúc chuyến thăm tỉnh Thanh Hóa từ ngày 3 đến 5/6/2024, phóng viên đã trao đổi với đồng chí Lê Văn Khải, Chủ tịch UBND tỉnh Thanh Hóa.',
			'',
			'PV: Thời gian tới, tỉnh sẽ làm gì để cụ thể hóa các thỏa thuận?',
			'',
			'Ông Lê Văn Khải: Dự kiến trong quý IV tới, đoàn tỉnh do tôi dẫn đầu sẽ sang tỉnh Hủa Phăn để ký kế hoạch hợp tác năm 2025.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const plan = t.events.find((e) => e.sources.some((s) => s.quote.includes('do tôi dẫn đầu')));
		expect(plan?.status).toBe('planned');
		const d = t.delegations.find((x) => x.events.includes(plan!.id));
		expect(t.people.find((p) => p.id === d?.leader)?.name).toBe('Lê Văn Khải');
		expect(d?.to).toBe('houaphanh');
		expect(plan?.people.map((id) => t.people.find((p) => p.id === id)?.name)).toEqual(['Lê Văn Khải']);
	});
});
