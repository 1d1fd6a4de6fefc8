/**
 * "early on the 14th" is that day's morning, as "late on the 15th" is its evening (as "early on Friday", "late on
 * Wednesday" already were).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `Huaphan youth delegation visits Thanh Hoa

Saturday, October 19, 2024 09:00 AM

HUAPHAN, Oct 19 – A delegation of the Lao People's Revolutionary Youth Union of Huaphan province visited Thanh Hoa province, Vietnam on October 14 and 15.

On arrival at the Na Meo international border gate early on the 14th, the delegation was welcomed by Mr. Ha Van Luong, Secretary of the Thanh Hoa Youth Union.

The delegation returned to Huaphan late on the 15th.
`;

describe('"early on" and "late on" an ordinal day', () => {
	const t = buildTimeline([{ file: 'edge.txt', text: PAGE }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('early on the 14th is its morning', () => {
		expect([of('early on the 14th')?.start, of('early on the 14th')?.partOfDay]).toEqual(['2024-10-14', 'morning']);
	});
	it('late on the 15th is its evening', () => {
		expect([of('late on the 15th')?.start, of('late on the 15th')?.partOfDay]).toEqual(['2024-10-15', 'evening']);
	});
});
