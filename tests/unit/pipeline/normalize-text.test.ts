import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/pipeline/normalize';

// Every step, always: what normalizeText must give back, whichever steps it finds it can skip.
function everyStep(raw: string): string {
	let s = raw;
	if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
	return s
		.replace(/\r\n?/g, '\n')
		.normalize('NFC')
		.replace(/[\u00A0\u2007\u202F]/g, ' ')
		.replace(/[\u200B-\u200D\u2060\u0000]/g, '');
}

describe('normalizeText', () => {
	it('gives what running every step gives, for each code unit alone and next to a letter', () => {
		const wrong: number[] = [];
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			for (const raw of [ch, `a${ch}`, `${ch}e\u0301`]) if (normalizeText(raw) !== everyStep(raw)) wrong.push(c);
		}
		expect(wrong).toEqual([]);
	});

	it('gives what running every step gives on mixed texts, with few or many characters to change', () => {
		const pieces = ['Hà Nội', ' ', 'Viêng Chăn', '\r\n', '\r', '\n', '\u00a0', '\u2007', '\u202f', '\u200b', '\u2060', '\u0000', '\ufeff', 'e\u0301', 'o\u0302\u0300', 'ho\u0300a', '\u2000', '😀', 'đoàn.', '“Ảnh”'];
		let seed = 7;
		const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
		let changed = 0;
		for (let k = 0; k < 3000; k++) {
			let raw = '';
			// Up to 200 pieces, so that some texts hold more than the 64 odd characters after which every step runs.
			const n = 1 + rand(k % 3 ? 20 : 200);
			for (let i = 0; i < n; i++) raw += pieces[rand(pieces.length)];
			const out = normalizeText(raw);
			expect(out, JSON.stringify(raw)).toBe(everyStep(raw));
			if (out !== raw) changed++;
		}
		expect(changed).toBeGreaterThan(1000);
	});

	it('makes every odd space plain, whichever of them a page holds and in what order', () => {
		// Non-breaking spaces alone take another path (a byte search) than U+2007 or U+202F among them.
		for (const spaces of [['\u00a0'], ['\u2007'], ['\u202f'], ['\u00a0', '\u2007'], ['\u202f', '\u00a0'], ['\u00a0', '\u00a0', '\u202f']]) {
			const raw = `Hà${spaces.join('Nội')} 12/3\r\n“Ảnh”${spaces[0]}`;
			expect(normalizeText(raw), JSON.stringify(raw)).toBe(everyStep(raw));
			expect(normalizeText(raw)).not.toMatch(/[\u00a0\u2007\u202f]/);
		}
	});

	it('returns a page that needs nothing as it is', () => {
		const page = 'Chiều 12/3, đoàn đại biểu thành phố Hà Nội … “Hợp tác” – 2024.\nDòng hai.';
		expect(normalizeText(page)).toBe(page);
	});
});
