// `npm run chart`: exit codes, messages, and the file it writes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeline } from '../../src/lib/timeline/schema';

const FIXTURE = 'tests/fixtures/timeline/sample.json';
const timeline = parseTimeline(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'moc-chart-'));
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chart.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
const marks = (svg: string) => [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]).sort();
const datedIds = (pred: (e: (typeof timeline.events)[number]) => boolean) => timeline.events.filter((e) => e.start && pred(e)).map((e) => e.id).sort();

// Each case starts the CLI (tsx and the Svelte compiler load on start): seconds, more on a loaded machine.
describe('chart CLI', { timeout: 60_000 }, () => {
	it.each([
		[['--frobnicate', '--out', 'x.svg'], /unknown argument "--frobnicate"/],
		[['--city'], /--city needs a value/],
		[['--leader', 'dinh-tien-dung'], /--out FILE is required/],
		[['--format', 'gif', '--out', 'x.gif'], /--format must be svg or png, not "gif"/],
		[['--lang', 'fr', '--out', 'x.svg'], /--lang must be vi or en/],
		[['--width', 'wide', '--out', 'x.svg'], /--width must be a whole number/],
		[['--lang', 'vi', '--lang', 'en', '--out', 'x.svg'], /--lang was given twice/]
	])('bad options %j: one line, exit 2', (args, message) => {
		const r = run(...args);
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});

	it('unknown ids: exit 2, naming the id and listing the valid ones', () => {
		const r = run('--timeline', FIXTURE, '--leader', 'nobody-at-all', '--out', join(dir, 'x.svg'));
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('unknown leader "nobody-at-all"');
		for (const p of timeline.people) expect(r.stderr).toContain(p.id);
		const c = run('--timeline', FIXTURE, '--city', 'atlantis', '--out', join(dir, 'x.svg'));
		expect(c.status).toBe(2);
		expect(c.stderr).toMatch(new RegExp(`unknown city "atlantis"; valid: ${timeline.cities.map((x) => x.id).join(', ')}`));
		const d = run('--timeline', FIXTURE, '--delegation', 'no-such-trip', '--out', join(dir, 'x.svg'));
		expect(d.status).toBe(2);
		expect(d.stderr).toContain(timeline.delegations[0].id);
		expect(run('--timeline', FIXTURE, '--from', '2024-02-30', '--out', join(dir, 'x.svg')).status).toBe(2);
		expect(existsSync(join(dir, 'x.svg'))).toBe(false);
	});

	it('a missing or broken timeline: exit 2 with the reason', () => {
		const missing = run('--timeline', join(dir, 'none.json'), '--out', join(dir, 'y.svg'));
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/not found/);
		writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1');
		const bad = run('--timeline', join(dir, 'bad.json'), '--out', join(dir, 'y.svg'));
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/not valid JSON/);
	});

	it('writes a standalone SVG with one mark per event of the filters', () => {
		const out = join(dir, 'sub', 'dung.svg');
		const r = run('--timeline', FIXTURE, '--leader', 'dinh-tien-dung', '--city', 'vientiane', '--lang', 'vi', '--out', out);
		expect(r.status, r.stderr).toBe(0);
		const svg = readFileSync(out, 'utf8');
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(marks(svg)).toEqual(datedIds((e) => e.people.includes('dinh-tien-dung') && (e.cities.includes('vientiane') || e.place === 'vientiane')));
		expect(svg).toMatch(/@font-face\{font-family:'Be Vietnam Pro'[^}]*data:font\/woff2;base64,/);
		expect(svg).toContain('Hội đàm');
		expect(svg).toMatch(/<svg[^>]*width="960"[^>]*viewBox="0 0 960 \d+"/);
	});

	it('takes the delegation, several cities, types, a date range and a width', () => {
		const d = timeline.delegations.find((d) => timeline.events.some((e) => e.delegation === d.id && e.start))!;
		const one = join(dir, 'trip.svg');
		expect(run('--timeline', FIXTURE, '--delegation', d.id, '--out', one).status).toBe(0);
		expect(marks(readFileSync(one, 'utf8'))).toEqual(datedIds((e) => e.delegation === d.id));
		const two = join(dir, 'two.svg');
		const r = run('--timeline', FIXTURE, '--city', 'hanoi', '--city', 'ho-chi-minh-city', '--from=2022-01-01', '--to', '2023-12-31', '--width', '600', '--out', two);
		expect(r.status, r.stderr).toBe(0);
		const svg = readFileSync(two, 'utf8');
		expect(marks(svg)).toEqual(datedIds((e) => ['hanoi', 'ho-chi-minh-city'].some((c) => e.cities.includes(c) || e.place === c) && e.start! <= '2023-12-31' && e.end! >= '2022-01-01'));
		expect(svg).toMatch(/<svg[^>]*width="600"/);
	});

	it('an empty view still gives a chart, with a warning', () => {
		const out = join(dir, 'empty.svg');
		const r = run('--timeline', FIXTURE, '--type', 'signing', '--out', out);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/no event matches/);
		expect(marks(readFileSync(out, 'utf8'))).toEqual([]);
	});

	it.skipIf(!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'))('writes a PNG at twice the SVG size (from --format or the file name)', () => {
		const svgOut = join(dir, 'p.svg');
		expect(run('--timeline', FIXTURE, '--leader', 'dinh-tien-dung', '--out', svgOut).status).toBe(0);
		const h = Number(readFileSync(svgOut, 'utf8').match(/<svg[^>]*height="(\d+)"/)![1]);
		for (const args of [['--format', 'png', '--out', join(dir, 'p.out')], ['--out', join(dir, 'p.png')]]) {
			const r = run('--timeline', FIXTURE, '--leader', 'dinh-tien-dung', ...args);
			expect(r.status, r.stderr).toBe(0);
			const png = readFileSync(args.at(-1)!);
			expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 2 * h]);
		}
	});
});
