/**
 * English trip sentences: a stay told with an aside between the delegation and its place ("A delegation from … led by X,
 * vice chairman of …, was in the Lao province from May 4 to 7"), a field trip told by "surveyed", and a later act told after
 * "before returning home …" whose day is not the sentence's; a signing "on the sidelines" of the happening just told.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const rows = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: page('Kon Tum promotes its tea in Attapeu', 'March 15, 2027 08:00 (GMT+7)', ...paragraphs) }]).events.map((e) => [e.start, e.end, e.type, e.status, e.sources[0].quote.slice(0, 12)]);

describe('an English stay with an aside, and a survey', () => {
	it("'A delegation … led by X, <title>, was in the Lao province from … to …' is the trip", () => {
		expect(rows("A delegation from the central highlands province of Kon Tum led by Tran Van Binh, vice chairman of the provincial People's Committee, was in the Lao province from March 9 to 12 for a trade fair.")).toContainEqual(['2027-03-09', '2027-03-12', 'visit', 'occurred', 'A delegation']);
	});
	it("'the delegation surveyed …' is a field trip, dated by its own days and not by the return after 'before returning'", () => {
		expect(rows(
			"A delegation from Kon Tum led by Tran Van Binh, vice chairman of the provincial People's Committee, was in Attapeu from March 9 to 12.",
			'On March 11 and 12, the delegation surveyed coffee farms in Sanamxay district before returning home through the Bo Y border gate late on Friday.'
		)).toContainEqual(['2027-03-11', '2027-03-12', 'field_trip', 'occurred', 'On March 11 ']);
	});
	it("'… were signed … on the sidelines.' is a signing on the day of the happening just told", () => {
		expect(rows(
			'The trade forum opened in Attapeu on Wednesday, March 10, with Kon Tum presenting its tea to Lao buyers. Four supply contracts were signed between firms of the two provinces on the sidelines.'
		)).toContainEqual(['2027-03-10', '2027-03-10', 'signing', 'occurred', 'Four supply ']);
	});
});
