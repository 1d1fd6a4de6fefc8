/**
 * A meeting that reviews a year, on a page with no stamp:
 *  - its year's results are reported from that year's last months on: a review "of 2023" held "from December 4-6" is of
 *    December 2023, one held in January or March is of 2024 ("reviewing cooperation in 2023", "Hội nghị tổng kết hợp tác năm
 *    2023");
 *  - the members of the cooperation listed after "among" or "giữa các tỉnh" are who takes part, not where the meeting went:
 *    the visit is to its host's place (and from the visitor's home), not to every member.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';

const page = (days: string) => [
	'CHAMPASAK PROVINCE',
	'',
	'Champasak Governor attends three-province meeting in Kon Tum',
	'',
	`A delegation of Champasak province led by Provincial Governor Vilayvong Boutdakham paid a working visit to Kon Tum province of Vietnam from ${days} to attend the fourth meeting reviewing cooperation in 2023 among Champasak, Attapeu and Kon Tum.`,
	'',
	'The fourth meeting was held in Kon Tum city, co-chaired by the leaders of the three provinces.'
].join('\n');
const lead = (t: ReturnType<typeof buildTimeline>) => t.events.find((e) => e.sources.some((s) => s.quote.includes('paid a working visit')));

describe('a meeting reviewing a year, with no stamp', () => {
	it("held in the year's last month: of the year reviewed", () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('December 4-6') }]);
		expect(lead(t)).toMatchObject({ start: '2023-12-04', end: '2023-12-06' });
	});
	it('held early in the next year: of the year after', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('January 10-12') }]);
		expect(lead(t)).toMatchObject({ start: '2024-01-10', end: '2024-01-12' });
	});
	it("a Vietnamese year's review weighs the same by the month", () => {
		const ev = collectYearEvidence([{ text: 'Hội nghị tổng kết hợp tác năm 2023 giữa ba tỉnh diễn ra tại thành phố Kon Tum.' }]);
		expect(decideYear(ev, 12)?.year).toBe(2023);
		expect(decideYear(ev, 2)?.year).toBe(2024);
	});
	it('the members listed after "among" are not where it went', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('December 4-6') }]);
		expect([...lead(t)!.cities].sort()).toEqual(['champasak', 'kon-tum']);
	});
});
