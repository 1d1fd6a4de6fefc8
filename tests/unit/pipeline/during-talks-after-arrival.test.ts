/**
 * An English story that tells the news (a reception), then goes back to the arrival the evening before, then returns to the
 * news with "During the talks, …" (the talks it told as a reception): "The next morning" counts from the talks' day, not from
 * the arrival; and what was said during the talks is not the arrival's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const t = buildTimeline([
	{
		file: 'a.txt',
		text: page(
			'Mar 16, 2024 | 09:00 pm',
			'Savannakhet Governor hosts Quang Tri delegation',
			'Savannakhet Governor Bounmy Chanthavong received a delegation of Quang Tri province led by its Vice Chairman Ho Van Duc at the provincial hall on March 14.',
			'The Quang Tri delegation is on a working visit to Savannakhet on March 14-16 at the invitation of the provincial administration.',
			'The delegation arrived late on Wednesday and was welcomed at the Dansavanh border gate by Deputy Governor of Savannakhet Phonxay Keomany.',
			'During the talks, Mr Bounmy briefed the guests on the province’s economy, saying it was expected to grow by about 5 percent this year.',
			'Mr Duc said Quang Tri wished to expand trade along the East-West Economic Corridor.',
			'The next morning, the delegation held a working session with the Savannakhet Department of Industry and Commerce.'
		)
	}
]);
const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))!;
const named = (n: string) => t.people.find((p) => p.name === n)?.id;

describe('"During the talks" after a flashback to the arrival', () => {
	it('"The next morning" is the morning after the talks', () => {
		const next = quoted('The next morning');
		expect([next.start, next.end]).toEqual(['2024-03-15', '2024-03-15']);
	});
	it('the arrival keeps only who greeted it', () => {
		const arrival = quoted('The delegation arrived late on Wednesday');
		expect(arrival.start).toBe('2024-03-13');
		expect(arrival.people).not.toContain(named('Bounmy Chanthavong'));
	});
});
