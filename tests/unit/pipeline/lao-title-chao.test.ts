/**
 * English pages keep the Lao titles of a province's governor, a district's governor and the capital's mayor in Lao, often
 * with a gloss in brackets ("Chao Khoueng (Governor) of … province X", "Chao Muang of … district Y"): a title before the
 * name, as 'Tỉnh trưởng' is, never a person of its own.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe("the Lao titles 'Chao Khoueng', 'Chao Muang', 'Chao Nakhone'", () => {
	it('are titles of the name after them, the bracketed gloss with them', () => {
		const a = findPeople('On Tuesday, the Rector received Chao Khoueng (Governor) of Attapeu province Somchay Keomanivong and his delegation.', undefined, 'en');
		expect(a.map((m) => m.name)).toEqual(['Somchay Keomanivong']);
		expect(a[0].titles.join(' ')).toMatch(/Governor/);
		const b = findPeople('The guests were led by Chao Muang of Sanamxay district Vilayphone Sengdara.', undefined, 'en');
		expect(b.map((m) => m.name)).toEqual(['Vilayphone Sengdara']);
		const c = findPeople('The mayor, Chao Nakhone (Mayor) of Pakse City Bounleuth Phanthavong, welcomed them.', undefined, 'en');
		expect(c.map((m) => m.name)).toEqual(['Bounleuth Phanthavong']);
	});
	it('lend no false person to the events of the visit', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Attapeu Governor visits Quang Nam', '', 'March 8, 2024 | 9:15 am GMT+7', '', 'On Tuesday, Quang Nam Vice Chairman Tran Van Loc received Chao Khoueng (Governor) of Attapeu province Somchay Keomanivong and a delegation of the Lao province, who are on a working visit to Quang Nam this week.', ''].join('\n') }]);
		const names = t.people.map((p) => p.name);
		expect(names.some((n) => /Chao/.test(n))).toBe(false);
		expect(names).toContain('Somchay Keomanivong');
	});
});
