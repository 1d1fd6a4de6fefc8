/**
 * A city the journey only passes through ("Đoàn bay từ Vĩnh Long ra Hà Nội, sang Viêng Chăn và đến huyện …, tỉnh lỵ tỉnh …")
 * is not where the delegation went, even when the page names its true destination in a spelling no list knows.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `Thành đoàn Vĩnh Long thăm tỉnh bạn Lào

Từ ngày 3 đến hết ngày 6/9/2023, Đoàn công tác Thành đoàn Vĩnh Long do đồng chí Lê Hoàng Phúc, Bí thư Thành đoàn làm trưởng đoàn đã thăm, làm việc tại tỉnh Bo-la-vên (Lào).

Chương trình làm việc của Đoàn:

- Ngày 3/9: Đoàn bay từ Vĩnh Long ra Hà Nội, sang Viêng Chăn và đến huyện Pạc-xoòng, tỉnh lỵ tỉnh Bo-la-vên.

- Ngày 4/9: Chào xã giao lãnh đạo Tỉnh ủy.

- Ngày 6/9: Về nước.
`;

describe('a stop on the way is not the destination', () => {
	const t = buildTimeline([{ file: 'route.txt', text: PAGE }]);
	it('the delegation is found, going nowhere it only passed through', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].to).not.toBe('vientiane');
		expect(t.delegations[0].to).not.toBe('hanoi');
	});
	it("the other days are not set in the transit city", () => {
		const day = t.events.find((e) => e.sources.some((s) => s.quote.includes('Chào xã giao')))!;
		expect(day.cities).not.toContain('vientiane');
	});
});
