/**
 * Resolution: a mention plus what the article knows → an interval of days, how it was reached
 * and how sure we are. What "now" is matters more than anything:
 *  - the page's publication stamp, when it has one;
 *  - otherwise the narrative now: the date of the event last told in the same article
 *    (so "ngày mai (12/3)" after "chiều ngày 11/3" is the 12th, even with no stamp).
 * Anaphoric expressions ("cùng ngày", "hôm sau") always count from the event just told, never
 * from the publication date. A day and month without a year take the year nearest to "now"
 * (in the direction the tense allows), or, with no "now", the year the article's evidence gives.
 */
import type { Dating, Granularity, PartOfDay } from '../../timeline/schema';
import { addDays, dayDiff, daysInMonth, iso, isValid, parseIso, weekday } from './calendar';
import type { YearDecision } from './year-evidence';
import type { DayInterval } from '../types';
import { cat, note, type Note } from './note';
import { lunarToSolar } from './lunar';
import type { TimeMention, YMD } from './types';

export interface Reference {
	date: YMD;
	dating: Dating;
	confidence: number;
	/** The moment of writing ("stamp"; "dateline", a wire's dateline read as the stamp of a page with none) or the day of an
	 * event told before ("narrative"): for notes, and for the label of a year taken from it. */
	how: 'stamp' | 'dateline' | 'narrative';
	/** A day of the week the page reports on, when it names a week of its own that ended before it was written (a weekly digest
	 * "tuần từ 10 đến 16/6" stamped Monday 17/6): its "tuần này", "tuần qua", "tuần tới" count from that week (ownWeek, events.ts). */
	weekOf?: YMD;
	/** The year a year-end review is about, named in its title or lead ("Nhìn lại năm 2019: 10 sự kiện …" stamped 28/12/2019 or
	 * early in 2020): what it recalls happened in that year, so its yearless days are of it (ownYear, events.ts; chooseYear). */
	yearOf?: number;
}

/** A publication stamp ("2024-06-14" or "2024-06-14T16:40:00+07:00") as the reference the page's relative days count from. */
export function stampReference(published: string): Reference {
	return { date: parseIso(published.slice(0, 10)), dating: 'publication', confidence: 0.9, how: 'stamp' };
}
/** The stamp's hour, when it gives a time ("sáng nay" on a page stamped at 08:00 is already past or under way). */
export const stampHourOf = (published: string): number | null => (published.length > 13 ? Number(published.slice(11, 13)) : null);

export interface Resolved extends DayInterval {
	/** How the date was reached, in words, in both languages. */
	note: Note;
	/** Set when two readings of the same words disagree (e.g. "ngày mai (12/3)" where tomorrow is the 13th). */
	conflict?: string;
}

export interface ResolveContext {
	now: Reference | null;
	anchor: Resolved | null;
	year: YearDecision | null;
	/** The event is announced, not reported: prefer the future for a yearless date. */
	planned?: boolean;
	/** The sentence tells it as done ("đã", "vừa", "Hồi tháng 4, …"): a yearless date is not long after the writing. */
	done?: boolean;
}

/** How far past its stamp a page may tell a day as done: a page is stamped a little before or after its last day is told. */
const DONE_AHEAD_DAYS = 7;

/** How many days "vài ngày tới" reaches past the day of writing. */
const SOON_DAYS = 3;

const out = (start: YMD, end: YMD, granularity: Granularity, partOfDay: PartOfDay | null, dating: Dating, confidence: number, note: Note): Resolved => ({
	start: iso(start), end: iso(end), granularity, partOfDay, dating, confidence: Math.round(confidence * 100) / 100, note
});

interface YearChoice {
	year: number;
	dating: Dating;
	confidence: number;
	note: Note;
}

/** The day `day`/`month` of `year`, or its month's last if the month is shorter ("29/2" in a common year). */
const solarIn = (year: number, month: number, day: number): YMD | null => {
	const d = { year, month, day: Math.min(day, daysInMonth(year, month)) };
	return isValid(d.year, d.month, d.day) ? d : null;
};

/**
 * The year for a day/month written without one. `dateIn` gives the solar day it is in a year: the same day and
 * month, or for a lunar date ("mùng 5 Tết") the day it falls on in that lunar year.
 */
export function chooseYear(month: number, day: number, ctx: ResolveContext, tense?: 'past' | 'future', dateIn: (year: number) => YMD | null = (year) => solarIn(year, month, day)): YearChoice | null {
	const now = ctx.now;
	// A review's yearless day is of the year it looks back on ("Hồi tháng 4" in "Nhìn lại năm 2019" written on 28/12/2019 is
	// not April 2020); a plan it announces is not ("sẽ … vào tháng 3" looks ahead of the review).
	if (now?.yearOf !== undefined && tense !== 'future' && !ctx.planned) {
		const d = dateIn(now.yearOf);
		if (d && d.year === now.yearOf && dayDiff(d, now.date) <= 0) return { year: now.yearOf, dating: 'inferred', confidence: now.confidence * 0.95, note: note(`năm ${now.yearOf}, năm bài viết điểm lại`, `year ${now.yearOf}, the year the page reviews`) };
	}
	if (now) {
		let best: { year: number; diff: number } | null = null;
		for (const year of [now.date.year - 1, now.date.year, now.date.year + 1]) {
			const d = dateIn(year);
			if (!d) continue;
			const diff = dayDiff(d, now.date);
			if (tense === 'past' && diff > 0) continue;
			if (tense === 'future' && diff < 0) continue;
			// Told as done ("Hồi tháng 4, Đoàn … thăm …" written in December): months ahead of the writing it cannot be.
			if (ctx.done && !ctx.planned && tense !== 'future' && diff > DONE_AHEAD_DAYS) continue;
			// News reports the recent past and announces the near future; a planned event leans forward.
			const cost = Math.abs(diff) * (diff > 0 && !ctx.planned && tense !== 'future' ? 1.5 : 1);
			if (!best || cost < Math.abs(best.diff) * (best.diff > 0 && !ctx.planned && tense !== 'future' ? 1.5 : 1)) best = { year, diff };
		}
		if (!best) return null;
		const from = now.how === 'stamp' ? note('dấu thời gian đăng bài', "the page's publication stamp") : now.how === 'dateline' ? note('dòng ngày tháng của bản tin', "the wire's dateline") : note('sự kiện được kể trước đó trong bài', 'the event told before it in the article');
		return {
			year: best.year,
			// A dateline's own year came from the page's evidence: its label stays that of its day ("inferred"), not "publication".
			dating: now.how === 'stamp' ? 'publication' : now.dating,
			confidence: now.confidence * (now.how === 'narrative' ? 0.97 : 1),
			note: note(`năm ${best.year} theo ${from.vi} (${iso(now.date)})`, `year ${best.year} from ${from.en} (${iso(now.date)})`)
		};
	}
	// The evidence names a solar year: the lunar year whose day falls in it ("29 Tết" of 2025 is the twelfth month of lunar 2024).
	const y = ctx.year && ([ctx.year.year, ctx.year.year - 1, ctx.year.year + 1].find((c) => dateIn(c)?.year === ctx.year!.year) ?? ctx.year.year);
	if (ctx.year) return { year: y!, dating: 'inferred', confidence: ctx.year.confidence, note: note(`năm ${ctx.year.year} suy ra từ ${ctx.year.how.vi}`, `year ${ctx.year.year} inferred from ${ctx.year.how.en}`) };
	return null;
}

export function resolveMention(m: TimeMention, ctx: ResolveContext): Resolved | null {
	if (m.relation === 'anaphoric') return resolveAnaphoric(m, ctx);
	if (m.relation === 'deictic') return resolveDeictic(m, ctx);
	return resolveAbsolute(m, ctx);
}

function resolveAnaphoric(m: TimeMention, ctx: ResolveContext): Resolved | null {
	const a = ctx.anchor;
	// "Talks were held on the 20th": that day of the month of the day just told, or of the writing (the last such day by then).
	if (m.dayOfMonth) {
		const ref = a ? parseIso(a.start) : ctx.now?.date;
		if (!ref) return null;
		let { year, month } = ref;
		if (!a && m.dayOfMonth > ref.day) month === 1 ? ((month = 12), year--) : month--;
		if (!isValid(year, month, m.dayOfMonth)) return null;
		const d = { year, month, day: m.dayOfMonth };
		const dating: Dating = a ? (a.dating === 'explicit' || a.dating === 'publication' ? 'relative' : a.dating) : ctx.now!.dating === 'inferred' ? 'inferred' : 'relative';
		return out(d, d, 'day', m.partOfDay, dating, (a?.confidence ?? ctx.now!.confidence) * 0.85, note(`“${m.text}”: ngày ${m.dayOfMonth} của tháng đang kể (${iso(ref)})`, `“${m.text}”: the ${m.dayOfMonth}th of the month told (${iso(ref)})`));
	}
	// "Cũng trong tuần": Monday to Sunday of the week of the event told before it.
	// "Trong tuần, tỉnh … đã đón tiếp hai đoàn …" opening a round-up, nothing told before it: the week of the writing, up to it.
	if (!a && m.unit === 'week' && m.offset === 0 && ctx.now) {
		const week = resolveDeictic({ ...m, relation: 'deictic' }, ctx);
		return week && week.end > iso(ctx.now.date) ? { ...week, end: iso(ctx.now.date) } : week;
	}
	if (a && m.unit === 'week' && m.offset === 0) {
		const day = parseIso(a.start);
		const monday = addDays(day, -((weekday(day) + 6) % 7));
		return out(monday, addDays(monday, 6), 'span', null, a.dating === 'explicit' || a.dating === 'publication' ? 'relative' : a.dating, a.confidence * 0.8, note(`“${m.text}”: tuần của sự kiện được kể ngay trước (${a.start})`, `“${m.text}”: the week of the event told before it (${a.start})`));
	}
	if (a && m.sameSpan) return out(parseIso(a.start), parseIso(a.end), a.start === a.end ? 'day' : 'span', null, a.dating === 'explicit' || a.dating === 'publication' ? 'relative' : a.dating, a.confidence * 0.9, note(`“${m.text}”: cùng những ngày của sự kiện được kể ngay trước (${a.start}–${a.end})`, `“${m.text}”: the same days as the event told before it (${a.start}–${a.end})`));
	if (!a || m.shape !== 'day' || m.offset === undefined) return null;
	const base = parseIso(a.start);
	const d = addDays(base, m.offset);
	const what = m.offset === 0 ? note('cùng ngày với', 'the same day as') : m.offset === 1 ? note('ngày hôm sau', 'the day after') : note(`cách ${m.offset} ngày so với`, `${m.offset} day(s) from`);
	// ("Ngay sau hội đàm, …": no time between, so the talks' part of the day, "chiều", unless one is said.)
	const part = m.partOfDay ?? (m.rightAfter && m.offset === 0 ? a.partOfDay : null);
	return out(d, d, 'day', part, a.dating === 'explicit' ? 'relative' : a.dating === 'publication' ? 'relative' : a.dating, a.confidence * 0.95, note(`“${m.text}”: ${what.vi} sự kiện được kể ngay trước (${a.start})`, `“${m.text}”: ${what.en} the event told before it (${a.start})`));
}

/** The note of a mention counted from `from` (the page's stamp or the event told before), on `day`. */
function countedFrom(text: string, from: Note, day: YMD, extra: Note = note('', '')): Note {
	return note(`“${text}” tính từ ${from.vi} (${iso(day)})${extra.vi}`, `“${text}” counted from ${from.en} (${iso(day)})${extra.en}`);
}

function resolveDeictic(m: TimeMention, ctx: ResolveContext): Resolved | null {
	const now = ctx.now;
	// No moment of writing, but the writer bracketed the day ("Hôm nay (27/3)"): the bracket is a
	// day and month like any other, dated with the year the article's evidence gives.
	if (!now && m.day && m.month) return resolveAbsolute({ ...m, relation: undefined, offset: undefined, unit: undefined, shape: 'day' }, ctx);
	if (!now) return null;
	const conf = now.confidence * (now.how === 'narrative' ? 0.85 : 0.95);
	const dating: Dating = now.dating === 'inferred' ? 'inferred' : 'relative';
	const from = now.how === 'stamp' ? note('ngày đăng bài', 'the publication date') : now.how === 'dateline' ? note('ngày ghi ở dòng đầu bản tin', "the wire's dateline") : note('ngày của sự kiện được kể trước đó', 'the date of the event told before it');
	if (m.recent) return out(addDays(now.date, -7), addDays(now.date, -1), 'span', null, dating, conf * 0.6, countedFrom(m.text, from, now.date, note(': một ngày trong tuần trước đó', ': some day of the week before')));
	// "Trong vài ngày tới": from the day of writing to three days on (a few; a stay told around it may end sooner, events.ts).
	if (m.soon) return out(now.date, addDays(now.date, SOON_DAYS), 'span', null, dating, conf * 0.6, countedFrom(m.text, from, now.date, note(': vài ngày tới', ': the next few days')));
	if (m.pastDays && m.offset !== undefined) return out(addDays(now.date, m.offset + 1), now.date, 'span', null, dating, conf * 0.8, countedFrom(m.text, from, now.date));
	if (m.unit === 'day' && m.offset !== undefined) {
		const d = addDays(now.date, m.offset);
		const r = out(d, d, 'day', m.partOfDay, dating, conf, countedFrom(m.text, from, now.date));
		if (m.day && m.month) {
			// The bracketed date is what the writer checked; the relative word is what they said.
			const stated = m.year ?? chooseYear(m.month, m.day, ctx)?.year ?? d.year;
			if (isValid(stated, m.month, m.day)) {
				const s = { year: stated, month: m.month, day: m.day };
				if (dayDiff(s, d) !== 0) {
					const r2 = out(s, s, 'day', m.partOfDay, dating, conf * 0.8, note(`ngày ghi trong ngoặc ở “${m.text}”`, `the bracketed date in “${m.text}”`));
					r2.conflict = `“${m.text}”: the relative word gives ${iso(d)}, the bracket ${iso(s)}; the bracket is kept`;
					return r2;
				}
				r.confidence = Math.min(1, Math.round((conf + 0.05) * 100) / 100);
				r.note = cat(r.note, note('và khớp với ngày ghi trong ngoặc', 'and the bracketed date agrees'), ', ');
			}
		}
		return r;
	}
	if (m.weekday !== undefined && m.unit === undefined) {
		const diff = (m.weekday - weekday(now.date) + 7) % 7;
		// A bare weekday is the nearest one before now, unless the event is announced ("sẽ", "will"):
		// then it is the nearest one from now on.
		// "Last Tuesday", "thứ Ba vừa qua" written on a Tuesday is a week back, not today.
		const offset = m.tense === 'future' ? diff || 7 : m.tense !== 'past' && ctx.planned ? diff : diff === 0 ? (m.tense === 'past' ? -7 : 0) : diff - 7;
		const d = addDays(now.date, offset);
		// "from Monday to Wednesday": from that day to the next such last weekday.
		if (m.endWeekday !== undefined) return out(d, addDays(d, (m.endWeekday - m.weekday + 7) % 7), 'span', null, dating, conf * 0.9, countedFrom(m.text, from, now.date));
		return out(d, d, 'day', m.partOfDay, dating, conf * 0.9, note(`“${m.text}”: thứ gần nhất ${offset > 0 ? 'sau' : 'trước'} ${from.vi} (${iso(now.date)})`, `“${m.text}”: the nearest such weekday ${offset > 0 ? 'after' : 'before'} ${from.en} (${iso(now.date)})`));
	}
	if (m.unit === 'week' && m.offset !== undefined) {
		// "Tuần qua" written on a Saturday or a Sunday is the week now ending (a weekly round-up's "the past week"), on a
		// weekday the one before ("tuần trước" is the one before whatever the day).
		// "Suốt tuần qua, Đoàn đã khảo sát …" on a Friday: the seven days up to the writing, not the calendar week before.
		if (m.through) return out(addDays(now.date, -7), addDays(now.date, -1), 'span', null, dating, conf * 0.8, countedFrom(m.text, from, now.date, note(': bảy ngày trước đó', ': the seven days before')));
		// A digest's weeks count from the week it reports on, not from the day it came out (Reference.weekOf).
		// ("Earlier this week", "later this week" are the writer's own week still.)
		const base = now.weekOf && m.partOfWeek !== 'sofar' && m.partOfWeek !== 'rest' ? now.weekOf : now.date;
		const offset = m.passing && (weekday(base) === 6 || weekday(base) === 0) ? 0 : m.offset;
		const monday = addDays(base, -((weekday(base) + 6) % 7) + 7 * offset);
		if (m.weekday !== undefined) {
			const d = addDays(monday, (m.weekday + 6) % 7);
			// "từ thứ Hai đến hết thứ Tư tuần trước": those days of that week.
			if (m.endWeekday !== undefined) return out(d, addDays(monday, (m.endWeekday + 6) % 7 < (m.weekday + 6) % 7 ? (m.endWeekday + 6) % 7 + 7 : (m.endWeekday + 6) % 7), 'span', null, dating, conf * 0.9, countedFrom(m.text, from, now.date));
			return out(d, d, 'day', m.partOfDay, dating, conf * 0.9, countedFrom(m.text, from, now.date));
		}
		if (m.partOfWeek === 'sofar') return out(monday, dayDiff(now.date, monday) > 0 ? addDays(now.date, -1) : monday, 'span', m.partOfDay, dating, conf * 0.85, countedFrom(m.text, from, now.date));
		// ("later this week": after the writing's day, unless that is the week's last.)
		if (m.partOfWeek === 'rest') return out(dayDiff(addDays(monday, 6), now.date) > 0 ? addDays(now.date, 1) : now.date, addDays(monday, 6), 'span', m.partOfDay, dating, conf * 0.85, countedFrom(m.text, from, now.date, note(': phần còn lại của tuần', ': the rest of the week')));
		if (m.partOfWeek) return out(addDays(monday, m.partOfWeek === 'early' ? 0 : 5), addDays(monday, m.partOfWeek === 'early' ? 1 : 6), 'span', m.partOfDay, dating, conf * 0.85, countedFrom(m.text, from, now.date));
		// A plan for "trong tuần này" ("Đoàn … dự kiến làm việc với tỉnh … trong tuần này" on a Friday) lies in what is left of the week.
		if (offset === 0 && ctx.planned && now.how !== 'narrative' && !now.weekOf) return out(now.date, addDays(monday, 6), 'span', m.partOfDay, dating, conf * 0.85, countedFrom(m.text, from, now.date, note(': phần còn lại của tuần', ': the rest of the week')));
		return out(monday, addDays(monday, 6), 'span', m.partOfDay, dating, conf * 0.9, countedFrom(m.text, from, now.date));
	}
	if (m.unit === 'month' && m.offset !== undefined) {
		const total = now.date.year * 12 + (now.date.month - 1) + m.offset;
		const year = Math.floor(total / 12), month = (total % 12) + 1;
		if (m.partOfMonth) return partOfMonth(year, month, m.partOfMonth, dating, conf * 0.9, countedFrom(m.text, from, now.date));
		// "Earlier this month": its first day up to the day before the writing (on the 1st, the 1st itself).
		if (m.monthSoFar) return out({ year, month, day: 1 }, now.date.day > 1 ? addDays(now.date, -1) : now.date, 'part_of_month', null, dating, conf * 0.85, countedFrom(m.text, from, now.date));
		return out({ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, 'month', null, dating, conf * 0.9, countedFrom(m.text, from, now.date));
	}
	if (m.unit === 'year' && m.offset !== undefined) {
		const year = now.date.year + m.offset;
		if (m.yearRest) return out(now.date, { year, month: 12, day: 31 }, 'span', null, dating, conf * 0.85, countedFrom(m.text, from, now.date, note(': đến cuối năm', ': to the end of the year')));
		return out({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, 'year', null, dating, conf * 0.9, countedFrom(m.text, from, now.date));
	}
	return null;
}

function partOfMonth(year: number, month: number, part: 'early' | 'mid' | 'late', dating: Dating, confidence: number, why: Note): Resolved {
	// Vietnamese thirds of a month: đầu (1–10), giữa/trung tuần (11–20), cuối/hạ tuần (21–end).
	const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(year, month)];
	return out({ year, month, day: a }, { year, month, day: b }, 'part_of_month', null, dating, confidence, why);
}

function resolveAbsolute(m: TimeMention, ctx: ResolveContext): Resolved | null {
	if (m.shape === 'period' || m.shape === 'vague' || m.untilNow) return null;
	const month = m.month ?? 1;
	const day = m.day ?? 1;
	let year = m.year, dating: Dating = 'explicit', confidence = 0.95, why = note(`ghi rõ “${m.text}”`, `stated as “${m.text}”`);
	// "Tháng 12 năm ngoái": the year before the moment of writing.
	if (year === undefined && m.yearOffset !== undefined && ctx.now) {
		year = ctx.now.date.year + m.yearOffset;
		dating = 'relative';
		confidence = Math.min(0.85, ctx.now.confidence);
		why = note(`“${m.text}”, tính từ ${iso(ctx.now.date)}`, `“${m.text}”, counted from ${iso(ctx.now.date)}`);
	}
	// With no moment of writing, "năm sau" counts from the year the story is in (the day just told, or the article's year).
	if (year === undefined && m.yearOffset !== undefined && !ctx.now) {
		const from = ctx.anchor ? Number(ctx.anchor.start.slice(0, 4)) : ctx.year?.year;
		if (from) {
			year = from + m.yearOffset;
			dating = 'relative';
			confidence = Math.min(0.7, ctx.anchor?.confidence ?? ctx.year?.confidence ?? 0.7);
			why = note(`“${m.text}”, tính từ năm ${from}`, `“${m.text}”, counted from ${from}`);
		}
	}
	if (year === undefined && m.shape !== 'year') {
		// A feast to come is the next one: "… nhận lời sang dự Rằm tháng Giêng" half a year after the last is the coming one.
		const tense = m.tense ?? (m.lunar && ctx.planned ? 'future' : undefined);
		const c = chooseYear(month, m.shape === 'day' || m.shape === 'span' ? day : 15, ctx, tense, m.lunar ? (y) => lunarToSolar(y, month, day) : undefined);
		if (!c) return null;
		({ year, dating, confidence } = c);
		why = cat(note(`“${m.text}”`, `“${m.text}”`), c.note, ', ');
	}
	if (year === undefined) return null;
	switch (m.shape) {
		case 'day': {
			const d = m.lunar ? lunarToSolar(year, month, day) : isValid(year, month, day) ? { year, month, day } : null;
			if (!d) return null;
			if (m.lunar) why = cat(why, note(`âm lịch: ngày ${iso(d)}`, `lunar calendar: ${iso(d)}`), '; ');
			if (m.weekday !== undefined && weekday(d) !== m.weekday) {
				confidence *= 0.6;
				why = cat(why, note('thứ ghi trong bài không khớp với ngày này', 'the weekday written does not match this date'), '; ');
			}
			return out(d, d, 'day', m.partOfDay, dating, confidence, why);
		}
		case 'span': {
			const endMonth = m.endMonth ?? month;
			const endYear = m.endYear ?? (endMonth < month ? year + 1 : year);
			const endDay = m.endDay ?? day;
			// Lunar days of one lunar year ("mùng 6 và mùng 7 Tết"): each its solar day.
			if (m.lunar) {
				const s = lunarToSolar(year, month, day), e = lunarToSolar(endYear, endMonth, endDay);
				return s && e && dayDiff(e, s) >= 0 ? out(s, e, 'span', m.partOfDay, dating, confidence, cat(why, note(`âm lịch: ${iso(s)} – ${iso(e)}`, `lunar calendar: ${iso(s)} – ${iso(e)}`), '; ')) : null;
			}
			if (!isValid(year, month, day) || !isValid(endYear, endMonth, endDay)) return null;
			const s = { year, month, day }, e = { year: endYear, month: endMonth, day: endDay };
			if (dayDiff(e, s) < 0) return null;
			return out(s, e, 'span', m.partOfDay, dating, confidence, why);
		}
		case 'part_of_month':
			return partOfMonth(year, month, m.partOfMonth ?? 'mid', dating, confidence * 0.9, why);
		case 'month': {
			// A quarter is its months (quarter.ts): the span from the first's first day to the last's last.
			const last = m.endMonth ?? month;
			return out({ year, month, day: 1 }, { year, month: last, day: daysInMonth(year, last) }, last === month ? 'month' : 'span', null, dating, confidence * 0.9, why);
		}
		case 'year': {
			// "vào thời gian thích hợp trong năm 2022", said on 26/5/2022: from then to the year's end.
			const now = ctx.now?.date;
			if (ctx.planned && now && now.year === year) return out(now, { year, month: 12, day: 31 }, 'span', null, dating, confidence * 0.8, cat(why, note(`sau ${iso(now)}`, `after ${iso(now)}`), ', '));
			return out({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, 'year', null, dating, confidence * 0.9, why);
		}
	}
	return null;
}
