/** d3 maths for the time axis: pure functions, rendered by Svelte components. */
import { scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';

export interface AxisTick {
	x: number;
	label: string;
}

/** Parses an ISO day as a UTC midnight: days are calendar days, never shifted by the viewer's zone. */
export function dayToDate(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/** A UTC time scale over the events' days, padded by a day each side so edge marks are not clipped. */
export function timeScale(days: string[], width: number, margin = 24) {
	const dates = days.map(dayToDate);
	const min = dates.length ? new Date(Math.min(...dates.map(Number))) : dayToDate('2024-01-01');
	const max = dates.length ? new Date(Math.max(...dates.map(Number))) : dayToDate('2024-12-31');
	return scaleUtc()
		.domain([utcDay.offset(min, -1), utcDay.offset(max, 2)])
		.range([margin, Math.max(margin + 1, width - margin)]);
}

export function axisTicks(scale: ReturnType<typeof timeScale>, count = 6): AxisTick[] {
	const format = scale.tickFormat(count);
	return scale.ticks(count).map((d) => ({ x: scale(d), label: format(d) }));
}
