/**
 * A twenty-fourth set of pages (tests/fixtures/unseen24) from outlets not used before — Sức khỏe & Đời sống (a
 * provincial hospital's medical team from Quảng Ngãi holding a free clinic in Xan-xay, Át-tạ-pư, 'Từ ngày 18 đến hết
 * ngày 21/11' under '14:20, Chủ nhật 23/11/2025', 'Trước đó, tối 17/11', 'Ngày 20/11 vừa qua', 'Hôm qua (22/11)', a
 * gallery whose captions repeat the body with their own dates, 'đầu tháng 3/2026'), Dân Việt (a district delegation,
 * huyện Kỳ Sơn of Nghệ An to huyện Noọng Hét of Xiêng Khoảng, 'Trong các ngày 20 và 21 tháng 11' under 'Thứ Bảy, ngày
 * 23/11/2024 - 14:20', 'Trước đó, tối 19/11', 'Sáng 20-11', programme bullets '- Ngày 21-11: …', '- Chiều 21-11: …',
 * 'Chiều qua', 'tháng 1 năm 2025'), The Investor in English (Savannakhet in Hai Phong 'on Thursday (Nov 20)', 'Earlier
 * in the day', 'Last Tuesday' in Hanoi, 'on Friday', 'on Saturday' under 'Sunday, November 23, 2025 09:12 [GMT+7]', 'in
 * the first quarter of 2026'), Tuổi trẻ Thủ đô as a saved HTML page (the Hà Nội youth union, its leader titled by the
 * union only, in Viêng Chăn: 'Tối 20/11 (giờ địa phương)', 'Chiều qua', 'Sáng nay', 'Ngày mai (23/11)', a 'Tin liên
 * quan' box inside the body, 'tháng 7/2026'), Tạp chí Mặt trận with NO stamp (the Át-tạ-pư Lao Front in Gia Lai, the
 * year only in 'Ngày hội Đại đoàn kết toàn dân tộc năm 2025', 'Tối hôm trước', 'Chiều cùng ngày', 'tháng 4 năm tới')
 * and Báo Mới reposting a story whose lead opens '(VOV) - (TTXVN)' (a Bô-li-khăm-xay visit 'hoãn', 'lùi lại … sang
 * giữa tháng 12/2025', 'Cuối tuần qua', 'Tuần trước' under 'VOV · 24/11/2025 09:12') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen24';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	SK6: "'đầu tháng 3/2026, Bệnh viện sẽ tiếp nhận 10 y, bác sĩ của tỉnh Át-tạ-pư sang thực tập' is no event: staff coming told from the receiving side ('tiếp nhận … sang') is not read as a trip ('… sẽ sang Quảng Ngãi thực tập' is)",
	TT6: "'Trong dịp này, hai bên thống nhất tổ chức Trại hè Thanh niên Hà Nội - Viêng Chăn vào tháng 7/2026 tại Hà Nội' is no event: an exchange the two sides agree to hold ('Trại hè', 'Liên hoan') with no 'đoàn' is not read as planned",
	BM2: "'hai bên thống nhất lùi lại chuyến thăm sang giữa tháng 12/2025' is no event: the active 'lùi lại chuyến thăm sang …' is not read (the passive 'chuyến thăm được lùi lại sang …' is, but then goes to the Hà Tĩnh vice chairman's trip of the paragraph after, not to the lead's Bô-li-khăm-xay delegation)",
	BLX: "the postponed Bô-li-khăm-xay visit to Hà Tĩnh is not found (BM2), nor the lead 'chuyến thăm … đã được hoãn'",
};
// Known-gap delegations the pipeline finds anyway (without their leader, or without one of their events): counted among
// its delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trương Công Hiếu', 'Lê Hữu Tài'],
	['Vi-lạ-vông Bút-đa-khăm', 'Xổm-xí Phăn-tha-vông'],
	['Lữ Văn Thắng', 'Vi Văn Quyết'],
	['Xổm-phăn Lỏ-vông-xay', 'Bun-chăn Kẹo-ma-ni'],
	['Phouthone Keomanivong', 'Sengphet Vongsavath'],
	['Keomanivong invited', 'Vongsavath invited'],
	['Nguyen Duc Thang', 'Pham Quoc Vinh'],
	['Thang said', 'Vinh said'],
	['invited Thang', 'invited Vinh'],
	['and Thang accepted', 'and Vinh accepted'],
	['Đỗ Quang Huy', 'Lại Minh Tuấn'],
	['Bua-ly Xay-nha-vông', 'Thoong-chăn Mạ-ha-xay'],
	['Khăm-xỉ Vông-phạ-chăn', 'Bun-thoong Xỉ-xổm-bắt'],
	['Nguyễn Thị Hạnh Dung', 'Hà Thị Ngọc Lan'],
	['Phon-xay Xỉ-văn-na-vông', 'Xay-xổm-phon Đuông-xay'],
	['Trần Minh Đức', 'Chu Đình Vượng']
];
describeChanged('the twenty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The Bô-li-khăm-xay plan, put off, is not found (BLX)
	leaders: ['Lại Minh Tuấn', 'Lê Hữu Tài', 'Vi Văn Quyết', 'Bun-chăn Kẹo-ma-ni', 'Sengphet Vongsavath', 'Pham Quoc Vinh', 'Bun-thoong Xỉ-xổm-bắt', 'Hà Thị Ngọc Lan', 'Chu Đình Vượng'],
	knownGaps: 1,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the host's 'năm 2024'
// training figure, 'năm 2023' maize figures, an agreement's 'giai đoạn 2025-2030' and '2021 - 2025', 'the first ten
// months of 2025', a programme's '2026-2030', 'từ năm 2020 đến nay', 'Năm 2024' trade figures, the fair moved 'sang năm
// 2026' and the postponed visit's old 'từ ngày 26 đến 28/11' date nothing; captions (the gallery's 'sáng 19/11', 'tối
// 17/11', 'ngày 20/11', 'chiều 21/11'), sidebars, in-body related boxes, tags, scripts and meta are furniture.
describe('the twenty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		sk: '01-suckhoedoisong-quangngai-attapeu-medical-gallery.txt',
		dv: '02-danviet-kyson-nonghet-district-dashdates.txt',
		iv: '03-theinvestor-en-savannakhet-haiphong-lasttuesday.txt',
		tt: '04-tuoitrethudo-hanoi-youth-vientiane.html',
		mt: '05-tapchimattran-attapeu-front-gialai-nostamp.txt',
		bm: '06-baomoi-bolikhamxay-hatinh-postponed-vov-ttxvn.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sức khỏe & Đời sống page lies within 17–22 November 2025 or is the March plan', () => {
		expect(outside(F.sk, '2025-11-17', '2025-11-22', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Dân Việt page lies within 19–22 November 2024 or is the January plan', () => {
		expect(outside(F.dv, '2024-11-19', '2024-11-22', ['2025-01-01', '2025-01-31'])).toEqual([]);
	});
	it('every main event from The Investor page lies within 18–22 November 2025 or is the 2026 plan', () => {
		expect(outside(F.iv, '2025-11-18', '2025-11-22', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Tuổi trẻ Thủ đô page lies within 20–23 November 2025 or is the July plan', () => {
		expect(outside(F.tt, '2025-11-20', '2025-11-23', ['2026-07-01', '2026-07-31'])).toEqual([]);
	});
	it('every main event from the Tạp chí Mặt trận page lies within 19–21 November 2025 or is the April plan', () => {
		expect(outside(F.mt, '2025-11-19', '2025-11-21', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the Báo Mới page lies within 17–24 November 2025 or is the December plan', () => {
		expect(outside(F.bm, '2025-11-17', '2025-11-24', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.sk, 'thăm khám cho bệnh nhân tại bản Phôn-xa-vẳn sáng 19/11'],
			[F.sk, 'Đoàn chào xã giao lãnh đạo tỉnh Át-tạ-pư tối 17/11'],
			[F.sk, 'nhận trang thiết bị y tế ngày 20/11'],
			[F.sk, 'Bộ Y tế tiếp Đoàn công tác Bộ Y tế Lào'],
			[F.sk, 'phẫu thuật tim miễn phí cho trẻ em Lào'],
			[F.sk, 'chiến dịch tiêm chủng sởi'],
			[F.sk, '5 loại rau giúp hạ huyết áp'],
			[F.dv, 'trao 200 con bò cho nông dân Hủa Phăn'],
			[F.dv, 'kết nghĩa với huyện Khăm'],
			[F.dv, 'Hội nghị nông dân xuất sắc'],
			[F.dv, 'Giá lợn hơi hôm nay'],
			[F.dv, 'trúng mùa gừng'],
			[F.dv, 'thứ 2 từ phải'],
			[F.iv, 'tops the country in FDI attraction'],
			[F.iv, 'Lao PM visits Lach Huyen port'],
			[F.iv, 'VSIP Hai Phong to break ground'],
			[F.iv, 'Gold prices jump'],
			[F.iv, 'GDP to grow 8%'],
			[F.tt, 'giao lưu với lưu học sinh Lào'],
			[F.tt, 'tiếp Đoàn Thanh niên tỉnh Luông Pha Băng'],
			[F.tt, 'tặng quà lưu niệm cho chị'],
			[F.tt, 'Ngày hội việc làm thanh niên'],
			[F.tt, 'hiến máu Chủ nhật Đỏ'],
			[F.tt, 'Olympic Tin học'],
			[F.tt, 'datePublished'],
			[F.tt, 'publish_date'],
			[F.mt, 'khắc phục lũ lụt'],
			[F.mt, 'Ủy ban Trung ương MTTQ Việt Nam tiếp Đoàn'],
			[F.mt, 'Kỷ niệm 95 năm Ngày truyền thống'],
			[F.mt, 'tặng quà lưu niệm Đoàn đại biểu tỉnh Át-tạ-pư'],
			[F.bm, 'Mưa lũ gây thiệt hại hơn 300 tỷ đồng'],
			[F.bm, 'Bô-li-khăm-xay tiếp Đoàn đại biểu tỉnh Nghệ An'],
			[F.bm, 'khai trương tuyến xe buýt Vinh - Pạc-xan'],
			[F.bm, 'Bầu cử Quốc hội khóa XVI'],
			[F.bm, 'Theo kế hoạch ban đầu, chuyến thăm diễn ra từ ngày 26 đến 28/11']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
