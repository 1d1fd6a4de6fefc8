import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';

// 'Đồng' is a family name (as in "Đồng Sĩ Nguyên") and a common word ("Đồng thời", "Đồng bào"): right after an
// honorific it opens the name, though a family name follows within it ("Kim", "Hoàng", "Mai").
describe("the family name 'Đồng' after an honorific", () => {
	it.each([
		['Đoàn do đồng chí Đồng Thị Kim Ngân, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.', 'Đồng Thị Kim Ngân'],
		['Bà Đồng Thị Mai Lan phát biểu tại buổi tiếp.', 'Đồng Thị Mai Lan'],
		['Tiếp Đoàn có ông Đồng Hoàng Long, Giám đốc Sở Ngoại vụ.', 'Đồng Hoàng Long']
	])('%s', (s, name) => {
		expect(findPeople(s).map((m) => m.name)).toContain(name);
	});

	it('is no name at the start of a sentence without one', () => {
		expect(findPeople('Đồng thời, hai bên thống nhất tăng cường hợp tác.').map((m) => m.name)).toEqual([]);
	});
});
