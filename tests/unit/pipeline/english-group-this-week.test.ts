/**
 * English "This week" is some day of the stamp's week, and a group coming with no leader named ("a group of doctors from
 * … will arrive in Attapeu") is a trip told by its arrival: a planned event of that week, and no delegation to follow.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { classify } from '../../../src/lib/pipeline/events';

describe('"This week" and a group arriving', () => {
	it('"This week" is the week of the page', () => {
		const [m] = findTimeMentions('This week, the two provinces will review the plan.', 'en');
		expect(m).toMatchObject({ text: 'This week', shape: 'span', relation: 'deictic', unit: 'week', offset: 0 });
	});

	it('a group or a team of people arriving is a visit; a group of words is not', () => {
		expect(classify('This week, a group of doctors from Hue Central Hospital will arrive in Attapeu to examine patients.')).toBe('visit');
		expect(classify('A team of engineers from the company arrived in Pakse on Monday.')).toBe('visit');
		expect(classify('A group of companies will invest in the province.')).toBeNull();
	});

	it('on a Monday page it is a planned main event of that week, with no delegation', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Attapeu, Thua Thien Hue extend health cooperation',
					'',
					'Monday, 14 October 2024',
					'',
					'The Thua Thien Hue delegation led by Vice Chairman Tran Van Minh visited Attapeu from Oct 9 to 11.',
					'',
					'This week, a group of doctors from Hue Central Hospital will arrive in Attapeu to examine patients in remote villages.'
				].join('\n')
			}
		]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('group of doctors')));
		expect(e).toMatchObject({ status: 'planned', role: 'main', start: '2024-10-14', end: '2024-10-20' });
		expect(t.delegations).toHaveLength(1);
	});
});
