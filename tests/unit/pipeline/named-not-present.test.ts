/**
 * Named after a happening but not at it: one the page only says goes with the delegation ("Cùng đi với Đoàn có đồng chí X, Chủ
 * tịch Hội …") is no participant of the reception told before; nor is one who, in a paragraph of his own, gives the figures of
 * the years up to now ("Bác sĩ X, Giám đốc Bệnh viện … cho biết, từ năm 2019 đến nay, …") after a visit to the consulate.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const WITH = `"Hà Giang là người anh em thân thiết của Phông-xa-lỳ"

"Mỗi dịp Tết, được đón những người anh em Hà Giang sang chúc Tết là niềm vui lớn của nhân dân tỉnh Phông-xa-lỳ", đồng chí Khăm-xỉ Vông-phạ-chăn, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ phát biểu khi tiếp Đoàn đại biểu tỉnh Hà Giang do đồng chí Lò Văn Hợp, Phó Chủ tịch UBND tỉnh Hà Giang làm trưởng đoàn.

Đồng chí Lò Văn Hợp cảm ơn tình cảm của lãnh đạo tỉnh Phông-xa-lỳ.

Cùng đi với Đoàn có đồng chí Vi Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Hà Giang.
`;
const FIGURES = `Bệnh viện tỉnh Quảng Bình kết nghĩa với Bệnh viện tỉnh Khăm Muồn

Thứ Bảy, 6/12/2025 | 09:00

Sáng 5/12, tại thành phố Thà Khẹc, Đoàn công tác Sở Y tế tỉnh Quảng Bình do ông Phan Văn Ninh, Giám đốc Sở làm trưởng đoàn đã ký kết thỏa thuận kết nghĩa với Bệnh viện tỉnh Khăm Muồn.

Chiều cùng ngày, Đoàn đã đến thăm Tổng Lãnh sự quán Việt Nam tại Thà Khẹc.

Bác sĩ Hồ Minh Đức, Giám đốc Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới cho biết, từ năm 2019 đến nay, bệnh viện đã khám, điều trị cho hơn 500 lượt bệnh nhân Lào.
`;

function peopleOf(file: string, text: string, quote: string): string[] {
	const t = buildTimeline([{ file, text }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	if (!e) throw new Error(`no event for ${quote}`);
	return e.people.map((id) => t.people.find((p) => p.id === id)!.name).sort();
}

describe('named after a happening, not at it', () => {
	it('one only said to go with the delegation', () => {
		expect(peopleOf('with.txt', WITH, 'Mỗi dịp Tết')).toEqual(['Khăm-xỉ Vông-phạ-chăn', 'Lò Văn Hợp']);
	});
	it("one who gives the years' figures in the next paragraph", () => {
		expect(peopleOf('figures.txt', FIGURES, 'Chiều cùng ngày')).toEqual(['Phan Văn Ninh']);
	});
});
