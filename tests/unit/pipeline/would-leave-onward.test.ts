/**
 * A delegation's onward leg, reported ("Mr. X said the delegation would leave Attapeu for Vientiane on Wednesday"): the place it
 * leaves is where it is, not its home, so the leg stays with the delegation's trip. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Quang Nam delegation tours Champasak',
	'Mon, 10 Mar 2025 09:00:00 +0700',
	'A delegation from Vietnam\'s Quang Nam province led by Mr. Pham Van Hoa, Director of the Quang Nam Department of Industry and Trade, visited Champasak and Attapeu provinces this past weekend.',
	'On Saturday, Vice Governor of Champasak Province Mr. Khamla Souvannasing received the delegation in Pakse city.',
	'On Sunday, the delegation was in Attapeu, where Mr. Bounpheng Sayasith, Deputy Director of the Attapeu Provincial Department of Industry and Commerce, held a working session with the guests.',
	'Mr. Hoa said the delegation would leave Attapeu for Vientiane on Wednesday.'
);

describe('an onward leg the delegation would take', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('is planned on its day', () => {
		expect(ev('would leave Attapeu')).toMatchObject({ start: '2025-03-12', end: '2025-03-12', status: 'planned', role: 'main' });
	});
	it('is of the delegation from home, not of one from the place it leaves', () => {
		expect(t.delegations.map((d) => [name(d.leader), d.from])).toEqual([['Pham Van Hoa', 'quang-nam']]);
		expect(t.delegations[0].events).toContain(ev('would leave Attapeu')!.id);
		expect(t.delegations[0].end).toBe('2025-03-12');
	});
});
