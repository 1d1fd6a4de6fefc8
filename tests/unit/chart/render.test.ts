// The chart component renders in Node (svelte/server) to a standalone SVG: what issue 6's export and CLI build on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import TimelineChart from '../../../src/lib/chart/TimelineChart.svelte';
import { buildLanes } from '../../../src/lib/chart/lanes';
import { parseTimeline } from '../../../src/lib/timeline/schema';
import { m, pick } from '../../../src/lib/i18n';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));

function svgFor(lang: 'vi' | 'en', events = timeline.events) {
	const lanes = buildLanes(events, timeline.delegations, { delegation: (d) => pick(d.label, lang), other: m(lang).laneOther, context: m(lang).laneContext });
	const names = Object.fromEntries(timeline.people.map((p) => [p.id, p.name]));
	return render(TimelineChart, { props: { events, lanes, width: 800, lang, static: true, names, title: 'Mốc' } }).body;
}

describe('TimelineChart rendered with svelte/server', () => {
	it('gives one standalone <svg> with one mark per dated event', () => {
		const svg = svgFor('en');
		expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
		expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
		const marks = [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((x) => x[1]).sort();
		expect(marks).toEqual(timeline.events.filter((e) => e.start).map((e) => e.id).sort());
	});

	it('has no interactive attributes in static mode, and its own size', () => {
		const svg = svgFor('vi');
		expect(svg).not.toMatch(/tabindex|role="button"/);
		expect(svg).toMatch(/<svg[^>]*width="800"[^>]*height="\d+"/);
		// Styles are attributes, so the file needs no page CSS: every mark shape has its own fill.
		expect(svg).toMatch(/<circle[^>]*fill="#[0-9a-f]{6}"/);
	});

	it('follows the filtered events it is given, in the language asked', () => {
		const only = timeline.events.filter((e) => e.people.includes('dinh-tien-dung'));
		const svg = svgFor('vi', only);
		expect([...svg.matchAll(/data-event-id="/g)]).toHaveLength(only.filter((e) => e.start).length);
		expect(svg).toContain(m('vi').legendPlanned);
	});
});
