/**
 * A stamp line may carry the page's tools beside the date: a view counter, a print or send link ("14/05/2019 | 09:40
 * Lượt xem: 1.208", "03/02/2018 | In bài | Gửi email", "June 3, 2020 | 2,310 views"). They are the page's, not a
 * sentence's: the line is still the stamp, and a page read alone is dated from it.
 */
import { describe, expect, it } from 'vitest';
import { parseStamp } from '../../../src/lib/pipeline/dates/stamp';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a stamp line with the page\'s tools', () => {
	it.each([
		['14/05/2019 | 09:40    Lượt xem: 1.208', '2019-05-14T09:40:00+07:00'],
		['03/02/2018 | 16:05 | Số lần xem: 87', '2018-02-03T16:05:00+07:00'],
		['June 3, 2020 | 2,310 views', '2020-06-03']
	])('"%s" is the stamp %s', (line, published) => {
		expect(parseStamp(line)?.published).toBe(published);
	});
	it('a sentence with a date is still no stamp', () => {
		expect(parseStamp('14/5/2019 lượt xem 20 hai bên ký kết văn bản hợp tác')).toBeNull();
	});
	it('dates a round-up page read alone', () => {
		const text = [
			'SỞ NGOẠI VỤ TỈNH NGHỆ AN',
			'Trang chủ | Tin tức',
			'',
			'Điểm tin đối ngoại tuần (từ 13/5 đến 19/5/2019)',
			'',
			'20/05/2019 | 09:40    Lượt xem: 1.208',
			'',
			'1. Nghệ An đón Đoàn đại biểu tỉnh Xiêng Khoảng (Lào)',
			'',
			'Trong hai ngày 14 và 15/5, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Xổm-lít Phăn-thạ-vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn đã thăm và làm việc tại tỉnh Nghệ An.',
			'',
			'Chiều 14/5, đồng chí Lê Hồng Vinh, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp và hội đàm với Đoàn.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.articles[0].published?.slice(0, 10)).toBe('2019-05-20');
		expect(t.events.length).toBeGreaterThan(0);
		expect(t.events.filter((e) => !e.start).map((e) => e.sources[0].quote)).toEqual([]);
	});
});
