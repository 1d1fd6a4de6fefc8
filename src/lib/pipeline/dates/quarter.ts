/**
 * Quarters of a year: "vào quý III/2026", "trong quý 4 năm 2025", "quý I tới", "in the third quarter of 2026", "Q3 2026".
 * A plan is often dated so ("tổ chức hội nghị sơ kết vào quý III/2026"). Written by hand: chrono-node reads no quarter,
 * and the absolute families (absolute.ts) read days and months only. A quarter is told as its three months: a 'month'
 * mention with `endMonth`, coarse as a month is, resolved to the span of its months (resolve.ts).
 */
import type { TimeMention } from './types';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
// Not "quý khách", "quý báu", "quý vị": a numeral must follow. The year after a slash, a dash or "năm"; "tới", "này", "vừa qua" say which.
const QUY = /(?<![\p{L}])quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:[/-]|năm)\s*(\d{4})(?!\d)|\s+(tới|này|vừa\s+qua|trước)(?![\p{L}]))?/giu;
const QUARTER = /(?<![\p{L}])(?:(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter(?:\s+of(?:\s+(?:this|next|last)\s+year|\s+(\d{4})))?|Q([1-4])(?:\s*[/-]?\s*(\d{4}))?)(?![\p{L}\d])/giu;

export function findQuarters(text: string, language: 'vi' | 'en'): TimeMention[] {
	const out: TimeMention[] = [];
	// Read on every sentence: most hold no quarter, told by a plain search (the regexes below try every position).
	if (language === 'vi' ? !(text.includes('quý') || text.includes('Quý') || text.includes('QUÝ')) : !/quarter|Q[1-4]/i.test(text)) return out;
	const re = language === 'vi' ? QUY : QUARTER;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const q = language === 'vi' ? ROMAN[m[1].toLowerCase()] ?? Number(m[1]) : ORDINAL[(m[1] ?? '').toLowerCase()] ?? Number(m[3]);
		const year = language === 'vi' ? m[2] : m[2] ?? m[4];
		const when = language === 'vi' ? m[3]?.toLowerCase() : /next\s+year/i.test(m[0]) ? 'tới' : /last\s+year/i.test(m[0]) ? 'trước' : undefined;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			shape: 'month',
			month: (q - 1) * 3 + 1,
			endMonth: q * 3,
			year: year ? Number(year) : undefined,
			tense: when === 'tới' ? 'future' : when === 'trước' || when?.startsWith('vừa') ? 'past' : undefined,
			partOfDay: null
		});
	}
	return out;
}
