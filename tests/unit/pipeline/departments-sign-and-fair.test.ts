/**
 * On a trade trip, papers make the two provinces' departments the subject of a signing or a handover, with no "Đoàn":
 * "Tại Diễn đàn, Sở Tài chính tỉnh X và Sở Kế hoạch tỉnh Y đã ký kết biên bản ghi nhớ …" (signed at the forum, on its day),
 * "Chiều cùng ngày, Sở A tỉnh X và Sở B tỉnh Y đã trao thỏa thuận hợp tác …" (an agreement handed over is a signing),
 * "Chiều nay, Sở A … sẽ trao thỏa thuận …" (planned). The delegation's businesses showing goods at a named fair
 * ("Trong hai ngày 3 và 4/9, 15 doanh nghiệp của tỉnh Y đã trưng bày … tại Hội chợ …") is a happening over those days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = [
	'Đoàn đại biểu tỉnh Sa-la-van thăm, làm việc tại tỉnh Quảng Trị',
	'',
	'Cập nhật lúc 16h40 ngày 4/9/2024',
	'',
	'Từ ngày 3/9 đến hết ngày 5/9, Đoàn đại biểu tỉnh Sa-la-van (Lào) do đồng chí Phon-xa-vẳn Keo-la, Phó Tỉnh trưởng tỉnh Sa-la-van làm trưởng đoàn thăm, làm việc tại tỉnh Quảng Trị.',
	'',
	'Sáng 3/9, tại thành phố Đông Hà, đồng chí Hoàng Nam Phong, Phó Chủ tịch UBND tỉnh Quảng Trị chủ trì Diễn đàn hợp tác thương mại biên giới với sự tham dự của Đoàn đại biểu tỉnh Sa-la-van.',
	'',
	'Tại Diễn đàn, Sở Tài chính tỉnh Quảng Trị và Sở Kế hoạch và Đầu tư tỉnh Sa-la-van đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.',
	'',
	'Trong hai ngày 3 và 4/9, 15 doanh nghiệp của tỉnh Sa-la-van đã trưng bày, giới thiệu hàng nông sản tại Hội chợ Thương mại biên giới Lao Bảo 2024.',
	'',
	'Sáng nay (4/9), Đoàn đã đến thăm mô hình trồng tiêu của Hợp tác xã Tân Liên.',
	'',
	'Chiều cùng ngày, tại thành phố Đông Hà, Sở Y tế tỉnh Quảng Trị và Sở Y tế tỉnh Sa-la-van đã trao thỏa thuận hợp tác về khám chữa bệnh cho người dân vùng biên.'
].join('\n');

describe("two provinces' departments signing on a trade trip", () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

	it('the departments signing at the forum is a signing of the forum\'s day', () => {
		const e = of('Sở Tài chính tỉnh Quảng Trị');
		expect(e).toHaveLength(1);
		expect([e[0].type, e[0].start, e[0].end, e[0].status]).toEqual(['signing', '2024-09-03', '2024-09-03', 'occurred']);
	});
	it('the departments handing over an agreement "chiều cùng ngày" is a signing that afternoon', () => {
		const e = of('Sở Y tế tỉnh Quảng Trị');
		expect(e).toHaveLength(1);
		expect([e[0].type, e[0].start, e[0].partOfDay, e[0].status]).toEqual(['signing', '2024-09-04', 'afternoon', 'occurred']);
	});
	it("the businesses' stands at the fair are a happening over the days told", () => {
		const e = of('trưng bày, giới thiệu hàng nông sản');
		expect(e).toHaveLength(1);
		expect([e[0].start, e[0].end]).toEqual(['2024-09-03', '2024-09-04']);
	});
	it('a handover planned for today is a planned signing; "dự lễ trao thỏa thuận" beside a visit keeps the visit', () => {
		expect(classify('Chiều nay, Sở Y tế tỉnh Quảng Trị sẽ trao thỏa thuận hợp tác cho Sở Y tế tỉnh Sa-la-van.')).toBe('signing');
		expect(classify('Ngày 4/9: Thăm mô hình trồng tiêu tại huyện Cam Lộ; dự lễ trao thỏa thuận hợp tác giữa hai Sở Y tế.')).toBe('field_trip');
		expect(classify('Doanh nghiệp hai tỉnh bố trí 20 gian hàng tại Triển lãm hàng Việt ở Pắc-xế.')).toBe('ceremony');
	});
});
