/**
 * A fifty-first set of pages (tests/fixtures/unseen51) from outlets not used before, as users really save them — the
 * Thanh Hóa foreign affairs department as a saved HTML page with numeric and named entities and inline tags splitting
 * words ('Đo&agrave;n', 'h&#7897;i đàm', '213&nbsp;km', 'Th&agrave;nh <b>ủy</b>', a drop cap '<span>S</span>&aacute;ng
 * 18-7') under '20/07/2022 08:05 SA' (the Hủa Phăn delegation at the 'Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao':
 * 'Sáng 18-7', 'Trưa 18-7', 'Tối 18/7', 'Đêm 18/7', 'Sáng hôm sau', 'Dịp này'), TalkVietnam in English on the same trip
 * ('late on Monday', 'Earlier in the day', 'the previous evening', 'on arrival', 'On the 18th', 'This morning', 'later on
 * Tuesday' under 'Tuesday, July 19, 2022 11:20 AM'), PTQ Quảng Ngãi saved in decomposed Unicode (NFD: the friendship
 * association led by its 'Chủ tịch Hội' to Át-tạ-pư and Xê Kông, 'Đầu tuần này' under '17-07-2025 08:05:33', '- Ngày
 * 14/7: …' bullets, 'Ngày hôm sau' after an in-body 'Tin liên quan', 'Trong dịp này', 'cuối tuần qua', 'Tháng 10 tới'),
 * the Kon Tum foreign affairs department with Windows CRLF line ends (Át-tạ-pư at the 50th liberation anniversary and a
 * commune twinning 'kết nghĩa', 'Cuối tuần qua' under 'Thứ Hai, 17/3/2025 - 08:05', 'Quảng trường 16/3'), Vnews' AMP
 * print view ('.htm', 'In bài viết', 'Phiên bản di động') with NO stamp and a quote lead by the Lao leader (the year only
 * in 'Tuần lễ Văn hóa - Du lịch … năm 2025', 'tối 20/11 (giờ địa phương)', 'từ chiều 20/11 đến hết ngày 22/11', 'ngày 20
 * và 21 tháng 11', 'Tối hôm trước (19/11)', 'Ngày thứ hai của chuyến thăm', 'đầu năm 2026') and Soha with 106 menu
 * lines, an 'ĐANG DIỄN RA' box and a comment thread 'Bình luận (12)' (Luông Pha-bang in Điện Biên, the twinning of the
 * two cities: 'Đêm 17/7', 'Trưa 18-7', 'Đêm 18/7', 'Rạng sáng 19/7', 'tháng 9 tới' under 'Chủ nhật, 20/7/2025 - 08:05')
 * — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen51';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-phết Thoong-xi-vông', 'Khăm-lạ Phôm-ma-vẳn'],
	['Somphet Thongsivong', 'Khamla Phommavanh'],
	['Somphet', 'Khamla'],
	['Trịnh Quốc Toản', 'Lã Văn Cường'],
	['Trinh Quoc Toan', 'La Van Cuong'],
	['Toan said', 'Cuong said'],
	['Đoàn Minh Hiển', 'Mạc Đình Phú'],
	['Doan Minh Hien', 'Mac Dinh Phu'],
	['by Hien and', 'by Phu and'],
	['Trương Thị Ngọc Diệp', 'Khổng Thị Bích Loan'],
	['Bun-hoong Xay-ya-vông', 'Vi-lạ-vông Sỉ-chăn-thạ'],
	['Thoong-bay Xỉ-hả-vông', 'Kham-xẻng Bua-la-pha'],
	['Lẳm-phăn Vi-lạ-xắc', 'Sổm-chít In-thạ-vông'],
	['Trần Văn Kiểm', 'Giáp Văn Tùng'],
	['Xỉ-phăn-đon Kẹo-vi-lay', 'Ma-ni-lắt Sỉ-vông-xay'],
	['Hoàng Nam Trung', 'Văn Đức Hạnh'],
	['Bun-xỉ Chăn-thạ-vông', 'Phết-xa-mỏn Đuông-ma-ny'],
	['Lường Văn Mạnh', 'Quàng Văn Khiêm']
];
// Page 03 is saved in NFD, and the renames work on the text as read: its names are renamed in that form too.
for (const [from, to] of RENAMES.slice()) if (from.normalize('NFD') !== from) RENAMES.push([from.normalize('NFD'), to.normalize('NFD')]);
describeChanged('the fifty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The delegations found: the gold's seven.
	leaders: ['Khăm-lạ Phôm-ma-vẳn', 'Khổng Thị Bích Loan', 'Vi-lạ-vông Sỉ-chăn-thạ', 'Sổm-chít In-thạ-vông', 'Văn Đức Hạnh', 'Phết-xa-mỏn Đuông-ma-ny', 'Quàng Văn Khiêm'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversaries
// ('(5/9/1962 - 5/9/2022)', '(18/7/1977 - 18/7/2022)', '(2/12/1975 - 2/12/2025)', '(16/3/1975 - 16/3/2025)'), a
// square's name ('Quảng trường 16/3'), terms ('giai đoạn 2017 - 2022', '2022 - 2027', '2022-2027', '2025 - 2030'),
// 'những năm 1945 - 1975', 'between 1945 and 1975', 'năm 2022 là "Năm Đoàn kết hữu nghị"', 'Năm 2024' and 'năm 2024'
// figures and 'kể từ năm 2019' date nothing; the HTML page's top bar, meta, JSON-LD and gtag, the print view's links,
// the live box, captions, sidebars, tags, the in-body 'Tin liên quan' and comments are furniture.
describe('the fifty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		sv: '01-songoaivuthanhhoa-houaphanh-kyniem60nam-entities.html',
		tk: '02-talkvietnam-en-thanhhoa-houaphanh-anniversary.txt',
		qn: '03-ptquangngai-hoihuunghi-attapeu-sekong-bullets-nfd.txt',
		kt: '04-songoaivukontum-attapeu-giaiphong50nam-ketnghia-crlf.txt',
		vn: '05-vnews-print-quangtri-savannakhet-tuanlevanhoa-quotelead-nostamp.htm',
		sh: '06-soha-luangprabang-dienbien-ketnghia-menus-comments-live.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sở Ngoại vụ Thanh Hóa page lies within 17–19 July 2022', () => {
		expect(outside(F.sv, '2022-07-17', '2022-07-19')).toEqual([]);
	});
	it('every main event from the TalkVietnam page lies within 17–19 July 2022', () => {
		expect(outside(F.tk, '2022-07-17', '2022-07-19')).toEqual([]);
	});
	it('every main event from the PTQ Quảng Ngãi page lies within 12–16 July 2025 or is the October plan', () => {
		expect(outside(F.qn, '2025-07-12', '2025-07-16', ['2025-10-01', '2025-10-31'])).toEqual([]);
	});
	it('every main event from the Sở Ngoại vụ Kon Tum page lies within 15–16 March 2025 or is the October plan', () => {
		expect(outside(F.kt, '2025-03-15', '2025-03-16', ['2025-10-01', '2025-10-31'])).toEqual([]);
	});
	it('every main event from the Vnews print view lies within 19–22 November 2025 or is the 2026 plan', () => {
		expect(outside(F.vn, '2025-11-19', '2025-11-22', ['2026-01-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the Soha page lies within 17–19 July 2025 or is the September plan', () => {
		expect(outside(F.sh, '2025-07-17', '2025-07-19', ['2025-09-01', '2025-09-30'])).toEqual([]);
	});
	it('the two pages on the Hủa Phăn trip make one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const vi = of(F.sv, 'Sáng hôm sau, tại trụ sở UBND tỉnh');
		const en = of(F.tk, 'Earlier in the day, Somphet paid a courtesy call');
		expect(vi).toHaveLength(1);
		expect(en).toHaveLength(1);
		expect(vi[0].id).toBe(en[0].id);
	});
	// With SV2 lost to the undecoded 'S&aacute;ng', the English 'Earlier in the day, Somphet paid a courtesy call on Trinh
	// Quoc Toan' was merged with the Vietnamese page's lunch ('Trưa 18-7, … mời cơm thân mật Đoàn') instead (mended in html.ts).
	it('the English courtesy call is one event with the Vietnamese page\'s, and not the lunch', () => {
		const call = t.events.filter((e) => s.quotes(e, F.tk, 'Earlier in the day, Somphet paid a courtesy call'));
		expect(call).toHaveLength(1);
		expect(s.quotes(call[0], F.sv, 'Sáng 18-7, tại trụ sở Tỉnh ủy, Đoàn đã đến chào xã giao')).toBe(true);
		expect(s.quotes(call[0], F.sv, 'Trưa 18-7, Thường trực Tỉnh ủy')).toBe(false);
	});
	it('no event quotes the sidebars, the tags, the scripts, the live box, the captions or the comments', () => {
		const qs: [string, string][] = [
			[F.sv, 'tổng kết công tác phối hợp quản lý biên giới năm 2021'],
			[F.sv, 'tập huấn nghiệp vụ lãnh sự'],
			[F.sv, 'Đoàn công tác tỉnh Thanh Hóa thăm, làm việc tại tỉnh Luông Pha-bang'],
			[F.sv, 'Tổng Lãnh sự Lào tại Đà Nẵng'],
			[F.sv, 'xúc tiến đầu tư tại Nhật Bản'],
			[F.sv, 'tặng quà lưu niệm đồng chí Xổm-phết'],
			[F.sv, 'Quang cảnh Lễ kỷ niệm'],
			[F.sv, 'datePublished'],
			[F.sv, 'content_date'],
			[F.tk, 'friendship concert'],
			[F.tk, 'review 2021 cooperation results'],
			[F.tk, 'Bunpimay festival'],
			[F.tk, 'exports to Laos'],
			[F.tk, '10 million tourists'],
			[F.tk, 'at the meeting. Photo'],
			[F.qn, 'trao 30 suất học bổng cho lưu học sinh Lào'],
			[F.qn, 'tổng kết nhiệm kỳ 2020 - 2025'],
			[F.qn, '1,2 triệu lượt khách'],
			[F.qn, 'cầu dân sinh tại xã Sơn Bua'],
			[F.qn, 'Ảnh: Bà Trương Thị Ngọc Diệp'],
			[F.kt, 'hội đàm thường niên năm 2024'],
			[F.kt, 'Tổng Lãnh sự Lào tại Đà Nẵng chào xã giao'],
			[F.kt, 'tổng kết công tác đối ngoại năm 2024'],
			[F.kt, 'thứ 2 từ phải'],
			[F.vn, 'ký kết biên bản hợp tác năm 2024'],
			[F.vn, 'Lễ hội Thạt Inh Hăng'],
			[F.vn, 'In bài viết'],
			[F.vn, 'Phiên bản di động'],
			[F.sh, 'Kỳ họp thứ 28 HĐND'],
			[F.sh, 'Lễ hội Hoa Ban 2026'],
			[F.sh, 'xe khách từ Điện Biên Phủ'],
			[F.sh, 'đoàn trường tôi sang Luông Pha-bang'],
			[F.sh, 'mở thêm tour du lịch'],
			[F.sh, '650.000 lượt khách'],
			[F.sh, 'Quốc lộ 279'],
			[F.sh, 'Sơn La và Hủa Phăn ký kết'],
			[F.sh, 'Giá vàng hôm nay'],
			[F.sh, 'Lịch cắt điện'],
			[F.sh, 'tặng quà lưu niệm đồng chí Bun-xỉ']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
