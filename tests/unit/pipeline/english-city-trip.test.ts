/**
 * An English report from the visitors' side: the mayor named with his city before his title ("Kaysone Phomvihane Mayor X",
 * the city's name that is also a person's, read as the city before a title), then "led by Mr X"; "On the final day of the
 * visit" is the stay's last day; and the host who "accepted an invitation to lead a Da Nang business delegation to …" leads a
 * trip from the city named before "business delegation".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Kaysone Phomvihane and Da Nang sign tourism memorandum',
	'',
	'Monday, November 24, 2025 9:00 AM',
	'',
	'SAVANNAKHET, Nov 24 (ST) – "Da Nang has shown us a green city," Kaysone Phomvihane Mayor Somsak Phommachanh said after returning from a working visit to Vietnam last week.',
	'',
	'The delegation of Kaysone Phomvihane city, led by Mr Somsak, visited Da Nang from November 17 to 19.',
	'',
	'On the final day of the visit, the two cities signed a memorandum of understanding on tourism.',
	'',
	'Vice Mayor Le Quang Huy accepted an invitation to lead a Da Nang business delegation to Savannakhet in January.'
].join('\n');

describe('an English report of a city delegation', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

	it('the mayor named after his city leads the trip, "Mr Somsak" being the same man', () => {
		const trip = t.delegations.find((d) => d.to === 'da-nang')!;
		expect(name(trip.leader)).toBe('Somsak Phommachanh');
		expect(trip.from).toBe('savannakhet');
	});

	it('"On the final day of the visit" is the stay\'s last day', () => {
		expect(t.events.find((e) => e.sources[0].quote.startsWith('On the final day'))).toMatchObject({ start: '2025-11-19', end: '2025-11-19', type: 'signing' });
	});

	it('the host who accepts to lead "a Da Nang business delegation" leads a trip from Da Nang', () => {
		const back = t.delegations.find((d) => name(d.leader) === 'Le Quang Huy')!;
		expect(back).toMatchObject({ from: 'da-nang', to: 'savannakhet' });
	});
});
