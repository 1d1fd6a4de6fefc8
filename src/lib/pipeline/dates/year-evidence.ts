/**
 * The year of an article whose events say only "11/3". Evidence comes from the body alone
 * (sidebars carry other years: they are never read here), in kinds of different strength:
 *  - explicit: a full date in the body ("ngày 12/3/2024");
 *  - named: a year that is part of a name of the current programme or event
 *    ("Hội nghị Xúc tiến du lịch Hà Nội-Vientiane 2024", "Năm Du lịch quốc gia Lào 2024");
 *  - anniversary: "kỷ niệm 95 năm … (17/3/1930 - 17/3/2025)" ends in the current year;
 *  - completed: results of a finished year ("kết quả đạt được trong năm 2022") are reported the year after (the plan
 *    for a year, told beside them, is not: "kết quả năm 2025 và kế hoạch năm 2026");
 *  - since: "từ tháng 4 năm 2022 đến nay" — the article is later than that;
 *  - period: "giai đoạn 2022-2025" — the article most likely falls inside it;
 *  - partial: "9 tháng đầu năm 2023" — a review of part of a year is written later that same year;
 *  - estimate: "năm 2025, kim ngạch … ước đạt 6,5 tỷ USD" — a year's figure still estimated is told within that year
 *    (or just after it: the final count comes in the next one);
 *  - upcoming: a named year of what is still to come ("nhận lời mời … sang thăm … nhân dịp Festival Huế 2018", "hai bên sẽ
 *    cùng tham gia Techmart … năm 2020") — the article is of that year or the one before, never later;
 *  - weekday: a day told with its weekday and no year ("vào sáng thứ Ba (7/1)") — a year where that day is that weekday;
 *  - season: a season running over the new year, told as the current one ("nơi Đội đóng quân trong mùa khô 2023 - 2024",
 *    "năm học 2024-2025") — weighs as a period;
 *  - step: a full date in the autumn such a season began ("Sau lễ xuất quân ngày 10/10/2023") — a past step of the season,
 *    which puts the autumn's months in its first year and spring's and summer's in its second.
 * decideYear weighs them per candidate year; the confidence says how strong the winner was.
 */
import { timeMentionsOf, type MentionMemo } from './index';
import type { TimeMention } from './types';
import type { Language } from '../types';
import { note, type Note } from './note';
import { isValid, weekday } from './calendar';

export interface YearEvidence {
	kind: 'explicit' | 'named' | 'anniversary' | 'completed' | 'since' | 'period' | 'partial' | 'estimate' | 'upcoming' | 'weekday' | 'season' | 'step';
	/** (A weekday's evidence names no year: 0.) */
	year: number;
	endYear?: number;
	month?: number;
	/** A weekday's day (with `month`) and the weekday written (0 Sunday … 6 Saturday). */
	day?: number;
	weekday?: number;
	text: string;
}

export interface YearDecision {
	year: number;
	confidence: number;
	/** Which evidence decided, in words, for the details panel. */
	how: Note;
}

const RESULTS = /kết quả|đạt được|đã đạt|hoàn thành|tăng trưởng|tổng kết|results|achieved|grew/i;
const ANNIVERSARY = /kỷ niệm|anniversary/i;
// History recalled: "Đồng chí X nhắc lại, ngày 5/9/1962, hai nước thiết lập quan hệ ngoại giao; ngày 18/7/1977, hai nước ký
// Hiệp ước …" — its full dates are of then, not of the article.
const RECALLED = /(?<![\p{L}])(?:nhắc\s+lại|ôn\s+lại|nhớ\s+lại|thiết\s+lập\s+quan\s+hệ\s+ngoại\s+giao|ký\s+Hiệp\s+ước|recalled|established\s+diplomatic\s+(?:ties|relations))(?![\p{L}])/iu;
const UNDER_PLAN = /(?<![\p{L}])(?:nằm\s+trong|thuộc|thực\s+hiện|triển\s+khai|theo)\s+(?:[Kk]ế\s+hoạch|[Cc]hương\s+trình)\s+(?:[^.;,\d]{0,60}?\s)?năm\s+((?:19|20)\d\d)(?![\p{N}])/iu;
// A figure estimated ("ước đạt", "ước tính", "ước thực hiện"), told after the year in its clause.
const ESTIMATE = /(?<![\p{L}])ước\s+(?:đạt|tính|thực\s+hiện|tăng|giảm|khoảng)(?![\p{L}])/iu;
const estimated = (text: string, end: number) => ESTIMATE.test(text.slice(end, end + 120).split(/[;.]/u)[0]);
// The same words, each place they are in a sentence, and the words of a plan: "đánh giá kết quả phối hợp năm 2025 và
// thống nhất kế hoạch phối hợp năm 2026" reviews 2025 and plans 2026. A year is a finished one only when the nearest of
// these before it is a results word (or none is, as in "Năm 2022, kim ngạch tăng trưởng 10%").
const RESULTS_EACH = new RegExp(RESULTS.source, 'gi');
const PLAN_WORD = /kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|chương\s+trình|\bplans?\b/giu;
function lastAt(re: RegExp, text: string): number {
	re.lastIndex = 0;
	let last = -1;
	for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
	return last;
}
const planned = (text: string, at: number) => {
	const before = text.slice(0, at);
	return lastAt(PLAN_WORD, before) > lastAt(RESULTS_EACH, before);
};
// Years that name a target or a plan, not the present: "Tầm nhìn 2045", "đến năm 2030".
const FUTURE_FRAME = /(?:tầm\s+nhìn|đến\s+năm|tới\s+năm|mục\s+tiêu|chiến\s+lược|kế\s+hoạch|vision|by)\s*$/iu;
// A year in range, alone (not part of a date, a decimal or a period): made once, reset for each sentence.
// (A year may end the sentence: "… Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022.")
const NAMED_YEAR = /(?<![\p{L}\p{N}/.\-–])((?:19[5-9]\d|20\d\d))(?![\p{N}/]|\.\d)(?!\s*[-–]\s*\d)/gu;
// An occasion that comes back every year, by its capitalised name, just before "năm 2026": "Tháng Thanh niên", "Năm Du
// lịch quốc gia", "Lễ hội Hoa Ban", "Tuần lễ Văn hóa Lào". Not a treaty's or a law's name ("Hiệp ước … năm 1977"): those are history.
// An exchange programme is a happening too, whatever its name's case: "Chương trình giao lưu hữu nghị Hải quan Việt Nam - Lào năm 2025";
// so is a camp, a week, a contest, a festival, a fair ("Trại hè Thanh niên Việt Nam - Lào năm 2018", "tham gia Tuần lễ văn hóa
// ẩm thực năm 2019", "Hội thi tay nghề năm 2020"): these name the gathering held that year, whatever follows them.
// So is a feast, a market, a fair named by its own name ("Tết cổ truyền Bun-pi-mạy năm 2017", "Phiên chợ biên giới Việt - Lào
// năm 2024", "Chợ Công nghệ và Thiết bị (Techmart) Việt Nam - Lào năm 2020"), a bracketed short name and all.
// So is a meeting held on a fixed round ("Hội đàm định kỳ năm 2021 giữa …", "hội nghị giao ban thường niên năm 2019"): the
// round of that year, held in it, unlike talks in general ("hội đàm năm 2018" may be recalled history), which name no round.
const OCCASION_NAME = /(?<![\p{L}])(?:(?:Tháng|Năm|Lễ\s+hội|Ngày\s+hội|Tuần\s+lễ|Tuần|Hội\s+chợ|Hội\s+thi|Hội\s+diễn|Hội\s+thao|Giải|Liên\s+hoan|Festival|Hội\s+nghị|Diễn\s+đàn|Chợ)(?:\s+\p{Lu}[\p{L}\-–]*)|Chương\s+trình\s+(?:giao\s+lưu|gặp\s+mặt)|[Tt]rại\s+hè|[Hh]ội\s+trại|[Tt]uần\s+lễ|[Hh]ội\s+(?:thi|diễn|thao|chợ)|[Ll]iên\s+hoan|[Ff]estival|[Nn]gày\s+hội|[Ll]ễ\s+hội|[Pp]hiên\s+chợ|Tết|(?:[Hh]ội\s+(?:đàm|nghị)|[Gg]iao\s+ban|[Gg]ặp\s+mặt|[Tt]ọa\s+đàm)(?:\s+[\p{L}\-–]+){0,3}?\s+(?:định\s+kỳ|thường\s+niên))(?:\s+\(?[\p{L}\-–]+\)?){0,10}\s+$/u;
// What is still to come: "sẽ", "nhận lời (mời)", "dự kiến", "sắp", "will", "to be held".
const TO_COME = /(?<![\p{L}])(?:sẽ|nhận\s+lời|dự\s+kiến|sắp|will|to\s+be\s+held)(?![\p{L}])/iu;
const NOT_NAME = /(?:năm|giai\s+đoạn|nhiệm\s+kỳ|từ|đến|tới|trước|sau|tháng|khóa|khoá|in|since|from|to)\s*$/iu;

/*
 * The same three patterns read backwards from the year, in the whole text: "…$" tried on the 80 characters
 * before it made irregexp try each of their positions (the phrase's, with its nested repeats, cost more than
 * the rest of the scan of a sentence). What is read back must lie within those 80 characters, as before:
 * when it reaches further, the 80 characters alone are read the old way.
 */
const NOT_NAME_AT = lookingBack(NOT_NAME);
const FUTURE_FRAME_AT = lookingBack(FUTURE_FRAME);
const PHRASE = /((?:[\p{L}][\p{L}\-–]*\s+){1,6})$/u;
const PHRASE_AT = lookingBack(PHRASE);

/** A sticky regex that, tried at a position, captures (group 1) what `re` (a pattern ending in "$") matches just before it. */
function lookingBack(re: RegExp): RegExp {
	if (!re.source.endsWith('$')) throw new Error(`year-evidence.ts: ${re.source} does not end in "$": it cannot be read back from a position`);
	return new RegExp(`(?<=(${re.source.slice(0, -1)}))`, re.flags.replace('g', '') + 'y');
}

/** Whether `before` (the text up to `at`, at most 80 characters) ends with a match of `re`, read back through `back`. */
function endsWith(back: RegExp, re: RegExp, text: string, at: number, before: string): boolean {
	back.lastIndex = at;
	const found = back.exec(text);
	if (!found) return false;
	return found[1].length <= before.length || re.test(before);
}

/*
 * What PHRASE captures in `before`: read back, the repeat takes as many words as there are (up to six) and the
 * first word from its first letter, which is where the leftmost match of PHRASE in `before` starts.
 */
function phraseBefore(text: string, at: number, before: string): string {
	PHRASE_AT.lastIndex = at;
	const found = PHRASE_AT.exec(text)?.[1];
	if (found === undefined) return '';
	return found.length <= before.length ? found : PHRASE.exec(before)?.[1] ?? '';
}

/**
 * The year closing the name of an occasion in `text` ("nhân dịp Festival Huế 2018", "dự Lễ hội Thanh niên Việt - Lào năm 2024"),
 * as a year's mention; null when none.
 */
export function occasionYear(text: string): TimeMention | null {
	for (const m of text.matchAll(OCCASION_YEAR)) {
		const start = m.index!;
		if (OCCASION_NAME.test(text.slice(Math.max(0, start - 80), start))) return { start, end: start + m[0].length, text: m[0], shape: 'year', year: Number(m[1]), partOfDay: null };
	}
	return null;
}
// "N năm" (or "N years", "N-year") told before a span: the span's length in years when it is an anniversary's.
const YEARS_COUNT = /(?<![\p{N}])(\d{1,3})(?:\s+năm|\s*-?\s*years?)(?![\p{L}])[^.;!?]*$/iu;
/**
 * Is the span `m` of `text` (its end year later than its start) the two ends of an anniversary even without "kỷ niệm":
 * "chào mừng 94 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2025)"? A founding day and its return share day and month years
 * apart, and the years counted before it ("94 năm") are its length; its later year is that of the celebration. (A stay
 * over the new year, "28/12/2024 - 3/1/2025", is neither.)
 */
function anniversarySpan(text: string, m: TimeMention): boolean {
	if (m.day !== undefined && m.day === m.endDay && m.month !== undefined && m.month === m.endMonth) return true;
	const count = YEARS_COUNT.exec(text.slice(Math.max(0, m.start - 160), m.start));
	return count !== null && Number(count[1]) === m.endYear! - m.year!;
}

// A bracketed short name just before a year: " (DIFF) ", " (SEA Games) " is not one (two words).
const SHORT_NAME = /\s\(\p{Lu}[\p{Lu}\p{N}&-]{1,11}\)\s+$/u;
const OCCASION_YEAR = /(?<![\p{L}\p{N}/.\-–])(?:năm\s+)?((?:19|20)\d\d)(?![\p{N}/]|\.\d)/gu;

// "reviewing cooperation in 2024", "reviewed the implementation of the agreement in 2023": a review of a year, the year after "in"
// (not a period's first year, "in 2021-2025").
const REVIEWED_YEAR_EN = /\breview(?:ing|ed|s)?\s+(?:[\w'’-]+\s+){0,6}?in\s+((?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)/i;

/** Year evidence of `sentences`; `memo`, when given, is the reading's memo of their mentions (its language is theirs). */
export function collectYearEvidence(sentences: { text: string }[], language: Language = 'vi', memo?: MentionMemo): YearEvidence[] {
	const out: YearEvidence[] = [];
	for (const sentence of sentences) {
		const text = sentence.text;
		const mentions = memo ? memo.of(sentence) : timeMentionsOf(sentence, language);
		const covered: [number, number][] = [];
		let season: string | null;
		// What the sentence says as a whole (RECALLED, RESULTS): asked at the first mention that needs it, not at each.
		let recalled: boolean | undefined, results: boolean | undefined;
		for (const m of mentions) {
			covered.push([m.start, m.end]);
			if (m.untilNow && m.year) out.push({ kind: 'since', year: m.year, month: m.month, text: m.text });
			else if (m.shape === 'period' && m.year && m.endYear) {
				if (ANNIVERSARY.test(text)) out.push({ kind: 'anniversary', year: m.endYear, text: m.text });
				else if ((season = currentSeason(text, m))) out.push({ kind: 'season', year: m.year, endYear: m.endYear, text: season });
				else out.push({ kind: 'period', year: m.year, endYear: m.endYear, text: m.text });
			} else if (m.shape === 'span' && m.endYear && m.year && m.endYear > m.year && (ANNIVERSARY.test(text) || anniversarySpan(text, m))) {
				out.push({ kind: 'anniversary', year: m.endYear, text: m.text });
			} else if ((m.shape === 'day' || m.shape === 'span') && m.year && !(recalled ??= RECALLED.test(text))) {
				out.push({ kind: 'explicit', year: m.year, month: m.month, text: m.text });
				// A span over the new year ("từ 28/12/2024 đến 3/1/2025") is of both its years, not of its first alone.
				if (m.shape === 'span' && m.endYear && m.endYear > m.year) out.push({ kind: 'explicit', year: m.endYear, month: m.endMonth, text: m.text });
			}
			// (The short look after the year first: planned reads all the sentence before it, and is asked only when needed.)
			else if (m.shape === 'year' && m.year && estimated(text, m.end) && !planned(text, m.start)) out.push({ kind: 'estimate', year: m.year, text: m.text });
			else if (m.shape === 'year' && m.year && (results ??= RESULTS.test(text)) && !planned(text, m.start)) out.push({ kind: 'completed', year: m.year, text: m.text });
			// "chào mừng Tháng Thanh niên năm 2026", "Lễ hội Hoa Ban năm 2026": the year of a recurring occasion, named.
			else if (m.shape === 'year' && m.year && OCCASION_NAME.test(text.slice(Math.max(0, m.start - 80), m.start))) out.push({ kind: TO_COME.test(text) ? 'upcoming' : 'named', year: m.year, text: (m.start > 40 ? text.slice(m.start - 40, m.end).replace(/^\S*\s+/u, '') : text.slice(0, m.end)).trim() });
			else if (m.shape === 'vague' && m.year && !m.relation) out.push({ kind: 'partial', year: m.year, month: m.month, text: m.text });
			// "vào sáng thứ Ba (7/1)" on a page with no stamp: 7 January is a Tuesday in 2020, not in 2016.
			else if (m.shape === 'day' && m.weekday !== undefined && m.year === undefined && m.day && m.month && !m.lunar && !m.relation) out.push({ kind: 'weekday', year: 0, month: m.month, day: m.day, weekday: m.weekday, text: m.text });
		}
		// "Hoạt động nằm trong Kế hoạch hợp tác năm 2026 giữa …", "Thực hiện Chương trình hợp tác năm 2025, …": what is done
		// under a year's plan is done in that year (a plan named alone, "Kế hoạch năm 2026", is the next one: FUTURE_FRAME).
		// A year in range opens with "19" or "20" (UNDER_PLAN's "(?:19|20)\d\d" and NAMED_YEAR's both): most sentences
		// have neither and skip both scans.
		const years = text.includes('19') || text.includes('20');
		if (years && text.includes('năm')) {
			const m = UNDER_PLAN.exec(text);
			if (m) out.push({ kind: 'named', year: Number(m[1]), text: m[0] });
		}
		// A meeting that reviews a year, in English ("to attend the sixth meeting reviewing cooperation in 2024", "a conference
		// to review the year's cooperation in 2023"), as "Hội nghị tổng kết hợp tác năm 2024" is: that year's results, reported.
		if (years && text.includes('review')) {
			const m = REVIEWED_YEAR_EN.exec(text);
			if (m && !covered.some(([s, e]) => m.index + m[0].length - 4 >= s && m.index + m[0].length - 4 < e)) out.push({ kind: 'completed', year: Number(m[1]), text: m[0] });
		}
		// Named: a year closing a capitalised name ("Hà Nội-Vientiane 2024", "Năm Du lịch quốc gia Lào 2024").
		if (!years) continue;
		// Whether the sentence tells of something to come: asked once, not at each year it names.
		let toCome: boolean | undefined;
		const re = NAMED_YEAR;
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			// Inside a date, a "năm 2024" or a period already counted above.
			if (covered.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
			const before = text.slice(Math.max(0, m.index - 80), m.index);
			if (endsWith(NOT_NAME_AT, NOT_NAME, text, m.index, before) || endsWith(FUTURE_FRAME_AT, FUTURE_FRAME, text, m.index, before)) continue;
			// The name: up to six words before the year, at least one of them capitalised
			// (other than the sentence's first word) and no clause break in between.
			// (A short name in brackets between the name and its year is read past: "Fireworks Festival (DIFF) 2024".)
			const short = before.endsWith(') ') ? SHORT_NAME.exec(before) : null;
			const at = short ? m.index - short[0].length + 1 : m.index;
			const named = short ? text.slice(Math.max(0, at - 80), at) : before;
			const phrase = phraseBefore(text, at, named);
			const words = phrase.trim().split(/\s+/);
			const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
			const startsSentence = named.trim().length === phrase.trim().length;
			if (capitalised.length >= (startsSentence ? 2 : 1)) out.push({ kind: (toCome ??= TO_COME.test(text)) ? 'upcoming' : 'named', year: Number(m[1]), text: `${phrase}${m[1]}`.trim() });
		}
	}
	return seasonSteps(out);
}

// A season that runs over the new year, by its name just before its two years: the dry season the search teams work in
// (October to May), the rainy one, a school year, a crop's year, a sports season ("mùa khô 2023 - 2024", "năm học 2024-2025",
// "niên vụ 2023-2024", "vụ Đông Xuân 2023 - 2024", "mùa giải 2023-2024"). A term ("giai đoạn 2021-2025") is no season.
const SEASON_NAME = /(?<![\p{L}])(?:mùa\s+(?:khô|mưa|giải)|năm\s+học|niên\s+(?:vụ|học)|vụ\s+[Đđ]ông\s*[-–]?\s*[Xx]uân|dry\s+season|rainy\s+season|academic\s+year|school\s+year)(?:\s+năm)?\s*$/iu;
// The autumn months a season of two years begins in (a dry season in October, a school year in September): the first year's.
const SEASON_AUTUMN = 8;

/*
 * The season the period `m` of `text` names ("mùa khô 2023 - 2024") when it is told as the current one: two years in a row
 * after a season's name, not the season a plan is for ("kế hoạch tìm kiếm, quy tập … mùa khô 2024 - 2025" is the next
 * one, written in this one) nor one still to come ("sẽ … trong mùa khô 2024 - 2025"); null otherwise.
 */
function currentSeason(text: string, m: TimeMention): string | null {
	if (m.endYear !== m.year! + 1) return null;
	const name = SEASON_NAME.exec(text.slice(Math.max(0, m.start - 30), m.start));
	if (!name || planned(text, m.start) || TO_COME.test(text.slice(0, m.start))) return null;
	return `${name[0]}${m.text}`;
}

/*
 * A full date in the autumn a current season began ("Sau lễ xuất quân ngày 10/10/2023" beside "mùa khô 2023 - 2024") is a
 * step of that season told in the past: it dates the season's start, not the page's yearless days, which fall in the
 * season's spring when they are of spring — "15/3" after "10/10/2023" in the season 2023 - 2024 is 15 March 2024. (The
 * season alone says no more than a period: a page of December 2023 may name "năm học 2023 - 2024" and recall "tháng 3 vừa
 * qua".)
 */
function seasonSteps(out: YearEvidence[]): YearEvidence[] {
	const seasons = out.filter((e) => e.kind === 'season');
	if (!seasons.length) return out;
	return out.map((e) => {
		if (e.kind !== 'explicit' || e.month === undefined || e.month < SEASON_AUTUMN) return e;
		const s = seasons.find((x) => x.year === e.year);
		return s ? { kind: 'step', year: s.year, endYear: s.endYear, text: `${e.text}”, “${s.text}` } : e;
	});
}
/** The year of a season's months: its first year for the autumn's, its second for the rest. */
const seasonYear = (e: YearEvidence, month: number) => (month >= SEASON_AUTUMN ? e.year : e.endYear!);

/**
 * Best year for an event in `month` (1–12, optional) given the evidence; null when there is none.
 * Weights: explicit 2, named 1.5, anniversary 1.5, completed → the next year 1 (later years 0.3,
 * that year or earlier −2), since → not before it (−2), period → inside +0.3, outside −0.5, estimate → that year 1
 * (the next 0.3, others −2).
 */
export function decideYear(evidence: YearEvidence[], month?: number): YearDecision | null {
	if (!evidence.length) return null;
	// The years named, in a loop rather than a flatMap of pairs and two spreads (the same Math.min/max). (A weekday names none:
	// it only weighs the years the rest name.)
	let lo = Infinity, hi = -Infinity;
	for (const e of evidence) {
		if (e.kind === 'weekday') continue;
		lo = Math.min(lo, e.year, e.endYear ?? e.year);
		hi = Math.max(hi, e.year, e.endYear ?? e.year);
	}
	lo -= 1;
	hi += 1;
	let best: { year: number; score: number; top: YearEvidence | null } | null = null;
	for (let y = lo; y <= hi; y++) {
		let score = 0;
		let top: YearEvidence | null = null;
		let topWeight = 0;
		// Weights added inline, not through a closure made per year (tsx's keepNames makes each a defineProperty).
		for (const e of evidence) {
			const w = weight(e, y, month);
			if (w === null) continue;
			score += w;
			if (w > topWeight) (topWeight = w), (top = e);
		}
		if (!best || score > best.score) best = { year: y, score, top };
	}
	if (!best || best.score <= 0) return null;
	const top = best.top as YearEvidence | null;
	const kind = top?.kind ?? 'period';
	const confidence = kind === 'explicit' ? 0.85 : kind === 'named' || kind === 'anniversary' || kind === 'step' ? 0.75 : kind === 'completed' || kind === 'partial' || kind === 'estimate' || kind === 'upcoming' || kind === 'weekday' ? 0.6 : 0.35;
	const how = top ? note(`${describe[kind].vi} “${top.text}”`, `${describe[kind].en} “${top.text}”`) : note('dấu hiệu yếu trong bài', 'weak evidence in the text');
	return { year: best.year, confidence, how };
}

/** The first month of a year's end, when that year's review may already be held. */
const LATE_MONTHS = 11;

/** What `e` adds to the score of year `y` for an event in `month`; null when it says nothing of `y`. */
function weight(e: YearEvidence, y: number, month: number | undefined): number | null {
	switch (e.kind) {
		case 'explicit': return e.year === y ? 2 : null;
		case 'named':
		case 'anniversary': return e.year === y ? 1.5 : null;
		// A year's results are reported from its last months on ("Hội nghị tổng kết năm 2024" held in December 2024 or in January
		// 2025): a happening of November or December on such a page is of the year reviewed, or a year on at most; one of any
		// other month is of the year after.
		case 'completed':
			if (month !== undefined && month >= LATE_MONTHS) return y === e.year ? 1 : y === e.year + 1 ? 0.3 : -2;
			return y === e.year + 1 ? 1 : y > e.year + 1 ? 0.3 : -2;
		case 'since': {
			const before = y < e.year || (y === e.year && month !== undefined && e.month !== undefined && month < e.month);
			return before ? -2 : 0.2;
		}
		case 'period': return y >= e.year && y <= (e.endYear ?? e.year) ? 0.3 : -0.5;
		case 'partial': return y === e.year ? 1.5 : y === e.year + 1 ? 0.3 : -2;
		case 'estimate': return y === e.year ? 1 : y === e.year + 1 ? 0.3 : -2;
		// Still to come in the year named: told that year or the one before, not after it.
		case 'upcoming': return y === e.year ? 1 : y === e.year - 1 ? 0.5 : y > e.year ? -1.5 : null;
		case 'season': return y >= e.year && y <= e.endYear! ? 0.3 : -0.5;
		// A season's dated step: as a full date, of the year the event's month has in that season.
		case 'step': return y === (month === undefined ? e.year : seasonYear(e, month)) ? 2 : null;
		case 'weekday': return isValid(y, e.month!, e.day!) && weekday({ year: y, month: e.month!, day: e.day! }) === e.weekday ? 1 : -1;
	}
	return null;
}

const describe: Record<YearEvidence['kind'], Note> = {
	explicit: note('một ngày tháng năm đầy đủ trong bài,', 'a full date in the article,'),
	named: note('năm trong tên một sự kiện trong bài,', 'the year in a name in the article,'),
	anniversary: note('dịp kỷ niệm trong bài,', 'the anniversary in the article,'),
	completed: note('bài tổng kết một năm đã qua,', 'the article reports a finished year,'),
	since: note('bài viết sau mốc', 'the article is later than'),
	period: note('bài viết nằm trong giai đoạn', 'the article falls within'),
	partial: note('bài tổng kết một phần của năm,', 'the article reviews part of the year,'),
	estimate: note('số liệu ước tính của năm trong bài,', 'the year\'s estimated figures in the article,'),
	upcoming: note('năm của việc sắp tới được nêu trong bài,', 'the year of what is still to come in the article,'),
	weekday: note('thứ trong tuần khớp với ngày ghi trong bài,', 'the weekday that fits the day in the article,'),
	season: note('bài viết nằm trong mùa', 'the article falls within the season'),
	step: note('một mốc đã qua của mùa đang diễn ra trong bài,', 'a past step of the season under way in the article,')
};
