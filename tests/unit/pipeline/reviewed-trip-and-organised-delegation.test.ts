/**
 * Trips told by a part of a month that are the page's news, not background:
 *  - in a year's review ("Nhìn lại năm …"), a led delegation's trip of that year told by its month ("Vào hạ tuần tháng 9, Đoàn
 *    đại biểu tỉnh … do đồng chí X dẫn đầu đã sang …") is one of the items reviewed;
 *  - a delegation a body organises of those it sends ("Sở … sẽ tổ chức đoàn 25 doanh nghiệp sang … vào thượng tuần tháng 4")
 *    is announced, as a delegation sent is ("sẽ cử đoàn sang …").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const on = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

const review = (title: string) => [
	'SỞ NGOẠI VỤ TỈNH QUẢNG BÌNH',
	'',
	title,
	'',
	'Thứ Sáu, 29/12/2023 - 09:00',
	'',
	'Năm 2023, công tác đối ngoại của tỉnh đạt nhiều kết quả, Sở Ngoại vụ điểm lại các sự kiện nổi bật trong năm.',
	'',
	'1. Vào hạ tuần tháng 9, Đoàn đại biểu tỉnh Quảng Bình do đồng chí Trần Hải Châu, Chủ tịch UBND tỉnh dẫn đầu đã sang tỉnh Khăm Muộn dự lễ khánh thành Trường Tiểu học Hữu nghị.',
	'',
	'2. Tỉnh đã tổ chức thành công Hội nghị xúc tiến đầu tư vào tháng 5 với 500 đại biểu.'
].join('\n');

describe("a year's review: a led delegation's trip told by its month", () => {
	it('is main, one of the items reviewed', () => {
		const t = buildTimeline([{ file: 'a.txt', text: review('Nhìn lại năm 2023: 10 sự kiện đối ngoại nổi bật của tỉnh') }]);
		expect(on(t, 'Vào hạ tuần tháng 9')).toMatchObject({ start: '2023-09-21', status: 'occurred', role: 'main' });
	});
	it("and an earlier item of the year, months before it, stays the news it is", () => {
		const text = review('Nhìn lại năm 2023: 10 sự kiện đối ngoại nổi bật của tỉnh').replace(
			'2. Tỉnh',
			'2. Hồi tháng 4, Đoàn đại biểu cấp cao tỉnh Khăm Muộn do đồng chí Vông-pan Phăn-thạ-vông, Bí thư Tỉnh ủy dẫn đầu thăm và làm việc tại Quảng Bình từ ngày 11 đến 13/4.\n\n3. Tỉnh'
		);
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(on(t, 'từ ngày 11 đến 13/4')).toMatchObject({ start: '2023-04-11', end: '2023-04-13', role: 'main' });
		expect(on(t, 'Vào hạ tuần tháng 9')).toMatchObject({ role: 'main' });
	});
	it('not on a page that reviews nothing: a trip recalled by its month is background', () => {
		const t = buildTimeline([{ file: 'a.txt', text: review('Quảng Bình đón Đoàn đại biểu tỉnh Khăm Muộn').replace('Năm 2023, ', 'Thời gian qua, ') }]);
		expect(on(t, 'Vào hạ tuần tháng 9')).toMatchObject({ role: 'context' });
	});
});

describe("'sẽ tổ chức đoàn 25 doanh nghiệp sang …' by a part of the month", () => {
	const page = [
		'BÁO CÔNG THƯƠNG',
		'',
		'Doanh nghiệp Nghệ An tìm cơ hội tại Xiêng Khoảng',
		'',
		'14/03/2024 08:00 GMT+7',
		'',
		'Ngày 12/3, Đoàn công tác Sở Công Thương tỉnh Nghệ An do ông Phạm Văn Hóa, Giám đốc Sở dẫn đầu đã làm việc với Sở Công Thương tỉnh Xiêng Khoảng.',
		'',
		'Theo kế hoạch, thượng tuần tháng 4, Sở Công Thương Nghệ An sẽ tổ chức đoàn 25 doanh nghiệp sang Xiêng Khoảng tham gia Hội chợ thương mại.'
	].join('\n');
	it('is a delegation announced: main, planned', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		expect(on(t, 'thượng tuần tháng 4')).toMatchObject({ start: '2024-04-01', status: 'planned', role: 'main' });
	});
	it('an offer to organise one ("sẵn sàng phối hợp tổ chức đoàn …") is no delegation announced', () => {
		const offer = page.replace('Theo kế hoạch, thượng tuần tháng 4, Sở Công Thương Nghệ An sẽ tổ chức', 'Ông Phạm Văn Hóa cho biết, Sở sẽ tiếp tục hỗ trợ doanh nghiệp và sẵn sàng phối hợp tổ chức');
		const t = buildTimeline([{ file: 'a.txt', text: offer.replace('tham gia Hội chợ thương mại.', 'tham gia Hội chợ thương mại vào thượng tuần tháng 4.') }]);
		const e = on(t, 'sẵn sàng phối hợp');
		expect(e?.role).toBe('context');
	});
});
