/**
 * English dates told by a part of them: "late on 19 November" is that day's evening (as "late on Wednesday" is), and
 * "in mid-August" the month's middle days, 11–20 (as "giữa tháng 8"); a team "led by" someone that "will travel" there is a
 * delegation announced.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findEnglish } from '../../../src/lib/pipeline/dates/english';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'en.txt', text: ['Hospitals of two provinces deepen ties', '', 'Thursday, March 12, 2026 10:15 AM', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const lead = 'A delegation of Attapeu Provincial Hospital, Laos, led by its Director Dr. Vilay Phommachanh, paid a working visit to Quang Ngai General Hospital on March 9-10.';

describe('English parts of a day and of a month', () => {
	it("'late on 8 March' is the evening of that day", () => {
		const t = page(lead, 'On arrival in Quang Ngai late on 8 March, the delegation was welcomed by Deputy Director Le Thi Hoa.');
		const e = t.events.find((x) => x.sources[0].quote.startsWith('On arrival'))!;
		expect(e).toMatchObject({ start: '2026-03-08', end: '2026-03-08', partOfDay: 'evening' });
	});

	it("'in mid-April' is days 11–20, 'early May 2027' days 1–10, 'late June' 21–30", () => {
		const found = findEnglish('The team will go in mid-April, then in early May 2027 and again in late June.');
		expect(found.filter((m) => m.shape === 'part_of_month').map((m) => [m.partOfMonth, m.month, m.year])).toEqual([
			['mid', 4, undefined],
			['early', 5, 2027],
			['late', 6, undefined]
		]);
		// Not the whole month as well.
		expect(found.filter((m) => m.shape === 'month')).toEqual([]);
	});

	it("'a … team led by X will travel to P in mid-April' is X's trip announced, to P", () => {
		const t = page(lead, 'The two sides agreed that a QNGH team led by Deputy Director Le Thi Hoa will travel to Attapeu in mid-April to hold a free cataract surgery programme.');
		const e = t.events.find((x) => x.sources[0].quote.includes('will travel'))!;
		expect(e).toMatchObject({ start: '2026-04-11', end: '2026-04-20', status: 'planned', role: 'main' });
		const d = t.delegations.find((x) => x.events.includes(e.id))!;
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Le Thi Hoa');
		expect(d.to).toBe('attapeu');
	});
});
