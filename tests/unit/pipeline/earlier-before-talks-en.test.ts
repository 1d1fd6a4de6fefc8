/**
 * "Earlier in the day, before the talks opened, X paid a courtesy call on …" told after "On arrival on 12 March, …" is the
 * talks' day, not the arrival's: the happening named ("before the talks") says which day the story went back within. And a
 * host's banquet is never the guests' courtesy call, whoever is at both: told by two outlets on one day, they stay apart.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';

const en = [
	'Vietnam News Online',
	'',
	'Thanh Hoa police, Houaphanh security force hold annual meeting',
	'Updated: 14/03/2023 | 09:10',
	'',
	'The Thanh Hoa Provincial Police and the Public Security Department of Laos\' Houaphanh province held their annual meeting in Xam Neua town on 13 March, reviewing their cooperation in fighting cross-border crime.',
	'',
	'The Thanh Hoa delegation, led by Major General Dao Minh Khoa, Director of the provincial Police, is paying a working visit to Houaphanh on 12-14 March.',
	'',
	'On arrival on 12 March, the delegation laid flowers at the Vietnam-Laos Friendship Monument in Xam Neua.',
	'',
	'Earlier in the day, before the talks opened, Khoa paid a courtesy call on Houaphanh Deputy Governor Somphone Keomany, who praised the two forces for their close work.',
	'',
	'The previous evening, Colonel Vanxay Sithideth hosted a banquet in honour of the Vietnamese delegation.'
].join('\n');

describe('"Earlier in the day, before the talks …": the talks\' day', () => {
	const t = buildTimeline([{ file: 'en.txt', text: en }]);
	const quoting = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));
	it('the courtesy call is on the talks\' day, not the arrival\'s', () => {
		const call = quoting('paid a courtesy call');
		expect(call).toHaveLength(1);
		expect([call[0].start, call[0].end]).toEqual(['2023-03-13', '2023-03-13']);
	});
	it('the banquet of the evening before stays its own', () => {
		const dinner = quoting('hosted a banquet');
		expect(dinner).toHaveLength(1);
		expect(dinner[0].start).toBe('2023-03-12');
		expect(dinner[0].sources).toHaveLength(1);
	});
	it('a courtesy call and a banquet of one day, told by two outlets, are two happenings', () => {
		const at = (article: string, type: string, quote: string, partOfDay: 'afternoon' | 'evening' | null): Mergeable => ({
			article, type, role: 'main', status: 'occurred', people: ['khoa', 'host'], place: 'houaphanh', cities: [], conflicts: [],
			sources: [{ article, quote } as Mergeable['sources'][number]],
			date: { start: '2023-03-12', end: '2023-03-12', granularity: 'day', partOfDay, dating: 'explicit', confidence: 0.9, note: { vi: '', en: '' } }
		});
		const call = at('a', 'courtesy_call', 'Khoa paid a courtesy call on the Deputy Governor', null);
		expect(sameHappening(call, at('b', 'reception', 'Tối 12/3, lãnh đạo tỉnh tổ chức tiệc chiêu đãi Đoàn', 'evening'))).toBe(false);
		// (A host receiving the guests is the other side of their call: one happening.)
		expect(sameHappening(call, at('b', 'reception', 'Chiều 12/3, Phó Tỉnh trưởng đã tiếp Đoàn', 'afternoon'))).toBe(true);
	});
});
