import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { paragraphAround, segmentText } from '../../../src/lib/chart/text';
import { parseTimeline } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));

describe('the fixture', () => {
	it('has every quote at its offsets in its article text', () => {
		for (const e of timeline.events)
			for (const s of e.sources) expect(timeline.articles.find((a) => a.id === s.article)!.text!.slice(s.start, s.end)).toBe(s.quote);
	});
});

describe('paragraphAround', () => {
	it('returns the quote with the rest of its paragraph', () => {
		const text = 'Title\n\nBefore it. The quote here. After it.\nNext paragraph.';
		const start = text.indexOf('The quote');
		const p = paragraphAround(text, start, start + 'The quote here.'.length);
		expect(p).toEqual({ before: 'Before it. ', quote: 'The quote here.', after: ' After it.' });
	});
	it('cuts long context at a word with an ellipsis', () => {
		const text = 'word '.repeat(200) + 'QUOTE' + ' tail'.repeat(200);
		const s = text.indexOf('QUOTE');
		const p = paragraphAround(text, s, s + 5, 50);
		expect(p.before.startsWith('…')).toBe(true);
		expect(p.before.length).toBeLessThanOrEqual(52);
		expect(p.after.endsWith('…')).toBe(true);
	});
});

describe('segmentText', () => {
	it('rebuilds the text and marks overlapping quotes and the body', () => {
		const text = 'menu\nABCDEFGHIJ\nfooter';
		const segs = segmentText(text, [{ start: 5, end: 10 }, { start: 8, end: 14 }], { start: 5, end: 15 });
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.find((s) => s.text === 'DE')!.quotes.sort()).toEqual(['5-10', '8-14']);
		expect(segs[0]).toMatchObject({ text: 'menu\n', body: false, quotes: [] });
		expect(segs.at(-1)!.body).toBe(false);
	});
});
