/**
 * A forty-fourth set of pages (tests/fixtures/unseen44) from outlets not used before, on cities and districts — Hanoi
 * Radio-Television's English site (the Vientiane Mayor's tour of Vietnam, its Hanoi leg: 'On the afternoon of Sept. 5',
 * 'Earlier in the day' the Ba Dinh–Chanthabouly memorandum, 'The previous evening', 'on Monday afternoon' on arrival,
 * 'on Wednesday', 'Sept. 7 and 8' under 'Tuesday, September 5, 2023 8:40 PM'), the Quảng Ninh foreign affairs
 * department's weekly round-up 'Điểm tin đối ngoại tuần' (the same tour's Quảng Ninh leg 'Trong hai ngày 7 và 8/9',
 * 'hôm 6-9', 'từ 4 - 8/9'; a Japanese item that makes no event; thành phố Uông Bí in a Lao district 'Vào các ngày 4, 5
 * và 6/9', 'Sáng 5/9 (giờ địa phương)'), the Fatherland Front portal as a 2013 HTML page (the Lao Front chairman of
 * Vientiane Capital in Hà Nội then Hải Phòng 'Từ 4 - 6/9', bullets '- Ngày 04/9:', 'Sáng 5/9 (giờ Việt Nam)', an in-body
 * 'Tin liên quan', 'quý I/2014'), the Quận 1 portal with NO stamp (Xi-xắt-tạ-nạc district, the year only in 'Tuần lễ
 * Văn hóa Lào tại Thành phố Hồ Chí Minh năm 2023', 'ngày 21.9', 'Tối hôm trước (20.9)', 'tháng 4/2024'), the thành phố
 * Huế portal (a quote lead; Luông Pha-bang city touring Đà Nẵng then Huế 'Từ ngày 18 đến hết ngày 21/9', 'sáng mai
 * (21/9)' under '20/9/2023 16:20:11') and the thị xã Cai Lậy portal (a thị xã twinned with a Lao huyện, 'Hôm 13-9',
 * 'Ngày 14.9.2023', 'Ngày thứ ba của chuyến thăm', 'đầu năm 2024', readers' comments) — against gold written before
 * the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen44';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Vi-lạ-phăn Kẹo-mạ-ni', 'Thoong-bắn Xỉ-phon-xay'],
	['Vilaphanh Keomany', 'Thongban Siphonxay'],
	['Mayor Vilaphanh', 'Mayor Thongban'],
	['Dinh Quang Thuan', 'Bui Khac Trung'],
	['Thuan hosted', 'Trung hosted'],
	['Thuan said', 'Trung said'],
	['Nguyễn Hữu Tài', 'Lã Văn Quyết'],
	['Vũ Đức Thịnh', 'Triệu Quang Hưng'],
	['Khăm-xen Pha-xay-xỉ', 'Xỉ-ngơn Đuông-pa-xợt'],
	['Xổm-xỉ Xay-nha-lạt', 'Khăm-lạ Vông-xỉ-đa'],
	['Lương Đình Khiêm', 'Nông Văn Tiệp'],
	['Đoàn Thị Mai Hương', 'Cù Thị Thanh Nhàn'],
	['Phon-xay Mạ-ni-vông', 'Bua-phăn In-thạ-vông'],
	['Hồ Quang Vinh', 'Thạch Minh Luân'],
	['Vi-xết Phôm-ma-chăn', 'Xay-xổm-bun Lạt-tha-na'],
	['Tôn Thất Hoài', 'Ưng Bảo Quý'],
	['Xỉ-phăn-đon Kẹo-vi-lay', 'Nọi-xỉ Pha-lạ-vông'],
	['Võ Hữu Nghiêm', 'Huỳnh Công Trứ']
];
describeChanged('the forty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Thoong-bắn Xỉ-phon-xay', 'Khăm-lạ Vông-xỉ-đa', 'Nông Văn Tiệp', 'Bua-phăn In-thạ-vông', 'Thạch Minh Luân', 'Xay-xổm-bun Lạt-tha-na', 'Nọi-xỉ Pha-lạ-vông', 'Huỳnh Công Trứ', 'Triệu Quang Hưng'],
	// Every gold delegation is found.
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's period
// ('2023-2028', '2023 - 2028'), the 2013 and 2008 agreements (background), 'mười năm qua', the Shizuoka (Japan) item of
// the round-up ('Ngày 05/9'), the whole tour 'từ 4 - 8/9' named in the departure sentence; captions, sidebars, related
// news (also the one inside the 2013 body), tags, comments, scripts and meta are furniture.
describe('the forty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hn: '01-hanoionline-en-vientiane-mayor-badinh-chanthabouly.txt',
		qn: '02-songoaivuquangninh-diemtin-vientiane-uongbi-japan.txt',
		mt: '03-mattran-2013-vientiane-front-hanoi-haiphong-bullets.html',
		q1: '04-quan1-sisattanak-culture-week-nostamp.txt',
		hu: '05-tphue-luangprabang-city-danang-hue-quotelead.txt',
		cl: '06-cailay-pathoumphone-thixa-twinning-comments.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hanoi Online page lies within 4–8 September 2023', () => {
		expect(outside(F.hn, '2023-09-04', '2023-09-08')).toEqual([]);
	});
	it('every main event from the Quảng Ninh round-up lies within 4–8 September 2023', () => {
		expect(outside(F.qn, '2023-09-04', '2023-09-08')).toEqual([]);
	});
	it('every main event from the 2013 Fatherland Front page lies within 4–6 September 2013 or is the 2014 plan', () => {
		expect(outside(F.mt, '2013-09-04', '2013-09-06', ['2014-01-01', '2014-03-31'])).toEqual([]);
	});
	it('every main event from the Quận 1 page lies within 20–21 September 2023 or is the April 2024 plan', () => {
		expect(outside(F.q1, '2023-09-20', '2023-09-21', ['2024-04-01', '2024-04-30'])).toEqual([]);
	});
	it('every main event from the Huế page lies within 18–21 September 2023', () => {
		expect(outside(F.hu, '2023-09-18', '2023-09-21')).toEqual([]);
	});
	it('every main event from the Cai Lậy page lies within 13–15 September 2023 or is the early-2024 plan', () => {
		expect(outside(F.cl, '2023-09-13', '2023-09-15', ['2024-01-01', '2024-04-30'])).toEqual([]);
	});
	it('the Vientiane tour told in Hanoi and in Quảng Ninh is one delegation, and the 2013 Front trip another', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const hn = of(F.hn, 'held talks with the delegation');
		const qn = of(F.qn, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh đã tiếp và hội đàm với Đoàn');
		const mt = of(F.mt, 'đã chủ trì hội đàm với Đoàn');
		expect(hn).toHaveLength(1);
		expect(qn).toHaveLength(1);
		expect(mt).toHaveLength(1);
		expect(hn[0].id).toBe(qn[0].id);
		expect(mt[0].id).not.toBe(hn[0].id);
	});
	// The round-up's Japanese item ('2. Tiếp Đoàn doanh nghiệp tỉnh Shizuoka (Nhật Bản)') stands alone: no event, and
	// nothing lent to the Vientiane Mayor's delegation of the item before.
	it('the Japanese item of the round-up makes no event', () => {
		expect(t.events.filter((e) => s.quotes(e, F.qn, 'Đoàn doanh nghiệp tỉnh Shizuoka')).map(show)).toEqual([]);
	});
	// '11/09/2023 | 08:15    Lượt xem: 412': a stamp sharing its line with a view counter is the page's stamp.
	it('the round-up page read alone is dated from its stamp', () => {
		const one = build(corpus().filter((a) => a.file.endsWith(F.qn)));
		expect(one.events.filter((e) => !e.start).map((e) => e.sources[0].quote.slice(0, 60))).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.hn, 'boost cooperation in urban management'],
			[F.hn, 'welcomes Lao youth delegation'],
			[F.hn, 'Lao Front for National Development delegation'],
			[F.hn, 'low-emission zone'],
			[F.hn, 'National Day fireworks'],
			[F.hn, 'New metro line'],
			[F.hn, 'at the talks. Photo'],
			[F.qn, 'từ 28/8 đến 03/9/2023'],
			[F.qn, 'Tổng Lãnh sự Trung Quốc'],
			[F.qn, 'công tác lãnh sự năm 2023'],
			[F.qn, 'giao lưu với lưu học sinh Lào'],
			[F.qn, 'Lượt xem'],
			[F.mt, 'thăm Thủ đô Viêng Chăn (15/11/2012)'],
			[F.mt, 'Mặt trận ba nước'],
			[F.mt, 'Đoàn Mặt trận tỉnh Phông-xa-lỳ'],
			[F.mt, 'Mặt trận Campuchia thăm tỉnh Tây Ninh'],
			[F.mt, 'Ngày hội Đại đoàn kết'],
			[F.mt, 'Ngày truyền thống MTTQ'],
			[F.mt, 'tặng quà lưu niệm Trưởng đoàn'],
			[F.mt, 'datePublished'],
			[F.mt, 'pubDate'],
			[F.q1, 'Đường phố văn minh'],
			[F.q1, 'thành phố Phnôm Pênh'],
			[F.q1, 'Lễ hội Tết Bun-pi-may tại Quận 1'],
			[F.q1, 'Tổng Lãnh sự quán Lào tại TP Hồ Chí Minh'],
			[F.q1, 'chụp ảnh lưu niệm cùng Đoàn'],
			[F.hu, 'Festival Huế 2024'],
			[F.hu, 'tỉnh Sa-va-na-khét'],
			[F.hu, 'xe buýt điện'],
			[F.hu, 'quản lý đô thị di sản'],
			[F.hu, 'tặng quà lưu niệm đồng chí'],
			[F.cl, 'ký kết Biên bản thỏa thuận. Ảnh'],
			[F.cl, 'mãi xanh tươi'],
			[F.cl, 'sớm đưa sầu riêng sang Lào'],
			[F.cl, 'Tiền Giang tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc'],
			[F.cl, 'Giá sầu riêng'],
			[F.cl, 'đô thị loại III'],
			[F.cl, 'cầu Rạch Miễu 2'],
			[F.cl, 'Lễ hội Trái cây ngon']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2008-01-01' || e.start! > '2024-12-31').map(show)).toEqual([]);
	});
});
