import { describe, expect, it } from 'vitest';
import { absorb, mergeReports, sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';
import type { Resolved } from '../../../src/lib/pipeline/dates/index';

/**
 * The plain search mergeReports replaced: every new report against every report kept, in order (the first told at the new
 * one's part of the day, if any — of those, the first of its own kind — else the first).
 */
function plainMerge<T extends Mergeable>(items: T[]): T[] {
	const out: T[] = [];
	for (const item of items) {
		const all = out.filter((o) => sameHappening(o, item));
		const part = item.date?.partOfDay;
		const twin = (part && (all.find((o) => o.date?.partOfDay === part && o.type === item.type) ?? all.find((o) => o.date?.partOfDay === part))) || all[0];
		if (twin) absorb(twin, item);
		else out.push(item);
	}
	return out;
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAYS = ['2024-03-10', '2024-03-11', '2024-03-12', '2024-03-13'];

function reports(seed: number, n: number): Mergeable[] {
	const r = random(seed);
	const one = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
	const out: Mergeable[] = [];
	for (let i = 0; i < n; i++) {
		const a = one(DAYS), b = one(DAYS);
		const [lo, hi] = a < b ? [a, b] : [b, a];
		const shape = one(['none', 'day', 'day', 'day', 'loose', 'span', 'month']);
		const base = { partOfDay: one([null, 'morning', 'afternoon'] as const), dating: 'explicit' as const, confidence: one([0.3, 0.6, 0.9]), note: { vi: '', en: '' } };
		const date: Resolved | null =
			shape === 'none' ? null
			: shape === 'day' ? { ...base, start: a, end: a, granularity: 'day' }
			: shape === 'loose' ? { ...base, start: lo, end: hi, granularity: 'day' }
			: shape === 'span' ? { ...base, start: lo, end: hi, granularity: 'span' }
			: { ...base, start: '2024-03-01', end: '2024-03-31', granularity: 'month' };
		const article = one(['a', 'b', 'c', 'd']);
		out.push({
			article,
			type: one(['meeting', 'reception', 'courtesy_call', 'talks', 'signing']),
			role: r() < 0.85 ? 'main' : 'context',
			status: r() < 0.7 ? 'occurred' : 'planned',
			date,
			people: ['p', 'q', 'r'].filter(() => r() < 0.4),
			place: one([null, 'x', 'y']),
			cities: [],
			sources: [{ article, quote: `q${i}`, start: i, end: i + 1, dateText: null }],
			conflicts: []
		} as Mergeable);
	}
	return out;
}

describe('mergeReports', () => {
	it('merges exactly as the search of every report kept, on random reports (loose days, spans, months, undated)', () => {
		let merges = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const items = reports(seed, 40);
			const plain = plainMerge(structuredClone(items));
			const indexed = mergeReports(structuredClone(items));
			merges += items.length - plain.length;
			expect(indexed, `seed ${seed}`).toEqual(plain);
		}
		// The generator must make reports that merge, or the comparison proves nothing.
		expect(merges).toBeGreaterThan(1000);
	});

	it('files a kept report again when a more confident report moves its days', () => {
		const day = (start: string, end: string, confidence: number): Resolved => ({ start, end, granularity: 'day', partOfDay: null, dating: 'explicit', confidence, note: { vi: '', en: '' } });
		const r = (article: string, date: Resolved): Mergeable => ({ article, type: 'talks', role: 'main', status: 'occurred', date, people: ['p'], place: null, cities: [], sources: [], conflicts: [] });
		// On the 11th at first, then over the 10th–12th from a more confident report: a third report, of the
		// 12th, must still find it (it is filed under no single day any more).
		const out = mergeReports([r('a', day('2024-03-11', '2024-03-11', 0.3)), r('b', day('2024-03-10', '2024-03-12', 0.9)), r('c', day('2024-03-12', '2024-03-12', 0.5))]);
		expect(out).toHaveLength(1);
		expect(out[0].date).toMatchObject({ start: '2024-03-10', end: '2024-03-12' });
		expect(out[0].conflicts.filter((c) => c.field === 'date')).toHaveLength(2);
	});
});
