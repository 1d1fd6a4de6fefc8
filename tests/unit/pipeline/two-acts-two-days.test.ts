/**
 * An English sentence telling two acts of the delegation, each with a day of its own, joined by "and" ("… attended the
 * opening of the fair on Saturday and visited the old quarter on Sunday before returning home"): two events, one a day;
 * an act with no day of its own ("… on Saturday and visited …") stays with the sentence. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Attapeu delegation at the Kon Tum trade fair',
	'Mon, 21 Oct 2024 10:00:00 +0700',
	'A delegation of Attapeu province led by Mr. Sivanh Douangchanh, Vice Governor of Attapeu, paid a working visit to Kon Tum province over the weekend.',
	'On Friday (October 18), Vice Chairman of the Kon Tum People\'s Committee Mr. Ha Minh Tuan received the delegation in Kon Tum city.',
	'The delegation attended the opening of the Kon Tum trade fair on Saturday and toured a coffee plantation in Dak Ha district on Sunday before returning home.'
);
const other = page(
	'Attapeu delegation at the Kon Tum trade fair',
	'Mon, 21 Oct 2024 10:00:00 +0700',
	'A delegation of Attapeu province led by Mr. Sivanh Douangchanh, Vice Governor of Attapeu, paid a working visit to Kon Tum province over the weekend.',
	'The delegation attended the opening of the Kon Tum trade fair on Saturday and visited a coffee plantation in Dak Ha district.'
);

describe('two acts with two days in one sentence', () => {
	it('attending an opening is a ceremony', () => {
		expect(classify('The guests attended the opening night of the lantern festival on Friday')).toBe('ceremony');
	});
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('are two events, each on its day', () => {
		expect(ev('attended the opening of the Kon Tum trade fair')).toMatchObject({ start: '2024-10-19', end: '2024-10-19', status: 'occurred', role: 'main' });
		expect(ev('attended the opening of the Kon Tum trade fair')!.sources[0].quote).not.toContain('coffee');
		expect(ev('toured a coffee plantation')).toMatchObject({ start: '2024-10-20', end: '2024-10-20', status: 'occurred', role: 'main' });
	});
	it('both of the delegation’s trip', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(ev('toured a coffee plantation')!.id);
		expect(t.delegations[0].events).toContain(ev('attended the opening')!.id);
	});
	it('a second act with no day of its own stays with the sentence', () => {
		const u = buildTimeline([{ file: 'b.txt', text: other }]);
		const e = u.events.filter((x) => x.sources.some((s) => s.quote.includes('coffee plantation')));
		expect(e).toHaveLength(1);
		expect(e[0].sources[0].quote).toContain('attended the opening');
	});
});
