/**
 * A periodical prints the issue its articles are in, not a stamp by each: an issue line near the top ("Số 175 - Tháng
 * 11/2023", "Số 640 - Kỳ 1 tháng 3/2022", "Số 175 (11/2023) | Chuyên mục: …") dates the page to its month, and a print
 * line ("Báo in số ra ngày 8/3/2022") or a bulletin's "ngày xuất bản: …" to its day. Without it, a yearless "Sáng 14/8"
 * of a memoir took its year from the author's bio ("Giải thưởng … 2019").
 */
import { describe, expect, it } from 'vitest';
import { issueStamp } from '../../../src/lib/pipeline/dates/stamp';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a periodical\'s issue line dates its page', () => {
	it('reads the issue\'s month, and the print or publication day before it', () => {
		expect(issueStamp('TẠP CHÍ MIỀN TÂY\n\nSố 175 - Tháng 11/2023\n\nMột tiêu đề\n')).toEqual({ published: '2023-11-01', precision: 'month' });
		expect(issueStamp('Trang chủ\nSố 640 - Kỳ 1 tháng 3/2022\nTiêu đề\n')?.published).toBe('2022-03-01');
		expect(issueStamp('Số 175 (11/2023) | Chuyên mục: Biên giới | Trang 20 - 23\nTiêu đề\n')?.published).toBe('2023-11-01');
		expect(issueStamp('Tạp chí in > Số 175 - Tháng 11/2023\nTiêu đề\n')?.published).toBe('2023-11-01');
		expect(issueStamp('Số 640 - Kỳ 1 tháng 3/2022\nBài viết.\nBáo in số ra ngày 8/3/2022 | Giá: 20.000 đồng\n')).toEqual({ published: '2022-03-08', precision: 'day' });
		expect(issueStamp('Ngày nhận bài: 2/5/2023; ngày duyệt đăng: 9/6/2023; ngày xuất bản: 28/6/2023\nTiêu đề\n')?.published).toBe('2023-06-28');
	});
	it('not a list of other issues\' articles, a decree number, nor a line of prose', () => {
		expect(issueStamp('Tiêu đề\n- Người giữ bản (Số 174 - Tháng 10/2023)\n')).toBeNull();
		expect(issueStamp('Tiêu đề\nSố 12/GP-BTTTT cấp ngày 3/4/2020\n')).toBeNull();
		expect(issueStamp('Tiêu đề\nSố 175 hộ dân đã nhận hỗ trợ trong tháng 11/2023.\n')).toBeNull();
	});
	it('dates a memoir\'s yearless days by its issue, not by the year of an award in the author\'s bio', () => {
		const text = [
			'TẠP CHÍ SÔNG LAM - Cơ quan của Hội Văn học nghệ thuật',
			'',
			'Số 640 - Kỳ 1 tháng 3/2022',
			'',
			'Ghi chép: Những ngày ở Bô-ly-khăm-xay',
			'',
			'Ghi chép của Trần Văn Lộc',
			'',
			'Kỳ này là những ngày tôi theo Đoàn đại biểu tỉnh Nghệ An sang thăm tỉnh Bô-ly-khăm-xay vào đầu tháng Hai vừa qua.',
			'',
			'Sáng 14/2, đoàn dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam ở thị xã Pạc-xan. Đồng chí Nguyễn Văn Thông, Trưởng đoàn, thắp hương tưởng niệm.',
			'',
			'Chiều 14/2, đoàn làm việc với Bộ Chỉ huy Quân sự tỉnh Bô-ly-khăm-xay về công tác tìm kiếm, quy tập hài cốt liệt sĩ.',
			'',
			'(Còn nữa)',
			'',
			'Về tác giả: Trần Văn Lộc sinh năm 1975 tại Nghệ An; Giải thưởng Văn học nghệ thuật Hồ Xuân Hương 2019.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.events.filter((e) => e.start?.endsWith('-02-14')).map((e) => e.start)).toEqual(['2022-02-14', '2022-02-14']);
	});
});
