/**
 * A fourteenth set of pages (tests/fixtures/unseen14) from outlets not used before — Báo Đắk Lắk (a Chăm-pa-xắc
 * delegation across a month boundary 'Từ ngày 30/3 đến 1/4', an English-form stamp 'Apr 1, 2026 | 10:15 AM' on a
 * Vietnamese page, two long quoted speeches, '8/10 nội dung' that is no date, 'Ngày hôm sau', 'quý III/2026'), Vietnam
 * Times in English (a Savannakhet friendship association in Quảng Trị: 'On Monday', 'On Tuesday', 'Last week', 'on
 * Thursday' on a Thursday stamp, the host's own trip 'next month'), Báo Pháp luật Việt Nam (a ministry's delegation
 * hosted by Vientiane capital: 'Vừa qua' with no day, 'Hôm thứ Sáu' under 'Chủ nhật, 12/10/2025, 07:30 (GMT+07:00)', a
 * decision 'ngày 15/7/2025' that dates nothing, a return visit 'Dự kiến vào tháng 12 tới'), Thể thao & Văn hóa as a
 * saved HTML page (a friendship football tournament: 'Sáng qua (15/9)', 'Tối 14-9' told after it, scores '2-1', an
 * 'Đọc thêm' block inside the body, 'Tối cùng ngày', 'chiều nay (16/9)', a 2026 plan), Báo Lâm Đồng (a '>> Xem thêm'
 * block of dated links between paragraphs, 'Cuối tuần qua', 'Sáng thứ Bảy', an online meeting 'Đầu tuần này') and Đại
 * Đoàn Kết (NO stamp: the year from 'kết quả phối hợp năm 2025 … kế hoạch phối hợp năm 2026') — against gold written
 * before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen14';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
describeAgainstGold('unseen-style articles, fourteenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-xay Vông-phạ-chăn', 'Bua-khăm Thíp-pha-vông'],
	['Khamxay Vongphachanh', 'Bouakham Thipphavong'],
	['Đinh Văn Khiêm', 'Lục Văn Thạch'],
	['Bounthavy Sisouphanh', 'Khamphet Inthavong'],
	['Cao Minh Duc', 'Ly Quoc Hung'],
	['Duc said', 'Hung said'],
	// Not 'Ong Thi …': unaccented, the rare surname Ông reads as the honorific 'ông' (a limit left as it is).
	['Tran Thi Mai Lan', 'Dinh Thi Bich Thuy'],
	['Phan Quốc Thái', 'Mạc Đình Tùng'],
	['Vi-lay-phon Xay-nhạ-sỏn', 'Khăm-bay Đa-la-vông'],
	['Vilayphone Sayasone', 'Khambay Dalavong'],
	['Cao Thị Hạnh Nguyên', 'Thân Thị Ngọc Diệp'],
	['Phon-xay Lít-ta-vông', 'Xỉ-xổm-phon Chăn-tha-la'],
	['Nguyễn Quang Vĩnh', 'Hà Đăng Khoa'],
	['Lẳm-phăn Xỉ-ha-chắc', 'Ú-đôm Ma-ni-vông'],
	['Lamphanh Sihachack', 'Oudom Manivong'],
	['Nguyễn Đình Khôi', 'Tạ Quang Huy'],
	['Xổm-xắc Phôm-mạ-chắc', 'Bun-nhăng Sỉ-la-vông'],
	['Somsack Phommachack', 'Bounnhang Silavong']
];
const GAP_DELEGATIONS = Object.keys(KNOWN_GAPS).filter((id) => ['CPD', 'SVD', 'QTD', 'BTP', 'VTD', 'BLD', 'LDD', 'SKD', 'NAD'].includes(id));
describeChanged('the fourteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders only (the hosts who receive them lead none but their own planned trips, QTD and VTD)
	leaders: ['Bua-khăm Thíp-pha-vông', 'Khamphet Inthavong', 'Dinh Thi Bich Thuy', 'Khăm-bay Đa-la-vông', 'Mạc Đình Tùng', 'Xỉ-xổm-phon Chăn-tha-la', 'Hà Đăng Khoa', 'Ú-đôm Ma-ni-vông', 'Tạ Quang Huy'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: GAP_DELEGATIONS.length
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: '8/10 nội dung', the
// scores '2-1' and '1-1', a decision 'ngày 15/7/2025', the periods '2021-2025' and '2026-2030' date nothing; the links
// in 'Đọc thêm' and '>> Xem thêm' blocks inside the body are furniture, and so are the sidebars' dated stories.
describe('the fourteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dl: '01-baodaklak-champasak-daklak-month-boundary.txt',
		vt: '02-vietnamtimes-en-savannakhet-quangtri.txt',
		pl: '03-baophapluat-botuphap-vientiane-vuaqua.txt',
		tt: '04-thethaovanhoa-hatinh-bolikhamxay-football.html',
		ld: '05-baolamdong-lamdong-sekong-xemthem.txt',
		dk: '06-daidoanket-nghean-xiengkhouang-nostamp.txt'
	};
	const from = (file: string) => t.events.filter((e) => e.sources.some((src) => s.fileOf.get(src.article) === file));
	const main = (file: string) => from(file).filter((e) => e.role !== 'context');
	const show = (e: (typeof t.events)[number]) => `${e.start}..${e.end} ${e.role} ${e.status} ${e.type}: ${e.sources[0].quote.slice(0, 60)}`;
	const outside = (file: string, a: string, b: string, planFrom?: string) =>
		main(file).filter((e) => !(e.start! >= a && e.end! <= b) && !(planFrom && e.start! >= planFrom && e.status === 'planned')).map(show);

	it('every main event from the Đắk Lắk page lies within 30 March – 1 April 2026 or is the third-quarter plan', () => {
		expect(outside(F.dl, '2026-03-30', '2026-04-01', '2026-07-01')).toEqual([]);
	});
	// 'Last week' the host's workshop 'in preparation for the visit' may be told as part of it: the window opens on 10/11.
	it('every main event from the Vietnam Times page lies within 10–20 November 2025 or is the December plan', () => {
		expect(outside(F.vt, '2025-11-10', '2025-11-20', '2025-12-01')).toEqual([]);
	});
	it('every main event from the Pháp luật page lies within 1–12 October 2025 or is the December plan', () => {
		expect(outside(F.pl, '2025-10-01', '2025-10-12', '2025-12-01')).toEqual([]);
	});
	it('every main event from the Thể thao & Văn hóa page lies within 14–16 September 2025 or is the 2026 plan', () => {
		expect(outside(F.tt, '2025-09-14', '2025-09-16', '2026-01-01')).toEqual([]);
	});
	it('every main event from the Lâm Đồng page lies within 22–25 November 2025 or is the December plan', () => {
		expect(outside(F.ld, '2025-11-22', '2025-11-25', '2025-12-01')).toEqual([]);
	});
	// The plan's year 'kế hoạch phối hợp năm 2026' was read as a finished year, so 2027 (DK1, mended in year-evidence.ts).
	it('every main event from the Đại Đoàn Kết page (no stamp) lies within 12–13 March 2026', () => {
		expect(outside(F.dk, '2026-03-12', '2026-03-13')).toEqual([]);
	});
	it('no event quotes the links inside the body or the sidebars, and none is dated by a share, a score or a decision', () => {
		const qs: [string, string][] = [
			[F.dl, 'khai mạc Lễ hội Cà phê Buôn Ma Thuột lần thứ 10'],
			[F.pl, 'Bộ trưởng Bộ Tư pháp tiếp Đại sứ Lào'],
			[F.tt, 'U23 Việt Nam thắng Lào 3-0'],
			[F.tt, 'khai mạc Liên hoan phim Việt Nam'],
			[F.ld, 'Lâm Đồng tiếp Đoàn doanh nghiệp Lào'],
			[F.ld, 'Đoàn đại biểu tỉnh Xê Kông thăm Đà Lạt dịp Festival Hoa'],
			[F.dk, 'Ủy ban Trung ương MTTQ Việt Nam gặp mặt Đoàn đại biểu']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		const bad = ['2026-10-08', '2025-07-15', '2025-01-02', '2025-01-01', '2025-12-20', '2024-12-20'];
		expect(t.events.filter((e) => bad.includes(e.start!) || e.start!.startsWith('2021')).map(show)).toEqual([]);
	});
	// The Quảng Trị chairwoman who speaks after the departure sentence goes on a trip of her own next month; she is no
	// participant of the guests' departure.
	// The sentence was no event of its own, so it went on telling the departure (VT6/VT7, mended in events.ts).
	it('the host who announces her own trip is no participant of the guests’ departure', () => {
		const left = t.events.find((x) => s.quotes(x, F.vt, 'The guests left for home on Thursday'));
		expect(left?.people.filter((id) => /mai-lan/.test(id))).toEqual([]);
	});
	// The online meeting of the two provinces' departments 'Đầu tuần này' is after the trip: its leader did not take part.
	// The article's frame gave its leader to every main event but those before the arrival (LD4, mended in index.ts: a
	// meeting held online, told without the delegation, has no traveller).
	it('the online meeting after the trip is not the delegation leader’s', () => {
		const online = t.events.find((x) => s.quotes(x, F.ld, 'Đầu tuần này, hai tỉnh đã tổ chức hội nghị trực tuyến'));
		expect(online?.people ?? []).toEqual([]);
	});
});
