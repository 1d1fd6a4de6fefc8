/**
 * A relative clause set off by commas tells background of its subject: "The Lao delegation, which was on a working visit to
 * Vietnam from May 4 to 7, travelled to Quang Tri province on the 5th …" is dated by the main verb's "on the 5th", not by the
 * clause's span.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const build = (sentence: string) =>
	buildTimeline([{ file: 'a.txt', text: page('Savannakhet health officials in central Vietnam', 'Friday, May 8, 2026', sentence) }]);
const only = (t: ReturnType<typeof buildTimeline>) => t.events.map((e) => [e.start, e.end, e.role]);

describe("a date in a ', which …,' clause beside the main verb's", () => {
	it("the main verb's day dates the sentence", () => {
		const t = build('The Lao delegation, which was on a working visit to Vietnam from May 4 to 7, travelled to Quang Tri province on the 5th to work with the provincial hospital.');
		expect(only(t)).toEqual([['2026-05-05', '2026-05-05', 'main']]);
	});
	it('with no date outside it, the clause still dates the sentence', () => {
		const t = build('The Lao delegation, which was on a working visit to Vietnam from May 4 to 7, travelled to Quang Tri province to work with the provincial hospital.');
		expect(only(t)).toEqual([['2026-05-04', '2026-05-07', 'main']]);
	});
});
