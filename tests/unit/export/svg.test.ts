import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bytesToBase64, cleanMarkup, facesFor, fontFaceCss, parseUnicodeRange, standaloneSvg, svgSize, svgText } from '../../../src/lib/export/svg';
import { renderChartMarkup } from '../../../src/lib/export/render-server';
import { chartProps } from '../../../src/lib/export/chart';
import { defaultFilters } from '../../../src/lib/filters/filters';
import { parseTimeline } from '../../../src/lib/timeline/schema';

const timeline = parseTimeline(JSON.parse(readFileSync('tests/fixtures/timeline/sample.json', 'utf8')));
const require = createRequire(import.meta.url);
const fontBytes = (file: string) => bytesToBase64(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/${file}`)));

describe('font faces for an SVG', () => {
	it('parses unicode ranges', () => {
		expect(parseUnicodeRange('U+0102-0103,U+0110, U+1EA0-1EF9')).toEqual([
			[0x102, 0x103],
			[0x110, 0x110],
			[0x1ea0, 0x1ef9]
		]);
	});

	it('takes latin alone for English text at one weight', () => {
		const faces = facesFor('<svg><text>Talks in Vientiane</text></svg>');
		expect(faces.map((f) => `${f.subset}-${f.weight}`)).toEqual(['latin-400']);
	});

	it('adds the vietnamese subset for Vietnamese text and 600 when a label is bold', () => {
		const faces = facesFor('<svg><text font-weight="600">Hội đàm</text><text>Viêng Chăn</text></svg>');
		const keys = faces.map((f) => `${f.subset}-${f.weight}`);
		expect(keys).toContain('latin-400');
		expect(keys).toContain('latin-600');
		expect(keys).toContain('vietnamese-400');
		expect(keys).toContain('vietnamese-600');
	});

	it('reads characters written as entities, and ignores markup', () => {
		expect(svgText('<svg aria-label="Ấn"><text>&#x1EA0;&amp;</text></svg>')).toContain('Ạ');
		expect(svgText('<svg aria-label="Ấn"></svg>')).not.toContain('Ấ');
	});

	it('inlines each face as base64 woff2 with its unicode range', () => {
		const faces = facesFor('<svg><text>Hà Nội</text></svg>');
		const css = fontFaceCss(faces, Object.fromEntries(faces.map((f) => [f.file, fontBytes(f.file)])));
		expect(css.match(/@font-face/g)).toHaveLength(faces.length);
		expect(css).toMatch(/font-family:'Be Vietnam Pro'/);
		expect(css).toMatch(/src:url\(data:font\/woff2;base64,d09GMg/); // "wOF2", the woff2 signature
		expect(css).toMatch(/unicode-range:U\+/);
	});

	it('encodes bytes as base64 the same way Node does', () => {
		const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
		expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
	});
});

describe('standaloneSvg', () => {
	it('adds the XML declaration and namespace, drops comments, puts the fonts first inside <svg>', () => {
		const out = standaloneSvg('<!--[--><svg width="10" height="20"><!---->  <rect/></svg><!--]-->', '@font-face{x}');
		expect(out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><style>@font-face{x}</style>  <rect/></svg>\n');
		expect(svgSize(out)).toEqual({ width: 10, height: 20 });
	});

	it('refuses markup that is not an SVG', () => {
		expect(() => standaloneSvg('<div></div>')).toThrow(/<svg>/);
	});

	it('makes the rendered chart a file with every dated event of the view as a mark', () => {
		const f = { ...defaultFilters(), leaders: ['dinh-tien-dung'] };
		const markup = renderChartMarkup(chartProps(timeline, f, 'vi'));
		const faces = facesFor(markup);
		const svg = standaloneSvg(markup, fontFaceCss(faces, Object.fromEntries(faces.map((x) => [x.file, fontBytes(x.file)]))));
		expect(cleanMarkup(svg)).toBe(svg.replace(/^<\?xml[^>]*\?>\s*/, '').trim());
		expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
		expect(svg).not.toMatch(/<!--/);
		const ids = [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]).sort();
		expect(ids).toEqual(timeline.events.filter((e) => e.start && e.people.includes('dinh-tien-dung')).map((e) => e.id).sort());
		expect(faces.some((x) => x.subset === 'vietnamese')).toBe(true);
		expect(svgSize(svg).width).toBe(960);
		// Well-formed enough for XML: no bare ampersands, every attribute quoted.
		expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
	});
});
