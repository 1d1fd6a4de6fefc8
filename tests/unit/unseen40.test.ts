/**
 * A fortieth set of pages (tests/fixtures/unseen40) from outlets not used before, on trade, agriculture and investment,
 * in 2016 and 2024 — Bnews (the Attapeu Governor's Gia Lai day: 'Chiều 13/9' under 'Thứ sáu, 13/9/2024, 21:05', 'Sáng
 * cùng ngày', an in-body 'Tin liên quan', a contract between companies witnessed by both provinces' leaders, 'Hôm qua
 * (12/9)', 'ngày mai (14/9)', 'vào tháng 12 tới'), The Leader in English (the same three-province tour of Kon Tum, Gia Lai
 * and Dak Lak: a quote lead, 'last week', 'On Thursday', 'Earlier in the day', 'On Friday', 'On Saturday morning', 'late
 * on Saturday', 'Earlier this month', 'in December'), Mekong ASEAN as a saved HTML page (a Bình Định business delegation
 * led by a vice-chairman in Chăm-pa-xắc and Sa-la-van: 'Từ ngày 17 đến hết ngày 19/11' under 'Cập nhật 21-11-2016,
 * 16:45', dated bullets '- Ngày 17/11: …', 'Hội nghị xúc tiến đầu tư', 'Hội chợ thương mại', 'Tối hôm trước', 'Ngày thứ
 * hai của chuyến thăm', 'Trong dịp này'), Tạp chí Công Thương with NO stamp (a border-gate market at Nam Giang, the year
 * only in 'Phiên chợ biên giới Việt - Lào năm 2024', 'Tối hôm trước (19/4)' then 'Chiều cùng ngày', 'tháng 10/2024'),
 * Nông thôn Việt (the Thanh Hóa Farmers' Union in Hủa Phăn: 'Trong tuần qua' under 'Chủ nhật, 24/11/2024 - 08:20', 'ngày
 * 20 và 21 tháng 11', 'Đầu tháng này', 'Tối hôm trước', 'Hôm thứ Sáu (22/11)', 'tháng 3/2025') and VnBusiness (a
 * Bô-li-khăm-xay vice-governor in Nghệ An: a quote lead ending 'chiều hôm qua (4/10)', 'Trước đó, sáng 4/10' contract
 * signing, 'từ chiều 3/10', 'Cuối tuần trước', 'chiều nay (5/10)') — against gold written before the pipeline saw the
 * pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen40';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fortieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lỉ-xay Xi-xổm-phon', 'Khăm-xẻn Phôm-vi-lay'],
	['Lixay Sisomphone', 'Khamsen Phomvilay'],
	['Lixay', 'Khamsen'],
	['Đoàn Minh Thái', 'Kiều Văn Tuấn'],
	['Doan Minh Thai', 'Kieu Van Tuan'],
	['Thai also', 'Tuan also'],
	['Le Van Hieu', 'Ngo Duc Binh'],
	['Pham Ngoc Khai', 'Lam Quoc Vu'],
	['Trần Quang Vinh', 'Tôn Thất Hòa'],
	['Bun-thoong Đi-vi-xay', 'Phon-xạ-vẳn In-thạ-vông'],
	['Khăm-phon Vi-lạ-vông', 'Xổm-xạ-vạt Lạ-ma-nỉ'],
	['Võ Tấn Lực', 'Đinh Công Trứ'],
	['Xay-xổm-phon Phôm-mạ-vông', 'Bun-lớt Xay-nha-kẹo'],
	['Lê Xuân Quyết', 'Mạc Đình Lương'],
	['Khăm-xỉ Pha-nu-vông', 'Vi-lạ-vông Xỉ-thạ'],
	['Xổm-bun Thoong-xa-vắt', 'Khăm-la Phết-xổm-phu'],
	['Khăm-phui Vông-xay', 'Thoong-lạ Xỉ-xu-lít'],
	['Hoàng Minh Khôi', 'Lương Thế Vinh']
];
describeChanged('the fortieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Khăm-xẻn Phôm-vi-lay', 'Kiều Văn Tuấn', 'Tôn Thất Hòa', 'Bun-lớt Xay-nha-kẹo', 'Mạc Đình Lương', 'Khăm-la Phết-xổm-phu', 'Thoong-lạ Xỉ-xu-lít'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'năm 2023', 'Năm 2023',
// 'năm 2024' and 'Năm 2015' figures, 'giai đoạn 2016 - 2020', 'between 2010 and 2023' nothing; the fair's run ('đến hết
// ngày 21/11') and the market's run ('từ ngày 20 đến hết ngày 22/4') are not the delegations'; captions, sidebars, tags,
// comments, scripts and meta are furniture.
describe('the fortieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bn: '01-bnews-attapeu-governor-gialai-contract-homqua.txt',
		tl: '02-theleader-en-attapeu-governor-three-provinces-lastweek.txt',
		ma: '03-mekongasean-binhdinh-champasak-salavan-bullets-2016.html',
		ct: '04-tapchicongthuong-namgiang-sekong-border-market-nostamp.txt',
		nt: '05-nongthonviet-hoinongdan-thanhhoa-houaphanh-tuanqua.txt',
		vb: '06-vnbusiness-bolikhamxay-nghean-contract-quotelead-homqua.txt'
	};
	const { main, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Bnews page lies within 12–14 September 2024 or is the December plan', () => {
		expect(outside(F.bn, '2024-09-12', '2024-09-14', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from The Leader page lies within 9–15 September 2024 or is the December plan', () => {
		expect(outside(F.tl, '2024-09-09', '2024-09-15', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Mekong ASEAN page lies within 16–21 November 2016', () => {
		expect(outside(F.ma, '2016-11-16', '2016-11-21')).toEqual([]);
	});
	it('every main event from the unstamped Tạp chí Công Thương page lies within 19–22 April 2024 or is the October plan', () => {
		expect(main(F.ct).length).toBeGreaterThan(0);
		expect(outside(F.ct, '2024-04-19', '2024-04-22', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Nông thôn Việt page lies within 17–24 November 2024 or is the March plan', () => {
		expect(outside(F.nt, '2024-11-17', '2024-11-24', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the VnBusiness page lies within 3–5 October 2024', () => {
		expect(outside(F.vb, '2024-10-03', '2024-10-05')).toEqual([]);
	});
	// 'Lỉ-xay Xi-xổm-phon' and 'Lixay Sisomphone' are one person, so the tour is one delegation.
	it('the Attapeu tour told in Vietnamese and in English is one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const a = of(F.bn, 'Hôm qua (12/9), Đoàn đã hội đàm với lãnh đạo tỉnh Kon Tum');
		const b = of(F.tl, 'On Saturday morning, Dak Lak Vice Chairman Pham Ngoc Khai');
		expect(a).toHaveLength(1);
		expect(b).toHaveLength(1);
		expect(a[0].id).toBe(b[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the captions or the comments', () => {
		const qs: [string, string][] = [
			[F.bn, 'Xuất khẩu cà phê 8 tháng'],
			[F.bn, 'Hội chợ nông sản Tây Nguyên 2023'],
			[F.bn, 'Kon Tum kêu gọi đầu tư 45 dự án'],
			[F.bn, 'Doanh nghiệp Việt đầu tư hơn 5,5 tỷ USD tại Lào'],
			[F.bn, 'Lễ hội Cà phê Buôn Ma Thuột lần thứ 8'],
			[F.bn, 'Giá cà phê hôm nay'],
			[F.bn, 'tặng quà lưu niệm đồng chí Lỉ-xay'],
			[F.bn, 'Đường từ Pleiku sang Át-tạ-pư'],
			[F.tl, "durian exports hit record"],
			[F.tl, 'Binh Dinh businesses seek opportunities in Champasak'],
			[F.tl, 'Lao coffee exports to Vietnam double'],
			[F.tl, 'third from left'],
			[F.tl, 'national agricultural hub'],
			[F.ma, 'Quảng Ngãi đưa doanh nghiệp sang khảo sát đầu tư tại Xê Kông'],
			[F.ma, 'thu hoạch lứa chuối đầu tiên'],
			[F.ma, 'Bế mạc Hội chợ thương mại Việt - Lào 2015'],
			[F.ma, 'thứ 2 từ trái'],
			[F.ma, 'hạn mặn mùa khô'],
			[F.ma, 'datePublished'],
			[F.ma, 'pubdate'],
			[F.ct, 'Xuất khẩu qua cửa khẩu Nam Giang tăng mạnh'],
			[F.ct, 'Hội nghị kết nối cung cầu hàng hóa'],
			[F.ct, 'Xê Kông mời gọi doanh nghiệp Việt Nam'],
			[F.ct, 'Giá điện bán lẻ'],
			[F.ct, 'Hội chợ Công Thương vùng Bắc Trung Bộ'],
			[F.ct, 'Tiết mục văn nghệ chào mừng'],
			[F.nt, 'Hội Nông dân Nghệ An trao 100 con bò'],
			[F.nt, 'Hội thi nhà nông đua tài'],
			[F.nt, 'Nông dân Mường Lát thu hoạch ngô đông'],
			[F.nt, 'thứ 3 từ phải'],
			[F.nt, 'Tình nghĩa Việt - Lào thật đẹp'],
			[F.vb, 'thu hút hơn 1,1 tỷ USD vốn FDI'],
			[F.vb, 'Chuối Việt Nam xuất khẩu sang Trung Quốc tăng mạnh'],
			[F.vb, 'Hà Tĩnh và Khăm Muồn ký kết hợp tác'],
			[F.vb, 'Giá lúa gạo hôm nay'],
			[F.vb, 'Ngày hội khởi nghiệp'],
			[F.vb, 'Lễ ký kết hợp đồng giữa hai doanh nghiệp']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2016-01-01' || (e.start! > '2016-12-31' && e.start! < '2024-01-01') || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
