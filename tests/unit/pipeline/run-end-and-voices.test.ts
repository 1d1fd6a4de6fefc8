/**
 * The day something runs until is the end of its run, not the day of its opening told beside it ("The … Expo 2025 opened the
 * same evening … and runs until October 19"), and "the previous day" after it counts back from the opening; a fair named with
 * its year opens as one named without it; a transport route opened ("Tuyến xe buýt … chính thức khai trương") is a ceremony;
 * a voice the paper quotes, of a business it leaves unnamed ("Bà X, chủ một hợp tác xã …"), is no party to the happening
 * told before and tells no happening of her own; a third country's delegation received ("tiếp đoàn doanh nghiệp Hàn Quốc")
 * is another story. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const build = (lines: string[]) => {
	const t = buildTimeline([{ file: 'a.txt', text: lines.join('\n') }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const names = (q: string) => (of(q)?.people ?? []).map((id) => t.people.find((p) => p.id === id)?.name);
	return { t, of, names };
};

describe('a run told by its last day beside its opening', () => {
	const { of } = build([
		'Ha Tinh, Bolikhamxay open joint expo in Paksan',
		'',
		'Friday, 18 October 2024',
		'',
		'A trade promotion forum between Ha Tinh and Bolikhamxay provinces took place in Paksan town on October 16, with 120 firms from both sides.',
		'',
		'The Ha Tinh - Bolikhamxay Trade Fair 2024 opened the same evening at the Paksan sports centre and runs until October 19, with 90 booths.',
		'',
		'On the previous day, the Ha Tinh delegation laid a wreath at the Paksan war memorial.'
	]);
	it('dates the opening to the evening told, done, not to the run\'s last day', () => {
		const e = of('The Ha Tinh - Bolikhamxay Trade Fair 2024 opened the same evening');
		expect(e).toMatchObject({ start: '2024-10-16', end: '2024-10-16', partOfDay: 'evening', status: 'occurred' });
	});
	it('counts "the previous day" back from the opening, not from the run\'s end', () => {
		expect(of('On the previous day, the Ha Tinh delegation')).toMatchObject({ start: '2024-10-15', end: '2024-10-15' });
	});
	it('so in Vietnamese: "kéo dài đến hết ngày" is the run\'s end', () => {
		const vi = build([
			'Khai mạc Triển lãm ảnh Hà Tĩnh tại Bô-ly-khăm-xay',
			'',
			'Thứ Sáu, 18/10/2024',
			'',
			'Sáng 16/10, tại thị xã Pạc-xan, Đoàn công tác tỉnh Hà Tĩnh dự Hội nghị xúc tiến thương mại giữa hai tỉnh.',
			'',
			'Tối cùng ngày, Triển lãm ảnh hữu nghị Hà Tĩnh - Bô-ly-khăm-xay khai mạc tại Nhà văn hóa tỉnh và kéo dài đến hết ngày 19/10.'
		]);
		expect(vi.of('Tối cùng ngày, Triển lãm ảnh')).toMatchObject({ start: '2024-10-16', end: '2024-10-16', partOfDay: 'evening', status: 'occurred' });
	});
	it('types an expo opened with its year in its name as one opened without it', () => {
		expect(classify('The Quang Tri - Salavan Expo 2025 opened on Monday at the provincial exhibition hall.')).toBe('conference');
		expect(classify('The Quang Tri - Salavan Expo opened on Monday at the provincial exhibition hall.')).toBe('conference');
	});
});

describe('a transport route opened', () => {
	it('is a ceremony, as "launched a passenger bus route" is', () => {
		expect(classify('Tuyến xe buýt quốc tế Vinh - Lạc Xao chính thức khai trương sáng 5/3, mở thêm đường đi lại cho người dân hai tỉnh.')).toBe('ceremony');
		expect(classify('Hai tỉnh đã khai trương tuyến vận tải hàng hóa Cầu Treo - Pạc-xan.')).toBe('ceremony');
		// (A shop's opening is none.)
		expect(classify('Cửa hàng đặc sản Hà Tĩnh khai trương tại Pạc-xan.')).toBeNull();
	});
});

describe('a voice the paper quotes, of a business it leaves unnamed', () => {
	const { t, of, names } = build([
		'Mở tuyến xe buýt Vinh - Lạc Xao',
		'',
		'Ngày 6 tháng 03 năm 2025 | 08:10',
		'',
		'Sáng 5/3, tại Bến xe Bắc Vinh, ông Phan Đình Hảo, Phó Chủ tịch UBND tỉnh Nghệ An và ông Khăm-xỉ Xay-nha-vông, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay, đã dự lễ khai trương tuyến xe buýt quốc tế Vinh - Lạc Xao.',
		'',
		'Theo đơn vị khai thác, mỗi ngày có 4 chuyến xe.',
		'',
		'Bà Trịnh Thu Hiền, chủ một hợp tác xã chè ở huyện Thanh Chương, cho biết trong quý IV, hợp tác xã đã gửi thử 5 chuyến hàng sang Lạc Xao. "Xe buýt giúp chúng tôi đi lại dễ hơn", bà nói.',
		'',
		'Ông Lương Văn Cường, Giám đốc một công ty gỗ ở Vinh, kể chuyến khảo sát đầu tháng Hai giúp công ty tìm được bạn hàng ở Pạc-xan.'
	]);
	it('is no participant of the opening told before', () => {
		expect(names('Sáng 5/3, tại Bến xe Bắc Vinh')).toEqual(expect.arrayContaining(['Phan Đình Hảo', 'Khăm-xỉ Xay-nha-vông']));
		expect(names('Sáng 5/3, tại Bến xe Bắc Vinh')).not.toContain('Trịnh Thu Hiền');
	});
	it('tells no happening of her firm\'s own', () => {
		expect(of('Ông Lương Văn Cường')).toBeUndefined();
		expect(t.events.filter((e) => e.start?.startsWith('2025-02'))).toEqual([]);
	});
});

describe('a third country\'s delegation received', () => {
	it('is another story: no event', () => {
		const { t, of } = build([
			'Đoàn công tác tỉnh Xiêng Khoảng thăm Bắc Giang',
			'',
			'Thứ Năm, 12/09/2024 - 10:20',
			'',
			'Sáng 11/9, ông Lê Minh Quang, Phó Chủ tịch UBND tỉnh Bắc Giang đã tiếp Đoàn công tác tỉnh Xiêng Khoảng (Lào) do ông Bun-mi Phôm-ma-chăn, Phó Tỉnh trưởng làm trưởng đoàn.',
			'',
			'Cuối tháng Tám, tỉnh Bắc Giang cũng đã tiếp đoàn doanh nghiệp Hàn Quốc tìm hiểu đầu tư vào lĩnh vực điện tử.'
		]);
		expect(of('Sáng 11/9, ông Lê Minh Quang')).toMatchObject({ start: '2024-09-11', status: 'occurred' });
		expect(of('Cuối tháng Tám, tỉnh Bắc Giang')).toBeUndefined();
		expect(t.events.filter((e) => e.start?.startsWith('2024-08'))).toEqual([]);
	});
	it('so in English', () => {
		const { of } = build([
			'Xieng Khouang delegation visits Bac Giang',
			'',
			'September 12, 2024',
			'',
			'Bac Giang Vice Chairman Le Minh Quang received a delegation from Laos\' Xieng Khouang province on September 11.',
			'',
			'In late August, the province also welcomed a Japanese business delegation seeking investment in electronics.'
		]);
		expect(of('Bac Giang Vice Chairman Le Minh Quang received')).toMatchObject({ start: '2024-09-11' });
		expect(of('In late August, the province also welcomed')).toBeUndefined();
	});
});
