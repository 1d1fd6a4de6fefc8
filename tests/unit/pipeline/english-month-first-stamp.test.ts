/**
 * An English page's stamp in figures that reads both ways ("3/6/2025 | 9:40 AM") is day first, as Vietnamese outlets write it
 * in English too, unless the page says its order is month first: another date on it that only reads so ("(2/24/2025)" in a
 * list of other stories), or the body's weekdays, which fit only the month-first day (the news day named by its weekday
 * among the other days the story tells).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const build = (text: string) => buildTimeline([{ file: 'page.txt', text }]);
const quoted = (t: ReturnType<typeof build>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

const TALKS = 'Attapeu Deputy Governor Bounmy Phommachack and a visiting delegation from Kon Tum province held talks on Thursday morning in Samakkhixay district.';

describe("an English stamp '3/6/2025' that reads both ways", () => {
	it('is month first when another date of the page only reads month first', () => {
		const t = build(page('Regional News', '3/6/2025 | 9:40 AM', 'Attapeu and Kon Tum agree to reopen the Phou Kua trail', TALKS, 'The two sides agreed to share data on forest fires along the border.', 'Related', '- Attapeu coffee exports rise (2/24/2025)'));
		expect(t.articles[0].published?.slice(0, 10)).toBe('2025-03-06');
		expect(quoted(t, 'Attapeu Deputy Governor')).toMatchObject({ type: 'talks', start: '2025-03-06', partOfDay: 'morning' });
	});
	it('is month first when the weekdays told fit only that day', () => {
		const t = build(page('Regional News', '3/6/2025 | 9:40 AM', 'Attapeu and Kon Tum agree to reopen the Phou Kua trail', 'The Kon Tum delegation arrived in Attapeu on Monday.', TALKS, 'On Friday, the delegation will visit a coffee cooperative before returning home.'));
		expect(t.articles[0].published?.slice(0, 10)).toBe('2025-03-06');
		expect(quoted(t, 'Attapeu Deputy Governor')?.start).toBe('2025-03-06');
		expect(quoted(t, 'On Friday, the delegation will visit')?.start).toBe('2025-03-07');
	});
	it('stays day first when another date of the page only reads day first, or nothing says', () => {
		const dayFirst = build(page('Regional News', '3/6/2025 | 9:40 AM', 'Attapeu and Kon Tum agree to reopen the Phou Kua trail', 'The Kon Tum delegation arrived in Attapeu on Monday.', TALKS, 'Related', '- Attapeu coffee exports rise (28/5/2025)'));
		expect(dayFirst.articles[0].published?.slice(0, 10)).toBe('2025-06-03');
		const silent = build(page('Regional News', '3/6/2025 | 9:40 AM', 'Attapeu and Kon Tum agree to reopen the Phou Kua trail', 'Attapeu Deputy Governor Bounmy Phommachack and a visiting delegation from Kon Tum province held talks in Samakkhixay district.', 'The two sides agreed to share data on forest fires along the border.'));
		expect(silent.articles[0].published?.slice(0, 10)).toBe('2025-06-03');
	});
});
