import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

// A list of those also present that names its meeting ("Cùng dự hội đàm có …", "Also present at the talks were …") belongs to
// that meeting, though a flashback to an earlier encounter (an airport welcome) was told between; with no meeting named, the
// encounter told last.
describe('who else attended the meeting the list names', () => {
	const vi = `Bộ Chỉ huy Quân sự tỉnh hội đàm với Đoàn đại biểu tỉnh Hủa Phăn
12/04/2024 | 15:20

Sáng 12-4, tại thành phố Thanh Hóa, Đại tá Trịnh Văn Khải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thanh Hóa đã hội đàm với Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hủa Phăn do Đại tá Xổm-bun Phăn-thạ-vông làm Trưởng đoàn.

Đoàn đang có chuyến thăm, làm việc tại tỉnh Thanh Hóa từ ngày 11 đến 13-4. Trước đó, tối 11-4, Thượng tá Lê Đình Quang, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đã đón Đoàn tại Cửa khẩu quốc tế Na Mèo.

Cùng dự hội đàm có các đồng chí: Thượng tá Hà Minh Tuấn, Chính ủy Bộ Chỉ huy Quân sự tỉnh; Trung tá Khăm-phăn Xay-nha-vông, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn.`;
	const en = `Quang Binh, Khammouane military commands hold talks
Thursday, 17 October 2024 16:40

DONG HOI, Oct 17 – Colonel Hoang Duc Minh, Commander of the Quang Binh Military Command, held talks on Thursday morning with a delegation of the Khammouane Military Command led by Colonel Somphet Vilaykham.

The delegation is visiting Quang Binh from October 16 to 18. Earlier, on Wednesday evening, Lieutenant Colonel Tran Quoc Viet welcomed the delegation at the Cha Lo border gate.

Also present at the talks were Colonel Nguyen Huu Tam and Lieutenant Colonel Bounlot Sisouphanh, Deputy Commander of the Khammouane Military Command.`;
	const byQuote = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('puts the Vietnamese list on the talks, not on the flashback welcome', () => {
		const t = buildTimeline([{ file: 'a.txt', text: vi }]);
		expect(byQuote(t, 'đã hội đàm với Đoàn')?.people).toContain('kham-phan-xay-nha-vong');
		expect(byQuote(t, 'đã đón Đoàn tại Cửa khẩu')?.people).not.toContain('kham-phan-xay-nha-vong');
	});
	it('puts the English list on the talks, not on the flashback welcome', () => {
		const t = buildTimeline([{ file: 'b.txt', text: en }]);
		expect(byQuote(t, 'held talks on Thursday morning')?.people).toContain('bounlot-sisouphanh');
		expect(byQuote(t, 'welcomed the delegation at the Cha Lo')?.people).not.toContain('bounlot-sisouphanh');
	});
	it('still puts a list naming no meeting on the encounter told last', () => {
		const t = buildTimeline([{ file: 'c.txt', text: vi.replace('Cùng dự hội đàm có', 'Cùng tiếp Đoàn có') }]);
		expect(byQuote(t, 'đã đón Đoàn tại Cửa khẩu')?.people).toContain('kham-phan-xay-nha-vong');
	});
});
