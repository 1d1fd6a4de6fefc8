import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chartProps, domainFor, EXPORT_WIDTH, exportFileName, viewTitle } from '../../../src/lib/export/chart';
import { defaultFilters, type Filters } from '../../../src/lib/filters/filters';
import { dashboardView } from '../../../src/lib/filters/view';
import { parseTimeline } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));
const f = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });

describe('chartProps', () => {
	it('draws the dated events of the view, static, at the export width', () => {
		const p = chartProps(timeline, f({ cities: ['ho-chi-minh-city'] }), 'en');
		const view = dashboardView(timeline, f({ cities: ['ho-chi-minh-city'] }));
		expect(p.events.map((e) => e.id)).toEqual(view.dated.map((e) => e.id));
		expect(p.static).toBe(true);
		expect(p.width).toBe(EXPORT_WIDTH);
		// One lane per trip (or context, or other) that a drawn event needs, no more.
		expect(new Set(p.lanes.map((l) => l.id))).toEqual(new Set(view.dated.map((e) => (e.role === 'context' ? '__context' : (e.delegation ?? '__other')))));
	});

	it('spans the date range filter exactly, and the whole timeline when nothing matches', () => {
		const ranged = domainFor({ dated: [] }, timeline, { from: '2024-01-01', to: '2024-12-31' });
		expect(ranged.map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-01-01', '2025-01-01']);
		const empty = chartProps(timeline, f({ types: ['signing'] }), 'en');
		expect(empty.events).toEqual([]);
		const all = chartProps(timeline, f({}), 'en');
		expect(empty.domain).toEqual(all.domain);
	});
});

describe('viewTitle', () => {
	it('names the delegation, else the people, cities, types and dates filtered on', () => {
		const d = timeline.delegations[0];
		expect(viewTitle(timeline, f({ delegation: d.id }), 'vi')).toBe(d.label.vi);
		expect(viewTitle(timeline, f({ leaders: ['dinh-tien-dung'], cities: ['vientiane'] }), 'vi')).toBe('Đinh Tiến Dũng · Viêng Chăn');
		expect(viewTitle(timeline, f({ types: ['talks'], from: '2024-03-01', to: '2024-03-31' }), 'en')).toBe('Talks · 1–31 Mar 2024');
	});

	it('falls back to the general title', () => {
		expect(viewTitle(timeline, f({}), 'en')).toMatch(/Vietnam–Laos/);
		expect(viewTitle(timeline, f({}), 'vi')).toMatch(/Việt Nam – Lào/);
	});
});

describe('exportFileName', () => {
	it('says which view the file holds, in safe characters', () => {
		expect(exportFileName(f({}), 'svg')).toBe('moc-timeline.svg');
		expect(exportFileName(f({ leaders: ['dinh-tien-dung'], lang: 'vi' }), 'csv')).toBe('moc-dinh-tien-dung_vi.csv');
		expect(exportFileName(f({ types: ['courtesy_call'], from: '2024-01-01' }), 'png')).toBe('moc-courtesy-call_from-2024-01-01.png');
	});

	it('stays short with many filters', () => {
		const many = f({ cities: Array.from({ length: 20 }, (_, i) => `city-number-${i}`) });
		expect(exportFileName(many, 'json').length).toBeLessThanOrEqual(4 + 80 + 5);
	});
});
