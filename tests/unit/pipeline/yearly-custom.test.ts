/**
 * A yearly custom's time ("Lễ hội … được tổ chức hằng năm vào dịp rằm tháng 3 theo Phật lịch", "is held annually on March 1") is
 * background: it dates no happening, while the day the page gives the trip still does.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Đoàn đại biểu tỉnh Quảng Nam dự Lễ hội Vắt Phu',
	'',
	'Thứ Hai, 03/03/2025 10:15',
	'',
	'Ngày 1/3, Đoàn đại biểu tỉnh Quảng Nam do đồng chí Trần Văn Hoàng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã dự Lễ hội Vắt Phu tại tỉnh Chăm-pa-sắc (Lào).',
	'',
	'Lễ hội Vắt Phu được tổ chức hằng năm vào dịp rằm tháng 3 theo Phật lịch, thu hút hàng vạn du khách.'
].join('\n');
const en = [
	'Quang Nam delegation attends Lao temple festival',
	'',
	'March 3, 2025',
	'',
	'On March 1, a Quang Nam provincial delegation led by Vice Chairman Tran Van Hoang attended the opening ceremony of the Wat Phou festival in Champasak province, Laos.',
	'',
	'The opening ceremony of the festival is held annually on March 1, drawing tens of thousands of pilgrims.'
].join('\n');

describe('a yearly custom', () => {
	it('dates nothing in Vietnamese', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('hằng năm')))).toEqual([]);
		expect(t.events.some((e) => e.start === '2025-03-01')).toBe(true);
	});
	it('nor in English', () => {
		const t = buildTimeline([{ file: 'b.txt', text: en }]);
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('held annually')))).toEqual([]);
		expect(t.events.some((e) => e.start === '2025-03-01')).toBe(true);
	});
});
