import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeline } from '../../src/lib/timeline/schema';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/preprocess.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'moc-cli-'));

// Each case starts the CLI (tsx compiles on start): seconds, more on a loaded machine.
describe('preprocess CLI', { timeout: 60_000 }, () => {
	it('exits 2 with a one-line reason on an unknown argument', () => {
		const r = run('--frobnicate');
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/unknown argument "--frobnicate"/);
	});

	it('exits 2 when --output has no value', () => {
		expect(run('--output').status).toBe(2);
	});

	it('exits 2 on a missing input', () => {
		const r = run('--input', '/no/such/folder', '--output', join(tmp(), 'o.json'));
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/does not exist/);
	});

	it('exits 2 on an empty folder', () => {
		const r = run('--input', tmp(), '--output', join(tmp(), 'o.json'));
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/no article files/);
	});

	it('exits 2 when every file is unreadable (binary or empty)', () => {
		const dir = tmp();
		writeFileSync(join(dir, 'a.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
		writeFileSync(join(dir, 'b.txt'), '');
		const r = run('--input', dir, '--output', join(tmp(), 'o.json'));
		expect(r.status).toBe(2);
	});

	it('writes a valid timeline, keeps warnings for bad files, and is byte-for-byte deterministic', () => {
		const dir = tmp();
		mkdirSync(join(dir, 'in'));
		writeFileSync(join(dir, 'in', 'good.txt'), 'Hà Nội tiếp đoàn Viêng Chăn\n\nChiều 12/3/2024, tại Hà Nội, hai bên đã hội đàm.\n');
		writeFileSync(join(dir, 'in', 'bad.txt'), Buffer.from([0, 0, 0, 1]));
		const a = join(dir, 'a.json'), b = join(dir, 'b.json');
		const r1 = run('--input', join(dir, 'in'), '--output', a);
		expect(r1.status).toBe(0);
		expect(r1.stderr).toMatch(/bad\.txt.*binary/);
		expect(run('--input', join(dir, 'in'), '--output', b).status).toBe(0);
		const bytes = readFileSync(a, 'utf8');
		expect(readFileSync(b, 'utf8')).toBe(bytes);
		const t = parseTimeline(JSON.parse(bytes));
		expect(t.articles.map((x) => x.id)).toEqual(['good']);
		expect(t.warnings.some((w) => /bad\.txt/.test(w.message))).toBe(true);
	});

	it('reads Windows-1258 and UTF-16 pages, and decomposed Unicode, as the same text', () => {
		const dir = tmp();
		mkdirSync(join(dir, 'in'));
		const body = 'Hà Nội tiếp đoàn Viêng Chăn\n\nChiều 12/3/2024, tại Hà Nội, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn.\n';
		// Windows-1258 keeps ư, ơ, â… precomposed but writes tone marks as combining characters.
		const table = new Map<string, number>();
		const decoder = new TextDecoder('windows-1258');
		for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
		const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
		const legacy = Buffer.from(
			[...body].flatMap((ch) => {
				if (table.has(ch)) return [table.get(ch)!];
				const parts = [...ch.normalize('NFD')];
				const tone = parts.find((c) => TONES.test(c))!;
				const base = parts.filter((c) => c !== tone).join('').normalize('NFC');
				return [table.get(base)!, table.get(tone)!];
			})
		);
		writeFileSync(join(dir, 'in', 'a-cp1258.txt'), legacy);
		writeFileSync(join(dir, 'in', 'b-nfd.txt'), body.normalize('NFD'));
		writeFileSync(join(dir, 'in', 'c-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
		writeFileSync(join(dir, 'in', 'd-crlf.txt'), body.replace(/\n/g, '\r\n'));
		const out = join(dir, 'o.json');
		const r = run('--input', join(dir, 'in'), '--output', out);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/a-cp1258\.txt: read as windows-1258/);
		const t = parseTimeline(JSON.parse(readFileSync(out, 'utf8')));
		for (const id of ['b-nfd', 'c-utf16', 'd-crlf']) {
			const a = t.articles.find((x) => x.id === id)!;
			expect(a.text, id).toBe(body.trim() + '\n'.repeat(a.text!.endsWith('\n') ? 1 : 0));
		}
		for (const id of ['a-cp1258', 'b-nfd', 'c-utf16', 'd-crlf']) {
			const e = t.events.find((x) => x.sources.some((s) => s.article === id));
			expect(e?.start, id).toBe('2024-03-12');
			expect(e?.people.length, id).toBeGreaterThan(0);
		}
	});

	it('reads a huge file in its first megabytes and still writes the timeline', () => {
		const dir = tmp();
		const para = 'Chiều 12/3/2024, tại Hà Nội, hai bên đã hội đàm về hợp tác giữa hai Thủ đô trong thời gian tới.\n\n';
		writeFileSync(join(dir, 'big.txt'), 'Tin tổng hợp\n\n' + para.repeat(Math.ceil((6 * 1024 * 1024) / para.length)));
		const r = run('--input', join(dir, 'big.txt'), '--output', join(dir, 'o.json'));
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/only the first/);
	}, 60_000);
});

