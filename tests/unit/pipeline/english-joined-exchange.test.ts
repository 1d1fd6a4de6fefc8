/**
 * A friendship or cultural exchange the guests joined ("The previous evening, the delegation had joined a friendship exchange
 * with …") is a happening of the trip, as one the hosts staged for them is.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `Champasak youth delegation in Can Tho

Friday, August 23, 2024 10:00 AM

PAKSE, Aug 23 – A delegation of the Lao Youth Union of Champasak province, led by Mr. Khamsing Vongsa, paid a working visit to Can Tho city, Vietnam on August 20 and 21.

On the 21st, the delegation held talks with the Can Tho city youth union.

The previous evening, the delegation had joined a cultural exchange with Lao students in Ninh Kieu district.
`;

describe('an exchange the guests joined', () => {
	it('is a ceremony-like happening', () => {
		expect(classify('The delegation joined a friendship exchange with Lao students.')).toBe('ceremony');
		expect(classify('They attended the cultural exchange in the evening.')).toBe('ceremony');
	});
	it("'The previous evening' is the evening before the day told", () => {
		const t = buildTimeline([{ file: 'joined.txt', text: PAGE }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('joined a cultural exchange')));
		expect([e?.start, e?.partOfDay, e?.role]).toEqual(['2024-08-20', 'evening', 'main']);
	});
});
