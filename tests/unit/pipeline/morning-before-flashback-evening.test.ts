/**
 * "Sáng cùng ngày" told right after a flashback to an evening with its own day ("Trước đó, tối 8/3, … chiêu đãi Đoàn."), when the
 * news was itself told at that part of its day ("Sáng 9/3, … tổ chức Hội nghị …"): the news's morning was its own happening, told
 * already; the morning told anew is the flashback day's, before its evening. An afternoon after the news's morning is still the
 * news day's (the older rule).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Kon Tum – Át-tạ-pư xúc tiến đầu tư', '', '11/03/2024 - 15:40 (GMT+07:00)', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Trong hai ngày 8 và 9 tháng 3, Đoàn công tác tỉnh Kon Tum do đồng chí Phan Văn Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Át-tạ-pư (Lào).';
const NEWS = 'Sáng 9/3, tại thành phố Xay-xết-thả, UBND tỉnh Kon Tum phối hợp với chính quyền tỉnh Át-tạ-pư tổ chức Hội nghị xúc tiến đầu tư năm 2024.';
const FLASH = 'Trước đó, tối 8/3, đồng chí Xổm-xạ-vạt Ăn-thạ-vông, Phó Tỉnh trưởng tỉnh Át-tạ-pư đã tiếp và chủ trì tiệc chiêu đãi Đoàn.';
const dayOf = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q))?.start;

describe('a part of day told again after a flashback to an evening', () => {
	it('"Sáng cùng ngày" after the news\'s own morning is the flashback\'s day', () => {
		const t = page(LEAD, NEWS, FLASH, 'Sáng cùng ngày, Đoàn đã khảo sát Khu công nghiệp Phu-ma và làm việc với Ban quản lý khu.');
		expect(dayOf(t, 'Sáng cùng ngày')).toBe('2024-03-08');
	});
	it('"Chiều cùng ngày" after the news\'s morning is still the news day\'s', () => {
		const t = page(LEAD, NEWS, FLASH, 'Chiều cùng ngày, Đoàn đã khảo sát Khu công nghiệp Phu-ma và làm việc với Ban quản lý khu.');
		expect(dayOf(t, 'Chiều cùng ngày')).toBe('2024-03-09');
	});
});
