/**
 * A sixtieth set of pages (tests/fixtures/unseen60) from outlets not used before — the Quảng Ngãi provincial portal
 * ('Ngày đăng: 23/11/2023 - 09:12 (GMT+07:00)', 'Lượt xem: 1.234', 'In bài', 'Gửi email', 'Cỡ chữ', a bullet programme
 * '- Ngày 20/11:', '- Ngày 21/11:', '- Sáng 22/11:' with 'chiều cùng ngày', 'từ ngày 20 đến hết ngày 22/11', two Lao
 * provinces a day each, an in-body 'Tin liên quan', 'quý I/2024') and the Quảng Ngãi Foreign Affairs bulletin extracted
 * from a PDF (hard line breaks inside sentences, a line-end hyphen splitting 'Phim-\nma-sỏn', the running header 'BẢN TIN
 * ĐỐI NGOẠI SỐ 12/2023 — Trang 3' and page numbers inside the text, 'Tối 20/11 (giờ địa phương)', 'Ngày thứ hai của
 * chuyến công tác') on one trip to Attapeu and Salavan; Nông nghiệp và Môi trường as a Markdown reader-mode export
 * (a farmers' union leader titled 'Chủ tịch Hội', 'Từ chiều 13/10 đến hết ngày 15/10', '## ' heading, a linked in-body
 * 'Tin liên quan', 'Ngày thứ ba của chuyến thăm', 'tháng 12 tới'); the Quảng Bình youth union's fanpage post stamped only
 * '2 giờ trước' (hashtags, emoji, 'Trong hai ngày qua (22 và 23/8)', the year only in 'Ngày hội … năm 2025', 'Tối hôm
 * trước ngày khai mạc'); The World & Vietnam Report in English (a quote lead by the Lao leader, 'Friday, March 21, 2025
 * 9:12 AM', 'on Wednesday', 'Mar. 19 and 20', 'late on Tuesday', 'on arrival', 'Earlier in the day', 'On the 20th', 'The
 * previous evening', 'February next year') and VnMedia as a saved HTML page ('20.03.2025 | 21:35', 'Tối hôm trước', 'Tối
 * cùng ngày', 'Trong ngày 20/3', 'tháng 2/2026') on one Savannakhet trip to Quảng Trị — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen60';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixtieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Hoàng Duy', 'Tống Viết Hải'],
	['Xổm-xạ-nít In-thạ-vông', 'Phon-xay Xỉ-ha-mông'],
	['Bun-thăn Phim-ma-sỏn', 'Khăm-phoong Ma-ni-vông'],
	['Bun-thăn Phim-\nma-sỏn', 'Khăm-phoong Ma-ni-\nvông'],
	['Lỉ Xay-nha-vông', 'Thoong-bay Kẹo-chăn'],
	['Lê Văn Thắng', 'Mạc Đình Lâm'],
	['Khăm-mun Phăn-tha-vông', 'Xổm-phết Vi-lay-thoong'],
	['Lê Thị Hồng Nhung', 'Châu Thị Mỹ Lệ'],
	['Xay-sổm-phon Đuông-chăn', 'Văn-xay Xi-xổm-bắt'],
	['Vixay Keosouvanh', 'Phouvong Sitthideth'],
	['Vixay asked', 'Phouvong asked'],
	['Vi-xay Kẹo-xu-văn', 'Phu-vông Xít-thi-đệt'],
	['Ho Van Nghia', 'La Quoc Trung'],
	['Nghia said', 'Trung said'],
	['Nghia accepted', 'Trung accepted'],
	['Hồ Văn Nghĩa', 'La Quốc Trung'],
	['Le Quang Minh', 'Ung Van Dat'],
	['Lê Quang Minh', 'Ung Văn Đạt']
];
describeChanged('the sixtieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Tống Viết Hải', 'Phon-xay Xỉ-ha-mông', 'Mạc Đình Lâm', 'Xổm-phết Vi-lay-thoong', 'Châu Thị Mỹ Lệ', 'Văn-xay Xi-xổm-bắt', 'Phu-vông Xít-thi-đệt', 'La Quốc Trung'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: agreements' and plans'
// periods ('giai đoạn 2021 - 2025', '2026 - 2030', '2025 - 2030', '2025 - 2027'), 'Chương trình đối ngoại năm 2023',
// 'Trong năm 2024' and 'in 2024' figures, 'từ năm 2022', the friendship's 1990 (context) and the bulletin's 'SỐ 12/2023'
// header date nothing; captions, sidebars, in-body 'Tin liên quan', tags, comments, scripts and meta are furniture.
describe('the sixtieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qp: '01-quangngaiportal-attapeu-salavan-bullets.txt',
		sb: '02-songoaivuquangngai-bulletin-pdf-attapeu.txt',
		nn: '03-nongnghiepmoitruong-md-thanhhoa-farmers-houaphanh.txt',
		qb: '04-tinhdoanquangbinh-fanpage-khammouane-relative.txt',
		wv: '05-theworldandvietnam-en-savannakhet-quangtri-quotelead.txt',
		vm: '06-vnmedia-savannakhet-quangtri-html.html'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quảng Ngãi portal page lies within 19–23 November 2023 or is the first-quarter plan', () => {
		expect(outside(F.qp, '2023-11-19', '2023-11-23', ['2024-01-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the Quảng Ngãi bulletin lies within 19–23 November 2023', () => {
		expect(outside(F.sb, '2023-11-19', '2023-11-23')).toEqual([]);
	});
	it('every main event from the Nông nghiệp và Môi trường page lies within 12–16 October 2025 or is the December plan', () => {
		expect(outside(F.nn, '2025-10-12', '2025-10-16', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Quảng Bình youth fanpage lies within 20–24 August 2025 or is the October plan', () => {
		expect(outside(F.qb, '2025-08-20', '2025-08-24', ['2025-10-01', '2025-10-31'])).toEqual([]);
	});
	it('every main event from The World & Vietnam Report page lies within 17–21 March 2025 or is the February plan', () => {
		expect(outside(F.wv, '2025-03-17', '2025-03-21', ['2026-02-01', '2026-02-28'])).toEqual([]);
	});
	it('every main event from the VnMedia page lies within 17–20 March 2025 or is the February plan', () => {
		expect(outside(F.vm, '2025-03-17', '2025-03-20', ['2026-02-01', '2026-02-28'])).toEqual([]);
	});
	// The bulletin's 'TIN VẮN' column is another story after the signature and the page break.
	// (Its gold body runs to the page's end only because the shared furniture check cannot be marked a known gap.)
	it("no event quotes the bulletin's 'TIN VẮN' column", () => {
		const qs = ['Hội nghị tập huấn công tác thông tin đối ngoại', '12 đoàn khách quốc tế'];
		expect(t.events.filter((e) => qs.some((q) => s.quotes(e, F.sb, q))).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the headers, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.qp, 'trang thiết bị y tế cho tỉnh A-tô-pư'],
			[F.qp, 'Tổng Lãnh sự Lào tại Đà Nẵng'],
			[F.qp, 'Khu kinh tế Dung Quất'],
			[F.qp, 'Phê duyệt quy hoạch tỉnh'],
			[F.qp, 'Tổng kết mùa mưa bão'],
			[F.qp, 'Lượt xem'],
			[F.sb, 'BẢN TIN ĐỐI NGOẠI SỐ 12/2023'],
			[F.nn, '20 tấn giống lúa'],
			[F.nn, 'Hội Nông dân Nghệ An thăm tỉnh Xiêng Khoảng'],
			[F.nn, 'Giá lúa gạo hôm nay'],
			[F.nn, 'Lễ hội cà phê Buôn Ma Thuột'],
			[F.nn, 'trao quà cho hợp tác xã bản Na Phai'],
			[F.qb, 'Năm ngoái em cũng được đi giao lưu'],
			[F.qb, 'Tiếp sức mùa thi'],
			[F.qb, 'Chiến dịch Thanh niên tình nguyện hè'],
			[F.qb, 'lưu học sinh Lào đang học tập tại Quảng Bình'],
			[F.wv, 'Quang Tri, Salavan review cooperation'],
			[F.wv, 'open new border market at La Lay'],
			[F.wv, 'Gold prices edge down'],
			[F.vm, 'Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-la-văn'],
			[F.vm, 'Giá vàng hôm nay'],
			[F.vm, 'khởi công Cảng hàng không Quảng Trị'],
			[F.vm, 'Lễ hội Thống nhất non sông'],
			[F.vm, 'thứ 4 từ phải'],
			[F.vm, 'datePublished'],
			[F.vm, 'page_date']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => (e.start! < '2019-01-01' && e.role !== 'context') || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
