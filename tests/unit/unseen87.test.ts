/**
 * An eighty-seventh set of pages (tests/fixtures/unseen87) from outlets not used before, on text pasted out of PDFs and
 * printed bulletins — Sở Ngoại vụ Lai Châu's 'Bản tin Đối ngoại Số 3/2024' (page headers 'Bản tin Đối ngoại - Số 3/2024 -
 * Trang N' between paragraphs, lines broken at a fixed width, Word bullets '', a footnote '(1)', a flattened programme
 * table, 'Quyết định số 312/QĐ-UBND ngày 1/3/2024', 'Ngày 5/3/2024' a Luông Nậm Thà team received in Lai Châu, 'từ ngày
 * 11 đến ngày 13/3/2024' Lai Châu in Phông-xa-lỳ, 'Chiều cùng ngày', 'quý III/2024' after a page break), the same trip's
 * report 'Số: 45/BC-SNgV' dated 'Lai Châu, ngày 20 tháng 3 năm 2024' ('Kính gửi:', 'Chiều\n11/3', 'Sáng ngày 12/3/\n2024',
 * page numbers alone on a line, 'Đề xuất … quý III/2024', 'Kiến nghị', 'Nơi nhận:', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'), the
 * same trip on the Lai Châu Party portal ('Thứ Ba, 12/03/2024 - 19:45', 'sáng nay (12/3)', 'Trước đó, chiều 11/3', 'Chiều
 * nay', 'ngày mai (13/3)'), a THÔNG CÁO BÁO CHÍ of Sở Ngoại vụ Ninh Bình (Hủa Phăn in Ninh Bình 22–24/4/2024, 'Thời gian |
 * Nội dung | Địa điểm' rows, '(5/9/1962 - 5/9/2024)', 'Năm 2022'), a printed page of Báo Lai Châu with NO year ('BÁO LAI
 * CHÂU - Thứ Sáu, 19-7 - Trang 5', '47 năm Ngày ký Hiệp ước', two columns pasted one after the other so that a sentence
 * wraps round another story, 'Trước đó, chiều 16-7', 'tháng 10 tới') and the Ninh Bình portal as a saved HTML page (the
 * same Hủa Phăn talks, '2024-04-22T18:05:00+07:00', 'Tối cùng ngày') — against gold written before the pipeline saw the
 * pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen87';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	SV2: "the report's '- Thời gian: 03 ngày, từ ngày 11/3/2024 đến ngày 13/3/2024.' (a form field, no verb) makes no event, so the stay is not told twice",
	SV5: "the same page frame: 'Chiều cùng ngày, Đoàn đến thăm Bệnh viện' gets Bun-mi; and the report's 'Chiều 12/3' and the news's 'Chiều nay' visits are not merged either",
	LN1: "a printed page with no year: 'Thứ Sáu, 19-7' in the running head is no stamp nor weekday evidence, '47 năm Ngày ký Hiệp ước' (1977) no anniversary; then the undated trip takes the planned quý III/2024 of another page",
	LN2: 'no year on the printed page (see LN1): dated 2024-07-01..2024-09-30 from the planned Phông-xa-lỳ visit',
	LN3: 'no year on the printed page (see LN1): dated 2024-07-01..2024-09-30 from the planned Phông-xa-lỳ visit',
	LN4: 'no year on the printed page (see LN1): dated 2024-07-01..2024-09-30 from the planned Phông-xa-lỳ visit',
	LN5: 'no year on the printed page (see LN1): left undated',
	LN6: "no year on the printed page (see LN1): 'tháng 10 tới' left undated",
	LHP: "the women's trip on the yearless printed page stays undated and so no delegation (see LN1)"
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lò Văn Thượng', 'Cầm Văn Duẩn'],
	['Khăm-xing Xỉ-phăn-đon', 'Xỉ-thon Vi-lạ-vông'],
	['Khăm-xing', 'Xỉ-thon'],
	['Hà Văn Khiêm', 'Lục Văn Tiệp'],
	['Bun-mi Xay-nha-lạt', 'Thong-pheng Khăm-bua'],
	['Xổm-phon Vông-khăm-xạo', 'Phết-xa-mỏn Kẹo-bua-la'],
	['Đinh Quang Tuyến', 'Tạ Quang Vịnh'],
	['Vàng Thị Sua', 'Giàng Thị Dợ'],
	['Bua-sỉ Phôm-ma-chăn', 'Xỉ-đa Chăn-thạ-vông'],
	['Khăm-pheng Xay-xổm-bắt', 'Vi-lay Xỉ-xổm-phu'],
	['Khăm-pheng', 'Vi-lay']
];
describeChanged('the eighty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders only; known gap LHP: the undated women's trip (no year on its page) is no delegation yet
	leaders: ['Cầm Văn Duẩn', 'Xỉ-thon Vi-lạ-vông', 'Thong-pheng Khăm-bua', 'Phết-xa-mỏn Kẹo-bua-la'],
	knownGaps: 1,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the decision cited
// ('Quyết định số 312/QĐ-UBND ngày 1/3/2024'), the document's date ('ngày 20 tháng 3 năm 2024'), the bulletin's own
// conference ('Ngày 28/2/2024'), plans and directives ('Kế hoạch số 102/KH-UBND ngày 15/1/2024', 'Chỉ thị số 05/CT-UBND
// ngày 20/2/2024'), a footnote's report ('ngày 26/2/2024'), a proposal that schedules no trip ('trình trước ngày
// 15/4/2024', 'năm học 2024 - 2025'), a memorandum's period ('giai đoạn 2024 - 2028'), anniversaries ('5/9/1962 -
// 5/9/2024', '18/7/1977 - 18/7/2024'), statistics years ('năm 2023'), the Vietnam–China patrols and JICA experts are
// nothing; the other column's story (tea in Tam Đường, 'Ngày 10-7'), captions, sidebars and footers are furniture.
describe('the eighty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bt: '01-songoaivulaichau-bantindoingoai-so3-2024-pdf.txt',
		bc: '02-sngvlaichau-baocao-45-bc-sngv-phongsaly.txt',
		dc: '03-laichaudcs-tin-phongsaly.txt',
		tc: '04-songoaivuninhbinh-thongcaobaochi-huaphan.txt',
		bl: '05-baolaichau-bangin-trang5-hoiphunu-luangnamtha.txt',
		nb: '06-ninhbinhportal-hoidam-huaphan.html'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Bản tin Đối ngoại lies within 5–13 March 2024 or is the third-quarter plan', () => {
		expect(outside(F.bt, '2024-03-05', '2024-03-13', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the report 45/BC-SNgV lies within 11–13 March 2024 or is the third-quarter plan', () => {
		expect(outside(F.bc, '2024-03-11', '2024-03-13', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Lai Châu Party portal lies within 11–13 March 2024', () => {
		expect(outside(F.dc, '2024-03-11', '2024-03-13')).toEqual([]);
	});
	it('every main event from the Ninh Bình press release lies within 22–24 April 2024', () => {
		expect(outside(F.tc, '2024-04-22', '2024-04-24')).toEqual([]);
	});
	it.fails('every main event from the Báo Lai Châu printed page lies within 16–18 July 2024 or is the October forum (known gap LN1: no year read, the trip takes quý III/2024 from another page\'s plan)', () => {
		expect(outside(F.bl, '2024-07-16', '2024-07-18', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Ninh Bình portal lies within 22–24 April 2024', () => {
		expect(outside(F.nb, '2024-04-22', '2024-04-24')).toEqual([]);
	});
	it('no event quotes the page headers, the decisions cited, the sidebars, the other column or the footers', () => {
		const qs: [string, string][] = [
			[F.bt, 'Bản tin Đối ngoại - Số 3/2024 - Trang'],
			[F.bt, 'Hội nghị tổng kết công tác đối'],
			[F.bt, 'tuần tra'],
			[F.bt, 'chuyên gia JICA'],
			[F.bt, 'Kế hoạch số 102/KH-UBND'],
			[F.bt, 'Chỉ thị số 05/CT-UBND'],
			[F.bt, 'Xem Báo cáo số 12/BC-SNgV'],
			[F.bc, 'Lai Châu, ngày 20 tháng 3 năm 2024'],
			[F.bc, 'Kính gửi: Ủy ban nhân dân tỉnh Lai Châu'],
			[F.bc, 'Đề xuất UBND tỉnh giao Sở Ngoại vụ chủ trì'],
			[F.bc, 'Kiến nghị Bộ Ngoại giao hỗ trợ kinh phí'],
			[F.bc, 'Nguyễn Thị Hằng Nga'],
			[F.dc, 'Lai Châu tiếp Đoàn đại biểu tỉnh Luông Nậm Thà (Lào) (08/11/2023)'],
			[F.dc, 'Đoàn đại biểu tỉnh Vân Nam'],
			[F.dc, 'dâng hương tưởng niệm các anh hùng liệt sĩ tại Phong Thổ'],
			[F.dc, 'Các đại biểu chụp ảnh lưu niệm'],
			[F.tc, 'kỷ niệm 62 năm Ngày'],
			[F.tc, 'Thông tin liên hệ'],
			[F.bl, 'Nông dân Tam Đường thu hoạch chè'],
			[F.bl, 'Hợp tác xã'],
			[F.bl, 'bao tiêu 300 tấn chè'],
			[F.bl, 'BÁO LAI CHÂU - Thứ Sáu'],
			[F.nb, 'Ninh Bình tặng nhà lớp học tại huyện Viêng Xay'],
			[F.nb, 'Đoàn công tác tỉnh Ninh Bình thăm tỉnh Hủa Phăn (Lào) (05/10/2023)'],
			[F.nb, 'Khai mạc Tuần Du lịch Ninh Bình'],
			[F.nb, 'datePublished'],
			[F.nb, 'Quang cảnh buổi hội đàm']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
