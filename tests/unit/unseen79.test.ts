/**
 * A seventy-ninth set of pages (tests/fixtures/unseen79) from outlets not used before, on cooperation between mass
 * organisations and sectors at province level told by those bodies' own outlets — the Sơn La provincial Youth Union's
 * portal (its summer volunteer campaign in Xốp-bâu of Hủa Phăn: 'Sáng 14/7' under '15/07/2025 09:12', 'chiều 13/7' at
 * Lóng Sập – Pa Háng, 'từ ngày 14 đến ngày 20/7/2025', 'Tối cùng ngày', 'Năm 2024 … 1.200 lượt', '94 năm Ngày thành lập
 * Đoàn', 'nhiệm kỳ 2022 – 2027'; 'Tỉnh Đoàn' the Youth Union beside 'đoàn công tác' the delegation), Thiếu niên Tiền
 * phong và Nhi đồng (the same campaign's closing: 'chiều 20/7' under 'Thứ Hai, 21/07/2025 - 07:40', 'từ sáng 14/7',
 * 'Sáng 19/7', 'Sáng nay (21/7)', 'trong năm 2026', a camp in Mộc Châu 'vào tháng 8 tới', '70 năm … (14/4/1955 –
 * 14/4/2025)'), the Huế city Fatherland Front's portal with NO stamp and no year (the Vietnam–Laos Friendship
 * Association's Bunpimay get-together with Lao students 'Chiều 11/4', its visit to Sa-la-van 'từ ngày 22 đến 25/4',
 * 'Tháng 10 năm ngoái', the year only from 'Năm nay … 50 năm Quốc khánh nước CHDCND Lào (2/12/1975 – 2/12/2025)'), the
 * People's Police Journal (Quảng Trị and Savannakhet provincial police: 'Hôm qua (24/6)' under '25/06/2025 06:30', 'từ
 * ngày 23 đến 26/6', 'giai đoạn 2025 - 2030', 'sáng nay (25/6)', 'quý IV năm nay'), the Kon Tum provincial Fatherland
 * Front as a saved HTML page (the Attapeu Neo Lao Sang Xat in Kon Tum: only a weekday, 'Chiều thứ Sáu tuần trước' under
 * Monday '12/05/2025 10:20', 'từ ngày 8 đến 10/5', 'Sáng thứ Bảy', 'quý IV/2025', '95 năm …', 'nhiệm kỳ 2024 - 2029') and
 * the Nghệ An Department of Culture and Sports (its culture and sports week in Phôn-xa-vẳn of Xiêng Khoảng: 'Tối 12/11'
 * under '13/11/2024 | 15:05', 'từ ngày 12 đến 16/11/2024', 'Trước đó, sáng cùng ngày', 'Chiều nay (13/11)' a friendship
 * football match, 'tối 16/11' closing, 'Năm 2023', 'trong năm 2025') — against gold written before the pipeline saw the
 * pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen79';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Cầm Thị Phương', 'Lường Thị Nhung'],
	['Xổm-phết Vông-phi-chít', 'Bun-lọt Khăm-phoong'],
	['Hồ Đắc Nguyên', 'Nguyễn Cửu Tường'],
	['Ma-ni-văn Bun-xi-đa', 'Khăm-phoi Xay-nha-vông'],
	['Phết-xa-vẳn Xi-da-văn', 'Xỉ-nạ-ly Pha-lạ-vông'],
	['Khăm-xay Xu-li-vông', 'Xay-xổm-bun Thăm-ma-vông'],
	['Nguyễn Thành Luân', 'Đoàn Hữu Khánh'],
	['Vi-lay-văn Phôm-xu-vạn', 'Bua-phăn Xỉ-xu-lạt'],
	['A Thoan', 'Y Blưm'],
	['Trương Công Kiệt', 'Thái Văn Hậu'],
	['Vi-lay-phon Bua-la-phăn', 'Xổm-phon In-thạ-vông']
];
describeChanged('the seventy-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lường Thị Nhung', 'Nguyễn Cửu Tường', 'Khăm-phoi Xay-nha-vông', 'Xay-xổm-bun Thăm-ma-vông', 'Bua-phăn Xỉ-xu-lạt', 'Y Blưm', 'Thái Văn Hậu'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the organisations'
// anniversaries ('94 năm Ngày thành lập Đoàn', '70 năm … (14/4/1955 – 14/4/2025)', '80 năm Ngày truyền thống Công an nhân
// dân', '95 năm Ngày truyền thống Mặt trận', '50 năm Quốc khánh', '62 năm … (5/9/1962 – 5/9/2024)'), congress terms
// ('nhiệm kỳ 2022 – 2027', 'nhiệm kỳ 2024 - 2029'), agreements' periods ('giai đoạn 2025 - 2030', '2024 - 2028', '2021 –
// 2025'), counts ('1.200 lượt', 'Từ đầu năm 2025', '1.150 nhà'), 'Từ năm 2015' nothing; captions, sidebars, tags,
// comments, scripts and meta are furniture.
describe('the seventy-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ts: '01-tinhdoansonla-tinhnguyen-he-huaphan.txt',
		tn: '02-thieunien-sonla-huaphan-bemac-chiendich.txt',
		mh: '03-mattranhue-huunghi-bunpimay-luuhocsinh-nostamp.txt',
		ca: '04-tcand-congan-quangtri-savannakhet-kyket.txt',
		mk: '05-mattrankontum-neolaosangxat-attapeu-thusau.html',
		sv: '06-svhttdlnghean-tuanvanhoa-thethao-xiengkhouang.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sơn La Youth Union page lies within 13–20 July 2025', () => {
		expect(outside(F.ts, '2025-07-13', '2025-07-20')).toEqual([]);
	});
	it('every main event from the Thiếu niên Tiền phong page lies within 14–21 July 2025 or is the August camp or the 2026 campaign', () => {
		expect(outside(F.tn, '2025-07-14', '2025-07-21', ['2025-08-01', '2026-12-31'])).toEqual([]);
	});
	it('every main event from the stampless Huế Front page lies within 11–25 April 2025', () => {
		expect(outside(F.mh, '2025-04-11', '2025-04-25')).toEqual([]);
	});
	it('every main event from the People\'s Police Journal page lies within 23–26 June 2025 or is the fourth-quarter visit', () => {
		expect(outside(F.ca, '2025-06-23', '2025-06-26', ['2025-10-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Kon Tum Front page lies within 8–10 May 2025 or is the fourth-quarter visit', () => {
		expect(outside(F.mk, '2025-05-08', '2025-05-10', ['2025-10-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Nghệ An culture department page lies within 10–16 November 2024 or is the 2025 plan', () => {
		expect(outside(F.sv, '2024-11-10', '2024-11-16', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the comments or an anniversary', () => {
		const qs: [string, string][] = [
			[F.ts, 'Hội trại "Tuổi trẻ vùng biên"'],
			[F.ts, 'Trao 200 suất học bổng cho học sinh Lào'],
			[F.ts, 'Giao lưu "Tuổi trẻ Sơn La - Luông Pha-bang"'],
			[F.ts, 'Ra mắt Câu lạc bộ lưu học sinh Lào'],
			[F.ts, 'trao cờ cho các đội hình tình nguyện'],
			[F.ts, 'nhiệm kỳ 2022 – 2027 về công tác đối ngoại'],
			[F.tn, 'Trại hè "Em yêu Tổ quốc"'],
			[F.tn, 'Chiến dịch Mùa hè xanh tại 63 tỉnh'],
			[F.tn, 'Thanh niên Điện Biên và Luông Pha-bang'],
			[F.tn, 'Olympic Toán quốc tế'],
			[F.tn, 'kỷ niệm 70 năm Ngày thành lập'],
			[F.tn, 'hơn 1.200 lượt đoàn viên'],
			[F.mh, 'Hội nghị Ủy ban MTTQ Việt Nam thành phố lần thứ 8'],
			[F.mh, 'Hội Hữu nghị Việt Nam - Cuba'],
			[F.mh, 'Trao 300 nhà Đại đoàn kết'],
			[F.mh, 'buộc chỉ cổ tay chúc phúc cho lưu học sinh'],
			[F.mh, 'Trong nhiệm kỳ 2022 - 2027'],
			[F.ca, 'Công an Hà Tĩnh và Công an Bô-ly-khăm-xay'],
			[F.ca, 'Bộ Công an tiếp Đoàn Bộ An ninh Lào'],
			[F.ca, 'Ký kết hợp tác phòng, chống ma túy trên tuyến'],
			[F.ca, 'trao đổi 126 tin liên quan'],
			[F.mk, 'Giao lưu mừng Tết Bunpimay với cán bộ'],
			[F.mk, 'Trao 50 suất quà cho học sinh huyện'],
			[F.mk, 'Tiếp đoàn Mặt trận tỉnh Chăm-pa-xắc'],
			[F.mk, 'Chúc tình đoàn kết Việt - Lào mãi xanh tươi'],
			[F.mk, 'datePublished'],
			[F.mk, 'kỷ niệm 95 năm Ngày truyền thống'],
			[F.sv, 'Liên hoan Dân ca Ví, Giặm'],
			[F.sv, 'giành 6 huy chương vàng'],
			[F.sv, 'Ngày hội văn hóa các dân tộc miền Tây'],
			[F.sv, 'Đoàn Sở Thông tin, Văn hóa và Du lịch Hủa Phăn'],
			[F.sv, 'Hát giặm Nghệ Tĩnh'],
			[F.sv, 'kỷ niệm 62 năm Ngày thiết lập']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
