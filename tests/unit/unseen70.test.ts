/**
 * A seventieth set of pages (tests/fixtures/unseen70) from outlets not used before, on economic, trade and investment
 * cooperation and the date forms of other outlets and of official documents — ASEMconnect Vietnam in English (Đắk Lắk
 * in Pakse: 'on May 22', 'from May 21-23', 'On the previous day', 'the same afternoon', 'runs until May 26', 'in the
 * third quarter of this year'), the Đắk Lắk provincial portal as a saved HTML page (the same trip: 'Từ ngày 21 -
 * 23.5.2024', 'Chiều 21.5', 'Sáng 22.5', a signing 'Bên lề Hội nghị', a trade fair opened 'Chiều cùng ngày' that runs
 * 'từ ngày 22 đến hết ngày 26-5-2024', 'quý III/2024', 'nửa cuối năm nay', 'tháng Mười năm 2019'), the Bình Định
 * provincial portal (Attapeu in Quy Nhơn: 'Chiều 29.8', 'từ ngày 28 đến ngày 30-8-2024', '5/9/1962 - 5/9/2024', 'Sáng
 * cùng ngày' after a paragraph of other dates, 'trung tuần tháng Mười một'), CafeBiz (the same trip's bus-route opening
 * 'sáng 29/8, ngay trước dịp 2/9', 'thượng tuần tháng 9', 'quý III', 'dịp 30/4 - 1/5' figures), Doanh Nhân Sài Gòn
 * with NO stamp (HCMC in Vientiane, the year only from '(18/7/1977 - 18/7/2024)', '10 - 12.7', 'hạ tuần tháng Mười')
 * and Fili (Savannakhet in Đồng Nai: 'Trung tuần tháng Chín' under 'Thứ Tư, 18/09/2024 - 15:40', 'Trước đó, chiều
 * 16-9', 'Sáng nay (18-9)', 'ngày mai (19-9)', 'quý IV năm nay') — against gold written before the pipeline saw the
 * pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen70';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Hồ Văn Khiêm', 'Lục Văn Thạch'],
	['Ho Van Khiem', 'Luc Van Thach'],
	['Vice Chairman Khiem', 'Vice Chairman Thach'],
	['Vi-lay-vông Bút-đa-khăm', 'Xỉ-vi-lay Phôm-xạ-vẳn'],
	['Vilayvong Boutdakham', 'Sivilay Phomsavanh'],
	['Khăm-phẻng Sỉ-tha-vông', 'Bun-khong Thạ-mạ-vông'],
	['Khamphaeng Sitthavong', 'Bounkhong Thammavong'],
	['Vice Governor Khamphaeng', 'Vice Governor Bounkhong'],
	['Đoàn Quý Khánh', 'Quách Đình Lương'],
	['Kẹo-ngoi Xay-nha-lạt', 'Phết-xạ-mỏn Vông-khăm'],
	['Keongoy Xaynalath', 'Phetsamone Vongkham'],
	['Phạm Đức Tuệ', 'Kiều Minh Sáng'],
	['Xổm-xạ-nạ Phăn-thạ-vông', 'Thoong-xa-vạt Kẹo-bua-la'],
	['Bun-thon Khăm-ma-vông', 'Xổm-phết Inh-xi-xiêng'],
	['Trịnh Quốc Hưng', 'Doãn Hữu Phước']
];
describeChanged('the seventieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lục Văn Thạch', 'Xỉ-vi-lay Phôm-xạ-vẳn', 'Phết-xạ-mỏn Vông-khăm', 'Quách Đình Lương', 'Kiều Minh Sáng', 'Thoong-xa-vạt Kẹo-bua-la', 'Xổm-phết Inh-xi-xiêng'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a plan's
// period ('giai đoạn 2024 - 2028', '2024-2028', 'giai đoạn 2024 - 2026', '2022 - 2027', 'đến năm 2030', 'thời kỳ 2021 -
// 2030, tầm nhìn đến năm 2050'), statistics years ('năm 2023', '7 tháng đầu năm 2024', 'Năm ngoái', 'quý III' test runs,
// 'dịp 30/4 - 1/5' sales), anniversaries ('5/9/1962 - 5/9/2024', '18/7/1977 - 18/7/2024'), a plant's 'quý III năm 2025',
// a bus operator's 'thượng tuần tháng 9', a company's 'đầu tháng Năm' survey and a Japanese delegation 'Đầu tháng Chín'
// are nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the seventieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ac: '01-asemconnect-en-daklak-champasak-pakse-fair.txt',
		dl: '02-daklakgov-xuc-tien-dau-tu-champasak-hoi-cho.html',
		bd: '03-binhdinhgov-attapeu-quynhon-hoi-dam.txt',
		cb: '04-cafebiz-xe-khach-quynhon-attapeu-logistics.txt',
		dn: '05-doanhnhansaigon-hcmc-vientiane-dien-dan-nostamp.txt',
		fl: '06-fili-savannakhet-dongnai-xuc-tien-dau-tu.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the ASEMconnect page lies within 21–26 May 2024 or is the third-quarter bus route', () => {
		expect(outside(F.ac, '2024-05-21', '2024-05-26', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Đắk Lắk portal page lies within 21–26 May 2024 or is a plan of the second half of 2024', () => {
		expect(outside(F.dl, '2024-05-21', '2024-05-26', ['2024-07-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Bình Định portal page lies within 28–30 August 2024 or is the mid-November forum', () => {
		expect(outside(F.bd, '2024-08-28', '2024-08-30', ['2024-11-11', '2024-11-20'])).toEqual([]);
	});
	it('every main event from the CafeBiz page lies within 28–30 August 2024', () => {
		expect(outside(F.cb, '2024-08-28', '2024-08-30')).toEqual([]);
	});
	it('every main event from the Doanh Nhân Sài Gòn page lies within 10–12 July 2024 or is the late-October visit', () => {
		expect(outside(F.dn, '2024-07-10', '2024-07-12', ['2024-10-21', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Fili page lies within 11–20 September 2024 or is a plan to the end of 2024', () => {
		expect(outside(F.fl, '2024-09-11', '2024-09-20', ['2024-09-19', '2024-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the comments or the figures', () => {
		const qs: [string, string][] = [
			[F.ac, 'Vietnam, Laos target 5 billion USD'],
			[F.ac, 'Tokyo food expo'],
			[F.ac, 'Bo Y logistics centre'],
			[F.ac, 'third largest foreign investor in Laos'],
			[F.ac, 'Delegates cut the ribbon to open'],
			[F.dl, 'xúc tiến thương mại cà phê tại Hàn Quốc'],
			[F.dl, 'tỉnh Mondulkiri (Campuchia)'],
			[F.dl, 'Lễ hội Cà phê Buôn Ma Thuột lần thứ 8'],
			[F.dl, 'Xê-kông học tập kinh nghiệm'],
			[F.dl, 'phát biểu tại Hội nghị xúc tiến đầu tư, thương mại ở Pắc-xế'],
			[F.dl, 'datePublished'],
			[F.bd, 'doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư'],
			[F.bd, 'làm việc với Đại sứ quán Lào tại Việt Nam'],
			[F.bd, 'Hội nghị xúc tiến đầu tư tỉnh Bình Định tại TP Hồ Chí Minh'],
			[F.bd, 'Đoàn đại biểu tỉnh Chăm-pa-xắc thăm tỉnh Bình Định'],
			[F.bd, 'Tuần Văn hóa - Du lịch Bình Định'],
			[F.bd, 'tặng quà lưu niệm'],
			[F.cb, 'lập kỷ lục sản lượng hàng hóa'],
			[F.cb, 'thu hút thêm 3 dự án FDI'],
			[F.cb, 'Đường bay Quy Nhơn - Viêng Chăn'],
			[F.cb, 'Giá cà phê hôm nay'],
			[F.cb, 'đã chạy thử 12 chuyến xe container'],
			[F.cb, 'lượng phương tiện qua cửa khẩu tăng'],
			[F.cb, 'Trong thượng tuần tháng 9, doanh nghiệp bố trí'],
			[F.dn, 'xúc tiến thương mại tại thị trường Campuchia'],
			[F.dn, 'thu hút 1.200 gian hàng'],
			[F.dn, 'Xuất khẩu sang Lào 6 tháng đầu năm'],
			[F.dn, 'tuyến bay thẳng TP.HCM - Viêng Chăn giá rẻ'],
			[F.dn, 'bán chạy gấp rưỡi ngày thường'],
			[F.dn, 'mỗi năm hai đợt đưa doanh nghiệp sang Lào'],
			[F.fl, 'Thu hút FDI 8 tháng'],
			[F.fl, 'kỷ niệm ngày 8.3'],
			[F.fl, 'Đẩy nhanh tiến độ nhà ga'],
			[F.fl, 'họp bàn về cửa khẩu Lao Bảo - Đen-sạ-vẳn'],
			[F.fl, 'Quang cảnh hội nghị tại TP Biên Hòa']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	it('no event quotes a company\'s own survey trip or a Japanese delegation', () => {
		const qs: [string, string][] = [
			[F.dn, 'chuyến khảo sát đầu tháng Năm'],
			[F.fl, 'đoàn doanh nghiệp Nhật Bản']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
});
