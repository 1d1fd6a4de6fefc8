/**
 * findAbsolute tries the day-and-month families only where a day's figures stand before a separator and a
 * month that no figure follows ("11/3", not "2022-2025", "22/22" or "1.500"), the range family only where a
 * day, a dash (or "và", a comma) and a day with its month stand, and the periods only where two years are
 * joined; the families of "tháng" only where a day's figures, a part of a month or "tháng đầu/cuối năm" stand
 * before or around it. Whatever the case, the spacing or the words in between, what the families match is still found.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const shapes = (text: string) => findTimeMentions(text).map((m) => [m.text, m.shape, m.day ?? null, m.endDay ?? null, m.month ?? null, m.year ?? null, m.endYear ?? null]);

describe('day-and-month families behind their needs', () => {
	it.each([
		['NGÀY 22 - 24/11/2023, Đoàn thăm tỉnh.', [['NGÀY 22 - 24/11/2023', 'span', 22, 24, 11, 2023, 2023]]],
		['Từ ngày 9 ĐẾN 14/8, Đoàn thăm tỉnh.', [['Từ ngày 9 ĐẾN 14/8', 'span', 9, 14, 8, null, null]]],
		['Trong hai ngày 11 VÀ 12.3, Đoàn thăm tỉnh.', [['ngày 11 VÀ 12.3', 'span', 11, 12, 3, null, null]]],
		['Các ngày 9, 10 và 11/4, Đoàn thăm tỉnh.', [['ngày 9, 10 và 11/4', 'span', 9, 11, 4, null, null]]],
		['Từ 5 cho đến hết 7/6, hai bên trao đổi.', [['Từ 5 cho đến hết 7/6', 'span', 5, 7, 6, null, null]]],
		['Trong 3 ngày (14 - 16/11), Đoàn thăm tỉnh.', [['ngày (14 - 16/11)', 'span', 14, 16, 11, null, null]]],
		['Chiều 12 / 03, Đoàn thăm tỉnh; 1.500 người dự.', [['Chiều 12 / 03', 'day', 12, null, 3, null, null]]],
		['Ngày 1/12/2024 và ngày 2/12/2024, Đoàn thăm tỉnh.', [['Ngày 1/12/2024 và ngày 2/12/2024', 'span', 1, 2, 12, 2024, 2024]]],
		// Figures that are no day and month: no date, whatever family is tried.
		['Hà Nội hoàn thành 22/22 chỉ tiêu, tăng 8.89%, 1.500 tỷ đồng, 2022-2025.', [['2022-2025', 'period', null, null, null, 2022, 2025]]]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});

describe('periods behind their need', () => {
	it.each([
		['Giai đoạn 2021 – 2025, hai bên hợp tác.', [['Giai đoạn 2021 – 2025', 'period', null, null, null, 2021, 2025]]],
		['NHIỆM KỲ 2020 ĐẾN NĂM 2025, hai bên hợp tác.', [['NHIỆM KỲ 2020 ĐẾN NĂM 2025', 'period', null, null, null, 2020, 2025]]],
		['Năm 2024, hai bên hợp tác.', [['Năm 2024', 'year', null, null, null, 2024, null]]]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});

describe('families of "tháng" behind their needs', () => {
	it.each([
		['Ngày 12 VÀ 13 tháng 3 năm 2024, Đoàn thăm tỉnh.', [['Ngày 12 VÀ 13 tháng 3 năm 2024', 'span', 12, 13, 3, 2024, 2024]]],
		['Từ ngày 30 tháng 5 đến ngày 1 Tháng 6 năm 2024, Đoàn thăm tỉnh.', [['Từ ngày 30 tháng 5 đến ngày 1 Tháng 6 năm 2024', 'span', 30, 1, 5, 2024, 2024]]],
		['Sáng ngày 12  THÁNG Ba, Đoàn thăm tỉnh.', [['Sáng ngày 12  THÁNG Ba', 'day', 12, null, 3, null, null]]],
		['Trung tuần tháng 3, Đoàn thăm tỉnh.', [['Trung tuần tháng 3', 'part_of_month', null, null, 3, null, null]]],
		['CUỐI THÁNG NÀY, Đoàn thăm tỉnh.', [['CUỐI THÁNG NÀY', 'part_of_month', null, null, null, null, null]]],
		['9 tháng đầu năm 2023, tỉnh tăng trưởng.', [['9 tháng đầu năm 2023', 'vague', null, null, 9, 2023, null]]],
		['Sáu THÁNG CUỐI NĂM, tỉnh tăng trưởng.', [['Sáu THÁNG CUỐI NĂM', 'vague', null, null, 12, null, null]]],
		['Tháng 12/2024, Đoàn thăm tỉnh.', [['Tháng 12/2024', 'month', null, null, 12, 2024, null]]]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});
