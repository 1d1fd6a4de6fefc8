/**
 * A cultural exchange or a show put on for the guests is a happening of their programme: "The previous evening, the host
 * union had staged a cultural exchange in their honour" is the evening before the day just told.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe("'staged a cultural exchange'", () => {
	it('is a ceremony; a comeback staged is nothing', () => {
		expect(classify('The host union had staged a cultural exchange in their honour.')).toBe('ceremony');
		expect(classify('The province organised a friendship cultural exchange for the guests.')).toBe('ceremony');
		expect(classify('The company staged a strong comeback this year.')).toBeNull();
	});
	it('told "the previous evening", it is the evening before the day just told', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Bokeo youth delegation ends visit to Lao Cai',
					'Tuesday, 7th April 2026 11:00',
					'A delegation of the Lao People\'s Revolutionary Youth Union of Bokeo province, led by its Secretary Khamphou Sayavong, held talks with the Lao Cai youth union on 4th April.',
					'On the 5th, the delegation met Lao students at the provincial college.',
					'The previous evening, the host union had staged a cultural exchange in their honour at the city square.'
				)
			}
		]);
		const show = t.events.find((e) => e.sources[0].quote.startsWith('The previous evening'));
		expect(show && [show.start, show.partOfDay, show.type, show.status]).toEqual(['2026-04-04', 'evening', 'ceremony', 'occurred']);
	});
});
