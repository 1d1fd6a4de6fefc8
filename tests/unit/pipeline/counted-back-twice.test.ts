/**
 * Two days counted back one after the other: "… held talks … on March 5" / "At a welcome dinner … the previous evening, …" / "The
 * delegation arrived in X the day before …". Each counts from the news day (the talks), not the second from the first: the
 * arrival is the 4th, the dinner's evening.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Quang Tri, Savannakhet deepen trade ties',
	'',
	'Wednesday, March 5, 2025 8:40 PM',
	'',
	'Quang Tri Vice Chairman Le Quang Minh on March 5 held talks with a delegation from the Lao province of Savannakhet led by Vice Governor Bounmy Phanthavong, who is on a working visit to the province.',
	'',
	'At a welcome dinner hosted by Quang Tri leaders the previous evening, Bounmy said Savannakhet wanted to learn from Quang Tri in seaport logistics.',
	'',
	'The delegation arrived in Dong Ha the day before and laid flowers at the Truong Son National Martyrs Cemetery on arrival.',
	'',
	'At the talks, Minh said two-way trade rose 18 percent in 2024.'
].join('\n');

describe('two days counted back from the news day', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const ev = (quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)))!;
	it('the previous evening is the day before the talks', () => {
		expect([ev('At a welcome dinner').start, ev('At a welcome dinner').partOfDay]).toEqual(['2025-03-04', 'evening']);
	});
	it('"the day before" after it is the day before the talks too, not two days before', () => {
		const e = ev('The delegation arrived in Dong Ha');
		expect([e.start, e.end]).toEqual(['2025-03-04', '2025-03-04']);
	});
});
