/**
 * A tour told as a flashback after the reception: "Earlier in the day, the Lao guests toured the Phu My Hung industrial
 * zone …" came before "received by Vice Chairman X", so X, named again after it ("X said …"), speaks at the reception,
 * not on the guests' own tour. And a zone named after a place by one word more ("the Binh Dinh Hoa industrial zone") is
 * not that place: a longer proper name holds the place's name.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPlaces } from '../../../src/lib/pipeline/places';

const text = [
	'Champasak delegation seeks partners in Da Nang',
	'',
	'Saturday, April 13, 2019 10:05 [GMT+7]',
	'',
	'A delegation from the Lao province of Champasak led by Vice Governor Sommai Vongkhamsao held talks with the Da Nang People\'s Committee on Wednesday (Apr 10), seeking investment in tourism.',
	'',
	'The delegation was received by Da Nang Vice Chairman Tran Quoc Hung at the city\'s administrative centre.',
	'',
	'Earlier in the day, the Lao guests toured the Hoa Khanh industrial zone and the Tien Sa sea port.',
	'',
	'Hung said Da Nang companies were ready to study projects in Champasak.',
	'',
	'The delegation flew home on Friday.'
].join('\n');

describe('a flashback tour after the reception', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const tour = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Earlier in the day')));
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('is the guests\' own: the host named after it is not on it', () => {
		expect(tour).toBeTruthy();
		expect(tour!.start).toBe('2019-04-10');
		expect(tour!.people.map(name)).toEqual(['Sommai Vongkhamsao']);
	});
	it('the host still takes part in the talks', () => {
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('A delegation from the Lao province')));
		expect(talks!.people.map(name)).toContain('Tran Quoc Hung');
	});
});

describe('a place name inside a longer proper name', () => {
	it('"the Binh Dinh Hoa industrial zone" is not Binh Dinh', () => {
		expect(findPlaces('They toured the Binh Dinh Hoa industrial zone on Monday.').map((p) => p.cityId)).toEqual([]);
		expect(findPlaces('They left from the Quang Ninh Cai Lan deep-water port.').map((p) => p.cityId)).toEqual(['quang-ninh']);
	});
	it('the place itself, or its own zone, still is', () => {
		expect(findPlaces('They toured the Binh Dinh industrial zone on Monday.').map((p) => p.cityId)).toEqual(['binh-dinh']);
		expect(findPlaces('They met the Binh Dinh Youth Union.').map((p) => p.cityId)).toEqual(['binh-dinh']);
		expect(findPlaces('They toured Binh Dinh City port.').map((p) => p.cityId)).toEqual(['binh-dinh']);
	});
});
