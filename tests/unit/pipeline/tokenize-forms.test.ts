import { describe, expect, it } from 'vitest';
import { tokenize, tokFold, tokKey, wordFold, wordKey } from '../../../src/lib/pipeline/gazetteer';

// The tokenizer finds each word's form in a hash table of its own (hash, length and letters kept in
// typed arrays); these check that a form found is always the word read, whatever the table holds.
describe('tokenize: word forms', () => {
	it('gives every token the form of its own spelling, across the table growing and being cleared', () => {
		// Over 70,000 distinct words: the table doubles several times and is cleared once (at 65,536 forms).
		const words: string[] = [];
		for (let i = 0; i < 70_000; i++) words.push(`w${i.toString(36)}Đ${i % 7 === 0 ? 'ạ' : ''}`);
		for (let round = 0; round < 2; round++) {
			const text = words.join(' ');
			const tokens = tokenize(text);
			expect(tokens.length).toBe(words.length);
			for (let i = 0; i < tokens.length; i += 97) {
				const t = tokens[i];
				expect(t.text).toBe(words[i]);
				expect(text.slice(t.start, t.end)).toBe(words[i]);
				expect(tokKey(t)).toBe(wordKey(words[i]));
				expect(tokFold(t)).toBe(wordFold(words[i]));
			}
		}
	});

	it('tells apart words of one length whose hashes collide', () => {
		// "Aa" and "BB" share the 31-multiplier hash (65·31 + 97 = 66·31 + 66), as do "AaAa", "AaBB", "BBAa", "BBBB".
		const text = 'Aa BB AaAa AaBB BBAa BBBB Aa BB';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual(['Aa', 'BB', 'AaAa', 'AaBB', 'BBAa', 'BBBB', 'Aa', 'BB']);
		expect(tokens[0].form).toBe(tokens[6].form);
		expect(tokens[1].form).toBe(tokens[7].form);
		expect(tokens[0].form).not.toBe(tokens[1].form);
	});

	it('reads a word that ends the text, and an apostrophe name at its end', () => {
		expect(tokenize('ông Dũng').map((t) => [t.start, t.end, t.text])).toEqual([
			[0, 3, 'ông'],
			[4, 8, 'Dũng']
		]);
		expect(tokenize("bà H'Yim").map((t) => t.text)).toEqual(['bà', "H'Yim"]);
		expect(tokenize('a').map((t) => t.text)).toEqual(['a']);
		expect(tokenize('').length).toBe(0);
	});
});
