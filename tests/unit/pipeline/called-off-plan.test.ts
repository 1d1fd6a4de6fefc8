/**
 * A page whose news is that a trip was put off ("… đã thống nhất tạm hoãn chuyến thăm …"): the plan it then recalls as it
 * was ("Theo kế hoạch, Đoàn sẽ thăm … từ ngày 9 đến 11/9") is no event, nor is an earlier plan for days already past when
 * the page was written ("lần trước, Đoàn dự kiến sang … vào tháng 6/2023"); the new days the trip is moved to are its plan.
 * A new plan ("Theo kế hoạch mới, …") is still one.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (plan: string) =>
	[
		'Tạm hoãn chuyến thăm tỉnh Phông-sa-lỳ của Đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên',
		'',
		'05.09.2023',
		'',
		'Do mưa lũ gây sạt lở trên tuyến đường biên giới, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh Phông-sa-lỳ (Lào) đã thống nhất tạm hoãn chuyến thăm của Đoàn công tác do Đại tá Lò Văn Hùng, Chỉ huy trưởng làm trưởng đoàn.',
		'',
		plan,
		'',
		'Đây là lần thứ hai chuyến thăm phải hoãn lại; lần trước, Đoàn dự kiến sang Phông-sa-lỳ vào tháng 6/2023.',
		'',
		'Chiều 4/9, Đại tá Lò Văn Hùng đã hội đàm trực tuyến với Đại tá Khăm-phăn Xay-nha-vông, Chỉ huy trưởng Bộ CHQS tỉnh Phông-sa-lỳ. Hai bên thống nhất hoãn lại chuyến thăm sang tháng 11/2023.'
	].join('\n');

describe('a trip put off', () => {
	it('the plan as it was and an earlier one already past make no main event', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Theo kế hoạch, Đoàn sẽ thăm, làm việc tại tỉnh Phông-sa-lỳ từ ngày 9 đến 11/9 và ký kết Biên bản hợp tác năm 2023.') }]);
		const main = t.events.filter((e) => e.role === 'main');
		expect(main.filter((e) => e.start?.startsWith('2023-09-09'))).toEqual([]);
		expect(main.filter((e) => e.start?.startsWith('2023-06'))).toEqual([]);
		expect(main.some((e) => e.status === 'planned' && e.start?.startsWith('2023-11'))).toBe(true);
	});

	it('a new plan is still one', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Theo kế hoạch mới, Đoàn sẽ thăm, làm việc tại tỉnh Phông-sa-lỳ từ ngày 20 đến 22/11.') }]);
		expect(t.events.some((e) => e.role === 'main' && e.status === 'planned' && e.start === '2023-11-20')).toBe(true);
	});
});
