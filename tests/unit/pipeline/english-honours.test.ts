/**
 * Honours handed to a delegation are a ceremony of their own day in English as in Vietnamese ("trao tặng Kỷ niệm chương"):
 * "presented 20 officials with the Friendship Medal", "awarded the Labour Order to …". Not every "presented" is one: a
 * report presented, or an order placed, is no ceremony.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('an honour presented or awarded', () => {
	const t = buildTimeline([
		{
			file: 'honours.txt',
			text: page(
				'Bac Giang honours Oudomxay officials',
				'Friday, October 9, 2026 4:30 PM',
				'A delegation from the Lao province of Oudomxay led by Vice Governor Khamsing Phommavong arrived in Bac Giang on Tuesday for a three-day visit.',
				'On Wednesday, the Bac Giang Vietnam-Laos Friendship Association presented 15 Oudomxay officials with the "For Peace and Friendship" medal.',
				'On Thursday, the province awarded the Labour Order to two Lao teachers who have taught in Bac Giang for ten years.'
			)
		}
	]);
	const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

	it('is a ceremony on its own day', () => {
		expect(quoted('On Wednesday, the Bac Giang')).toMatchObject({ type: 'ceremony', start: '2026-10-07', status: 'occurred' });
		expect(quoted('On Thursday, the province awarded')).toMatchObject({ type: 'ceremony', start: '2026-10-08' });
	});

	it('is not read into a report presented or an order placed', () => {
		expect(classify('The department presented a report on trade with Laos in order to plan next year.')).not.toBe('ceremony');
	});
});
