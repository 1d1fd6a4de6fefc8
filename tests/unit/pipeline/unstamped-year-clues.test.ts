/**
 * The year of a page with no stamp, from what a reader would use: a day told with its weekday ("chiều thứ Ba (9/3)": a
 * year where 9 March is a Tuesday), the named feast or market the trip was for ("Tết Nguyên đán Quý Mão năm 2023",
 * "Phiên chợ … năm 2021") over a year named for what is still to come ("nhận lời mời … nhân dịp Lễ hội … 2024"); a term
 * ("giai đoạn 2018 - 2020") weighs little. And what such a page announces: an invitation accepted for a festival dated only by
 * its name's year is a trip of that year; one accepted to come to the fair the sentence before dates is at the fair's time;
 * "mùng 3 Tết Giáp Thìn" is of lunar 2024 whatever the page's year; "so với năm trước" dates nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findLunar } from '../../../src/lib/pipeline/dates/lunar';

const page = (head: string[], ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: [...head, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const unstamped = (...paragraphs: string[]) => page(['Hợp tác giữa hai tỉnh bạn'], ...paragraphs);
const stamped = (stamp: string, ...paragraphs: string[]) => page(['Hợp tác giữa hai tỉnh bạn', '', stamp], ...paragraphs);
const quoting = (t: ReturnType<typeof buildTimeline>, words: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(words)));

describe('the year of an unstamped page', () => {
	it("a weekday that fits and a market named with its year outweigh an earlier term ('giai đoạn 2018 - 2020')", () => {
		const t = unstamped(
			'Đoàn công tác Sở Công Thương tỉnh Quảng Trị do ông Hoàng Văn Bình, Giám đốc Sở làm trưởng đoàn đã thăm và làm việc tại tỉnh Sa-la-van (Lào).',
			'- Ngày 9/3: Đoàn nhập cảnh qua cửa khẩu quốc tế La Lay; vào chiều thứ Ba (9/3), ông Xổm-phon Vi-la-xắc, Giám đốc Sở Công Thương tỉnh Sa-la-van đã tiếp và hội đàm với Đoàn.',
			'- Ngày 10/3: Đoàn khảo sát chợ cửa khẩu và về nước.',
			'Tại buổi hội đàm, ông Xổm-phon Vi-la-xắc cho biết, giai đoạn 2018 - 2020, kim ngạch trao đổi hàng hóa qua cửa khẩu tăng đều.',
			'Ông Hoàng Văn Bình thông tin, hai bên sẽ cùng tổ chức Phiên chợ hàng Việt - Lào năm 2021 tại cửa khẩu La Lay vào tháng 6 tới.'
		);
		expect(quoting(t, 'vào chiều thứ Ba (9/3)')[0]).toMatchObject({ start: '2021-03-09', end: '2021-03-09' });
		expect(quoting(t, 'Ngày 10/3')[0]).toMatchObject({ start: '2021-03-10' });
	});

	it("the lead's named feast ('Tết Nguyên đán Quý Mão năm 2023'), not the year of a visit promised for a festival ('Lễ hội Hoa Chăm-pa 2024')", () => {
		const t = unstamped(
			'Nhân dịp Tết Nguyên đán Quý Mão năm 2023, từ ngày 30/1 đến ngày 1/2, Đoàn đại biểu tỉnh Hủa Phăn do đồng chí Khăm-xay Phôm-ma-vông, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã sang thăm, chúc Tết tỉnh Thanh Hóa.',
			'Sáng 31/1, đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa đã tiếp Đoàn.',
			'Đồng chí Đỗ Minh Tuấn nhận lời mời dẫn Đoàn đại biểu tỉnh Thanh Hóa sang thăm tỉnh Hủa Phăn nhân dịp Lễ hội Hoa Chăm-pa 2024.'
		);
		expect(quoting(t, 'Sáng 31/1')[0]).toMatchObject({ start: '2023-01-31', end: '2023-01-31' });
		// The visit promised is a trip of the festival's year, led by the one who accepted.
		const promised = quoting(t, 'nhận lời mời')[0];
		expect(promised).toMatchObject({ start: '2024-01-01', end: '2024-12-31', status: 'planned', role: 'main' });
		const d = t.delegations.find((x) => x.events.includes(promised.id))!;
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Đỗ Minh Tuấn');
		expect(d.to).toBe('houaphanh');
	});
});

describe('what a page announces', () => {
	it("an invitation accepted 'sang dự' the fair the sentence before dates 'vào tháng 9 tới' is a trip then", () => {
		const t = stamped(
			'12/03/2025 09:30',
			'Sáng 11/3, tại Vĩnh Linh, đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-la-van do đồng chí Xổm-phon Vi-la-xắc, Phó Tỉnh trưởng làm trưởng đoàn.',
			'Đồng chí Hà Sỹ Đồng thông tin, hai bên sẽ cùng tham gia Hội chợ Nông sản Việt - Lào tổ chức tại thành phố Đông Hà vào tháng 9 tới. Dịp này, đồng chí Xổm-phon Vi-la-xắc nhận lời dẫn đoàn doanh nghiệp tỉnh Sa-la-van sang dự Hội chợ và thăm, làm việc tại tỉnh Quảng Trị.'
		);
		expect(quoting(t, 'nhận lời dẫn đoàn')[0]).toMatchObject({ start: '2025-09-01', end: '2025-09-30', status: 'planned' });
	});

	it("a caption's '[Ảnh 4] Anh X nhận lời mời dẫn đoàn … sang Huế dự Lễ hội … năm 2025' is X's trip to Huế that year", () => {
		const t = stamped(
			'22/10/2024 15:00',
			'Sáng 21/10, Đoàn công tác Tỉnh Đoàn Thừa Thiên Huế do anh Lê Quang Minh, Bí thư Tỉnh Đoàn làm trưởng đoàn đã làm việc với Tỉnh Đoàn Sa-la-van.',
			'[Ảnh 4] Anh Bun-mi Phăn-thạ-vông nhận lời mời dẫn đoàn Tỉnh Đoàn Sa-la-van sang Huế dự Lễ hội Thanh niên Việt - Lào năm 2025.'
		);
		const e = quoting(t, 'nhận lời mời')[0];
		expect(e).toMatchObject({ start: '2025-01-01', end: '2025-12-31', status: 'planned' });
		const d = t.delegations.find((x) => x.events.includes(e.id))!;
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Bun-mi Phăn-thạ-vông');
		expect(d.to).toBe('hue');
	});

	it("'mùng 3 Tết Giáp Thìn' is 12 February 2024, whatever the page's year", () => {
		const [m] = findLunar('Đồng chí nhắc lại, mùng 3 Tết Giáp Thìn vừa qua, Đoàn đại biểu tỉnh bạn đã sang chúc Tết.');
		expect(m).toMatchObject({ day: 3, month: 1, year: 2024, lunar: true });
		const t = stamped('05/04/2025 10:00', 'Sáng 4/4, Đoàn đại biểu tỉnh Hủa Phăn do đồng chí Khăm-xay Phôm-ma-vông làm trưởng đoàn đã đến thăm tỉnh Thanh Hóa.', 'Đồng chí Đỗ Minh Tuấn nhắc lại, mùng 3 Tết Giáp Thìn, Đoàn đại biểu tỉnh Thanh Hóa do đồng chí Lê Văn Hòa dẫn đầu đã sang Hủa Phăn chúc Tết.');
		expect(quoting(t, 'mùng 3 Tết Giáp Thìn')[0]).toMatchObject({ start: '2024-02-12', end: '2024-02-12' });
	});

	it("a figure 'so với năm trước' dates no event", () => {
		const t = stamped('21/04/2024 08:00', 'Sáng 20/4, Đoàn đại biểu tỉnh Sa-la-van do đồng chí Xổm-phon Vi-la-xắc làm trưởng đoàn đã dự khai mạc hội chợ tại Đông Hà.', 'Phát biểu khai mạc, đồng chí Hà Sỹ Đồng cho biết, năm 2023 kim ngạch qua cửa khẩu La Lay đạt hơn 80 triệu USD, tăng 20% so với năm trước.');
		expect(quoting(t, 'so với năm trước').filter((e) => e.start?.startsWith('2023'))).toEqual([]);
	});
});
