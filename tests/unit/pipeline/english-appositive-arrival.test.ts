/**
 * An English arrival told after its subject's appositive, often backwards in the past perfect: "The delegation, led by X,
 * Vice Chairman of …, had arrived at the border area the previous evening" is the trip's arrival, the day before the
 * event told just before it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe("'The group, led by X, …, had arrived at …'", () => {
	const t = buildTimeline([
		{
			file: 'aid.txt',
			text: page(
				'Ha Tinh sends rice to Bolikhamxay',
				'Saturday, May 16, 2026 8:15 AM',
				'A delegation from Ha Tinh province on Friday handed over gifts and 50 tonnes of rice to Bolikhamxay province at the Cau Treo border gate.',
				'The delegation, led by Tran Van Khoa, Vice Chairman of the Ha Tinh provincial People\'s Committee, had arrived at the border area the previous evening.',
				'The rice will be given to families hit by the April floods.'
			)
		}
	]);
	const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

	it('is the arrival, the evening before the handover', () => {
		expect(quoted('The delegation, led by Tran Van Khoa')).toMatchObject({ type: 'visit', start: '2026-05-14', partOfDay: 'evening', status: 'occurred' });
		expect(quoted('A delegation from Ha Tinh province on Friday')?.start).toBe('2026-05-15');
	});
});
