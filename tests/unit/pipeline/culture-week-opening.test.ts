/**
 * An English page stamped with its reading time ("March 22, 2024 | 5 min read") about a culture week that "opened … on
 * Tuesday evening (Mar 19) and runs until Saturday (Mar 23)": the week is the span, its opening a happening of the first
 * evening, and "Attending the opening ceremony were …", "On the sidelines of the opening, … signed …" and "Earlier in the
 * day" are of the opening's day. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { parseStamp } from '../../../src/lib/pipeline/dates/stamp';

const text = [
	'Quang Binh Culture Week opens in Savannakhet',
	'',
	'March 22, 2024 | 5 min read',
	'',
	'The Quang Binh Culture and Food Week opened in Kaysone Phomvihane city of Savannakhet on Tuesday evening (Mar 19) and runs until Saturday (Mar 23), bringing folk songs and crafts to the Lao province.',
	'',
	'Attending the opening ceremony were Ho An Phong, Vice Chairman of the Quang Binh Provincial People\'s Committee, who leads the Quang Binh delegation, and Savannakhet Vice Governor Phonesavanh Keola.',
	'',
	'On the sidelines of the opening, Dong Hoi city and Kaysone Phomvihane city signed a friendship agreement.',
	'',
	'Earlier in the day, Phong paid a courtesy call on Savannakhet Governor Santiphap Vongsa.',
	'',
	'The delegation arrived in Savannakhet by road on Mar. 18.',
	'',
	'Savannakhet will bring its own culture week to Quang Binh next year, Phonesavanh said.'
].join('\n');

describe('a culture week that opened and runs until a later day', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const all = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const of = (q: string) => all(q)[0];
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('reads the stamp beside its reading time', () => {
		expect(parseStamp('March 22, 2024 | 5 min read')?.published).toBe('2024-03-22');
		expect(parseStamp('Thứ sáu, 22/03/2024 - 5 phút đọc')?.published).toBe('2024-03-22');
		expect(parseStamp('Ngày 22/3/2024 hai bên họp trong 30 phút')).toBeNull();
	});
	it('makes the week\'s span and the opening\'s evening', () => {
		const spans = all('The Quang Binh Culture and Food Week opened').map((e) => `${e.start}..${e.end}`).sort();
		expect(spans).toEqual(['2024-03-19..2024-03-19', '2024-03-19..2024-03-23']);
		// The week's name is no one's.
		expect(t.people.some((p) => /Week/.test(p.name))).toBe(false);
	});
	it('dates the ceremony, the signing at it and what came earlier that day to the opening\'s day', () => {
		const c = of('Attending the opening ceremony were');
		expect(c).toMatchObject({ start: '2024-03-19', end: '2024-03-19' });
		expect(c.people.map(name)).toEqual(expect.arrayContaining(['Ho An Phong', 'Phonesavanh Keola']));
		expect(of('On the sidelines of the opening')).toMatchObject({ start: '2024-03-19', end: '2024-03-19', type: 'signing' });
		expect(of('Earlier in the day, Phong paid a courtesy call')).toMatchObject({ start: '2024-03-19', end: '2024-03-19' });
		expect(of('The delegation arrived in Savannakhet')).toMatchObject({ start: '2024-03-18', end: '2024-03-18' });
	});
	it('a week brought to the other province next year is a plan', () => {
		const e = of('Savannakhet will bring its own culture week to Quang Binh');
		expect(e).toMatchObject({ start: '2025-01-01', end: '2025-12-31', status: 'planned' });
	});
});
