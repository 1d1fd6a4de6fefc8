import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/lib/pipeline/index';

describe('detectLanguage: Vietnamese letters against English function words', () => {
	it('reads a Vietnamese report as Vietnamese, even with an English name or phrase in it', () => {
		expect(detectLanguage('Chiều 11/3, tại Thủ đô Viêng Chăn, Đoàn đại biểu Thành ủy Hà Nội đã hội đàm với Thành ủy Viêng Chăn về dự án "Smart City" and the river.')).toBe('vi');
	});
	it('reads an English report as English, even under a Vietnamese menu', () => {
		const menu = 'Trang chủ | Chính trị | Kinh tế | Xã hội\n';
		expect(detectLanguage(`${menu}The delegation of Hanoi held talks with the leaders of Vientiane on March 11 and signed a memorandum with the city.`)).toBe('en');
	});
	it('counts whole words only: "to" and "in" inside other words are not English', () => {
		// "Tổ", "tin", "Minh", "Vinh": no English word, and no Vietnamese letter needed to outnumber one.
		expect(detectLanguage('Tin Vinh Minh into tony')).toBe('vi');
		expect(detectLanguage('to in')).toBe('en');
	});
	it('gives the same answer when called again (no state left between calls)', () => {
		const en = 'The mayor of Vientiane met with the delegation and the press in the city.';
		expect([detectLanguage(en), detectLanguage(en), detectLanguage('Đoàn đã đến thăm.'), detectLanguage(en)]).toEqual(['en', 'en', 'vi', 'en']);
	});
	it('an empty page is Vietnamese, the corpus language', () => {
		expect(detectLanguage('')).toBe('vi');
	});
});
