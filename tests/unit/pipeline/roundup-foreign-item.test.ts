/**
 * A numbered round-up of a province's foreign affairs: each item stands alone. An item whose label names a partner of
 * another country in brackets ("3. Tiếp Đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc)") is not Vietnam–Laos: it makes no
 * event and never joins the Lao delegation of the item before. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Điểm tin đối ngoại tuần (từ 12/5 đến 18/5/2025)',
	'',
	'19/05/2025 | 09:00',
	'',
	'Sở Ngoại vụ tỉnh Thừa Thiên Huế điểm lại một số hoạt động đối ngoại nổi bật của tỉnh trong tuần qua.',
	'',
	'1. Đón Đoàn đại biểu tỉnh Sa-ra-van (Lào)',
	'',
	'Trong hai ngày 13 và 14/5, Đoàn đại biểu tỉnh Sa-ra-van (Lào) do đồng chí Xỉ-xổm-phon Phôm-vi-hản, Phó Tỉnh trưởng tỉnh Sa-ra-van làm trưởng đoàn đã thăm và làm việc tại tỉnh Thừa Thiên Huế.',
	'',
	'Chiều 13/5, đồng chí Phan Quý Phương, Phó Chủ tịch UBND tỉnh đã tiếp và hội đàm với Đoàn.',
	'',
	'2. Tiếp Đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc)',
	'',
	'Ngày 15/5, đồng chí Phan Quý Phương, Phó Chủ tịch UBND tỉnh tiếp Đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc) do ông Kim Min Soo, Chủ tịch Hiệp hội doanh nghiệp Gyeonggi dẫn đầu, tìm hiểu cơ hội đầu tư vào tỉnh.'
].join('\n');

describe("a round-up's item with a partner of another country", () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('makes no event', () => {
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('Gyeonggi')))).toEqual([]);
	});
	it('the Lao item before it keeps its events', () => {
		expect(t.events.some((e) => e.sources.some((s) => s.quote.startsWith('Chiều 13/5')))).toBe(true);
	});
});
