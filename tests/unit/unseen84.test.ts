/**
 * An eighty-fourth set of pages (tests/fixtures/unseen84) from outlets not used before, on periodicals and long-form
 * pages whose stamp is far from the events — the Hòa Bình high-level delegation in Xay-nhạ-bu-ly (16–19 September 2024)
 * told four times: Cổng TTĐT Đảng bộ tỉnh Hòa Bình (news under '16/09/2024 20:15': 'từ ngày 16 đến 19/9', 'Sáng nay',
 * 'Chiều cùng ngày', a university's visit 'vào đầu tháng 10 tới', a return visit 'vào tháng 12/2024', '6 tháng đầu năm
 * 2024', 'giai đoạn 2019 - 2023'), Tạp chí Dân tộc ('Số 288 - Tháng 12/2024', a feature 'Vào trung tuần tháng 9/2024 …
 * (16 - 19/9)' told by 'Ngày đầu tiên', 'Hôm sau', 'Những ngày tiếp theo', 'Ngày cuối cùng', footnotes, 'Ngày nhận bài:
 * 12/11/2024; ngày duyệt đăng: 20/11/2024', 'Quý IV/2024', the return visit 'đã lùi sang năm sau'), Văn nghệ Quân đội (a
 * bút ký 'Kỳ 2' in 'Số 1012 - Kỳ 2 tháng 12/2024': 'trung tuần tháng Chín vừa qua', 'Sáng 18/9', 'Chiều 18/9' with the
 * military working group, 'mùa khô năm 2009', 'năm 1971', 'Báo in số ra ngày 15/12/2024', an author's bio) and Sở Ngoại
 * vụ Hòa Bình with NO stamp and no year ('Từ ngày 16 - 19/9', 'Ngày 17/9', 'Sáng 19/9', numbered items with no day);
 * a research bulletin on VJOL (DOI, received/accepted/published lines, 'Đầu tháng 10/2024 vừa qua' the Xu-pha-nu-vông
 * University visit the news page announced, 'năm 2023 đạt', 'giai đoạn 2021 - 2025', 'Tháng 3/2019', references) and
 * Viettimes as a saved HTML interview of 02/01/2025 ('trong chuyến thăm hồi tháng 9', 'hồi tháng 4/2024' at Bun-pi-mây,
 * 'Cách đây 3 tháng', the return visit put off from 'tháng 12/2024' to 'quý II/2025') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen84';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	HB5: "the bút ký's 'Sáng 18/9' (the wreath) is dated right but the monthly's 'Những ngày tiếp theo, Đoàn dâng hoa …' is joined to the bút ký's 'Chiều 18/9' (the military working group), not to it",
	SU1: "the bulletin's 'Đầu tháng 10/2024 vừa qua, Đoàn công tác … đã thăm và làm việc' is main now, but not one event with the September page's 'dự kiến cử đoàn sang … vào đầu tháng 10 tới' (the plan names no person nor place to join by)",
	SPV: "no delegation: the university's one visit, main, names no home province of its Lao visitors on its page (Luông Pha-bang only in the announcement)",
	XNB: "found with the September plan for December 2024 and the monthly's put-off sentence (now 'năm sau', 2025), not with the interview's 'quý II/2025' plan: the interview's 'đồng chí X sẽ dẫn đoàn sang thăm … tại tỉnh Hòa Bình' names no home of the leader, so it has no visitor"
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
// (XNB with its December plan.)
const LEADERLESS_GAPS: string[] = ['XNB'];

describeAgainstGold('unseen-style articles, eighty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bùi Đức Khiêm', 'Lường Văn Tiếp'],
	['Phết-xa-mỏn Vông-khăm-xao', 'Xỉ-xu-vặn Pha-na-đít'],
	['Quách Văn Hưng', 'Hà Công Tước'],
	['Bun-lợi Xổm-phu-vông', 'Khăm-xúc Đuông-chăn'],
	['Bun-lợi', 'Khăm-xúc'],
	['Xổm-phết Keo-bun-hương', 'Thong-văn Phim-ma-xỏn'],
	['Đinh Thị Mai Lan', 'Lục Thị Bích Ngân']
];
describeChanged('the eighty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// (The university's trip, SPV, is found by none.)
	leaders: ['Lường Văn Tiếp', 'Xỉ-xu-vặn Pha-na-đít'],
	knownGaps: 1,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: issue lines ('Số 288 -
// Tháng 12/2024', 'Số 1012 - Kỳ 2 tháng 12/2024', 'Tập 12, Số 4 (2024)'), 'Báo in số ra ngày 15/12/2024', received and
// accepted days, DOI, footnotes and references, authors' bios; statistics years ('6 tháng đầu năm 2024', 'năm 2023 đạt',
// 'Quý IV/2024') and plan periods ('giai đoạn 2019 - 2023', '2021 - 2025', '2024 - 2028', '2026 - 2030', 'mùa khô 2024 -
// 2025'); history told in a memoir ('mùa khô năm 2009', 'năm 1971', 'từ năm 1992'); a deadline ('trước ngày 30/10')
// nothing; captions, sidebars, tags, scripts and meta are furniture.
describe('the eighty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tu: '01-tinhuyhoabinh-hoidam-xaynhabuly-ghinho.txt',
		dt: '02-tapchidantoc-butky-hoabinh-xaynhabuly-songay.txt',
		vj: '03-vjol-tapchikhoahoc-daotao-luuhocsinh-souphanouvong.txt',
		vn: '04-vannghequandoi-butky-ky2-dailiesi-xaynhabuly.txt',
		sn: '05-songoaivuhoabinh-paclai-nhavanhoa-nostamp.txt',
		vt: '06-viettimes-phongvan-chutich-hoabinh-xaynhabuly.html'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Đảng bộ Hòa Bình page lies within 16–19 September 2024 or is the October or December plan', () => {
		expect(outside(F.tu, '2024-09-16', '2024-09-19', ['2024-10-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Tạp chí Dân tộc page lies within 16–19 September 2024 or is the visit put off to 2025', () => {
		expect(outside(F.dt, '2024-09-16', '2024-09-19', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the VJOL bulletin lies in early October 2024', () => {
		expect(outside(F.vj, '2024-10-01', '2024-10-10')).toEqual([]);
	});
	it.fails('every main event from the Văn nghệ Quân đội page (known gap: "Kỳ này là những ngày … trung tuần tháng Chín vừa qua" is a main event of 11–20/9) lies within 16–19 September 2024', () => {
		expect(outside(F.vn, '2024-09-16', '2024-09-19')).toEqual([]);
	});
	it('every main event from the Sở Ngoại vụ page (no stamp, no year) lies within 16–19 September 2024', () => {
		expect(outside(F.sn, '2024-09-16', '2024-09-19')).toEqual([]);
	});
	it('every main event from the Viettimes interview lies within September–October 2024 or is a 2025 plan', () => {
		expect(outside(F.vt, '2024-09-01', '2024-10-31', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the issue lines, the references, the bios, the captions, the tags or the meta', () => {
		const qs: [string, string][] = [
			[F.tu, 'Hội hữu nghị Nhật - Việt tỉnh Ai-chi'],
			[F.tu, 'tổng kết công tác đối ngoại 6 tháng đầu năm'],
			[F.tu, 'tiếp Tổng Lãnh sự Lào tại Đà Nẵng'],
			[F.tu, 'Gặp mặt lưu học sinh Lào nhân Tết Bun-pi-mây'],
			[F.tu, 'Ảnh: Ngọc Hân'],
			[F.tu, 'tốc độ tăng trưởng kinh tế của tỉnh Hòa Bình'],
			[F.dt, 'thiết lập quan hệ hợp tác từ năm 1992'],
			[F.dt, 'Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII'],
			[F.dt, 'Ngày nhận bài: 12/11/2024'],
			[F.dt, 'Những cô giáo cắm bản ở Mường Lát'],
			[F.dt, 'Đối ngoại nhân dân ở các tỉnh Tây Bắc'],
			[F.dt, 'Báo cáo kết quả công tác đối ngoại năm 2023'],
			[F.vj, 'ngày xuất bản: 30/12/2024'],
			[F.vj, 'doi.org/10.56764'],
			[F.vj, 'Báo cáo tổng kết năm học 2023 - 2024'],
			[F.vj, 'Phong trào Đông Du'],
			[F.vj, 'năm 2023 đạt 112 lưu học sinh'],
			[F.vj, 'Hợp tác giáo dục Việt Nam - Lào trong bối cảnh mới'],
			[F.vn, 'mùa khô năm 2009'],
			[F.vn, 'Mùa cà phê trên cao nguyên Bô-lô-ven'],
			[F.vn, 'Báo in số ra ngày 15/12/2024'],
			[F.vn, 'Tháng Tư về Điện Biên'],
			[F.vn, 'Hà Minh Đức sinh năm 1978'],
			[F.vn, 'Ảnh: Tư liệu của tác giả'],
			[F.vn, 'kể năm 1971'],
			[F.sn, 'tổng kết công tác đối ngoại nhân dân năm 2023'],
			[F.sn, 'Tập huấn nghiệp vụ lãnh sự'],
			[F.sn, 'Đoàn Tổng Lãnh sự quán Lào tại Đà Nẵng'],
			[F.sn, 'Kế hoạch số 135/KH-UBND'],
			[F.sn, 'trao biểu trưng công trình'],
			[F.vt, 'xuất khẩu lô cam Cao Phong'],
			[F.vt, 'Ban Đối ngoại Trung ương Đảng NDCM Lào'],
			[F.vt, 'Điện Biên - Luông Pha-bang ký kết'],
			[F.vt, 'datePublished'],
			[F.vt, 'Đối ngoại địa phương'],
			[F.vt, 'Lãnh đạo hai tỉnh Hòa Bình và Xay-nhạ-bu-ly ký kết Biên bản']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
