/**
 * An eighteenth set of pages (tests/fixtures/unseen18) from outlets not used before — Báo Cao Bằng (a Luông Nặm Tha
 * delegation 'Trong các ngày 3 và 4/12' under 'Ngày đăng: 05/12/2025' with no time, its leader named first only by
 * title, 'vào đêm 2/12', 'Vào lúc 14 giờ ngày 3/12', an inline 'Xem thêm: …' line and a dated caption inside the body,
 * 'Chiều tối 3/12', 'Sáng sớm nay', 'trong quý I/2026'), Báo Lạng Sơn (the same delegation's second province, NO stamp),
 * Lao National Television in English (a quote as the title, 'Posted: 21-11-2025 - 10:20 AM', 'on Wednesday',
 * 'Yesterday', 'on Tuesday afternoon', 'later today', 'in the first quarter of 2026'), Báo Tây Ninh as a saved HTML page
 * ('Từ ngày 30/11 - 2/12', '10:20 AM, 03/12/2025', 'Ngày 1.12.2025', 'Chiều hôm kia', 'Đêm 2/12', 'vào hạ tuần tháng
 * 12'), Tạp chí Cộng sản (a question as the title, 'Trung tuần tháng 10', '(Cập nhật lúc 16:40 ngày 18/10/2025)', 'Hôm
 * kia', 'Sắp tới', 'Tuần sau') and Báo Bình Thuận in decomposed Unicode (NFD; 'Đăng lúc: 15:35 - 14/03/2025', 'từ ngày
 * 12 - 15/3', 'Trong vài ngày tới', 'cuối năm nay') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen18';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};

describeAgainstGold('unseen-style articles, eighteenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Xẳng-vận Ma-ni-vông', 'Bun-xỉ Phăn-thạ-vông'],
	['Nông Văn Khải', 'Đàm Quang Vinh'],
	['Hoàng Thị Minh Nguyệt', 'Nguyễn Thị Hồng Vân'],
	['Phonxay Inthalath', 'Sengphet Douangchanh'],
	['Mr. Phonxay', 'Mr. Sengphet'],
	['Tran Minh Duc', 'Ho Van Nghia'],
	['Võ Đức Trọng', 'Phạm Thành Công'],
	['Khăm-xinh Xỉ-tha-vông', 'Thoong-lỉ Vi-lay-xắc'],
	['Vi-lạ-phon Xay-nha-xỏn', 'Khăm-pheng Xổm-xạ-vạt'],
	['Nguyễn Đăng Khoa', 'Tôn Thất Bảo'],
	['Lâm Quốc Hưng', 'Đặng Văn Lực'],
	['Mạ-ni-vằn Phăn-đa-la', 'Nọi-xỉ Thăm-ma-vông'],
	// the Báo Bình Thuận page is in decomposed Unicode: its names are renamed in that form
	['Lâm Quốc Hưng'.normalize('NFD'), 'Đặng Văn Lực'],
	['Mạ-ni-vằn Phăn-đa-la'.normalize('NFD'), 'Nọi-xỉ Thăm-ma-vông']
];
describeChanged('the eighteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-xỉ Phăn-thạ-vông', 'Ho Van Nghia', 'Phạm Thành Công', 'Khăm-pheng Xổm-xạ-vạt', 'Nọi-xỉ Thăm-ma-vông'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or an
// agreement's period ('2026 - 2030', 'giai đoạn 2021 - 2025'), 'năm 2025' figures, 'Kế hoạch hợp tác năm 2026' told
// 'Sắp tới', 'cooperation plan for 2026', 'in 2004', '120.000', '6,5 tỷ USD' date nothing; the 'Xem thêm' line, the
// captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the eighteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		cb: '01-baocaobang-luangnamtha-titlefirst-xemthem.txt',
		ls: '02-baolangson-luangnamtha-secondprovince-nostamp.txt',
		at: '03-lntv-en-attapeu-gialai-quotetitle.txt',
		tn: '04-baotayninh-sainyabuli-acrossmonths-dotdate.html',
		hu: '05-tapchicongsan-champasak-hue-questiontitle.txt',
		bt: '06-baobinhthuan-khammouane-nfd-vaingaytoi.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Cao Bằng page lies within 2–5 December 2025 or is the first-quarter plan', () => {
		expect(outside(F.cb, '2025-12-02', '2025-12-05', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Báo Lạng Sơn page lies within 5–6 December 2025', () => {
		expect(outside(F.ls, '2025-12-05', '2025-12-06')).toEqual([]);
	});
	it('every main event from the LNTV page lies within 18–21 November 2025 or is the first-quarter plan', () => {
		expect(outside(F.at, '2025-11-18', '2025-11-21', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Báo Tây Ninh page lies within 30 November – 2 December 2025 or is the late-December plan', () => {
		expect(outside(F.tn, '2025-11-30', '2025-12-02', ['2025-12-21', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Tạp chí Cộng sản page lies within 11–20 October 2025 or is the next-week plan', () => {
		expect(outside(F.hu, '2025-10-11', '2025-10-20', ['2025-10-20', '2025-10-26'])).toEqual([]);
	});
	it('every main event from the Báo Bình Thuận page lies within 12–15 March 2025 or is the year-end plan', () => {
		expect(outside(F.bt, '2025-03-12', '2025-03-15', ['2025-10-01', '2025-12-31'])).toEqual([]);
	});
	it('the two outlets tell one Luông Nặm Tha delegation', () => {
		const d = t.delegations.filter((x) => x.events.some((id) => t.events.some((e) => e.id === id && e.sources.some((src) => [F.cb, F.ls].includes(s.fileOf.get(src.article)!)))));
		expect(d.map((x) => x.label.en)).toHaveLength(1);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.cb, 'Cao Bằng tổng kết 5 năm hợp tác với tỉnh Hủa Phăn'],
			[F.cb, 'khai mạc Lễ hội Hoa Sở'],
			[F.cb, 'thăm tỉnh Phông-xa-lỳ'],
			[F.cb, 'cháy rừng tại xã Quang Trung'],
			[F.cb, 'tặng quà lưu niệm Trưởng đoàn'],
			[F.ls, 'Mong hai tỉnh sớm có tuyến du lịch kết nối'],
			[F.ls, 'Hội nghị giao ban công tác biên giới'],
			[F.ls, 'khai mạc Hội chợ thương mại quốc tế Việt - Trung'],
			[F.ls, 'Đoàn đại biểu tỉnh Quảng Tây'],
			[F.at, 'Attapeu hosts Lao-Vietnam border trade fair'],
			[F.at, 'receives Japanese investors on Monday'],
			[F.at, 'marks 50th anniversary of National Day'],
			[F.tn, 'Tây Ninh tiếp Đoàn đại biểu tỉnh Xay-nha-bu-ly'],
			[F.tn, 'Ngày 22/12, khai mạc Hội chợ'],
			[F.tn, 'họp mặt kỷ niệm 50 năm Quốc khánh'],
			[F.tn, 'publishDate'],
			[F.hu, 'ký kết thỏa thuận hợp tác giai đoạn 2021 - 2025'],
			[F.hu, 'Ngày 26/10, khai mạc Hội thảo khoa học'],
			[F.hu, 'Đoàn đại biểu Tỉnh ủy Sa-văn-na-khẹt thăm Quảng Trị'],
			[F.bt, 'Khai mạc Tuần lễ Văn hóa - Du lịch Phan Thiết'],
			[F.bt, 'kỷ niệm 50 năm Ngày Giải phóng'],
			[F.bt, 'biểu diễn tại Thủ đô Viêng Chăn']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2022-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
