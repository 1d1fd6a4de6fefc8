/**
 * alongRun: a pattern tried along one run of the characters its matches may hold, then the search goes on
 * past the run's end. Driven as findAbsolute drives it, it must find what a search of the whole text finds.
 */
import { describe, expect, it } from 'vitest';
import { alongRun } from '../../../src/lib/pipeline/dates/vocabulary';

/** Every match of `re` (flags 'g…'), from a search of the whole text. */
function whole(re: RegExp, text: string): [number, string][] {
	const out: [number, string][] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push([m.index, m[0]]);
		if (m[0].length === 0) re.lastIndex++;
	}
	return out;
}

/** The same, each run tried from each position (as if every position could start a match) with alongRun. */
function byRuns(re: RegExp, text: string): [number, string][] {
	const { along, runEnd } = alongRun(re)!;
	const out: [number, string][] = [];
	for (let from = 0; from <= text.length; ) {
		along.lastIndex = from;
		const m = along.exec(text);
		if (!m) {
			runEnd.lastIndex = from;
			runEnd.test(text);
			from = runEnd.lastIndex + 1;
			continue;
		}
		const raw = m[0].slice(m[1].length);
		out.push([from + m[1].length, raw]);
		from += m[0].length + (raw.length === 0 ? 1 : 0);
	}
	return out;
}

const PATTERNS = [
	String.raw`(?<![\p{L}\p{N}])(?:(?<pod>sáng|chiều)\s+)?(?:ngày\s+)?(?<d>\d{1,2})\/(?<m>\d{1,2})(?![\p{L}\p{N}])`,
	String.raw`(?<![\p{L}\p{N}])năm\s+(?<y>\d{4})(?![\p{L}\p{N}])`,
	String.raw`(?<![\p{L}\p{N}])(?:từ\s+)?(?<a>\d{4})\s*-\s*(?<b>\d{4})`
];
const WORDS = ['sáng', 'Chiều', 'ngày', 'NĂM', 'năm', 'từ', '12/3', '5/11', '2024', '2022', '-', ' - ', 'Đoàn', 'thăm', ';', ':', '“', 'x', '(', ')', '1', '/'];

describe('alongRun', () => {
	it('refuses a pattern that may hold any character', () => {
		expect(alongRun(/a.b/giu)).toBeNull();
	});
	it('stops at the end of the run, and keeps the pattern’s groups after the one it adds', () => {
		const { along, runEnd } = alongRun(new RegExp(PATTERNS[0], 'giu'))!;
		const text = 'Đoàn, chiều ngày 12/3 đã đến';
		along.lastIndex = 0;
		expect(along.exec(text)).toBeNull();
		runEnd.lastIndex = 0;
		runEnd.test(text);
		expect(runEnd.lastIndex).toBe(0);
		along.lastIndex = 5;
		const m = along.exec(text)!;
		expect([m[1], m[0], m.groups!.pod, m.groups!.d, m.groups!.m]).toEqual([' ', ' chiều ngày 12/3', 'chiều', '12', '3']);
	});
	it('finds what a search of the whole text finds, on random texts', () => {
		let seed = 11;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
		let found = 0;
		for (let i = 0; i < 3000; i++) {
			let text = '';
			for (let k = 0, n = 1 + Math.floor(rnd() * 12); k < n; k++) text += WORDS[Math.floor(rnd() * WORDS.length)] + (rnd() < 0.7 ? ' ' : '');
			for (const p of PATTERNS) {
				const want = whole(new RegExp(p, 'giu'), text);
				found += want.length;
				expect(byRuns(new RegExp(p, 'giu'), text)).toEqual(want);
			}
		}
		expect(found).toBeGreaterThan(1000);
	});
});
