/**
 * A seventy-fifth set of pages (tests/fixtures/unseen75) from outlets not used before, on district, commune and
 * border-post twinning told by small local outlets — the Quan Sơn district portal (the district Party committee's
 * delegation in its twin Sầm Tớ of Hủa Phăn: 'Trong 2 ngày (25 - 26/5)' under 'Ngày đăng: 28/05/2024', Thanh Hóa only in
 * the footer, 'Chiều cùng ngày', 'Buổi chiều', 'vào dịp Quốc khánh 2/9 năm nay', 'năm 2012'), Quan Sơn district TV (the
 * same trip: 'Dịp cuối tuần qua' and 'Sáng thứ Bảy vừa qua' under '18:40 ngày 27/5/2024', 'Tối 25/5'), the Sốp Cộp
 * district portal with NO stamp (Đồn Biên phòng Mường Lạn and the border company of mường Xốp-bâu: 'vừa qua', 'Trong 2
 * ngày 28 và 29/2', the year from '3/3/1959 - 3/3/2024', 'giữa tháng 4 tới', 'hồi tháng 8/2022'), the Thanh Chương
 * district portal (district police to Công an mường Viêng-thoong: 'Những ngày cuối tháng 5' under '02/06/2023 08:52',
 * 'Sáng 29/5', 'tháng 8 tới', 'tháng 3/2021'), the Vân Hồ district portal (xã Xuân Nha twinned with bản Pạc-xẻng of
 * Xiềng Khọ: 'Dịp cuối tuần qua' under 'Thứ Hai, 15/04/2024', 'Sáng Chủ nhật (14/4)', 'đầu năm 2025') and the Tây
 * Giang district portal (the Ka-lừm district delegation of Xê-kông: 'Đầu tuần này' under '14/12/2023 15:20', 'chiều thứ
 * Hai', 'Sáng hôm sau', 'tháng 4/2024', 'tháng 4/2019') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen75';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Hà Văn Thắm', 'Phạm Bá Lộc'],
	['Bun-xởi Sổm-phu-vông', 'Thoong-xạ Keo-chăn-thạ'],
	['Lò Văn Chiến', 'Cầm Văn Dũng'],
	['Khăm-pheng Xay-nha-lạt', 'Vông-phết Xỉ-ri-phăn'],
	['Nguyễn Đình Kiên', 'Đặng Quốc Toản'],
	['Xỉ-xổm-phon Phôm-ma-chắc', 'Bun-mi Chăn-thạ-vông'],
	['Lường Văn Khiêm', 'Quàng Văn Pha'],
	['Xổm-phết Vông-khăm-xao', 'Khăm-xổm Pha-nu-vông'],
	['Khăm-xỉ Vi-lay-vông', 'Xỉ-phăn-đon Lo-ra-xắc'],
	['Cơlâu Thanh Nghĩa', 'Pơloong Văn Thuận']
];
describeChanged('the seventy-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Phạm Bá Lộc', 'Thoong-xạ Keo-chăn-thạ', 'Cầm Văn Dũng', 'Vông-phết Xỉ-ri-phăn', 'Đặng Quốc Toản', 'Xỉ-phăn-đon Lo-ra-xắc', 'Pơloong Văn Thuận', 'Quàng Văn Pha', 'Khăm-xổm Pha-nu-vông'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or a plan's
// period ('giai đoạn 2024 - 2029', '2021 - 2023', '2021 - 2025'), 'năm 2023'/'năm 2022' figures, 'từ năm 2012 đến nay'
// and 'từ năm 2009', the anniversaries '3/3/1959 - 3/3/2024', a patrol 'mỗi quý một lần' nothing; captions, sidebars,
// tags, counters and footers are furniture.
describe('the seventy-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qs: '01-quanson-huyenuy-quanson-samto-ketnghia.txt',
		tt: '02-ttvhttquanson-truyenhinh-samto-namxoi.txt',
		ml: '03-sopcop-donbienphong-muonglan-daidoi-nostamp.txt',
		tc: '04-thanhchuong-congan-huyen-vienthoong-hoidam.txt',
		xn: '05-vanho-xa-xuannha-ban-pacxeng-ketnghia.txt',
		tg: '06-taygiang-huyenuy-kaleum-sang-tham.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quan Sơn portal lies within 25–26 May 2024 or is the plan for Quốc khánh', () => {
		expect(outside(F.qs, '2024-05-25', '2024-05-26', ['2024-08-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Quan Sơn district TV lies within 25–26 May 2024', () => {
		expect(outside(F.tt, '2024-05-25', '2024-05-26')).toEqual([]);
	});
	it('every main event from the Sốp Cộp portal (no stamp) lies within 28–29 February 2024 or is the April plan', () => {
		expect(outside(F.ml, '2024-02-28', '2024-02-29', ['2024-04-01', '2024-04-30'])).toEqual([]);
	});
	it('every main event from the Thanh Chương portal lies within 20–31 May 2023 or is the August plan', () => {
		expect(outside(F.tc, '2023-05-20', '2023-05-31', ['2023-08-01', '2023-08-31'])).toEqual([]);
	});
	it('every main event from the Vân Hồ portal lies within 13–14 April 2024 or is the early-2025 plan', () => {
		expect(outside(F.xn, '2024-04-13', '2024-04-14', ['2025-01-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the Tây Giang portal lies within 11–13 December 2023 or is the April 2024 plan', () => {
		expect(outside(F.tg, '2023-12-11', '2023-12-13', ['2024-04-01', '2024-04-30'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the counters or the footers', () => {
		const qs: [string, string][] = [
			[F.qs, 'Huyện Quan Sơn tiếp Đoàn công tác huyện Viêng-xay'],
			[F.qs, 'trao quà Tết Bun-pi-mày cho bản Pa Háng'],
			[F.qs, 'tổng kết 10 năm thực hiện Quy chế phối hợp'],
			[F.qs, 'Gặp mặt các đồng chí nguyên quân tình nguyện'],
			[F.qs, 'Xã Mường Mìn ra quân trồng rừng'],
			[F.qs, 'Thông báo lịch tiếp công dân tháng 6/2024'],
			[F.tt, 'Sông Lò vào mùa nước'],
			[F.tt, 'Lễ hội Mường Xia năm 2024'],
			[F.tt, 'Nghiệm thu 120 ha rừng trồng thay thế'],
			[F.tt, 'Quan Sơn đón đoàn cán bộ huyện Xốp-bâu'],
			[F.tt, 'Toàn cảnh buổi hội đàm giữa huyện Quan Sơn'],
			[F.ml, 'Tổng kết công tác tuyển quân năm 2024'],
			[F.ml, 'Ngày hội Biên phòng toàn dân tại bản Huổi Hịa'],
			[F.ml, 'Huyện Sốp Cộp đón đoàn công tác mường Xiềng-khọ'],
			[F.ml, 'Xã Sốp Cộp ra quân làm đường'],
			[F.ml, 'Cán bộ, chiến sĩ hai đơn vị dựng'],
			[F.tc, 'Diễn tập phòng thủ khu vực năm 2023'],
			[F.tc, 'Xã Thanh Thủy đón nhận danh hiệu'],
			[F.tc, 'ra mắt mô hình "Camera an ninh"'],
			[F.tc, 'Đoàn cán bộ huyện Xay-chăm-phon thăm mô hình chè'],
			[F.tc, 'Thống kê truy cập'],
			[F.xn, 'Xã Vân Hồ tổ chức Ngày hội văn hóa'],
			[F.xn, 'Khai mạc Lễ hội Hoa ban Vân Hồ'],
			[F.xn, 'trao học bổng "Nâng bước em tới trường"'],
			[F.xn, 'Xã Chiềng Xuân đón đoàn bản Sốp-pơn'],
			[F.xn, 'Nghi lễ buộc chỉ cổ tay chúc phúc'],
			[F.tg, 'Tổng kết 5 năm thực hiện Chương trình mục tiêu'],
			[F.tg, 'tuần tra song phương với Đại đội 3 huyện Đắc-chưng'],
			[F.tg, 'Huyện ủy Tây Giang thăm, làm việc tại tỉnh Xê-kông'],
			[F.tg, 'Lễ hội mừng lúa mới của đồng bào Cơ Tu'],
			[F.tg, 'chụp ảnh lưu niệm tại Trung tâm Hành chính'],
			[F.tg, 'quê hương của dòng sông cùng tên']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2010-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
