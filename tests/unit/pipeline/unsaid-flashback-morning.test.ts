/**
 * A page of the second day ("Sáng nay (15/5), …") that then tells the first day by its date and part ("Chiều 14/5, …
 * hội đàm với Đoàn."), a year-only background paragraph after it ("Năm 2019, …"), then "Sáng cùng ngày, Đoàn …" and
 * "Tối hôm trước, Đoàn đến …": the morning is the first day's (the story tells that day in its turn), and the evening before
 * is the eve of the trip. Told after a return to the news ("Phát biểu tại buổi lễ, …"), "Chiều cùng ngày" is the news day's.
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Lãnh đạo tỉnh tiếp Đoàn đại biểu Hội Cựu chiến binh tỉnh Luông Nặm Thà (Lào)',
	'',
	'Cập nhật 15-05-2019, 17:20',
	'',
	'Trong hai ngày 14 và 15 tháng 5, Đoàn đại biểu Hội Cựu chiến binh tỉnh Luông Nặm Thà (Lào) do đồng chí Xỉ-xổm-phon Văn-na-vông, Chủ tịch Hội làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Lai Châu.',
	'',
	'Sáng nay (15/5), đồng chí Đỗ Minh Quân, Phó Chủ tịch UBND tỉnh Lai Châu đã tiếp xã giao Đoàn.',
	'',
	'Chiều 14/5, đồng chí Vi Thế Long, Chủ tịch Hội Cựu chiến binh tỉnh Lai Châu đã chủ trì hội đàm với Đoàn.',
	'',
	'Năm 2016, hai Hội đã ký kết thỏa thuận hợp tác giai đoạn 2016 - 2021, tập trung vào giáo dục truyền thống.',
	'',
	'Sáng cùng ngày, Đoàn đã đến dâng hương tại Đền thờ liệt sĩ tỉnh Lai Châu.',
	'',
	'Tối hôm trước, Đoàn đến thành phố Lai Châu sau khi nhập cảnh qua cửa khẩu Ma Lù Thàng.'
].join('\n');

const back = [
	'Hai trường đại học Quảng Trị và Xa-văn-na-khệt kết nghĩa',
	'',
	'Cập nhật 21-09-2025, 10:00',
	'',
	'Ngày 20/9, tại Hội trường Trường Đại học Quảng Trị, hai trường đã tổ chức Lễ ký kết kết nghĩa giai đoạn 2025 - 2030.',
	'',
	'Đoàn công tác Trường Đại học Xa-văn-na-khệt có chuyến thăm, làm việc tại Quảng Trị từ chiều 19/9 đến hết ngày 21/9. Tối 19/9, Đoàn đến Đông Hà qua cửa khẩu quốc tế Lao Bảo.',
	'',
	'Phát biểu tại buổi lễ, PGS.TS Lê Thanh Hải cho biết, năm 2024, Trường đã đào tạo 60 sinh viên Lào.',
	'',
	'Chiều cùng ngày, đồng chí Phan Văn Bình, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp xã giao Đoàn công tác Trường Đại học Xa-văn-na-khệt.'
].join('\n');

describe('"Sáng cùng ngày" after a day told in its turn', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))!;
	it('is that day\'s morning, not the news day\'s', () => {
		expect([of('Sáng cùng ngày').start, of('Sáng cùng ngày').partOfDay]).toEqual(['2019-05-14', 'morning']);
	});
	it('and "Tối hôm trước" after it is the eve of that day', () => {
		expect([of('Tối hôm trước').start, of('Tối hôm trước').partOfDay]).toEqual(['2019-05-13', 'evening']);
	});
	it('but after a return to the news, "Chiều cùng ngày" is the news day\'s', () => {
		const u = buildTimeline([{ file: 'b.txt', text: back }]);
		const e = u.events.find((x) => x.sources.some((s) => s.quote.startsWith('Chiều cùng ngày')))!;
		expect(e.start).toBe('2025-09-20');
	});
});
