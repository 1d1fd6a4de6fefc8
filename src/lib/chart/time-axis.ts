/** d3 maths for the time axis: pure functions, rendered by Svelte components. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { axisFormat, type Lang } from '../i18n';

export type TimeScale = ScaleTime<number, number>;

export interface AxisTick {
	/** Where the grid line goes (a boundary: midnight, first of the month, new year). */
	x: number;
	/** Where the label goes: on the line, or in the middle of the day when each tick is one day. */
	labelX: number;
	label: string;
	/** Year and month boundaries are drawn stronger than days. */
	major: boolean;
}

/** Parses an ISO day as a UTC midnight: days are calendar days, never shifted by the viewer's zone. */
export function dayToDate(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/** The ISO day a UTC instant falls on. */
export function dateToDay(d: Date): string {
	return d.toISOString().slice(0, 10);
}

/** The instant just after an inclusive last day: where a span drawn over that day ends. */
export function dayEnd(day: string): Date {
	return utcDay.offset(dayToDate(day), 1);
}

/**
 * The unzoomed domain: every event's days, padded so edge marks and their labels are not clipped
 * (5% of the span, and at least two days). A date range filter, when set, is the domain itself.
 */
export function baseDomain(spans: { start: string; end: string }[], from?: string | null, to?: string | null): [Date, Date] {
	let min = from ? dayToDate(from) : null;
	let max = to ? dayEnd(to) : null;
	if (!min || !max) {
		const starts = spans.map((s) => +dayToDate(s.start));
		const ends = spans.map((s) => +dayEnd(s.end));
		const lo = starts.length ? Math.min(...starts) : +dayToDate('2024-01-01');
		const hi = ends.length ? Math.max(...ends) : +dayEnd('2024-12-31');
		const pad = Math.max(2 * 86_400_000, (hi - lo) * 0.05);
		min ??= new Date(lo - pad);
		max ??= new Date(hi + pad);
	}
	if (+max <= +min) max = utcDay.offset(min, 1);
	return [min, max];
}

/** A UTC time scale from a domain onto [left, right]. */
export function timeScale(domain: [Date, Date], left: number, right: number): TimeScale {
	return scaleUtc().domain(domain).range([left, Math.max(left + 1, right)]);
}

/**
 * Ticks that adapt from years to days, about one per `spacing` pixels, labelled in the page's language.
 * Days are the finest unit (events have no hours); when each tick is one day its label sits in the
 * middle of that day, over the marks of that day. A label that would run into the previous one or
 * past the edge is left out.
 */
export function axisTicks(scale: TimeScale, lang: Lang, spacing = 90, charWidth = 6.6): AxisTick[] {
	const [r0, r1] = scale.range();
	const count = Math.max(2, Math.floor((r1 - r0) / spacing));
	let dates = scale.ticks(count);
	if (dates.length > 1 && +dates[1] - +dates[0] < 86_400_000) dates = scale.ticks(utcDay.every(1)!);
	const daily = dates.length > 1 && +dates[1] - +dates[0] === 86_400_000;
	const dayPx = scale(utcDay.offset(scale.domain()[0], 1)) - scale(scale.domain()[0]);
	const format = axisFormat(lang);
	const ticks: AxisTick[] = [];
	let lastRight = -Infinity;
	// Days before the first tick still get a label when their middle is on the plot.
	if (daily && dates.length) dates = [utcDay.offset(dates[0], -1), ...dates];
	for (const d of dates) {
		const x = scale(d);
		const labelX = daily ? x + dayPx / 2 : x;
		let label = format(d);
		const w = label.length * charWidth;
		if (labelX - w / 2 < Math.max(lastRight + 8, r0 - 12) || labelX + w / 2 > r1 + 12) label = '';
		else lastRight = labelX + w / 2;
		const major = d.getUTCDate() === 1;
		ticks.push({ x, labelX, label, major });
	}
	return ticks;
}
