/**
 * findAbsolute tries a family, and findRelative a rule, only where the text holds what its every match
 * holds (found once per sentence). Whatever the case or the spacing, what the patterns match is still found.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const shapes = (text: string) => findTimeMentions(text).map((m) => [m.text, m.shape, m.relation ?? null, m.offset ?? null]);

describe('written-out dates behind their prefilters', () => {
	it.each([
		['NGÀY 12 THÁNG 3 NĂM 2024, Đoàn đến thăm tỉnh.', [['NGÀY 12 THÁNG 3 NĂM 2024', 'day', null, null]]],
		['Từ ngày 9 đến ngày 11 Tháng 8, Đoàn làm việc tại tỉnh.', [['Từ ngày 9 đến ngày 11 Tháng 8', 'span', null, null]]],
		['TỪ NĂM 2022 ĐẾN NAY, hai tỉnh đã ký nhiều văn bản.', [['TỪ NĂM 2022 ĐẾN NAY', 'vague', null, null]]],
		['Trong giai đoạn 2021 - 2025, hai bên phối hợp chặt chẽ.', [['giai đoạn 2021 - 2025', 'period', null, null]]],
		['Chiều 11 / 3, Đoàn đã hội đàm.', [['Chiều 11 / 3', 'day', null, null]]],
		['Trong Năm 2023, hai tỉnh đã trao đổi nhiều đoàn.', [['Năm 2023', 'year', null, null]]]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});

describe('relative words behind their prefilters', () => {
	it.each([
		['Tối hôm QUA (5/6), Đoàn đã đến Viêng Chăn.', [['Tối hôm QUA (5/6)', 'day', 'deictic', -1]]],
		['Chiều\u00a0qua, Đoàn đã đến Viêng Chăn.', [['Chiều\u00a0qua', 'day', 'deictic', -1]]],
		['THÁNG TRƯỚC, Đoàn đã đến Viêng Chăn.', [['THÁNG TRƯỚC', 'month', 'deictic', -1]]],
		['Tuần\u00a0tới, Đoàn sẽ đến Viêng Chăn.', [['Tuần\u00a0tới', 'span', 'deictic', 1]]],
		['Quan hệ hai tỉnh được vun đắp qua nhiều năm.', []]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});

describe('a rule whose key is two words goes on after its last key as written', () => {
	// "cùng  ngày" (two spaces, as pasted pages have) is a match of the rule without its key "cùng ngày".
	it('finds the second "cùng ngày" spaced twice', () => {
		expect(findTimeMentions('Chiều cùng ngày, Đoàn thăm trường; tối cùng  ngày, Đoàn dự tiệc.').map((m) => m.text)).toEqual(['Chiều cùng ngày', 'tối cùng  ngày']);
	});
});
