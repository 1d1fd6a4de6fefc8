/**
 * A chart's SVG markup made into a file that stands alone: XML declaration, no framework comments,
 * and the Be Vietnam Pro faces it uses inlined as base64 @font-face rules, so it renders the same
 * in a browser opened on the file, in an <img>, on a canvas, or in a program that reads SVG fonts.
 * Only the weights the markup uses and the subsets (latin, latin-ext, vietnamese) its text needs
 * are included: the fonts are most of the file.
 */
import unicode from '@fontsource/be-vietnam-pro/unicode.json';

export const FONT_FAMILY = 'Be Vietnam Pro';
/** The weights shipped for export; the chart draws with 400 and 600. */
export const FONT_WEIGHTS = [400, 600] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];
export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

export interface FontFace {
	subset: FontSubset;
	weight: FontWeight;
	/** The @fontsource file name, e.g. "be-vietnam-pro-vietnamese-600-normal.woff2". */
	file: string;
	unicodeRange: string;
}

export function fontFile(subset: FontSubset, weight: FontWeight): string {
	return `be-vietnam-pro-${subset}-${weight}-normal.woff2`;
}

/** "U+0102-0103,U+0110" → [[0x102, 0x103], [0x110, 0x110]] */
export function parseUnicodeRange(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(a, 16), parseInt(b ?? a, 16)];
	});
}

/** Removes comments (Svelte's hydration markers among them) and the XML declaration, if any. */
export function cleanMarkup(svg: string): string {
	return svg.replace(/<\?xml[^>]*\?>\s*/g, '').replace(/<!--[\s\S]*?-->/g, '').trim();
}

/** The text a reader sees in the SVG: element content and title, entities decoded enough for code points. */
export function svgText(svg: string): string {
	const text = cleanMarkup(svg)
		.replace(/<[^>]*>/g, ' ')
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
	return text.replace(/&(amp|lt|gt|quot|apos);/g, ' ');
}

/** The faces an SVG needs: weights named in font-weight attributes (and 400), subsets its text touches. */
export function facesFor(svg: string): FontFace[] {
	const weights = new Set<number>([400]);
	for (const w of svg.matchAll(/font-weight="(\d+)"/g)) weights.add(Number(w[1]));
	const codes = new Set<number>();
	for (const ch of svgText(svg)) codes.add(ch.codePointAt(0)!);
	const faces: FontFace[] = [];
	for (const subset of FONT_SUBSETS) {
		const range = (unicode as Record<string, string>)[subset];
		const spans = parseUnicodeRange(range);
		// Latin is always there: digits and spaces are in every label.
		const needed = subset === 'latin' || [...codes].some((c) => spans.some(([a, b]) => c >= a && c <= b && c > 0xff));
		if (!needed) continue;
		for (const weight of FONT_WEIGHTS) if (weights.has(weight)) faces.push({ subset, weight, file: fontFile(subset, weight), unicodeRange: range });
	}
	return faces;
}

/** @font-face rules with the font bytes inline. `base64` maps a face's file name to its bytes in base64. */
export function fontFaceCss(faces: readonly FontFace[], base64: Readonly<Record<string, string>>): string {
	return faces
		.filter((f) => base64[f.file])
		.map(
			(f) =>
				`@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
				`src:url(data:font/woff2;base64,${base64[f.file]}) format('woff2');unicode-range:${f.unicodeRange};}`
		)
		.join('\n');
}

/**
 * The file's text: XML declaration, the <svg> with its namespace, and a <style> of @font-face rules
 * first thing inside it. Every other style of the chart is already an attribute.
 */
export function standaloneSvg(svgMarkup: string, fontCss = ''): string {
	let svg = cleanMarkup(svgMarkup);
	const open = svg.match(/^<svg\b[^>]*>/);
	if (!open) throw new Error('standaloneSvg: the markup does not start with an <svg> element');
	let tag = open[0];
	if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
	const style = fontCss ? `<style>${fontCss}</style>` : '';
	svg = tag + style + svg.slice(open[0].length);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Width and height an SVG file declares (for the PNG's size). */
export function svgSize(svg: string): { width: number; height: number } {
	const open = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
	const num = (name: string) => Number(open.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? NaN);
	const width = num('width'), height = num('height');
	if (!(width > 0 && height > 0)) throw new Error('svgSize: the <svg> has no numeric width and height');
	return { width, height };
}

/** Bytes → base64 without Node's Buffer (the same module runs in the browser). */
export function bytesToBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}
