/**
 * The filtered events as JSON: the events exactly as the timeline has them (sources, quotes and
 * their offsets included), each source with its article's title, file and date beside it, and the
 * people, cities, delegations and articles they refer to, so the file can be read on its own.
 * Article texts are left out (they can be large); the quotes and offsets point into them.
 */
import { SCHEMA_VERSION, type Timeline, type TimelineEvent } from '../timeline/schema';
import { serializeFilters, type Filters } from '../filters/filters';
import type { Lang } from '../i18n';

export interface ExportJson {
	generator: 'Mốc';
	schemaVersion: typeof SCHEMA_VERSION;
	title: string;
	lang: Lang;
	/** The dashboard query for this view, e.g. "leader=dinh-tien-dung&lang=vi". */
	query: string;
	filters: Filters;
	count: number;
	events: (TimelineEvent & { sources: (TimelineEvent['sources'][number] & { articleTitle: string | null; articleFile: string | null; published: string | null })[] })[];
	delegations: Timeline['delegations'];
	people: Timeline['people'];
	cities: Timeline['cities'];
	articles: Omit<Timeline['articles'][number], 'text' | 'body'>[];
}

export function eventsToJsonData(events: readonly TimelineEvent[], timeline: Timeline, filters: Filters, lang: Lang, title: string): ExportJson {
	const articles = new Map(timeline.articles.map((a) => [a.id, a]));
	const used = <T extends { id: string }>(xs: readonly T[], ids: Set<string>) => xs.filter((x) => ids.has(x.id));
	const personIds = new Set(events.flatMap((e) => e.people));
	const delegationIds = new Set(events.flatMap((e) => (e.delegation ? [e.delegation] : [])));
	for (const d of timeline.delegations) if (delegationIds.has(d.id) && d.leader) personIds.add(d.leader);
	const cityIds = new Set(events.flatMap((e) => [...e.cities, ...(e.place ? [e.place] : [])]));
	for (const d of timeline.delegations) if (delegationIds.has(d.id)) for (const c of [d.from, d.to]) if (c) cityIds.add(c);
	const articleIds = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
	return {
		generator: 'Mốc',
		schemaVersion: SCHEMA_VERSION,
		title,
		lang,
		query: serializeFilters({ ...filters, event: null, lang }),
		filters: { ...filters, event: null },
		count: events.length,
		events: events.map((e) => ({
			...e,
			sources: e.sources.map((s) => {
				const a = articles.get(s.article);
				return { ...s, articleTitle: a?.title ?? null, articleFile: a?.file ?? null, published: a?.published ?? null };
			})
		})),
		delegations: used(timeline.delegations, delegationIds),
		people: used(timeline.people, personIds),
		cities: used(timeline.cities, cityIds),
		articles: used(timeline.articles, articleIds).map(({ text: _text, body: _body, ...a }) => a)
	};
}

export function eventsToJson(events: readonly TimelineEvent[], timeline: Timeline, filters: Filters, lang: Lang, title: string): string {
	return JSON.stringify(eventsToJsonData(events, timeline, filters, lang, title), null, 2) + '\n';
}
