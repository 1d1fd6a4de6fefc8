/** What the dashboard shows for a timeline and its filters: pure, so panels, chart and table agree. */
import type { Delegation, Timeline, TimelineEvent } from '../timeline/schema';
import { applyFilters, isFiltering, type Filters } from './filters';

/** Events of a delegation: those that name it, and those it lists. */
export function delegationEvents(d: Delegation, events: readonly TimelineEvent[]): TimelineEvent[] {
	const listed = new Set(d.events);
	return sortEvents(events.filter((e) => e.delegation === d.id || listed.has(e.id)));
}

/** Chronological, undated last, ties by id so the order is stable. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || (a.end ?? '').localeCompare(b.end ?? '') || a.id.localeCompare(b.id));
}

export interface DashboardView {
	events: TimelineEvent[];
	dated: TimelineEvent[];
	undated: TimelineEvent[];
	ids: Set<string>;
	/** Delegations with at least one visible event (all of them when nothing is filtered), in date order. */
	delegations: { delegation: Delegation; events: TimelineEvent[] }[];
	/** Articles that the visible events cite. */
	articles: Set<string>;
}

export function dashboardView(t: Timeline, f: Filters): DashboardView {
	const events = sortEvents(applyFilters(t.events, f));
	const ids = new Set(events.map((e) => e.id));
	const filtering = isFiltering(f);
	const delegations = [...t.delegations]
		.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id))
		.map((d) => ({ delegation: d, events: delegationEvents(d, events) }))
		.filter((x) => (f.delegation ? x.delegation.id === f.delegation : !filtering || x.events.length > 0));
	return {
		events,
		dated: events.filter((e) => e.start && e.end),
		undated: events.filter((e) => !e.start || !e.end),
		ids,
		delegations,
		articles: new Set(events.flatMap((e) => e.sources.map((s) => s.article)))
	};
}
