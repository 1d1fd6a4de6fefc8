import { describe, expect, it } from 'vitest';
import { BY_BEFORE, byBefore } from '../../../src/lib/pipeline/people';

// isParticipant looks for "do <name> … đứng đầu" in the last 84 characters before the name only,
// where a match of BY_BEFORE must lie; these hold that shortcut to the pattern over the whole window.
describe('byBefore: the "do" cue over the window\'s end', () => {
	it('agrees with the pattern over the whole text on many generated texts', () => {
		// A small deterministic generator (no Math.random: a failure must be repeatable).
		let seed = 12345;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
		const parts = ['d', 'o', ' ', 'a', '.', ';', '\n', '\t', 'ư', 'do ', ' do ', 'đô '];
		let matched = 0;
		for (let t = 0; t < 20_000; t++) {
			let s = '';
			const len = Math.floor(next() * 330);
			while (s.length < len) s += parts[Math.floor(next() * parts.length)];
			if (next() < 0.5) s += ' do ' + 'a'.repeat(Math.floor(next() * 90));
			const want = BY_BEFORE.test(s);
			if (want) matched++;
			expect(byBefore(s), JSON.stringify(s)).toBe(want);
		}
		// Both answers occur often enough for the comparison to mean something.
		expect(matched).toBeGreaterThan(2_000);
		expect(matched).toBeLessThan(18_000);
	});

	it('finds the cue at the edge of its reach and not beyond', () => {
		expect(byBefore('do ' + 'a'.repeat(80))).toBe(true);
		expect(byBefore('x do ' + 'a'.repeat(80))).toBe(true);
		expect(byBefore('x do ' + 'a'.repeat(81))).toBe(false);
		expect(byBefore('a'.repeat(200) + ' do ' + 'b'.repeat(80))).toBe(true);
		expect(byBefore('a'.repeat(200) + 'do ' + 'b'.repeat(80))).toBe(false);
	});

});
