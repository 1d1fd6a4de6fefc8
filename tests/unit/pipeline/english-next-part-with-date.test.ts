/**
 * "the following morning, March 12": a date set beside a counted part of the day names that morning itself; it is not
 * counted from the day just told (nor from the stamp), and the sentence after it ("Earlier in the day, …") takes that day.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe("'the following morning, <date>': the date wins", () => {
	it('the date is read with the morning, and no day is counted', () => {
		const ms = findTimeMentions('The forum itself opened the following morning, March 12, with Attapeu presenting its coffee trail.', 'en');
		expect(ms).toEqual([expect.objectContaining({ shape: 'day', day: 12, month: 3, partOfDay: 'morning' })]);
		expect(ms.some((m) => m.relation === 'anaphoric')).toBe(false);
	});
	it('on a page, the forum is that morning, done, and "Earlier in the day" follows it', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page(
			'Kon Tum showcases its tea to Attapeu buyers',
			'March 15, 2027 08:00 (GMT+7)',
			'A delegation from Kon Tum led by Tran Van Binh, vice chairman of the provincial People\'s Committee, arrived in Attapeu on Wednesday, March 10, and held talks with the provincial governor.',
			'The trade forum itself took place the following morning, March 12, with Kon Tum presenting its tea to Lao buyers.',
			'Earlier in the day, the delegation visited a coffee cooperative in Attapeu.'
		) }]);
		const rows = t.events.map((e) => [e.start, e.end, e.partOfDay ?? null, e.status, e.sources[0].quote.slice(0, 20)]);
		expect(rows).toContainEqual(['2027-03-12', '2027-03-12', 'morning', 'occurred', 'The trade forum itse']);
		expect(rows).toContainEqual(['2027-03-12', '2027-03-12', null, 'occurred', 'Earlier in the day, ']);
	});
});
