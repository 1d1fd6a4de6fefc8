/**
 * An English photo story under "Photos: …": each picture's caption is printed on one line with its tag and its credit
 * ("[Photo] … receives … on the morning of Oct. 14. Photo: VNA"), in the present tense; the captions carry the news,
 * and "Earlier in the day" after a caption counts from the caption's day. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const text = [
	'Photos: Ha Tinh trade delegation visits Bolikhamxay and Khammouane',
	'',
	'Saturday, October 19, 2024 8:05 AM',
	'',
	'A delegation of Ha Tinh province led by Tran Quoc Bao, Vice Chairman of the provincial People\'s Committee, paid working visits to the Lao provinces of Bolikhamxay and Khammouane on Oct. 14 and 15.',
	'',
	'[Photo] Bolikhamxay Vice Governor Somsack Vongsa (left) receives Ha Tinh Vice Chairman Tran Quoc Bao at the provincial hall on the morning of Oct. 14. Photo: VNA',
	'',
	'The two sides agreed to open a new bus route between the two provinces next year.',
	'',
	'[Photo] The delegation tours a rubber plantation in Bolikhamxay in the afternoon of the 14th. Photo: VNA',
	'',
	'[Photo] Khammouane Vice Governor Bounmy Sengdara holds talks with the Ha Tinh delegation in Thakhek on Oct. 15. Photo: VNA',
	'',
	'Earlier in the day, the delegation had laid flowers at the Vietnam-Laos Friendship Monument in Thakhek.',
	'',
	'The delegation returned home on Oct. 16.'
].join('\n');

describe('an English photo story\'s tagged captions', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('are body sentences, without their tag and credit', () => {
		const e = of('Bolikhamxay Vice Governor Somsack Vongsa (left) receives');
		expect(e).toMatchObject({ start: '2024-10-14', end: '2024-10-14', partOfDay: 'morning', type: 'reception' });
		expect(e!.sources[0].quote.endsWith('on the morning of Oct. 14.')).toBe(true);
		expect(of('The delegation tours a rubber plantation')).toMatchObject({ start: '2024-10-14', end: '2024-10-14', partOfDay: 'afternoon' });
		expect(of('Khammouane Vice Governor Bounmy Sengdara holds talks')).toMatchObject({ start: '2024-10-15', end: '2024-10-15' });
	});
	it('give the day "Earlier in the day" counts from', () => {
		expect(of('Earlier in the day, the delegation had laid flowers')).toMatchObject({ start: '2024-10-15', end: '2024-10-15' });
	});
	it('"in the afternoon of the 14th" is a day of the month told', () => {
		expect(findTimeMentions('The team visits the museum in the afternoon of the 14th.', 'en')).toMatchObject([{ dayOfMonth: 14, partOfDay: 'afternoon', relation: 'anaphoric' }]);
		expect(findTimeMentions('It was the end of the 20th century.', 'en')).toEqual([]);
	});
});
