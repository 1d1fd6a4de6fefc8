/**
 * A bulletin's item tells one delegation received, then another one, with its own leader, going over: "Ngày 8/6, … tiếp Đoàn …
 * do đồng chí X làm Trưởng đoàn." then "Từ ngày 14 đến ngày 16/6, Đoàn đại biểu tỉnh … do đồng chí Y … làm Trưởng đoàn đã thăm
 * …". What the item tells after it ("hai tỉnh ký kết …", "Chiều cùng ngày, Đoàn đến thăm …") is Y's trip, not X's, though the
 * bulletin has items (bullets further down). A body's own year-end review and a third country's experts taken in, named by an
 * acronym with the country in brackets, are no events.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `SỞ NGOẠI VỤ TỈNH SƠN LA
BẢN TIN ĐỐI NGOẠI SỐ 7/2027

Ngày 8/6/2027, tại trụ sở UBND tỉnh, đồng chí Quàng Văn Hặc, Phó Chủ tịch UBND tỉnh đã tiếp Đoàn công tác Sở Y tế tỉnh Hủa Phăn (Lào) do đồng chí Xổm-xạ-nít Phon-thạ-vông, Giám đốc Sở làm Trưởng đoàn.
Từ ngày 14 đến ngày 16/6/2027, Đoàn đại biểu tỉnh Sơn La do đồng chí Cầm Ngọc Thoa, Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Luông Pha-bang (Lào).
Ngày 2/6/2027, Sở Ngoại vụ tổ chức Hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2027.

Sáng 15/6/2027, tại Văn phòng tỉnh Luông Pha-bang, hai tỉnh ký kết Biên bản ghi nhớ hợp tác giai đoạn 2027 - 2031.
Chiều cùng ngày, Đoàn đến thăm Trường Dân tộc nội trú tỉnh Luông Pha-bang và trao tặng 200 bộ máy tính.

- Ngày 20/5/2027, lực lượng chức năng tỉnh tổ chức tuần tra trên tuyến biên giới.
- Tháng 4/2027, tỉnh tiếp nhận 3 đoàn chuyên gia KOICA (Hàn Quốc) khảo sát dự án thủy lợi.
`;

describe("a bulletin's item: a later led delegation frames what follows", () => {
	const t = buildTimeline([{ file: 'bulletin.txt', text: PAGE }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it("the signing and the school visit are Cầm Ngọc Thoa's trip, in Luông Pha-bang", () => {
		for (const q of ['Sáng 15/6/2027', 'Chiều cùng ngày']) {
			const e = of(q)!;
			expect(e.people.map(name)).toContain('Cầm Ngọc Thoa');
			expect(e.people.map(name)).not.toContain('Xổm-xạ-nít Phon-thạ-vông');
		}
		const d = t.delegations.find((x) => name(x.leader!) === 'Cầm Ngọc Thoa')!;
		expect(d.to).toBe('luang-prabang');
		expect(d.events).toContain(of('Sáng 15/6/2027')!.id);
		const other = t.delegations.find((x) => name(x.leader!) === 'Xổm-xạ-nít Phon-thạ-vông')!;
		expect(other.events).toEqual([of('Ngày 8/6/2027')!.id]);
	});
	it("the Sở's own review and the Korean experts are no events", () => {
		expect(of('Ngày 2/6/2027')).toBeUndefined();
		expect(of('- Tháng 4/2027')).toBeUndefined();
	});
});
