/**
 * The chart as SVG markup in Node: the dashboard's own TimelineChart rendered with svelte/server.
 * Used by the command line (`npm run chart`, which teaches Node to load .svelte files) and by tests.
 */
import { render } from 'svelte/server';
import TimelineChart from '../chart/TimelineChart.svelte';
import type { ChartProps } from './chart';

export function renderChartMarkup(props: ChartProps): string {
	const body = render(TimelineChart, { props }).body;
	const svg = body.match(/<svg\b[\s\S]*<\/svg>/)?.[0];
	if (!svg) throw new Error('TimelineChart rendered no <svg>');
	return svg;
}
