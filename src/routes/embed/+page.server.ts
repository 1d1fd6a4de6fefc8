import { loadTimeline } from '$lib/server/timeline';

// The embed needs the events and their quotes, not the articles' full texts: a lighter page in a host's frame.
export function load() {
	const t = loadTimeline();
	return { timeline: { ...t, articles: t.articles.map(({ text: _text, body: _body, ...a }) => a) } };
}
