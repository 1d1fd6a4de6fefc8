/**
 * An English report that calls the visitors "the Vietnamese delegation" only (its country, no "led by"), and names one person
 * by a title of a Vietnamese province in the trip's news ('"…," Vice Chairman of the Can Tho People's Committee X said at
 * talks with … on Tuesday'): X heads it, from there, and what "the delegation" or "the guests" did later (an arrival, a
 * wreath) is that delegation's, on the page alone.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Vientiane Times',
	'Thursday, October 10, 2024 8:05 AM',
	'',
	'Champasak and Can Tho to boost agricultural cooperation',
	'',
	'"Champasak is ready to welcome more Can Tho investors in rice processing," Deputy Governor of Champasak province Bounlap Sengdara said at talks with Vice Chairman of the Can Tho People\'s Committee Tran Van Hoa in Pakse on Tuesday.',
	'',
	'The Vietnamese delegation is on a working visit to Champasak on Oct. 8 and 9 at the invitation of the provincial authorities.',
	'',
	'The delegation arrived late on Monday via the Vang Tao international border gate.',
	'',
	'Earlier in the day, the guests laid a wreath at the Lao-Vietnam Friendship Monument in Pakse district.',
	'',
	'On the 9th, the delegation toured a coffee processing plant in Paksong district.'
].join('\n');

describe("an English page's country-named delegation, headed by the one person titled from its home", () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const hoa = t.people.find((p) => p.name.includes('Tran Van Hoa'));
	const find = (q: string) => t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));
	it('makes one delegation from Can Tho, led by him', () => {
		expect(hoa).toBeTruthy();
		expect(t.delegations.map((d) => [d.leader, d.from])).toEqual([[hoa!.id, 'can-tho']]);
	});
	it("gives him the delegation's later acts", () => {
		for (const q of ['arrived late on Monday', 'laid a wreath', 'toured a coffee'])
			expect([q, find(q)?.people]).toEqual([q, expect.arrayContaining([hoa!.id])]);
	});
});
