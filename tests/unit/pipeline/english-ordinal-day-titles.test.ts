/**
 * An English page whose host is titled "Assoc. Prof. Dr." ("On the 9th, University President Assoc. Prof. Dr. X held talks with
 * the delegation"): "Assoc." is an abbreviation, not a sentence's end, so the talks are one sentence dated "On the 9th" (the
 * day of the month told), and the signing told after them is on that day, not the arrival's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { splitSentences } from '../../../src/lib/pipeline/segment';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const t = buildTimeline([
	{
		file: 'a.txt',
		text: page(
			'Savannakhet hospital and Da Nang university agree on nurse training',
			'Thursday, March 12, 2026 9:15 AM',
			'A delegation of Savannakhet Provincial Hospital, Laos, led by its Director Dr. Khamla Sengdara, paid a working visit to Da Nang on March 9-10.',
			"On arrival in Da Nang late on Sunday, the delegation was welcomed at the airport by the university's External Relations Office.",
			"On the 9th, University President Assoc. Prof. Dr. Vo Thanh Liem held talks with the delegation at the university's campus.",
			'The two sides signed an agreement under which the university will train 25 nurses for the hospital.'
		)
	}
]);
const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
const nameOf = (id: string) => t.people.find((p) => p.id === id)?.name;

describe("an English host titled 'Assoc. Prof. Dr.', and 'On the 9th'", () => {
	it("'Assoc.' ends no sentence", () => {
		const text = 'On the 9th, President Assoc. Prof. Dr. Vo Thanh Liem held talks. They agreed.';
		expect(splitSentences(text, { start: 0, end: text.length }).map((s) => s.text)).toEqual(['On the 9th, President Assoc. Prof. Dr. Vo Thanh Liem held talks.', 'They agreed.']);
	});
	it('the talks are dated the 9th and name the host', () => {
		const talks = quoted('On the 9th');
		expect(talks && [talks.start, talks.end, talks.type]).toEqual(['2026-03-09', '2026-03-09', 'talks']);
		expect(talks!.people.map(nameOf)).toContain('Vo Thanh Liem');
	});
	it('the signing after them is on their day, not the arrival of Sunday the 8th', () => {
		const signing = quoted('The two sides signed');
		expect(signing && [signing.start, signing.status]).toEqual(['2026-03-09', 'occurred']);
	});
	it('the welcome at the airport does not take in the host named after it', () => {
		expect(quoted('On arrival')!.people.map(nameOf)).not.toContain('Vo Thanh Liem');
	});
});
