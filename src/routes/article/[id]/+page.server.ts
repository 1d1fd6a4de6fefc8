import { error } from '@sveltejs/kit';
import { loadTimeline } from '$lib/server/timeline';
import type { EntryGenerator } from './$types';

// Every article of the timeline gets a page, linked or not.
export const entries: EntryGenerator = () => loadTimeline().articles.map((a) => ({ id: a.id }));

export function load({ params }) {
	const t = loadTimeline();
	const article = t.articles.find((a) => a.id === params.id);
	if (!article) error(404, `No article "${params.id}" in the timeline; the dashboard lists the articles it has.`);
	const events = t.events.filter((e) => e.sources.some((s) => s.article === article.id));
	const personIds = new Set(events.flatMap((e) => e.people));
	return { article, events, people: t.people.filter((p) => personIds.has(p.id)) };
}
