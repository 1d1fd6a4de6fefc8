/**
 * "Tại buổi tiếp, ông X đề nghị hai tỉnh … triển khai Biên bản … vừa ký kết": what is asked at a reception is no signing done
 * there; and "buổi tiếp" names the reception told last, a courtesy call included (the guest's side of a reception).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe("what was asked at a reception told before, with the memorandum 'vừa ký kết'", () => {
	const text = [
		'Đoàn đại biểu tỉnh Bô-kẹo chào xã giao lãnh đạo tỉnh Lai Châu',
		'',
		'14/05/2024 17:00',
		'',
		'Chiều 12/5, Ban Thường vụ Tỉnh ủy Lai Châu hội đàm với Đoàn đại biểu tỉnh Bô-kẹo (Lào) do đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy làm trưởng đoàn.',
		'',
		'Ngay sau hội đàm, hai bên ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.',
		'',
		'Tối cùng ngày, Tỉnh ủy Lai Châu tổ chức tiệc chiêu đãi Đoàn.',
		'',
		'Sáng 14/5, trước khi về nước, Đoàn chào xã giao đồng chí Lê Văn Lượng, Chủ tịch UBND tỉnh Lai Châu.',
		'',
		'Tại buổi tiếp, đồng chí Lê Văn Lượng đề nghị hai tỉnh sớm xây dựng kế hoạch triển khai Biên bản ghi nhớ vừa ký kết.'
	].join('\n');
	const t = buildTimeline([{ file: 'b.txt', text }]);
	it('is no signing of its own: the one signing is the afternoon one after the talks', () => {
		expect(t.events.filter((e) => e.type === 'signing').map((e) => [e.start, e.partOfDay])).toEqual([['2024-05-12', 'afternoon']]);
	});
	it('goes with the courtesy call, the reception told last, not the banquet', () => {
		const name = (id: string) => t.people.find((p) => p.id === id)?.name;
		const call = t.events.find((e) => e.type === 'courtesy_call')!;
		expect(call.start).toBe('2024-05-14');
		expect(t.events.filter((e) => e.start === '2024-05-12' && e.partOfDay === 'evening').flatMap((e) => e.people.map(name))).not.toContain('Lê Văn Lượng');
	});
});
