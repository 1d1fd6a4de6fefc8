/**
 * A year review tells the conference of the day, then the year's trips recalled (background), then goes back to it: "Tại hội
 * nghị, hai bên ký kết Kế hoạch hợp tác năm 2025 với 18 nội dung" (under a subheading) is a signing at that conference, on its
 * day ("năm 2025" is the plan's year, not the act's). Both sides as its subject, with no word of tense, is the act reported.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ', 'Cập nhật 21-12-2024, 10:05', '', 'Quảng Trị - Sa-van-na-khẹt: một năm hợp tác', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const CONFERENCE = 'Chiều 20/12, tại TP Đông Hà, UBND tỉnh Quảng Trị và chính quyền tỉnh Sa-van-na-khẹt tổ chức Hội nghị tổng kết hợp tác năm 2024.';
const CHAIRS = 'Dự và đồng chủ trì hội nghị có đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh Quảng Trị và đồng chí Xổm-xạ-nạ Phôm-vi-hản, Phó Tỉnh trưởng tỉnh Sa-van-na-khẹt, trưởng đoàn đại biểu tỉnh Sa-van-na-khẹt sang thăm, làm việc tại Quảng Trị từ ngày 19 - 21/12.';
const RECALLED = 'Tháng 4/2024, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Hoàng Nam làm trưởng đoàn sang thăm, làm việc tại tỉnh Sa-van-na-khẹt; tháng 8, Sở Y tế tỉnh cử đoàn y, bác sĩ sang khám bệnh cho người dân huyện Xê-pôn.';

describe('a signing at the conference, told after the year recalled', () => {
	it('is an event of the conference\'s day', () => {
		const t = page(CONFERENCE, CHAIRS, 'NHỮNG KẾT QUẢ NĂM 2024', RECALLED, 'KẾ HOẠCH NĂM 2025', 'Tại hội nghị, hai bên ký kết Kế hoạch hợp tác năm 2025 với 18 nội dung.');
		expect(t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Tại hội nghị, hai bên ký kết')))).toMatchObject({ start: '2024-12-20', end: '2024-12-20', type: 'signing', role: 'main', status: 'occurred' });
	});

	it('but not one someone asks for', () => {
		const t = page(CONFERENCE, CHAIRS, RECALLED, 'Tại hội nghị, đồng chí Hoàng Nam đề nghị hai bên ký kết Kế hoạch hợp tác năm 2025 trong quý I.');
		expect(t.events.some((e) => e.type === 'signing' && e.start === '2024-12-20' && e.sources.some((s) => s.quote.startsWith('Tại hội nghị')))).toBe(false);
	});
});
