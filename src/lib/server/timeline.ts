/**
 * Build-time loader: the dashboard is prerendered from one timeline file.
 * `TIMELINE=<path>` overrides the default `data/timeline.json` for build and preview.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTimeline, type Timeline } from '$lib/timeline/schema';

let cached: { path: string; timeline: Timeline } | null = null;

export function timelinePath(): string {
	return resolve(process.env.TIMELINE || 'data/timeline.json');
}

export function loadTimeline(): Timeline {
	const path = timelinePath();
	if (cached?.path === path) return cached.timeline;
	if (!existsSync(path)) {
		throw new Error(`${path} not found: run "npm run preprocess" first, or set TIMELINE=<path to a timeline.json>.`);
	}
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new Error(`${path} is not valid JSON (${(e as Error).message}); run "npm run preprocess" again.`);
	}
	const timeline = parseTimeline(data, path);
	cached = { path, timeline };
	return timeline;
}
