/**
 * Two ways Vietnamese pages date a day that the pipeline missed:
 *  - a weekday shortened before its day/month, "CN 15/6" (Chủ nhật), "T7 14/6" (thứ Bảy), as programmes and portals write
 *    it; the date wins over a weekday that disagrees, and "CN" or "T2" alone (công nghệ, chi nhánh, a floor) dates nothing;
 *  - "Tối hôm trước ngày làm việc tại X, …": the evening before the day the page gives X (its programme's "- Ngày 12/3: …
 *    X …"), not before the day just told nor the stamp's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions as findMentions } from '../../../src/lib/pipeline/dates/index';

const page = (stamp: string, paras: string[]) => buildTimeline([{ file: 'a.txt', text: ['Tin hợp tác', stamp, ...paras].join('\n\n') }]);
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe('a weekday shortened before its day and month', () => {
	const t = page('Thứ tư, 18/06/2025 - 10:00 (GMT+7)', [
		'Từ ngày 13 đến 16/6/2025, Đoàn đại biểu tỉnh Hà Giang do đồng chí Vương Đình Lộc, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã thăm và làm việc tại tỉnh Phông-sa-lỳ (Lào).',
		'Sáng thứ 6 (ngày 13/6), Đoàn nhập cảnh Lào qua cửa khẩu quốc tế Tây Trang.',
		'T7 14/6, đồng chí Phon-xay Xay-nha-sỏn, Tỉnh trưởng tỉnh Phông-sa-lỳ đã tiếp và hội đàm với Đoàn.',
		'CN 15/6, Đoàn thăm Khu di tích lịch sử cách mạng Lào và dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam tại huyện Mường Khoa.',
		'Sáng 16/6, Đoàn về nước, kết thúc tốt đẹp chuyến công tác.'
	]);
	it("'CN 15/6' is the 15th", () => {
		const e = quoted(t, 'CN 15/6');
		expect(e).toHaveLength(1);
		expect([e[0].start, e[0].end]).toEqual(['2025-06-15', '2025-06-15']);
	});
	it("'T7 14/6' is the 14th", () => {
		const e = quoted(t, 'T7 14/6');
		expect(e).toHaveLength(1);
		expect(e[0].start).toBe('2025-06-14');
	});
	it('the date wins over a weekday that disagrees', () => {
		const m = findMentions('CN 16/6, Đoàn thăm Nhà máy thủy điện.');
		expect(m.map((x) => [x.day, x.month, x.weekday])).toEqual([[16, 6, 0]]);
		const w = buildTimeline([{ file: 'b.txt', text: ['Tin', 'Thứ tư, 18/06/2025 - 10:00 (GMT+7)', 'CN 16/6, Đoàn đại biểu tỉnh Hà Giang thăm Nhà máy thủy điện Nậm Ou tại tỉnh Phông-sa-lỳ (Lào).'].join('\n\n') }]);
		expect(w.events.map((e) => e.start)).toEqual(['2025-06-16']);
	});
	it("'CN', 'T2' without a day and month, or in small letters, date nothing", () => {
		expect(findMentions('Ngành CN chế biến tăng 12%, khu T2 mở rộng.')).toEqual([]);
		expect(findMentions('Sản phẩm cn 15/6 lô hàng')).toEqual([]);
	});
});

describe('the evening before the day the page gives a place', () => {
	const t = page('15/3/2025 - 08:30 (GMT+07:00)', [
		'Trong hai ngày qua, Đoàn công tác Hội Cựu chiến binh tỉnh Bến Tre do ông Lê Văn Hòa, Chủ tịch Hội làm trưởng đoàn đã thăm và làm việc tại hai tỉnh Xa-vẳn-na-khẹt và Khăm Muồn (Lào). Chương trình cụ thể:',
		'- Ngày 12/3: Đoàn làm việc với Hội Cựu chiến binh tỉnh Xa-vẳn-na-khẹt tại thành phố Kay-xỏn Phôm-vi-hản.',
		'- Ngày 13/3: Đoàn sang tỉnh Khăm Muồn; đồng chí Vi-lay Xỉ-hạ-lạt, Phó Tỉnh trưởng tỉnh Khăm Muồn tiếp Đoàn.',
		'Tối hôm trước ngày làm việc tại Xa-vẳn-na-khẹt, Đoàn đã đến thành phố Kay-xỏn Phôm-vi-hản sau khi nhập cảnh Lào qua cửa khẩu quốc tế Lao Bảo.'
	]);
	it('is the 11th, the evening before the 12th', () => {
		const e = quoted(t, 'Tối hôm trước ngày làm việc');
		expect(e).toHaveLength(1);
		expect([e[0].start, e[0].end, e[0].partOfDay]).toEqual(['2025-03-11', '2025-03-11', 'evening']);
	});
	it('a plain "Tối hôm trước" is still the day before the one just told', () => {
		const u = page('15/3/2025 - 08:30 (GMT+07:00)', [
			'Sáng 13/3, đồng chí Vi-lay Xỉ-hạ-lạt, Phó Tỉnh trưởng tỉnh Khăm Muồn đã tiếp Đoàn công tác Hội Cựu chiến binh tỉnh Bến Tre do ông Lê Văn Hòa, Chủ tịch Hội làm trưởng đoàn.',
			'Tối hôm trước, Đoàn đã đến thành phố Thà Khẹt sau khi nhập cảnh Lào qua cửa khẩu quốc tế Cha Lo.'
		]);
		const e = quoted(u, 'Tối hôm trước');
		expect(e).toHaveLength(1);
		expect(e[0].start).toBe('2025-03-12');
	});
});
