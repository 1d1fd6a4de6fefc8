/**
 * A twenty-ninth set of pages (tests/fixtures/unseen29) from outlets not used before — the Lai Châu provincial portal
 * in its dry style (a Phông-xa-lỳ delegation led by a woman, 'bà', received by the host 'đồng chí'; 'Ngày đăng:
 * 22/11/2025 | Lượt xem: 1.234', 'từ ngày 18/11/2025 đến ngày 21/11/2025', 'Chiều ngày 20/11/2025', 'Tham dự buổi tiếp
 * có …', 'Phát biểu tại buổi tiếp, đồng chí …', 'Tối cùng ngày', 'Trước đó một ngày', 'tháng 3/2026'), Tạp chí Tài
 * chính (a second Phông-xa-lỳ delegation, its finance department, in Điện Biên the same week; '22/11/2025 - 09:12
 * (GMT+07:00)', 'Sáng qua (21/11)', a 'Tin liên quan' block inside the body, 'Tối cùng ngày', 'sáng nay (22/11)'), the Lam
 * Dong portal in English (Lam Dong in Champasak, 'Sunday, November 23, 2025 9:12 AM', 'On Thursday, November 20', 'The
 * same afternoon', 'A day earlier, on arrival', 'Late on Thursday', 'in March next year', 'on Saturday'), the Vietnam
 * Farmers' Union portal as a saved HTML page (Bến Tre's farmers' association in Savannakhet, a <table> programme 'Ngày
 * 10/3 | …', 'Từ chiều 10/3 đến hết ngày 13/3', 'Ngày thứ hai của chuyến thăm', 'tháng 4 tới'), Báo Hải quan as a photo
 * story with NO stamp (Hủa Phăn customs at Na Mèo, the year only in the named programme '… năm 2025', 'Trong hai ngày 24
 * và 25 tháng 11', 'quý I năm sau') and Kinh tế và Dự báo (Cần Thơ in Sekong and Champasak, a lead quoting the Lao host,
 * dated bullets, '23.11.2025', 'ngày 21 vừa qua', 'Tối 20/11 (giờ địa phương)', 'Trong hai ngày qua', 'tháng 4/2026') —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen29';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bua-khăm Xi-phăn-đon', 'Chăn-thạ-vông Lạ-xạ-vông'],
	['Hà Quang Trung', 'Tòng Văn Khởi'],
	['Khăm-liệng Phôm-ma-chăn', 'Vi-lạ-xắc Xỉ-thạ-vông'],
	['Lò Văn Thịnh', 'Quàng Văn Chiến'],
	['Nguyen Huu Phuoc', 'Trinh Van Khai'],
	['Phuoc briefed', 'Khai briefed'],
	['Khamphet Sisoulath', 'Vilayvanh Phomsavanh'],
	['Governor Khamphet', 'Governor Vilayvanh'],
	['Bounlom Vongphachanh', 'Somxay Keobounheuang'],
	['Trần Văn Lực', 'Huỳnh Kim Bảo'],
	['Phết-xạ-mỏn Xay-nha-vông', 'Bun-xổm Phăn-thạ-vông'],
	['Xỉ-thon Kẹo-ma-ly', 'Khăm-phon Xu-lị-vông'],
	['Trịnh Văn Khôi', 'Lưu Đình Thắng'],
	['ông Khôi', 'ông Thắng'],
	['Lỉ Phim-ma-xay', 'Xổm-phăn In-thạ-vông'],
	['Lâm Văn Tùng', 'Triệu Hoàng Nam'],
	['Xẻng-đươn Xay-nhạ-vông', 'Mạ-ly Văn-na-xỉn']
];
describeChanged('the twenty-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Chăn-thạ-vông Lạ-xạ-vông', 'Khăm-phon Xu-lị-vông', 'Lưu Đình Thắng', 'Huỳnh Kim Bảo', 'Trinh Van Khai', 'Triệu Hoàng Nam', 'Tòng Văn Khởi', 'Vi-lạ-xắc Xỉ-thạ-vông', 'Vilayvanh Phomsavanh', 'Xổm-phăn In-thạ-vông'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: '10 tháng năm 2025',
// 'trong năm 2025', 'năm 2025' and 'năm 2024' figures, 'giai đoạn 2021 - 2025', '2026 - 2030', 'from 2026 to 2030', the
// merger's 'July 1, 2025', 'since 2019' and the former province's name nothing; captions (outside the photo story),
// sidebars, tags, comments, scripts, meta and the in-body 'Tin liên quan' are furniture.
describe('the twenty-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		lc: '01-laichauportal-phongsaly-woman-ngaydang.txt',
		tc: '02-tapchitaichinh-dienbien-phongsaly-finance-sameweek.txt',
		ld: '03-lamdongportal-en-champasak-paksong-thursday.txt',
		hn: '04-hoinongdan-bentre-savannakhet-table.html',
		hq: '05-haiquanonline-houaphanh-customs-thanhhoa-photostory-nostamp.txt',
		kt: '06-kinhtevadubao-cantho-sekong-champasak-quotelead-bullets.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Lai Châu portal page lies within 18–21 November 2025 or is the March 2026 plan', () => {
		expect(outside(F.lc, '2025-11-18', '2025-11-21', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Tạp chí Tài chính page lies within 17–23 November 2025', () => {
		expect(outside(F.tc, '2025-11-17', '2025-11-23')).toEqual([]);
	});
	it('every main event from the Lam Dong portal page lies within 19–22 November 2025 or is the March 2026 plan', () => {
		expect(outside(F.ld, '2025-11-19', '2025-11-22', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Farmers\' Union page lies within 10–13 March 2025 or is the April plan', () => {
		expect(outside(F.hn, '2025-03-10', '2025-03-13', ['2025-04-01', '2025-04-30'])).toEqual([]);
	});
	it('every main event from the Báo Hải quan page lies within 24–25 November 2025 or is the Q1 2026 plan', () => {
		expect(outside(F.hq, '2025-11-24', '2025-11-25', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Kinh tế và Dự báo page lies within 19–22 November 2025 or is a 2026 plan', () => {
		expect(outside(F.kt, '2025-11-19', '2025-11-22', ['2026-01-01', '2026-04-30'])).toEqual([]);
	});
	it('the two Phông-xa-lỳ delegations of the same week, in Lai Châu and in Điện Biên, are two', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const lc = of(F.lc, 'Tối cùng ngày, UBND tỉnh tổ chức tiệc chiêu đãi Đoàn');
		const tc = of(F.tc, 'Trước đó một ngày, Đoàn làm thủ tục nhập cảnh tại cửa khẩu quốc tế Tây Trang');
		expect(lc).toHaveLength(1);
		expect(tc).toHaveLength(1);
		expect(lc[0].id).not.toBe(tc[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.lc, 'Hội nghị tổng kết công tác phân giới cắm mốc'],
			[F.lc, 'chúc Tết Bunpimay tỉnh Luông-nặm-thà'],
			[F.lc, 'Lễ hội Hoa Sơn Tra'],
			[F.lc, 'Tổng Lãnh sự Lào tại Điện Biên'],
			[F.lc, 'Lượt xem'],
			[F.tc, 'quyết toán ngân sách năm 2024'],
			[F.tc, 'Sở Tài chính Lai Châu ký kết hợp tác'],
			[F.tc, 'định mức chi hội nghị'],
			[F.tc, 'Giá vàng hôm nay'],
			[F.tc, 'Lãi suất tiết kiệm'],
			[F.tc, 'Thu ngân sách 10 tháng'],
			[F.ld, 'Attapeu delegation to Da Lat Flower Festival'],
			[F.ld, 'Lam Dong, Sekong sign cooperation agreement'],
			[F.ld, 'Vietnam-Laos tourism forum'],
			[F.ld, '1.2 billion USD worth of coffee'],
			[F.ld, 'presents a souvenir to Governor'],
			[F.hn, 'kỷ niệm 95 năm Ngày thành lập Mặt trận'],
			[F.hn, 'Hội Nông dân tỉnh Xê Kông'],
			[F.hn, 'nông dân sản xuất, kinh doanh giỏi'],
			[F.hn, 'Hội thi Nhà nông đua tài'],
			[F.hn, 'Giá dừa khô tăng kỷ lục'],
			[F.hn, 'Xâm nhập mặn'],
			[F.hn, 'thứ 2 từ phải'],
			[F.hn, 'published_time'],
			[F.hq, 'bắt giữ 2 bánh heroin'],
			[F.hq, 'thủ tục hải quan số'],
			[F.hq, 'ký kết Bản ghi nhớ hợp tác (tháng 6/2024)'],
			[F.hq, 'Kim ngạch xuất nhập khẩu 11 tháng'],
			[F.hq, 'Tuần trước tôi mới qua đây'],
			[F.kt, 'công bố quy hoạch thành phố sau hợp nhất'],
			[F.kt, '10 năm kết nghĩa'],
			[F.kt, 'Khu công nghiệp Sóc Trăng'],
			[F.kt, 'GDP quý III/2025'],
			[F.kt, 'Xuất khẩu gạo 11 tháng']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
