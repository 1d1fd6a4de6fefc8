/**
 * A yearly custom's time ("Lễ hội … được tổ chức hằng năm vào dịp rằm tháng 3 theo Phật lịch", "is held annually on March 1") is
 * background: it dates no happening, while the day the page gives the trip still does.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

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

// A habit told of the visiting side ("Mỗi năm, cứ đến ngày 15 tháng Giêng âm lịch, Hội lại tổ chức gặp mặt …"): no event, on
// its lunar day or on a solar one, with the year's word before or after the day or with "cứ đến … lại" alone.
const habit = [
	'Hội Cựu chiến binh tỉnh Quảng Bình thăm tỉnh Khăm Muồn',
	'',
	'Thứ Sáu, 18/10/2024 09:20',
	'',
	'Trong hai ngày 16 và 17/10, Đoàn đại biểu Hội Cựu chiến binh tỉnh Quảng Bình do ông Lê Văn Dũng, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn (Lào).',
	'',
	'Hằng năm, cứ đến ngày 10 tháng Ba âm lịch, Hội lại tổ chức dâng hương tưởng niệm các liệt sĩ quân tình nguyện.',
	'',
	'Mỗi năm, cứ đến ngày 27/7, Hội lại tổ chức gặp mặt các cựu quân tình nguyện.',
	'',
	'Cứ đến ngày 2/9, Hội lại tổ chức giao lưu văn nghệ với hội viên.',
	'',
	'Ngày 22/12 hằng năm, hai bên tổ chức gặp mặt truyền thống.',
	'',
	'Sáng 16/10, ông Bun-mi Xay-nha-vông, Chủ tịch Hội Cựu chiến binh tỉnh Khăm Muồn tiếp và làm việc với Đoàn.'
].join('\n');

describe('a yearly habit', () => {
	const t = buildTimeline([{ file: 'c.txt', text: habit }]);
	it('makes no event', () => {
		expect(t.events.filter((e) => e.sources.some((s) => /hằng năm|Mỗi năm|Cứ đến/u.test(s.quote))).map((e) => e.sources[0].quote)).toEqual([]);
		expect(t.events.map((e) => e.start).sort()).toEqual(['2024-10-16', '2024-10-16']);
		expect(t.delegations).toMatchObject([{ start: '2024-10-16', end: '2024-10-17' }]);
	});
	it('its lunar day is never read as a solar one', () => {
		expect(findTimeMentions('Lễ giỗ tổ diễn ra ngày 10 tháng Ba âm lịch.', 'vi')).toMatchObject([{ day: 10, month: 3, lunar: true }]);
		expect(findTimeMentions('Hội tổ chức vào ngày 5 tháng Năm (âm lịch).', 'vi')).toMatchObject([{ day: 5, month: 5, lunar: true }]);
	});
});
