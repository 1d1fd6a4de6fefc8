/**
 * A seventy-seventh set of pages (tests/fixtures/unseen77) from outlets not used before, on trade, investment and business
 * delegations told by business and economic outlets — Nhịp sống kinh doanh (Thanh Hóa's investment promotion conference in
 * Sầm Nưa, Hủa Phăn: 'Trong 3 ngày (từ 12-14/3)' under '12/03/2024 | 15:47', 'Sáng nay (12/3)', signings 'dưới sự chứng
 * kiến của lãnh đạo hai tỉnh', 'chiều nay', 'Ngày mai (13/3)', kip/USD/tỷ đồng figures and 'tăng 22,5%'), Kinh tế Chứng
 * khoán with NO stamp and no year (the same trip retold: 'Ngày 12 và 13/3', 'Chiều 12/3', 'Cả ngày 13/3', 'Sáng 14/3', the
 * year only from '(5/9/1962 - 5/9/2024)' and 'năm 2023' figures, 'Hồi tháng 3 năm ngoái', '6,5/10 điểm', 'tháng 9 tới'),
 * Invest Vietnam in English (the Nghệ An Business Association in Vientiane: 'VIENTIANE, March 12 (VNA)', 'on Tuesday',
 * 'Earlier the same day', 'on March 13' under 'Wednesday, 13/03/2024 08:45'), Market Times (the same association trip: 'Từ
 * ngày 11 đến 15/3' under 'Thứ ba, 12/3/2024, 16:05 (GMT+7)', 'Tối 11/3', 'Sáng 12/3', 'Cùng ngày', 'Dịp này', 'tháng
 * 10/2023', '3/5 số doanh nghiệp', 'Theo kế hoạch, ngày 13/3 … ngày 14/3'), the Ministry of Industry and Trade portal (the
 * Quảng Trị – Sa-van-na-khẹt trade fair opened 'Sáng qua (12/3)' under 'Ngày đăng: 13/03/2024', 'từ ngày 12 đến hết ngày
 * 17/3', 'Chiều cùng ngày' talks, a first edition 'năm 2019', 'tháng 8/2025', '1/4', '22,5 tỷ đồng') and Nhà Quản Trị (a
 * statistics page with one event: 'Thứ Ba tuần này' under 'Thứ Năm, 14/03/2024 - 07:00', Hà Tĩnh's trade department in
 * Thà Khẹc; '7,5/10 điểm', '1,5/10 điểm', '29/2/2024', 'quý II') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen77';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lê Đức Khiêm', 'Tạ Quang Hiển'],
	['Xổm-phẳn Keo-bua-la', 'Bun-lơn Xỉ-xu-vông'],
	['Xổm Phẳn Keo Bua La', 'Bun Lơn Xỉ Xu Vông'],
	['Phết-xạ-vẳn Mạ-ni-vông', 'Vông-phết Kẹo-xổm-bắt'],
	['Đậu Xuân Thịnh', 'Kiều Văn Lợi'],
	['Dau Xuan Thinh', 'Kieu Van Loi'],
	['Thinh said', 'Loi said'],
	['Bun-thoong Xổm-xạ-vạt', 'Xỉ-la-phon Đuông-xay'],
	['Bounthong Somsavath', 'Silaphone Douangxay'],
	['Khăm-phênh Xỉ-ha-vông', 'Thoong-khăm Phăn-ma-ni'],
	['Khampheng Sihavong', 'Thongkham Phanmany'],
	['Phan Hữu Tín', 'Ông Đình Quảng'],
	['Xay-xổm-phon Văn-na-vông', 'Vi-đa-phon Xay-nha-lạt'],
	['Ngô Thị Kim Dung', 'Lò Thị Hạnh'],
	['Võ Hồng Lĩnh', 'Mai Đức Trọng'],
	['Khăm-xay Phu-thạ-vông', 'Ou-đôm Xỉ-phăn-đon']
];
describeChanged('the seventy-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Tạ Quang Hiển', 'Vông-phết Kẹo-xổm-bắt', 'Kiều Văn Lợi', 'Ông Đình Quảng', 'Mai Đức Trọng'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: figures and their years
// ('Năm 2023', 'năm 2023', 'Hai tháng đầu năm 2024', 'tăng 22,5%', '410 tỷ kíp', '6,5/10 điểm', '7,5/10 điểm', '1,5/10
// điểm', '3/5 số doanh nghiệp', '1/4 tổng kim ngạch', 'đến hết ngày 29/2/2024', 'vào năm 2026'), plan periods ('giai đoạn
// 2021 - 2025', '2025 - 2030'), the anniversary '(5/9/1962 - 5/9/2024)' nothing; captions, sidebars, tags, comments and
// footers are furniture.
describe('the seventy-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ns: '01-nhipsongkinhdoanh-thanhhoa-huaphan-xuctien-dautu.txt',
		kc: '02-kinhtechungkhoan-thanhhoa-huaphan-ketnoi-nostamp.txt',
		iv: '03-investvietnam-en-ngheanbusiness-vientiane.txt',
		mt: '04-markettimes-hiephoi-nghean-vientiane-ketnoi.txt',
		mo: '05-moit-hoicho-quangtri-savannakhet.txt',
		nq: '06-nhaquantri-thongke-thuongmai-hatinh-khammouane.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Nhịp sống kinh doanh page lies within 12–14 March 2024', () => {
		expect(outside(F.ns, '2024-03-12', '2024-03-14')).toEqual([]);
	});
	it('every main event from the Kinh tế Chứng khoán page lies within 12–14 March 2024 or is the September plan', () => {
		expect(outside(F.kc, '2024-03-12', '2024-03-14', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Invest Vietnam page lies within 11–15 March 2024', () => {
		expect(outside(F.iv, '2024-03-11', '2024-03-15')).toEqual([]);
	});
	it('every main event from the Market Times page lies within 11–15 March 2024', () => {
		expect(outside(F.mt, '2024-03-11', '2024-03-15')).toEqual([]);
	});
	it('every main event from the Bộ Công Thương page lies within 12–17 March 2024 or is the August 2025 fair', () => {
		expect(outside(F.mo, '2024-03-12', '2024-03-17', ['2025-08-01', '2025-08-31'])).toEqual([]);
	});
	it('every main event from the Nhà Quản Trị page lies on 12 March 2024 or is the second-quarter border market', () => {
		expect(outside(F.nq, '2024-03-12', '2024-03-12', ['2024-04-01', '2024-06-30'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the comments, the tables or the footers', () => {
		const qs: [string, string][] = [
			[F.ns, 'Quang cảnh Hội nghị xúc tiến đầu tư tại Sầm Nưa'],
			[F.ns, 'chứng kiến các doanh nghiệp trao thỏa thuận'],
			[F.ns, '9 tháng thu hút 1,2 tỷ USD vốn FDI'],
			[F.ns, 'Hà Tĩnh tổ chức hội nghị gặp mặt nhà đầu tư'],
			[F.ns, 'Giá xăng dầu hôm nay 12/3'],
			[F.ns, 'Lãi suất tiết kiệm tháng 3/2024'],
			[F.kc, 'khai trương tuyến xe khách Thanh Hóa - Sầm Nưa'],
			[F.kc, 'Năm 2023 thu hút 1,6 tỷ USD vốn FDI'],
			[F.kc, 'Mong tỉnh làm đường tốt hơn'],
			[F.kc, 'Cổ phiếu ngành cao su'],
			[F.iv, 'exchange memoranda of understanding. Photo'],
			[F.iv, 'third largest foreign investor'],
			[F.iv, 'Ha Tinh hosts investment conference'],
			[F.iv, 'carries record freight in January'],
			[F.mt, 'tặng quà lưu niệm Phó Đô trưởng'],
			[F.mt, 'trúng thầu dự án cấp nước tại Luông Pha-bang'],
			[F.mt, 'VCCI ký hợp tác với Phòng Thương mại Lào'],
			[F.mt, 'Giá cà phê hôm nay 12/3/2024'],
			[F.mt, 'Xuất khẩu qua Lao Bảo 2 tháng đầu năm'],
			[F.mo, 'cắt băng khai mạc Hội chợ. Ảnh'],
			[F.mo, 'Ủy ban hợp tác thương mại lần thứ 5'],
			[F.mo, 'khai mạc Hội chợ hàng Việt Nam tại Thủ đô Viêng Chăn'],
			[F.mo, 'Tuần hàng Việt Nam tại Lào năm 2024'],
			[F.nq, 'Số liệu tính đến hết ngày 29/2/2024'],
			[F.nq, 'Chỉ số PMI tháng 2/2024'],
			[F.nq, 'Thủ tướng phê duyệt quy hoạch tổng thể quốc gia'],
			[F.nq, 'Diễn đàn Doanh nhân Việt - Lào, Viêng Chăn, 25/4/2024'],
			[F.nq, 'Hội nghị Nhà quản trị ASEAN 2024']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
