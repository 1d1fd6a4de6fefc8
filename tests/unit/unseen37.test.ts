/**
 * A thirty-seventh set of pages (tests/fixtures/unseen37) from outlets not used before, on security, border and mass
 * organisations, in 2019, 2021 and 2025 — Báo Quân khu 2 (the Sơn La Border Guard in Hủa Phăn: 'Trong hai ngày 5-6/12'
 * under '07/12/2025 - 08:05 (GMT+07:00)', 'Tối 4/12 (giờ Lào)', 'Ngày thứ hai của chuyến thăm (6/12)', an in-body 'Tin
 * liên quan', leaders titled by their unit 'Đại tá …, Chỉ huy trưởng', 'tháng 3/2026'), the Sơn La provincial portal with
 * NO stamp and NO date (the same trip's school visit, 'Năm 2024' background), ANTV as a saved HTML page (2021 police talks
 * 'theo hình thức trực tuyến kết hợp trực tiếp' with the Lao deputy director's delegation in Đông Hà, 'Sáng 05/12/2021',
 * 'Tối 4/12', 'sáng mai (6/12)'), the Vietnam trade union portal (the Hà Tĩnh Labour Federation's loop over Bô-li-khăm-xay
 * and Khăm Muồn: a quote lead, 'Từ ngày 15 đến ngày 17/10', 'Sau đó', 'Tiếp đó', 'kết thúc chuyến công tác', 'Trên đường
 * về', '28/7 năm sau', stamp '18.10.2025 | 10:12'), the Vietnam Women's Union in English (Dien Bien in Luang Prabang: 'on
 * Nov. 20 and 21', 'On arrival late on Wednesday', 'On the 20th', 'Earlier in the day', 'On Friday', 'The previous
 * evening', 'on Sunday', 'in March next year') and the Tương Dương district portal (a district delegation to huyện Mốc-mày
 * (Xiêng Khoảng, Lào), dated bullets '- Ngày 5/12: …', 'Chiều mùng 5/12', 'Ngày thứ hai của chuyến thăm', 'vào tối hôm
 * trước', 'đầu năm 2020') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen37';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	SLB: "the Sơn La Border Guard delegation lacks SP2 (the undated page's welcome is told as part of SP1, not an event of its own)",
	SP2: "'Tiếp đón Đoàn, ông Phết-xạ-vông Bua-la-phăn, Phó Chủ huyện Xốp Bâu cảm ơn …' on the undated page is no event of its own: its host is folded into the page's one undated visit (SP1), the sentence not kept as a source (as u30 TP2)",
	SVP: "the Sa-van-na-khẹt police delegation lacks AT2 (who chaired, and who was present, is told under the sapo's talks, not as an event of its own)",
	AT2: "'Tại điểm cầu Công an tỉnh Quảng Trị, Đại tá X, Giám đốc Công an tỉnh chủ trì; tham dự trực tiếp có Đoàn … do Đại tá Y, Phó Giám đốc làm trưởng đoàn' (who chaired the online-and-in-person talks, and the delegation present) is no event: its people go to the sapo's talks, the sentence is not a source",
	CD10: "'Trên đường về, Đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Khu di tích lịch sử Ngã ba Đồng Lộc' after the 17/10 homecoming is dropped: the way home told as its own sentence makes no event",
	DBW: "the Dien Bien Women's Union delegation lacks VW7 (the banquet 'The previous evening' makes no event)",
	VW7: "'The previous evening, the host union had held a banquet in honour of the delegation' (a past perfect counted back from 'On Friday') makes no event",
	LPW: "'Hoa … invited Vanmaly to lead a delegation to Dien Bien in March next year … Vanmaly accepted the invitation.' is read as context with both women, not as Vanmaly's planned delegation to Dien Bien",
	HTL: "the Hà Tĩnh Labour Federation delegation lacks CD10 (the way home makes no event)",
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's. HTL is found twice: the Hà Tĩnh delegation without its talks, and the host's
// talks as a Bô-li-khăm-xay delegation to Hà Tĩnh; SLB, SVP and DBW are found with all their events but SP2, AT2 and VW7.
const LEADERLESS_GAPS: string[] = ['HTL', 'SLB', 'SVP', 'DBW'];

describeAgainstGold('unseen-style articles, thirty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Cầm Bá Thịnh', 'Hà Văn Khuyến'],
	['Khăm-phăn Xay-nha-vông', 'Bun-xẹt Phăn-thạ-vông'],
	['Phết-xạ-vông Bua-la-phăn', 'Xỉ-lạ Vông-khăm-phăn'],
	['Trương Công Bình', 'Lê Hữu Thạnh'],
	['Khăm-xỉ Vông-xạ-vẳn', 'Thoong-bay Xỉ-phon-xay'],
	['Xổm-phít Phôm-ma-chắc', 'Vi-lay Kẹo-chăn-thạ'],
	['Phan Thị Thu Hà', 'Nguyễn Thị Minh Lý'],
	['Xỉ-phăn-đon Keo-ma-ni', 'Bua-khăm Xay-nha-lạt'],
	['Phon-xay Xi-xổm-bắt', 'Mạ-ni-vẳn Thăm-ma-xỏn'],
	['Lo Thi Hoa', 'Quang Thi Duyen'],
	['Hoa thanked', 'Duyen thanked'],
	['Vanmaly Phommachanh', 'Chanthone Sisouphanh'],
	['Vanmaly', 'Chanthone'],
	['Vi Văn Sơn', 'Lô Văn Khánh'],
	['Xổm-xỉ Vi-la-vông', 'Khăm-lạ Phôm-mạ-chít']
];
describeChanged('the thirty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	// LPW is not found.
	leaders: ['Hà Văn Khuyến', 'Bun-xẹt Phăn-thạ-vông', 'Thoong-bay Xỉ-phon-xay', 'Nguyễn Thị Minh Lý', 'Bua-khăm Xay-nha-lạt', 'Quang Thi Duyen', 'Lô Văn Khánh', 'Khăm-lạ Phôm-mạ-chít'],
	knownGaps: 1,
	// The Sơn La portal page has no stamp and no date: its day rests on the Quân khu 2 page of the trip.
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('02-')
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a plan's or a minute's
// year ('kế hoạch phối hợp năm 2026', 'Kế hoạch phối hợp năm 2022', 'Biên bản hội đàm năm 2020'), 'Năm 2025', 'Trong năm
// 2021', 'Năm 2024', 'năm 2019' figures, 'signed in 2019' and 'Since then' nothing; captions, sidebars, tags, comments,
// scripts and meta are furniture.
describe('the thirty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qk: '01-quankhu2-sonla-border-houaphanh-ngay5-6.txt',
		sp: '02-sonlaportal-border-school-xopbau-nostamp-nodate.txt',
		at: '03-antv-quangtri-savannakhet-police-online-2021.html',
		cd: '04-congdoan-hatinh-labour-bolikhamxay-khammouane-loop-quotelead.txt',
		vw: '05-vwu-en-dienbien-women-luangprabang-previousevening.txt',
		td: '06-tuongduongportal-district-mocmay-bullets-mung5.txt'
	};
	const { main, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Quân khu 2 page lies within 4–6 December 2025 or is the March plan', () => {
		expect(outside(F.qk, '2025-12-04', '2025-12-06', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the undated Sơn La portal page lies within the trip, 4–6 December 2025', () => {
		expect(main(F.sp).length).toBeGreaterThan(0);
		expect(outside(F.sp, '2025-12-04', '2025-12-06')).toEqual([]);
	});
	it('every main event from the ANTV page lies within 4–6 December 2021', () => {
		expect(outside(F.at, '2021-12-04', '2021-12-06')).toEqual([]);
	});
	it('every main event from the trade union portal page lies within 15–17 October 2025 or is the July 2026 plan', () => {
		expect(outside(F.cd, '2025-10-15', '2025-10-17', ['2026-07-01', '2026-07-31'])).toEqual([]);
	});
	it("every main event from the Women's Union page lies within 19–23 November 2025 or is the March plan", () => {
		expect(outside(F.vw, '2025-11-19', '2025-11-23', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	// Known gap: the caption 'Đồng chí Vi Văn Sơn (thứ 2 từ phải) trao biển tượng trưng tặng 100 bộ bàn ghế.' (no photo
	// credit, between body paragraphs) is made an event at the stamp's day, 9/12.
	it.fails('every main event from the Tương Dương portal page lies within 5–7 December 2019 or is the early-2020 plan', () => {
		expect(outside(F.td, '2019-12-05', '2019-12-07', ['2020-01-01', '2020-04-30'])).toEqual([]);
	});
	it('the Labour Federation loop is one delegation over both Lao provinces', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.cd, q))));
		const a = of('Sau đó, Đoàn đến thăm, tặng quà công nhân Việt Nam');
		const b = of('Tiếp đó, Đoàn trao 50 suất quà');
		expect(a).toHaveLength(1);
		expect(b).toHaveLength(1);
		expect(a[0].id).toBe(b[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the captions or the comments', () => {
		const qs: [string, string][] = [
			[F.qk, 'trao tặng 50 con bò giống'],
			[F.qk, 'Khai mạc Hội thao quốc phòng'],
			[F.qk, 'giao ban với lực lượng bảo vệ biên giới tỉnh Phông-sả-lỳ'],
			[F.qk, 'Khánh thành điểm trường bản Pá Lông'],
			[F.qk, 'Tháng cao điểm phòng, chống ma túy'],
			[F.qk, 'thứ 3 từ phải'],
			[F.qk, 'Tình hữu nghị đặc biệt Việt - Lào mãi xanh tươi'],
			[F.sp, '2,1 triệu lượt khách du lịch'],
			[F.sp, 'Hội nghị giao ban công tác đối ngoại các tỉnh Tây Bắc'],
			[F.sp, 'Trao Huy hiệu 50 năm tuổi Đảng'],
			[F.sp, 'trao quà cho học sinh bản Huổi Hịa'],
			[F.at, 'Triệt phá đường dây ma túy xuyên quốc gia'],
			[F.at, 'tổng kết công tác bảo vệ an ninh biên giới'],
			[F.at, 'Công an Thủ đô Viêng Chăn thăm Công an thành phố Hà Nội'],
			[F.at, 'Bản tin 113'],
			[F.at, 'Quang cảnh hội đàm tại điểm cầu'],
			[F.at, 'datePublished'],
			[F.at, 'page_date'],
			[F.cd, 'hội đàm với Liên hiệp Công đoàn Lào'],
			[F.cd, 'Mái ấm Công đoàn'],
			[F.cd, 'Công đoàn ngành Giáo dục Nghệ An thăm Xiêng Khoảng'],
			[F.cd, 'thứ 4 từ trái'],
			[F.cd, 'Rất ý nghĩa, mong hai tỉnh'],
			[F.vw, "receives Lao Women's Union delegation"],
			[F.vw, 'Quang Tri women help Savannakhet women'],
			[F.vw, 'Women\'s unions of border provinces meet in Hanoi'],
			[F.vw, 'fifth from left'],
			[F.vw, 'Women entrepreneurs forum 2025'],
			[F.td, 'Ngày hội Đại đoàn kết toàn dân tộc'],
			[F.td, 'huyện Viêng Thoong'],
			[F.td, 'Anh hùng Lực lượng vũ trang nhân dân']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	// Known gap: a caption with no photo credit ('Đồng chí X (thứ 2 từ phải) trao biển tượng trưng tặng …'), standing
	// between body paragraphs, is read as body and made an event.
	it.fails('no event quotes the creditless caption of the Tương Dương page', () => {
		expect(t.events.filter((e) => s.quotes(e, F.td, 'trao biển tượng trưng')).map(show)).toEqual([]);
	});
});
