/**
 * Publication stamps: the page's own "when was this published" line, e.g.
 * "17:02 | 26/05/2022 GMT+7", "Thứ Hai, 04/04/2022 - 15:20", "Cập nhật: 18:31 09/08/2022",
 * "Published: March 12, 2024", "2024-03-12T16:45:00+07:00".
 *
 * A stamp is a short line that is almost only a date (and maybe a time, a zone, a weekday, a label
 * or a byline). A body sentence that happens to hold a date ("Ngày 12/3/2024, hai bên ký…") is
 * not a stamp: what is left once the date parts are removed must be nothing, labels, or a name.
 * Numeric dates are day/month/year (the Vietnamese order) unless that cannot be a date.
 */
import type { Span } from '../types';
import { MONTH_WORD, monthNumber } from './vocabulary';

export interface Stamp {
	/** ISO day ("2024-03-12") or date-time with offset ("2024-03-12T16:45:00+07:00"). */
	published: string;
	/** ('month': a periodical's issue line, "Số 288 - Tháng 12/2024", read as the month's first day.) */
	precision: 'day' | 'minute' | 'month';
}

export interface FoundStamp extends Stamp, Span {
	/** The stamp line, trimmed, as it stands in the text. */
	line: string;
}

/** Vietnamese news is published in Vietnam: a stamp without a zone is read as UTC+7. */
const DEFAULT_OFFSET = '+07:00';
const MAX_STAMP_LINE = 140;
// A module constant: a regex literal in parseStamp made a RegExp object per call (once per line with a digit).
const YEAR_DIGITS = /\d{4}/;

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
	nov: 11, november: 11, dec: 12, december: 12
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

interface DatePart {
	y: number;
	m: number;
	d: number;
	index: number;
	length: number;
	/** Time and zone carried by the same match (ISO only). */
	time?: { h: number; min: number; s?: number };
	offset?: string;
}

// Tried in order; the first that gives a valid date wins.
const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => Omit<DatePart, 'index' | 'length'> | null }[] = [
	{
		// 2024-03-12, 2024-03-12T16:45:00+07:00, 2024-03-12 16:45
		re: /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/,
		read: (m) => ({
			y: +m[1], m: +m[2], d: +m[3],
			time: m[4] ? { h: +m[4], min: +m[5], s: m[6] ? +m[6] : undefined } : undefined,
			offset: m[7] ? zone(m[7]) : undefined
		})
	},
	{
		// 26/05/2022, 12-03-2024, 12.03.2024 (day first)
		re: /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/-])/,
		read: (m) => dayMonth(+m[1], +m[3], +m[4])
	},
	{
		// ngày 12 tháng 3 năm 2024, 12 tháng 3, 2024, 12 Tháng Mười, 2023
		re: new RegExp(String.raw`(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}|${MONTH_WORD})\s*(?:năm|,)?\s*(\d{4})(?!\d)`, 'iu'),
		read: (m) => {
			const month = monthNumber(m[2]);
			return month ? { d: +m[1], m: month, y: +m[3] } : null;
		}
	},
	{
		// March 12, 2024 / Mar. 12 2024
		re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i'),
		read: (m) => ({ m: MONTHS[m[1].toLowerCase().replace('.', '')], d: +m[2], y: +m[3] })
	},
	{
		// 12 March 2024
		re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})(?!\\d)`, 'i'),
		read: (m) => ({ d: +m[1], m: MONTHS[m[2].toLowerCase().replace('.', '')], y: +m[3] })
	}
];

/** Day first; a first number above 12 with a second one at most 12 is the only way to read it. */
function dayMonth(a: number, b: number, y: number): { d: number; m: number; y: number } {
	if (b > 12 && a <= 12) return { d: b, m: a, y };
	return { d: a, m: b, y };
}

function zone(z: string): string {
	if (z === 'Z') return '+00:00';
	const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
	return m ? `${m[1]}${m[2]}:${m[3]}` : DEFAULT_OFFSET;
}

function validDate(y: number, m: number, d: number): boolean {
	if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
	const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return d <= days[m - 1];
}

const pad = (n: number) => String(n).padStart(2, '0');

// Words a stamp line may carry besides its date: labels, weekdays, zone words, connectives.
// Looked up word by word (a large alternation regex is slow on every line of a big page).
const STAMP_WORD = new Set([
	'đăng', 'lúc', 'ngày', 'cn', 't2', 't3', 't4', 't5', 't6', 't7', 'updated', 'update', 'published', 'posted', 'on', 'at', 'by', 'bởi',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
	'gmt', 'utc', 'ict', 'giờ', 'phút', 'am', 'pm', 'sa', 'ch'
]);
const STAMP_PAIR = new Set([
	'cập nhật', 'ngày đăng', 'đăng lúc', 'đăng ngày', 'đăng tải', 'xuất bản', 'thời gian', 'tác giả', 'last updated', 'chủ nhật',
	...['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy', '2', '3', '4', '5', '6', '7'].map((d) => `thứ ${d}`)
]);

/**
 * Reads one line as a publication stamp. Returns null when the line is not a stamp (a sentence,
 * a headline, a date that does not exist, a year outside 1990–2100).
 */
export function parseStamp(line: string): Stamp | null {
	const s = line.trim();
	// Every date form holds a year of four digits in a row: lines without one ("Chiều 11/3, …",
	// "… ảnh 1") are not tried against each form.
	if (!s || s.length > MAX_STAMP_LINE || !YEAR_DIGITS.test(s)) return null;

	let date: DatePart | null = null;
	for (const form of DATE_FORMS) {
		const m = form.re.exec(s);
		if (!m) continue;
		const r = form.read(m);
		if (r && validDate(r.y, r.m, r.d)) {
			// Spelled out rather than spread (a spread per date was a visible cost); an absent time or
			// offset reads undefined either way.
			date = { y: r.y, m: r.m, d: r.d, time: r.time, offset: r.offset, index: m.index, length: m[0].length };
			break;
		}
	}
	if (!date) return null;

	// Remove the date, then look for a time, a zone, and check that nothing else of substance is left.
	let rest = s.slice(0, date.index) + ' '.repeat(date.length) + s.slice(date.index + date.length);
	let offset = date.offset;
	const zoneM = /\(?\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\)?/i.exec(rest);
	if (zoneM) {
		offset = `${zoneM[1]}${pad(+zoneM[2])}:${zoneM[3] ?? '00'}`;
		rest = blank(rest, zoneM.index, zoneM[0].length);
	}
	let time = date.time;
	if (!time) {
		// 16:45, 16:45:10, 16h45, 16 giờ 45, 04:45 pm
		const t = /(?<![\d:/.])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::(\d{2}))?(?![\d/])\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?(?![\p{L}])/iu.exec(rest);
		if (t) {
			let h = +t[1];
			const mer = t[4]?.toLowerCase().replace(/\./g, '');
			if (mer === 'pm' || mer === 'ch') h = h % 12 + 12;
			else if (mer === 'am' || mer === 'sa') h = h % 12;
			const min = +t[2];
			if (h > 23 || min > 59) return null;
			time = { h, min, s: t[3] ? +t[3] : undefined };
			rest = blank(rest, t.index, t[0].length);
		}
	}
	// A reading time beside the date is the page's, not a sentence's: "December 8, 2023 | 4 min read", "3 phút đọc".
	const reading = READING_TIME.exec(rest);
	if (reading) rest = blank(rest, reading.index, reading[0].length);
	// So are the page's tools printed on the stamp's line: a view counter, a print or send link ("11/09/2023 | 08:15
	// Lượt xem: 412", "12/03/2024 | In bài | Gửi email", "March 12, 2024 | 1,204 views").
	if (rest.length > 8) rest = rest.replace(PAGE_TOOLS, (m) => ' '.repeat(m.length));
	if (!stampResidueOk(dropSectionLabel(creditBefore(s, date.index) ? ' '.repeat(date.index) + rest.slice(date.index) : rest))) return null;

	const day = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
	if (!time) return { published: day, precision: 'day' };
	if (time.s !== undefined && time.s > 59) return null;
	return {
		published: `${day}T${pad(time.h)}:${pad(time.min)}:${pad(time.s ?? 0)}${offset ?? DEFAULT_OFFSET}`,
		precision: 'minute'
	};
}

const PAGE_TOOLS = /(?<![\p{L}\p{N}])(?:(?:lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lần\s+xem|views?|hits?)\s*:?\s*\d[\d.,]*|\d[\d.,]*\s*(?:lượt\s+(?:xem|đọc)|views?)|in\s+bài(?:\s+viết)?|bản\s+in|gửi\s+(?:bài|email|e-mail)|print(?:\s+(?:this\s+)?(?:page|article))?|e-?mail)(?![\p{L}\p{N}])/giu;
const READING_TIME = /(?<![\p{L}\p{N}])(?:(?:reading\s+time|thời\s+gian\s+đọc)\s*:?\s*)?\d{1,2}\s*(?:mins?|minutes?|phút)(?:\s+(?:read|reading|đọc))?(?![\p{L}])/iu;

/**
 * Pages print the section beside the stamp, set off by a bar: "Cập nhật: 16-12-2022 07:30 | Thời sự -
 * Chính trị", "Chính trị | 12/03/2024 09:15". One such piece, at either end, short and without
 * digits or sentence punctuation, is a label; a date inside a sentence has no bar to set it off.
 */
function dropSectionLabel(rest: string): string {
	const parts = rest.split('|');
	if (parts.length < 2) return rest;
	if (isSectionLabel(parts[parts.length - 1])) parts.pop();
	else if (isSectionLabel(parts[0])) parts.shift();
	return parts.join(' ');
}

// A module constant: esbuild writes a regex literal with \p{…} outside brackets as `new RegExp(…)`,
// built again on every call.
const HAS_LETTER = /\p{L}/u;

/**
 * A piece of a stamp line that names a section: short, with letters, no digits or sentence punctuation.
 * (At module level: tsx's keepNames makes a closure made per call cost a defineProperty.)
 */
function isSectionLabel(p: string): boolean {
	if (!/[\d.,;:!?]/.test(p)) return HAS_LETTER.test(p) && (p.match(/[\p{L}]+/gu)?.length ?? 0) <= 6;
	// Or the desk or department credited, a name with commas: "Provincial Information, Culture and Tourism Department", "Sở
	// Văn hóa, Thể thao và Du lịch". Each comma's next word opens with a capital; a clause's does not ("Officials met, and …").
	return !/[\d.;:!?]/.test(p) && NAME_WITH_COMMAS.test(p.trim()) && (p.match(/[\p{L}]+/gu)?.length ?? 0) <= 10;
}
const NAME_WITH_COMMAS = /^\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)+$/u;

// The source credit under an article, with the day: "Nguồn: Báo Dân tộc và Phát triển | 22/11/2025", "Theo Báo
// Quân đội nhân dân (12/3/2024)", "Source: Vietnam News Agency - 12/03/2024". The outlet opens with a capital and
// holds no digit nor sentence punctuation; a separator may stand before the date.
const CREDIT = /^\(?(?:Nguồn|NGUỒN|Theo|THEO|Source|SOURCE)\s*:?\s+\p{Lu}[^\d,;:!?|()–—]*?(?:\s*[|(,–—-])?\s*$/u;
const MAX_OUTLET_WORDS = 8;
// A module constant, like HAS_LETTER below: a \p{…} literal is built again on every call.
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * s before the date (at `at`) is a source credit: the label and an outlet's name, which is a phrase with words in
 * lower case ("Báo Dân tộc và Phát triển") that would otherwise leave the line read as a sentence.
 */
function creditBefore(s: string, at: number): boolean {
	// Every credit opens with N, T or S (in either case), possibly after a bracket: most stamp lines do not.
	const c = s.charCodeAt(s.charCodeAt(0) === 0x28 ? 1 : 0) | 0x20;
	if (c !== 0x6e && c !== 0x74 && c !== 0x73) return false;
	const head = s.slice(0, at);
	return CREDIT.test(head) && (head.match(WORD_RUN)?.length ?? 0) <= MAX_OUTLET_WORDS + 1;
}

function blank(s: string, index: number, length: number): string {
	return s.slice(0, index) + ' '.repeat(length) + s.slice(index + length);
}

/**
 * What may stay on a stamp line besides its date and time: labels and weekdays (removed here),
 * separators, and at most a short byline or outlet name written with capitals ("Minh Anh", "VOV.VN").
 * Lower-case words left over mean a sentence ("Ngày 12/3/2024 hai bên ký kết…").
 */
function stampResidueOk(rest: string): boolean {
	const tokens = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
	// A sentence leaves many words; no need to look at them one by one.
	if (tokens.length > 16) return false;
	const left: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i].toLowerCase();
		if (i + 1 < tokens.length && STAMP_PAIR.has(`${w} ${tokens[i + 1].toLowerCase()}`)) i++;
		else if (!STAMP_WORD.has(w)) left.push(tokens[i]);
	}
	return left.length <= 4 && left.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Lines labelled as an update: a page's first publication stamp is preferred over them. */
const UPDATE_LABEL = /cập nhật|updated|update/i;

/**
 * The page's own publication stamp: the first stamp line in `searchSpan` (a line labelled as an
 * update only when no other stamp is there). Without a span, the top of the page (its first 40
 * non-empty lines) is searched, where pages put their stamp; dates further down belong to
 * sidebars and related stories.
 */
export function findStamp(text: string, searchSpan?: Span): FoundStamp | null {
	const from = Math.max(0, searchSpan?.start ?? 0);
	const to = Math.min(text.length, searchSpan?.end ?? text.length);
	let seen = 0;
	let update: FoundStamp | null = null;
	const re = /[^\n]+/g;
	re.lastIndex = from;
	for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
		const raw = m[0];
		// Tags at the edges of HTML saved as text ("<span class=date>12/03/2024</span>") are not words.
		const trimmed = raw.trim().replace(/^(?:<[^<>]*>\s*)+|(?:\s*<[^<>]*>)+$/g, '');
		if (!trimmed) continue;
		if (!searchSpan && ++seen > 40) break;
		if (trimmed.length > MAX_STAMP_LINE) continue;
		const st = parseStamp(trimmed);
		if (!st) continue;
		const start = m.index + raw.indexOf(trimmed);
		const found: FoundStamp = { ...st, start, end: start + trimmed.length, line: trimmed };
		if (!UPDATE_LABEL.test(trimmed)) return found;
		update ??= found;
	}
	return update;
}

// A page's address, alone on its line, as browsers and printouts keep it.
const URL_LINE = /^\s*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*\s*$/gimu;
// News sites put the day in the address: "…-20231114213512345.htm" (Tuổi Trẻ, Dân trí, Người Lao Động), "/2023/11/14/…".
const URL_DATE = [/[-_/](20\d{2})(\d{2})(\d{2})\d{0,12}\.s?html?\b/, /\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\//];

/** A letter of URL_LINE's [a-z] under its i and u flags: ASCII letters, "ſ" (U+017F) and the Kelvin sign (U+212A). */
function isUrlLetter(c: number): boolean {
	const l = c | 0x20;
	return (l >= 0x61 && l <= 0x7a) || c === 0x17f || c === 0x212a;
}

// URL_LINE on one line's text (no m flag: the line's ends are the string's), and what else than "\n"
// ends a line for URL_LINE's m flag.
const URL_ALONE = /^\s*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*\s*$/iu;
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;

/**
 * The day in the page's own address, for pages that print no stamp: only when every dated address on
 * the page gives the same day (links to other stories carry their own).
 *
 * Every address URL_LINE takes holds ".", two or more of its [a-z] letters, then "/" (the end of its
 * host): only the lines holding such a "/" are tried, each once and in page order, as URL_LINE's
 * matches come (one per line). URL_LINE itself, anchored at every line start by the m flag, was tried
 * along the whole page, and most pages hold no address.
 */
export function urlStamp(text: string): Stamp | null {
	let day: string | null = null;
	// The end of the last line tried: its other "/" need not be looked at.
	let tried = -1;
	for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
		if (i < tried) continue;
		let j = i;
		while (j > 0 && isUrlLetter(text.charCodeAt(j - 1))) j--;
		if (i - j < 2 || j === 0 || text.charCodeAt(j - 1) !== 0x2e) continue;
		const from = text.lastIndexOf('\n', i) + 1;
		let to = text.indexOf('\n', i);
		if (to < 0) to = text.length;
		const line = text.slice(from, to);
		// A line broken otherwise than by "\n" (not in a normalized text) is read as URL_LINE reads it.
		if (OTHER_LINE_BREAK.test(line)) return urlStampOfLines(text);
		tried = to;
		if (!URL_ALONE.test(line)) continue;
		const iso = dayInAddress(line);
		if (!iso) continue;
		if (day && day !== iso) return null;
		day = iso;
	}
	return day ? { published: day, precision: 'day' } : null;
}

/** The first URL_DATE form's valid day in an address, as "YYYY-MM-DD"; null when none. */
function dayInAddress(address: string): string | null {
	for (const re of URL_DATE) {
		const d = re.exec(address);
		if (!d || !validDate(+d[1], +d[2], +d[3])) continue;
		return `${d[1]}-${pad(+d[2])}-${pad(+d[3])}`;
	}
	return null;
}

/** urlStamp by URL_LINE over the whole text, for a text whose lines may end otherwise than by "\n". */
function urlStampOfLines(text: string): Stamp | null {
	let day: string | null = null;
	for (const m of text.matchAll(URL_LINE)) {
		const iso = dayInAddress(m[0]);
		if (!iso) continue;
		if (day && day !== iso) return null;
		day = iso;
	}
	return day ? { published: day, precision: 'day' } : null;
}

/*
 * A periodical prints no stamp by its articles: it prints the issue they are in. A monthly's or a literary review's
 * issue line ("Số 288 - Tháng 12/2024", "Số 1012 - Kỳ 2 tháng 12/2024", "Số 288 (12/2024) | Chuyên mục: …") dates the
 * page to the month, and the print line ("Báo in số ra ngày 15/12/2024") or a bulletin's publication line ("Ngày nhận
 * bài: …; ngày xuất bản: 30/12/2024") to the day. Only a line that opens with the issue (a list of other issues' articles
 * below opens with "- " or the article's title) and only near the top, where the page's own issue is printed; the print
 * line may close the page.
 */
const ISSUE_LINE = /^(?:[^\n>]{0,40}>\s*)?Số\s+\d{1,5}\s*(?:[-–,]\s*Kỳ\s+\d{1,2}\s*)?(?:(?:[-–,]\s*)?[Tt]háng\s+(\d{1,2})\/((?:19|20)\d\d)|\(\s*(?:[Tt]háng\s+)?(\d{1,2})\/((?:19|20)\d\d)\s*\))(?!\d)\s*(?:[|:]|$)/u;
const PRINT_LINE = /(?<![\p{L}])(?:[Bb]áo\s+in\s+số\s+ra\s+ngày|[Nn]gày\s+xuất\s+bản\s*:?)\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/u;

/** The page's issue as a stamp: its print or publication day when printed, else its issue's month; null when neither. */
export function issueStamp(text: string): Stamp | null {
	// Both lines hold "ố" or "ấ" ("Số", "số ra", "xuất bản"): most pages hold no "Số " line and no print line.
	const print = text.includes('số ra ngày') || text.includes('xuất bản') ? PRINT_LINE.exec(text) : null;
	if (print && validDate(+print[3], +print[2], +print[1])) return { published: `${print[3]}-${pad(+print[2])}-${pad(+print[1])}`, precision: 'day' };
	if (!text.includes('Số ')) return null;
	let seen = 0;
	const re = /[^\n]+/g;
	for (let m = re.exec(text); m && seen < 40; m = re.exec(text)) {
		const line = m[0].trim();
		if (!line) continue;
		seen++;
		const issue = line.length <= MAX_STAMP_LINE && line.includes('Số ') ? ISSUE_LINE.exec(line) : null;
		if (!issue) continue;
		const [month, year] = issue[1] ? [+issue[1], +issue[2]] : [+issue[3], +issue[4]];
		if (validDate(year, month, 1)) return { published: `${year}-${pad(month)}-01`, precision: 'month' };
	}
	return null;
}
