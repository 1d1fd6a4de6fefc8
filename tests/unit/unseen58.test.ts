/**
 * A fifty-eighth set of pages (tests/fixtures/unseen58) on economy, trade and investment between provinces, from outlets
 * not used before — Nhà Đầu tư on a Nghe An delegation at an investment promotion conference in Xiêng Khoảng ('Thứ tư,
 * 5/6/2024 | 14:22', a programme in bullets '- Ngày 3/6: …', an in-body 'Tin liên quan' block, '150 triệu USD',
 * 'Quyết định số 1234/QĐ-UBND ngày 15/4/2024', 'Quốc lộ 7A', 'km 20', '5 tháng đầu năm 2024', 'quý I/2024', 'giai đoạn
 * 2021-2025', '1.200 tỷ đồng', 'tháng 9 tới') and Vietnam Business Forum in English on the same trip ('Thursday, June 6,
 * 2024 8:40 AM', a quote lead by the Lao governor, 'on the 4th', 'the previous evening', 'on Monday', 'on arrival', 'Later
 * in the day', 'On Wednesday', 'US$3.5 million', '25.5 percent'), VietnamFinance as a saved HTML page on a Ha Tinh
 * business forum in Khammouane ('23/11/2025 - 09:12 (GMT+07:00)', 'ngày 20 và 21 tháng 11', 'tối 20/11 (giờ địa
 * phương)', 'Sáng cùng ngày' after it, 'Kế hoạch số 56/KH-UBND', 'Nghị quyết 12-NQ/TW', '10 tháng năm 2025', 'quý
 * III/2025', 'tháng 8/2025', 'đến hết ngày 24/11', 'tháng 4/2026'), the Quang Nam Farmers' Union portal with NO stamp
 * (the year only in 'Ngày hội Nông sản Quảng Nam – Sê Kông năm 2023', a leader titled by the union only, 'Ngày thứ hai
 * của chuyến thăm', 'Trong dịp này', 'Quốc lộ 14D', 'đầu tháng 12 tới'), CafeF on Binh Duong in Vientiane and Luang
 * Prabang a day each ('05-12-2024 - 10:35 AM', 'Trong hai ngày qua', 'Quyết định số 1234/QĐ-UBND ngày 5/6/2024', 'km 21,
 * đường QL13 Nam', 'quý II/2025') and Thương hiệu và Công luận on Salavan in Hue ('Thứ Năm, 23.10.2025 09:12', a quote
 * lead, 'từ chiều 21/10', 'đến hết ngày 24/10', 'Tối hôm trước', 'Trong ngày hôm nay', 'tháng 12/2025') — against gold
 * written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen58';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Đậu Văn Thịnh', 'Lã Công Tráng'],
	['Dau Van Thinh', 'La Cong Trang'],
	['Mr. Thinh', 'Mr. Trang'],
	['Xổm-phết Phi-la-vông', 'Bun-xỉ Ma-ni-vông'],
	['Somphet Philavong', 'Bounsy Manivong'],
	['Governor Somphet', 'Governor Bounsy'],
	['Khamphon Xaynhavong', 'Sengphet Inthalath'],
	['Bùi Quang Thiện', 'Mạc Đình Tuấn'],
	['Vi-lay-vông Bút-đa-khăm', 'Khăm-lạ Xỉ-xổm-bun'],
	['Đinh Văn Lựu', 'Lò Văn Khiết'],
	['Bun-thoong Kẹo-mạ-ni', 'Thoong-băn Xay-nhạ-vông'],
	['Đoàn Minh Khoa', 'Tăng Quốc Bảo'],
	['Phon-xay Kẹo-xổm-bắt', 'Khăm-mọn Phăn-thạ-vông'],
	['Xổm-xạ-nít Vi-lay-thoong', 'Bua-khăm Xỉ-phăn-đon'],
	['Phết-xạ-mỏn Vông-phi-xít', 'Xỉ-xổm-phon Lo-ma-ni'],
	['Nguyễn Đình Thạc', 'Ông Thế Vinh']
];
describeChanged('the fifty-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lã Công Tráng', 'Bun-xỉ Ma-ni-vông', 'Mạc Đình Tuấn', 'Khăm-lạ Xỉ-xổm-bun', 'Lò Văn Khiết', 'Thoong-băn Xay-nhạ-vông', 'Tăng Quốc Bảo', 'Xỉ-xổm-phon Lo-ma-ni', 'Ông Thế Vinh'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: amounts ('150 triệu USD',
// '1.200 tỷ đồng', '25,5%', 'US$3.5 million', '3,5 triệu USD', '45 triệu USD'), documents and their own dates
// ('Quyết định số 1234/QĐ-UBND ngày 15/4/2024', '… ngày 5/6/2024', 'Kế hoạch số 56/KH-UBND', 'Nghị quyết 12-NQ/TW'), roads
// ('Quốc lộ 7A', 'Quốc lộ 14D', 'Quốc lộ 49', 'QL13 Nam', 'km 20', 'km 21', 'km 4'), statistics by period ('5 tháng đầu
// năm 2024', 'quý I/2024', '10 tháng năm 2025', 'quý III/2025', 'tháng 8/2024', 'tháng 8/2025', '9 tháng năm 2025',
// '11 tháng năm 2024', '6 tháng đầu năm nay', 'the first five months of 2024') and periods ('giai đoạn 2021-2025') date
// nothing; the fair's own run 'đến hết ngày 24/11' is not the delegation's; captions, sidebars, in-body 'Tin liên
// quan'/'Xem thêm' blocks, tags, comments, scripts and meta are furniture.
describe('the fifty-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		na: '01-nhadautu-nghean-xiengkhouang-xuctien-bullets.txt',
		vb: '02-vietnambusinessforum-en-nghean-xiengkhouang-quotelead.txt',
		vf: '03-vietnamfinance-hatinh-khammouane-diendan.html',
		qn: '04-hndquangnam-sekong-hoinongdan-nostamp.txt',
		cf: '05-cafef-binhduong-vientiane-luangprabang-haingayqua.txt',
		th: '06-thuonghieucongluan-salavan-hue-quotelead-tinlienquan.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Nhà Đầu tư page lies within 3–5 June 2024 or is the September plan', () => {
		expect(outside(F.na, '2024-06-03', '2024-06-05', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Vietnam Business Forum page lies within 3–5 June 2024 or is the September plan', () => {
		expect(outside(F.vb, '2024-06-03', '2024-06-05', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the VietnamFinance page lies within 19–24 November 2025 or is the April 2026 fair', () => {
		expect(outside(F.vf, '2025-11-19', '2025-11-24', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the Quang Nam Farmers\' Union page lies within 13–16 September 2023 or is the December plan', () => {
		expect(outside(F.qn, '2023-09-13', '2023-09-16', ['2023-12-01', '2023-12-31'])).toEqual([]);
	});
	it('every main event from the CafeF page lies within 2–5 December 2024 or is the second-quarter plan', () => {
		expect(outside(F.cf, '2024-12-02', '2024-12-05', ['2025-04-01', '2025-06-30'])).toEqual([]);
	});
	it('every main event from the Thương hiệu và Công luận page lies within 21–24 October 2025 or is the December plan', () => {
		expect(outside(F.th, '2025-10-21', '2025-10-24', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('the Binh Duong delegation is one, received in Vientiane and in Luang Prabang', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.cf, q))));
		const vt = of('Phó Đô trưởng Thủ đô Viêng Chăn đã tiếp Đoàn');
		const lp = of('Phó Tỉnh trưởng tỉnh Luông Pha-bang đã tiếp và làm việc với Đoàn');
		expect(vt).toHaveLength(1);
		expect(lp).toHaveLength(1);
		expect(vt[0].id).toBe(lp[0].id);
	});
	// A document's own date ('Quyết định số 1234/QĐ-UBND ngày 15/4/2024', '… ngày 5/6/2024') dates nothing, and the next
	// 'cùng ngày' does not take it (NA2, NA3, CF3 were such).
	it('no event is dated by a decision\'s own date', () => {
		const qs: [string, string][] = [
			[F.na, 'Quyết định số 1234/QĐ-UBND ngày 15/4/2024'],
			[F.cf, 'Quyết định số 1234/QĐ-UBND ngày 5/6/2024']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q)) || e.start === '2024-04-15' || e.start === '2024-06-05' && e.sources.some((x) => s.fileOf.get(x.article) === F.cf)).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.na, 'lô hàng điện gió đầu tiên'],
			[F.na, 'đoạn qua huyện Con Cuông'],
			[F.na, 'Giá thép xây dựng'],
			[F.na, 'Khu kinh tế Đông Nam mở rộng'],
			[F.na, 'Lãi suất tiết kiệm tháng 6/2024'],
			[F.na, 'chứng kiến lễ ký kết các biên bản'],
			[F.vb, 'tops US$1.6 billion'],
			[F.vb, 'new electronics investor'],
			[F.vb, 'Logistics is key'],
			[F.vb, '(right) and Standing Vice Chairman'],
			[F.vf, 'thu hút FDI 10 tháng'],
			[F.vf, 'Formosa Hà Tĩnh'],
			[F.vf, 'Quảng Bình và Khăm Muồn ký thỏa thuận'],
			[F.vf, 'Giá vàng hôm nay'],
			[F.vf, 'Cảng Vũng Áng đón tàu'],
			[F.vf, 'chứng kiến lễ trao biên bản ghi nhớ tại diễn đàn'],
			[F.vf, 'Giấy phép số 183/GP-BTTTT'],
			[F.vf, 'datePublished'],
			[F.vf, 'page_date'],
			[F.qn, 'Kết luận 61-KL/TW'],
			[F.qn, 'Nhà nông đua tài'],
			[F.qn, 'Hội Nông dân tỉnh Chăm-pa-xắc'],
			[F.qn, 'sâm Ngọc Linh'],
			[F.qn, 'trao quà cho hộ nông dân'],
			[F.cf, 'xuất siêu 16,5 tỷ USD'],
			[F.cf, 'Giá cao su'],
			[F.cf, 'khởi công khu công nghiệp tại Bình Định'],
			[F.cf, 'hạ lãi suất cơ bản'],
			[F.cf, 'đứng thứ 3'],
			[F.cf, 'tặng quà lưu niệm lãnh đạo Thủ đô'],
			[F.th, '3,2 triệu lượt khách'],
			[F.th, 'Hội chợ thương mại Việt – Lào tại Pắc-xế'],
			[F.th, 'cà phê Khe Sanh'],
			[F.th, 'Festival Nghề truyền thống'],
			[F.th, 'hợp tác ngày càng hiệu quả'],
			[F.th, 'tặng quà lưu niệm đồng chí']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
