/**
 * A delegation's leaving told by its day or the way on ("The delegation left Thakhek last Tuesday and travelled by road
 * through the Cha Lo border gate"): the trip's first act, an event of its delegation. Leaving
 * with no place ("left a good impression") is none. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Khammouane delegation in Quang Binh',
	'Mon, 16 Sep 2024 11:00:00 +0700',
	'A delegation of Khammouane province led by Mr. Vanxay Sihalath, Vice Governor of Khammouane, visited Quang Binh province last week.',
	'The delegation left Thakhek last Tuesday and travelled by road through the Cha Lo border gate.',
	'On Wednesday (September 11), Chairman of the Quang Binh People\'s Committee Mr. Tran Quoc Hung received the delegation in Dong Hoi city.'
);

describe('a delegation leaving, dated', () => {
	it('is a visit', () => {
		expect(classify('The delegation left Luang Namtha on Monday morning.')).toBe('visit');
		expect(classify('The guests left Savannakhet and flew to Hanoi.')).toBe('visit');
		expect(classify('The delegation left a good impression on Monday.')).toBeNull();
	});
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;
	it('is the first act of the trip, on its day', () => {
		expect(ev('left Thakhek')).toMatchObject({ start: '2024-09-10', end: '2024-09-10', status: 'occurred', role: 'main', type: 'visit' });
		expect(t.delegations).toHaveLength(1);
		expect(name(t.delegations[0].leader)).toBe('Vanxay Sihalath');
		expect(t.delegations[0].events).toContain(ev('left Thakhek')!.id);
	});
});
