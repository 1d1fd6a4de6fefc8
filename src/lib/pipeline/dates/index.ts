/**
 * Temporal expressions: find them in a sentence (per language family), then resolve them
 * against what the article knows (resolve.ts). This is the one place that knows the rules
 * for "chiều cùng ngày", "ngày mai (12/3)" and "cuối tháng 2 vừa qua".
 */
import { findAbsolute } from './absolute';
import { findRelative } from './relative';
import { findEnglish } from './english';
import { findQuarters } from './quarter';
import { findLunar } from './lunar';
import { findLaoNewYear, findNamedDays } from './named-days';
import { occasionYear } from './year-evidence';
import type { TimeMention } from './types';
import type { Language } from '../types';

export type { TimeMention, YMD } from './types';
export { resolveMention, stampHourOf, stampReference, type Reference, type ResolveContext, type Resolved } from './resolve';
export { collectYearEvidence, decideYear, type YearEvidence, type YearDecision } from './year-evidence';

/** Mentions of time in `text`, in reading order, with no two overlapping (the longer wins). */
export function findTimeMentions(text: string, language: Language = 'vi'): TimeMention[] {
	return scan(text, language);
}

/**
 * findTimeMentions of one sentence of an article, remembered for as long as the sentence lives: year
 * evidence and event extraction read the same sentences, and an article may be read again with a
 * better year. Kept on the sentence object, not by its text, so nothing carries over from one article to
 * the next — a text cache made a corpus of near-copies (the benchmark's) look faster than real news.
 *
 * Kept as a hidden property (a symbol, not enumerable: a spread copy of the sentence, as events.ts makes of
 * its clauses, does not take it, nor does a deep-equal see it) rather than in a WeakMap: each entry of a
 * WeakMap is an ephemeron that every garbage collection must visit, and the harness of this stage (every
 * sentence of the bench corpus scanned once, as the pipeline does) spent 186k instructions per article on
 * the map and its collection, more than the scan of its relative dates. A sentence that cannot take a
 * property (frozen) is remembered in the WeakMap still.
 */
export function timeMentionsOf(sentence: { text: string }, language: Language = 'vi'): TimeMention[] {
	const key = language === 'en' ? MEMO_EN : MEMO_VI;
	let found = (sentence as { [k: symbol]: TimeMention[] | undefined })[key];
	if (found) return found;
	if (Object.isExtensible(sentence)) {
		found = scan(sentence.text, language);
		Object.defineProperty(sentence, key, { value: found });
		return found;
	}
	const memo = language === 'en' ? memoEn : memoVi;
	found = memo.get(sentence);
	if (!found) memo.set(sentence, (found = scan(sentence.text, language)));
	return found;
}
const MEMO_VI = Symbol('time mentions (vi)');

/**
 * The mentions of one reading's sentences, each scanned once: what the pipeline uses (timeMentionsOf stays for
 * callers with no reading to hang a memo on). A Map the reading owns and drops with it, rather than the hidden
 * property: Object.defineProperty is a runtime call that gives the sentence a new hidden class, ~5 µs a sentence
 * in a microbenchmark against ~0.4 µs for a Map's set and get (the line was 1.5% of a whole-corpus profile); and,
 * unlike a WeakMap, a Map's entries are no ephemerons for the collector to visit. Keyed by the sentence object,
 * as the property was: a clause cut from a sentence (events.ts) is another object, read afresh.
 */
export class MentionMemo {
	private readonly found = new Map<object, TimeMention[]>();
	constructor(readonly language: Language) {}
	of(sentence: { text: string }): TimeMention[] {
		let found = this.found.get(sentence);
		if (!found) this.found.set(sentence, (found = scan(sentence.text, this.language)));
		return found;
	}
}
const MEMO_EN = Symbol('time mentions (en)');
const memoVi = new WeakMap<object, TimeMention[]>();
const memoEn = new WeakMap<object, TimeMention[]>();

// A year told relative to now right after a date without one: "Tháng 12 năm ngoái", "cuối tháng 3 năm nay".
const YEAR_FROM_NOW = /^\s+năm\s+(ngoái|trước|nay|sau|tới)(?![\p{L}])/iu;
const YEAR_OFFSETS: Record<string, number> = { ngoái: -1, trước: -1, nay: 0, sau: 1, tới: 1 };
// In English: "in April next year", "in December of last year", "on March 3 this year".
const YEAR_FROM_NOW_EN = /^\s+(?:of\s+)?(last|this|next)\s+year(?![\p{L}])/iu;
const YEAR_OFFSETS_EN: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Each yearless date of `found` followed by "năm ngoái/nay/tới" ("next year") takes that year, counted from now (in place). */
function withYearFromNow(text: string, found: TimeMention[], pattern = YEAR_FROM_NOW, offsets = YEAR_OFFSETS): TimeMention[] {
	for (const m of found) {
		if (m.year !== undefined || m.relation || (m.shape !== 'month' && m.shape !== 'part_of_month' && m.shape !== 'day' && m.shape !== 'span')) continue;
		const next = text.charCodeAt(m.end);
		if (next !== 32 && next !== 0xa0) continue;
		const y = pattern.exec(text.slice(m.end, m.end + 20));
		if (!y) continue;
		m.yearOffset = offsets[y[1].toLowerCase()];
		m.end += y[0].length;
		m.text = text.slice(m.start, m.end);
	}
	return found;
}

function scan(text: string, language: Language): TimeMention[] {
	const found = scanAll(text, language);
	return language === 'en' || found.length === 0 ? found : bracketedDays(text, withoutDocumentDates(text, found));
}

/*
 * A date right after a document's number is the document's own: "theo Quyết định số 1234/QĐ-UBND ngày 15/4/2024",
 * "Kế hoạch số 56/KH-UBND ngày 2/3/2025", "Nghị quyết 12-NQ/TW ngày 5/1/2022", "Công văn số 88 ngày 9/9": it dates no
 * happening of the page and anchors no "cùng ngày". The number is told by its document's name and "số" ("Quyết định số 12";
 * "chương trình 3 ngày 5-7/6" is a length), or by its code of capitals after a slash or a dash ("1234/QĐ-UBND", "12-NQ/TW"), which no day or figure carries.
 */
const DOCUMENT_NUMBER = /(?:(?:quyết\s+định|kế\s+hoạch|nghị\s+quyết|nghị\s+định|công\s+văn|công\s+điện|thông\s+báo|thông\s+tư|chỉ\s+thị|tờ\s+trình|văn\s+bản|chương\s+trình|kết\s+luận)\s+số\s+\d[\p{L}\d./-]*|\d+(?:[/-]\d+)*[/-]\p{Lu}[\p{L}\d./-]*)\s*,?\s*$/iu;
function withoutDocumentDates(text: string, found: TimeMention[]): TimeMention[] {
	let out = found;
	for (const m of found) {
		// "ngày" opens the document's date: a cue of part of day ("sáng 15/4") is a happening's.
		if (m.relation || !/^ngày\s/i.test(m.text)) continue;
		if (!DOCUMENT_NUMBER.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
		out = out.filter((k) => k !== m);
	}
	return out;
}

/** A mention that gives a sentence its own day, before a feast it names (see laoNewYear in scanAll). */
const ownDay = (m: TimeMention) => (!m.relation && (m.shape === 'day' || m.shape === 'span' || m.shape === 'month')) || (m.relation === 'anaphoric' && m.unit === 'day');
/** A day or the end or start of a week counted from the writing: "hôm qua", "sáng nay", "cuối tuần qua" (see laoNewYear in scanAll). */
const writtenDay = (m: TimeMention) => m.relation === 'deictic' && (m.shape === 'day' || (m.shape === 'span' && (m.partOfWeek === 'early' || m.partOfWeek === 'late')));

function scanAll(text: string, language: Language): TimeMention[] {
	let all: TimeMention[];
	// The year mention the date takes in ("next year") is then inside it, and drops out below (the longer wins).
	// The Lao New Year dates a sentence only when it gives no day of its own: "Sáng 12/4, … đến chúc Tết cổ truyền Bunpimay"
	// is the 12th (a greeting before it), "… sang thăm … vào dịp Tết cổ truyền Bun-pi-mạy năm sau" is the festival's days.
	// A day told from the one before ("Earlier that morning, … presented them with Lao New Year gifts", "Chiều cùng ngày, …
	// chúc Tết Bunpimay") is the sentence's own day as much as one written out.
	// So is a day or a weekend counted from the writing ("Dịp cuối tuần qua, Đoàn … đã sang thăm, chúc Tết cổ truyền Bun-pi-mày …"
	// under a Monday's stamp, "Sáng nay, …"): the feast is what the visit was for, the days it was made are the sentence's own.
	// (Not a bare "Vừa qua", which says only that it was lately.)
	// (The occasion told before, "Nhân dịp này, … nhận lời mời sang dự Tết Bun-pi-mày", is when the invitation was taken, not the feast.)
	if (language === 'en') {
		const english = findEnglish(text);
		all = withYearFromNow(text, english.concat(laoNewYear(text, english)), YEAR_FROM_NOW_EN, YEAR_OFFSETS_EN).concat(findQuarters(text, 'en'));
	} else {
		const relative = findRelative(text), absolute = withYearFromNow(text, findAbsolute(text)), quarters = findQuarters(text, 'vi'), lunar = withYearFromNow(text, findLunar(text)), named = withYearFromNow(text, findNamedDays(text).concat(laoNewYear(text, absolute, relative)));
		// Most sentences hold no mention, many one: nothing to order or to weigh.
		if (relative.length + absolute.length + quarters.length + lunar.length + named.length <= 1) return relative.length ? relative : absolute.length ? absolute : quarters.length ? quarters : lunar.length ? lunar : named;
		// Lunar first: of two readings of the same words ("ngày 23 tháng Chạp"), the first kept wins, and Chạp is lunar.
		all = lunar.concat(relative, absolute, quarters, named);
	}
	all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: TimeMention[] = [];
	for (const m of all) {
		const clash = kept.findIndex((k) => m.start < k.end && k.start < m.end);
		if (clash < 0) kept.push(m);
		else if (m.end - m.start > kept[clash].end - kept[clash].start) kept[clash] = m;
	}
	kept.sort((a, b) => a.start - b.start);
	return language === 'en' ? kept : feastsOfYearTold(text, kept);
}

// What may stand between a year counted from now and the feast it dates: "Năm ngoái, nhân dịp Giỗ Tổ Hùng Vương", "năm nay
// vào dịp Rằm tháng Giêng".
const YEAR_TO_FEAST = /^\s*,?\s*(?:(?:nhân|vào|trong)\s+)?(?:dịp\s+)?(?:ngày\s+)?$/iu;

/**
 * A yearless lunar feast told just after a year counted from now ("Còn năm ngoái, nhân dịp Giỗ Tổ Hùng Vương, một đoàn … đã
 * sang"): the feast of that year, as "mùng 2 Tết năm ngoái" is (withYearFromNow), the two read as one mention. Alone, the
 * feast would take the nearest one to the page's date, and "năm ngoái" a whole year.
 */
function feastsOfYearTold(text: string, found: TimeMention[]): TimeMention[] {
	for (let i = 1; i < found.length; i++) {
		const m = found[i], y = found[i - 1];
		if (!m.lunar || m.year !== undefined || m.yearOffset !== undefined) continue;
		if (y.relation !== 'deictic' || y.unit !== 'year' || y.shape !== 'year' || y.offset === undefined) continue;
		if (!YEAR_TO_FEAST.test(text.slice(y.end, m.start))) continue;
		found[i] = { ...m, yearOffset: y.offset, start: y.start, text: text.slice(y.start, m.end) };
		found.splice(i - 1, 1);
		i--;
	}
	return found;
}

/**
 * The Lao New Year's days in `text` when `dated`, the sentence's other mentions, and `relative`, its days counted from
 * the writing, give no day of their own (see scanAll).
 * A function of the module, not a closure made at each scan: tsx compiles with keepNames, and a named closure costs a
 * defineProperty each time it is made.
 */
function laoNewYear(text: string, dated: TimeMention[], relative: TimeMention[] = []): TimeMention[] {
	return dated.some(ownDay) || relative.some(writtenDay) ? [] : ofYearTold(findLaoNewYear(text), dated, text);
}

/**
 * The Lao New Year's days (`feasts`) in the one year the sentence names, if it names one: "Tết Bunpimay năm 2023", "trong Năm
 * Đoàn kết hữu nghị … 2022, … Lễ hội Bunpimay đầu tiên": the feast of that year, not the page's (in place).
 */
function ofYearTold(feasts: TimeMention[], dated: TimeMention[], text: string): TimeMention[] {
	if (!feasts.length) return feasts;
	let year: number | undefined;
	for (const m of dated) {
		if (m.relation || m.shape !== 'year' || m.year === undefined) continue;
		if (year !== undefined && year !== m.year) return feasts;
		year = m.year;
	}
	// Or the year closing an occasion's capitalised name ("Năm Đoàn kết hữu nghị Việt Nam - Lào 2022"), which no "năm" opens.
	year ??= occasionYear(text)?.year;
	if (year !== undefined) for (const f of feasts) f.year = f.endYear = year;
	return feasts;
}

/** The mentions with each deictic one followed by its bracketed days read as those days (the mentions inside dropped). */
function bracketedDays(text: string, found: TimeMention[]): TimeMention[] {
	for (let i = 0; i < found.length; i++) {
		if (found[i].relation !== 'deictic') continue;
		const lunar = withBracketedLunar(text, found[i], found[i + 1]);
		if (lunar) {
			found = found.filter((_, j) => j !== i + 1);
			found[i] = lunar;
			continue;
		}
		const m = withBracketedDays(text, found[i]);
		if (m === found[i]) continue;
		// The mentions before it end before it starts: it keeps its index.
		found = found.filter((k, j) => j === i || k.start >= m.end || k.end <= m.start);
		found[i] = m;
	}
	return found;
}

/**
 * "Sáng nay (mùng 7 Tết)", "Chiều qua (Rằm tháng Giêng)": the day the writer checked, told by the lunar calendar as "(18/7)"
 * is by the solar one; the lunar day, with the deictic word's part of day. Null when `next` is no lunar day so bracketed.
 */
function withBracketedLunar(text: string, m: TimeMention, next: TimeMention | undefined): TimeMention | null {
	if (!next?.lunar || m.unit !== 'day' || m.day !== undefined || !/^\s*\(\s*$/.test(text.slice(m.end, next.start))) return null;
	const close = /^\s*\)/.exec(text.slice(next.end, next.end + 4));
	if (!close) return null;
	const end = next.end + close[0].length;
	return { ...next, start: m.start, end, text: text.slice(m.start, end), partOfDay: m.partOfDay ?? next.partOfDay };
}

// Days the writer checked, in a bracket after words counted from now: "Hai ngày qua (26 và 27/3)", "tuần trước
// (10-12/3)", "hôm qua (30/11 - 1/12)". Two days at least: one day in brackets is read with its word (relative.ts).
const BRACKETED_DAYS = /^\s*\(\s*(?:ngày\s+)?(\d{1,2})(?:\s*[/-]\s*(\d{1,2}))?\s*(?:và|-|–|—|,|đến)\s*(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\s*\)/iu;

/** A deictic mention followed by its days in brackets: the days, written out, win over the count from now. */
function withBracketedDays(text: string, m: TimeMention): TimeMention {
	const c = text.charCodeAt(m.end);
	if (c !== 40 && c !== 32 && c !== 0xa0) return m;
	const b = BRACKETED_DAYS.exec(text.slice(m.end, m.end + 40));
	if (!b) return m;
	const endDay = Number(b[3]), endMonth = Number(b[4]);
	const day = Number(b[1]), month = b[2] ? Number(b[2]) : endMonth;
	if (day < 1 || day > 31 || endDay < 1 || endDay > 31 || month < 1 || month > 12 || endMonth < 1 || endMonth > 12) return m;
	// The days come in order, within a few weeks ("(26 và 27/3)", "(30/11 - 2/12)"): not a score or a ratio.
	if (month === endMonth ? endDay <= day : (endMonth - month + 12) % 12 !== 1) return m;
	const end = m.end + b[0].length;
	const out: TimeMention = { shape: 'span', day, month, endDay, endMonth, partOfDay: m.partOfDay, start: m.start, end, text: text.slice(m.start, end) };
	if (b[5]) out.year = out.endYear = Number(b[5]);
	return out;
}
