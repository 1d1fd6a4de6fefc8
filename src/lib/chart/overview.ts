/** The overview strip's brush: pixels ↔ inclusive ISO days, snapped to whole days. */
import { utcDay } from 'd3-time';
import { dateToDay, dayEnd, dayToDate, type TimeScale } from './time-axis';

/** A brushed pixel range as the days it covers, from the day under its left edge to the day before its right edge. */
export function brushToDays(scale: TimeScale, x0: number, x1: number): [string, string] {
	const a = utcDay.round(scale.invert(Math.min(x0, x1)));
	let b = utcDay.offset(utcDay.round(scale.invert(Math.max(x0, x1))), -1);
	if (+b < +a) b = a;
	return [dateToDay(a), dateToDay(b)];
}

/** Inclusive days as the pixel range the brush shows, clamped to the strip. */
export function daysToBrush(scale: TimeScale, from: string | null, to: string | null): [number, number] | null {
	if (!from && !to) return null;
	const [r0, r1] = scale.range();
	const x0 = from ? Math.max(r0, scale(dayToDate(from))) : r0;
	const x1 = to ? Math.min(r1, scale(dayEnd(to))) : r1;
	return x1 > x0 ? [x0, x1] : [x0, x0 + 1];
}
