/**
 * English dates, for the English pages in the corpus. chrono-node's English parser is mature
 * for written-out dates ("March 12", "12 March 2024", "Tuesday, March 12"), so it does those;
 * relative words are read here instead, because resolution (resolve.ts) must decide what they
 * count from — chrono would silently count them from its reference date.
 */
import * as chrono from 'chrono-node';
import type { PartOfDay } from '../../timeline/schema';
import type { TimeMention } from './types';

const POD_EN: Record<string, PartOfDay> = { morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night', tonight: 'evening' };
// The happening a day is named by, right after "Earlier in the day": ", before the talks opened", ", ahead of the meeting".
const BEFORE_NAMED_EN = /^,?\s+(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:[\w-]+\s+){0,2}?(talks|meeting|working\s+session|ceremony|opening)\b/i;
// "the same afternoon", "later that evening" (read after RELATIVE).
const SAME_PART = /\b(?:the\s+same|later\s+that|earlier\s+that|that)\s+(morning|afternoon|evening|night)\b/gi;
// "yesterday morning" must be tried before "yesterday".
const RELATIVE = /\b(?:(this|yesterday|tomorrow)\s+(morning|afternoon|evening)|(?:on\s+)?(?:the\s+)?(?:(morning|afternoon|evening|night)\s+of\s+)?(later today|today|yesterday|tomorrow|the same day|(?:the\s+day\s+of\s+)?(?:their|his|her|its|the\s+(?:delegation|team|group|guests|visitors)['’]s?)\s+arrival|the following day|the next day|the day before|the previous day|the day after|earlier that day|later that day|earlier in the day|later in the day|last weekend|(?:this|the) past weekend|over the weekend|this weekend|earlier this week|later this week|this week|earlier this month|early this month|at the (?:beginning|start) of this month|early last month|late last month|at the end of last month|end of (?:the|this) month|end of next month|(?:two|three|four|five|six|[2-7]) days later|(?:a|one) day (?:later|earlier)|(?:after|following) the (?:talks|meeting|working session)(?=\s*,)|recently|in the coming days|in the next few days|over the next few days|in the days ahead|(?:this\s+|that\s+)?occasion(?=\s*,)|on the sidelines of the (?:[a-z-]+\s+){0,2}?(?:visit|trip|stay)(?=\s*,)|last week|next week|last month|next month|last year|next year|later this year|this year|tonight))\b/gi;
// A fixed reference: only the components chrono is certain of are kept, never what it implied.
const REF = new Date(Date.UTC(2000, 0, 1, 12));

// "on Monday", "last Friday", "next Thursday morning": a weekday with no date counts from the
// moment of writing (resolve.ts), like the Vietnamese "sáng thứ Hai".
// Not "the 20th anniversary", "the 5th meeting": an ordinal day stands alone after "on the", or after a part of the day
// ("in the afternoon of the 21st", a caption's day).
const ORDINAL_DAY_EN = /\b(?:on|(morning|afternoon|evening|night)\s+of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:anniversary|meeting|session|congress|plenum|time|edition|round|conference|day|century|of\s+[a-z]))/gi;
const PREVIOUS_PART_EN = /\bthe\s+(?:previous|preceding)\s+(morning|afternoon|evening|night)\b/gi;
// "next March", "last September", "this December": a month named from the moment of writing (chrono reads the month alone).
const DEICTIC_MONTH_EN = /\b(next|coming|last|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
// ", June 21", ", 21 June": a date in apposition right after it.
const DATE_BESIDE_EN = /^,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const NEXT_PART_EN = /\b(?:the\s+)?(?:following|next)\s+(morning|afternoon|evening|night)\b/gi;
const WEEKDAY_RANGE_EN = /\bfrom\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:to|through|until|till)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAY_EN = /\b(?:(last|next|this|coming)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(morning|afternoon|evening|night))?\b(?!,?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "from November 14 through 16": chrono reads "to" and "-" but not "through"/"until".
const THROUGH = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:through|thru|until|till)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/gi;
const PAIR = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/gi;
const PAIR_DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+(\d{4})\b)?/gi;
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Spans in figures ("05/06 - 07/06/2024", "from 20/11 to 22/11/2025", "5-7/6/2024"), read here: chrono reads their
// figures month first (5 June to 7 June became 6 May to 6 July) and "5-7/6" as its last day alone. Day first, as the
// Lao and Vietnamese English press writes them; month first only where day first cannot be a date. A figure followed by
// or preceded by a colon or a dot and a figure is a time or a number, not a day.
const FIGURE_SPAN = /(?<![\d:/.])\b(\d{1,2})(?:[/.](\d{1,2}))?(?:[/.](\d{4}))?\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?\b(?![/.:]\d)/gi;
const validDayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** The figure spans of a text, day first; `blank` gets the stretch of each span-shaped match, so chrono does not read it again. */
function figureSpans(text: string, out: TimeMention[], blank: [number, number][]): void {
	FIGURE_SPAN.lastIndex = 0;
	for (let m = FIGURE_SPAN.exec(text); m; m = FIGURE_SPAN.exec(text)) {
		// Read or not, chrono must not read it again: it would make a backward span of month-first figures.
		blank.push([m.index, m.index + m[0].length]);
		const [a, b, y1, c, d, y2] = [+m[1], m[2] ? +m[2] : 0, m[3] ? +m[3] : undefined, +m[4], +m[5], m[6] ? +m[6] : undefined];
		let day = a, month = b || d, endDay = c, endMonth = d;
		// Month first only when both ends say so (the second figure of each above 12) and both figures were given.
		if (b && (!validDayMonth(a, b) || !validDayMonth(c, d)) && validDayMonth(b, a) && validDayMonth(d, c)) [day, month, endDay, endMonth] = [b, a, d, c];
		if (!validDayMonth(day, month) || !validDayMonth(endDay, endMonth)) continue;
		// A span runs forwards; across a new year ("30/12 - 02/01/2025") its start is in the year before.
		if (!y1 && !y2 && (month > endMonth || (month === endMonth && day >= endDay))) continue;
		const endYear = y2 ?? y1;
		const year = y1 ?? (endYear !== undefined && month > endMonth ? endYear - 1 : endYear);
		if (year !== undefined && endYear !== undefined && (year > endYear || (year === endYear && (month > endMonth || (month === endMonth && day >= endDay))))) continue;
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', day, month, year, endDay, endMonth, endYear, partOfDay: null });
	}
}

export function findEnglish(text: string): TimeMention[] {
	const out: TimeMention[] = [];
	// chrono reads "the afternoon of March 12" as "afternoon" of the reference day: blank the
	// part-of-day words out (same length, so offsets hold) and read them back from the original.
	const spans: [number, number][] = [];
	figureSpans(text, out, spans);
	// "will travel to Pakse in mid-August", "in early March 2025", "late October": a part of the month, as "giữa tháng 8" (days
	// 11–20; early 1–10, late 21 to the end). Read here, and blanked so chrono does not take the whole month.
	if (/\b(?:early|mid|late)\b/i.test(text)) {
		PART_MONTH_EN.lastIndex = 0;
		for (let m = PART_MONTH_EN.exec(text); m; m = PART_MONTH_EN.exec(text)) {
			const month = MONTHS_EN.findIndex((x) => m![2].toLowerCase().startsWith(x)) + 1;
			if (!month) continue;
			const part = m[1].toLowerCase() as 'early' | 'mid' | 'late';
			out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'part_of_month', partOfMonth: part, month, year: m[3] ? Number(m[3]) : undefined, partOfDay: null });
			spans.push([m.index, m.index + m[0].length]);
		}
	}
	let blanked = text.replace(/\b(?:in\s+the\s+|on\s+the\s+|the\s+)?(?:morning|afternoon|evening|night)\s+of\b/gi, (w) => ' '.repeat(w.length));
	// "the following morning, June 21": chrono takes "morning, June 21" for a morning of its reference day; blanked, the date
	// alone is read, with that morning (the part of the day is read back from the text before it).
	NEXT_PART_EN.lastIndex = 0;
	for (let m = NEXT_PART_EN.exec(text); m; m = NEXT_PART_EN.exec(text))
		if (DATE_BESIDE_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) spans.push([m.index, m.index + m[0].length]);
	for (const [from, to] of spans) blanked = blanked.slice(0, from) + ' '.repeat(to - from) + blanked.slice(to);
	for (const r of chrono.en.parse(blanked, REF)) {
		// Counted days ("two days later") are read below, from the event just told, not from chrono's reference.
		// Nor is "now" ("more than 300 are now studying …") a day: chrono takes it for the reference moment itself.
		if (/\b(?:today|yesterday|tomorrow|tonight|now|last|next|this|ago|later|days?|weeks?|day before|same day)\b/i.test(r.text)) continue;
		// Nor a date with neither a figure nor a month's name ("the end of the month"): chrono would fill it in from its
		// reference, 31 January 2000.
		if (!/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(r.text)) continue;
		const s = r.start;
		if (!s.isCertain('month')) continue;
		const around = text.slice(Math.max(0, r.index - 24), r.index + r.text.length);
		const podWord = /\b(morning|noon|afternoon|evening|night)\b/i.exec(around)?.[1]?.toLowerCase();
		const hour = s.isCertain('hour') ? s.get('hour') : null;
		// "On arrival in Vinh city late on 19 November": the evening of that day, as "late on Wednesday" is (and "early on" its morning).
		const edge = podWord || hour !== null || !s.isCertain('day') ? null : LATE_EARLY_ON.exec(text.slice(Math.max(0, r.index - 16), r.index) + (/^on\s+/i.exec(r.text)?.[0] ?? ''));
		const partOfDay = podWord ? POD_EN[podWord] : hour !== null ? (hour < 11 ? 'morning' : hour < 13 ? 'noon' : hour < 18 ? 'afternoon' : 'evening') : edge ? (edge[1].toLowerCase() === 'late' ? 'evening' : 'morning') : null;
		const base = { start: r.index, end: r.index + r.text.length, text: r.text, partOfDay };
		const year = s.isCertain('year') ? (s.get('year') ?? undefined) : undefined;
		if (r.end && r.end.isCertain('day') && s.isCertain('day')) {
			out.push({ ...base, shape: 'span', day: s.get('day')!, month: s.get('month')!, year, endDay: r.end.get('day')!, endMonth: r.end.get('month')!, endYear: r.end.isCertain('year') ? r.end.get('year')! : year });
		} else if (s.isCertain('day')) {
			// The Lao and Vietnamese English press writes figures day first ("on 05/06/2024" is 5 June);
			// chrono reads them month first.
			const fig = /^(\d{1,2})[/.-](\d{1,2})(?![\d:])/.exec(r.text);
			const swap = !!fig && s.get('month') === +fig[1] && s.get('day') === +fig[2] && +fig[2] <= 12;
			out.push({ ...base, shape: 'day', day: swap ? s.get('month')! : s.get('day')!, month: swap ? s.get('day')! : s.get('month')!, year });
		} else {
			// "last April", "next March": the month's last or next coming, counted from the writing (chrono reads the month alone).
			const which = year === undefined ? LAST_NEXT_EN.exec(text.slice(Math.max(0, r.index - 6), r.index))?.[1]?.toLowerCase() : undefined;
			out.push({ ...base, shape: 'month', month: s.get('month')!, year, ...(which ? { tense: which === 'last' ? 'past' : 'future' } : {}) });
		}
	}
	// "on October 10 and 11", "between October 9 and 11": two days of one month, which chrono reads as the first alone.
	PAIR.lastIndex = 0;
	for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
		const month = MONTHS_EN.findIndex((x) => m![1].toLowerCase().startsWith(x)) + 1;
		const day = +m[2], endDay = +m[3], year = m[4] ? +m[4] : undefined;
		if (month && day < endDay && endDay <= 31) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', day, month, year, endDay, endMonth: month, endYear: year, partOfDay: null });
	}
	THROUGH.lastIndex = 0;
	for (let m = THROUGH.exec(text); m; m = THROUGH.exec(text)) {
		const month = MONTHS_EN.findIndex((x) => m![1].toLowerCase().startsWith(x)) + 1;
		const day = +m[2], endDay = +m[3], year = m[4] ? +m[4] : undefined;
		if (month && day < endDay && endDay <= 31) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', day, month, year, endDay, endMonth: month, endYear: year, partOfDay: null });
	}
	// "on 9 and 10 April", "9 and 10 April 2024": the same, day first (chrono reads the second day alone).
	PAIR_DAY_FIRST.lastIndex = 0;
	for (let m = PAIR_DAY_FIRST.exec(text); m; m = PAIR_DAY_FIRST.exec(text)) {
		const month = MONTHS_EN.findIndex((x) => m![3].toLowerCase().startsWith(x)) + 1;
		const day = +m[1], endDay = +m[2], year = m[4] ? +m[4] : undefined;
		if (month && day < endDay && endDay <= 31) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', day, month, year, endDay, endMonth: month, endYear: year, partOfDay: null });
	}
	RELATIVE.lastIndex = 0;
	for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
		const word = (m[1] ?? m[4]).toLowerCase();
		const partOfDay = POD_EN[(m[2] ?? m[3] ?? (word === 'tonight' ? 'tonight' : '')).toLowerCase()] ?? null;
		const base = { start: m.index, end: m.index + m[0].length, text: m[0], partOfDay };
		const deictic = (unit: 'day' | 'week' | 'month' | 'year', offset: number, shape: TimeMention['shape'] = 'day'): TimeMention => ({ ...base, shape, relation: 'deictic', unit, offset });
		const table: Record<string, TimeMention> = {
			today: deictic('day', 0), tonight: deictic('day', 0), this: deictic('day', 0),
			// "The delegation leaves for home later today": today, still to come when written.
			'later today': { ...deictic('day', 0), tense: 'future' },
			yesterday: deictic('day', -1), tomorrow: deictic('day', 1),
			'the same day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			// "On the morning of their arrival, Vice Governor X received …": the day of the arrival the story has just told ("arrived
			// in Y on Monday, 14 October"), as "ngay sau khi đến".
			arrival: { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			'earlier that day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			// "After the talks, they signed …": the day of the meeting just told.
			'after the talks': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			'later that day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			'earlier in the day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			'later in the day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			// "On the occasion, the delegation presented …": the occasion just told, as "Nhân dịp này".
			occasion: { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0 },
			'the following day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1 },
			'the next day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1 },
			'a day later': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1 },
			'one day later': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1 },
			'a day earlier': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1 },
			'one day earlier': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1 },
			'the day before': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1 },
			'the previous day': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1 },
			'the day after': { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1 },
			'last week': deictic('week', -1, 'span'), 'next week': deictic('week', 1, 'span'),
			'last weekend': { ...deictic('week', -1, 'span'), partOfWeek: 'late' },
			// "… visited Houaphanh and Luang Prabang provinces this past weekend" under a Monday: the Saturday and Sunday just gone.
			'this past weekend': { ...deictic('week', -1, 'span'), partOfWeek: 'late' }, 'the past weekend': { ...deictic('week', -1, 'span'), partOfWeek: 'late' },
			// "Over the weekend, the troupe performed …" under a Thursday: the Saturday and Sunday just gone, as "last weekend".
			'over the weekend': { ...deictic('week', -1, 'span'), partOfWeek: 'late' }, 'this weekend': { ...deictic('week', 0, 'span'), partOfWeek: 'late' },
			'earlier this week': { ...deictic('week', 0, 'span'), partOfWeek: 'sofar' },
			// "… a famtrip … is scheduled to visit Quang Tri later this week" under a Monday: the days after the writing, to Sunday.
			'later this week': { ...deictic('week', 0, 'span'), partOfWeek: 'rest', tense: 'future' },
			// "This week, a group of teachers … will arrive": some day of the stamp's week.
			'this week': deictic('week', 0, 'span'),
			// "earlier this month" is some day of it before the stamp; "early this month", "late last month" its first or last days.
			'earlier this month': { ...deictic('month', 0, 'month'), monthSoFar: true },
			'early this month': { ...deictic('month', 0, 'part_of_month'), partOfMonth: 'early' },
			'early last month': { ...deictic('month', -1, 'part_of_month'), partOfMonth: 'early' },
			'late last month': { ...deictic('month', -1, 'part_of_month'), partOfMonth: 'late' },
			// "… will train local staff until the end of the month": the last days of the month in force, never chrono's own.
			'end of the month': { ...deictic('month', 0, 'part_of_month'), partOfMonth: 'late' },
			'end of this month': { ...deictic('month', 0, 'part_of_month'), partOfMonth: 'late' },
			'end of next month': { ...deictic('month', 1, 'part_of_month'), partOfMonth: 'late' },
			// "A delegation … recently paid a working visit to …": some day of the week before the stamp.
			recently: { ...base, shape: 'span', relation: 'deictic', recent: true },
			'in the coming days': { ...base, shape: 'span', relation: 'deictic', soon: true },
			'in the next few days': { ...base, shape: 'span', relation: 'deictic', soon: true },
			'over the next few days': { ...base, shape: 'span', relation: 'deictic', soon: true },
			'in the days ahead': { ...base, shape: 'span', relation: 'deictic', soon: true },
			'last month': deictic('month', -1, 'month'), 'next month': deictic('month', 1, 'month'),
			'last year': deictic('year', -1, 'year'), 'next year': deictic('year', 1, 'year'), 'this year': deictic('year', 0, 'year'),
			// "… accepted an invitation to lead a delegation to Nghe An later this year": from the writing to 31 December.
			'later this year': { ...deictic('year', 0, 'year'), yearRest: true, tense: 'future' }
		};
		const later = /^(\w+) days later$/.exec(word);
		const hit = later ? { ...base, shape: 'day', relation: 'anaphoric', unit: 'day', offset: Number(later[1]) || ['', '', 'two', 'three', 'four', 'five', 'six'].indexOf(later[1]) } as TimeMention
			: /^(?:after|following) the /.test(word) ? table['after the talks']
			// "On the sidelines of the visit, … signed a memorandum …": the occasion, the visit just told, as "Trong dịp này".
			: /occasion$|^on the sidelines of /.test(word) ? table.occasion
			: word.endsWith('arrival') ? table.arrival
			: /^at the (?:beginning|start) of this month$/.test(word) ? table['early this month'] : word === 'at the end of last month' ? table['late last month'] : table[word];
		// "Earlier in the day, before the talks opened, X paid a courtesy call …": the day of the happening named, not of the
		// sentence before ("On arrival on 5 September, …"), as "Sau hội đàm, …" (events.ts).
		const before = hit && /^(?:earlier|later)/.test(word) ? BEFORE_NAMED_EN.exec(text.slice(base.end)) : null;
		if (hit) out.push(before ? { ...hit, after: /^(?:ceremony|opening)/i.test(before[1]) ? 'ceremony' : 'meeting' } : hit);
	}
	// "The same afternoon, the delegation travelled to Paksong", "later that evening": the day just told, at that part of it.
	SAME_PART.lastIndex = 0;
	for (let m = SAME_PART.exec(text); m; m = SAME_PART.exec(text)) {
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0, partOfDay: POD_EN[m[1].toLowerCase()] ?? null });
	}
	// "Attending the opening ceremony were …", "On the sidelines of the opening, … signed …": the day of the opening just told.
	OPENING_EN.lastIndex = 0;
	for (let m = OPENING_EN.exec(text); m; m = OPENING_EN.exec(text))
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0, partOfDay: null });
	SIDELINES_EN.lastIndex = 0;
	for (let m = SIDELINES_EN.exec(text); m; m = SIDELINES_EN.exec(text))
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0, partOfDay: null });
	// "Talks were held on the 20th": a day of the month told, with no month said.
	ORDINAL_DAY_EN.lastIndex = 0;
	for (let m = ORDINAL_DAY_EN.exec(text); m; m = ORDINAL_DAY_EN.exec(text)) {
		const day = Number(m[2]);
		// "On arrival … early on the 6th": that day's morning, as "late on the 6th" is its evening.
		const edge = m[1] ? null : EDGE_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
		const start = edge ? m.index - edge[0].length : m.index;
		if (day >= 1 && day <= 31) out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), shape: 'day', relation: 'anaphoric', dayOfMonth: day, partOfDay: m[1] ? POD_EN[m[1].toLowerCase()] ?? null : edge ? (edge[1].toLowerCase() === 'late' ? 'evening' : 'morning') : null });
	}
	// "On New Year's Eve, the delegation …", "New Year's Day 2024": 31 December, 1 January, with the year the story gives
	// (a trip across the year's end). Not the Lunar, Lao or Hmong new year, which fall on other days.
	NEW_YEAR_EN.lastIndex = 0;
	for (let m = NEW_YEAR_EN.exec(text); m; m = NEW_YEAR_EN.exec(text)) {
		if (OTHER_NEW_YEAR_EN.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
		const eve = m[1].toLowerCase() === 'eve';
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', day: eve ? 31 : 1, month: eve ? 12 : 1, year: m[2] ? Number(m[2]) : undefined, partOfDay: null });
	}
	// "On the eve of the forum, the governor received the delegation …": the day before the happening named, counted from the day
	// the page gives it ("The two-day forum, which opened on Wednesday morning", events.ts), as "Tối hôm trước ngày khai mạc".
	EVE_EN.lastIndex = 0;
	for (let m = EVE_EN.exec(text); m; m = EVE_EN.exec(text))
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1, at: m[1].toLowerCase(), partOfDay: null });
	// "arrived in Ha Long the previous evening": the evening before the day just told.
	PREVIOUS_PART_EN.lastIndex = 0;
	for (let m = PREVIOUS_PART_EN.exec(text); m; m = PREVIOUS_PART_EN.exec(text))
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: -1, partOfDay: POD_EN[m[1].toLowerCase()] ?? null });
	// "expected to travel to Luang Prabang next March": that month's next coming, a plan. "a visit … led by Mr X last
	// September": its last one before the writing, gone by (under 17 May 2024, September 2023). "this December": the
	// month of the writing's year.
	DEICTIC_MONTH_EN.lastIndex = 0;
	for (let m = DEICTIC_MONTH_EN.exec(text); m; m = DEICTIC_MONTH_EN.exec(text)) {
		const month = MONTHS_EN.findIndex((x) => m![2].toLowerCase().startsWith(x)) + 1;
		const which = m[1].toLowerCase();
		const when = which === 'this' ? { yearOffset: 0 } : { tense: which === 'last' ? ('past' as const) : ('future' as const) };
		if (month) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'month', month, ...when, partOfDay: null });
	}
	// "The following morning, the delegation laid a wreath …": the morning after the day just told.
	NEXT_PART_EN.lastIndex = 0;
	for (let m = NEXT_PART_EN.exec(text); m; m = NEXT_PART_EN.exec(text)) {
		// "took place the following morning, June 21": the date set beside it names that morning itself (chrono reads it,
		// with the part of the day before it); counting from the day just told would only lose it.
		if (DATE_BESIDE_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'day', relation: 'anaphoric', unit: 'day', offset: 1, partOfDay: POD_EN[m[1].toLowerCase()] ?? null });
	}
	// "from Monday to Wednesday": one range of days, not two days.
	const ranges: [number, number][] = [];
	WEEKDAY_RANGE_EN.lastIndex = 0;
	for (let m = WEEKDAY_RANGE_EN.exec(text); m; m = WEEKDAY_RANGE_EN.exec(text)) {
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', relation: 'deictic', weekday: WEEKDAYS_EN.indexOf(m[1].toLowerCase()), endWeekday: WEEKDAYS_EN.indexOf(m[2].toLowerCase()), partOfDay: null });
		ranges.push([m.index, m.index + m[0].length]);
	}
	WEEKDAY_EN.lastIndex = 0;
	for (let m = WEEKDAY_EN.exec(text); m; m = WEEKDAY_EN.exec(text)) {
		if (ranges.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
		const which = m[1]?.toLowerCase();
		// "had arrived late on Thursday", "early on Friday": the evening, the morning of that day.
		const edge = which ? null : LATE_EARLY_ON.exec(text.slice(Math.max(0, m.index - 16), m.index));
		const start = edge ? m.index - edge[0].length : m.index;
		out.push({
			start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), shape: 'day', relation: 'deictic',
			weekday: WEEKDAYS_EN.indexOf(m[2].toLowerCase()),
			tense: which === 'last' ? 'past' : which === 'next' || which === 'coming' ? 'future' : undefined,
			partOfDay: m[3] ? POD_EN[m[3].toLowerCase()] : edge ? (edge[1].toLowerCase() === 'late' ? 'evening' : 'morning') : null
		});
	}
	// "In the afternoon, the Lao delegation toured Sa Pa …": that part of the day just told.
	PART_OF_DAY_OPENS_EN.lastIndex = 0;
	for (let m = PART_OF_DAY_OPENS_EN.exec(text); m; m = PART_OF_DAY_OPENS_EN.exec(text)) {
		const at = m.index + m[0].length - m[1].length - 'in the '.length;
		out.push({ start: at, end: m.index + m[0].length, text: text.slice(at, m.index + m[0].length), shape: 'day', relation: 'anaphoric', unit: 'day', offset: 0, partOfDay: POD_EN[m[1].toLowerCase()] ?? null });
	}
	// "Salavan will host the seventh meeting in 2025", "is scheduled to visit Laos in 2026": a bare year after "in" is a plan's
	// time, the year alone, once the clause says what is to come. Not a figure's or a plan's year ("trade in 2024", "the
	// cooperation plan in 2025", "will reach 1 billion USD in 2025"), nor a period's first year ("in 2021-2025").
	if (text.includes(' in 19') || text.includes(' in 20')) {
		PLANNED_YEAR_EN.lastIndex = 0;
		for (let m = PLANNED_YEAR_EN.exec(text); m; m = PLANNED_YEAR_EN.exec(text)) {
			if (FIGURE_OR_PLAN_EN.test(m[0]) || spans.some(([a, b]) => m!.index + m![0].length > a && m!.index < b)) continue;
			// (The year alone, as "năm 2025" after "vào": "in" before it is its cue, events.ts.)
			const at = m.index + m[0].length - m[1].length;
			out.push({ start: at, end: at + 4, text: m[1], shape: 'year', year: Number(m[1]), partOfDay: null });
		}
	}
	return out;
}
// The clause of a plan up to a bare year after "in": "will host the seventh meeting in 2025" (PLANNED_YEAR_EN's use, above).
const PLANNED_YEAR_EN = /\b(?:will|shall|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated|planned)\s+to|plans?\s+to|agreed\s+to)\s[^.;:]{0,80}?\bin\s+((?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)(?!\s*(?:and|to)\s+(?:19|20)\d\d)/gi;
// A figure's or a plan's year, not a happening's: what is counted or planned for that year.
const FIGURE_OR_PLAN_EN = /\b(?:reach|reaches|exceed|grow|increase|rise|total|achieve|double|plans?|programmes?|programs?|cooperation|trade|targets?|budget|turnover|output|growth|period|term)\s+in\s+\d{4}$|\b(?:reach|exceed|grow|increase|rise|achieve|double)\b/i;
const PART_MONTH_EN = /\b(early|mid|late)[-\s]+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d\d)\b)?/gi;
// "Six agreements were signed … on the sidelines.": of the happening just told, on its day (never "on the sidelines of X", a
// happening named, which OPENING_EN or the named one dates).
const SIDELINES_EN = /\bon\s+the\s+sidelines\b(?=\s*[.;]|\s*$)/gi;
const OPENING_EN = /\b(?:attending|at|during|after|on\s+the\s+sidelines\s+of)\s+the\s+opening(?:\s+ceremony)?\b/gi;
// A happening named by its kind, a few words of its name between: "the eve of the forum", "on the eve of the trade fair".
const EVE_EN = /\b(?:on\s+)?the\s+eve\s+of\s+(?:the|this|that|its|their)\s+(?:[\w'-]+\s+){0,3}?(forum|conference|summit|talks|meeting|festival|fair|ceremony|opening|exhibition|expo|session|workshop|seminar|games|congress)\b/gi;
const LATE_EARLY_ON = /\b(late|early)\s+on\s+$/i;
const LAST_NEXT_EN = /\b(last|next)\s+$/i;
const EDGE_BEFORE = /\b(late|early)\s+$/i;
const NEW_YEAR_EN = /\bNew\s+Year(?:['’]s|s)?\s+(Eve|Day)\b(?:,?\s+((?:19|20)\d\d)\b)?/gi;
const OTHER_NEW_YEAR_EN = /\b(?:lunar|chinese|vietnamese|lao|laotian|tet|hmong|buddhist|khmer|thai|traditional)\s+$/i;
// Opening the sentence, or a clause after a full stop, and followed by a comma: not "in the morning of Nov. 19". Or with
// no comma, by the clause's subject ("In the afternoon the delegation toured …"): not "In the afternoon session, …".
const PART_OF_DAY_OPENS_EN = /(?:^|[.;]\s+)in\s+the\s+(morning|afternoon|evening)(?=\s*,|\s+(?:the|a|an|they|both|its|their|his|her)\s|\s+[A-Z][a-z]+\s)/gi;
