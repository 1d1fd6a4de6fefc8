/**
 * An English lead that opens with someone's words told in the past ('"… than it does today," X told the opening session of a
 * … forum'): the "today" inside the quotation is the speaker's present, not the stamp's day, and makes no plan. A famtrip
 * "for 20 Champasak travel agents, led by X" is X's delegation from there, not the speaker's who tells of it ("Y said …"),
 * and "later this week" under a Monday is from the Tuesday to the Sunday.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Thua Thien Hue courts Champasak tour firms',
	'',
	'March 11, 2024 08:15 (GMT+7)',
	'',
	'"Pakse and Hue share a long history, and we want far more visitors on this route than we see today," Khamla Inthavong, director of Champasak\'s Department of Information, Culture and Tourism, told the opening session of a Hue tourism forum in Pakse.',
	'',
	'A delegation from the central Vietnamese province of Thua Thien Hue led by Tran Thi Kim Loan, vice chairwoman of the provincial People\'s Committee, was in the Lao province from March 6 to 9 for the forum.',
	'',
	'The forum itself took place on March 7, with Hue presenting its heritage routes to Lao buyers.',
	'',
	'Loan said a famtrip for 20 Champasak travel agents, led by Khamla, is scheduled to visit Hue later this week to survey new tour routes.',
	''
].join('\n');

describe('a quote lead told in the past, and a famtrip led by another', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it('does not date the quote lead by the "today" inside the quotation', () => {
		const lead = t.events.filter((e) => e.sources.some((s) => s.quote.includes('than we see today')));
		expect(lead.filter((e) => e.start === '2024-03-11' || e.status === 'planned')).toEqual([]);
	});
	it('makes the famtrip its leader\'s own delegation, later that week', () => {
		const trip = t.events.find((e) => e.sources.some((s) => s.quote.includes('famtrip')));
		expect(trip).toMatchObject({ start: '2024-03-12', end: '2024-03-17', status: 'planned' });
		const d = t.delegations.find((x) => x.events.includes(trip!.id));
		expect(name(d!.leader)).toBe('Khamla Inthavong');
		expect(d).toMatchObject({ from: 'champasak', to: 'hue' });
		const loan = t.delegations.find((x) => name(x.leader) === 'Tran Thi Kim Loan');
		expect(loan?.end).toBe('2024-03-09');
	});
});
