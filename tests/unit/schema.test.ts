import { describe, expect, it } from 'vitest';
import { parseTimeline, serializeTimeline, SCHEMA_VERSION, type Timeline } from '../../src/lib/timeline/schema';

const minimal = (): Timeline => ({
	schemaVersion: SCHEMA_VERSION,
	articles: [{ id: 'a1', file: 'data/articles/a1.txt', title: 'T', published: '2024-03-12', publishedHow: 'stamp', language: 'vi', text: 'Chiều 12/3, hội đàm.', body: { start: 0, end: 20 } }],
	events: [
		{
			id: 'e1',
			type: 'talks',
			title: { vi: 'Hội đàm', en: 'Talks' },
			start: '2024-03-12',
			end: '2024-03-12',
			granularity: 'day',
			partOfDay: 'afternoon',
			dating: 'explicit',
			confidence: 0.9,
			status: 'occurred',
			role: 'main',
			people: ['p1'],
			cities: ['hanoi'],
			place: 'hanoi',
			delegation: 'd1',
			sources: [{ article: 'a1', quote: 'Chiều 12/3, hội đàm.', start: 0, end: 20 }]
		}
	],
	delegations: [{ id: 'd1', label: { vi: 'Đoàn', en: 'Delegation' }, leader: 'p1', from: 'hanoi', to: null, start: '2024-03-12', end: '2024-03-12', events: ['e1'] }],
	people: [{ id: 'p1', name: 'Đinh Tiến Dũng', aliases: [], country: 'VN', titles: [] }],
	cities: [{ id: 'hanoi', name: { vi: 'Hà Nội', en: 'Hanoi' }, aliases: ['Ha Noi'], country: 'VN' }],
	warnings: []
});

describe('timeline schema', () => {
	it('round-trips: serialise, parse, serialise gives the same bytes', () => {
		const text = serializeTimeline(parseTimeline(minimal()));
		expect(serializeTimeline(parseTimeline(JSON.parse(text)))).toBe(text);
	});

	it('rejects a dangling person id and says where', () => {
		const t = minimal();
		t.events[0].people = ['nobody'];
		expect(() => parseTimeline(t)).toThrow(/events\.0\.people: unknown person id "nobody"/);
	});

	it('rejects a quote whose offsets do not match its length', () => {
		const t = minimal();
		t.events[0].sources[0].end = 5;
		expect(() => parseTimeline(t)).toThrow(/quote length/);
	});

	it('rejects a malformed day and an unknown event type', () => {
		const t = minimal() as unknown as { events: { start: string; type: string }[] };
		t.events[0].start = '12/3/2024';
		t.events[0].type = 'party';
		expect(() => parseTimeline(t)).toThrow(/events\.0\.type: Invalid option/);
		expect(() => parseTimeline(t)).toThrow(/events\.0\.start: expected an ISO day/);
	});

	it('rejects an end before the start', () => {
		const t = minimal();
		t.events[0].start = '2024-03-13';
		expect(() => parseTimeline(t)).toThrow(/after end/);
	});

	it('requires the schema version', () => {
		expect(() => parseTimeline({ ...minimal(), schemaVersion: 2 })).toThrow(/schemaVersion/);
	});
});
