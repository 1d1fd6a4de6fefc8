/**
 * Handing over a signed agreement is a signing ("Tại buổi làm việc, Sở Công Thương hai tỉnh đã trao thỏa thuận hợp tác …",
 * "trao biên bản ghi nhớ hợp tác"); "trao đổi", "trao tặng" are other acts, and a programme's "dự lễ trao …" after a visit on
 * its line leaves the line the visit. Two outlets' reports of one day: a report with no part of the day that names its happening
 * ("tại Hội nghị kết nối giao thương") joins the other page's report naming it, not that page's morning forum.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('an agreement handed over', () => {
	it('is a signing', () => {
		expect(classify('Sở Công Thương hai tỉnh đã trao thỏa thuận hợp tác phát triển thương mại qua cửa khẩu.')).toBe('signing');
		expect(classify('Hai bên đã trao biên bản ghi nhớ hợp tác về du lịch.')).toBe('signing');
	});
	it('"trao đổi", "trao tặng" and a ceremony attended on a visit\'s line are not', () => {
		expect(classify('Hai bên đã trao đổi thỏa thuận hợp tác giai đoạn tới.')).not.toBe('signing');
		expect(classify('Đoàn trao tặng 100 suất quà cho học sinh.')).not.toBe('signing');
		expect(classify("Thăm mô hình trồng chè tại huyện Pác-xoòng; dự lễ trao thỏa thuận hợp tác giữa hai Sở.")).toBe('field_trip');
	});
	it('at a working session told before, is an event of that session\'s day', () => {
		const text = ['Hà Tĩnh làm việc tại Khăm-muộn', '', 'Ngày đăng: 14/10/2024', '', 'Sáng 11/10, tại thành phố Thà-khẹt, ông Khăm-phăn Xi-xổm-phon, Phó Tỉnh trưởng tỉnh Khăm-muộn tiếp và làm việc với Đoàn công tác tỉnh Hà Tĩnh do ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.', '', 'Tại buổi làm việc, Sở Công Thương hai tỉnh đã trao thỏa thuận hợp tác phát triển thương mại qua cặp cửa khẩu Cha Lo - Na Phàu.', ''].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(quoted(t, 'Sở Công Thương hai tỉnh đã trao').map((e) => [e.start, e.type])).toEqual([['2024-10-11', 'signing']]);
	});
});

describe('two reports of one day, one naming the happening', () => {
	const A = ['Diễn đàn đầu tư tỉnh Gia Lai', '', 'Cập nhật lúc 16h00 ngày 22/8/2025', '', 'Sáng 21/8, ông Nguyễn Hữu Quế, Phó Chủ tịch UBND tỉnh Gia Lai chủ trì Diễn đàn xúc tiến đầu tư tỉnh Gia Lai với sự tham dự của Đoàn đại biểu tỉnh Át-tạ-pư do ông Lếch-xay Xỉ-vi-lay, Phó Tỉnh trưởng làm trưởng đoàn.', '', 'Chiều 21/8, Đoàn dự Hội nghị kết nối giao thương nông sản giữa doanh nghiệp hai tỉnh.', ''].join('\n');
	const B = ['Doanh nghiệp Át-tạ-pư tìm đối tác', '', 'Đăng lúc: 09:00 - 22/08/2025', '', 'Ông Lếch-xay Xỉ-vi-lay, Phó Tỉnh trưởng tỉnh Át-tạ-pư dự Diễn đàn xúc tiến đầu tư tỉnh Gia Lai diễn ra ngày hôm qua (21/8).', '', 'Đoàn công tác tỉnh Át-tạ-pư gồm 30 thành viên đã đến thành phố Pleiku từ chiều hôm kia (20/8).', '', 'Cũng trong ngày hôm qua, tại Hội nghị kết nối giao thương, doanh nghiệp hai bên đã ký 6 biên bản ghi nhớ về thu mua cà phê.', ''].join('\n');
	it('joins the report of the happening it names', () => {
		const t = buildTimeline([{ file: 'a.txt', text: A }, { file: 'b.txt', text: B }]);
		const e = quoted(t, 'tại Hội nghị kết nối giao thương, doanh nghiệp hai bên');
		expect(e).toHaveLength(1);
		expect(e[0].sources.some((s) => s.quote.includes('Chiều 21/8, Đoàn dự Hội nghị kết nối giao thương'))).toBe(true);
	});
});
