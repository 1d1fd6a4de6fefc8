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
