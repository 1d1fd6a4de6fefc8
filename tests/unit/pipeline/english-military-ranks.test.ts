/**
 * English pages give an officer's rank before the name ("Senior Lieutenant Colonel Phonsavanh Keovilay, Commander of
 * the … Provincial Military Command, said …"): every rank is a title, as 'Colonel' is, so the name is a person's and
 * the bare given name later ("Hung and Phonsavanh signed") is his too. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Thanh Hoa, Houaphanh military commands review border cooperation',
	'',
	'Saturday, March 14, 2026 10:05',
	'',
	'"Our border posts now share information every week," Senior Lieutenant Colonel Phonsavanh Keovilay, Commander of the Houaphanh Provincial Military Command, said at the annual talks with his Thanh Hoa counterparts in Xam Neua on Thursday.',
	'',
	'The Thanh Hoa delegation, led by Colonel Le Van Hung, Commander of the Thanh Hoa Provincial Military Command, arrived in Xam Neua on Wednesday.',
	'',
	'After the talks, Hung and Phonsavanh signed a cooperation plan for 2026.',
	'',
	'Lieutenant Colonel Bounmy Sihalath, Deputy Commander of the Houaphanh Provincial Military Command, also attended the talks.'
].join('\n');

describe('English military ranks before a name', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const names = (q: string) => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));
		return (e?.people ?? []).map((id) => t.people.find((p) => p.id === id)?.name);
	};
	it("the lead quote's speaker, a Senior Lieutenant Colonel, is among the talks' people", () => {
		expect(names('Our border posts')).toContain('Phonsavanh Keovilay');
	});
	it('both officers named by their given names sign', () => {
		expect(names('Hung and Phonsavanh signed')).toEqual(expect.arrayContaining(['Le Van Hung', 'Phonsavanh Keovilay']));
	});
	it('a Lieutenant Colonel is a person too', () => {
		expect(t.people.map((p) => p.name)).toContain('Bounmy Sihalath');
	});
});
