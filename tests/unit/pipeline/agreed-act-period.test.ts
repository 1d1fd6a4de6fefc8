/**
 * An act both sides agree to do, named right after "agreed to", with a period to come in the same clause ("agreed to sign a
 * memorandum … in the fourth quarter", "agreed to organise a famtrip … later this year"): a planned event of that act, dated
 * by the period, and no trip of the delegation. An agreement with no act named, or no period, makes none. (Invented names,
 * places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Savannakhet delegation visits Quang Tri',
	'Tue, 14 May 2024 09:10:00 +0700',
	'A delegation from Savannakhet province led by Mr. Bounlom Phetsavong, Vice Governor of Savannakhet, held talks with leaders of Quang Tri province in Dong Ha city on Monday.',
	'The two sides agreed to sign a memorandum of understanding on trade cooperation in the fourth quarter.',
	'They also agreed to organise a study tour for Savannakhet farmers to Quang Tri later this year.',
	'The two sides agreed to promote cooperation in agriculture and education.'
);

describe('an act agreed for a period to come', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

	it('is a planned signing in that quarter', () => {
		expect(ev('agreed to sign a memorandum')).toMatchObject({ start: '2024-10-01', end: '2024-12-31', status: 'planned', role: 'main', type: 'signing' });
	});
	it('is a planned field trip for the rest of the year', () => {
		expect(ev('agreed to organise a study tour')).toMatchObject({ start: '2024-05-14', end: '2024-12-31', status: 'planned', role: 'main', type: 'field_trip' });
	});
	it('is no trip of the delegation, which keeps its own day', () => {
		expect(t.delegations.map((d) => [name(d.leader), d.start, d.end])).toEqual([['Bounlom Phetsavong', '2024-05-13', '2024-05-13']]);
	});
	it('an agreement with no act named makes no event', () => {
		expect(ev('promote cooperation')).toBeUndefined();
	});
});
