/**
 * An English trip told leg by leg: "The delegation landed at Tan Son Nhat International Airport on the evening of Mar 4" is
 * the arrival (landing is arriving, wherever the airport is named), and "the delegation returned to Ho Chi Minh City to …"
 * moves the delegation back there, so what it does next ("flying home from Tan Son Nhat") is no longer placed at the leg
 * before.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Savannakhet delegation moves between Ho Chi Minh City and Dong Nai',
	'',
	'Sunday, March 10, 2019 8:00 AM',
	'',
	'A delegation from the Lao province of Savannakhet led by Vice Governor Bounmy Phommachanh has been on a working visit to Ho Chi Minh City and the neighbouring province of Dong Nai since Mar 4.',
	'',
	'The delegation landed at Tan Son Nhat International Airport on the evening of Mar 4.',
	'',
	'On Mar 6 the delegation travelled to Dong Nai, where provincial leaders hosted talks on industrial parks.',
	'',
	'Two days later, the delegation returned to Ho Chi Minh City to work with the city\'s Department of Industry and Trade.',
	'',
	'It will wrap up the visit the following Monday, flying home from Tan Son Nhat.'
].join('\n');

const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(quote)));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('a landing, and a return to the first leg', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('"landed at … Airport" is the arrival of the evening', () => {
		expect(eventOf(t, 'The delegation landed at')).toMatchObject({ start: '2019-03-04', partOfDay: 'evening', type: 'visit', status: 'occurred' });
	});
	it('after "returned to Ho Chi Minh City" the next day told is not placed in Dong Nai', () => {
		expect(eventOf(t, 'Two days later, the delegation returned')).toMatchObject({ start: '2019-03-08' });
		expect(eventOf(t, 'Two days later, the delegation returned').cities).not.toContain('dong-nai');
		expect(eventOf(t, 'It will wrap up the visit').cities).not.toContain('dong-nai');
	});
});
