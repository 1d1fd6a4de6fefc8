import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventsToJson, eventsToJsonData } from '../../../src/lib/export/json';
import { defaultFilters } from '../../../src/lib/filters/filters';
import { parseTimeline } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));

describe('eventsToJson', () => {
	const f = { ...defaultFilters(), leaders: ['dinh-tien-dung'] };
	const events = timeline.events.filter((e) => e.people.includes('dinh-tien-dung'));

	it('holds the events as the timeline has them, each source with its article beside it', () => {
		const data = JSON.parse(eventsToJson(events, timeline, f, 'vi', 'Đinh Tiến Dũng'));
		expect(data.count).toBe(events.length);
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
		for (const [i, e] of events.entries()) {
			const got = data.events[i];
			expect({ ...got, sources: undefined }).toEqual({ ...e, sources: undefined });
			e.sources.forEach((s, j) => {
				const a = timeline.articles.find((a) => a.id === s.article)!;
				expect(got.sources[j]).toEqual({ ...s, articleTitle: a.title, articleFile: a.file, published: a.published });
			});
		}
		expect(data.query).toBe('leader=dinh-tien-dung&lang=vi');
		expect(data.title).toBe('Đinh Tiến Dũng');
	});

	it('brings the people, cities, delegations and articles it refers to, and no article text', () => {
		const data = eventsToJsonData(events, timeline, f, 'en', 't');
		const people = new Set(data.people.map((p) => p.id));
		for (const e of events) for (const p of e.people) expect(people.has(p)).toBe(true);
		const cities = new Set(data.cities.map((c) => c.id));
		for (const e of events) for (const c of e.cities) expect(cities.has(c)).toBe(true);
		expect(data.delegations.map((d) => d.id).sort()).toEqual([...new Set(events.map((e) => e.delegation).filter(Boolean))].sort());
		for (const a of data.articles) expect('text' in a).toBe(false);
		// Nothing unrelated: a person in no exported event and leading no exported trip is left out.
		const unrelated = timeline.people.find((p) => !events.some((e) => e.people.includes(p.id)) && !data.delegations.some((d) => d.leader === p.id));
		if (unrelated) expect(people.has(unrelated.id)).toBe(false);
	});

	it('is stable: the same view gives the same bytes', () => {
		expect(eventsToJson(events, timeline, f, 'en', 't')).toBe(eventsToJson(events, timeline, f, 'en', 't'));
	});
});
