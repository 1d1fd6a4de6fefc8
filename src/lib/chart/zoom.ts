/**
 * Zoom and pan as pure maths on a view {k, x} (d3-zoom's transform, x only): the view scale is
 * the base scale stretched by k and shifted by x. d3-zoom drives it for wheel, drag and pinch;
 * buttons, keys and "zoom to this trip" compute the same views here.
 */
import { utcDay } from 'd3-time';
import type { TimeScale } from './time-axis';

export interface View {
	k: number;
	x: number;
}

export const IDENTITY: View = { k: 1, x: 0 };

/** The scale seen through a view. */
export function viewScale(base: TimeScale, v: View): TimeScale {
	const [r0, r1] = base.range();
	return base.copy().domain([base.invert((r0 - v.x) / v.k), base.invert((r1 - v.x) / v.k)]);
}

/** Deepest zoom: one day at most a third of the plot wide. */
export function maxZoom(base: TimeScale): number {
	const [r0, r1] = base.range();
	const [d0] = base.domain();
	const dayPx = base(utcDay.offset(d0, 1)) - base(d0);
	return Math.max(1, (r1 - r0) / 3 / Math.max(dayPx, 1e-9));
}

/** Keeps a view inside the base domain and the zoom limits (never zoomed out past everything). */
export function clampView(v: View, base: TimeScale): View {
	const [r0, r1] = base.range();
	const k = Math.min(maxZoom(base), Math.max(1, v.k));
	const x = Math.min(r0 * (1 - k), Math.max(r1 * (1 - k), v.x));
	return { k, x };
}

/** Zoom by `factor` keeping the point at pixel `px` where it is. */
export function zoomAt(v: View, factor: number, px: number, base: TimeScale): View {
	const k = Math.min(maxZoom(base), Math.max(1, v.k * factor));
	return clampView({ k, x: px - ((px - v.x) * k) / v.k }, base);
}

export function panBy(v: View, dx: number, base: TimeScale): View {
	return clampView({ k: v.k, x: v.x + dx }, base);
}

/** The view that shows [start, end) across the plot, with a margin of `pad` of the span each side. */
export function viewForRange(base: TimeScale, start: Date, end: Date, pad = 0.15): View {
	const [r0, r1] = base.range();
	const span = Math.max(+end - +start, 86_400_000);
	const a = new Date(+start - span * pad), b = new Date(+start + span * (1 + pad));
	const k = (r1 - r0) / (base(b) - base(a));
	return clampView({ k, x: r0 - k * base(a) }, base);
}

/** Are two views the same up to rounding (to avoid feedback loops between d3-zoom and props)? */
export function sameView(a: View, b: View): boolean {
	return Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 1e-3;
}
