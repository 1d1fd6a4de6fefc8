/** Lanes: one per delegation (trip), then one for events of no trip, then one for context events. */
import type { Delegation, TimelineEvent } from '../timeline/schema';

export type LaneKind = 'delegation' | 'other' | 'context';

export interface Lane {
	id: string;
	label: string;
	kind: LaneKind;
	color: string;
}

export const CONTEXT_LANE = '__context';
export const OTHER_LANE = '__other';

/**
 * Colours for trips: distinct hues of similar weight, each ≥ 4.5:1 on white so marks and their
 * labels stay readable; grey is kept for context.
 */
export const PALETTE = ['#0f6e6a', '#4a3fb5', '#a34a0b', '#9f1d4f', '#1f5fae', '#3f6e1a', '#7a3d91', '#855d00'];
export const CONTEXT_COLOR = '#667085';
export const OTHER_COLOR = '#344054';

/** The lane an event is drawn in. */
export function laneOf(e: Pick<TimelineEvent, 'role' | 'delegation'>, delegationIds?: ReadonlySet<string>): string {
	if (e.role === 'context') return CONTEXT_LANE;
	if (e.delegation && (!delegationIds || delegationIds.has(e.delegation))) return e.delegation;
	return OTHER_LANE;
}

/**
 * The lanes that the given events need, delegations in the order of their first day.
 * A delegation keeps its colour whatever is filtered: colours come from its place among all delegations.
 */
export function buildLanes(
	events: readonly Pick<TimelineEvent, 'role' | 'delegation'>[],
	delegations: readonly Delegation[],
	labels: { delegation: (d: Delegation) => string; other: string; context: string }
): Lane[] {
	const all = [...delegations].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));
	const ids = new Set(all.map((d) => d.id));
	const used = new Set(events.map((e) => laneOf(e, ids)));
	const lanes: Lane[] = [];
	all.forEach((d, i) => {
		if (used.has(d.id)) lanes.push({ id: d.id, label: labels.delegation(d), kind: 'delegation', color: PALETTE[i % PALETTE.length] });
	});
	if (used.has(OTHER_LANE)) lanes.push({ id: OTHER_LANE, label: labels.other, kind: 'other', color: OTHER_COLOR });
	if (used.has(CONTEXT_LANE)) lanes.push({ id: CONTEXT_LANE, label: labels.context, kind: 'context', color: CONTEXT_COLOR });
	return lanes;
}

/** A delegation's colour by the same rule as its lane. */
export function delegationColor(id: string, delegations: readonly Delegation[]): string {
	const all = [...delegations].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));
	const i = all.findIndex((d) => d.id === id);
	return i < 0 ? OTHER_COLOR : PALETTE[i % PALETTE.length];
}
