import { describe, expect, it } from 'vitest';
import { tokenize, tokKey, wordKey } from '../../../src/lib/pipeline/gazetteer';

// The tokenizer copies a word's letters into a buffer while hashing it and compares known forms with
// that buffer; words longer than the buffer make it grow. These hold its tokens to a plain reading.
function naive(text: string): [number, number, string][] {
	const out: [number, number, string][] = [];
	for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) out.push([m.index!, m.index! + m[0].length, m[0]]);
	return out;
}

describe('tokenize: word buffer', () => {
	it('reads words longer than its buffer, and the same words again', () => {
		const long = 'Đ' + 'ạ'.repeat(700) + 'x';
		const text = `${long} ngắn ${'b'.repeat(300)}, ${long}. ${'b'.repeat(300)}`;
		for (let round = 0; round < 2; round++) {
			const tokens = tokenize(text);
			expect(tokens.map((t) => [t.start, t.end, t.text])).toEqual(naive(text));
			expect(tokens[0].form).toBe(tokens[3].form);
			expect(tokKey(tokens[0])).toBe(wordKey(long));
		}
	});

	it('keeps a capital, an apostrophe and a capitalised word together, however long', () => {
		const name = "H'" + 'Y' + 'i'.repeat(400);
		const tokens = tokenize(`bà ${name} và K'Lơi`);
		expect(tokens.map((t) => t.text)).toEqual(['bà', name, 'và', "K'Lơi"]);
		expect(tokenize("O'Brien đến").map((t) => t.text)).toEqual(["O'Brien", 'đến']);
	});

	it('steps over one separator after each word without losing the next word', () => {
		for (const text of ['a b', 'a  b', 'a,b', 'a', 'ab ', ' ab', 'a\nb\n', "a'", "A'b", "A'B c"]) {
			const tokens = tokenize(text).map((t) => [t.start, t.end, t.text]);
			if (!text.includes("'")) expect(tokens).toEqual(naive(text));
			else expect(tokens.length).toBeGreaterThan(0);
		}
		expect(tokenize("A'B c").map((t) => t.text)).toEqual(["A'B", 'c']);
		expect(tokenize("A'b").map((t) => t.text)).toEqual(['A', 'b']);
	});

	it('reads a word as long as its text, past the buffer it keeps, and then shorter texts', () => {
		// The buffer is made as long as the text (kept up to 65,536 units): a word filling the text, a word
		// longer than any buffer kept before, and a text longer than the buffer kept each read whole.
		for (const n of [9000, 20000, 70000]) {
			const word = 'ư'.repeat(n - 1) + 'x';
			expect(tokenize(word).map((t) => [t.start, t.end, t.text])).toEqual([[0, n, word]]);
			// Found again letter by letter in the buffer: one form for both.
			const twice = tokenize(`${word} ${word}`);
			expect(twice.map((t) => t.end - t.start)).toEqual([n, n]);
			expect(twice[0].form).toBe(twice[1].form);
			const text = `ông ${'Đạ'.repeat(n >> 1)} và ${word}`;
			expect(tokenize(text).map((t) => [t.start, t.end, t.text])).toEqual(naive(text));
			expect(tokenize('Hà Nội, ' + word.slice(0, 50)).map((t) => t.text)).toEqual(['Hà', 'Nội', word.slice(0, 50)]);
		}
	});
});
