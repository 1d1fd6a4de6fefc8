/**
 * A bare year after "in", in an English clause that tells what is to come ("Khammouane will host the fifth conference in
 * 2026"), is the plan's year, as "vào năm 2026" is; not a figure's or a plan period's year ("trade will reach … in 2026",
 * "the cooperation plan in 2026", "in 2026-2030"). Told so by one outlet and as "Hội nghị lần thứ 5 sẽ tổ chức … vào năm
 * 2026" by another, the numbered session of that year is one happening.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const years = (s: string) => findTimeMentions(s, 'en').filter((m) => m.shape === 'year').map((m) => [m.text, m.year]);

describe('a bare year after "in" in English', () => {
	it('is the year of a plan told in the clause', () => {
		expect(years('Under the agreement, Khammouane will host the fifth conference in 2026.')).toEqual([['2026', 2026]]);
		expect(years('The festival is scheduled to take place in Thakhek in 2027.')).toEqual([['2027', 2027]]);
	});
	it("is no figure's, plan's or period's year, nor a year told without a plan", () => {
		expect(years('Two-way trade will reach 300 million USD in 2026.')).toEqual([]);
		expect(years('The two sides will carry out the cooperation plan in 2026.')).toEqual([]);
		expect(years('The provinces will strengthen ties in 2026-2030.')).toEqual([]);
		expect(years('The bridge was completed in 2019.')).toEqual([]);
	});
});

describe('the next session told in English and in Vietnamese', () => {
	const t = buildTimeline([
		{ file: 'vi.txt', text: ['Hội nghị lần thứ 4 giữa ba tỉnh tại Hà Tĩnh', '', 'Cập nhật: 10/11/2025 16:40', '', 'Sáng 10/11, tại thành phố Hà Tĩnh, UBND tỉnh Hà Tĩnh chủ trì Hội nghị lần thứ 4 giữa các tỉnh Hà Tĩnh, Bô-ly-khăm-xay và Khăm-muồn.', '', 'Hội nghị lần thứ 5 sẽ tổ chức tại tỉnh Khăm-muồn vào năm 2026.'].join('\n') },
		{ file: 'en.txt', text: ['Khammouane attends fourth meeting in Ha Tinh', '', 'November 11, 2025', '', 'The fourth meeting of Ha Tinh, Bolikhamxay and Khammouane was held in Ha Tinh city on November 10.', '', 'Khammouane will host the fifth meeting in 2026.'].join('\n') }
	]);
	it('is one planned happening of 2026', () => {
		const next = t.events.filter((e) => e.sources.some((s) => s.quote.includes('lần thứ 5') || s.quote.includes('fifth meeting')));
		expect(next).toHaveLength(1);
		expect([next[0].start, next[0].end, next[0].status]).toEqual(['2026-01-01', '2026-12-31', 'planned']);
		expect(next[0].sources).toHaveLength(2);
	});
});

describe("the next session at the visitors' home, on the page of their trip", () => {
	const t = buildTimeline([{ file: 'en.txt', text: ['Khammouane governor attends meeting in Ha Tinh', '', 'November 12, 2025', '', 'A delegation of Khammouane province led by Provincial Governor Vilay Sikham paid a working visit to Ha Tinh province of Vietnam from November 9-11.', '', 'On Monday morning, Governor Vilay held talks with leaders of Ha Tinh province.', '', 'Khammouane will host the fifth meeting in 2026.'].join('\n') }]);
	it('is no happening of the trip: the delegation keeps its own days', () => {
		const next = t.events.find((e) => e.sources.some((s) => s.quote.includes('fifth meeting')));
		expect(next?.delegation ?? null).toBeNull();
		expect(t.delegations.map((d) => [d.start, d.end])).toEqual([['2025-11-09', '2025-11-11']]);
	});
});
