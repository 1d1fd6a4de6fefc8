import { describe, expect, it } from 'vitest';
import { describeLines, endsLikeSentence, SENTENCE_END } from '../../../src/lib/pipeline/segment';

const kindOf = (line: string) => describeLines(`${line}\n`, 'vi')[0].kind;

// endsLikeSentence reads SENTENCE_END's forms by code; the two must agree on every line.
describe('segment line-end and line-start tests by code', () => {
	it('endsLikeSentence agrees with SENTENCE_END on generated line ends', () => {
		const pool = ['a', 'Lào', ' ', '  ', '\t', '\u00a0', '\u3000', '.', '!', '?', '…', ';', ':', ',', '"', '”', '’', '»', ')', ']', '/', '“', '(', '-', '1', 'Đ'];
		let seed = 11;
		const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
		let checked = 0;
		for (let k = 0; k < 20000; k++) {
			let s = 'Hà Nội';
			const n = 1 + Math.floor(rnd() * 6);
			for (let j = 0; j < n; j++) s += pool[Math.floor(rnd() * pool.length)];
			// Lines reach the test trimmed of white space.
			s = s.trim();
			if (!s) continue;
			// A line ending in a capital may also end in a sign-off, which the regex alone does not cover.
			const last = s.charCodeAt(s.length - 1);
			if (last >= 65 && last <= 90) continue;
			expect(endsLikeSentence(s), JSON.stringify(s)).toBe(SENTENCE_END.test(s));
			checked++;
		}
		expect(checked).toBeGreaterThan(13000);
		for (const s of ['Xong./.', 'Xong . /.', 'Anh nói: “Tốt.”', 'Anh nói: “Tốt. ”', 'Tốt .  )', 'x,', 'x)', '(x)', '…', '"']) expect(endsLikeSentence(s), s).toBe(SENTENCE_END.test(s));
	});

	it('tells related-link lines and breadcrumbs whatever their case', () => {
		for (const l of ['Xem thêm: Hà Nội và Viêng Chăn', 'XEM THÊM: Hà Nội', 'Đọc thêm: Hà Nội', 'ĐỌC THÊM > Hà Nội', 'Tin liên quan: Hà Nội', 'TIN LIÊN QUAN - Hà Nội', 'Bài liên quan: Hà Nội', 'BÀI LIÊN QUAN: Hà Nội', 'Read more: Hanoi', 'READ MORE: Hanoi', 'See also: Hanoi', 'ſee also: Hanoi', 'Related: Hanoi', '>> Xem thêm: Hà Nội']) expect(kindOf(l), l).toBe('list');
		for (const l of ['Trang chủ > Thời sự > Chính trị', 'TRANG CHỦ / Tin tức', 'Home | News | World', 'HOMEPAGE > News', 'Trang nhất > Thời sự']) expect(kindOf(l), l).toBe('menu');
		// Paragraphs opening with the same first letters are no link line or breadcrumb.
		expect(kindOf('Trong chuyến thăm, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.')).toBe('prose');
		expect(kindOf('Tại buổi làm việc, Bí thư Thành ủy thông báo về tình hình phát triển kinh tế - xã hội của thủ đô.')).toBe('prose');
	});
});
