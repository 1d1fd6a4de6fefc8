/**
 * A led delegation's visit told as done by the part of the month it was in ("Cuối tháng 4/2023 vừa qua, Đoàn công tác Học
 * viện … do GS.TS X làm trưởng đoàn đã thăm và làm việc với …"), on a page that tells no trip before it, is the page's news
 * (main), though dated coarsely and "vừa qua"; recalled after a trip the page tells, it stays background.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (paras: string[]) => ['Hợp tác đào tạo với các tỉnh Nam Lào', '', 'Ngày đăng: 20/06/2023', '', ...paras.flatMap((p) => [p, ''])].join('\n');
const lead = 'Cuối tháng 4/2023 vừa qua, Đoàn công tác Trường Đại học Chăm-pa-sắc do PGS.TS Bua-phăn Xổm-xa-nít, Hiệu trưởng nhà trường làm trưởng đoàn đã thăm và làm việc với Ủy ban nhân dân tỉnh Quảng Trị.';

describe('a led visit told done by its part of the month', () => {
	it('is the news of a page that tells no trip before it', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page(['Những năm qua, hợp tác giáo dục giữa hai bên ngày càng đi vào chiều sâu.', lead]) }]);
		expect(t.events.filter((e) => e.start === '2023-04-21').map((e) => e.role)).toEqual(['main']);
	});
	it('is background when recalled after the trip the page tells', () => {
		const trip = 'Ngày 18/6, Đoàn đại biểu tỉnh Quảng Trị do ông Hoàng Nam, Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Sa-va-na-khẹt.';
		const t = buildTimeline([{ file: 'a.txt', text: page([trip, lead]) }]);
		expect(t.events.filter((e) => e.start === '2023-04-21').map((e) => e.role)).toEqual(['context']);
	});
});
