/**
 * A thirty-second set of pages (tests/fixtures/unseen32) from outlets not used before, saved the way users really save
 * them and in years other than 2025 — HTV as a text page saved with Windows line ends (CRLF) AND decomposed Unicode
 * (NFD; the HCMC Party Committee's office in Vientiane, 'Từ chiều 17/11 đến hết ngày 20/11' under '21/11/2025 - 09:12
 * (GMT+07:00)', programme bullets '- Ngày 17/11: …', 'Chiều cùng ngày', 'Tối hôm trước' after an in-body 'Tin liên
 * quan', 'Ngày thứ ba của chuyến công tác', 'Trong dịp này … quý II/2026'), Vietnam.vn in English saved as Markdown by a
 * reader extension (front matter 'clipped: 2024-11-23', '# Title', '![](…jpg)' stubs, a '**bold**' lead, link menus,
 * '* ' related bullets with dates; Vientiane's Propaganda and Training Board in Hanoi 'on Nov. 20 and 21', 'on
 * Tuesday … on arrival', 'on the 20th', 'Earlier in the day', 'The previous evening', 'On Thursday', 'Late on Thursday',
 * 'on Saturday', 'next November'), Savannakhet Today in English (Kaysone Phomvihane in Da Nang: a lead quoting the Lao
 * mayor 'last week', 'from November 17 to 19', 'On Monday (Nov 17)', 'the Vice Mayor said', 'The following day', 'the
 * Nov 17-19 trip', 'On the final day of the visit', 'in January'), Cần Thơ TV in the COVID year ('Cập nhật 15-10-2021,
 * 16:40': online talks with Chăm-pa-xắc, a delegation that could not travel 'tháng 9 vừa qua', 'hồi tháng 8', 'quý
 * II/2022'), Tạp chí Việt Nam Hội nhập with NO stamp (Luang Prabang's Propaganda Board in Đà Nẵng, the year only in
 * 'Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022', 'Trong hai ngày 7 và 8 tháng 9', history 'ngày 5/9/1962', 'ngày
 * 18/7/1977', '60 năm', an in-body 'Tin liên quan', 'năm 2019', 'Tết cổ truyền Bun-pi-mạy năm sau') and Kinh tế nông
 * thôn as a saved HTML page (Hải Phòng's farmers' association in Sa-van-na-khệt and Chăm-pa-xắc a day each, '16.11.2023
 * | 14:05', 'Tối 13/11 (giờ địa phương)', an ad box, 'Dịp này', 'tháng 3/2024') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen32';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES_NFC: [string, string][] = [
	['Trần Quang Lâm', 'Đinh Công Hậu'],
	['Xỉ-xổm-phon Phăn-thạ-vông', 'Bun-nhổng Xay-xa-na'],
	['Ăn-xả-vạt Kẹo-xổm-bắt', 'Vi-xay Phôm-ma-lạt'],
	['Phonexay Sengchanthala', 'Khamsone Vilayvong'],
	['Phonexay said', 'Khamsone said'],
	['Le Van Thanh', 'Ta Quang Vinh'],
	['Nguyen Thi Thu Ha', 'Lam Thi Ngoc Diep'],
	['Ha hosted', 'Diep hosted'],
	['Ha accepted', 'Diep accepted'],
	['Bounthavy Inthavong', 'Souksavanh Keola'],
	['Mr Bounthavy', 'Mr Souksavanh'],
	['Tran Minh Khoa', 'Phung Duc Hieu'],
	['Lê Minh Tuấn', 'Châu Văn Nghĩa'],
	['Khăm-phăn Xỉ-vi-lay', 'Thoong-vănh Lạt-xạ-vông'],
	['Xổm-xạ-nít Phôm-ma-vông', 'Chăn-thạ-ly Bua-pha'],
	['Lương Thị Minh Nguyệt', 'Tôn Nữ Bích Vân'],
	['Trần Đình Khiêm', 'Mạc Văn Tùng'],
	['Vũ Đức Thắng', 'Bùi Văn Kiên'],
	['Khăm-pheng Xay-nha-lạt', 'Xẻng-đươn Vông-xổm-bắt'],
	['Vông-xạ-vắt Phôm-ma-chăn', 'Ăn-đăm Xi-xổm-phon']
];
// The HTV page is saved NFD: its names are renamed in that form too.
const RENAMES: [string, string][] = RENAMES_NFC.flatMap(([a, b]): [string, string][] => (a.normalize('NFD') === a ? [[a, b]] : [[a, b], [a.normalize('NFD'), b]]));
describeChanged('the thirty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Souksavanh Keola', 'Phung Duc Hieu', 'Đinh Công Hậu', 'Bun-nhổng Xay-xa-na', 'Khamsone Vilayvong', 'Lam Thi Ngoc Diep', 'Thoong-vănh Lạt-xạ-vông', 'Chăn-thạ-ly Bua-pha', 'Tôn Nữ Bích Vân', 'Bùi Văn Kiên', 'Xẻng-đươn Vông-xổm-bắt'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the history told in a
// speech ('ngày 5/9/1962', 'ngày 18/7/1977', '60 năm', '45 năm'), the year's results ('năm 2025', 'in 2024', 'since the
// 1990s'), plan terms ('giai đoạn 2021 - 2025', 'the 2025-2026 period', 'the 2026-2030 period'), a centre to open 'in
// 2025', a visit that could not travel ('vào tháng 9 vừa qua … Đoàn không thể sang') and COVID's 'hai năm gián đoạn'
// date no trip; the Markdown front matter's 'clipped' day, captions, sidebars, tags, comments, scripts, meta, ad boxes
// and the in-body 'Tin liên quan' blocks are furniture.
describe('the thirty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ht: '01-htv-hcmc-vientiane-partyoffice-crlf-nfd.txt',
		vn: '02-vietnamvn-en-vientiane-hanoi-propaganda-markdown.txt',
		st: '03-savannakhettoday-en-kaysone-danang-lastweek.txt',
		ct: '04-thct-cantho-champasak-online-covid2021.txt',
		vh: '05-vietnamhoinhap-luangprabang-danang-history-nostamp.txt',
		kt: '06-kinhtenongthon-haiphong-farmers-savannakhet-champasak.html'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the HTV page lies within 17–21 November 2025 or is the Q2 2026 plan', () => {
		expect(outside(F.ht, '2025-11-17', '2025-11-21', ['2026-04-01', '2026-06-30'])).toEqual([]);
	});
	it('every main event from the Vietnam.vn page lies within 19–23 November 2024 or is the November 2025 plan', () => {
		expect(outside(F.vn, '2024-11-19', '2024-11-23', ['2025-11-01', '2025-11-30'])).toEqual([]);
	});
	it('every main event from the Savannakhet Today page lies within 17–24 November 2025 or is the January plan', () => {
		expect(outside(F.st, '2025-11-17', '2025-11-24', ['2026-01-01', '2026-01-31'])).toEqual([]);
	});
	it('every main event from the Cần Thơ TV page lies within 14–15 October 2021 or is the Q2 2022 plan', () => {
		expect(outside(F.ct, '2021-10-14', '2021-10-15', ['2022-04-01', '2022-06-30'])).toEqual([]);
	});
	it('every main event from the Việt Nam Hội nhập page lies within 7–8 September 2022 or is the April 2023 plan', () => {
		expect(outside(F.vh, '2022-09-07', '2022-09-08', ['2023-04-01', '2023-04-30'])).toEqual([]);
	});
	it('every main event from the Kinh tế nông thôn page lies within 13–16 November 2023 or is the March 2024 plan', () => {
		expect(outside(F.kt, '2023-11-13', '2023-11-16', ['2024-03-01', '2024-03-31'])).toEqual([]);
	});
	it('the visit that could not travel in September 2021 is no trip', () => {
		expect(t.events.filter((e) => e.status === 'occurred' && s.quotes(e, F.ct, 'sẽ sang thăm, làm việc tại Cần Thơ vào tháng 9 vừa qua')).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ht, 'trao tặng 20 tỷ đồng xây dựng Trường Hữu nghị'],
			[F.ht, 'chúc Tết Bun-pi-mạy tại TP.HCM'],
			[F.ht, 'dự lễ kỷ niệm Quốc khánh'],
			[F.ht, 'TP.HCM tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc'],
			[F.ht, 'Khai mạc Tuần lễ Văn hóa Việt Nam tại Lào'],
			[F.ht, 'Metro số 1 tăng chuyến'],
			[F.vn, 'receives Phonexay Sengchanthala on November 20'],
			[F.vn, 'sign cooperation agreement for 2021-2025'],
			[F.vn, "Vientiane Mayor visits Hanoi's smart city centre"],
			[F.vn, 'Hanoi Party Secretary receives Lao ambassador'],
			[F.vn, 'Culture Week opens in Luang Prabang'],
			[F.vn, 'ban motorbikes in inner city'],
			[F.vn, 'clipped'],
			[F.st, 'Savannakhet hosts Quang Tri delegation'],
			[F.st, 'That Inghang festival'],
			[F.st, 'New bus terminal opens'],
			[F.st, 'My son studied in Da Nang'],
			[F.st, 'direct flight to Da Nang'],
			[F.ct, 'tiếp nhận 500.000 liều vắc-xin'],
			[F.ct, 'nới lỏng giãn cách xã hội'],
			[F.ct, 'Hội đàm trực tuyến giữa Cần Thơ và tỉnh Sa-la-văn'],
			[F.ct, 'đón Tết Bun-pi-mạy xa nhà'],
			[F.vh, 'trao tặng tỉnh Sa-la-văn 1.000 bộ sách'],
			[F.vh, 'tổ chức mít tinh kỷ niệm 45 năm'],
			[F.vh, 'tập huấn báo cáo viên năm 2022'],
			[F.vh, 'Tôi từng công tác ở Luông Pha Bang'],
			[F.vh, 'Khai mạc Hội chợ thương mại Việt - Lào tại Đà Nẵng'],
			[F.vh, 'hai nước thiết lập quan hệ ngoại giao'],
			[F.vh, 'hai nước ký Hiệp ước Hữu nghị và Hợp tác'],
			[F.kt, 'trao quà lưu niệm cho Sở Nông nghiệp'],
			[F.kt, 'Hội Nông dân Nghệ An ký kết hợp tác'],
			[F.kt, 'Giải thưởng Bông lúa vàng'],
			[F.kt, 'Đại hội đại biểu toàn quốc Hội Nông dân'],
			[F.kt, 'Năm 2022 tôi cũng sang Chăm-pa-xắc'],
			[F.kt, 'Giá lúa gạo hôm nay'],
			[F.kt, 'datePublished'],
			[F.kt, 'published']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	it('no event lies outside the years the pages tell (2019–2026)', () => {
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
