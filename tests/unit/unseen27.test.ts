/**
 * A twenty-seventh set of pages (tests/fixtures/unseen27) from outlets not used before — Báo Thanh tra as a saved HTML
 * page whose body is split in two <div> blocks with an advert between them (Hanoi at Vientiane's That Luang festival,
 * '(GMT+7) 06/11/2025 09:12', 'Trong 2 ngày 4-5/11', 'rằm tháng 12 theo Phật lịch', 'Tối 4/11 (giờ địa phương)', 'Rạng
 * sáng 5/11', 'Trưa qua', 'sáng nay (6/11)', 'tháng 2/2026'), Sài Gòn Đầu tư Tài chính (Champasak businesses EXHIBITING
 * at an HCMC trade fair, 'Cập nhật: 09:12 | 22/11/2025', 'từ 19 đến hết 23/11', 'sáng thứ Ba vừa qua', 'chiều cùng
 * ngày', the state corporation SATRA, 'Đầu tuần tới (dự kiến)'), Người cao tuổi with NO stamp (an interview, 'PV:' /
 * 'Ông …:', Thanh Hóa veterans in Hủa Phăn, 'Từ 18 đến hết 20/11', the year only in an answer's '18/11/2025', 'Sáng
 * hôm sau', 'ngày cuối', 'tháng 3 năm sau'), Vietnam Pictorial in English (Da Nang in Sekong 'on Nov. 19-21', 'on the
 * 19th', 'On the sidelines of … on the 20th', 'The previous evening', 'Late on Thursday', 'On Friday morning', 'next
 * June'), Diễn đàn Doanh nghiệp (Gia Lai and the state Rubber Group VRG in Attapeu side by side, '21/11/2025 - 07:30
 * (GMT+07:00)', 'Trong 2 ngày 19-20/11', 'Cùng thời gian', 'Trưa qua', 'Đêm qua', 'trong tuần này') and Báo Phụ nữ
 * TP.HCM (the city's women's union in Savannakhet and Champasak: a lead quoting the Lao host, 'Cập nhật 23-11-2025,
 * 09:12', dated bullets, an in-body 'Tin liên quan', 'quý II/2026', 'tháng 10/2026') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen27';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Mạnh Tường', 'Lã Văn Khiêm'],
	['Xỉ-vông Kẹo-ma-ny', 'Bun-hương Xi-tha-vông'],
	['Bun-thoong Đuông-xạ-vẳn', 'Khăm-xỉ Pho-xay-nha'],
	['Trần Quốc Vĩnh', 'Diệp Minh Sang'],
	['Lê Văn Thức', 'Trịnh Đình Khuê'],
	['Thoong-băn Vông-xay', 'Xổm-xỉ Lạ-vông'],
	['Phon-xay Xi-hạ-lạt', 'Vi-lạ-phon Xay-nhạ-vông'],
	['Tran Anh Khoa', 'Luu Duc Thinh'],
	['Khoa held', 'Thinh held'],
	['Bounthanh Keomanyvong', 'Sengdeuan Phommachack'],
	['Bounthanh', 'Sengdeuan'],
	['Võ Thành Đạt', 'Kpă Hoàng Sơn'],
	['Đinh Quang Hưng', 'Tạ Công Luận'],
	['Khăm-phon Vi-lạ-xắc', 'Xổm-phết Bun-xẹ-na'],
	['Trần Thị Thu Hà', 'Âu Thị Ngọc Diệp'],
	['Xổm-phăn Thăm-ma-vông', 'Nang Phết-mạ-ni Xổm-bun'],
	['Vi-lay-vẳn Xi-xổm-phon', 'Chăn-thạ-ny Kẹo-vông']
];
describeChanged('the twenty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lã Văn Khiêm', 'Bun-hương Xi-tha-vông', 'Xổm-xỉ Lạ-vông', 'Khăm-xỉ Pho-xay-nha', 'Trịnh Đình Khuê', 'Luu Duc Thinh', 'Sengdeuan Phommachack', 'Kpă Hoàng Sơn', 'Tạ Công Luận', 'Âu Thị Ngọc Diệp', 'Nang Phết-mạ-ni Xổm-bun'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the festival's main day
// told as background, the terms 'giai đoạn 2026 - 2027', '2026 - 2030' and '2026-2030', 'Năm 2024' and '10 tháng năm
// 2025' figures, 'trong năm 2026' of a purchase deal, 'Năm 1971' (a veteran's memory), 'since 2018', 'July 2025' (the
// merger), 'by 2027', 'chỉ sau ba ngày' nothing; captions, adverts, sidebars, in-body boxes, tags, comments, scripts and
// meta are furniture.
describe('the twenty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tt: '01-thanhtra-hanoi-vientiane-thatluang-twodivs.html',
		sg: '02-saigondautu-champasak-exhibitors-hcmc-fair-thuba.txt',
		nc: '03-nguoicaotuoi-interview-thanhhoa-veterans-houaphanh-nostamp.txt',
		vp: '04-vietnampictorial-en-danang-sekong-sidelines.txt',
		dn: '05-dddn-gialai-vrg-attapeu-trualqua-demqua.txt',
		pn: '06-phunuonline-hcmc-women-savannakhet-champasak-quotelead-bullets.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Thanh tra page lies within 4–6 November 2025 or is the February plan', () => {
		expect(outside(F.tt, '2025-11-04', '2025-11-06', ['2026-02-01', '2026-02-28'])).toEqual([]);
	});
	it('every main event from the Sài Gòn Đầu tư Tài chính page lies within 18–23 November 2025 or is the next-week plan', () => {
		expect(outside(F.sg, '2025-11-18', '2025-11-23', ['2025-11-24', '2025-11-26'])).toEqual([]);
	});
	it('every main event from the Người cao tuổi page lies within 18–20 November 2025 or is the March plan', () => {
		expect(outside(F.nc, '2025-11-18', '2025-11-20', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Vietnam Pictorial page lies within 19–21 November 2025 or is the June plan', () => {
		expect(outside(F.vp, '2025-11-19', '2025-11-21', ['2026-06-01', '2026-06-30'])).toEqual([]);
	});
	it('every main event from the Diễn đàn Doanh nghiệp page lies within 19–20 November 2025 or is this week’s plan', () => {
		expect(outside(F.dn, '2025-11-19', '2025-11-20', ['2025-11-21', '2025-11-23'])).toEqual([]);
	});
	it('every main event from the Báo Phụ nữ TP.HCM page lies within 18–21 November 2025 or is a 2026 plan', () => {
		expect(outside(F.pn, '2025-11-18', '2025-11-21', ['2026-04-01', '2026-10-31'])).toEqual([]);
	});
	it('the Gia Lai and VRG delegations received together in Attapeu are two', () => {
		const gl = t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.dn, 'Trưa qua, Đoàn tỉnh Gia Lai thăm'))));
		const vrg = t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.dn, 'Sáng 20/11, Đoàn VRG khảo sát'))));
		expect(gl).toHaveLength(1);
		expect(vrg).toHaveLength(1);
		expect(gl[0].id).not.toBe(vrg[0].id);
	});
	it('no event quotes the advert between the two body blocks', () => {
		expect(t.events.filter((e) => s.quotes(e, F.tt, 'giảm đến 40% tour Viêng Chăn')).map(show)).toEqual([]);
	});
	// 'được tổ chức hằng năm vào dịp rằm tháng 12 theo Phật lịch của Lào' was a planned ceremony on 2026-02-02 (the
	// Vietnamese lunar 15/12, not the Lao Buddhist month that fell on 5/11): a yearly custom, told as background, dates nothing
	// (mended in events.ts).
	it('the festival told as a yearly custom is no event', () => {
		expect(t.events.filter((e) => s.quotes(e, F.tt, 'được tổ chức hằng năm vào dịp rằm tháng 12')).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the in-body boxes, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tt, 'Thanh tra Chính phủ tiếp Đoàn Thanh tra Nhà nước Lào'],
			[F.tt, 'Hà Nội và Viêng Chăn ký kế hoạch hợp tác giai đoạn 2024 - 2025'],
			[F.tt, 'Tổng Thanh tra Chính phủ làm việc tại tỉnh Chăm-pa-sắc'],
			[F.tt, 'Thanh tra thành phố tiếp 35 lượt công dân'],
			[F.tt, 'Năm 2019 tôi cũng được dự lễ Tắc Bạt'],
			[F.tt, 'thứ 4 từ phải'],
			[F.tt, 'pubDate'],
			[F.tt, 'published_time'],
			[F.sg, 'TPHCM và Chăm-pa-sắc ký kết thỏa thuận hợp tác giai đoạn 2023 - 2027'],
			[F.sg, 'Robusta tiếp tục tăng mạnh'],
			[F.sg, 'khai mạc Hội chợ OCOP TPHCM lần thứ 3'],
			[F.sg, 'Lãi suất tiết kiệm tháng 11/2025'],
			[F.sg, 'Doanh nghiệp Lào tìm hiểu thị trường bán lẻ Việt Nam'],
			[F.nc, 'Cụ ông 90 tuổi ở Nghệ An hiến đất làm đường'],
			[F.nc, 'Tuổi cao - Gương sáng'],
			[F.nc, 'Cựu chiến binh Quảng Trị thăm chiến trường xưa'],
			[F.nc, 'Bố tôi cũng từng là quân tình nguyện'],
			[F.vp, "Da Nang hosts Lao students' Bunpimay celebration"],
			[F.vp, 'Quang Nam, Sekong review 10 years of twinning'],
			[F.vp, 'Vietnam - Laos friendship week opens in Vientiane'],
			[F.vp, 'Fireworks light up Da Nang'],
			[F.dn, 'VRG đặt mục tiêu lợi nhuận 5.500 tỷ đồng năm 2026'],
			[F.dn, 'Thu hút đầu tư 10 tháng năm 2025 tăng gấp đôi'],
			[F.dn, 'Át-tạ-pư làm việc với tỉnh Kon Tum về cửa khẩu Bờ Y'],
			[F.dn, 'Giá cao su hôm nay'],
			[F.dn, 'khai mạc Diễn đàn Doanh nghiệp Việt - Lào 2025'],
			[F.pn, 'Hội LHPN TPHCM trao 1.000 phần quà'],
			[F.pn, 'Phụ nữ Chăm-pa-sắc học nghề làm bánh tại TPHCM'],
			[F.pn, 'Hội LHPN Thành phố tổ chức Ngày hội phụ nữ khởi nghiệp'],
			[F.pn, 'Giá vàng hôm nay'],
			[F.pn, 'Phụ nữ Thủ Đức khởi nghiệp'],
			[F.pn, 'thu hút 50.000 lượt khách'],
			[F.pn, 'tặng quà lưu niệm cho bà']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
