/**
 * Business pages tell figures beside the trips: a survey ('kết quả khảo sát', 'theo khảo sát của …', 'khảo sát cho thấy') is
 * a questionnaire or a market study, not a delegation surveying a place ('Đoàn đến khảo sát thực tế tại …'); an expert's or a
 * study's forecast for a year ('Các chuyên gia dự báo đến năm 2027, kim ngạch …') is figures, not a planned happening; and a
 * fair's exhibitors come from many provinces ('… gian hàng của doanh nghiệp đến từ A, B, C …') while the fair is held in one
 * city by its organisers.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (file: string, lines: string[]) => ({ file, text: lines.join('\n\n') });
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a survey of firms is no field trip', () => {
	const t = buildTimeline([page('survey.txt', [
		'Thứ Sáu, 18/10/2024 - 08:00',
		'Doanh nghiệp Quảng Bình muốn mở rộng thị trường sang Lào',
		'Sáng 16/10, Đoàn công tác Sở Công Thương tỉnh Quảng Bình do ông Nguyễn Văn Tâm, Giám đốc Sở làm trưởng đoàn đã làm việc với Sở Công Thương tỉnh Khăm Muồn (Lào).',
		'Theo khảo sát của Hiệp hội Doanh nghiệp tỉnh hồi tháng 5/2024, 60% doanh nghiệp muốn mở rộng thị trường sang Lào.',
		'Một khảo sát của Phòng Thương mại tỉnh hồi tháng 8/2024 cho thấy hàng nông sản chiếm một nửa lượng hàng qua cửa khẩu.',
		'Kết quả khảo sát năm ngoái cho thấy chi phí vận chuyển qua cửa khẩu Cha Lo đã giảm 12%.',
		'Mức độ hài lòng của doanh nghiệp được chấm 8/10 điểm, tăng 1/10 điểm so với khảo sát năm trước.',
		'Chiều cùng ngày, Đoàn đến khảo sát thực tế tại chợ biên giới Na Phàu.'
	])]);
	it('the association’s survey, last year’s results and the survey before make no event', () => {
		expect(quoting(t, 'Theo khảo sát').map((e) => e.type)).toEqual([]);
		expect(quoting(t, 'Kết quả khảo sát').map((e) => e.type)).toEqual([]);
		expect(quoting(t, 'so với khảo sát').map((e) => e.type)).toEqual([]);
		expect(quoting(t, 'Một khảo sát').map((e) => e.type)).toEqual([]);
	});
	it('the delegation surveying the border market is a field trip', () => {
		expect(quoting(t, 'khảo sát thực tế').map((e) => e.type)).toEqual(['field_trip']);
	});
});

describe('a forecast for a year is no planned happening', () => {
	const t = buildTimeline([page('forecast.txt', [
		'Thứ Hai, 21/10/2024 - 07:30',
		'Thương mại Quảng Bình - Khăm Muồn tăng mạnh',
		'Sáng 18/10, Đoàn công tác tỉnh Quảng Bình do ông Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh Khăm Muồn (Lào).',
		'Các chuyên gia dự báo đến năm 2027, kim ngạch thương mại giữa hai tỉnh có thể đạt 600 triệu USD.',
		'Các chuyên gia nhận định, với tuyến đường bộ cao tốc Cam Lộ - Lao Bảo dự kiến khởi công trong giai đoạn 2026 - 2030, lượng hàng hóa qua cửa khẩu Cha Lo có thể tăng gấp đôi vào năm 2028.'
	])]);
	it('makes no event in the years forecast', () => {
		expect(t.events.filter((e) => e.start! >= '2025-01-01').map((e) => `${e.start} ${e.type} ${e.sources[0].quote.slice(0, 40)}`)).toEqual([]);
	});
	it('keeps the talks', () => {
		expect(quoting(t, 'hội đàm').map((e) => e.start)).toEqual(['2024-10-18']);
	});
});

describe('a fair’s exhibitors’ provinces are not where it is held', () => {
	const t = buildTimeline([page('fair.txt', [
		'Ngày đăng: 21/11/2024',
		'Khai mạc Hội chợ thương mại Kon Tum - Chăm-pa-xắc',
		'Sáng 20/11, tại thành phố Pác-xế, tỉnh Chăm-pa-xắc (Lào), Sở Công Thương tỉnh Kon Tum phối hợp với Sở Công Thương tỉnh Chăm-pa-xắc khai mạc Hội chợ thương mại Kon Tum - Chăm-pa-xắc năm 2024.',
		'Hội chợ diễn ra từ ngày 20 đến hết ngày 24/11 với 180 gian hàng của gần 120 doanh nghiệp đến từ Kon Tum, Gia Lai, Đắk Lắk, Bình Định và các tỉnh Nam Lào.'
	])]);
	it('the fair’s span keeps its hosts’ and organisers’ provinces only', () => {
		const fair = quoting(t, 'Hội chợ diễn ra');
		expect(fair.length).toBeGreaterThan(0);
		for (const e of fair) {
			expect(e.cities).not.toContain('gia-lai');
			expect(e.cities).not.toContain('dak-lak');
			expect(e.cities).not.toContain('binh-dinh');
		}
	});
});
