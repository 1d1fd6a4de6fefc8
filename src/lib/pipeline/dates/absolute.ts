/**
 * Dates written out: "11/3", "chiều ngày 11/3", "12/3/2024", "26-5", "ngày 12 tháng 3 năm 2024",
 * "thứ Tư (10/8)", ranges ("từ ngày 9 đến 14/8", "ngày 22-24/11/2023", "từ 30/11 đến 2/12"),
 * months ("tháng 3/2024", "tháng 3 năm 2024", "đầu/giữa/cuối tháng 2 (vừa qua)"), years ("năm 2022"),
 * periods ("giai đoạn 2022-2025") and open ranges ("từ tháng 4 năm 2022 đến nay").
 *
 * Hand-written rather than chrono-node's `vi` locale: chrono drops the part of day in "Chiều 11/3",
 * reads only the last day of "22-24/11/2023", and has no notion of "đầu/cuối tháng" or periods.
 * A bare "d/m" is only a date after a cue (ngày, a part of day, a weekday, a bracket, "từ/đến"):
 * Vietnamese prose also writes fractions and scores that way ("22/22 chỉ tiêu", "thứ 9/113").
 */
import { POD, POD_FIRST, CLOCK, CLOCK_FIRST, partOfDayWord, partOfDayFromClock } from './part-of-day';
import { WEEKDAY_SHORT, WEEKDAY_FIRST, weekdayNumber, MONTH_WORD, monthNumber, B, E, runBefore, alongRun, place } from './vocabulary';
import { keyWordAt } from './relative';
import type { TimeMention } from './types';

const D = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const M = String.raw`(?:0?[1-9]|1[0-2])`;
const Y = String.raw`(?:19[5-9]\d|20\d\d|2100)`;
// The first year of a range may lie long before ours: an anniversary's bracket counts from the day of history it keeps,
// "(27/7/1947 - 27/7/2024)", "(1930 - 2025)". Read whole, the range is the anniversary's (events.ts's FOUNDING), not its
// last day alone, which dated the sentence.
const Y_FROM = String.raw`(?:1[89]\d\d|20\d\d|2100)`;
const SEP = String.raw`\s*[/\-–]\s*`;
// "đến hết ngày 11/4": up to and including, like "đến".
// The last day's part of day, told of it alone ("ngày 19 và sáng 20/11"): the span is the days, whatever part of the last.
const LAST_POD = String.raw`(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối)\s+)?`;
const DASH = String.raw`\s*(?:-|–|—|(?:cho\s+)?(?:đến|tới)(?:\s+hết)?)\s*`;
const CLOCK_BEFORE = String.raw`(?:${CLOCK}\s*,?\s*)?`;
// "ngày mùng 2/9", "mồng 7/6": the first ten days of a month are often told with "mùng"/"mồng".
const NGAY = String.raw`(?:ngày\s+(?:(?:mùng|mồng)\s+)?|(?:mùng|mồng)\s+)`;
/** Cue before a day: part of day, clock, weekday, "ngày", "vào", "hôm" — in any of the usual orders. */
// The weekday may carry its week before the bracketed date: "chiều thứ Tư vừa qua (5/6)", "thứ Sáu tuần trước (31/5)".
// "Sáng ngày thứ Ba 14/11": "ngày" may stand before the weekday too; "CN 8/9", "T7 (7/9)" shorten it (see wdOf).
const CUE = String.raw`(?:${POD}\s*,?\s*)?(?:hôm\s+|ngày\s+(?=thứ|chủ))?(?:${WEEKDAY_SHORT}\s*,?\s*(?:(?:vừa\s+qua|vừa\s+rồi|tuần\s+(?:này|trước|qua|tới|sau))\s*,?\s*)?\(?\s*)?(?<ngay>${NGAY})?`;

/*
 * The characters a family's match may begin with, as a lookahead in front of its regex: the regexes open
 * with optional cues, so irregexp cannot skip ahead and tries the whole pattern at every position of the
 * sentence; with the lookahead a position whose character cannot begin a match fails at once (callgrind:
 * findAbsolute 51k → 38k instructions per sentence). Each class must hold every possible first character:
 * the cues' own (POD_FIRST, CLOCK_FIRST, WEEKDAY_FIRST), "ngày"/"mùng"/"mồng", "từ"/"trong", "hôm", a
 * bracket, a figure, each family's first words. The families' own 'iu' flags fold its case as they fold the cues'.
 */
const FIRST = (chars: string) => `(?=[${chars}])`;
// A weekday cue, if the match holds one: "cn", "t7" in lower case (the regexes fold case) are no weekday, so no cue.
const wdOf = (g: Record<string, string | undefined>) => g.wd !== undefined && weekdayNumber(g.wd) !== undefined;
// Families 0, 2 (1: "từ", "ngày", the day): a clock, a part of day, "từ"/"trong", "ngày", the day's figure.
const SPAN_FIRST = FIRST(CLOCK_FIRST + POD_FIRST + 'tn');
// Families 3, 4: a clock, then CUE (a part of day, "hôm", "ngày", a weekday, "mùng"/"mồng"), a bracket, the day.
const CUE_FIRST = FIRST(CLOCK_FIRST + POD_FIRST + WEEKDAY_FIRST + 'hnm(');

/*
 * What every match of a family holds, as bits: each family's regex is tried at every position of the
 * sentence, and most sentences lack what most families need. Tested at most once per sentence (see
 * holds), with the families' own flags where case matters.
 */
const DAY_MONTH = 1; // a figure, a separator, a month's figures: "11/3", "5-7.6", "12 / 3"
const THANG = 2; // "tháng"
const TU = 4; // "từ"
const YEAR = 8; // four figures
const NAM = 16; // "năm"
// Two of DAY_MONTH, one after the other: "9/4 và 10/4", "30/11 đến 2/12". Each is found by a search from
// the end of the one before, which finds two whenever the text holds two that do not overlap.
const TWO_DAY_MONTHS = 32;
// A day, a dash (or "và", a comma), a day and its month: "22-24/11", "9 đến 14/8", "11 và 12/3" (family 0).
const RANGE = 64;
// A year, a dash (or "đến", "tới"), a year: "2022-2025", "2020 đến năm 2025" (the periods).
const YEARS = 128;
// A day's figures before "tháng": "12 tháng 3", "9 đến ngày 11 tháng 8" (the families of days with "tháng").
const DAY_THANG = 256;
// A part of a month: "cuối tháng", "trung tuần tháng".
const PART_THANG = 512;
// "tháng đầu năm", "tháng cuối năm": "9 tháng đầu năm 2023".
const THANG_NAM = 1024;
// The needs of the first families, each looked for once and shared by most: the others are looked for only
// where these are (RANGE holds a DAY_MONTH, YEARS a YEAR, DAY_THANG a THANG…), see holds.
const SHARED = DAY_MONTH | THANG | TU | YEAR | NAM | TWO_DAY_MONTHS;
/*
 * A month is never followed by a figure in any match: the families' month is followed by a year after a
 * separator, a dash or the end of a word. So "2022-2025", "22/22", "1.500" hold no DAY_MONTH: the
 * families that need one (the most costly) are not tried on a sentence whose only figures are such.
 */
const MONTH_ENDS = String.raw`(?:0?[1-9]|1[0-2])(?!\d)`;
const NEEDS: [number, RegExp][] = [
	[DAY_MONTH, new RegExp(String.raw`\d\s*[/\-–.]\s*${MONTH_ENDS}`, 'g')],
	[THANG, /tháng/giu],
	[TU, /từ/giu],
	[YEAR, /\d{4}/g],
	[NAM, /năm/giu],
	// The tails of families 0 and 8, from the last figure before the dash: every match of theirs holds one.
	[RANGE, new RegExp(String.raw`\d(?:${DASH}|\s+và\s+|\s*,\s*)(?:ngày\s+)?${LAST_POD}${D}(?:${SEP}|\.)${MONTH_ENDS}`, 'giu')],
	[YEARS, new RegExp(String.raw`${Y_FROM}\s*(?:-|–|đến|tới)\s*(?:năm\s+)?${Y}`, 'giu')],
	[DAY_THANG, /\d\s+tháng/giu],
	[PART_THANG, /(?:đầu|giữa|cuối|tuần)\s+tháng/giu],
	[THANG_NAM, /tháng\s+(?:đầu|cuối)\s+năm/giu]
];

// The same, by bit, to find one from a position on (startFrom); and where each is first found in the
// sentence being read (findAbsolute finds it once for all the families that need it).
const FROM = new Map(NEEDS);
const firstAt: number[] = [];

interface Family {
	/** The bits of NEEDS its every match holds. */
	needs: number;
	/** The one of them whose places startFrom reads (the least common); the lowest bit of `needs` if not said. */
	from?: number;
	re: RegExp;
	/** A run of characters its matches may hold, ending where the regex is (see startFrom); set below. */
	run?: RegExp;
	/** `re` tried along one such run, and where the run ends (see alongRun and findAbsolute); set below. */
	along?: RegExp;
	runEnd?: RegExp;
	/** (`opened`: whether a bracket opens right before the match, "(16 - 19/9)", after a month told in the sentence.) */
	build(g: Record<string, string | undefined>, text: string, opened: boolean): Omit<TimeMention, 'start' | 'end' | 'text'> | null;
}

const n = (s: string | undefined) => (s === undefined ? undefined : Number(s));
// Two dates joined by "và" are one span only when the second is the day after the first ("ngày 9/4 và 10/4");
// "ngày 9/4 và 15/4" are two days apart. February ends on the 28th or, in a leap year, the 29th.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const nextDay = (d1: number, m1: number, d2: number, m2: number) =>
	m1 === m2 ? d2 === d1 + 1 : d2 === 1 && m2 === (m1 % 12) + 1 && (d1 === MONTH_DAYS[m1 - 1] || (m1 === 2 && d1 === 28));
const pod = (g: Record<string, string | undefined>) => partOfDayWord(g.pod) ?? partOfDayFromClock(g.hour, g.clockpod);

const FAMILIES: Family[] = [
	// ngày 22-24/11/2023 · từ ngày 9 đến 14/8 · ngày 11 và 12/3 · hai ngày 9, 10/10 · các ngày 9, 10 và 11/4 · trong 3 ngày (14 - 16/11)
	{
		needs: DAY_MONTH | RANGE,
		from: RANGE,
		re: new RegExp(String.raw`${SPAN_FIRST}${B}${CLOCK_BEFORE}(?:${POD}\s+)?(?<tu>từ\s+)?(?:ngày\s+\(?\s*)?(?<d1>${D})(?:\s*,\s*${D}){0,5}(?:${DASH}|\s+và\s+|\s*,\s*)(?:ngày\s+)?${LAST_POD}(?<d2>${D})(?<sep>${SEP}|\.)(?<m>${M})(?:(?:${SEP}|\.)(?<y>${Y}))?${E}(?=(?<closed>\s*(?:[,.;:)]|$)|\s+(?:tại|ở|vừa|vào|trên|sang|của|và)(?![\p{L}]))?)`, 'giu'),
		build: (g, t, opened) => {
			// Days alone in brackets after a month told coarsely are the days of what the clause tells ("Vào trung tuần tháng 9/2024,
			// … đã có bốn ngày thăm, làm việc tại tỉnh … (16 - 19/9)"): the bracket holds them as "ngày" does. (With no month before
			// it, a bare bracket is left alone: "… tổ chức thành công Hội nghị … (27 - 28/2)" in a year-end roundup.)
			if (!g.tu && !/ngày/i.test(t) && !(opened && g.closed?.trimStart().startsWith(')'))) return null;
			// Báo Lao Động's "từ ngày 5-7.6": dotted only after "ngày" ("từ 5-7.6 điểm" is a range of figures), or when
			// the clause goes on as a date's does (Đại biểu Nhân dân's "từ 15 – 18.4, Đoàn …", "từ 15 – 18.4 tại …").
			if (g.sep === '.' && !g.y && !/ngày/i.test(t) && g.closed === undefined) return null;
			if (+g.d1! >= +g.d2!) return null;
			return { shape: 'span', day: n(g.d1), month: n(g.m), year: n(g.y), endDay: n(g.d2), endMonth: n(g.m), endYear: n(g.y), partOfDay: pod(g) };
		}
	},
	// từ 30/11 đến 2/12/2023 · 22/7 - 30/7/2025 · ngày 9/4 và 10/4 (two days in a row) · từ ngày 4.6 đến 7.6
	{
		needs: DAY_MONTH | TWO_DAY_MONTHS,
		re: new RegExp(String.raw`${FIRST(String.raw`tn\d`)}${B}(?<tu>từ\s+)?(?:ngày\s+)?(?<d1>${D})(?<s1>${SEP}|\.)(?<m1>${M})(?:(?:${SEP}|\.)(?<y1>${Y_FROM}))?(?:${DASH}|(?<va>\s+và\s+))(?:ngày\s+)?(?<d2>${D})(?<s2>${SEP}|\.)(?<m2>${M})(?:(?:${SEP}|\.)(?<y2>${Y}))?${E}`, 'giu'),
		// Dotted days need "ngày" or a year: "từ 4.6 đến 7.6%" is a rate.
		build: (g, t) => (g.s1 === '.' || g.s2 === '.') && !g.y1 && !g.y2 && !/ngày/i.test(t) ? null : g.va && !nextDay(+g.d1!, +g.m1!, +g.d2!, +g.m2!) ? null : ({
			shape: 'span',
			day: n(g.d1), month: n(g.m1), year: n(g.y1 ?? (+g.m1! <= +g.m2! ? g.y2 : undefined)),
			endDay: n(g.d2), endMonth: n(g.m2), endYear: n(g.y2),
			partOfDay: null
		})
	},
	// ngày 12 và 13 tháng 3 năm 2024 · từ ngày 9 đến ngày 11 tháng 8
	{
		needs: THANG | DAY_THANG,
		from: DAY_THANG,
		re: new RegExp(String.raw`${SPAN_FIRST}${B}${CLOCK_BEFORE}(?:${POD}\s+)?(?:từ\s+|trong\s+(?:hai\s+|ba\s+|các\s+)?)?ngày\s+(?<d1>${D})(?:${DASH}|\s+và\s+)(?:ngày\s+)?(?<d2>${D})\s+tháng\s+(?<m>${M}|${MONTH_WORD})(?:\s*(?:năm|,)\s*(?<y>${Y}))?${E}`, 'giu'),
		build: (g) => {
			const month = monthNumber(g.m);
			if (!month || +g.d1! >= +g.d2!) return null;
			return { shape: 'span', day: n(g.d1), month, year: n(g.y), endDay: n(g.d2), endMonth: month, endYear: n(g.y), partOfDay: pod(g) };
		}
	},
	// từ ngày 30 tháng 5 đến ngày 1 tháng 6 năm 2024 · từ ngày 3 tháng 6 đến ngày 5 tháng 6: each day with its month
	// written out, as Lao outlets' Vietnamese editions write a trip.
	{
		needs: THANG | DAY_THANG,
		from: DAY_THANG,
		re: new RegExp(String.raw`${FIRST('t')}${B}từ\s+ngày\s+(?<d1>${D})\s+tháng\s+(?<m1>${M}|${MONTH_WORD})(?:\s*(?:năm|,)\s*(?<y1>${Y}))?${DASH}(?:ngày\s+)?(?<d2>${D})\s+tháng\s+(?<m2>${M}|${MONTH_WORD})(?:\s*(?:năm|,)\s*(?<y2>${Y}))?${E}`, 'giu'),
		build: (g) => {
			const m1 = monthNumber(g.m1), m2 = monthNumber(g.m2);
			if (!m1 || !m2 || (m1 === m2 && +g.d1! >= +g.d2!)) return null;
			const y2 = n(g.y2), y1 = n(g.y1) ?? (y2 !== undefined && m1 <= m2 ? y2 : undefined);
			return { shape: 'span', day: n(g.d1), month: m1, year: y1, endDay: n(g.d2), endMonth: m2, endYear: y2, partOfDay: null };
		}
	},
	// ngày 12 tháng 3 năm 2024 · sáng ngày 12 tháng 3 · chiều 20 tháng 11 năm 2025 (a part of day or a weekday is cue
	// enough, as in "chiều 11/3"; a bare "20 tháng 11" may be a count of months, "trong 20 tháng")
	{
		needs: THANG | DAY_THANG,
		from: DAY_THANG,
		re: new RegExp(String.raw`${CUE_FIRST}${B}${CLOCK_BEFORE}${CUE}(?<d>${D})\s+tháng\s+(?<m>${M}|${MONTH_WORD})(?:\s*(?:năm|,)\s*(?<y>${Y}))?${E}`, 'giu'),
		build: (g) => {
			if (!g.ngay && !g.pod && !wdOf(g)) return null;
			const month = monthNumber(g.m);
			return month ? { shape: 'day', day: n(g.d), month, year: n(g.y), partOfDay: pod(g), weekday: weekdayNumber(g.wd) } : null;
		}
	},
	// chiều 11/3 · chiều ngày 11/3 · thứ Tư (10/8) · 12/3/2024 · 12.3.2024 · (12/3)
	{
		needs: DAY_MONTH,
		re: new RegExp(
			String.raw`${CUE_FIRST}${B}${CLOCK_BEFORE}${CUE}(?<br>\()?(?<d>${D})(?<sep>${SEP}|\.)(?<m>${M})(?:(?:${SEP}|\.)(?<y>${Y}))?(?!\s*[/\-–.]\s*\d)(?!\d)(?:\s*\)?\s*,?\s*(?:lúc\s+)?(?<hour2>\d{1,2})\s*(?:h|giờ)(?:\s*\d{2})?)?(?=(?<past>\s+vừa\s+(?:qua|rồi)(?![\p{L}]))?)(?=(?<ahead>\s+năm\s+(?:nay|tới|sau)(?![\p{L}]))?)`,
			'giu'
		),
		build: (g, t) => {
			// "20/3 vừa qua, …": a day just past needs no other cue (a fraction or a score is never "vừa qua"); nor does one to
			// come this year or next ("vào dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22-12 năm nay").
			const cued = g.pod || wdOf(g) || g.ngay || g.br || g.hour || g.past || g.ahead || /^(?:hôm|vào)/i.test(t);
			if (!g.y && !cued) return null;
			// "8.9" is a decimal, not a date, unless a day's cue stands before it: Báo Lao Động and others write
			// "Ngày 5.6, …", "Sáng 5.6" for 5 June. A bracket or "vào" alone is no such cue ("(2.5 tỷ đồng)", "vào 2.5 ha").
			if (g.sep === '.' && !g.y && !(g.pod || wdOf(g) || g.ngay || g.hour || /^hôm/i.test(t))) return null;
			return {
				shape: 'day',
				day: n(g.d), month: n(g.m), year: n(g.y),
				partOfDay: pod(g) ?? partOfDayFromClock(g.hour2, undefined),
				weekday: weekdayNumber(g.wd)
			};
		}
	},
	// đầu/giữa/cuối tháng 2 (năm 2024) (vừa qua) · trung tuần tháng 3 · cuối tháng này
	{
		needs: THANG | PART_THANG,
		from: PART_THANG,
		re: new RegExp(
			String.raw`${FIRST('đgcth')}${B}(?<week>tuần\s+(?=(?:đầu|cuối)\s))?(?<part>đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)\s+tháng\s+(?<m>${M}|${MONTH_WORD}|này|trước|sau|tới)(?:(?:${SEP}|\s+năm\s+)(?<y>${Y}))?(?<tense>\s+(?:vừa\s+qua|vừa\s+rồi|qua|trước|tới|sắp\s+tới|này))?${E}`,
			'giu'
		),
		build: (g) => {
			// "trong tuần đầu tháng 12": its first seven days, not the first ten ("thượng tuần" is those); "tuần cuối tháng 3" its last.
			const weekMonth = g.week ? monthNumber(g.m) : undefined;
			if (g.week && weekMonth) {
				const first = /đầu/i.test(g.part!);
				const y = n(g.y);
				// The month's last day (February's 28th unless the year given is a leap one).
				const last = weekMonth === 2 ? (y && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(weekMonth) ? 30 : 31;
				return { shape: 'span', day: first ? 1 : last - 6, month: weekMonth, year: y, endDay: first ? 7 : last, endMonth: weekMonth, endYear: y, tense: tenseOf(g.tense), partOfDay: null };
			}
			const part = /đầu|thượng/i.test(g.part!) ? 'early' : /giữa|trung/i.test(g.part!) ? 'mid' : 'late';
			const rel = g.m!.toLowerCase();
			const tense = tenseOf(g.tense);
			if (rel === 'này' || rel === 'trước' || rel === 'sau' || rel === 'tới') {
				const offset = rel === 'này' ? 0 : rel === 'trước' ? -1 : 1;
				return { shape: 'part_of_month', partOfMonth: part, relation: 'deictic', unit: 'month', offset, partOfDay: null };
			}
			const month = monthNumber(g.m);
			return month ? { shape: 'part_of_month', partOfMonth: part, month, year: n(g.y), tense, partOfDay: null } : null;
		}
	},
	// từ tháng 4 năm 2022 đến nay · từ năm 2022 đến nay · từ đầu năm 2023 đến nay
	{
		needs: TU | YEAR,
		re: new RegExp(String.raw`${FIRST('t')}${B}từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:tháng\s+(?<m>${M})(?:${SEP}|\s+năm\s+))?(?:năm\s+)?(?<y>${Y})\s+(?:đến|tới)\s+(?:nay|bây\s+giờ|hiện\s+nay)${E}`, 'giu'),
		build: (g) => ({ shape: 'vague', month: n(g.m), year: n(g.y), untilNow: true, partOfDay: null })
	},
	// giai đoạn 2022-2025 · nhiệm kỳ 2020 - 2025 · 2021-2025
	{
		needs: YEAR | YEARS,
		from: YEARS,
		re: new RegExp(String.raw`${FIRST(String.raw`gnt\d`)}${B}(?:(?<frame>giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|từ\s+năm|từ)\s+)?(?<y1>${Y_FROM})\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?<y2>${Y})${E}`, 'giu'),
		build: (g) => (+g.y1! < +g.y2! ? { shape: 'period', year: n(g.y1), endYear: n(g.y2), partOfDay: null } : null)
	},
	// tháng 3/2024 · tháng 3 năm 2024 · tháng Ba năm 2024 · tháng 3 (vừa qua)
	{
		// Any case ("Tháng 12/2024, …" opens sentences); a month word's capital is checked below.
		needs: THANG,
		re: new RegExp(String.raw`${FIRST('t')}${B}tháng\s+(?<m>${M}|${MONTH_WORD})(?:(?:${SEP}|\s+năm\s+)(?<y>${Y}))?(?<tense>\s+(?:vừa\s+qua|vừa\s+rồi|tới|sắp\s+tới|này))?${E}`, 'giu'),
		build: (g, t) => {
			const word = !/^\d/.test(g.m!);
			// Word months need a capital ("tháng Ba"); lower case "tháng năm" is "months and years".
			if (word && !/^[tT]háng\s+\p{Lu}/u.test(t)) return null;
			const month = monthNumber(g.m);
			return month ? { shape: 'month', month, year: n(g.y), tense: tenseOf(g.tense), partOfDay: null } : null;
		}
	},
	// "9 tháng đầu năm 2023", "6 tháng cuối năm": the period a report sums up, never the day of what
	// is told; a review of the first N months is written later in that same year (year-evidence.ts).
	{
		needs: THANG | THANG_NAM,
		from: THANG_NAM,
		re: new RegExp(String.raw`${FIRST(String.raw`\dhbscm`)}${B}(?<k>\d{1,2}|hai|ba|bốn|sáu|chín|mười)\s+tháng\s+(?<part>đầu|cuối)\s+năm(?:\s+(?<y>${Y}))?${E}`, 'giu'),
		build: (g) => {
			const k = /^\d+$/.test(g.k!) ? +g.k! : monthNumber(g.k) ?? ({ bốn: 4 } as Record<string, number>)[g.k!.toLowerCase()];
			if (!k || k >= 12) return null;
			return { shape: 'vague', year: n(g.y), month: /đầu/i.test(g.part!) ? k : 12, partOfDay: null };
		}
	},
	// năm 2022 · trong năm 2022
	{
		needs: NAM | YEAR,
		re: new RegExp(String.raw`${FIRST('n')}${B}năm\s+(?<y>${Y})${E}`, 'giu'),
		build: (g) => ({ shape: 'year', year: n(g.y), partOfDay: null })
	}
];

// A family with a wildcard or a negated class could hold anything: none has, and startFrom relies on it.
for (const f of FAMILIES) {
	const along = alongRun(f.re);
	f.run = runBefore(f.re.source) ?? undefined;
	if (!f.run || !along) raise(`absolute.ts: ${f.re.source} may hold any character: startFrom cannot bound where its matches start`);
	f.along = along.along;
	f.runEnd = along.runEnd;
}

function raise(message: string): never {
	throw new Error(message);
}

function tenseOf(s: string | undefined): 'past' | 'future' | undefined {
	if (!s) return undefined;
	const t = s.trim().toLowerCase();
	if (/qua|rồi|trước/.test(t)) return 'past';
	if (/tới/.test(t)) return 'future';
	return undefined;
}

/*
 * Where a family's next match may start, from `from` on: -1 when none can. Every match holds what its
 * family needs (`need`, e.g. "11/3"): with none of it left, the rest of the sentence holds no match and
 * the regex need not try each of its positions to learn so. Else, with `at` the first place it is found,
 * a match starting before `at` runs through every character up to `at`; so it cannot start at or before
 * the last character before `at` that no match of the family can hold (CHARS, read from its own
 * pattern): the regex is tried from just after that character, not from each position before it.
 * Returns the position and sets the lastIndex of the family's `along` to it (the regex still reads the whole
 * text, so its lookbehinds see what really stands before).
 */
function startFrom(f: Family, bit: number, text: string, from: number): number {
	let at = firstAt[bit];
	if (from > 0) {
		const need = FROM.get(bit)!;
		need.lastIndex = from;
		at = need.exec(text)?.index ?? -1;
	}
	if (at < 0) return -1;
	const run = f.run!;
	run.lastIndex = at;
	const start = Math.max(from, at - run.exec(text)![1].length);
	f.along!.lastIndex = start;
	return start;
}

/*
 * The needs looked for in the sentence being read (`known`), and those found there (`have`). Each is looked
 * for when a family first asks for it, not all at once: "từ" and "năm" matter only with a year of four
 * figures, and most sentences with figures have none.
 */
let known = 0;
let have = 0;

/**
 * Whether the sentence holds all of `needs`: the SHARED ones first, then the others (each implies a shared
 * one, and is looked for by one family only).
 */
function holds(needs: number, text: string): boolean {
	return holdsEach(needs & SHARED, text) && holdsEach(needs & ~SHARED, text);
}

/** Whether the sentence holds all of `needs`; the largest bits first, so a missing year spares the search for "từ". */
function holdsEach(needs: number, text: string): boolean {
	if (needs & known & ~have) return false;
	for (let rest = needs & ~known; rest; ) {
		const bit = 1 << (31 - Math.clz32(rest));
		rest &= ~bit;
		// Found already while looking for another (TWO_DAY_MONTHS looks for DAY_MONTH first).
		if (known & bit) {
			if (!(have & bit)) return false;
			continue;
		}
		known |= bit;
		if (!find(bit, text)) return false;
		have |= bit;
	}
	return true;
}

/** Looks for one need in the sentence, sets where it is first found (firstAt), and says whether it is there. */
function find(bit: number, text: string): boolean {
	if (bit === TWO_DAY_MONTHS) {
		if (!holds(DAY_MONTH, text)) return false;
		const re = FROM.get(DAY_MONTH)!;
		re.lastIndex = firstDayMonthEnd;
		firstAt[bit] = firstAt[DAY_MONTH];
		return re.test(text);
	}
	const re = FROM.get(bit)!;
	re.lastIndex = 0;
	const found = re.exec(text);
	firstAt[bit] = found ? found.index : -1;
	if (bit === DAY_MONTH && found) firstDayMonthEnd = found.index + found[0].length;
	return found !== null;
}
let firstDayMonthEnd = 0;

/** A need whose first place (`at`, -1 if none) is known already: as find would have set it. */
function noteFound(bit: number, at: number): void {
	known |= bit;
	firstAt[bit] = at;
	if (at >= 0) have |= bit;
}

/** White space as /\s/ reads it, by code unit (as segment.ts's isSpaceCode). */
function isSpaceCode(c: number): boolean {
	if (c > 32 && c < 0xa0) return false;
	return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Every written-out date in `text`, in order; overlapping matches keep the longest. */
export function findAbsolute(text: string): TimeMention[] {
	const out: TimeMention[] = [];
	// Every form needs a digit but "tháng Ba"/"cuối tháng này": skip the regexes when neither can be there.
	const digit = /\d/.test(text);
	// Where "tháng" and "năm" are, when findRelative has just read the sentence (index.ts's scan): not looked for again.
	const thang = keyWordAt(text, 'tháng'), nam = keyWordAt(text, 'năm');
	if (!digit && (thang === -1 || !/tháng\s/i.test(text))) return out;
	// Without a figure there is no "11/3" and no year to look for.
	known = digit ? 0 : DAY_MONTH | YEAR | RANGE | YEARS | DAY_THANG;
	have = 0;
	if (thang !== undefined) noteFound(THANG, thang);
	if (nam !== undefined) noteFound(NAM, nam);
	for (const f of FAMILIES) {
		if (!holds(f.needs, text)) continue;
		const bit = f.from ?? f.needs & -f.needs;
		/*
		 * The family's regex is tried from `start` only along the run of characters its matches may hold
		 * (f.along): a search of the whole text went on, position by position, to the end of the sentence.
		 * When the run holds no match, every position up to its end has been tried: the search goes on from
		 * the next place the family's need is found. So the matches are the regex's own, found in order.
		 */
		for (let from = 0, start; (start = startFrom(f, bit, text, from)) >= 0; ) {
			const m = f.along!.exec(text);
			if (!m) {
				f.runEnd!.lastIndex = start;
				f.runEnd!.test(text);
				from = f.runEnd!.lastIndex + 1;
				continue;
			}
			const index = start + m[1].length;
			const raw = m[1].length ? m[0].slice(m[1].length) : m[0];
			// raw.replace(/[\s,(]+$/u, '') by codes from the end (the end-anchored regex tried every position of the match).
			let e = raw.length;
			for (let c = raw.charCodeAt(e - 1); e > 0 && (c === 44 || c === 40 || isSpaceCode(c)); c = raw.charCodeAt(e - 1)) e--;
			let trimmed = e === raw.length ? raw : raw.slice(0, e);
			// Keep the closing bracket of "thứ Tư (10/8)" so the quote reads whole.
			if (trimmed.includes('(') && !trimmed.includes(')') && text[index + trimmed.length] === ')') trimmed += ')';
			// (A bracket read as a date only after a month told before it in the sentence: see the span family.)
			const built = f.build(m.groups ?? {}, trimmed, index > 0 && text.charCodeAt(index - 1) === 40 && text.lastIndexOf('tháng', index) >= 0);
			// The build is a fresh object: completed in place rather than spread into a copy (same keys, same order).
			if (built) out.push(place(built, index, index + trimmed.length, trimmed));
			from = index + raw.length + (raw.length === 0 ? 1 : 0);
		}
	}
	return out;
}
