import { describe, expect, it } from 'vitest';
import { urlStamp } from '../../../src/lib/pipeline/dates/stamp';

describe('urlStamp', () => {
	it('reads the day from an address line, with or without a scheme, in any case', () => {
		expect(urlStamp('Tin\nhttps://baomoi.vn/tin-20231114213512345.htm\n')?.published).toBe('2023-11-14');
		expect(urlStamp('NHANDAN.VN/2024/03/12/bai-viet\n')?.published).toBe('2024-03-12');
		// "ſ" is an "s" to URL_LINE's case-insensitive [a-z]: the look for an address must let it through.
		expect(urlStamp('vov.vn/2024/03/12/bai\n')?.published).toBe('2024-03-12');
		expect(urlStamp('example.ſv/2024/03/12/x\n')?.published).toBe('2024-03-12');
	});
	it('finds none on a page with no address, however many slashes its dates and ratios have', () => {
		expect(urlStamp('Chiều 12/3/2024, đoàn … 14/3.\nTỷ lệ 3/4 vn/ngày, 2024/03/12.')).toBeNull();
	});
});
