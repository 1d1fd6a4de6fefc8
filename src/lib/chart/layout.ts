/**
 * Where every mark goes: x from the time scale, lane from the event, and a row inside the lane
 * so that marks (and their labels, when there is room) never overlap on dense days.
 */
import { utcHour } from 'd3-time';
import type { TimelineEvent } from '../timeline/schema';
import { laneOf, type Lane } from './lanes';
import { markShape, isInferredDay, type MarkShape } from './marks';
import { dayEnd, dayToDate, type TimeScale } from './time-axis';

export interface MarkGeom {
	id: string;
	lane: string;
	shape: MarkShape;
	planned: boolean;
	context: boolean;
	inferred: boolean;
	/** Horizontal extent of the mark itself. */
	x0: number;
	x1: number;
	/** Centre of a point mark (the middle of its day). */
	cx: number;
	row: number;
	/** Vertical centre, relative to the top of the lanes block. */
	y: number;
	color: string;
	label: string;
	/** Where the label is drawn, or null when there is no room for it. */
	labelX: number | null;
	labelAnchor: 'start' | 'end';
}

export interface LaneGeom extends Lane {
	/** Top of the lane, relative to the top of the lanes block. */
	y: number;
	height: number;
	rows: number;
}

/** Space between a mark and its label (clears the dashed ring of an inferred day). */
export const LABEL_GAP = 8;

export interface LayoutOptions {
	/** Plot area: marks outside it are kept (clipped) but do not take rows. */
	left: number;
	right: number;
	/** Point radius; spans are at least this wide each side. */
	radius?: number;
	rowHeight?: number;
	laneHeader?: number;
	lanePadding?: number;
	/** Above this many rows a lane drops its labels to stay compact (when that makes it shorter). */
	maxLabelRows?: number;
	/** Estimated width of one label character, px. */
	charWidth?: number;
	gap?: number;
}

export interface ChartLayout {
	lanes: LaneGeom[];
	marks: MarkGeom[];
	height: number;
}

interface Item {
	m: MarkGeom;
	/** Extent that must not overlap others in the same row: the mark and, if shown, its label. */
	lo: number;
	hi: number;
}

/**
 * Greedy interval packing: items in order of their left edge each take the first row that is free
 * by then. Returns the number of rows used. Pure, so the stacking is unit-tested, not eyeballed.
 */
export function packRows<T extends { lo: number; hi: number }>(items: T[], gap: number, assign: (item: T, row: number) => void): number {
	const ends: number[] = [];
	const sorted = [...items].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
	for (const it of sorted) {
		let row = ends.findIndex((end) => end + gap <= it.lo);
		if (row < 0) {
			row = ends.length;
			ends.push(it.hi);
		} else ends[row] = it.hi;
		assign(it, row);
	}
	return ends.length;
}

export function layoutChart(
	events: readonly TimelineEvent[],
	lanes: readonly Lane[],
	scale: TimeScale,
	labelOf: (e: TimelineEvent) => string,
	opts: LayoutOptions
): ChartLayout {
	const { left, right, radius = 6, rowHeight = 24, laneHeader = 22, lanePadding = 10, maxLabelRows = 6, charWidth = 6.4, gap = 4 } = opts;
	const laneIds = new Set(lanes.filter((l) => l.kind === 'delegation').map((l) => l.id));
	const byLane = new Map<string, Item[]>(lanes.map((l) => [l.id, []]));
	const marks: MarkGeom[] = [];

	for (const e of events) {
		if (!e.start || !e.end) continue;
		const lane = lanes.find((l) => l.id === laneOf(e, laneIds));
		if (!lane) continue;
		const shape = markShape(e);
		const cx = scale(utcHour.offset(dayToDate(e.start), 12));
		let x0 = shape === 'point' ? cx - radius : scale(dayToDate(e.start));
		let x1 = shape === 'point' ? cx + radius : scale(dayEnd(e.end));
		if (x1 - x0 < 2 * radius) {
			const mid = (x0 + x1) / 2;
			[x0, x1] = [mid - radius, mid + radius];
		}
		const m: MarkGeom = {
			id: e.id,
			lane: lane.id,
			shape,
			planned: e.status === 'planned',
			context: e.role === 'context',
			inferred: isInferredDay(e),
			x0,
			x1,
			cx: shape === 'point' ? cx : (x0 + x1) / 2,
			row: 0,
			y: 0,
			color: lane.color,
			label: labelOf(e),
			labelX: null,
			labelAnchor: 'start'
		};
		marks.push(m);
		byLane.get(lane.id)!.push({ m, lo: x0, hi: x1 });
	}

	const laneGeoms: LaneGeom[] = [];
	let y = 0;
	for (const lane of lanes) {
		const items = byLane.get(lane.id)!.filter((it) => it.m.x1 >= left && it.m.x0 <= right);
		// First try with labels beside the marks; a lane that would grow too tall goes without.
		const withLabels = items.map((it) => {
			const w = it.m.label.length * charWidth + 6;
			const fitsRight = it.m.x1 + LABEL_GAP + w <= right;
			const fitsLeft = it.m.x0 - LABEL_GAP - w >= left;
			const side: 'start' | 'end' | null = fitsRight ? 'start' : fitsLeft ? 'end' : null;
			return { ...it, side, row: 0, lo: side === 'end' ? it.m.x0 - LABEL_GAP - w : it.lo, hi: side === 'start' ? it.m.x1 + LABEL_GAP + w : it.hi };
		});
		let rows = packRows(withLabels, gap, (it, r) => (it.row = r));
		// Labels go only when dropping them makes the lane shorter: marks of one busy day stack as
		// many rows without their labels, and would then be unnamed dots for nothing.
		const bare = rows > maxLabelRows ? packRows(items, gap, () => {}) : rows;
		if (rows <= maxLabelRows || bare >= rows - 1) {
			for (const it of withLabels) {
				it.m.row = it.row;
				if (it.side) {
					it.m.labelAnchor = it.side;
					it.m.labelX = it.side === 'start' ? it.m.x1 + LABEL_GAP : it.m.x0 - LABEL_GAP;
				}
			}
		} else {
			rows = packRows(items, gap, (it, r) => (it.m.row = r));
		}
		// A lane with nothing in view (zoomed elsewhere) folds to its title, keeping the others in sight.
		const height = items.length ? laneHeader + rows * rowHeight + lanePadding : laneHeader + 6;
		rows = Math.max(items.length ? 1 : 0, rows);
		for (const it of byLane.get(lane.id)!) it.m.y = y + laneHeader + it.m.row * rowHeight + rowHeight / 2;
		laneGeoms.push({ ...lane, y, height, rows });
		y += height;
	}
	return { lanes: laneGeoms, marks, height: y };
}

export interface LegendItem<K extends string = string> {
	key: K;
	label: string;
	x: number;
	y: number;
}

/** Legend entries in rows that wrap at the width: a swatch of `swatch` px, then the label. */
export function legendLayout<K extends string>(items: { key: K; label: string }[], width: number, opts: { swatch?: number; gap?: number; rowHeight?: number; charWidth?: number; left?: number } = {}): { items: LegendItem<K>[]; height: number } {
	const { swatch = 22, gap = 18, rowHeight = 20, charWidth = 6.4, left = 0 } = opts;
	let x = left, y = 0;
	const out: LegendItem<K>[] = [];
	for (const it of items) {
		const w = swatch + 6 + it.label.length * charWidth;
		if (x > left && x + w > width) {
			x = left;
			y += rowHeight;
		}
		out.push({ ...it, x, y });
		x += w + gap;
	}
	return { items: out, height: items.length ? y + rowHeight : 0 };
}

/** Horizontal padding of the chart's plot inside its SVG (the page uses it to mirror the chart's scale). */
export const CHART_PAD = 16;
