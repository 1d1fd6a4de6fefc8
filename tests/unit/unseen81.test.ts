/**
 * An eighty-first set of pages (tests/fixtures/unseen81) from outlets not used before, on an annual rotating conference of
 * four border provinces and pages crowded with historical dates — the Quảng Trị Sở Ngoại vụ (the 6th 'Hội nghị đánh giá
 * kết quả hợp tác năm 2024 và triển khai kế hoạch năm 2025 giữa các tỉnh Quảng Trị, Thừa Thiên Huế (Việt Nam) và
 * Sa-van-na-khệt, Sa-la-van (Lào)' 'Sáng 14/12' in Đông Hà, minutes signed, 'Hội nghị lần thứ 5 … tháng 11/2023' as
 * context, 'Hội nghị lần thứ 7 sẽ tổ chức tại tỉnh Sa-la-van vào năm 2025', 'Tối hôm trước', courtesy calls 'Trước đó,
 * chiều 13/12' and 'Cùng buổi chiều', '(5/9/1962 - 5/9/2024)'), the Huế Sở Ngoại vụ (the same conference as 'tỉnh ta',
 * 'Trong 2 ngày (13-14/12)', 'Ngày 14-12', side talks 'chiều 14-12', 'vào tháng 4/2025', 'thường niên vào dịp cuối năm'),
 * the Salavan provincial site in English with NO stamp ('from December 13-15', 'On Friday afternoon', 'on Saturday
 * morning', 'in April next year'), Tạp chí Lý luận chính trị as a saved HTML page (a history seminar '(1962 - 2024)' in
 * Cay-xỏn Phôm-vi-hản 'Sáng 4/9', 'Ngày đầu tiên của chuyến thăm', 'Sáng hôm sau', 'từ năm 1949 đến năm 1975', 'năm
 * 1971', 'ngày 18/7/1977'), the Quảng Trị Front (a reunion of former volunteers 'Hôm nay (15/12)', 'tỉnh nhà', 'Ngày thứ
 * hai của chuyến thăm', 'Chiều nay', 'Chiến dịch Cánh Đồng Chum năm 1972') and Tạp chí Sông Hương (Huế veterans in
 * Sa-la-van 'từ ngày 25 đến 27/3', 'Ngày thứ hai', 'Trong buổi chiều', 'Sáng hôm sau', 'vào dịp cuối năm', 'đêm
 * 12/6/1970') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen81';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-phong Vông-khăm-xao', 'Phết-xa-mon Xỉ-hả-lạt'],
	['Bun-xong Phết-xa-vắt', 'Khăm-mun Vi-lay-thoong'],
	['Bounsong Phetsavath', 'Khammoun Vilaythong'],
	['Governor Bounsong', 'Governor Khammoun'],
	['Hồ Sĩ Trường', 'Đàm Quốc Vượng'],
	['Nguyễn Đăng Khoa', 'Kiều Văn Thịnh'],
	['Nguyen Dang Khoa', 'Kieu Van Thinh'],
	['Trương Công Định', 'Âu Minh Khải'],
	['Truong Cong Dinh', 'Au Minh Khai'],
	['Võ Thị Hạnh Nguyên', 'Khổng Thị Lụa'],
	['Thoong-xỉ Xay-nhạ-vông', 'Bua-phăn Kẹo-xổm-bắt'],
	['Lê Thị Hoài Thu', 'Giáp Thị Nhàn'],
	['Lê Bá Thuận', 'Cù Đình Tráng'],
	['ông Thuận', 'ông Tráng'],
	['Khăm-xỉ Ọt-xa-vông', 'Xỉ-thon Đuông-chăn'],
	['Viêng-khăm Bun-lạ-phăn', 'Sỉ-lỉ Phôm-ma-vông']
];
describeChanged('the eighty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Phết-xa-mon Xỉ-hả-lạt', 'Khăm-mun Vi-lay-thoong', 'Khăm-mun Vi-lay-thoong', 'Khổng Thị Lụa', 'Cù Đình Tráng', 'Xỉ-thon Đuông-chăn'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the history in every page
// ('ngày 5/9/1962', '18/7/1977', 'từ năm 1949 đến năm 1975', 'Chiến dịch Đường 9 - Nam Lào năm 1971', 'Chiến dịch Cánh
// Đồng Chum năm 1972', 'đêm 12/6/1970', 'ngày 20/1/1949', '(1962 - 2024)', '62 năm', 'năm 1992', 'từ năm 2008') is
// nothing; plan periods ('giai đoạn 2021 - 2025', '2025 - 2030', '1930 - 2025'), figures' years and a habit ('thường niên
// vào dịp cuối năm', 'Hằng năm vào dịp cuối năm') are nothing; the previous sessions (November 2023, 2022) are context;
// captions, sidebars, tags, scripts and meta are furniture.
describe('the eighty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qt: '01-songoaivuquangtri-hoinghi-bontinh-lan6-dongha.txt',
		hu: '02-songoaivuhue-tinhta-hoinghi-dongha-salavan.txt',
		sl: '03-salavangov-en-governor-dongha-nostamp.txt',
		ll: '04-lyluanchinhtri-toadam-quangtri-savannakhet-lichsu.html',
		mt: '05-mattranquangtri-gapmat-cuuquantinhnguyen-savannakhet.txt',
		sh: '06-tapchisonghuong-ky-ccbhue-salavan-cuoinam.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quảng Trị Sở Ngoại vụ page lies within 13–14 December 2024 or is the 2025 session', () => {
		expect(outside(F.qt, '2024-12-13', '2024-12-14', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Huế Sở Ngoại vụ page lies within 13–14 December 2024 or is a 2025 plan', () => {
		expect(outside(F.hu, '2024-12-13', '2024-12-14', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Salavan page (no stamp) lies within 13–15 December 2024 or is a 2025 plan', () => {
		expect(outside(F.sl, '2024-12-13', '2024-12-15', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Lý luận chính trị page lies within 3–5 September 2024', () => {
		expect(outside(F.ll, '2024-09-03', '2024-09-05')).toEqual([]);
	});
	it('every main event from the Quảng Trị Front page lies within 13–15 December 2024', () => {
		expect(outside(F.mt, '2024-12-13', '2024-12-15')).toEqual([]);
	});
	it('every main event from the Sông Hương page lies within 25–27 March 2024 or is the year-end plan', () => {
		expect(outside(F.sh, '2024-03-25', '2024-03-27', ['2024-09-01', '2024-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the history or a habit', () => {
		const qs: [string, string][] = [
			[F.qt, 'tập huấn công tác lãnh sự'],
			[F.qt, 'Đoàn Hội Cựu chiến binh tỉnh Khăm Muồn'],
			[F.qt, 'Hoàn thành kiểm tra mốc 612'],
			[F.qt, 'Ký kết thỏa thuận hợp tác y tế'],
			[F.qt, 'Các đồng chí đồng chủ trì Hội nghị. (Ảnh'],
			[F.qt, '47 năm Ngày ký Hiệp ước Hữu nghị'],
			[F.hu, 'Huế tiếp Đoàn đại biểu Đại sứ quán Lào'],
			[F.hu, 'Đại học Huế trao học bổng'],
			[F.hu, 'Festival Nghề truyền thống Huế 2025'],
			[F.hu, 'Hội nghị lần thứ 4 giữa các tỉnh tổ chức tại Huế'],
			[F.hu, 'Thời kỳ 1965 - 1975'],
			[F.sl, 'Salavan celebrates 49th National Day'],
			[F.sl, 'Salavan and Sekong agree'],
			[F.sl, 'Coffee festival to be held in Paksong'],
			[F.sl, 'from 1949 to 1975'],
			[F.ll, 'datePublished'],
			[F.ll, '60 năm nhìn lại'],
			[F.ll, 'Hội thảo khoa học về Chủ tịch Cay-xỏn Phôm-vi-hản'],
			[F.ll, 'Đào tạo cán bộ Lào tại Học viện'],
			[F.ll, 'Chiến dịch Đường 9 - Nam Lào năm 1971'],
			[F.ll, 'Bản ghi nhớ hợp tác ký năm 1992'],
			[F.ll, 'Quang cảnh Tọa đàm'],
			[F.mt, 'Chiến dịch Cánh Đồng Chum năm 1972'],
			[F.mt, 'ngày 20/1/1949'],
			[F.mt, 'Hằng năm vào dịp cuối năm'],
			[F.mt, 'Người Việt Nam ưu tiên dùng hàng Việt Nam'],
			[F.mt, 'Đoàn Mặt trận Lào xây dựng đất nước tỉnh Sa-la-van'],
			[F.mt, 'Kỷ niệm 94 năm Ngày truyền thống'],
			[F.sh, 'đêm 12/6/1970'],
			[F.sh, 'ký ức của năm 1972'],
			[F.sh, 'Văn học viết về chiến tranh'],
			[F.sh, 'Nhớ mùa xuân 1968 ở Huế'],
			[F.sh, 'Đoàn cựu chiến binh Huế tại Đài tưởng niệm ở Lào Ngam (Ảnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
