/**
 * A nineteenth set of pages (tests/fixtures/unseen19) from outlets not used before — Báo Quân khu 4 (a Nghệ An
 * delegation in Xiêng Khoảng told 'Vừa qua' with no day under 'Thứ Ba, 25/11/2025, 14:30 (GMT+7)', a URL line holding
 * '/2025/11/25/', 'Dịp này', 'Những ngày qua', 'tuần tới'), The Saigon Times in English (the SAME talks 'on Thursday
 * (Nov 20)' under 'Published on Nov 21, 2025', 'on Wednesday afternoon', 'Today', 'tomorrow', 'this weekend', 'Earlier
 * this month', 'Last week'), Báo An Giang with a BOM and CRLF lines (a Chăm-pa-xắc delegation led by a woman 'Từ 14 -
 * 17.11', 'Ngày xuất bản: 16-11-2025 | 19:40', 'Sáng thứ Bảy (15/11)', 'chào xã giao', 'dâng hương tại Đền thờ', 'Tối
 * qua', 'Sáng nay', 'Sáng mai', 'chiều mai'), Báo Hà Nam as a saved HTML page ('Trong 3 ngày (24 - 26/11)', '27/11/2024
 * | 16:05', 'Ngày 25 tháng Mười Một', 'dự lễ khánh thành', 'Đêm qua', 'tháng tới'), Báo Đồng Tháp with NO stamp (a
 * Sa-la-văn delegation 'từ ngày 8 đến 10/10', 'Sáng thứ Năm (9/10)', the year only in the body) and Báo Bắc Kạn with
 * its stamp only in the footer ('Mới đây', 'Cuối tuần qua', 'Ngày kia', 'Chiều mai') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen19';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, nineteenth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Thái Văn Quyết', 'Lương Đình Khải'],
	['Thai Van Quyet', 'Luong Dinh Khai'],
	['led by Quyet', 'led by Khai'],
	['Xổm-phết Thăm-ma-xỏn', 'Bun-lắp Xay-xổm-phon'],
	['Somphet Thammasone', 'Bounlap Xaysomphon'],
	['Governor Somphet', 'Governor Bounlap'],
	['Bua-ly Khun-na-vông', 'Mạ-ly-vằn Phôm-xả-vẳn'],
	['Trịnh Minh Khoa', 'Tạ Quang Huy'],
	['Vũ Thế Hiển', 'Đoàn Minh Tuệ'],
	['Khăm-lả Vông-xay-đẹt', 'Xẻng-a-lun Thịp-pha-vông'],
	['Thong-păn Ma-la-vông', 'Vi-xay Kẹo-mạ-ny'],
	['Châu Văn Nhựt', 'Lư Thành Lộc'],
	['Ma Văn Thuận', 'Hoàng Văn Nghiệp'],
	['Phết-xạ-mỏn Lo-văn-xay', 'Xổm-xắc Pho-thi-xan']
];
describeChanged('the nineteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lương Đình Khải', 'Mạ-ly-vằn Phôm-xả-vẳn', 'Đoàn Minh Tuệ', 'Vi-xay Kẹo-mạ-ny', 'Hoàng Văn Nghiệp'],
	// alone, the Báo Quân khu 4 page cannot give its talks and wreath the day The Saigon Times gives (QK2, QK3)
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.alsoQuotes
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a
// season's period ('giai đoạn 2021 - 2025', 'mùa khô 2025 - 2026', '2025 - 2030', '2024 - 2026'), 'năm 2025' figures,
// 'in the first ten months of 2025', 'in 1996', 'ký năm 2019' and the home meeting told 'Chiều mai' date nothing; the
// URL line, the captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the nineteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qk: '01-baoquankhu4-nghean-xiengkhouang-vuaqua-urldate.txt',
		sg: '02-thesaigontimes-en-nghean-xiengkhouang-thursday.txt',
		ag: '03-baoangiang-champasak-woman-bom-crlf.txt',
		hn: '04-baohanam-bolikhamxay-khanhthanh-demqua.html',
		dt: '05-baodongthap-salavan-nostamp.txt',
		bk: '06-baobackan-bokeo-moiday-footerstamp.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Quân khu 4 page lies within 11–25 November 2025 or is the next-week plan', () => {
		expect(outside(F.qk, '2025-11-11', '2025-11-25', ['2025-12-01', '2025-12-07'])).toEqual([]);
	});
	it('every main event from The Saigon Times page lies within 19–23 November 2025', () => {
		expect(outside(F.sg, '2025-11-19', '2025-11-23')).toEqual([]);
	});
	it('every main event from the Báo An Giang page lies within 14–17 November 2025', () => {
		expect(outside(F.ag, '2025-11-14', '2025-11-17')).toEqual([]);
	});
	it('every main event from the Báo Hà Nam page lies within 24–26 November 2024 or is the December plan', () => {
		expect(outside(F.hn, '2024-11-24', '2024-11-26', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Báo Đồng Tháp page lies within 8–10 October 2025 or is the December plan', () => {
		expect(outside(F.dt, '2025-10-08', '2025-10-10', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Báo Bắc Kạn page lies within 4–18 June 2024 or is a plan of the next two days', () => {
		expect(outside(F.bk, '2024-06-04', '2024-06-18', ['2024-06-19', '2024-06-20'])).toEqual([]);
	});
	it('the two outlets tell one Nghệ An delegation', () => {
		const d = t.delegations.filter((x) => x.events.some((id) => t.events.some((e) => e.id === id && e.sources.some((src) => [F.qk, F.sg].includes(s.fileOf.get(src.article)!)))));
		expect(d.map((x) => x.label.en)).toHaveLength(1);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.qk, 'đón nhận 15 hài cốt liệt sĩ'],
			[F.qk, 'mùa khô 2024 - 2025'],
			[F.qk, 'khai mạc Hội thao quốc phòng'],
			[F.qk, 'giúp dân khắc phục hậu quả mưa lũ'],
			[F.qk, 'thăm Quân khu 2 Quân đội nhân dân Lào'],
			[F.qk, 'tặng quà lưu niệm lãnh đạo tỉnh Xiêng Khoảng'],
			[F.sg, 'hosts Laos-Vietnam investment forum'],
			[F.sg, 'sign cooperation plan for 2026 on Monday'],
			[F.sg, 'High-Tech Park'],
			[F.sg, 'Gold prices hit record high'],
			[F.ag, 'Tổng Lãnh sự quán Campuchia'],
			[F.ag, 'Tuần lễ Văn hóa - Du lịch Phú Quốc'],
			[F.ag, 'Đoàn đại biểu tỉnh Kiên Giang thăm tỉnh Chăm-pa-xắc'],
			[F.ag, 'cháy nhà dân tại phường Long Xuyên'],
			[F.ag, 'chúc Đoàn chuyến đi vui vẻ'],
			[F.hn, 'Đoàn cán bộ Đại sứ quán Lào'],
			[F.hn, 'kỷ niệm 49 năm Quốc khánh'],
			[F.hn, 'Hội chợ nông sản Hà Nam'],
			[F.hn, 'chủ trì hội đàm sáng 25/11'],
			[F.hn, 'datePublished'],
			[F.dt, 'Đoàn công tác Đại sứ quán Lào tại Việt Nam'],
			[F.dt, 'Lễ hội Xoài Cao Lãnh'],
			[F.dt, 'bàn giao 120 căn nhà đại đoàn kết'],
			[F.dt, 'Chào mừng Đoàn đại biểu tỉnh Sa-la-văn'],
			[F.bk, 'Giá quế khô tăng mạnh'],
			[F.bk, 'Hội nghị xúc tiến tiêu thụ nông sản'],
			[F.bk, 'thăm tỉnh Xiêng Khoảng'],
			[F.bk, 'Giải bóng đá thanh niên'],
			[F.bk, 'Bài đăng lúc 14:20']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
