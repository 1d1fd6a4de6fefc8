/**
 * Days alone in brackets after a month told coarsely date the clause as "ngày" would: "Vào thượng tuần tháng 5/2023, Đoàn … đã có
 * ba ngày thăm, làm việc tại tỉnh … (3 - 5/5)" is the 3rd to the 5th, not the first ten days of the month, and the lead of
 * the led delegation's trip (main): the page's "Ngày đầu tiên", "Hôm sau", "Ngày cuối cùng" are days of it.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const spans = (s: string) => findTimeMentions(s, 'vi').filter((m) => m.shape === 'span').map((m) => [m.text, m.day, m.month, m.endDay, m.endMonth]);

describe('a day range alone in brackets after a month told', () => {
	it('is a span of days', () => {
		expect(spans('Trong tháng 5, Đoàn đã có ba ngày làm việc tại tỉnh Hủa-phăn (3 - 5/5).')).toEqual([['3 - 5/5', 3, 5, 5, 5]]);
		expect(spans('Cuối tháng Sáu, Hội chợ biên giới (28-30/6), đã thu hút nhiều doanh nghiệp.')).toEqual([['28-30/6', 28, 6, 30, 6]]);
	});
	it('not with no month before it, outside brackets, nor a bracket that goes on past the range', () => {
		expect(spans('Thành phố tổ chức thành công Diễn đàn kinh tế (3 - 5/5), thu hút nhiều đại biểu.')).toEqual([]);
		expect(spans('Trong tháng 5, tỷ lệ đạt 3 - 5/5 tiêu chí.')).toEqual([]);
		expect(spans('Trong tháng 5, kết quả (3 - 5/5 tiêu chí) được đánh giá cao.')).toEqual([]);
	});
	it('dates a monthly\'s lead told by its part of the month, and the trip\'s days after it', () => {
		const text = [
			'TẠP CHÍ BIÊN CƯƠNG',
			'',
			'Số 96 - Tháng 7/2023',
			'',
			'Nghệ An - Hủa-phăn: Ba ngày trên đất bạn',
			'',
			'Nguyễn Thị Hoa',
			'',
			'Vào thượng tuần tháng 5/2023, Đoàn đại biểu cấp cao tỉnh Nghệ An do đồng chí Lê Văn Minh, Chủ tịch UBND tỉnh dẫn đầu đã có ba ngày thăm, làm việc tại tỉnh Hủa-phăn (3 - 5/5).',
			'',
			'Ngày đầu tiên, Đoàn hội đàm với lãnh đạo tỉnh bạn và hai bên ký Biên bản ghi nhớ hợp tác.',
			'',
			'Hôm sau, Đoàn về huyện Viêng-xay, thăm bản Na-ngoi và bàn giao trường học do tỉnh Nghệ An hỗ trợ xây dựng.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.events.filter((e) => e.role === 'main').map((e) => [e.start, e.end]).sort()).toEqual([['2023-05-03', '2023-05-03'], ['2023-05-03', '2023-05-05'], ['2023-05-04', '2023-05-04']]);
	});
});
