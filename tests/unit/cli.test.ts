import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeline } from '../../src/lib/timeline/schema';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/preprocess.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'moc-cli-'));

describe('preprocess CLI', () => {
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
});
