/**
 * English: a happening told with its day, said to have followed another counted back from it ("The forum on the 12th followed
 * a welcome dinner hosted by … the previous evening"), tells the earlier one, of its own, on the evening before. And a signing told
 * with no day after the guests' arrival, told as a flashback before the news's meeting ("… crossed the … border gate on Sunday
 * …" / "Companies from the two provinces signed 8 agreements …"), was signed at the meeting: "Later in the day" told next is the
 * meeting's day, not the crossing's. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Quang Binh, Khammouane seal tourism deals',
	'',
	'Wednesday, March 13, 2024 9:15 AM',
	'',
	'"Khammouane wants more visitors from Quang Binh to stay longer in our caves," Governor Vilay Sengsouk told a tourism cooperation forum in Thakhek on March 12, attended by some 150 travel firms.',
	'',
	'The forum on the 12th followed a welcome dinner hosted by Governor Vilay for the Vietnamese visitors the previous evening.',
	'',
	'The Quang Binh delegation, led by Vice Chairman of the provincial People\'s Committee Tran Minh Hai, crossed the Cha Lo international border gate on Monday and was met by Khammouane Vice Governor Bounlap Sisavath on arrival.',
	'',
	'Companies from the two provinces signed 8 cooperation agreements worth a combined US$40 million.',
	'',
	'Later in the day, Mr. Hai and Governor Vilay held talks on opening a direct bus route.',
	'',
	'By Thu Ha'
].join('\n');

describe('English: a happening that followed another, and the day after an undated signing', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q))).map((e) => [e.start, e.partOfDay, e.type]);
	it('the dinner the forum followed is its own event, the evening before', () => {
		expect(of('The forum on the 12th followed')).toEqual([['2024-03-11', 'evening', 'reception']]);
	});
	it('"Later in the day" after the signing is the forum\'s day, not the crossing\'s', () => {
		expect(of('Later in the day').map((x) => x[0])).toEqual(['2024-03-12']);
	});
});
