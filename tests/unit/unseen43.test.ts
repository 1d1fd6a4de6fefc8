/**
 * A forty-third set of pages (tests/fixtures/unseen43) from outlets not used before, on culture, friendship associations,
 * twinned localities and anniversaries — THTG (Đài PT-TH Tiền Giang) as a saved HTML page (the opening 'Tối 1-9' of 'Những
 * ngày Văn hóa tỉnh Chăm-pa-xắc tại Tiền Giang' running 'từ ngày 1 đến 7/9', anniversaries '(5/9/1962 – 5/9/2022)' and
 * '(18/7/1977 – 18/7/2022)' that are no event days, 'Trước đó, chiều cùng ngày', 'tối hôm trước', an in-body 'Tin liên
 * quan' block, a planned programme in dated bullets to the closing 'Tối 7/9'), the Ministry of Culture, Sports and Tourism
 * in English after the closing ('closed late on Wednesday', 'Over the weekend', 'on Saturday evening', 'On September 5',
 * 'Earlier in the day', 'on Friday'; 'Champassak', 'Vilayphone Sisombath'), the Bến Tre provincial portal with NO stamp
 * (a Vietnam–Laos Friendship Association delegation to two Lao provinces, the year only in 'Năm Đoàn kết Hữu nghị Việt Nam
 * – Lào 2012', '35 năm … (18/7)', 'Ngày thứ ba của chuyến thăm', 'Ngày cuối của chuyến thăm', 'Dịp này' with a commune –
 * village twinning, 'tháng 12 tới'), the Kỳ Sơn district portal (a twinned Lao district's visit under 'Cập nhật
 * 23-11-2022, 09:12', a lead that is the Lao leader's quote dated 'sáng 21/11', 'Trong hai ngày 20 và 21 tháng 11', 'Từ
 * chiều 20/11', an in-body 'TIN LIÊN QUAN', 'Ngay sau hội đàm', 'Tết Bun-pi-mày năm 2023') with a Báo ảnh Dân tộc và Miền
 * núi photo story of the same visit ('Trong hai ngày qua', 'Ngày thứ hai của chuyến thăm', 'Nỏng Hét', 'Khăm Xinh Phon
 * Thạ Vông'), and Tạp chí Văn hóa Nghệ thuật in 2012 (a Sơn La culture week and art troupe in Luông Pha-bang 'từ ngày 3
 * đến 8/9', performance nights as bullets 'Đêm 4/9: …', opening 'Tối 3/9 (giờ địa phương)', closing 'Tối 8/9', 'chiều
 * hôm qua (9/9)') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen43';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Vi-lay-phon Xỉ-xổm-bắt', 'Thoong-lạ Xay-nha-vông'],
	['Vilayphone Sisombath', 'Thongla Xaynhavong'],
	['Nguyễn Thị Thu Vân', 'Lã Thị Bích Hằng'],
	['Nguyen Thi Thu Van', 'La Thi Bich Hang'],
	['Lê Hoàng Khải', 'Tô Quang Vinh'],
	['Xổm-xạ-vạt Ma-ni-vông', 'Phết-xa-mạy Đuông-đy'],
	['Bun-thoong Phôm-ma-xỉ', 'Kẹo-la Xi-hả-chắc'],
	['Khăm-xinh Phon-thạ-vông', 'Xỉ-lạ-phết Vông-xay'],
	['Khăm Xinh Phon Thạ Vông', 'Xỉ Lạ Phết Vông Xay'],
	['Lữ Văn Thắng', 'Ngân Văn Hiếu'],
	['Cầm Thị Phượng', 'Hà Thị Lụa'],
	['Xỉ-xổm-phon Keo-vi-lay', 'Bun-nhơn Chăn-tha-vông']
];
describeChanged('the forty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Thoong-lạ Xay-nha-vông', 'Tô Quang Vinh', 'Kẹo-la Xi-hả-chắc', 'Xỉ-lạ-phết Vông-xay', 'Ngân Văn Hiếu', 'Hà Thị Lụa'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversaries'
// days ('(5/9/1962 – 5/9/2022)', '(18/7/1977 – 18/7/2022)', '(September 5, 1962)', '(July 18, 1977)', '35 năm … (18/7)',
// '(5/9/1962 – 5/9/2012)', '60 years ago'), the named year 'Năm Đoàn kết Hữu nghị Việt Nam – Lào 2012', 'from 2023' (a
// tour to open), 'Năm 2017', 'Năm 2012', 'năm 2011' (background, context at most), 'sau 10 năm', 'hơn 20 năm' nothing;
// captions (outside the photo story), sidebars, tags, comments, scripts and meta are furniture.
describe('the forty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tg: '01-thtg-champasak-culturedays-opening.html',
		bv: '02-bvhttdl-en-champassak-tiengiang-closing-weekend.txt',
		bt: '03-bentre-friendshipassoc-savannakhet-salavan-nostamp.txt',
		ks: '04-kyson-nonghet-twinned-district-quotelead.txt',
		dt: '05-dantocmiennui-photostory-kyson-nonghet-haingayqua.txt',
		vh: '06-vanhoanghethuat-2012-sonla-luangprabang-troupe-nights.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the THTG page lies within 31 August – 7 September 2022', () => {
		expect(outside(F.tg, '2022-08-31', '2022-09-07')).toEqual([]);
	});
	it('every main event from the culture ministry page lies within 1–9 September 2022', () => {
		expect(outside(F.bv, '2022-09-01', '2022-09-09')).toEqual([]);
	});
	it('every main event from the Bến Tre portal lies within 9–13 July 2012 or is the December plan', () => {
		expect(outside(F.bt, '2012-07-09', '2012-07-13', ['2012-12-01', '2012-12-31'])).toEqual([]);
	});
	it('every main event from the Kỳ Sơn portal lies within 20–21 November 2022 or is the April 2023 plan', () => {
		expect(outside(F.ks, '2022-11-20', '2022-11-21', ['2023-04-01', '2023-04-30'])).toEqual([]);
	});
	it('every main event from the photo story lies within 20–22 November 2022', () => {
		expect(outside(F.dt, '2022-11-20', '2022-11-22')).toEqual([]);
	});
	it('every main event from the Văn hóa Nghệ thuật page lies within 3–9 September 2012', () => {
		expect(outside(F.vh, '2012-09-03', '2012-09-09')).toEqual([]);
	});
	it('the opening (1 September) and the closing (7 September) of the culture days are two events', () => {
		const open = t.events.filter((e) => s.quotes(e, F.tg, 'Tối 1-9, tại Quảng trường Trung tâm thành phố Mỹ Tho'));
		const close = t.events.filter((e) => s.quotes(e, F.tg, 'Tối 7/9: Bế mạc Những ngày Văn hóa'));
		expect(open.map((e) => e.start)).toEqual(['2022-09-01']);
		expect(close.map((e) => e.start)).toEqual(['2022-09-07']);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tg, 'Tiền Giang trao học bổng cho lưu học sinh Lào'],
			[F.tg, 'Đoàn đại biểu tỉnh Tiền Giang thăm, làm việc tại tỉnh Chăm-pa-xắc'],
			[F.tg, 'Giá sầu riêng hôm nay'],
			[F.tg, 'phòng, chống sốt xuất huyết'],
			[F.tg, 'Lễ hội Đình Long Hưng'],
			[F.tg, 'thứ 3 từ phải'],
			[F.tg, 'published_time'],
			[F.tg, 'dataLayer'],
			[F.bv, 'Vietnamese Culture Week opens in Luang Prabang'],
			[F.bv, 'Heritage law amendment'],
			[F.bv, 'Lao New Year celebrated'],
			[F.bv, 'traditional lam vong dance'],
			[F.bv, 'Friendship and Solidarity Year 2022'],
			[F.bt, 'Lễ hội Dừa Bến Tre lần thứ ba'],
			[F.bt, 'Đại sứ quán Lào tại Việt Nam'],
			[F.bt, 'Hội nghị xúc tiến đầu tư tỉnh Bến Tre'],
			[F.bt, 'thi đua khen thưởng'],
			[F.bt, 'Xã An Thủy quê tôi'],
			[F.bt, 'Năm 1980 tôi là quân tình nguyện'],
			[F.ks, 'Kỳ Sơn trao 50 con bò giống'],
			[F.ks, 'Hội nghị đánh giá 5 năm kết nghĩa'],
			[F.ks, 'khai giảng lớp tiếng Lào'],
			[F.ks, 'Ngày hội Đại đoàn kết toàn dân tộc'],
			[F.ks, 'phòng chống rét cho gia súc'],
			[F.dt, 'Sắc màu chợ phiên Mường Lống'],
			[F.dt, 'Lễ hội Xên bản'],
			[F.dt, 'giúp dân thu hoạch lúa nương'],
			[F.dt, 'Hội nghị toàn quốc về công tác dân tộc'],
			[F.dt, 'Giá dong riềng'],
			[F.vh, 'Liên hoan Nghệ thuật Hát Then'],
			[F.vh, 'Đoàn Nghệ thuật Hủa Phăn biểu diễn tại Thanh Hóa'],
			[F.vh, 'bảo tồn nghệ thuật xòe Thái'],
			[F.vh, 'Tôi xem đêm diễn ở Xiêng Ngân']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2011-01-01' || e.start! > '2023-12-31').map(show)).toEqual([]);
	});
});
