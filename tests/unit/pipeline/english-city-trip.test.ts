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

describe('the session a signing followed', () => {
	const t = buildTimeline([{ file: 'a.txt', text: [
		'Hue, Savannakhet councils sign agreement',
		'',
		'Thursday, November 23, 2023 9:12 AM',
		'',
		'The People\'s Councils of Hue and Savannakhet on the 21st signed a cooperation agreement for the 2024-2028 period.',
		'',
		'The signing followed a working session in Savannakhet co-chaired by Nguyen Van Phuong, Chairman of the Hue City People\'s Council, and Bounthavy Inthavong, Chairman of the Savannakhet Provincial People\'s Council.',
		'',
		'The Hue delegation is on a working visit to Laos from Nov. 20 to 23. On arrival on Monday afternoon, the delegation laid a wreath at the Kaysone Phomvihane Memorial.',
		'',
		'At the session, Bounthavy said Savannakhet wants to learn from Hue\'s experience. The previous evening, he had hosted a welcome dinner for the guests.',
		'',
		'Phuong said Hue has trained 300 Lao students since 2013.',
		'',
		'Earlier in the day, Phuong paid a courtesy call on the Secretary of the Savannakhet Provincial Party Committee.'
	].join('\n') }]);
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))!;
	it('is a meeting of the signing\'s day, with its co-chairs', () => {
		expect(ev('The signing followed')).toMatchObject({ type: 'working_session', start: '2023-11-21', end: '2023-11-21' });
	});
	it('"At the session, … The previous evening" counts back from the session', () => {
		expect(ev('The previous evening')).toMatchObject({ start: '2023-11-20', partOfDay: 'evening' });
	});
	it('a new paragraph\'s "Earlier in the day" is back at the session\'s day, not that evening\'s', () => {
		expect(ev('Earlier in the day')).toMatchObject({ start: '2023-11-21', end: '2023-11-21' });
	});
});
