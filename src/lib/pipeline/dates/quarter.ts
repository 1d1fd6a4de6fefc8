/**
 * Quarters and parts of a year. Parts: "cuối năm nay", "đầu năm sau", "giữa năm 2026", "late this year", "early next year":
 * the first quarter, the middle months (6–8) or the last quarter, as a plan is dated ("… sẽ cử đoàn sang … cuối năm nay").
 * Only with the year said: a bare "cuối năm" is also "at the year's end" of any year, and "đầu năm đến nay" a period.
 * Quarters: "vào quý III/2026", "trong quý 4 năm 2025", "quý I tới", "in the third quarter of 2026", "Q3 2026".
 * A plan is often dated so ("tổ chức hội nghị sơ kết vào quý III/2026"). Written by hand: chrono-node reads no quarter,
 * and the absolute families (absolute.ts) read days and months only. A quarter is told as its three months: a 'month'
 * mention with `endMonth`, coarse as a month is, resolved to the span of its months (resolve.ts).
 */
import type { TimeMention } from './types';
import { CUE, cuesIn, keyWordAt } from './relative';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
// Not "quý khách", "quý báu", "quý vị": a numeral must follow. The year after a slash, a dash or "năm"; "tới", "này", "vừa qua" say which.
// "quý I năm tới", "quý IV năm nay": the year counted from now (group 4).
const QUY = /(?<![\p{L}])quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:[/-]|năm)\s*(\d{4})(?!\d)|\s+(tới|này|vừa\s+qua|trước)(?![\p{L}])|\s+năm\s+(nay|sau|tới|ngoái|trước)(?![\p{L}]))?/giu;
const QUARTER = /(?<![\p{L}])(?:(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter(?:\s+of(?:\s+(?:(this|next|last)\s+year)|\s+(\d{4})))?|Q([1-4])(?:\s*[/-]?\s*(\d{4}))?)(?![\p{L}\d])/giu;

const PART_OF_YEAR_VI = /(?<![\p{L}])(đầu|giữa|cuối)\s+năm\s+(?:(nay|sau|tới|ngoái|trước)|(\d{4}))(?![\p{L}\d])(?!\s*(?:đến|tới)\s+nay)/giu;
// The year's end as an occasion, its year unsaid: "hẹn sẽ dẫn đoàn sang thăm … vào dịp cuối năm" is the last months of the
// page's year, this year's as "cuối năm nay" (a habit, "Hằng năm vào dịp cuối năm", is left to the reader of habits). Bare "cuối năm" stays unread: "đến cuối
// năm", "báo cáo cuối năm" are no time of a happening; "dịp" makes it one.
const YEAR_END_OCCASION = /(?<![\p{L}])dịp\s+cuối\s+năm(?![\p{L}\d])(?!\s*(?:nay|sau|tới|ngoái|trước|\d))/giu;
const PART_OF_YEAR_EN = /(?<![\p{L}])(?:(early|mid|late)[\s-]+(?:(this|next|last)\s+year|(\d{4}))|(?:by\s+)?the\s+(end|beginning|middle)\s+of\s+(?:(this|next|last)\s+year|(\d{4})))(?![\p{L}\d])/giu;
const PART_MONTHS: Record<string, [number, number]> = { đầu: [1, 3], early: [1, 3], beginning: [1, 3], giữa: [6, 8], mid: [6, 8], middle: [6, 8], cuối: [10, 12], late: [10, 12], end: [10, 12] };
const YEAR_WORD: Record<string, number> = { nay: 0, this: 0, sau: 1, tới: 1, next: 1, ngoái: -1, trước: -1, last: -1 };

/** "cuối năm nay", "early next year": the months of that part of the year, the year told from now or written. */
function partsOfYear(text: string, language: 'vi' | 'en', out: TimeMention[]): void {
	// Read on every sentence: findRelative's scan of it, just before, found where "năm" is in any case (-1: nowhere, and so
	// not as written either); the search as written only when it found one or did not read this sentence.
	if (language === 'vi' ? keyWordAt(text, 'năm') === -1 || !text.includes('năm') : !/year|\d{4}/.test(text)) return;
	const re = language === 'vi' ? PART_OF_YEAR_VI : PART_OF_YEAR_EN;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const part = (language === 'vi' ? m[1] : (m[1] ?? m[4])).toLowerCase();
		const word = (language === 'vi' ? m[2] : (m[2] ?? m[5]))?.toLowerCase();
		const year = language === 'vi' ? m[3] : (m[3] ?? m[6]);
		const [month, endMonth] = PART_MONTHS[part];
		const offset = word === undefined ? undefined : YEAR_WORD[word];
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'month', month, endMonth, year: year ? Number(year) : undefined, yearOffset: offset, tense: offset === undefined ? undefined : offset > 0 ? 'future' : offset < 0 ? 'past' : undefined, partOfDay: null });
	}
	if (language !== 'vi' || !text.includes('ịp cuối năm')) return;
	YEAR_END_OCCASION.lastIndex = 0;
	for (let m = YEAR_END_OCCASION.exec(text); m; m = YEAR_END_OCCASION.exec(text)) {
		const [month, endMonth] = PART_MONTHS.cuối;
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'month', month, endMonth, yearOffset: 0, partOfDay: null });
	}
}

/**
 * "quý", "Quý" or "QUÝ" in `text`. findRelative's scan of the sentence, just before, notes "quý" in any case (CUE.QUARTER):
 * without it none of the three is there, and the searches are spared.
 */
function saysQuy(text: string): boolean {
	const cues = cuesIn(text);
	if (cues !== undefined && !(cues & CUE.QUARTER)) return false;
	return text.includes('quý') || text.includes('Quý') || text.includes('QUÝ');
}

export function findQuarters(text: string, language: 'vi' | 'en'): TimeMention[] {
	const out: TimeMention[] = [];
	partsOfYear(text, language, out);
	// Read on every sentence: most hold no quarter, told by a plain search (the regexes below try every position).
	if (language === 'vi' ? !saysQuy(text) : !/quarter|Q[1-4]/i.test(text)) return out;
	const re = language === 'vi' ? QUY : QUARTER;
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const q = language === 'vi' ? ROMAN[m[1].toLowerCase()] ?? Number(m[1]) : ORDINAL[(m[1] ?? '').toLowerCase()] ?? Number(m[4]);
		const year = language === 'vi' ? m[2] : m[3] ?? m[5];
		const when = language === 'vi' ? m[3]?.toLowerCase() : /next\s+year/i.test(m[0]) ? 'tới' : /last\s+year/i.test(m[0]) ? 'trước' : undefined;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			shape: 'month',
			month: (q - 1) * 3 + 1,
			endMonth: q * 3,
			year: year ? Number(year) : undefined,
			...(language === 'vi' && m[4] ? { yearOffset: YEAR_WORD[m[4].toLowerCase()] } : {}),
			// "in the fourth quarter of this year": the year counted from now, as "quý IV năm nay" (else a quarter later in the
			// year than the stamp would be read as last year's).
			...(language === 'en' && m[2] ? { yearOffset: YEAR_WORD[m[2].toLowerCase()] } : {}),
			tense: when === 'tới' || (language === 'vi' && m[4] && YEAR_WORD[m[4].toLowerCase()] > 0) ? 'future' : when === 'trước' || when?.startsWith('vừa') ? 'past' : undefined,
			partOfDay: null
		});
	}
	return out;
}
