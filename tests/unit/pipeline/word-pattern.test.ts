/**
 * WordPattern runs a pattern that opens with lookbehinds by looking for the rest and checking the
 * lookbehinds where it matched: it must find exactly what the pattern itself finds.
 */
import { describe, expect, it } from 'vitest';
import { WordPattern } from '../../../src/lib/pipeline/events';
import { inClause } from '../../../src/lib/pipeline/delegations';

/** Every match of `re` from the start, as the pattern with its g flag gives them. */
function allOf(re: RegExp, text: string): string[] {
	const g = new RegExp(re.source, re.flags.replace('g', '') + 'g');
	return [...text.matchAll(g)].map((m) => `${m.index}:${m[0]}:${m.slice(1).join('|')}`);
}
function allOfWord(p: WordPattern, text: string): string[] {
	const out: string[] = [];
	for (let m = p.exec(text); m; m = p.exec(text, p.lastIndex)) out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
	return out;
}

const PATTERNS = [
	/(?<![\p{L}])(?:tại|ở|thăm|in|at|(?:đến|tới)(?!\s+từ(?![\p{L}])))\s/u,
	/(?<![\p{L}])(?:tại|sang|đến|in|to)\s+([^,;.]{0,60})/u,
	/(?<![\p{L}])(?<!(?:[Tt]rưởng|[Pp]hó|tập|\(x\)|[)(])\s)(?:Đoàn|đoàn|delegation)(?![\p{L}])/u,
	/(?<![\p{L}])(?:hội\s+đàm|held\s+(?:[\p{L}-]+\s+){0,2}talks|talks\s+with)(?![\p{L}])/iu,
	/(?<![\p{L}])(?:tiếp|đón|received)\s(?:(?![,;.]).){0,20}$/iu,
	/(?<![\p{L}])(?:sẽ|will|(?<!(?:its|the)\s)plans?\s+to)(?![\p{L}])/iu
];
const TEXTS = [
	'Đoàn đến thăm tỉnh Sê Kông tại Lào, đoàn đại biểu đến từ Hà Nội; Trưởng đoàn là ông X, Phó đoàn Y.',
	'Tập đoàn, tập Đoàn, (x) đoàn, ) đoàn, ( đoàn. Thành đoàn; a delegation in Vientiane, the delegationx.',
	'Chiều 9/8, hai bên đã HỘI ĐÀM và HELD bilateral online TALKS; talks with him; xhội đàm, hội đàmx.',
	'đã tiếp đồng chí X, Bí thư; Ông Y đón Đoàn tỉnh. đã tiếp Bí thư Tỉnh ủy Luông Nặm Tha',
	'The province plans to visit; its plans to grow; the plan to; will; Will; sẽ; xsẽ; WILL.',
	'tại\u0345 tại \u0345tại \u0345TẠI thăm\tHà Nội, in Hanoi; at home; ởở ở nhà',
	''
];

describe('WordPattern', () => {
	it.each(PATTERNS.map((p) => [p.source.slice(0, 40), p] as const))('finds what %s finds', (_name, re) => {
		const p = new WordPattern(re);
		for (const t of TEXTS) {
			expect(allOfWord(p, t)).toEqual(allOf(re, t));
			expect(p.test(t)).toBe(re.test(t));
			expect(p.exec(t)?.index ?? -1).toBe(t.search(re));
		}
	});

	it('counts a mark that folds to a letter as a letter under the i flag, as the pattern does', () => {
		const re = /(?<![\p{L}])tại/iu;
		expect(new WordPattern(re).test('\u0345tại')).toBe(re.test('\u0345tại'));
		expect(new WordPattern(/(?<![\p{L}])tại/u).test('\u0345tại')).toBe(/(?<![\p{L}])tại/u.test('\u0345tại'));
	});

	it('refuses a pattern that opens with no lookbehind, or whose lookbehind captures', () => {
		expect(() => new WordPattern(/tại/u)).toThrow(/must open with lookbehinds/);
		expect(() => new WordPattern(/(?<!(x))tại/u)).toThrow(/capture nothing/);
		expect(() => new WordPattern(/(?<![(])tại/u)).not.toThrow();
	});
});

describe('inClause', () => {
	// The patterns inClause stands for: a lazy run of the clause, then words that open a word.
	const words = /(?<![\p{L}])(?:dẫn\s+đầu|đang\s+thăm|led\s+by|(?:paid|made)\s+an?\s+(?:\S+\s+){0,2}visit)/iu;
	const lazy = (limit: number) => new RegExp(String.raw`^[^.;]{0,${limit}}?` + words.source, 'iu');
	const texts = [
		', Bí thư Tỉnh ủy, dẫn đầu Đoàn',
		', Bí thư Tỉnh ủy. Đoàn do ông dẫn đầu',
		', Bí thư; Đoàn dẫn đầu',
		'xdẫn đầu, rồi dẫn đầu',
		'Governor of Attapeu, and his entourage PAID a working. visit to Hanoi',
		'a'.repeat(19) + ' đang thăm',
		'a'.repeat(20) + ' đang thăm',
		'😀'.repeat(9) + ' đang thăm',
		'😀'.repeat(10) + ' đang thăm',
		'\ud83d'.repeat(19) + ' đang thăm',
		''
	];
	it.each(texts)('finds in %s what the lazy pattern finds', (t) => {
		for (const limit of [20, 30, 260]) {
			const m = inClause(new WordPattern(words), t, limit);
			const want = lazy(limit).exec(t);
			expect(m ? m.index + m[0].length : -1).toBe(want ? want[0].length : -1);
		}
	});
});
