/**
 * What the chart of one view is, wherever it is drawn: the dashboard's downloads, the embed page
 * and the command line all take their props from here, so the same filters give the same marks,
 * lanes, axis and size.
 */
import type { Timeline } from '../timeline/schema';
import type { Filters } from '../filters/filters';
import { dashboardView, type DashboardView } from '../filters/view';
import { buildLanes, type Lane } from '../chart/lanes';
import { baseDomain } from '../chart/time-axis';
import { formatSpan, m, pick, type Lang } from '../i18n';
import { xm } from './messages';
import type { TimelineEvent } from '../timeline/schema';

/** Width of downloaded and command-line charts: a report's text column, the same on every screen. */
export const EXPORT_WIDTH = 960;
/** Width of the chart on paper: A4 less 12 mm margins each side is 186 mm, about 700 CSS pixels. */
export const PRINT_WIDTH = 700;

export interface ChartProps {
	events: TimelineEvent[];
	lanes: Lane[];
	width: number;
	lang: Lang;
	static: boolean;
	domain: [Date, Date];
	names: Record<string, string>;
	title: string;
	legend: boolean;
}

/** Lanes in the language, as the dashboard builds them. */
export function lanesFor(view: Pick<DashboardView, 'dated'>, timeline: Timeline, lang: Lang): Lane[] {
	const t = m(lang);
	return buildLanes(view.dated, timeline.delegations, { delegation: (d) => pick(d.label, lang), other: t.laneOther, context: t.laneContext });
}

/** The unzoomed domain as the dashboard has it: the visible events, or the whole timeline when none is. */
export function domainFor(view: Pick<DashboardView, 'dated'>, timeline: Timeline, f: Pick<Filters, 'from' | 'to'>): [Date, Date] {
	const events = view.dated.length ? view.dated : timeline.events.filter((e) => e.start && e.end);
	return baseDomain(events.map((e) => ({ start: e.start!, end: e.end! })), f.from, f.to);
}

/**
 * A title that says what the view holds: the delegation, or the people, cities and types filtered on,
 * and the date range; the general title when nothing narrows the view.
 */
export function viewTitle(timeline: Timeline, f: Filters, lang: Lang): string {
	const t = m(lang);
	if (f.delegation) {
		const d = timeline.delegations.find((d) => d.id === f.delegation);
		if (d) return pick(d.label, lang);
	}
	const parts: string[] = [];
	const people = f.leaders.map((id) => timeline.people.find((p) => p.id === id)?.name ?? id);
	const cities = f.cities.map((id) => {
		const c = timeline.cities.find((c) => c.id === id);
		return c ? pick(c.name, lang) : id;
	});
	if (people.length) parts.push(people.join(', '));
	if (cities.length) parts.push(cities.join(', '));
	if (f.types.length) parts.push(f.types.map((ty) => t.types_[ty]).join(', '));
	if (f.from && f.to) parts.push(formatSpan(f.from, f.to, lang));
	else if (f.from) parts.push(`${lang === 'vi' ? 'từ' : 'from'} ${formatSpan(f.from, f.from, lang)}`);
	else if (f.to) parts.push(`${lang === 'vi' ? 'đến' : 'until'} ${formatSpan(f.to, f.to, lang)}`);
	return parts.length ? parts.join(' · ') : xm(lang).allEvents;
}

/** Props for a static TimelineChart of the view (filters applied), ready to render or serialise. */
export function chartProps(timeline: Timeline, f: Filters, lang: Lang, width = EXPORT_WIDTH, title?: string): ChartProps {
	const view = dashboardView(timeline, f);
	return {
		events: view.dated,
		lanes: lanesFor(view, timeline, lang),
		width,
		lang,
		static: true,
		domain: domainFor(view, timeline, f),
		names: Object.fromEntries(timeline.people.map((p) => [p.id, p.name])),
		title: title ?? viewTitle(timeline, f, lang),
		legend: true
	};
}

/** A file name that says which view it holds: "moc-dinh-tien-dung_vi.csv", "moc-timeline.svg". */
export function exportFileName(f: Filters, ext: string): string {
	const bits: string[] = [];
	if (f.delegation) bits.push(f.delegation);
	for (const c of f.cities) bits.push(c);
	for (const l of f.leaders) bits.push(l);
	for (const ty of f.types) bits.push(ty.replace(/_/g, '-'));
	if (f.from) bits.push(`from-${f.from}`);
	if (f.to) bits.push(`to-${f.to}`);
	if (!f.context) bits.push('no-context');
	if (!f.planned) bits.push('no-planned');
	if (f.lang) bits.push(f.lang);
	let stem = bits.join('_').replace(/[^a-z0-9_-]+/gi, '-').toLowerCase() || 'timeline';
	if (stem.length > 80) stem = stem.slice(0, 80).replace(/[-_]+$/, '');
	return `moc-${stem}.${ext}`;
}
