/**
 * A twenty-fifth set of pages (tests/fixtures/unseen25) from outlets not used before — Dân Việt (Nghệ An's farmers'
 * union in two Lao provinces, Bô-li-khăm-xay's day told first and then 'Trước đó, ngày 19 và sáng 20/11' for Xiêng
 * Khoảng, 'Từ 19 - 21/11' under 'Cập nhật lúc 15:42 ngày 22/11/2025', 'Trưa cùng ngày', 'Tối 20/11 (giờ địa phương)',
 * 'quý I/2026'), TRT Huế as a saved HTML page whose only stamp is its JSON-LD datePublished (Sa-la-văn at Huế's
 * 'kỷ niệm 10 năm kết nghĩa (2015 - 2025)', 'Sáng thứ Sáu (21/11)', 'vào chiều tối 20/11', 'sáng sớm 22/11', '(ngày
 * 16/10/2015)', a 'Bài viết liên quan' carousel), Tổ Quốc (a Lao MINISTRY delegation received by Thanh Hóa, '22/11/2025
 * 15:42:07', 'ngày 20 - 21/11', 'Chiều hôm kia', 'ngày 21/11/2025', 'Trưa 21/11', 'Sáng nay (22/11)', a 'TIN LIÊN QUAN'
 * block inside the body), Thời Đại with NO stamp (a photo story of Điện Biên's youth union in Phông-sa-lỳ, the year only
 * in 'Ngày hội Thanh niên biên giới Việt Nam - Lào năm 2025', 'ngày 20 và 21 tháng 11', 'Ngày thứ hai của chuyến thăm',
 * 'Sáng cùng ngày', 'Tối hôm trước', 'tháng 3 năm sau'), Vietnam Economic News in English (Luang Prabang in Phu Tho:
 * 'on Nov 20', 'the previous evening', 'the day before', 'on arrival', 'Late on Thursday', 'Earlier this week', 'This
 * Friday', 'in April 2026') and Lao Động Thủ Đô (Hanoi's trade unions in Vientiane: a lead quoting the Lao host,
 * 'chiều thứ Năm tuần trước' under 'Ngày xuất bản: 24/11/2025', a programme in dated bullets, an in-body 'Tin liên
 * quan', a return visit at '(28/7/1929 - 28/7/2026)') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen25';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	TR3: "'… được ký kết tại thành phố Sa-la-văn (ngày 16/10/2015)' in the host's speech at the ceremony becomes a 2015-10-16 signing: a bracketed history date in an anniversary story is taken as an event",
	VE3: "'The delegation arrived in Viet Tri the day before' is dated Nov 18: counted from the sentence before ('the previous evening', Nov 19), not from the news day of the lead (the talks 'on Nov 20')"
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lê Đình Quyết', 'Vương Đình Khải'],
	['Bua-khăm Thíp-pha-vông', 'Xẻng-phết Mạ-ni-vông'],
	['Xổm-phon Phim-ma-sỏn', 'Khăm-pheng Xay-nha-phon'],
	['Vông-phết Xỉ-xổm-bun', 'Thoong-phun Kẹo-xổm-bắt'],
	['Phan Quý Lâm', 'Tôn Thất Bảo'],
	['Xổm-xắc Phôm-mạ-chăn', 'Vi-lạ-vông Bun-nhăng'],
	['Lê Văn Hiếu', 'Mai Xuân Trường'],
	['Lò Văn Thành', 'Quàng Văn Dũng'],
	['Xổm-chít In-tha-phon', 'Phon-xạ-vẳn Xi-xu-vông'],
	['Khamphanh Sisomphone', 'Bounleuth Vongkhamsao'],
	['Khamphanh said', 'Bounleuth said'],
	['Ha Van Tuan', 'Trinh Quoc Bao'],
	['Tuan said', 'Bao said'],
	['Tuan accepted', 'Bao accepted'],
	['Bun-thăn Xay-nha-sỏn', 'Khăm-ma-ny Phim-pho'],
	['Đỗ Thị Minh Nguyệt', 'Lưu Thị Thu Trang']
];
describeChanged('the twenty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Quàng Văn Dũng', 'Phon-xạ-vẳn Xi-xu-vông', 'Vương Đình Khải', 'Khăm-pheng Xay-nha-phon', 'Thoong-phun Kẹo-xổm-bắt', 'Vi-lạ-vông Bun-nhăng', 'Bounleuth Vongkhamsao', 'Trinh Quoc Bao', 'Lưu Thị Thu Trang', 'Khăm-ma-ny Phim-pho'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversary's span
// '(2015 - 2025)' and the signing '(ngày 16/10/2015)', '(28/7/1929 - 28/7/2026)' save as the July 2026 visit's month,
// the terms '2026 - 2030' and '2026-2030', 'năm 2024' and '10 tháng năm 2025' figures, 'since 2016', 'in 2024' and
// 'first ten months of 2025' nothing; captions, carousels, sidebars, in-body related boxes, tags, comments, scripts and
// meta are furniture.
describe('the twenty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dv: '01-danviet-nghean-farmers-xiengkhouang-bolikhamxay-truocdo.txt',
		tr: '02-trt-hue-salavan-10nam-ketnghia-jsonld.html',
		tq: '03-toquoc-lao-ministry-culture-thanhhoa-homkia.txt',
		td: '04-thoidai-dienbien-youth-phongsaly-photostory-nostamp.txt',
		ve: '05-ven-en-luangprabang-phutho-thisfriday.txt',
		ld: '06-laodongthudo-hanoi-tradeunion-vientiane-quotelead-bullets.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Dân Việt page lies within 19–21 November 2025 or is the first-quarter plan', () => {
		expect(outside(F.dv, '2025-11-19', '2025-11-21', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the TRT Huế page lies within 20–22 November 2025', () => {
		expect(outside(F.tr, '2025-11-20', '2025-11-22')).toEqual([]);
	});
	it('every main event from the Tổ Quốc page lies within 20–22 November 2025', () => {
		expect(outside(F.tq, '2025-11-20', '2025-11-22')).toEqual([]);
	});
	it('every main event from the Thời Đại page lies within 20–21 November 2025 or is the March plan', () => {
		expect(outside(F.td, '2025-11-20', '2025-11-21', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Vietnam Economic News page lies within 17–21 November 2025 or is the April plan', () => {
		expect(outside(F.ve, '2025-11-17', '2025-11-21', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the Lao Động Thủ Đô page lies within 19–22 November 2025 or is a 2026 plan', () => {
		expect(outside(F.ld, '2025-11-19', '2025-11-22', ['2026-01-01', '2026-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the carousels, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.dv, 'trao tặng bò giống cho nông dân tỉnh Khăm Muồn'],
			[F.dv, 'Hội chợ nông sản Việt - Lào tại thành phố Vinh'],
			[F.dv, 'hướng dẫn kỹ thuật trồng lúa nước'],
			[F.dv, 'Giá cà phê hôm nay'],
			[F.dv, 'tôi cũng từng sang Xiêng Khoảng làm chè'],
			[F.dv, 'thứ 3 từ trái'],
			[F.tr, 'Huế tiếp Đoàn đại biểu tỉnh Xê Kông'],
			[F.tr, 'ký kết Thỏa thuận kết nghĩa'],
			[F.tr, 'công bố chương trình Festival Huế 2026'],
			[F.tr, 'vui Tết Bunpimay'],
			[F.tr, 'Đại Nội Huế mở cửa về đêm'],
			[F.tr, 'Thời sự TRT 19h00'],
			[F.tr, 'trao Bức trướng kỷ niệm'],
			[F.tr, 'datePublished'],
			[F.tq, 'Khai mạc Tuần lễ Văn hóa Việt Nam tại Lào năm 2024'],
			[F.tq, 'Hội nghị xúc tiến du lịch Thanh Hóa tại Viêng Chăn'],
			[F.tq, 'Ngày Văn hóa Việt Nam tại Luông Pha Băng'],
			[F.tq, 'Bộ trưởng Bộ VHTTDL tiếp Đại sứ Lào'],
			[F.tq, 'Lịch nghỉ Tết Dương lịch 2026'],
			[F.tq, 'thứ 5 từ trái'],
			[F.td, 'gặp mặt lưu học sinh Lào'],
			[F.td, 'kỷ niệm 50 năm Quốc khánh nước CHDCND Lào tại Hà Nội'],
			[F.td, 'tặng quà học sinh Mường Khoa'],
			[F.td, 'khép lại với nhiều dấu ấn'],
			[F.td, 'Hôm qua em cũng có mặt ở Pang Hốc'],
			[F.ve, 'Lao Cai, Luang Namtha boost border trade'],
			[F.ve, 'trade turnover to hit USD 2.5 billion'],
			[F.ve, 'Hung Kings Temple Festival 2025'],
			[F.ve, 'Hanoi to host Vietnam - Laos Trade Fair'],
			[F.ve, 'Gold prices on November 20'],
			[F.ld, 'trao 500 suất quà Tết cho công nhân khó khăn'],
			[F.ld, 'Hội nghị Ban Chấp hành Liên đoàn Lao động Thành phố lần thứ 5'],
			[F.ld, 'Liên hiệp Công đoàn Thủ đô Viêng Chăn thăm Hà Nội'],
			[F.ld, 'doanh nghiệp đã thông báo thưởng Tết 2026'],
			[F.ld, 'Lương tối thiểu vùng tăng'],
			[F.ld, 'thăm công nhân Khu công nghiệp Quang Minh'],
			[F.ld, 'tặng quà lưu niệm cho ông']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	// TR3: the bracketed '(ngày 16/10/2015)' in the anniversary story becomes a 2015-10-16 context signing
	it.fails('no event lies before 2019 or after 2026 (the anniversary\'s bracketed dates are none)', () => {
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
