/**
 * Vietnamese and English for every label, and dates per locale (d3-time-format's vi-VN and en-GB).
 * Pure: the same module runs in the browser, in prerendering and in a Node CLI.
 */
import { timeFormatLocale } from 'd3-time-format';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { viVN, enGB } from './locales';
import type { Dating, EventType, Granularity, PartOfDay } from '../timeline/schema';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(x: unknown): x is Lang {
	return x === 'vi' || x === 'en';
}

/** `?lang=` wins, else the first browser language we have, else English. */
export function resolveLang(param: string | null | undefined, browserLangs: readonly string[] = []): Lang {
	if (isLang(param)) return param;
	for (const l of browserLangs) {
		const base = l.toLowerCase().split(/[-_]/)[0];
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}

const locales = {
	vi: timeFormatLocale(viVN),
	en: timeFormatLocale(enGB)
};

/** Calendar days are UTC midnights everywhere in Mốc, so formatting is UTC too. */
export function dayToDate(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

const fmt = (lang: Lang, spec: string) => locales[lang].utcFormat(spec);

/** "11/3/2024" in Vietnamese press style, "11 Mar 2024" in English. */
export function formatDay(day: string, lang: Lang): string {
	return fmt(lang, lang === 'vi' ? '%-d/%-m/%Y' : '%-d %b %Y')(dayToDate(day));
}

/** A long form for details: "thứ hai, 11/3/2024" / "Monday 11 March 2024". */
export function formatDayLong(day: string, lang: Lang): string {
	const s = fmt(lang, lang === 'vi' ? '%A, %-d/%-m/%Y' : '%A %-d %B %Y')(dayToDate(day));
	return lang === 'vi' ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function formatMonth(day: string, lang: Lang): string {
	return fmt(lang, lang === 'vi' ? 'tháng %-m/%Y' : '%B %Y')(dayToDate(day));
}

/** "11–13/3/2024", "29/2 – 2/3/2024", "11–13 Mar 2024"; one day gives formatDay. */
export function formatSpan(start: string, end: string, lang: Lang): string {
	if (start === end) return formatDay(start, lang);
	const a = dayToDate(start), b = dayToDate(end);
	const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
	const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
	if (lang === 'vi') {
		if (sameMonth) return `${a.getUTCDate()}–${formatDay(end, lang)}`;
		if (sameYear) return `${fmt(lang, '%-d/%-m')(a)} – ${formatDay(end, lang)}`;
		return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
	}
	if (sameMonth) return `${a.getUTCDate()}–${formatDay(end, lang)}`;
	if (sameYear) return `${fmt(lang, '%-d %b')(a)} – ${formatDay(end, lang)}`;
	return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
}

/** An event's date as normalised, in words that say how precise it is ("late February 2024"). */
export function formatEventDate(
	e: { start: string | null; end: string | null; granularity: Granularity | null },
	lang: Lang
): string {
	if (!e.start || !e.end) return m(lang).undated;
	switch (e.granularity) {
		case 'year':
			return lang === 'vi' ? `năm ${e.start.slice(0, 4)}` : e.start.slice(0, 4);
		case 'month':
			return formatMonth(e.start, lang);
		case 'part_of_month': {
			// The middle of the span says which third of the month it is ("late February": 20–29).
			const d = (Number(e.start.slice(8, 10)) + Number(e.end.slice(8, 10))) / 2;
			const part = d <= 10.5 ? 0 : d <= 20.5 ? 1 : 2;
			const word = lang === 'vi' ? ['đầu', 'giữa', 'cuối'][part] : ['early', 'mid', 'late'][part];
			return `${word} ${formatMonth(e.start, lang)}`;
		}
		default:
			return formatSpan(e.start, e.end, lang);
	}
}

/**
 * Axis labels that adapt from years to days, as d3's multi-scale format does,
 * but with each language's own way of writing months and days.
 */
export function axisFormat(lang: Lang): (d: Date) => string {
	const year = fmt(lang, '%Y');
	const month = fmt(lang, lang === 'vi' ? 'tháng %-m' : '%b');
	const day = fmt(lang, lang === 'vi' ? '%-d/%-m' : '%-d %b');
	const time = fmt(lang, '%H:%M');
	// A tick on a year boundary names the year, on a month boundary the month, else the day.
	return (d) => (utcDay(d) < d ? time(d) : utcMonth(d) < d ? day(d) : utcYear(d) < d ? month(d) : year(d));
}

const en = {
	appName: 'Mốc',
	tagline: 'Vietnam–Laos city-to-city diplomacy, dated and sourced',
	language: 'Language',
	undated: 'undated',
	summary: (events: number, delegations: number, articles: number) =>
		`${events} ${events === 1 ? 'event' : 'events'} · ${delegations} ${delegations === 1 ? 'delegation' : 'delegations'} · ${articles} ${articles === 1 ? 'article' : 'articles'}`,
	undatedNote: (n: number) => `${n} ${n === 1 ? 'event has' : 'events have'} no date and ${n === 1 ? 'is' : 'are'} listed in the table only.`,
	timeline: 'Timeline',
	chartLabel: (n: number) => `Timeline of ${n} ${n === 1 ? 'event' : 'events'}; use Tab to move between events and Enter to open one`,
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Show all',
	panLeft: 'Earlier',
	panRight: 'Later',
	zoomHint: 'Wheel or pinch to zoom, drag to pan; keys + − ← → and 0',
	overview: 'Date range: drag on the strip to choose',
	overviewLabel: 'Overview of all events; drag to choose a date range',
	legend: 'Legend',
	legendOccurred: 'took place',
	legendPlanned: 'planned',
	legendSpan: 'several days',
	legendUncertain: 'date lies in the hatched span',
	legendInferred: 'date inferred (day or year)',
	legendContext: 'context',
	laneContext: 'Context',
	laneOther: 'Other events',
	filters: 'Filters',
	search: 'Find a city or person',
	searchPlaceholder: 'e.g. Vientiane, dinh tien dung',
	searchNone: 'No city or person matches',
	city: 'City',
	leader: 'Person',
	type: 'Event type',
	types: 'Types',
	allTypes: 'All types',
	from: 'From',
	to: 'To',
	showContext: 'Context events',
	showPlanned: 'Planned events',
	delegation: 'Delegation',
	clearFilters: 'Clear all filters',
	remove: (what: string) => `Remove filter ${what}`,
	empty: 'No event matches these filters.',
	ignored: 'Ignored in the address:',
	ignoredValue: (param: string, value: string) => `${param}=${value}`,
	dismiss: 'Dismiss',
	delegations: 'Delegations',
	leaderLabel: 'Leader',
	route: 'Route',
	days: 'Days',
	sourcesCount: (n: number) => `${n} ${n === 1 ? 'source article' : 'source articles'}`,
	eventsCount: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
	zoomToDelegation: 'Zoom to this trip',
	onlyDelegation: 'Only this trip',
	table: 'Events table',
	colDate: 'Date',
	colEvent: 'Event',
	colType: 'Type',
	colPeople: 'People',
	colCities: 'Cities',
	colDelegation: 'Delegation',
	colSources: 'Sources',
	details: 'Event details',
	close: 'Close',
	date: 'Date',
	dating: 'How it was dated',
	confidence: 'Confidence',
	status: 'Status',
	role: 'Role',
	people: 'People',
	cities: 'Cities',
	place: 'Place',
	sources: 'Sources',
	readArticle: 'Read the whole article',
	conflicts: 'Disagreements between sources',
	dateWords: 'Dated by the words',
	articles: 'Articles',
	article: 'Article',
	published: 'Published',
	backToTimeline: 'Back to the timeline',
	furniture: 'Page furniture (menus, captions, related news): not part of the article',
	quotedBy: 'Events quoted from this article',
	noText: 'The text of this article is not in the timeline.',
	madeWith: 'Made with Mốc from saved news articles; every event links to the sentence it came from.',
	noscript: 'Filters, zoom and language need JavaScript; the timeline, delegations and table below are complete without it.',
	statuses: { occurred: 'took place', planned: 'planned' },
	roles: { main: 'main event', context: 'context' },
	datings: {
		explicit: 'stated in the text',
		publication: 'day in the text, year from the page’s date stamp',
		relative: 'relative to another date in the text',
		inferred: 'inferred from context'
	} satisfies Record<Dating, string>,
	partsOfDay: { morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night' } satisfies Record<PartOfDay, string>,
	types_: {
		talks: 'Talks',
		courtesy_call: 'Courtesy call',
		reception: 'Reception',
		working_session: 'Working session',
		conference: 'Conference',
		signing: 'Signing',
		visit: 'Visit',
		field_trip: 'Field trip',
		ceremony: 'Ceremony',
		meeting: 'Meeting',
		invitation: 'Invitation'
	} satisfies Record<EventType, string>
};

export type Messages = typeof en;

const vi: Messages = {
	appName: 'Mốc',
	tagline: 'Ngoại giao giữa các thành phố Việt Nam – Lào, có ngày tháng và nguồn',
	language: 'Ngôn ngữ',
	undated: 'chưa rõ ngày',
	summary: (events, delegations, articles) => `${events} sự kiện · ${delegations} đoàn · ${articles} bài báo`,
	undatedNote: (n) => `${n} sự kiện chưa xác định được ngày, chỉ có trong bảng.`,
	timeline: 'Dòng thời gian',
	chartLabel: (n) => `Dòng thời gian gồm ${n} sự kiện; dùng Tab để chuyển giữa các sự kiện, Enter để mở`,
	zoomIn: 'Phóng to',
	zoomOut: 'Thu nhỏ',
	zoomReset: 'Xem tất cả',
	panLeft: 'Trước đó',
	panRight: 'Sau đó',
	zoomHint: 'Cuộn hoặc chụm để phóng to, kéo để di chuyển; phím + − ← → và 0',
	overview: 'Khoảng thời gian: kéo trên dải để chọn',
	overviewLabel: 'Tổng quan mọi sự kiện; kéo để chọn khoảng thời gian',
	legend: 'Chú giải',
	legendOccurred: 'đã diễn ra',
	legendPlanned: 'dự kiến',
	legendSpan: 'nhiều ngày',
	legendUncertain: 'ngày nằm trong đoạn gạch chéo',
	legendInferred: 'ngày tháng được suy ra (ngày hoặc năm)',
	legendContext: 'bối cảnh',
	laneContext: 'Bối cảnh',
	laneOther: 'Sự kiện khác',
	filters: 'Bộ lọc',
	search: 'Tìm thành phố hoặc nhân vật',
	searchPlaceholder: 'vd. Viêng Chăn, dinh tien dung',
	searchNone: 'Không có thành phố hay nhân vật nào khớp',
	city: 'Thành phố',
	leader: 'Nhân vật',
	type: 'Loại sự kiện',
	types: 'Loại',
	allTypes: 'Mọi loại',
	from: 'Từ',
	to: 'Đến',
	showContext: 'Sự kiện bối cảnh',
	showPlanned: 'Sự kiện dự kiến',
	delegation: 'Đoàn',
	clearFilters: 'Xóa mọi bộ lọc',
	remove: (what) => `Bỏ bộ lọc ${what}`,
	empty: 'Không có sự kiện nào khớp với bộ lọc.',
	ignored: 'Đã bỏ qua trong địa chỉ:',
	ignoredValue: (param, value) => `${param}=${value}`,
	dismiss: 'Đóng',
	delegations: 'Các đoàn',
	leaderLabel: 'Trưởng đoàn',
	route: 'Hành trình',
	days: 'Thời gian',
	sourcesCount: (n) => `${n} bài báo nguồn`,
	eventsCount: (n) => `${n} sự kiện`,
	zoomToDelegation: 'Phóng to chuyến thăm',
	onlyDelegation: 'Chỉ đoàn này',
	table: 'Bảng sự kiện',
	colDate: 'Ngày',
	colEvent: 'Sự kiện',
	colType: 'Loại',
	colPeople: 'Nhân vật',
	colCities: 'Thành phố',
	colDelegation: 'Đoàn',
	colSources: 'Nguồn',
	details: 'Chi tiết sự kiện',
	close: 'Đóng',
	date: 'Ngày',
	dating: 'Cách xác định ngày',
	confidence: 'Độ tin cậy',
	status: 'Trạng thái',
	role: 'Vai trò',
	people: 'Nhân vật',
	cities: 'Thành phố',
	place: 'Địa điểm',
	sources: 'Nguồn',
	readArticle: 'Đọc toàn bộ bài báo',
	conflicts: 'Các nguồn không thống nhất',
	dateWords: 'Ngày theo cụm từ',
	articles: 'Bài báo',
	article: 'Bài báo',
	published: 'Ngày đăng',
	backToTimeline: 'Về dòng thời gian',
	furniture: 'Phần khung trang (menu, chú thích ảnh, tin liên quan): không thuộc bài báo',
	quotedBy: 'Các sự kiện trích từ bài này',
	noText: 'Dữ liệu không có nội dung bài báo này.',
	madeWith: 'Làm bằng Mốc từ các bài báo đã lưu; mỗi sự kiện dẫn tới câu văn làm nguồn.',
	noscript: 'Bộ lọc, phóng to và đổi ngôn ngữ cần JavaScript; dòng thời gian, các đoàn và bảng bên dưới vẫn đầy đủ.',
	statuses: { occurred: 'đã diễn ra', planned: 'dự kiến' },
	roles: { main: 'sự kiện chính', context: 'bối cảnh' },
	datings: {
		explicit: 'ghi rõ trong bài',
		publication: 'ngày tháng trong bài, năm theo ngày đăng',
		relative: 'tính từ một mốc khác trong bài',
		inferred: 'suy ra từ ngữ cảnh'
	},
	partsOfDay: { morning: 'sáng', noon: 'trưa', afternoon: 'chiều', evening: 'tối', night: 'đêm' },
	types_: {
		talks: 'Hội đàm',
		courtesy_call: 'Chào xã giao',
		reception: 'Tiếp đoàn',
		working_session: 'Buổi làm việc',
		conference: 'Hội nghị',
		signing: 'Ký kết',
		visit: 'Chuyến thăm',
		field_trip: 'Khảo sát thực tế',
		ceremony: 'Lễ',
		meeting: 'Cuộc gặp',
		invitation: 'Lời mời'
	}
};

const messages: Record<Lang, Messages> = { vi, en };

/** The strings of one language. */
export function m(lang: Lang): Messages {
	return messages[lang];
}

/** Picks the language's side of a bilingual field, falling back to the other side when empty. */
export function pick(b: { vi: string; en: string }, lang: Lang): string {
	return b[lang] || b[lang === 'vi' ? 'en' : 'vi'];
}

/** Part of day and date: "chiều 11/3/2024" / "11 Mar 2024, afternoon". */
export function formatWhen(
	e: { start: string | null; end: string | null; granularity: Granularity | null; partOfDay: PartOfDay | null },
	lang: Lang
): string {
	const date = formatEventDate(e, lang);
	if (!e.partOfDay || !e.start) return date;
	const part = m(lang).partsOfDay[e.partOfDay];
	return lang === 'vi' ? `${part} ${date}` : `${date}, ${part}`;
}
