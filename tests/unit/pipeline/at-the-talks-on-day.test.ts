/**
 * English "At the talks on the 12th, …" after a flashback to the arrival ("late on Sunday"): the story is back at the talks of
 * that day, so "The two sides signed …" told next, with no day of its own, is of the talks' day, and "Earlier in the day, …"
 * is that day too.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Da Nang, Savannakhet sign tourism pact',
	'',
	'Monday, September 12, 2022 09:40 PM',
	'',
	'A delegation of Da Nang city led by Le Trung Chinh, Chairman of the municipal People\'s Committee, held talks with leaders of Savannakhet province on September 12.',
	'',
	'On arrival at the border gate late on Sunday, the delegation was welcomed by Vice Governor of Savannakhet Phouvanh Chanthavong.',
	'',
	'At the talks on the 12th, Savannakhet Governor Santiphap Phomvihane said that Da Nang is one of the province\'s closest partners.',
	'',
	'The two sides signed a memorandum of understanding on tourism cooperation for 2022-2025.',
	'',
	'Earlier in the day, the delegation laid flowers at the Vietnam-Laos Friendship Monument.'
].join('\n');

describe('at the talks on their day, after a flashback', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const day = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q))).map((e) => [e.start, e.end]);
	it('dates the signing told next by the talks\' day', () => {
		expect(day('The two sides signed')).toEqual([['2022-09-12', '2022-09-12']]);
	});
	it('dates "Earlier in the day" by that day too', () => {
		expect(day('Earlier in the day')).toEqual([['2022-09-12', '2022-09-12']]);
	});
});
