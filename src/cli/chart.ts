/**
 * `npm run chart -- [--city ID]... [--leader ID]... [--type TYPE]... [--from DAY] [--to DAY]
 *   [--delegation ID] [--context show|hide] [--planned show|hide] [--lang vi|en] [--format svg|png]
 *   [--width PX] [--title TEXT] [--timeline FILE] --out FILE`
 *
 * Writes the dashboard's chart for those filters without a running server: the same TimelineChart,
 * rendered with svelte/server, made standalone with the font inlined (src/lib/export/). PNG is that
 * SVG drawn at 2× by the project's Chromium. Exit 0 when written; 2 with one line for bad options,
 * unknown ids (the line lists the valid ones) or an unreadable timeline; 1 when rendering fails.
 */
import { register, createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseTimeline, EVENT_TYPES, type Timeline } from '../lib/timeline/schema';
import { parseFilters, knownFrom, type Filters } from '../lib/filters/filters';
import { dashboardView } from '../lib/filters/view';
import { isLang, type Lang } from '../lib/i18n';
import { chartProps, EXPORT_WIDTH } from '../lib/export/chart';
import { bytesToBase64, facesFor, fontFaceCss, standaloneSvg, svgSize } from '../lib/export/svg';

const USAGE =
	'usage: npm run chart -- [--city ID]... [--leader ID]... [--type TYPE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] ' +
	'[--delegation ID] [--context show|hide] [--planned show|hide] [--lang vi|en] [--format svg|png] [--width PX] [--title TEXT] ' +
	'[--timeline FILE] --out FILE';

class UsageError extends Error {}

interface Options {
	params: URLSearchParams;
	lang: Lang;
	format: 'svg' | 'png';
	width: number;
	title: string | null;
	timeline: string;
	out: string;
}

/** Repeatable filter options, and the URL parameter each one is. */
const MULTI: Record<string, string> = { '--city': 'city', '--leader': 'leader', '--type': 'type' };
const SINGLE: Record<string, string> = { '--from': 'from', '--to': 'to', '--delegation': 'delegation', '--context': 'context', '--planned': 'planned' };

export function parseArgs(argv: string[]): Options {
	const params = new URLSearchParams();
	let lang: Lang = 'en';
	let format: 'svg' | 'png' | null = null;
	let width = EXPORT_WIDTH;
	let title: string | null = null;
	let timeline = 'data/timeline.json';
	let out: string | null = null;
	const seen = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		let a = argv[i];
		let inline: string | undefined;
		const eq = a.indexOf('=');
		if (a.startsWith('--') && eq > 0) [a, inline] = [a.slice(0, eq), a.slice(eq + 1)];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${a} needs a value. ${USAGE}`);
			return v;
		};
		const once = () => {
			if (seen.has(a)) throw new UsageError(`${a} was given twice; give it once. ${USAGE}`);
			seen.add(a);
		};
		if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else if (a in MULTI) params.append(MULTI[a], value());
		else if (a in SINGLE) once(), params.set(SINGLE[a], value());
		else if (a === '--lang') {
			once();
			const v = value();
			if (!isLang(v)) throw new UsageError(`--lang must be vi or en, not "${v}".`);
			lang = v;
		} else if (a === '--format') {
			once();
			const v = value().toLowerCase();
			if (v !== 'svg' && v !== 'png') throw new UsageError(`--format must be svg or png, not "${v}".`);
			format = v;
		} else if (a === '--width') {
			once();
			const v = value();
			width = Number(v);
			if (!/^\d+$/.test(v) || width < 280 || width > 4000) throw new UsageError(`--width must be a whole number of pixels from 280 to 4000, not "${v}".`);
		} else if (a === '--title') once(), (title = value());
		else if (a === '--timeline') once(), (timeline = value());
		else if (a === '--out' || a === '-o') once(), (out = value());
		else throw new UsageError(`unknown argument "${argv[i]}". ${USAGE}`);
	}
	if (!out) throw new UsageError(`--out FILE is required. ${USAGE}`);
	// Without --format the file name decides; a .png name asks for PNG.
	format ??= /\.png$/i.test(out) ? 'png' : 'svg';
	params.set('lang', lang);
	return { params, lang, format, width, title, timeline, out };
}

function readTimeline(path: string): Timeline {
	if (!existsSync(path)) throw new UsageError(`timeline "${path}" not found: run "npm run preprocess" first, or give --timeline FILE.`);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new UsageError(`timeline "${path}" is not valid JSON (${(e as Error).message.split('\n')[0]}).`);
	}
	try {
		return parseTimeline(data, path);
	} catch (e) {
		throw new UsageError((e as Error).message.split('\n').slice(0, 2).join(' '));
	}
}

/** Filters from the options; an id the timeline does not have is an error that lists the valid ones. */
export function filtersFor(params: URLSearchParams, t: Timeline): Filters {
	const { filters, rejected } = parseFilters(params, knownFrom(t));
	if (rejected.length) {
		const r = rejected[0];
		const valid: Record<string, readonly string[]> = {
			city: t.cities.map((c) => c.id),
			leader: t.people.map((p) => p.id),
			type: EVENT_TYPES,
			delegation: t.delegations.map((d) => d.id)
		};
		const list = valid[r.param];
		const what = list ? `unknown ${r.param} "${r.value}"; valid: ${list.join(', ')}` : `bad --${r.param} "${r.value}"${r.param === 'from' || r.param === 'to' ? ' (expected YYYY-MM-DD)' : ' (expected show or hide)'}`;
		throw new UsageError(what);
	}
	return filters;
}

/**
 * tsx compiles TypeScript but not .svelte files: this load hook compiles them with the project's own
 * svelte/compiler for the server, as Vite does for the site, so the CLI renders the very same component.
 */
const SVELTE_HOOKS = `
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
let compile;
export async function initialize(data) { ({ compile } = await import(data.compiler)); }
export async function load(url, context, next) {
	if (!url.split('?')[0].endsWith('.svelte')) return next(url, context);
	const filename = fileURLToPath(url);
	const { js } = compile(await readFile(filename, 'utf8'), { filename, generate: 'server', dev: false });
	return { format: 'module', source: js.code, shortCircuit: true };
}`;

async function renderMarkup(props: ReturnType<typeof chartProps>): Promise<string> {
	register('data:text/javascript,' + encodeURIComponent(SVELTE_HOOKS), { data: { compiler: import.meta.resolve('svelte/compiler') } });
	const { renderChartMarkup } = await import('../lib/export/render-server');
	return renderChartMarkup(props);
}

/** The same woff2 files the site serves, from the installed @fontsource package. */
function fontBytes(files: string[]): Record<string, string> {
	const require = createRequire(import.meta.url);
	return Object.fromEntries(files.map((f) => [f, bytesToBase64(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/${f}`)))]));
}

async function toPng(svg: string): Promise<Buffer> {
	const { chromium } = await import('@playwright/test');
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
	const { width, height } = svgSize(svg);
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage({ viewport: { width: Math.ceil(width), height: Math.ceil(height) }, deviceScaleFactor: 2 });
		const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
		await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${body}</body></html>`);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
	} finally {
		await browser.close();
	}
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const timeline = readTimeline(opts.timeline);
	const filters = filtersFor(opts.params, timeline);
	const view = dashboardView(timeline, filters);
	if (!view.events.length) console.error('warning: no event matches these filters; the chart is empty.');
	else if (!view.dated.length) console.error('warning: none of the matching events has a date; the chart is empty.');
	const props = chartProps(timeline, filters, opts.lang, opts.width, opts.title ?? undefined);
	const markup = await renderMarkup(props);
	const faces = facesFor(markup);
	const svg = standaloneSvg(markup, fontFaceCss(faces, fontBytes(faces.map((f) => f.file))));
	const out = resolve(opts.out);
	mkdirSync(dirname(out), { recursive: true });
	if (opts.format === 'svg') writeFileSync(out, svg);
	else writeFileSync(out, await toPng(svg));
	console.error(`wrote ${opts.out}: ${opts.format.toUpperCase()}, ${view.dated.length} of ${view.events.length} matching events drawn`);
}

main().catch((e) => {
	if (e instanceof UsageError) {
		console.error(`error: ${e.message}`);
		process.exit(2);
	}
	console.error(`error: ${(e as Error).message}`);
	process.exit(1);
});
