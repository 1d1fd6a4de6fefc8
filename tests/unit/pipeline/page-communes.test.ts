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
	// Known gap: the commune is placed nowhere, but the plan is read as the hosts' return visit (delegations.ts readSetting,
	// RETURN_PLAN) to the frame's home, and the frame of "lãnh đạo huyện Đakrông và huyện Kỳ Sơn" takes the first district's
	// province: a frame from two provinces should give no home to return to.
	it.fails('districts of two provinces place no commune, and the return visit goes to neither province (known gap: it goes to the first)', () => {
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
});
