import { loadTimeline } from '$lib/server/timeline';

export function load() {
	return { timeline: loadTimeline() };
}
