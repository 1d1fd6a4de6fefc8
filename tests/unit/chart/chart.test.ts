import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTimeline, type TimelineEvent } from '../../../src/lib/timeline/schema';
import { axisTicks, baseDomain, dayToDate, timeScale } from '../../../src/lib/chart/time-axis';
import { buildLanes, CONTEXT_LANE, laneOf, OTHER_LANE } from '../../../src/lib/chart/lanes';
import { LABEL_GAP, layoutChart, legendLayout, packRows } from '../../../src/lib/chart/layout';
import { isInferredDay, markShape } from '../../../src/lib/chart/marks';
import { clampView, IDENTITY, maxZoom, panBy, viewForRange, viewScale, zoomAt } from '../../../src/lib/chart/zoom';
import { brushToDays, daysToBrush } from '../../../src/lib/chart/overview';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));
const ev = (o: Partial<TimelineEvent>): TimelineEvent => ({
	id: 'e', type: 'talks', title: { vi: 'x', en: 'x' }, start: '2024-03-11', end: '2024-03-11', granularity: 'day', partOfDay: null,
	dating: 'explicit', confidence: 0.9, status: 'occurred', role: 'main', people: [], cities: [], place: null, delegation: null,
	sources: [{ article: 'a', quote: 'q', start: 0, end: 1 }], ...o
});
const lanesOf = (events: readonly TimelineEvent[]) =>
	buildLanes(events, timeline.delegations, { delegation: (d) => d.label.en, other: 'Other', context: 'Context' });

describe('markShape', () => {
	it('draws one sure day as a point and a stated span as a bar', () => {
		expect(markShape(ev({}))).toBe('point');
		expect(markShape(ev({ end: '2024-03-13', granularity: 'span' }))).toBe('bar');
	});
	it('draws days an event may fall on as a hatched span', () => {
		expect(markShape(ev({ start: '2024-02-20', end: '2024-02-29', granularity: 'part_of_month' }))).toBe('uncertain');
		expect(markShape(ev({ end: '2024-03-13', granularity: 'span', dating: 'inferred' }))).toBe('uncertain');
		expect(markShape(ev({ end: '2024-03-13', granularity: 'span', confidence: 0.3 }))).toBe('uncertain');
	});
	it('marks a single inferred or doubtful day', () => {
		expect(isInferredDay(ev({ dating: 'inferred' }))).toBe(true);
		expect(isInferredDay(ev({ confidence: 0.4 }))).toBe(true);
		expect(isInferredDay(ev({}))).toBe(false);
	});
});

describe('lanes', () => {
	it('gives each delegation with events a lane in date order, then other, then context', () => {
		const lanes = lanesOf(timeline.events);
		const withEvents = timeline.delegations.filter((d) => timeline.events.some((e) => e.delegation === d.id && e.role === 'main'));
		expect(lanes.filter((l) => l.kind === 'delegation')).toHaveLength(withEvents.length);
		const starts = lanes.filter((l) => l.kind === 'delegation').map((l) => timeline.delegations.find((d) => d.id === l.id)!.start!);
		expect(starts).toEqual([...starts].sort());
		expect(lanes.at(-1)!.id).toBe(CONTEXT_LANE);
	});
	it('keeps a delegation\'s colour when others are filtered out', () => {
		const all = lanesOf(timeline.events);
		const last = all.filter((l) => l.kind === 'delegation').at(-1)!;
		const only = lanesOf(timeline.events.filter((e) => e.delegation === last.id));
		expect(only[0].color).toBe(last.color);
	});
	it('puts events of no known delegation in the other lane', () => {
		expect(laneOf(ev({ delegation: null }))).toBe(OTHER_LANE);
		expect(laneOf(ev({ delegation: 'gone' }), new Set(['x']))).toBe(OTHER_LANE);
		expect(laneOf(ev({ role: 'context', delegation: 'x' }))).toBe(CONTEXT_LANE);
	});
});

describe('packRows', () => {
	it('stacks overlapping intervals and reuses free rows', () => {
		const items = [{ lo: 0, hi: 10 }, { lo: 5, hi: 15 }, { lo: 12, hi: 20 }, { lo: 30, hi: 40 }];
		const rows = new Map<object, number>();
		const n = packRows(items, 1, (it, r) => rows.set(it, r));
		expect(n).toBe(2);
		expect(items.map((it) => rows.get(it))).toEqual([0, 1, 0, 0]);
	});
});

describe('layoutChart', () => {
	const dated = timeline.events.filter((e) => e.start);
	const lanes = lanesOf(dated);
	const scaleFor = (width: number) => timeScale(baseDomain(dated as { start: string; end: string }[]), 10, width - 10);

	it('draws every dated event once, in its lane', () => {
		const l = layoutChart(dated, lanes, scaleFor(1000), (e) => e.type, { left: 10, right: 990 });
		expect(l.marks.map((m) => m.id).sort()).toEqual(dated.map((e) => e.id).sort());
		for (const m of l.marks) {
			const lane = l.lanes.find((x) => x.id === m.lane)!;
			expect(m.y).toBeGreaterThan(lane.y);
			expect(m.y).toBeLessThan(lane.y + lane.height);
		}
	});

	it('never lets two marks (or shown labels) in a lane overlap, at any width', () => {
		for (const width of [360, 800, 1200, 4000]) {
			const l = layoutChart(dated, lanes, scaleFor(width), (e) => e.type, { left: 10, right: width - 10 });
			const ext = (m: (typeof l.marks)[number]) => {
				const w = m.labelX === null ? 0 : m.label.length * 6.4 + 6;
				return m.labelX === null ? [m.x0, m.x1] : m.labelAnchor === 'start' ? [m.x0, m.x1 + LABEL_GAP + w] : [m.x0 - LABEL_GAP - w, m.x1];
			};
			for (const a of l.marks)
				for (const b of l.marks) {
					if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
					const [a0, a1] = ext(a), [b0, b1] = ext(b);
					expect(a1 <= b0 || b1 <= a0, `${a.id} and ${b.id} overlap at width ${width}`).toBe(true);
				}
		}
	});

	it('stacks the events of one busy day into rows', () => {
		const busy = [ev({ id: 'a' }), ev({ id: 'b' }), ev({ id: 'c' })];
		const s = timeScale([dayToDate('2024-01-01'), dayToDate('2025-01-01')], 0, 400);
		const l = layoutChart(busy, lanesOf(busy), s, () => 'Talks', { left: 0, right: 400 });
		expect(new Set(l.marks.map((m) => m.row)).size).toBe(3);
		expect(l.lanes[0].rows).toBe(3);
	});

	it('keeps the labels of a busy day whose marks would stack as high without them', () => {
		const busy = 'abcdefgh'.split('').map((id) => ev({ id }));
		const s = timeScale([dayToDate('2023-01-01'), dayToDate('2025-01-01')], 0, 1000);
		const l = layoutChart(busy, lanesOf(busy), s, () => 'Working session', { left: 0, right: 1000, maxLabelRows: 6 });
		expect(l.lanes[0].rows).toBe(8);
		expect(l.marks.every((m) => m.labelX !== null)).toBe(true);
	});

	it('drops labels in a crowded lane when that makes it shorter', () => {
		// Eight events a few days apart: with labels each needs a row, without them they share one.
		const days = ['2024-03-01', '2024-03-08', '2024-03-15', '2024-03-22', '2024-03-29', '2024-04-05', '2024-04-12', '2024-04-19'];
		const spread = days.map((d, i) => ev({ id: `s${i}`, start: d, end: d }));
		const s = timeScale([dayToDate('2024-01-01'), dayToDate('2024-12-31')], 0, 1000);
		const l = layoutChart(spread, lanesOf(spread), s, () => 'A rather long label for an event', { left: 0, right: 1000, maxLabelRows: 6 });
		expect(l.marks.every((m) => m.labelX === null)).toBe(true);
		expect(l.lanes[0].rows).toBeLessThan(6);
	});

	it('folds a lane with nothing in view to its title', () => {
		const s = timeScale([dayToDate('2024-03-10'), dayToDate('2024-03-15')], 10, 990);
		const l = layoutChart(dated, lanes, s, (e) => e.type, { left: 10, right: 990 });
		const empty = l.lanes.filter((lane) => !l.marks.some((m) => m.lane === lane.id && m.x1 >= 10 && m.x0 <= 990));
		const full = l.lanes.filter((lane) => !empty.includes(lane));
		expect(empty.length).toBeGreaterThan(0);
		for (const e of empty) expect(e.height).toBeLessThan(Math.min(...full.map((f) => f.height)));
	});

	it('keeps labels inside the plot', () => {
		const l = layoutChart(dated, lanes, scaleFor(600), (e) => e.title.en, { left: 10, right: 590 });
		for (const m of l.marks) {
			if (m.labelX === null) continue;
			const w = m.label.length * 6.4 + 6;
			if (m.labelAnchor === 'start') expect(m.labelX + w).toBeLessThanOrEqual(590);
			else expect(m.labelX - w).toBeGreaterThanOrEqual(10);
		}
	});

	it('draws a span at least a point wide, and an uncertain span over its days', () => {
		const span = ev({ id: 's', start: '2024-02-20', end: '2024-02-29', granularity: 'part_of_month' });
		const s = timeScale([dayToDate('2024-02-01'), dayToDate('2024-04-01')], 0, 600);
		const [m] = layoutChart([span], lanesOf([span]), s, () => '', { left: 0, right: 600 }).marks;
		expect(m.shape).toBe('uncertain');
		expect(m.x0).toBeCloseTo(s(dayToDate('2024-02-20')));
		expect(m.x1).toBeCloseTo(s(dayToDate('2024-03-01')));
	});
});

describe('axisTicks', () => {
	it('adapts from years to days as the domain narrows, and labels do not collide', () => {
		const years = axisTicks(timeScale([dayToDate('2020-01-01'), dayToDate('2025-01-01')], 0, 800), 'en');
		expect(years.filter((t) => t.label).every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		const days = axisTicks(timeScale([dayToDate('2024-03-10'), dayToDate('2024-03-15')], 0, 800), 'vi');
		expect(days.some((t) => t.label === '11/3')).toBe(true);
		for (const ticks of [years, days, axisTicks(timeScale([dayToDate('2022-05-01'), dayToDate('2024-04-01')], 0, 300), 'vi')]) {
			const labelled = ticks.filter((t) => t.label);
			for (let i = 1; i < labelled.length; i++) {
				const gap = labelled[i].x - labelled[i - 1].x;
				expect(gap).toBeGreaterThan((labelled[i].label.length + labelled[i - 1].label.length) * 3.3);
			}
		}
	});
	it('never goes finer than a day, and centres a day\'s label over that day', () => {
		const s = timeScale([dayToDate('2024-03-10'), dayToDate('2024-03-13')], 0, 1200);
		const ticks = axisTicks(s, 'en');
		expect(ticks.every((t) => (s.invert(t.x).getTime() % 86_400_000) === 0)).toBe(true);
		const t11 = ticks.find((t) => t.label === '11 Mar')!;
		expect(t11.labelX).toBeCloseTo((s(dayToDate('2024-03-11')) + s(dayToDate('2024-03-12'))) / 2);
	});
	it('pads the domain so marks at the edges are not clipped, or takes the date filter as it is', () => {
		const [a, b] = baseDomain([{ start: '2024-03-11', end: '2024-03-13' }]);
		expect(+a).toBeLessThan(+dayToDate('2024-03-11'));
		expect(+b).toBeGreaterThan(+dayToDate('2024-03-14'));
		expect(baseDomain([], '2024-01-01', '2024-12-31').map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-01-01', '2025-01-01']);
	});
});

describe('zoom', () => {
	const base = timeScale([dayToDate('2022-01-01'), dayToDate('2025-01-01')], 0, 1000);

	it('keeps the point under the cursor fixed when zooming', () => {
		const v = zoomAt(IDENTITY, 4, 300, base);
		expect(viewScale(base, v).invert(300).getTime()).toBeCloseTo(base.invert(300).getTime(), -3);
		expect(v.k).toBe(4);
	});
	it('never zooms out past everything nor pans beyond it', () => {
		expect(zoomAt(IDENTITY, 0.5, 500, base)).toEqual(clampView(IDENTITY, base));
		const v = panBy(zoomAt(IDENTITY, 2, 500, base), 10_000, base);
		expect(viewScale(base, v).domain()[0].getTime()).toBeGreaterThanOrEqual(base.domain()[0].getTime() - 1);
	});
	it('stops at a day a third of the plot wide', () => {
		const v = zoomAt(IDENTITY, 1e9, 500, base);
		expect(v.k).toBeCloseTo(maxZoom(base));
	});
	it('frames a delegation\'s days with a margin', () => {
		const v = viewForRange(base, dayToDate('2024-03-11'), dayToDate('2024-03-14'));
		const s = viewScale(base, v);
		const [a, b] = s.domain();
		expect(+a).toBeLessThan(+dayToDate('2024-03-11'));
		expect(+b).toBeGreaterThan(+dayToDate('2024-03-14'));
		expect(+b - +a).toBeLessThan(10 * 86_400_000);
	});
});

describe('overview brush', () => {
	const s = timeScale([dayToDate('2024-01-01'), dayToDate('2024-02-01')], 0, 310);
	it('snaps a brushed range to whole days and back', () => {
		const [x0, x1] = daysToBrush(s, '2024-01-05', '2024-01-10')!;
		expect(brushToDays(s, x0 + 2, x1 - 2)).toEqual(['2024-01-05', '2024-01-10']);
		expect(brushToDays(s, x1, x0)).toEqual(['2024-01-05', '2024-01-10']);
		expect(daysToBrush(s, null, null)).toBeNull();
	});
});
