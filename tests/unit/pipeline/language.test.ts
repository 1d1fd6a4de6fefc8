import { describe, expect, it } from 'vitest';
import { detectLanguage, englishFunctionWords } from '../../../src/lib/pipeline/index';

// The count the hand-written scan stands for (see englishFunctionWords).
const byRegex = (t: string) => (t.match(/\b(the|and|of|to|in|with)\b/gi) ?? []).length;

describe('detectLanguage', () => {
	it('tells a Vietnamese page from an English one', () => {
		expect(detectLanguage('Chiều 11/3, tại Thủ đô Viêng Chăn, đoàn đã hội đàm với lãnh đạo thành phố.')).toBe('vi');
		expect(detectLanguage('On March 11, the delegation held talks with the leaders of Vientiane and signed an agreement.')).toBe('en');
	});

	it('counts English function words exactly as /\\b(the|and|of|to|in|with)\\b/gi does', () => {
		const cases = [
			'The_the THE the',
			'thé in_ of9 To to! WITH with_ withs',
			'x_and and_ ANDand in-the of.of',
			'ọf ỏf of Đến in Ĩn tò to',
			'',
			'Ofof of_ _of',
			'Kết quả năm 2022 and 2023; the Lao side, in Vientiane, with Hanoi'
		];
		// Random mixes of the words, their capitals, word joiners and Vietnamese letters (seeded, so reproducible).
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		const alphabet = 'theandoftoinwithTHEANDWITH _-.9ốđ\n';
		for (let k = 0; k < 3000; k++) {
			let s = '';
			for (let i = 0, n = Math.floor(rand() * 40); i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
			cases.push(s);
		}
		for (const c of cases) expect(englishFunctionWords(c), JSON.stringify(c)).toBe(byRegex(c));
	});
});
