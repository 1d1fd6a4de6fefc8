/**
 * The year of a page with no stamp from a season that runs over the new year: a search team's dry season, a school year
 * ("mùa khô 2021 - 2022", "năm học 2023-2024") told as the current one puts the page's spring days in its second year and
 * its autumn days in its first — and a full date in that autumn ("Sau lễ xuất quân ngày 15/10/2021") is a past step of the
 * season, not the year of the news. The season a plan is for, or a term ("giai đoạn 2021-2025"), gives no year. And a day
 * told before the news on such a page is a step back: the yearless days told after it still count from the news.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';

const unstamped = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Thăm đội quy tập hài cốt liệt sĩ', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const quoting = (t: ReturnType<typeof buildTimeline>, words: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(words)));

describe('a season told as the current one on an unstamped page', () => {
	it("puts April days after 'lễ xuất quân ngày 15/10/2021' of 'mùa khô 2021 - 2022' in 2022", () => {
		const t = unstamped(
			'Trong chuyến công tác tại tỉnh Xiêng Khoảng (Lào) từ ngày 20 đến 22/4, Đoàn công tác tỉnh Nghệ An do ông Trần Quốc Khánh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, động viên Đội K52.',
			'Sáng 21/4, Đoàn đã đến thăm nơi Đội K52 đóng quân trong mùa khô 2021 - 2022 tại huyện Mường Khăm.',
			'Sau lễ xuất quân ngày 15/10/2021, Đội K52 đã phối hợp với lực lượng của bạn khảo sát 25 điểm và quy tập được 9 hài cốt liệt sĩ.',
			'Sáng 22/4, Đoàn đã chào xã giao ông Bun-mi Xay-nha-vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng.'
		);
		expect(quoting(t, 'từ ngày 20 đến 22/4')[0]).toMatchObject({ start: '2022-04-20', end: '2022-04-22', role: 'main' });
		expect(quoting(t, 'Sáng 21/4')[0]).toMatchObject({ start: '2022-04-21' });
		// Told after the October step, still of the news' spring.
		expect(quoting(t, 'Sáng 22/4')[0]).toMatchObject({ start: '2022-04-22', role: 'main' });
	});

	it("a school year ('năm học 2023-2024') after its opening 'ngày 5/9/2023' puts its November in 2023 and its April in 2024", () => {
		const ev = collectYearEvidence([
			{ text: 'Sau lễ khai giảng ngày 5/9/2023, nhà trường tiếp nhận thêm 40 lưu học sinh Lào.' },
			{ text: 'Trong năm học 2023-2024, nhà trường đang đào tạo 180 lưu học sinh Lào.' }
		]);
		expect(decideYear(ev, 11)?.year).toBe(2023);
		expect(decideYear(ev, 4)?.year).toBe(2024);
	});

	it("the season alone moves no month: a December page's 'năm học 2023 - 2024' leaves its recalled March in 2023", () => {
		const ev = collectYearEvidence([
			{ text: 'Nhân dịp kỷ niệm 48 năm Quốc khánh Lào (2/12/1975 - 2/12/2023), Đoàn đã thăm Trường Đại học Xu-pha-nu-vông.' },
			{ text: 'Năm học 2023 - 2024, nhà trường đang đào tạo 120 lưu học sinh Lào.' }
		]);
		expect(decideYear(ev, 3)?.year).toBe(2023);
	});

	it("the season a plan is for ('kế hoạch tìm kiếm … mùa khô 2022 - 2023'), one still to come or a term gives no season", () => {
		const kinds = (text: string) => collectYearEvidence([{ text }]).map((e) => e.kind);
		expect(kinds('Hai bên trao đổi về kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2022 - 2023.')).not.toContain('season');
		expect(kinds('Đội sẽ tiếp tục làm nhiệm vụ trong mùa khô 2022 - 2023.')).not.toContain('season');
		expect(kinds('Trong giai đoạn 2021-2022, hai tỉnh đã ký nhiều văn bản hợp tác.')).not.toContain('season');
		expect(kinds('Trong mùa khô 2022 - 2023, Đội đã quy tập được 12 hài cốt.')).toContain('season');
	});
});

describe('a day told before the news on an unstamped page', () => {
	it("is a step back: 'Sáng 5/4' after a recalled 'ngày 20/9/2021' stays in the news' year", () => {
		const t = unstamped(
			'Nhân dịp Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022, từ ngày 3 đến 5/4, Đoàn đại biểu tỉnh Hà Tĩnh do ông Nguyễn Hồng Lĩnh, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã thăm tỉnh Bô-ly-khăm-xay.',
			'Sáng thứ Hai (4/4), Đoàn đã hội đàm với Đoàn đại biểu tỉnh Bô-ly-khăm-xay do ông Khăm-phăn Xay-nha-vông, Tỉnh trưởng làm trưởng đoàn.',
			'Ngày 20/9/2021, Đoàn đại biểu tỉnh Bô-ly-khăm-xay đã sang thăm tỉnh Hà Tĩnh và ký kết biên bản hợp tác.',
			'Sáng 5/4, Đoàn đã thăm Trường Hữu nghị tại thị xã Pác-xan.'
		);
		expect(quoting(t, 'Sáng thứ Hai (4/4)')[0]).toMatchObject({ start: '2022-04-04' });
		expect(quoting(t, 'Sáng 5/4')[0]).toMatchObject({ start: '2022-04-05' });
	});
});
