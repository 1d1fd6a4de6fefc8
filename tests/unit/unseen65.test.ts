/**
 * A sixty-fifth set of pages (tests/fixtures/unseen65) from outlets not used before, English from Lao and regional
 * outlets beside Vietnamese pages on the same trips — The Star (a Vientiane Times/ANN story: the 'Deputy Mayor of
 * Vientiane' in Vĩnh Phúc, 'Posted on 15 March 2024' with 'Updated 3 hours ago', 'wrapped up a three-day visit on
 * Thursday', 'from March 12 through 14', 'On Tuesday afternoon', 'Earlier in the day, on arrival', 'The following
 * morning', 'On the sidelines of the visit', 'A day earlier', 'Chairman of the Lao Front for National Development',
 * 'later this year'), the Vĩnh Phúc provincial portal on the same trip ('Ngày xuất bản: 14/03/2024 10:22 | Lượt xem',
 * 'Từ ngày 12 đến hết ngày 14/3', a 'Tin liên quan' block inside the body, bullets '- Ngày 13/3: …', 'Trong dịp này',
 * 'tháng 11 tới'), Thai PBS World in American month/day order ('10/9/2024 | 8:05 PM', 'on Wednesday afternoon on the
 * sidelines of', 'earlier this week … on Monday', 'On the eve of the forum', 'Party Secretary and Governor', 'Vice
 * Governor', 'next month'), Yên Bái TV as a saved HTML page (two Lao provinces a day each, 'Trong hai ngày qua (21 và
 * 22/6)', 'Tối hôm trước', 'Ngày thứ hai của chuyến thăm', 'cuối năm nay'), Thành đoàn Hà Nội with NO stamp (the year
 * only in 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', 'từ chiều 14/11 đến hết ngày 17/11', 'ngày 15 và 16 tháng 11',
 * 'tháng 7 năm sau') and the Quảng Trị Party portal's photo story on Thai PBS World's trip (a lead that is the Lao
 * host's quote, 'Cập nhật 10-10-2024, 07:45', captions carrying the facts, 'Theo chương trình, sáng nay (10/10)') —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen65';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-phon Kẹo-vi-lay', 'Bun-nhăng Xổm-chăn-đi'],
	['Somphone Keovilay', 'Bounnhang Somchandy'],
	['Somphone and his', 'Bounnhang and his'],
	['Trần Duy Khiêm', 'Hà Minh Tráng'],
	['Tran Duy Khiem', 'Ha Minh Trang'],
	['Khiem said', 'Trang said'],
	['Khiem accepted', 'Trang accepted'],
	['Nguyễn Thị Hồng Nhung', 'Lò Thị Mai Hoa'],
	['Nguyen Thi Hong Nhung', 'Lo Thi Mai Hoa'],
	['Sivixay Keomany', 'Phetdavanh Sisomphone'],
	['Vông-xa-vẳn In-tha-vông', 'Khăm-phết Lạt-xa-vông'],
	['Vongsavanh Inthavong', 'Khamphet Latsavong'],
	['Phan Thanh Liêm', 'Cao Đình Thuận'],
	['Phan Thanh Liem', 'Cao Dinh Thuan'],
	['Liem said', 'Thuan said'],
	['Khăm-xỏn Vông-pha-chăn', 'Thoong-vănh Xay-nha-khăm'],
	['Khamsone Vongphachanh', 'Thongvanh Saignakham'],
	['Khamsone is', 'Thongvanh is'],
	['Nông Văn Thiệp', 'Triệu Đức Hòa'],
	['Xổm-xạ-nít Phôm-ma-chăn', 'Vi-xay Kẹo-bun-mi'],
	['Bun-thoong Xi-hả-vông', 'Phon-xay Kẹo-ma-ni'],
	['Lại Thế Vinh', 'Khổng Minh Quyết'],
	['Vẳn-xay Phôm-ma-vông', 'Xẻng-phết Bun-nhạ-vông'],
	['Kẹo-ô-đôm Xay-nha-xỏn', 'Khăm-lăn Xỉ-phăn-đon']
];
describeChanged('the sixty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-nhăng Xổm-chăn-đi', 'Hà Minh Tráng', 'Cao Đình Thuận', 'Thoong-vănh Xay-nha-khăm', 'Triệu Đức Hòa', 'Khổng Minh Quyết', 'Xẻng-phết Bun-nhạ-vông'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'since 2015', 'the
// 2024-2025 academic year', 'năm 2023', 'Năm 2021', 'năm 2021', 'in 2023', 'launched in 1998', the memorandums' terms
// ('2024 - 2028', '2022 - 2027', '2024 - 2026') date nothing; captions (outside a photo story), sidebars, tags, comments,
// scripts and meta are furniture, and so is the 'Tin liên quan' block inside the Vĩnh Phúc page's body.
describe('the sixty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		st: '01-thestar-en-ann-vientiane-vinhphuc-threeday.txt',
		vp: '02-vinhphuc-cong-ttdt-vientiane-capital-bullets.txt',
		tp: '03-thaipbsworld-en-savannakhet-quangtri-sidelines-usdate.txt',
		yb: '04-yenbaitv-luangprabang-oudomxay-twoprovinces.html',
		td: '05-thanhdoanhanoi-youth-vientiane-nostamp.txt',
		qt: '06-tinhuyquangtri-photostory-savannakhet-quote.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from The Star page lies within 12–14 March 2024 or is the return visit later in 2024', () => {
		expect(outside(F.st, '2024-03-12', '2024-03-14', ['2024-03-15', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Vĩnh Phúc portal lies within 12–14 March 2024 or is the November plan', () => {
		expect(outside(F.vp, '2024-03-12', '2024-03-14', ['2024-11-01', '2024-11-30'])).toEqual([]);
	});
	it('every main event from the Thai PBS World page lies within 7–10 October 2024 or is the November plan', () => {
		expect(outside(F.tp, '2024-10-07', '2024-10-10', ['2024-11-01', '2024-11-30'])).toEqual([]);
	});
	it('every main event from the Yên Bái TV page lies within 20–22 June 2022 or is a plan for late 2022 or 2023', () => {
		expect(outside(F.yb, '2022-06-20', '2022-06-22', ['2022-10-01', '2023-12-31'])).toEqual([]);
	});
	it('every main event from the Thành đoàn Hà Nội page lies within 14–17 November 2022 or is the July 2023 plan', () => {
		expect(outside(F.td, '2022-11-14', '2022-11-17', ['2023-07-01', '2023-07-31'])).toEqual([]);
	});
	it('every main event from the Quảng Trị Party portal lies within 7–10 October 2024', () => {
		expect(outside(F.qt, '2024-10-07', '2024-10-10')).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.st, 'Laos-Vietnam trade tops'],
			[F.st, 'Vietnamese tourism roadshow'],
			[F.st, 'rules on electric scooters'],
			[F.st, 'Thai baht slips'],
			[F.st, 'Angkor Wat draws'],
			[F.st, 'at their talks in Vinh Yen city'],
			[F.vp, 'Vĩnh Phúc tiếp Đoàn công tác tỉnh Luông Pha Băng'],
			[F.vp, 'nhân Tết cổ truyền Bunpimay 2023'],
			[F.vp, 'Hội nghị xúc tiến đầu tư năm 2024'],
			[F.vp, 'Tết trồng cây năm 2024'],
			[F.vp, 'Giải ngân vốn đầu tư công'],
			[F.vp, 'doanh nghiệp FDI đầu Xuân'],
			[F.vp, 'tặng quà lưu niệm đồng chí'],
			[F.tp, 'exchange documents in Kaysone'],
			[F.tp, 'Mukdahan eyes more trucks'],
			[F.tp, "Laos' inflation eases"],
			[F.tp, 'Friendship Bridge 5'],
			[F.tp, 'Bangkok braces for more floods'],
			[F.tp, '10,000-baht handout'],
			[F.yb, 'tặng quà lưu niệm lãnh đạo tỉnh Luông Pha Băng'],
			[F.yb, 'Đoàn công tác tỉnh U-đôm-xay thăm tỉnh Yên Bái'],
			[F.yb, 'vui Tết Bunpimay'],
			[F.yb, 'Hội chợ xúc tiến xuất khẩu quế'],
			[F.yb, 'mùa nước đổ'],
			[F.yb, 'Kỳ họp thứ 7'],
			[F.yb, 'datePublished'],
			[F.yb, 'data-published'],
			[F.td, 'trao tặng 100 suất học bổng'],
			[F.td, 'Chúc tình hữu nghị'],
			[F.td, 'hẹn gặp tại Trại hè'],
			[F.td, 'ra quân Tháng Thanh niên'],
			[F.td, 'tiếp Đoàn Thanh niên tỉnh Hủa Phăn'],
			[F.td, 'Hội thi Tin học trẻ'],
			[F.qt, 'kỷ niệm 35 năm tái lập tỉnh'],
			[F.qt, 'Lễ hội Thống nhất non sông'],
			[F.qt, 'Tỉnh ủy Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-la-van']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
