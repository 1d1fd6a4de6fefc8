import { describe, expect, it } from 'vitest';
import { PhraseTable, WordTrie, type PhraseNode } from '../../../src/lib/pipeline/gazetteer';

// WordTrie numbers a PhraseTable's tree so that scans step by a word's number: it must find exactly
// the phrases the tree (and so the table's joined keys) holds, and no others.
describe('WordTrie', () => {
	it('walks to the same values as the phrase tree, for phrases in and out of the table', () => {
		let seed = 7;
		const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
		const vocab = Array.from({ length: 40 }, (_, i) => `w${i}`);
		const table = new PhraseTable<number>();
		for (let p = 0; p < 600; p++) {
			const words = Array.from({ length: 1 + rnd(4) }, () => vocab[rnd(vocab.length)]);
			table.add(words, p);
		}
		const tree = table.tree()!;
		const trie = new WordTrie(tree, table.maxWords);
		for (let q = 0; q < 3000; q++) {
			const words = Array.from({ length: 1 + rnd(5) }, () => (rnd(10) === 0 ? 'absent' : vocab[rnd(vocab.length)]));
			let node: PhraseNode<number> | undefined = tree;
			let id = 0;
			for (const w of words) {
				node = node?.next.get(w);
				const n = trie.word(w);
				id = id < 0 || n < 0 ? -1 : trie.step(id, n);
				expect(id >= 0).toBe(node !== undefined);
				expect(id >= 0 ? trie.values[id] : undefined).toBe(node?.value);
			}
			expect(table.get(words.join(' '))).toBe(id >= 0 ? trie.values[id] : undefined);
		}
		expect(trie.word('absent')).toBe(-1);
		expect(trie.maxWords).toBe(table.maxWords);
	});
});
