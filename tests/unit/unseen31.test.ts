/**
 * A thirty-first set of pages (tests/fixtures/unseen31) from outlets not used before, its dates at their hardest — Nhà
 * báo & Công luận (Nghệ An in Xiêng Khoảng across the year's end: 'Từ ngày 29/12/2023 đến 2/1/2024' under 'Thứ Tư,
 * 03/01/2024 - 09:12 (GMT+07:00)', 'Chiều 29/12', 'Tối 30/12' and 'Ngày 31/12' with no year, 'Đêm giao thừa Tết Dương
 * lịch', 'Ngày đầu năm mới', 'Rạng sáng 2/1', an in-body 'Tin liên quan', a 'Biên bản … năm 2024' signed in December,
 * 'đầu tháng 2/2024'), Báo Quân khu 5 whose only stamp is its URL line ('/2016/03/18/'; Attapeu's military command in
 * Kon Tum, 'Đầu tuần này', 'Trưa thứ Hai', 'Hôm thứ Ba', 'Đêm 15/3', 'Trưa cùng ngày', 'Tuần trước', 'tháng 5 tới'), the
 * Luang Prabang Gazette in English (Dien Bien in Luang Prabang, a lead quoting the Lao host 'on Monday', 'Earlier in the
 * day', 'The previous evening', 'last Saturday … on arrival', 'On the 13th', 'Late on Tuesday', 'on Wednesday', 'Also last
 * Wednesday', 'next May'), Tạp chí Xây dựng Đảng as a saved HTML page (<time datetime>, JSON-LD; Thanh Hóa's Front in
 * Hủa Phăn, 'Từ 5 - 7/7', bullets '- Ngày 5/7: …', 'giai đoạn 2021-2025', 'Tháng trước', 'quý IV năm nay'), the Youth
 * Union portal as a photo story with NO stamp (Sơn La youth at the 'Trại hè Thanh niên Việt Nam - Lào năm 2018', 'Từ ngày
 * 9 đến 14/8', 'Ngày thứ hai của chuyến thăm', 'Trưa 12/8' then 'Sáng cùng ngày', 'Trại hè năm sau, dự kiến vào tháng 7')
 * and Báo Đấu thầu (Quảng Nam in Xê Kông and Chăm-pa-xắc a day each, 'Ngày 22-24/11/2017' under 'Cập nhật 25-11-2017,
 * 09:12', 'Năm ngoái', 'Tối 22/11 (giờ địa phương)', 'Hôm thứ Năm', 'Cuối tuần qua', 'đầu năm 2018') — against gold
 * written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen31';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's. 'ATB' stands in the count for a
// delegation the gold has not: 'Cuối tuần qua, Sở … Quảng Nam cũng đã tiếp đoàn doanh nghiệp tỉnh Át-tạ-pư …' (a
// leaderless business group) is made an 'Attapeu delegation to Quang Nam'.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Hoàng Nghĩa Khiêm', 'Trương Công Định'],
	['Xổm-phon Kẹo-mạ-ni', 'Chăn-xổm Pha-lị-vông'],
	['Khăm-xỉ Vông-xả-văn', 'Thoong-đăm Xi-vi-lay'],
	['Lê Đình Thạc', 'Y Bluốc Niê'],
	['Khamphao Sengdara', 'Somchanh Vilaysak'],
	['Vice Governor Khamphao', 'Vice Governor Somchanh'],
	['Lo Van Tien', 'Ha Van Phong'],
	['Mr Tien', 'Mr Phong'],
	['Bounkhong Phommachanh', 'Chanthone Sivongsa'],
	['Phạm Thị Thanh Hương', 'Đỗ Thị Kim Oanh'],
	['Bun-thăn Xay-nha-vông', 'Xỉ-xạ-vạt Kẹo-ô-đôm'],
	['Lò Văn Cường', 'Cầm Bá Nguyên'],
	['Xổm-xạ-vạt Phi-la-vông', 'Khăm-liện Văn-na-xỉn'],
	['Phan Thanh Bửu', 'Lưu Quang Thái'],
	['Vi-lạ-phăn Xay-nha-sỏn', 'Bun-nhăng Phôm-mi-xay'],
	['Bun-thon Đuông-xay-nha', 'Xay-xổm-phon Lo-vạn-xay']
];
describeChanged('the thirty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the hosts who lead nothing (Bounkhong, Vi-lạ-phăn) are no leaders; QN9's leaderless Át-tạ-pư business group is found ('')
	leaders: ['Cầm Bá Nguyên', 'Khăm-liện Văn-na-xỉn', 'Xay-xổm-phon Lo-vạn-xay', 'Trương Công Định', 'Chăn-xổm Pha-lị-vông', 'Thoong-đăm Xi-vi-lay', 'Y Bluốc Niê', 'Somchanh Vilaysak', 'Ha Van Phong', 'Đỗ Thị Kim Oanh', 'Xỉ-xạ-vạt Kẹo-ô-đôm', 'Lưu Quang Thái'],
	// one delegation more than the gold's: QN9's group
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: plan periods ('giai đoạn
// 2021-2025', 'giai đoạn 2018-2020', 'the 2019-2023 period'), a document's year ('Biên bản thỏa thuận hợp tác năm
// 2024', 'Biên bản hội đàm năm 2016'), figures of 'Trong năm 2015' and 'last year' date nothing; captions, sidebars,
// tags, comments, scripts, meta and the in-body 'Tin liên quan' block are furniture.
describe('the thirty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		na: '01-congluan-nghean-xiengkhouang-yearend.txt',
		kt: '02-baoquankhu5-kontum-attapeu-border-urlstamp.txt',
		lp: '03-lpgazette-en-dienbien-luangprabang-weekday.txt',
		th: '04-xaydungdang-thanhhoa-houaphanh-front-bullets.html',
		sl: '05-doanthanhnien-sonla-oudomxay-youth-photostory-nostamp.txt',
		qn: '06-baodauthau-quangnam-sekong-champasak-twoprovinces.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Nhà báo & Công luận page lies within 29 December 2023 – 2 January 2024 or is the February plan', () => {
		expect(outside(F.na, '2023-12-29', '2024-01-02', ['2024-02-01', '2024-02-29'])).toEqual([]);
	});
	it('every main event from the Báo Quân khu 5 page lies within 7–18 March 2016 or is the May plan', () => {
		expect(outside(F.kt, '2016-03-07', '2016-03-18', ['2016-05-01', '2016-05-31'])).toEqual([]);
	});
	it('every main event from the Luang Prabang Gazette page lies within 7–16 August 2019 or is the May 2020 plan', () => {
		expect(outside(F.lp, '2019-08-07', '2019-08-16', ['2020-05-01', '2020-05-31'])).toEqual([]);
	});
	it('every main event from the Tạp chí Xây dựng Đảng page lies within June – 9 July 2022 or is the Q4 plan', () => {
		expect(outside(F.th, '2022-06-01', '2022-07-09', ['2022-10-01', '2022-12-31'])).toEqual([]);
	});
	it('every main event from the Youth Union page lies within 9–14 August 2018 or is the July 2019 plan', () => {
		expect(outside(F.sl, '2018-08-09', '2018-08-14', ['2019-07-01', '2019-07-31'])).toEqual([]);
	});
	it('every main event from the Báo Đấu thầu page lies within 17–25 November 2017 or is the early-2018 plan', () => {
		expect(outside(F.qn, '2017-11-17', '2017-11-25', ['2018-01-01', '2018-04-30'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.na, 'trao tặng 1.000 tấn gạo cho tỉnh Hủa Phăn'],
			[F.na, 'chúc Tết Nguyên đán Quý Mão tại Nghệ An'],
			[F.na, 'nâng cấp Quốc lộ 7A'],
			[F.na, 'Bô-li-khăm-xay ký kết thỏa thuận hợp tác'],
			[F.na, 'tổng kết công tác đối ngoại nhân dân'],
			[F.na, 'Đoàn Quảng Bình thăm tỉnh Khăm Muộn'],
			[F.na, 'Giải Báo chí quốc gia'],
			[F.na, 'Năm ngoái tôi cũng đi Phôn-xa-vẳn'],
			[F.na, 'chứng kiến lễ ký kết'],
			[F.kt, 'Biên phòng Quảng Nam giao lưu với Bộ CHQS tỉnh Xê Kông'],
			[F.kt, 'ra quân huấn luyện năm 2016'],
			[F.kt, 'Đồn Biên phòng Sa Loong'],
			[F.kt, 'tổng kết công tác dân vận'],
			[F.kt, 'hội thao quân sự'],
			[F.kt, 'tặng quà lưu niệm cho Đại tá'],
			[F.lp, 'sign tourism pact'],
			[F.lp, 'eye Luang Prabang hydropower'],
			[F.lp, 'boat racing festival'],
			[F.lp, 'Night market traders'],
			[F.lp, 'Nam Khan riverside'],
			[F.lp, 'We took the bus to Dien Bien'],
			[F.th, 'Ủy ban MTTQ Nghệ An ký kết hợp tác'],
			[F.th, 'Ngày hội Đại đoàn kết'],
			[F.th, 'Kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao'],
			[F.th, 'sinh hoạt chi bộ'],
			[F.th, 'bồi dưỡng kiến thức quốc phòng'],
			[F.th, 'trao quà tặng Ủy ban Mặt trận Lào'],
			[F.th, 'datePublished'],
			[F.th, 'publish_day'],
			[F.sl, 'Tỉnh đoàn Điện Biên giao lưu'],
			[F.sl, 'tuyên dương 95 Bí thư chi đoàn'],
			[F.sl, 'Chiến dịch Thanh niên tình nguyện hè'],
			[F.sl, 'Em từng dự trại hè này'],
			[F.qn, 'đấu thầu qua mạng'],
			[F.qn, 'Hội nghị xúc tiến đầu tư vào Khu kinh tế mở Chu Lai'],
			[F.qn, 'trồng cao su tại Xê Kông'],
			[F.qn, 'Gói thầu 500 tỷ đồng'],
			[F.qn, 'Giá thép xây dựng'],
			[F.qn, 'phát biểu tại hội nghị gặp gỡ doanh nghiệp ở Pắc-xế']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	it('no event lies outside the years the pages tell (2016–2024)', () => {
		expect(t.events.filter((e) => e.start! < '2016-01-01' || e.start! > '2024-12-31').map(show)).toEqual([]);
	});
});
