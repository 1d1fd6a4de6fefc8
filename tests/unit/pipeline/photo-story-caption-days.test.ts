/**
 * A Vietnamese photo story whose captions open with their picture's tag ("[Ảnh 2] …"): the tag is no part of the sentence, so
 * "[Ảnh 2] Hai bên ký kết …" is the signing of the day just told, "[Ảnh 4] Ngày thứ hai của chuyến thăm, …" the trip's second
 * day (not the weekday "thứ Hai"), an undated caption after it ("[Ảnh 5] Đoàn thăm …") that day's, and "Tối hôm trước" told
 * next the evening before it. A picture of an invitation accepted takes no part in the happening before it; "[Ảnh 6] Anh X"
 * opens with the honorific, not a name "Anh X". (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Hội Liên hiệp Thanh niên tỉnh Quảng Bình thăm hai tỉnh Khăm Muồn và Bô-ly-khăm-xay (Lào)',
	'',
	'Báo Thanh Niên Mới | 12.3.2024',
	'',
	'Trong hai ngày 6 và 7 tháng 3, Đoàn công tác Hội Liên hiệp Thanh niên tỉnh Quảng Bình do anh Trương Minh Khôi, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc với Đoàn Thanh niên tỉnh Khăm Muồn và tỉnh Bô-ly-khăm-xay (Lào). Dưới đây là một số hình ảnh của chuyến công tác.',
	'',
	'[Ảnh 1] Sáng 6/3, tại thành phố Thà Khẹt, chị Xỉ-ly-phon Văn-na-xỉn, Bí thư Đoàn Thanh niên tỉnh Khăm Muồn tiếp và làm việc với Đoàn.',
	'',
	'[Ảnh 2] Hai bên ký kết kế hoạch phối hợp hoạt động giai đoạn 2024 - 2027 giữa hai tổ chức thanh niên.',
	'',
	'[Ảnh 3] Chiều cùng ngày, Đoàn trao tặng 30 suất học bổng cho học sinh tại huyện Nhom-ma-lạt.',
	'',
	'[Ảnh 4] Ngày thứ hai của chuyến công tác, anh Bun-hơm Phôm-vi-hản, Bí thư Đoàn Thanh niên tỉnh Bô-ly-khăm-xay đón Đoàn tại thành phố Pắc-xan.',
	'',
	'[Ảnh 5] Đoàn thăm và tặng quà Trường Trung học Hữu nghị tỉnh Bô-ly-khăm-xay.',
	'',
	'Tối hôm trước, Đoàn đã giao lưu văn nghệ với thanh niên tỉnh Khăm Muồn bên bờ sông Mê Kông.',
	'',
	'[Ảnh 6] Anh Bun-hơm Phôm-vi-hản nhận lời mời dẫn đoàn Đoàn Thanh niên tỉnh Bô-ly-khăm-xay sang Quảng Bình dự Ngày hội Thanh niên Việt - Lào năm 2025.',
	'',
	'Ảnh: Tỉnh Đoàn Quảng Bình'
].join('\n');

describe('a photo story\'s tagged Vietnamese captions', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const names = (q: string) => of(q)!.people.map((id) => t.people.find((p) => p.id === id)?.name);
	it('an undated caption after a dated one is a happening of its day', () => {
		expect(of('Hai bên ký kết kế hoạch')).toMatchObject({ start: '2024-03-06', end: '2024-03-06', type: 'signing', role: 'main' });
	});
	it('"Ngày thứ hai của chuyến công tác" is the trip\'s second day, and the undated caption after it is that day\'s', () => {
		expect(of('Ngày thứ hai của chuyến công tác')).toMatchObject({ start: '2024-03-07', end: '2024-03-07', role: 'main' });
		expect(of('Đoàn thăm và tặng quà Trường Trung học')).toMatchObject({ start: '2024-03-07', end: '2024-03-07', role: 'main' });
	});
	it('"Tối hôm trước" after them is the evening of the first day', () => {
		expect(of('Tối hôm trước')).toMatchObject({ start: '2024-03-06', end: '2024-03-06', partOfDay: 'evening' });
	});
	it('the invitation accepted in the next picture takes no part in that evening, and its "Anh" is no name', () => {
		expect(names('Tối hôm trước')).not.toContain('Bun-hơm Phôm-vi-hản');
		expect(t.people.some((p) => p.name.startsWith('Anh '))).toBe(false);
	});
});
