/**
 * Downloads in the browser: the chart rendered off-screen by the same component (static), made
 * standalone with the page's own font files inlined; PNG by drawing that SVG on a canvas.
 */
import { flushSync, mount, unmount } from 'svelte';
import TimelineChart from '../chart/TimelineChart.svelte';
import type { ChartProps } from './chart';
import { bytesToBase64, facesFor, fontFaceCss, standaloneSvg, svgSize } from './svg';
// The same files the page's @font-face rules load (Vite gives their built URLs); fetched only when exporting.
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vi600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';

const FONT_URLS: Record<string, string> = {
	'be-vietnam-pro-latin-400-normal.woff2': latin400,
	'be-vietnam-pro-latin-600-normal.woff2': latin600,
	'be-vietnam-pro-latin-ext-400-normal.woff2': latinExt400,
	'be-vietnam-pro-latin-ext-600-normal.woff2': latinExt600,
	'be-vietnam-pro-vietnamese-400-normal.woff2': vi400,
	'be-vietnam-pro-vietnamese-600-normal.woff2': vi600
};

const fontCache = new Map<string, Promise<string>>();
function fontBase64(file: string): Promise<string> {
	let p = fontCache.get(file);
	if (!p) {
		p = fetch(FONT_URLS[file]).then(async (r) => {
			if (!r.ok) throw new Error(`font ${file}: HTTP ${r.status}`);
			return bytesToBase64(new Uint8Array(await r.arrayBuffer()));
		});
		p.catch(() => fontCache.delete(file));
		fontCache.set(file, p);
	}
	return p;
}

/** The chart's markup, rendered off-screen and serialised as XML (XMLSerializer, so the file parses). */
export function renderChartMarkupInBrowser(props: ChartProps): string {
	const host = document.createElement('div');
	const chart = mount(TimelineChart, { target: host, props });
	flushSync();
	const svg = host.querySelector('svg');
	const xml = svg ? new XMLSerializer().serializeToString(svg) : '';
	unmount(chart);
	if (!xml) throw new Error('the chart rendered no <svg>');
	return xml;
}

/** The standalone SVG file of a chart, fonts inlined. */
export async function chartSvgFile(props: ChartProps): Promise<string> {
	const markup = renderChartMarkupInBrowser(props);
	const faces = facesFor(markup).filter((f) => FONT_URLS[f.file]);
	const bytes = Object.fromEntries(await Promise.all(faces.map(async (f) => [f.file, await fontBase64(f.file)] as const)));
	return standaloneSvg(markup, fontFaceCss(faces, bytes));
}

/** Draws an SVG file on a canvas at `scale` times its size and returns the PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const { width, height } = svgSize(svg);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.width = width;
		img.height = height;
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) throw new Error('no 2D canvas');
		// An SVG image decodes before its inlined fonts are ready, and text waiting for its font is not
		// drawn. The image's fonts cannot be awaited from here, so draw until two draws some time apart agree.
		const draw = () => {
			ctx.fillStyle = '#ffffff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
			return checksum(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
		};
		const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
		await wait(150);
		let last = draw();
		for (let i = 0, same = 0; i < 20 && same < 2; i++) {
			await wait(100);
			const next = draw();
			same = next === last ? same + 1 : 0;
			last = next;
		}
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under a file name, as a link with `download` would. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Late enough for the download to have started reading the blob.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A cheap fingerprint of pixels (FNV-1a over every 7th byte): enough to tell two draws apart. */
function checksum(data: Uint8ClampedArray): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 0x01000193);
	return h >>> 0;
}
