/**
 * collectYearEvidence reads the name before a year back from the year (not by trying each of the 80
 * characters before it): the name is still up to six words, from the first letter of the first, and never
 * reaches beyond those 80 characters.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence } from '../../../src/lib/pipeline/dates/index';

const named = (text: string) => collectYearEvidence([{ text }]).filter((e) => e.kind === 'named').map((e) => e.text);

describe('the name before a year, read back', () => {
	it.each([
		['Hội nghị Xúc tiến du lịch Hà Nội-Vientiane 2024 đã diễn ra.', ['Xúc tiến du lịch Hà Nội-Vientiane 2024']],
		['Các đơn vị chuẩn bị cho Hội Chợ Thương Mại Quốc Tế Việt-Lào Lần Thứ Ba 2024 tại thủ đô.', ['Quốc Tế Việt-Lào Lần Thứ Ba 2024']],
		['Đoàn dự Lễ hội -–Hoa Ban 2024 tại tỉnh.', ['Hoa Ban 2024']],
		// The 80 characters begin inside a long word: its part within them is the name's first word.
		['Đoàn dự ' + 'x'.repeat(70) + ' Lễ hội Hoa Ban 2024 tại tỉnh', ['x'.repeat(64) + ' Lễ hội Hoa Ban 2024']],
		// … and that part begins in lower case, though the whole word does not.
		['Đoàn dự ' + 'Xy'.repeat(36) + ' lễ hội 2024 tại tỉnh', []],
		['Mục tiêu tầm nhìn 2045 và đến năm 2030.', []]
	])('%s', (text, want) => {
		expect(named(text)).toEqual(want);
	});
});

describe('"năm 2026" after the name of an occasion that comes back every year', () => {
	const years = (text: string) => collectYearEvidence([{ text }]).filter((e) => e.kind === 'named').map((e) => e.year);
	it('names the current occasion: the year of the news', () => {
		expect(years('Hoạt động nằm trong chuỗi sự kiện chào mừng Tháng Thanh niên năm 2026.')).toEqual([2026]);
		expect(years('Đoàn dự Lễ hội Hoa Ban năm 2025 tại thành phố Điện Biên Phủ.')).toEqual([2025]);
		expect(years('Chương trình thuộc khuôn khổ Năm Du lịch quốc gia năm 2024.')).toEqual([2024]);
		// A long name, with the two countries joined by a dash: "Ngày hội Thanh niên biên giới Việt Nam - Lào năm 2025".
		expect(years('Đoàn đã sang tham dự Liên hoan Nghệ thuật quần chúng Việt Nam - Lào năm 2025.')).toEqual([2025]);
		// An exchange programme named in lower case is one too: "Chương trình giao lưu hữu nghị … năm 2025".
		expect(years('Đoàn sang dự Chương trình giao lưu hữu nghị Công an hai tỉnh biên giới năm 2025.')).toEqual([2025]);
		expect(years('Hai bên thống nhất xây dựng Chương trình hợp tác năm 2026.')).toEqual([]);
	});
	it('not a treaty, a law or a plain year: history or a plan, not the news', () => {
		expect(years('Hai bên khẳng định giá trị của Hiệp ước Hữu nghị và Hợp tác năm 1977.')).toEqual([]);
		expect(years('Hai bên thống nhất tăng cường hợp tác trong năm 2025.')).toEqual([]);
		expect(years('Tỉnh sẽ tổ chức Tháng hành động năm 2026 vì trẻ em.')).toEqual([]);
	});
});
