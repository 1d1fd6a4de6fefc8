/**
 * A banquet the hosts "had held" for the delegation, told in the past perfect after a day ("On Saturday, …" / "The
 * previous evening, the host city had held a banquet in honour of the delegation"), is a reception of the evening before.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('"had held a banquet"', () => {
	it('is a reception, on the evening before the day told', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Attapeu farmers visit Kon Tum', '', 'Monday, June 16, 2025 8:40 AM', '', 'A delegation of the Attapeu Farmers Union led by its President Khamphone Sisavath paid a working visit to Kon Tum province from June 12 to 15.', '', 'On Saturday, the delegation toured a coffee cooperative in Dak Ha district.', '', 'The previous evening, the provincial farmers union had held a banquet in honour of the guests.', ''].join('\n') }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('held a banquet')));
		expect(e).toMatchObject({ type: 'reception', start: '2025-06-13', end: '2025-06-13', partOfDay: 'evening', role: 'main' });
	});
});
