/**
 * A sixty-first set of pages (tests/fixtures/unseen61) from outlets not used before — Báo Đất Việt carrying TTXVN copy
 * from Laos (a Thừa Thiên Huế delegation in Sa-la-van for Bunpimay 2023: 'Theo phóng viên TTXVN tại Lào, ngày 10/4 (giờ
 * địa phương)' under '11/04/2023 06:45 GMT+7', 'vào các ngày 10, 11 và 12/4', 'Trước đó, sáng cùng ngày', 'Theo chương
 * trình, ngày 11/4 … sẽ'), Hue Today in English on the same trip ('since April 10', 'on the morning of the 10th', 'on
 * arrival', 'Later that day', 'The previous evening, on the 9th', 'On Tuesday', 'later today', 'the Hue Festival 2024
 * next June'), Báo Công lý as a saved HTML page (a court delegation, a sapo opening with the Lao host's quote 'hôm 14/11',
 * 'Trong 3 ngày (từ 14 - 16/11)', dated bullets '- Ngày 14/11: …', an in-body 'Tin liên quan' box, 'tháng 3/2024'),
 * Thời báo Ngân hàng's photo story ('Vừa qua (ngày 25/8)' under '29.08.2022 | 10:05', the anniversaries '(5/9/1962 -
 * 5/9/2022)' and '(18/7/1977 - 18/7/2022)', captions 'Chiều cùng ngày', 'Sáng hôm sau', 'tháng 11 tới'), Tỉnh đoàn Thanh
 * Hóa with NO stamp (the year only in 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', 'từ chiều 19/7 đến hết ngày 22/7',
 * 'Ngày 20 tháng 7', two Lao provinces a day each, 'ngày thứ hai của chuyến thăm', 'Tối hôm trước') and the Quảng Nam
 * portal's year review ('Năm 2023, hai tỉnh … 12 đoàn công tác', 'Ngay mùng 5 Tết Quý Mão', 'Tháng 3/2023, …; tháng 6,
 * …; cuối năm, …', 'từ ngày 26 - 28/12', 'tháng 4/2024' under 'Cập nhật 28-12-2023, 15:20') — against gold written
 * before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen61';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trương Công Hiển', 'Đinh Quang Vũ'],
	['Truong Cong Hien', 'Dinh Quang Vu'],
	['Hien said', 'Vu said'],
	['Khăm-pheng Xay-nha-vông', 'Xỉ-xa-vát Phôm-ma-chăn'],
	['Khampheng Saignavong', 'Sisavath Phommachanh'],
	['Khampheng accepted', 'Sisavath accepted'],
	['Nguyễn Đình Toản', 'Lương Văn Khiêm'],
	['Bun-xợt Phăn-tha-vông', 'Chăn-thạ-vông Kẹo-xỉ-xổm'],
	['Thoong-xạ-vẳn Pho-thi-xản', 'Xổm-xỉ Viêng-khăm'],
	['Trần Đình Khải', 'Võ Hữu Nhân'],
	['Vi-la-phon Xỉ-xu-phăn', 'Khăm-xay Lạ-tha-phon'],
	['Lê Thị Thu Hà', 'Mạc Thị Ngọc Ánh'],
	['Khăm-xổm Vi-lạ-vông', 'Bun-thăn Xay-nhạ-vông'],
	['Phon-xay Xi-xổm-bắt', 'Vi-lay Pha-xúc'],
	['Lê Văn Thanh Hải', 'Tôn Thất Bình'],
	['Xổm-phết Xay-nha-xỏn', 'Khăm-lạ Xỉ-thạ-vông'],
	['Vông-xay Kẹo-ma-ni', 'Thong-bay Xỉ-pa-xợt']
];
describeChanged('the sixty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Đinh Quang Vũ', 'Xỉ-xa-vát Phôm-ma-chăn', 'Lương Văn Khiêm', 'Chăn-thạ-vông Kẹo-xỉ-xổm', 'Võ Hữu Nhân', 'Mạc Thị Ngọc Ánh', 'Bun-thăn Xay-nhạ-vông', 'Khăm-lạ Xỉ-thạ-vông', 'Thong-bay Xỉ-pa-xợt', 'Tôn Thất Bình', 'Tôn Thất Bình'],
	// Every delegation is found whole; Tôn Thất Bình (renamed) leads two trips, March 2023 and the April 2024 plan.
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversaries'
// bracketed days ('(5/9/1962 - 5/9/2022)', '(18/7/1977 - 18/7/2022)'), the named years ('Bunpimay năm 2023', 'Năm Đoàn
// kết hữu nghị Việt Nam - Lào 2022', 'Kế hoạch hợp tác năm 2024'), terms ('2021 - 2025', '2022 - 2027'), figures ('năm
// 2022', '6 tháng đầu năm 2022', 'năm 2023 ước đạt', 'since 1996', 'từ năm 2019 đến nay') nothing; captions outside a
// photo story, sidebars, in-body related boxes, tags, comments, scripts and meta are furniture.
describe('the sixty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dv: '01-baodatviet-ttxvn-hue-salavan-bunpimay.txt',
		ht: '02-huetoday-en-salavan-bunpimay-onarrival.txt',
		cl: '03-congly-toaan-nghean-xiengkhouang-bullets.html',
		nh: '04-thoibaonganhang-photostory-quangtri-savannakhet-anniversary.txt',
		td: '05-tinhdoanthanhhoa-youth-houaphan-xiengkhouang-nostamp.txt',
		qn: '06-quangnamgov-nhinlai-2023-sekong-yearreview.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Đất Việt page lies within 9–12 April 2023', () => {
		expect(outside(F.dv, '2023-04-09', '2023-04-12')).toEqual([]);
	});
	it('every main event from the Hue Today page lies within 9–12 April 2023 or is the June 2024 plan', () => {
		expect(outside(F.ht, '2023-04-09', '2023-04-12', ['2024-06-01', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Công lý page lies within 14–16 November 2023 or is the March 2024 plan', () => {
		expect(outside(F.cl, '2023-11-14', '2023-11-16', ['2024-03-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the Thời báo Ngân hàng page lies within 25–26 August 2022 or is the November plan', () => {
		expect(outside(F.nh, '2022-08-25', '2022-08-26', ['2022-11-01', '2022-11-30'])).toEqual([]);
	});
	it('every main event from the Tỉnh đoàn Thanh Hóa page lies within 19–22 July 2022 or is the August plan', () => {
		expect(outside(F.td, '2022-07-19', '2022-07-22', ['2022-08-01', '2022-08-31'])).toEqual([]);
	});
	it('every main event from the Quảng Nam portal page lies within 26–28 December 2023 or is the April 2024 plan', () => {
		expect(outside(F.qn, '2023-12-26', '2023-12-28', ['2024-04-01', '2024-04-30'])).toEqual([]);
	});
	it('the reception told by the TTXVN copy and by Hue Today is one happening', () => {
		const of = (f: string, q: string) => t.events.filter((e) => s.quotes(e, f, q)).map((e) => e.id);
		expect(of(F.dv, 'đã tiếp Đoàn đại biểu tỉnh Thừa Thiên Huế')).toEqual(of(F.ht, 'Later that day, Salavan Party Secretary'));
	});
	it('the Quảng Nam leader’s March 2023 trip and April 2024 plan are two trips', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.qn, q))));
		const past = of('Tháng 3/2023, Đoàn đại biểu tỉnh Quảng Nam');
		const plan = of('Theo kế hoạch, tháng 4/2024');
		expect(past).toHaveLength(1);
		expect(plan).toHaveLength(1);
		expect(past[0].id).not.toBe(plan[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.dv, 'Thừa Thiên Huế tiếp Đoàn đại biểu tỉnh Sê Kông'],
			[F.dv, 'Lễ hội té nước Bunpimay 2022'],
			[F.dv, 'trao bằng tốt nghiệp cho 45 lưu học sinh Lào'],
			[F.dv, 'Giá xăng dầu hôm nay'],
			[F.dv, 'Giải chạy đêm Hồ Gươm'],
			[F.dv, 'Ảnh: Phạm Kiên'],
			[F.ht, 'Hue hosts Sekong delegation'],
			[F.ht, 'Hue Festival 2022 draws'],
			[F.ht, 'Savannakhet review cooperation'],
			[F.ht, 'night tours of the Imperial City'],
			[F.ht, 'presents a gift to Salavan Governor'],
			[F.cl, 'ký kết hợp tác với TAND tỉnh Bô-li-khăm-xay'],
			[F.cl, 'Chánh án TAND tối cao tiếp Đoàn'],
			[F.cl, 'Vạn Thịnh Phát'],
			[F.cl, 'xét xử lưu động vụ án ma túy'],
			[F.cl, 'Hội nghị trực tuyến tổng kết năm 2023'],
			[F.cl, 'phiên tòa trực tuyến (tháng 8/2023)'],
			[F.cl, 'thứ 4 từ phải'],
			[F.cl, 'datePublished'],
			[F.nh, 'Agribank Quảng Bình trao 500 suất học bổng'],
			[F.nh, 'tập huấn thanh toán không dùng tiền mặt'],
			[F.nh, 'Hội thi nghiệp vụ ngân quỹ'],
			[F.nh, 'Lãi suất tiết kiệm tháng 9/2022'],
			[F.nh, 'Tỷ giá hôm nay'],
			[F.nh, 'mở tài khoản thanh toán trực tuyến'],
			[F.td, 'Tự hào tuổi trẻ xứ Thanh'],
			[F.td, 'Mong năm sau tỉnh đoàn'],
			[F.td, 'Chiến dịch Thanh niên tình nguyện hè'],
			[F.td, 'Giải bóng đá thanh niên công nhân'],
			[F.td, 'Thanh niên tiên tiến làm theo lời Bác'],
			[F.qn, 'Quảng Nam tiếp Tổng Lãnh sự Lào tại Đà Nẵng'],
			[F.qn, 'Tuần Văn hóa - Du lịch Quảng Nam tại Sê Kông'],
			[F.qn, 'tổng kết công tác đối ngoại năm 2023'],
			[F.qn, 'vị khách thứ 4 triệu']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
