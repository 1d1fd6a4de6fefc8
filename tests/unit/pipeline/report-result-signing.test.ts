/**
 * A numbered report's section on a working session closes with its result, labelled as such and with both parties named as
 * the subject ("Kết quả: Huyện A và huyện B ký Biên bản ghi nhớ hợp tác giai đoạn …"): the signing is a happening of that
 * session's day, though it has no day of its own (the agreement's period dates nothing), nor "đã" nor "hai bên".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Báo cáo kết quả tiếp Đoàn đại biểu huyện Mường Khua (Lào) tại huyện Mường Lát',
	'',
	'Ngày đăng: 18/09/2025 10:20',
	'',
	'UBND huyện Mường Lát báo cáo kết quả như sau:',
	'',
	'1. Về việc đón Đoàn',
	'Khoảng 9 giờ 00 ngày 15/9/2025, Đoàn đại biểu huyện Mường Khua, tỉnh Phông-xả-lỳ do đồng chí Khăm-pheng Vông-xa-vạt, Bí thư Huyện ủy, Chánh huyện Mường Khua làm Trưởng đoàn đến huyện Mường Lát.',
	'',
	'2. Kết quả buổi làm việc',
	'14 giờ 00 cùng ngày, Thường trực Huyện ủy, UBND huyện Mường Lát làm việc với Đoàn tại Hội trường huyện.',
	'a) Đồng chí Hà Văn Lâm, Chủ tịch UBND huyện báo cáo kết quả hợp tác giữa hai huyện.',
	'b) Hai bên thống nhất tăng cường phối hợp quản lý đường biên.',
	'Kết quả: Huyện Mường Lát và huyện Mường Khua ký Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2027 dưới sự chứng kiến của lãnh đạo hai huyện.',
	'',
	'3. Đánh giá chung',
	'Chuyến thăm diễn ra thành công tốt đẹp.'
].join('\n');

describe('a report\'s result: two districts sign', () => {
	const t = buildTimeline([{ file: 'a.txt', text: vi }]);
	it('is a signing on the session\'s day', () => {
		const signing = t.events.find((e) => e.sources.some((s) => s.quote.includes('ký Biên bản ghi nhớ hợp tác')));
		expect(signing).toMatchObject({ type: 'signing', status: 'occurred', start: '2025-09-15', end: '2025-09-15' });
	});
});
