/**
 * A forty-sixth set of pages (tests/fixtures/unseen46) from outlets not used before, on trade, investment and
 * agriculture — the Đắk Lắk investment promotion centre as a saved HTML page (Chăm-pa-xắc's vice governor at the
 * province's investment forum and trade fair: 'Cập nhật lúc 15h12 ngày 15/6/2025', 'Từ ngày 14/6 đến hết ngày 16/6',
 * 'Sáng thứ Bảy (14/6)', 'Trong hai ngày 14 và 15/6', a programme in list items '- Ngày 14/6: …; buổi chiều …; buổi
 * tối …', 'Sáng nay (15/6)', 'Trưa cùng ngày', 'vào sáng mai', 'dự kiến vào tháng 7 tới', a square named 'Quảng trường
 * 10/3'), Nhịp Cầu Đầu Tư on the SAME trip with Latin spellings (Champasak, Sengphet Vongkhamsone, Bolaven; a lead that is
 * the Lao leader's quote ending 'diễn ra ngày hôm qua (14/6)' under 'Đăng lúc: 09:12 - 15/06/2025', 'từ chiều hôm kia
 * (13/6)', 'Tối qua', a 'Tin liên quan' block inside the body, 'Cũng trong ngày hôm qua', 'Trưa nay … sẽ'), bizhub in
 * English (Sekong's vice governor at a Quảng Ngãi trade connection conference 'on Nov. 20 and 21' under '23/11/2025 -
 * 09:12 (GMT+07:00)', 'late on Wednesday', 'On the 20th', 'Earlier in the day', 'On Friday', 'On Saturday morning',
 * 'January next year'), the Quảng Nam agriculture department's portal in 2017 ('15/6/2017 9:12:00 SA'; Xê-kông and
 * A-tô-pư a day each, 'Sau đó', 'Ngày thứ hai của chuyến công tác (13/6)', 'Dự kiến vào tháng 7 tới'), the national
 * new-countryside site with NO stamp (Điện Biên's Hội Nông dân at a Phông-xa-lỳ fair, its leader titled by the
 * organisation only, the year only in 'Hội chợ … tỉnh Phông-xa-lỳ năm 2025', 'Ngày 9 và 10 tháng 10', 'Từ chiều 8/10',
 * 'Trong dịp này', 'Sáng cùng ngày', 'Ngày thứ hai của chuyến thăm', 'tháng 12 tới') and Doanh nghiệp Việt Nam's photo
 * story (Nghệ An businesses in Bô-li-khăm-xay, 'Hai ngày qua (26 và 27/3)' under 'Ngày đăng: 28/03/2025', captions
 * carrying the days, 'Ngày thứ hai (27/3)', 'tháng 5 tới') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen46';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xẻng-phết Vông-khăm-xỏn', 'Bun-thăn Xay-nha-vông'],
	['Sengphet Vongkhamsone', 'Bounthanh Xaynhavong'],
	['Sengphet', 'Bounthanh'],
	['Lưu Đình Khoa', 'Giáp Văn Toản'],
	['Khamphone Sihavong', 'Thongsavanh Keobounphanh'],
	['Khamphone', 'Thongsavanh'],
	['Phan Trong Nghia', 'Luong Van Khiem'],
	['Nghia', 'Khiem'],
	['Trương Công Hậu', 'Đàm Quốc Vinh'],
	['Vi-xay Pha-thạ-vông', 'Xỉ-thon Lạ-tsa-vông'],
	['Bun-xỏn Khăm-mạ-ni', 'Phon-xay Vi-lay-hắc'],
	['Lò Văn Thưởng', 'Quàng Văn Định'],
	['Xổm-xi Phăn-thạ-vông', 'Kẹo-ọ Xỉ-vông-xay'],
	['Khăm-xỉ In-thạ-vông', 'Thoong-phết Mạ-ni-xổm'],
	['Hoàng Minh Khuê', 'Thái Doãn Kiên'],
	['Xổm-phu Kẹo-chăn-thạ', 'Vông-xạ-vắt Bun-nhạ-xỉt']
];
describeChanged('the forty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-thăn Xay-nha-vông', 'Giáp Văn Toản', 'Thongsavanh Keobounphanh', 'Luong Van Khiem', 'Đàm Quốc Vinh', 'Quàng Văn Định', 'Thoong-phết Mạ-ni-xổm', 'Thái Doãn Kiên', 'Vông-xạ-vắt Bun-nhạ-xỉt', 'Phon-xay Vi-lay-hắc'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the memoranda's terms
// ('giai đoạn 2025 - 2027', '2026-2030', 'giai đoạn 2017 - 2020'), the named forum and fair years ('năm 2025',
// 'Đắk Lắk 2025'), a square named 'Quảng trường 10/3', 'năm 2024' and 'in 2024' figures, 'by 2028'; captions of the HTML
// page, sidebars, related news, 'Tin liên quan' links, tags, comments, scripts and meta are furniture.
describe('the forty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ip: '01-ipcdaklak-champasak-diendan-xuctien-bullets.html',
		nc: '02-nhipcaudautu-champasak-daklak-coffee-quotelead.txt',
		bz: '03-bizhub-en-sekong-quangngai-tradeconnection.txt',
		qn: '04-snnquangnam-2017-sekong-attapeu-twoprovinces.txt',
		nt: '05-nongthonmoi-hoinongdan-dienbien-phongsaly-fair-nostamp.txt',
		dn: '06-doanhnghiepvn-photo-nghean-bolikhamxay-cassava.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Đắk Lắk investment centre page lies within 13–16 June 2025 or is the July plan', () => {
		expect(outside(F.ip, '2025-06-13', '2025-06-16', ['2025-07-01', '2025-07-31'])).toEqual([]);
	});
	it('every main event from the Nhịp Cầu Đầu Tư page lies within 13–15 June 2025 or is the July plan', () => {
		expect(outside(F.nc, '2025-06-13', '2025-06-15', ['2025-07-01', '2025-07-31'])).toEqual([]);
	});
	it('every main event from the bizhub page lies within 19–22 November 2025 or is the January plan', () => {
		expect(outside(F.bz, '2025-11-19', '2025-11-22', ['2026-01-01', '2026-01-31'])).toEqual([]);
	});
	it('every main event from the Quảng Nam agriculture department page lies within 12–13 June 2017 or is the July plan', () => {
		expect(outside(F.qn, '2017-06-12', '2017-06-13', ['2017-07-01', '2017-07-31'])).toEqual([]);
	});
	it('every main event from the new-countryside page lies within 8–10 October 2025 or is the December plan', () => {
		expect(outside(F.nt, '2025-10-08', '2025-10-10', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Doanh nghiệp Việt Nam photo story lies within 26–27 March 2025 or is the May plan', () => {
		expect(outside(F.dn, '2025-03-26', '2025-03-27', ['2025-05-01', '2025-05-31'])).toEqual([]);
	});
	it('the two outlets\' Champasak trip is one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const a = of(F.ip, 'Sáng nay (15/6), Đoàn đã đến thăm mô hình trồng cà phê tái canh');
		const b = of(F.nc, 'Tối qua, ông Lưu Đình Khoa');
		expect(a).toHaveLength(1);
		expect(b.map((d) => d.id)).toEqual(a.map((d) => d.id));
	});
	it('the noon handover is planned on the Nhịp Cầu Đầu Tư page alone and done once page 01 reports it', () => {
		const q = 'Trưa nay, Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk sẽ trao thỏa thuận hợp tác';
		const page = corpus().filter((a) => a.file.endsWith(F.nc));
		const alone = build(page);
		const sa = scorer(alone, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
		expect(alone.events.filter((e) => sa.quotes(e, F.nc, q)).map((e) => e.status)).toEqual(['planned']);
		// Together, the plan and its report are one event with the report's status (as the seeds' announced opening is).
		const both = t.events.filter((e) => s.quotes(e, F.nc, q));
		expect(both.map((e) => [e.status, e.sources.length])).toEqual([['occurred', 2]]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ip, 'thứ 4 từ phải'],
			[F.ip, 'xã Ea Kiết. Ảnh'],
			[F.ip, 'tỉnh Gun-ma, Nhật Bản'],
			[F.ip, 'Đắk Lắk - Mondulkiri ký kết'],
			[F.ip, 'đầu Xuân Ất Tỵ'],
			[F.ip, 'Lễ hội Cà phê Buôn Ma Thuột lần thứ 9'],
			[F.ip, 'Nhà máy chế biến sâu cà phê Cư M\'gar'],
			[F.ip, 'datePublished'],
			[F.ip, 'page_date'],
			[F.nc, 'Xuất khẩu cà phê 5 tháng đầu năm'],
			[F.nc, 'Doanh nghiệp Lào tìm đối tác chế biến nông sản'],
			[F.nc, 'Giá cà phê hôm nay'],
			[F.nc, 'Gia Lai thu hút 12 dự án'],
			[F.nc, 'vùng Tây Nguyên năm 2023'],
			[F.nc, 'Cà phê Paksong ngon không kém'],
			[F.nc, 'tôi đã sang Pắc-xế học kỹ thuật'],
			[F.bz, 'Quang Ngai and Attapeu sign health cooperation deal'],
			[F.bz, 'Dung Quat refinery to finish expansion'],
			[F.bz, 'VN-Index rebounds'],
			[F.bz, 'Central Highlands coffee week'],
			[F.bz, 'I visited Sekong last March'],
			[F.qn, 'Tháng hành động vì an toàn thực phẩm'],
			[F.qn, 'sơ kết sản xuất vụ Đông Xuân'],
			[F.qn, 'cúm gia cầm A/H5N6'],
			[F.qn, 'thăm mô hình nuôi bò tại Tiên Phước'],
			[F.nt, 'Hội chợ OCOP khu vực Tây Bắc'],
			[F.nt, 'thu hoạch cà phê chín đỏ'],
			[F.nt, 'tiếp Đoàn tỉnh Luông Nậm Thà'],
			[F.nt, 'bà con Lào rất thích'],
			[F.nt, 'Mong có thêm hội chợ'],
			[F.dn, 'Hội chợ Xuân Ất Tỵ 2025 tại Vinh'],
			[F.dn, 'cầu cảng Cửa Lò số 5'],
			[F.dn, 'khát vọng năm 2030'],
			[F.dn, 'Giá sắn lát xuất khẩu'],
			[F.dn, 'Diễn đàn doanh nghiệp năm 2024']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2017-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
