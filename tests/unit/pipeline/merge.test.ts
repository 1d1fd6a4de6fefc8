import { describe, expect, it } from 'vitest';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';
import type { Resolved } from '../../../src/lib/pipeline/dates/index';

const date = (start: string, end = start): Resolved => ({ start, end, granularity: start === end ? 'day' : 'span', partOfDay: null, dating: 'explicit', confidence: 0.9, note: { vi: '', en: '' } as never });
const report = (article: string, d: Resolved, people: string[] = ['pk']): Mergeable => ({
	article, type: 'visit', role: 'main', status: 'occurred', date: d, people, place: null, cities: [], sources: [], conflicts: []
});

describe('sameHappening', () => {
	it('the same span told by two outlets is one visit', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-22', '2023-11-24')))).toBe(true);
	});
	it('overlapping but different spans, or a span and a day, stay apart', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-23', '2023-11-25')))).toBe(false);
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-23')))).toBe(false);
	});
	it('nothing shared, no merge', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-22', '2023-11-24'), ['x']))).toBe(false);
	});
});
