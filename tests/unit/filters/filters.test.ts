import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyFilters, defaultFilters, knownFrom, parseFilters, serializeFilters, type Filters } from '../../../src/lib/filters/filters';
import { searchEntities } from '../../../src/lib/filters/search';
import { parseTimeline } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));
const known = knownFrom(timeline);
const parse = (q: string) => parseFilters(new URLSearchParams(q), known);

describe('parseFilters', () => {
	it('reads repeated and comma-separated values, keeping known ids once', () => {
		const { filters, rejected } = parse('city=hanoi&city=vientiane,hanoi&leader=dinh-tien-dung&type=talks&lang=vi');
		expect(filters.cities).toEqual(['hanoi', 'vientiane']);
		expect(filters.leaders).toEqual(['dinh-tien-dung']);
		expect(filters.types).toEqual(['talks']);
		expect(filters.lang).toBe('vi');
		expect(rejected).toEqual([]);
	});

	it('ignores unknown values and says which', () => {
		const { filters, rejected } = parse('city=atlantis&city=hanoi&leader=nobody&type=party&from=2024-02-30&lang=fr&context=maybe&delegation=x&event=y');
		expect(filters.cities).toEqual(['hanoi']);
		expect(filters.leaders).toEqual([]);
		expect(filters.from).toBeNull();
		expect(filters.lang).toBeNull();
		expect(filters.context).toBe(true);
		expect(rejected.map((r) => `${r.param}=${r.value}`).sort()).toEqual(
			['city=atlantis', 'context=maybe', 'delegation=x', 'event=y', 'from=2024-02-30', 'lang=fr', 'leader=nobody', 'type=party'].sort()
		);
	});

	it('swaps a reversed date range rather than showing nothing', () => {
		const { filters } = parse('from=2024-12-31&to=2024-01-01');
		expect([filters.from, filters.to]).toEqual(['2024-01-01', '2024-12-31']);
	});

	it('reads the context and planned toggles in several spellings', () => {
		expect(parse('context=hide&planned=0').filters).toMatchObject({ context: false, planned: false });
		expect(parse('context=show&planned=true').filters).toMatchObject({ context: true, planned: true });
	});
});

describe('serializeFilters', () => {
	it('round-trips through parse, with defaults left out', () => {
		const f: Filters = { ...defaultFilters(), cities: ['vientiane'], leaders: ['dinh-tien-dung'], types: ['talks', 'conference'], from: '2024-01-01', to: '2024-12-31', lang: 'en', context: false, delegation: timeline.delegations[0].id };
		const q = serializeFilters(f);
		expect(parse(q).filters).toEqual(f);
		expect(serializeFilters(defaultFilters())).toBe('');
	});

	it('writes the same address for the same state whatever the order of parameters read', () => {
		expect(serializeFilters(parse('lang=vi&city=hanoi&type=talks').filters)).toBe(serializeFilters(parse('type=talks&city=hanoi&lang=vi').filters));
	});
});

describe('applyFilters', () => {
	const ids = (q: string) => applyFilters(timeline.events, parse(q).filters).map((e) => e.id);

	it('keeps everything without filters', () => {
		expect(ids('')).toHaveLength(timeline.events.length);
	});

	it('keeps by city: only events in or involving the city', () => {
		const got = ids('city=ho-chi-minh-city');
		expect(got.length).toBeGreaterThan(0);
		for (const id of got) expect(timeline.events.find((e) => e.id === id)!.cities).toContain('ho-chi-minh-city');
	});

	it('keeps by person: only events the person took part in', () => {
		const got = ids('leader=dinh-tien-dung');
		const expected = timeline.events.filter((e) => e.people.includes('dinh-tien-dung')).map((e) => e.id);
		expect(got.sort()).toEqual(expected.sort());
	});

	it('combines values of one filter with "or" and different filters with "and"', () => {
		const both = ids('city=hanoi&city=ho-chi-minh-city');
		expect(both.length).toBe(timeline.events.filter((e) => e.cities.includes('hanoi') || e.cities.includes('ho-chi-minh-city')).length);
		const and = ids('city=hanoi&type=talks');
		expect(and.every((id) => timeline.events.find((e) => e.id === id)!.type === 'talks')).toBe(true);
	});

	it('keeps events whose days overlap the date range', () => {
		const got = ids('from=2024-03-13&to=2024-03-31');
		const expected = timeline.events.filter((e) => e.end! >= '2024-03-13' && e.start! <= '2024-03-31').map((e) => e.id);
		expect(got.sort()).toEqual(expected.sort());
		expect(expected.length).toBeGreaterThan(0);
	});

	it('hides context and planned events when asked', () => {
		expect(applyFilters(timeline.events, parse('context=hide').filters).some((e) => e.role === 'context')).toBe(false);
		expect(applyFilters(timeline.events, parse('planned=hide').filters).some((e) => e.status === 'planned')).toBe(false);
	});
});

describe('searchEntities', () => {
	const search = (q: string) => searchEntities(q, timeline.cities, timeline.people, 'en');

	it('finds a Vietnamese name typed without diacritics or capitals', () => {
		expect(search('dinh tien dung')[0]).toMatchObject({ kind: 'leader', id: 'dinh-tien-dung' });
		expect(search('ĐINH TIẾN')[0]).toMatchObject({ kind: 'leader', id: 'dinh-tien-dung' });
	});

	it('finds a city by any alias', () => {
		const vientiane = timeline.cities.find((c) => c.aliases.includes('Vientiane') || c.name.en === 'Vientiane')!;
		expect(search('Vientiane')[0]).toMatchObject({ kind: 'city', id: vientiane.id });
		expect(search('vieng chan')[0]).toMatchObject({ kind: 'city', id: vientiane.id });
		expect(searchEntities('Vientiane', timeline.cities, timeline.people, 'vi')[0].label).toBe(vientiane.name.vi);
	});

	it('finds nothing for an empty query or a name that is not there', () => {
		expect(search('   ')).toEqual([]);
		expect(search('zzzz')).toEqual([]);
	});
});

import { dashboardView } from '../../../src/lib/filters/view';

describe('dashboardView', () => {
	const view = (q: string) => dashboardView(timeline, parse(q).filters);

	it('shows every delegation without filters', () => {
		expect(view('').delegations).toHaveLength(timeline.delegations.length);
	});

	it('keeps only delegations with a visible event, each with only its visible events', () => {
		const v = view('city=ho-chi-minh-city');
		expect(v.delegations.length).toBeGreaterThan(0);
		for (const d of v.delegations) {
			expect(d.events.length).toBeGreaterThan(0);
			for (const e of d.events) expect(v.ids.has(e.id)).toBe(true);
		}
		const withCity = timeline.delegations.filter((d) => timeline.events.some((e) => e.delegation === d.id && e.cities.includes('ho-chi-minh-city')));
		expect(v.delegations.map((d) => d.delegation.id).sort()).toEqual(withCity.map((d) => d.id).sort());
	});

	it('lists events chronologically', () => {
		const starts = view('').dated.map((e) => e.start!);
		expect(starts).toEqual([...starts].sort());
	});
});
