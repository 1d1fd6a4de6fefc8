import { describe, expect, it } from 'vitest';
import { describeLines } from '../../../src/lib/pipeline/segment';

const kindOf = (line: string) => describeLines(`${line}\n`, 'vi')[0].kind;

// A line's words are counted in one pass; the separators a menu has and the white space a doubled
// headline collapses are looked for only in the lines that reach those tests.
describe('segment line shapes', () => {
	it('finds a headline written twice whatever white space stands between and within its halves', () => {
		const h = 'Hà Nội và Viêng Chăn ký kết biên bản hợp tác';
		for (const gap of [' ', '  ', '\t', ' \u00a0', '\u3000']) expect(kindOf(`${h}${gap}${h}`), JSON.stringify(gap)).toBe('double');
		expect(kindOf(`${h.replace('và', 'và  ')} ${h}`)).toBe('double');
		// An odd number of words cannot be twice the same words.
		expect(kindOf(`${h} ${h} Lào`)).not.toBe('double');
	});

	it('counts separators between spaces without overlap', () => {
		// Two separators sharing a space count once: 8 words over 2 pieces is no menu, over 3 it is.
		expect(kindOf('Thời sự / / Chính trị xã hội trong nước')).toBe('heading');
		expect(kindOf('Thời sự / Chính trị / xã hội trong nước')).toBe('menu');
		expect(kindOf('Home | News | World')).toBe('menu');
	});
});
