/**
 * A plan both sides agree on for a quarter of the year counted from now ("The two sides agreed to hold a youth forum … in
 * the fourth quarter of this year" on a page of 14 May): that quarter of the stamp's year, planned, as "quý IV năm nay" is
 * read; not the last such quarter before the stamp.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'CHAMPASAK YOUTH UNION',
	'Tuesday, May 14, 2024 08:40 AM',
	'',
	'Champasak youth delegation visits Can Tho',
	'',
	'PAKSE, May 14 – A delegation of the Lao People’s Revolutionary Youth Union of Champasak province led by its Secretary, Mr. Khamphet Sisavath, paid a working visit to Can Tho city, Vietnam, on May 11 and 12.',
	'',
	'On the 11th, Mr. Khamphet held talks with Mr. Tran Van Loc, Secretary of the Can Tho Youth Union.',
	'',
	'The two sides agreed to hold a youth forum of Can Tho and Champasak in Pakse in the fourth quarter of this year.'
].join('\n');

describe('a quarter of this year, in English', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const find = (q: string) => t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));
	it("'in the fourth quarter of this year' is that quarter of the stamp's year, planned", () => {
		const e = find('youth forum');
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status]).toEqual(['2024-10-01', '2024-12-31', 'planned']);
	});
});
