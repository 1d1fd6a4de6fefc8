import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BOM, CSV_COLUMNS, SOURCE_SEPARATOR, csvField, eventsToCsv, parseCsv, toCsv } from '../../../src/lib/export/csv';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));

/** A copy of a fixture event with invented, awkward text: commas, quotes, line breaks, Vietnamese. */
function awkward(t: Timeline): { t: Timeline; e: TimelineEvent } {
	const base = t.events[0];
	const quote = 'Ông Nguyễn Văn A nói: "Hợp tác, phát triển"\nvà ký kết.';
	const article = { ...t.articles.find((a) => a.id === base.sources[0].article)!, id: 'bai-moi', title: 'Tiêu đề, có "ngoặc kép"', text: quote };
	const e: TimelineEvent = {
		...base,
		id: 'ev-awkward',
		title: { vi: 'Hội đàm "đặc biệt", lần 2', en: 'Talks, "special"' },
		sources: [
			{ article: 'bai-moi', quote, start: 0, end: quote.length },
			{ ...base.sources[0] }
		]
	};
	return { t: { ...t, articles: [...t.articles, article], events: [...t.events, e] }, e };
}

describe('RFC 4180 fields and records', () => {
	it('quotes only fields that need it and doubles inner quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\r')).toBe('"cr\r"');
		expect(csvField(null)).toBe('');
		expect(csvField(0.85)).toBe('0.85');
		expect(csvField('Đinh Tiến Dũng')).toBe('Đinh Tiến Dũng');
	});

	it('ends every record with CRLF', () => {
		expect(toCsv([['a', 'b'], ['c,d', 'e']])).toBe('a,b\r\n"c,d",e\r\n');
	});

	it('reads back what it writes, including empty fields, quotes and line breaks', () => {
		const rows = [['id', 'text', ''], ['1', 'x, "y"\r\nz', ''], ['', 'Viêng Chăn', 'end']];
		expect(parseCsv(BOM + toCsv(rows))).toEqual(rows);
	});
});

describe('eventsToCsv', () => {
	it('starts with a UTF-8 BOM and the fixed header', () => {
		const csv = eventsToCsv(timeline.events, timeline, 'vi');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]);
	});

	it('has one row per event, in the order given, with its id first', () => {
		const some = timeline.events.filter((e) => e.people.includes('dinh-tien-dung'));
		const rows = parseCsv(eventsToCsv(some, timeline, 'en')).slice(1);
		expect(rows.map((r) => r[0])).toEqual(some.map((e) => e.id));
		for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
	});

	it('joins an event\'s sources in the same order in every source column, and keeps quotes exact', () => {
		const { t, e } = awkward(timeline);
		const [header, row] = parseCsv(eventsToCsv([e], t, 'vi'));
		const col = (n: string) => row[header.indexOf(n)];
		expect(col('source_count')).toBe('2');
		expect(col('quotes')).toBe(e.sources.map((s) => s.quote).join(SOURCE_SEPARATOR));
		expect(col('source_articles')).toBe(['bai-moi', e.sources[1].article].join(SOURCE_SEPARATOR));
		expect(col('source_titles').split(SOURCE_SEPARATOR)[0]).toBe('Tiêu đề, có "ngoặc kép"');
		expect(col('title')).toBe('Hội đàm "đặc biệt", lần 2');
	});

	it('writes labels in the language asked, ids unchanged', () => {
		const e = timeline.events.find((e) => e.type === 'talks')!;
		const vi = parseCsv(eventsToCsv([e], timeline, 'vi'));
		const en = parseCsv(eventsToCsv([e], timeline, 'en'));
		const col = (rows: string[][], n: string) => rows[1][rows[0].indexOf(n)];
		expect(col(vi, 'type')).toBe('talks');
		expect(col(en, 'type')).toBe('talks');
		expect(col(vi, 'type_label')).toBe('Hội đàm');
		expect(col(en, 'type_label')).toBe('Talks');
		expect(col(vi, 'title')).toBe(e.title.vi);
		expect(col(en, 'title')).toBe(e.title.en);
	});

	it('keeps undated events, with empty days', () => {
		const undated: TimelineEvent = { ...timeline.events[0], id: 'ev-undated', start: null, end: null, granularity: null, dating: null };
		const row = parseCsv(eventsToCsv([undated], timeline, 'en'))[1];
		expect(row[CSV_COLUMNS.indexOf('start')]).toBe('');
		expect(row[CSV_COLUMNS.indexOf('date')]).toBe('undated');
	});
});
