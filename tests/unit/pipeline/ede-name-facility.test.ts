/**
 * An Ê Đê man's name opens with "Y" and has a syllable Vietnamese lacks ("Y Biêr Niê"); an English facility's name may
 * hold a lone "Y" too, its last words English ("International Border Gate", "Airport", "Bridge"). Those words are no
 * Ê Đê syllables, and a name that ends in what a facility is names no person.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const names = (s: string) => findPeople(s, undefined, 'en').map((p) => p.name);

describe('a facility with a lone "Y" in its name is no Ê Đê man', () => {
	it('a gate, an airport, a bridge: no person', () => {
		expect(names('The 25-member group crossed on Monday evening through the Dak Y International Border Gate, which opened in 2004.')).toEqual([]);
		expect(names('Officials greeted the guests at the Ea Y Krong Airport on Tuesday.')).toEqual([]);
		expect(names('The two sides inspected the Buon Y Mlak Bridge over the river.')).toEqual([]);
	});
	it('an Ê Đê name after a title is still a person', () => {
		expect(names('Vice Chairman Y Thanh Ha Nie Kdam led the group.')).toEqual(['Y Thanh Ha Nie Kdam']);
		expect(names('Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng dẫn đầu đoàn.')).toEqual(['Y Giang Gry Niê Knơng']);
	});
	it('the arrival through the gate has no participant named after it', () => {
		const t = buildTimeline([
			{
				file: 'gate.txt',
				text: [
					'Attapeu delegation visits Kon Tum',
					'KON TUM — A delegation from Laos\' Attapeu province led by Vice Governor Bounma Keomany is on a working visit to Kon Tum from March 3 to 5, 2024.',
					'The 30-member delegation arrived on Sunday evening through the Dak Y International Border Gate.',
					'On March 4, Vice Governor Bounma Keomany held talks with Kon Tum leaders.'
				].join('\n\n')
			}
		]);
		const names = new Map(t.people.map((p) => [p.id, p.name]));
		const arrival = t.events.find((e) => e.sources.some((s) => s.quote.includes('Dak Y')));
		expect(arrival, 'the arrival is an event').toBeTruthy();
		expect(arrival!.people.map((id) => names.get(id))).not.toContain('Y International Border Gate');
		expect(t.people.map((p) => p.name).filter((n) => /Gate/.test(n))).toEqual([]);
	});
});
