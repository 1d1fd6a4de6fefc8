/**
 * A page telling two delegations received on one day: a Lao one in the morning and, 'Chiều cùng ngày', one of another province
 * of the hosts' own country, both named in the headline ("… tiếp Đoàn đại biểu tỉnh X (Lào) và Đoàn công tác Tỉnh ủy Y").
 * The headline's second delegation lends its home to no event of the first; the domestic one is no Vietnam–Laos delegation
 * (background, with no Lao destination); and its 'Chiều cùng ngày', told after a schedule ('Theo chương trình, sáng …, … sẽ
 * …; ngày …, …'), is the day of the morning's reception, not a day of the schedule.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG BÌNH
20/09/2023 10:15

Bí thư Tỉnh ủy tiếp Đoàn đại biểu tỉnh Khăm Muồn (Lào) và Đoàn công tác Tỉnh ủy Hà Tĩnh

Sáng 19/9, tại Trụ sở Tỉnh ủy, đồng chí Đỗ Minh Tuấn, Bí thư Tỉnh ủy đã tiếp Đoàn đại biểu tỉnh Khăm Muồn (Lào) do đồng chí Bun-thoong Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn.

Đoàn đang có chuyến thăm và làm việc tại tỉnh Quảng Bình từ ngày 18/9 đến hết ngày 21/9.

Theo chương trình, sáng 20/9, lãnh đạo hai tỉnh sẽ hội đàm và ký kết thỏa thuận hợp tác; ngày 21/9, Đoàn đi thăm Cảng Hòn La trước khi về nước.

Chiều cùng ngày, đồng chí Đỗ Minh Tuấn tiếp Đoàn công tác Tỉnh ủy Hà Tĩnh do đồng chí Lê Văn Khải, Trưởng Ban Dân vận Tỉnh ủy Hà Tĩnh làm trưởng đoàn, đến trao đổi kinh nghiệm trong công tác đối ngoại.
`;

const t = buildTimeline([{ file: 'two-delegations.txt', text: PAGE }]);
const of = (quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(quote)));
	if (!e) throw new Error(`no event for ${quote}`);
	return e;
};

describe('a second, domestic delegation on the page of a Lao one', () => {
	it("the Lao delegation's events have no city of the headline's domestic delegation", () => {
		for (const q of ['Sáng 19/9', 'Theo chương trình, sáng 20/9', 'ngày 21/9']) expect(of(q).cities).not.toContain('ha-tinh');
	});
	it("the domestic delegation's reception is background, and no delegation of the timeline", () => {
		expect(of('Chiều cùng ngày').role).toBe('context');
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].from).toBe('khammouane');
	});
	it("'Chiều cùng ngày' after the schedule is the morning reception's day, done", () => {
		const e = of('Chiều cùng ngày');
		expect([e.start, e.end, e.partOfDay, e.status]).toEqual(['2023-09-19', '2023-09-19', 'afternoon', 'occurred']);
	});
});
