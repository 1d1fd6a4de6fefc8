/**
 * A commune (xã) no gazetteer lists is a place of the province of the page's own district: the district its body names
 * ("… một xã biên giới của huyện Đakrông"), or, on a district portal naming it nowhere in the story, the one its masthead
 * names ("Cổng thông tin điện tử huyện Kỳ Sơn"). Not when the page's districts lie in two provinces, and never a "thị xã".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...lines: string[]) => lines.join('\n\n');
const planned = (text: string) => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	return t.events.find((e) => e.status === 'planned')!;
};
const plan = 'Ông Khăm-bay Xỉ-la-vông, Trưởng bản A-xóc cho biết sẽ dẫn đoàn cán bộ bản A-xóc sang thăm, chúc Tết xã Tà Rụt vào tháng 1/2025.';

describe("a commune of the page's own district", () => {
	it('the district named later in the body places the commune', () => {
		const e = planned(
			page(
				'Xã Tà Rụt kết nghĩa với bản A-xóc',
				'Thứ Ba, 10/09/2024 - 08:00',
				'Sáng 8/9, Đoàn công tác xã Tà Rụt do đồng chí Hồ Văn Lâm, Chủ tịch UBND xã làm Trưởng đoàn đã sang thăm bản A-xóc, huyện Xa-muồi, tỉnh Sa-la-van, nước bạn Lào.',
				plan,
				'Xã Tà Rụt là một trong các xã biên giới của huyện Đakrông.'
			)
		);
		expect(e.cities).toContain('quang-tri');
	});
	it("a district portal's masthead names the home district the story leaves unnamed", () => {
		const e = planned(
			page(
				'Cổng thông tin điện tử huyện Kỳ Sơn',
				'Xã Na Ngoi kết nghĩa với bản A-xóc',
				'Thứ Ba, 10/09/2024 - 08:00',
				'Sáng 8/9, Đoàn công tác xã Na Ngoi do đồng chí Lầu Bá Chống, Chủ tịch UBND xã làm Trưởng đoàn đã sang thăm bản A-xóc, tỉnh Xiêng Khoảng, nước bạn Lào.',
				'Ông Khăm-bay Xỉ-la-vông, Trưởng bản A-xóc cho biết sẽ dẫn đoàn cán bộ bản A-xóc sang thăm, chúc Tết xã Na Ngoi vào tháng 1/2025.'
			)
		);
		expect(e.cities).toContain('nghe-an');
	});
	// The commune is placed nowhere, and the plan's hosts are not the first district's province: the lead of "lãnh đạo huyện
	// Đakrông và huyện Kỳ Sơn" names two provinces of that side, so no one of them is where the plan goes (settingOf).
	it('districts of two provinces place no commune, and the return visit goes to neither province', () => {
		const e = planned(
			page(
				'Hai xã biên giới kết nghĩa với bản A-xóc',
				'Thứ Ba, 10/09/2024 - 08:00',
				'Sáng 8/9, lãnh đạo huyện Đakrông và huyện Kỳ Sơn đã sang thăm bản A-xóc, tỉnh Sa-la-van, nước bạn Lào.',
				plan
			)
		);
		expect(e.cities).not.toContain('quang-tri');
		expect(e.cities).not.toContain('nghe-an');
	});
	it('a lead naming two provinces of one side leaves the other side\'s plan with no host province', () => {
		const e = planned(
			page(
				'Giao lưu hữu nghị biên giới',
				'Thứ Năm, 15/05/2025 - 10:00',
				'Chiều 13/5, lãnh đạo tỉnh Hà Tĩnh và tỉnh Quảng Bình đã sang thăm tỉnh Khăm Muồn, nước bạn Lào.',
				'Ông Xỉ-xổm-phon Văn-na-xin, Phó Tỉnh trưởng tỉnh Khăm Muồn cho biết sẽ dẫn đoàn cán bộ tỉnh Khăm Muồn sang thăm vào tháng 9/2025.'
			)
		);
		expect(e.cities).not.toContain('ha-tinh');
		expect(e.cities).not.toContain('quang-binh');
	});
});
