/**
 * `npm run bench:preprocess` — a benchmark, not a test: prints figures, asserts nothing.
 * Builds a synthetic corpus (default 2,000 articles) from the seeds by shifting days, months and
 * years and renaming leaders, then times the whole pipeline and, as the peer, chrono-node's
 * Vietnamese parser over the same texts, each in a process of its own: after one warm-up pass, the median of three runs. Usage: npm run bench:preprocess -- [--articles N]
 *
 * "On one core", as the issue asks: each subject's process runs with V8's --single-threaded, so the garbage
 * collector works on the main thread and CPU time is one core's time. With V8's default parallel collector
 * on a two-core machine, the helper threads' CPU (much of it spent waiting for each other) was counted too:
 * the same run read 10–15% fewer articles per CPU second, while its wall time was shorter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { buildTimeline, type ArticleInput } from '../../src/lib/pipeline/index';

const arg = process.argv.indexOf('--articles');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 2000;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
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
	const results: { cpuMs: number; ms: number }[] = [];
	let result: unknown;
	for (let r = 0; r < runs; r++) {
		const t0 = performance.now();
		const c0 = process.cpuUsage();
		result = fn();
		const cpu = process.cpuUsage(c0);
		// Rate per CPU second of this process ("one core"), so other work on the machine barely moves it; wall time beside it.
		results.push({ cpuMs: (cpu.user + cpu.system) / 1000, ms: performance.now() - t0 });
	}
	const { cpuMs, ms } = results.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs / 2)];
	// The kernel's high-water mark of this process, which measures only this one subject (see below).
	const peak = process.resourceUsage().maxRSS * 1024;
	console.log(`${label.padEnd(34)} ${(N / (cpuMs / 1000)).toFixed(0).padStart(7)} articles/s (CPU)  ${cpuMs.toFixed(0).padStart(6)} ms CPU  ${ms.toFixed(0).padStart(6)} ms wall  peak RSS ${mb(peak)}`);
	return result;
}

const ref = new Date(Date.UTC(2024, 2, 12));
const subjects: Record<string, () => void> = {
	whole() {
		// Warm up the JIT with one untimed pass, so the figures measure steady state as a long preprocessing run sees it, not V8 compiling the code.
		corpus.forEach((a) => buildTimeline([a]));
		const t = time('Mốc pipeline (whole corpus)', () => buildTimeline(corpus)) as ReturnType<typeof buildTimeline>;
		console.log(`${''.padEnd(34)} ${t.events.length} events, ${t.delegations.length} delegations`);
	},
	each() {
		corpus.forEach((a) => buildTimeline([a]));
		time('Mốc pipeline (article by article)', () => corpus.forEach((a) => buildTimeline([a])));
	},
	chrono() {
		corpus.forEach((a) => chrono.vi.parse(a.text, ref));
		let found = 0;
		time('chrono-node vi (dates only, peer)', () => {
			found = 0;
			corpus.forEach((a) => (found += chrono.vi.parse(a.text, ref).length));
		});
		console.log(`${''.padEnd(34)} ${found} date strings (no events, no year reasoning)`);
	}
};

if (only) {
	if (!subjects[only]) throw new Error(`bench: unknown --only ${only}; use one of ${Object.keys(subjects).join(', ')}`);
	subjects[only]();
} else {
	console.log(`synthetic corpus: ${N} articles, ${(bytes / 1024 / 1024).toFixed(1)} M characters (node ${process.version}, one core: --single-threaded)`);
	// Each subject runs in a process of its own, one after the other, so that its peak memory is its own
	// and its JIT state is not shaped by the others'.
	for (const name of Object.keys(subjects)) {
		const run = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, fileURLToPath(import.meta.url), '--articles', String(N), '--only', name], { stdio: 'inherit' });
		if (run.status !== 0) process.exit(run.status ?? 1);
	}
}
