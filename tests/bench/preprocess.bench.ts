/**
 * `npm run bench:preprocess` — a benchmark, not a test: prints figures, asserts nothing.
 * Builds a synthetic corpus (default 2,000 articles) from the seeds by shifting days, months and
 * years and renaming leaders, then times the whole pipeline and, as the peer, chrono-node's
 * Vietnamese parser over the same texts: after one warm-up pass, the median of three runs. Usage: npm run bench:preprocess -- [--articles N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { buildTimeline, type ArticleInput } from '../../src/lib/pipeline/index';

const arg = process.argv.indexOf('--articles');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 2000;
const seeds = readdirSync('data/articles').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('data/articles', f), 'utf8'));
const SURNAMES = ['Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn Minh', 'Thị Lan', 'Quốc Huy', 'Đức Thắng', 'Thanh Hà', 'Hữu Phước'];

function variant(text: string, i: number): string {
	const dayShift = (i % 17) - 8;
	const yearShift = (i % 5) - 2;
	return text
		.replace(/\b(\d{1,2})\/(\d{1,2})(\/(\d{4}))?\b/g, (_m, d, mo, _y, y) => {
			const day = Math.min(28, Math.max(1, Number(d) + dayShift));
			return `${day}/${mo}${y ? '/' + (Number(y) + yearShift) : ''}`;
		})
		.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + yearShift))
		.replaceAll('Đinh Tiến Dũng', `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]}`);
}

const corpus: ArticleInput[] = Array.from({ length: N }, (_, i) => ({ file: `synthetic/${String(i).padStart(5, '0')}.txt`, text: variant(seeds[i % seeds.length], i) }));
const bytes = corpus.reduce((s, a) => s + a.text.length, 0);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

function time(label: string, fn: () => unknown, runs = 3) {
	// The median of a few runs: one slow run (a GC, another process) must not set the figure.
	const results: { cpuMs: number; ms: number; peak: number }[] = [];
	let result: unknown;
	for (let r = 0; r < runs; r++) {
		let peak = process.memoryUsage.rss();
		const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
		const t0 = performance.now();
		const c0 = process.cpuUsage();
		result = fn();
		const cpu = process.cpuUsage(c0);
		const ms = performance.now() - t0;
		clearInterval(timer);
		// Rate per CPU second of this process ("one core"), so other work on the machine barely moves it; wall time beside it.
		results.push({ cpuMs: (cpu.user + cpu.system) / 1000, ms, peak: Math.max(peak, process.memoryUsage.rss()) });
	}
	const { cpuMs, ms } = results.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs / 2)];
	const peak = Math.max(...results.map((x) => x.peak));
	console.log(`${label.padEnd(34)} ${(N / (cpuMs / 1000)).toFixed(0).padStart(7)} articles/s (CPU)  ${cpuMs.toFixed(0).padStart(6)} ms CPU  ${ms.toFixed(0).padStart(6)} ms wall  peak RSS ${mb(peak)}`);
	return result;
}

console.log(`synthetic corpus: ${N} articles, ${(bytes / 1024 / 1024).toFixed(1)} M characters (node ${process.version}, one core)`);
// Warm up the JIT with one untimed pass over the corpus (and the peer over the same texts), so the
// figures measure steady state as a long preprocessing run sees it, not V8 compiling the code.
corpus.forEach((a) => buildTimeline([a]));
corpus.forEach((a) => chrono.vi.parse(a.text, new Date(Date.UTC(2024, 2, 12))));
const t = time('Mốc pipeline (whole corpus)', () => buildTimeline(corpus)) as ReturnType<typeof buildTimeline>;
time('Mốc pipeline (article by article)', () => corpus.forEach((a) => buildTimeline([a])));
const ref = new Date(Date.UTC(2024, 2, 12));
let found = 0;
time('chrono-node vi (dates only, peer)', () => {
	found = 0;
	corpus.forEach((a) => (found += chrono.vi.parse(a.text, ref).length));
});
console.log(`Mốc: ${t.events.length} events, ${t.delegations.length} delegations; chrono vi: ${found} date strings (no events, no year reasoning)`);
console.log(`process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
