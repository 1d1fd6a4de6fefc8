/**
 * findRelative finds its rules' keys in the text as written, each letter read as anyCase's class: exactly the
 * characters that lower-case to it, so the same places as a search of a lower-cased copy. And the rules'
 * 'i' flag reads each letter of a one-word key as those same characters (but "s", which it also reads in
 * "ſ": no rule with an "s" in a key skips ahead), so a rule's match holds one of its keys where anyCase finds it.
 */
import { describe, expect, it } from 'vitest';
import { anyCase, findRelative, keyWordAt, RELATIVE_KEYS } from '../../../src/lib/pipeline/dates/relative';

const letters = [...new Set(RELATIVE_KEYS.join(''))];
// Every code point, but the lone surrogates, whose lower case is one of the keys' letters.
const lowerTo = new Map<string, string[]>(letters.map((c) => [c, []]));
for (let cp = 0; cp < 0x110000; cp++) {
	if (cp >= 0xd800 && cp < 0xe000) continue;
	const c = String.fromCodePoint(cp);
	lowerTo.get(c.toLowerCase())?.push(c);
}

describe('anyCase', () => {
	it.each(letters)('%j: exactly the characters that lower-case to it', (c) => {
		const re = new RegExp(`^${anyCase(c)}$`);
		const matched: string[] = [];
		for (let cp = 0; cp < 0x110000; cp++) {
			if (cp >= 0xd800 && cp < 0xe000) continue;
			if (re.test(String.fromCodePoint(cp))) matched.push(String.fromCodePoint(cp));
		}
		expect(matched).toEqual(lowerTo.get(c));
	});

	it.each(letters.filter((c) => c !== 's' && c !== ' '))('%j: the same characters as the rules\' case folding', (c) => {
		const re = new RegExp(`^${c}$`, 'iu');
		const folded: string[] = [];
		for (let cp = 0; cp < 0x110000; cp++) {
			if (cp >= 0xd800 && cp < 0xe000) continue;
			if (re.test(String.fromCodePoint(cp))) folded.push(String.fromCodePoint(cp));
		}
		expect(folded).toEqual(lowerTo.get(c));
	});

	it('the Kelvin sign is a "k", the long s is no "s"', () => {
		expect(new RegExp(anyCase('k')).test('\u212A')).toBe(true);
		expect(new RegExp(anyCase('s')).test('ſ')).toBe(false);
		expect(new RegExp(anyCase('i')).test('İ')).toBe(false);
	});
});

describe('keyWordAt', () => {
	it.each([
		'Trong 9 THÁNG đầu năm, tỉnh tăng trưởng; Tháng trước, Đoàn thăm tỉnh.',
		'Năm nay, hai bên ký kết; cuối NĂM, Đoàn về nước.',
		'Hai bên đã ký kết nhiều văn bản.',
		'Chiều tháng năm, Đoàn thăm tỉnh.'
	])('%s: where findRelative found "tháng" and "năm", as /…/iu finds them', (text) => {
		findRelative(text);
		for (const word of ['tháng', 'năm'] as const) expect(keyWordAt(text, word)).toBe(text.search(new RegExp(word, 'iu')));
	});

	it('says nothing of a sentence findRelative did not read last', () => {
		findRelative('Tháng 3, Đoàn thăm tỉnh.');
		expect(keyWordAt('Năm 2024, Đoàn thăm tỉnh.', 'năm')).toBeUndefined();
	});
});
