/**
 * Filter state as it lives in the URL: a pure parse/serialize pair and the filtering itself.
 * `?city=hanoi&city=vientiane&leader=dinh-tien-dung&type=talks&from=2024-01-01&to=2024-12-31&lang=vi`
 * Values the timeline does not know are dropped and reported, so the page can say what it ignored.
 */
import { EVENT_TYPES, type EventType, type Timeline, type TimelineEvent } from '../timeline/schema';
import { isLang, type Lang } from '../i18n';

export interface Filters {
	cities: string[];
	/** People ids: an event passes when one of them took part in it. */
	leaders: string[];
	types: EventType[];
	from: string | null;
	to: string | null;
	lang: Lang | null;
	delegation: string | null;
	/** Show context events (default) — `context=hide` hides them. */
	context: boolean;
	/** Show planned events (default) — `planned=hide` hides them. */
	planned: boolean;
	/** The selected event, so a shared link opens its details. */
	event: string | null;
}

export interface Known {
	cities: ReadonlySet<string>;
	people: ReadonlySet<string>;
	delegations: ReadonlySet<string>;
	events: ReadonlySet<string>;
}

export interface Rejected {
	param: string;
	value: string;
}

export function defaultFilters(): Filters {
	return { cities: [], leaders: [], types: [], from: null, to: null, lang: null, delegation: null, context: true, planned: true, event: null };
}

export function knownFrom(t: Pick<Timeline, 'cities' | 'people' | 'delegations' | 'events'>): Known {
	const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
	return { cities: ids(t.cities), people: ids(t.people), delegations: ids(t.delegations), events: ids(t.events) };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isDay(s: string): boolean {
	if (!ISO_DAY.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const SHOW = new Set(['show', '1', 'true', 'yes', 'on']);
const HIDE = new Set(['hide', '0', 'false', 'no', 'off']);

/** Parameters this page reads; any other parameter (e.g. a tracker's) is left alone silently. */
export const PARAMS = ['city', 'leader', 'type', 'from', 'to', 'lang', 'delegation', 'context', 'planned', 'event'] as const;

/** URL → filters. Repeated parameters add up; duplicates collapse; unknown values go to `rejected`. */
export function parseFilters(params: URLSearchParams, known: Known): { filters: Filters; rejected: Rejected[] } {
	const f = defaultFilters();
	const rejected: Rejected[] = [];
	const reject = (param: string, value: string) => rejected.push({ param, value });
	const addAll = (param: string, set: ReadonlySet<string>, into: string[]) => {
		for (const v of params.getAll(param)) {
			for (const one of v.split(',')) {
				const id = one.trim();
				if (!id) continue;
				if (!set.has(id)) reject(param, id);
				else if (!into.includes(id)) into.push(id);
			}
		}
	};
	addAll('city', known.cities, f.cities);
	addAll('leader', known.people, f.leaders);
	addAll('type', new Set(EVENT_TYPES), f.types);
	for (const p of ['from', 'to'] as const) {
		const v = params.get(p);
		if (v === null || v === '') continue;
		if (isDay(v)) f[p] = v;
		else reject(p, v);
	}
	if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
	const lang = params.get('lang');
	if (lang !== null) {
		if (isLang(lang)) f.lang = lang;
		else reject('lang', lang);
	}
	const one = (param: 'delegation' | 'event', set: ReadonlySet<string>) => {
		const v = params.get(param);
		if (v === null || v === '') return;
		if (set.has(v)) f[param] = v;
		else reject(param, v);
	};
	one('delegation', known.delegations);
	one('event', known.events);
	for (const p of ['context', 'planned'] as const) {
		const v = params.get(p);
		if (v === null) continue;
		if (SHOW.has(v.toLowerCase())) f[p] = true;
		else if (HIDE.has(v.toLowerCase())) f[p] = false;
		else reject(p, v);
	}
	return { filters: f, rejected };
}

/** Filters → query string (no "?"), in a fixed order, defaults left out, so equal states give equal URLs. */
export function serializeFilters(f: Filters): string {
	const p = new URLSearchParams();
	for (const c of f.cities) p.append('city', c);
	for (const l of f.leaders) p.append('leader', l);
	for (const t of f.types) p.append('type', t);
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	if (f.delegation) p.set('delegation', f.delegation);
	if (!f.context) p.set('context', 'hide');
	if (!f.planned) p.set('planned', 'hide');
	if (f.event) p.set('event', f.event);
	if (f.lang) p.set('lang', f.lang);
	return p.toString();
}

/** True when some filter narrows the events (language and selection do not). */
export function isFiltering(f: Filters): boolean {
	return !!(f.cities.length || f.leaders.length || f.types.length || f.from || f.to || f.delegation || !f.context || !f.planned);
}

/** Clears every narrowing filter but keeps the language. */
export function clearedFilters(f: Filters): Filters {
	return { ...defaultFilters(), lang: f.lang };
}

/** Does one event pass the filters? Several values of one filter are alternatives; different filters all apply. */
export function eventPasses(e: TimelineEvent, f: Filters): boolean {
	if (!f.context && e.role === 'context') return false;
	if (!f.planned && e.status === 'planned') return false;
	if (f.types.length && !f.types.includes(e.type)) return false;
	if (f.delegation && e.delegation !== f.delegation) return false;
	if (f.cities.length && !f.cities.some((c) => e.cities.includes(c) || e.place === c)) return false;
	if (f.leaders.length && !f.leaders.some((p) => e.people.includes(p))) return false;
	if (f.from || f.to) {
		// A date range keeps the events whose days overlap it; an undated event cannot be placed in it.
		if (!e.start || !e.end) return false;
		if (f.from && e.end < f.from) return false;
		if (f.to && e.start > f.to) return false;
	}
	return true;
}

export function applyFilters(events: readonly TimelineEvent[], f: Filters): TimelineEvent[] {
	return events.filter((e) => eventPasses(e, f));
}
