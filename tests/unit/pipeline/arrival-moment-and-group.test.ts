/**
 * An English report of a trip: "arrived in Attapeu on Monday evening … for a three-day working visit" tells the arrival's
 * own moment (that evening) beside the stay stretched from it; and "A group of Gia Lai coffee growers will stay on for the
 * … festival this weekend" is some of the people, with no leader: not the delegation's trip, nor its leader's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Gia Lai, Attapeu agree on joint coffee brand',
	'',
	'Published on Mar 14, 2024',
	'',
	'ATTAPEU – Gia Lai Vice Chairman Nguyen Huu Que and Attapeu Governor Leth Xayaphone held talks in Samakkhixay District on Tuesday (Mar 12), agreeing to build a joint brand for highland coffee.',
	'',
	'The Gia Lai delegation, led by Que, arrived in Attapeu on Monday evening through the Bo Y border gate for a three-day working visit to the neighbouring Lao province.',
	'',
	'On Wednesday morning, the delegation visited a coffee plantation run by a Vietnamese company.',
	'',
	'A group of Gia Lai coffee growers will stay on for a coffee trade fair in Attapeu this weekend.'
].join('\n');

describe('an arrival with its part of day, and a group that stays on', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const told = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

	it('the arrival is its own happening, on Monday evening', () => {
		const arrival = told('The Gia Lai delegation, led by Que, arrived').find((e) => e.start === e.end);
		expect(arrival).toMatchObject({ start: '2024-03-11', end: '2024-03-11', partOfDay: 'evening', status: 'occurred' });
	});
	it('the stay is still told from that day over its three days', () => {
		expect(told('The Gia Lai delegation, led by Que, arrived').some((e) => e.start === '2024-03-11' && e.end === '2024-03-13')).toBe(true);
	});
	it('the growers who stay on are no part of the delegation', () => {
		const [group] = told('A group of Gia Lai coffee growers');
		expect(group).toBeTruthy();
		expect(group.people.map(name)).toEqual([]);
		expect(t.delegations.some((d) => d.events.includes(group.id))).toBe(false);
	});
});
