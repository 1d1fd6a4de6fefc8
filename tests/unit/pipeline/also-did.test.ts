/**
 * A trip told by its days, then what the delegation also did with no day of its own ("The delegation also met Lao students …
 * and presented them with 50 scholarships"): a stop of the trip, within its days, in its delegation.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Attapeu, Kon Tum renew health pact',
	'',
	'Friday, 18 October 2019',
	'',
	'The agreement was signed in Attapeu on Monday (Oct 14) by Mr Khamsone Phimmasone, Deputy Governor of Attapeu, and Mr Le Ngoc Tuan, Vice Chairman of Kon Tum Provincial People\'s Committee, who led a delegation to the province this week.',
	'',
	'The Kon Tum delegation visited Attapeu from Oct 14 to 16.',
	'',
	'On Tuesday, the delegation visited Attapeu Provincial Hospital and handed over medical equipment.',
	'',
	'The delegation also met Lao nursing students preparing to leave for Kon Tum and presented them with 30 scholarships.'
].join('\n');

describe('what the delegation also did, with no day', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is an event within the trip\'s days, in its delegation', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('also met Lao nursing students')));
		expect(e).toBeTruthy();
		expect(e!.start! >= '2019-10-14' && e!.end! <= '2019-10-16').toBe(true);
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
});
