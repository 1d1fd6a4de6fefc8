/**
 * A thirty-third set of pages (tests/fixtures/unseen33) from outlets not used before, in 2022, 2023 and 2024 — Vietnam
 * Business Forum (VCCI) in English (Cần Thơ's People's Council in Vientiane: 'Thursday, November 23, 2023 9:12 AM', 'on
 * the 21st', 'from Nov. 20 to 23', 'On arrival on Monday afternoon', 'The previous evening', 'Earlier in the day', 'Late
 * on Wednesday', 'this afternoon', the host 'Phetsamone'), Tạp chí Quê hương with NO stamp and NO date (the same leader
 * at the Vietnamese embassy: 'Nhân chuyến thăm và làm việc tại Lào', 'trước đó … ký kết Thỏa thuận hợp tác giai đoạn
 * 2024-2028'), the National Assembly portal as a saved HTML page (the same council's second trip a year later, Vientiane
 * and Luang Prabang a day each: 'Từ chiều 18/11 đến hết ngày 21/11', dated bullets '- Ngày 19/11: …', 'Ngày thứ hai của
 * chuyến thăm', an in-body 'Tin liên quan', 'Sáng cùng ngày', 'Tối 20/11 (giờ địa phương)', the host 'Phetsamon', 'Thủ
 * đô Vientiane'), THTPCT announcing a Lao Party External Relations Commission delegation ('Cập nhật 14-09-2022, 09:12',
 * 'Tối nay (14/9) … đến hết ngày 16/9', 'chiều mai (15/9)', 'khai mạc vào ngày mai (15/9)', 'Trong dịp này'), the Ban
 * Đối ngoại portal reporting it with a quote lead ('15/09/2022 21:40', 'Tối 15/9', 'Trước đó, chiều cùng ngày', 'Tối hôm
 * trước', 'Ngày mai (16/9)', the leader 'Thịp-pha-vông' where 04 writes 'Thíp-pha-vông') and QRT's photo story of Quảng
 * Trị veterans in Savannakhet and Salavan ('22.03.2024 | 16:20', 'Trong hai ngày 20 và 21 tháng 3', captions with
 * credits, 'Sáng nay (22/3)', 'tháng 7 tới'); old tone marks ('Thành uỷ', 'hoà', 'thuỷ') — against gold written before
 * the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen33';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trương Quốc Thắng', 'Lạc Hữu Nghĩa'],
	['Truong Quoc Thang', 'Lac Huu Nghia'],
	['Thang paid', 'Nghia paid'],
	['Thang said', 'Nghia said'],
	['Phetsamone Sisoulith', 'Vongphet Chanthalangsy'],
	['Phetsamon Sisoulith', 'Vongphet Chanthalangsi'],
	['Phetsamone said', 'Vongphet said'],
	['Xổm-xạ-nít In-thạ-vông', 'Thoong-xa-vẳn Phi-la-lạt'],
	['Xay-xổm-phon Thíp-pha-vông', 'Bun-thạ-vi Kẹo-xổm-phu'],
	['Xay-xổm-phon Thịp-pha-vông', 'Bun-thạ-vy Kẹo-xổm-phu'],
	['Đỗ Thành Nhân', 'Khúc Văn Lũy'],
	['Hồ Sĩ Phong', 'Tạ Đình Cẩn'],
	['Bua-khăm Xi-xổm-bắt', 'Phôm-ma-lạt Xay-nha-vông'],
	['Khăm-xỉ Vông-phạ-chăn', 'Xỉ-la-vông Bun-nhạ-vạt'],
	['Phạm Đình Khoa', 'Ông Văn Kiệt'],
	['Lê Văn Hoà', 'Mạc Thanh Tùng']
];
describeChanged('the thirty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The leader of both Cần Thơ trips; the Lao leader is named as 05 spells him.
	leaders: ['Lạc Hữu Nghĩa', 'Lạc Hữu Nghĩa', 'Bun-thạ-vy Kẹo-xổm-phu', 'Tạ Đình Cẩn'],
	knownGaps: 0,
	// The Quê hương page has no stamp and no date: its day rests on the English page of the trip.
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('02-')
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the agreement's period
// ('giai đoạn 2024-2028', 'for the 2024-2028 period'), 'in 2022' growth, 'since 2013', 'năm học 2021 - 2022', '8 tháng
// đầu năm 2022' date nothing; captions' 'sáng 19/11' and 'năm 2019', sidebars, the in-body 'Tin liên quan' box, tags,
// comments, scripts and meta are furniture.
describe('the thirty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		vb: '01-vccinews-en-cantho-vientiane-councils-agreement.txt',
		qh: '02-quehuongonline-cantho-embassy-community-nostamp.txt',
		qd: '03-quochoi-cantho-council-vientiane-luangprabang-bullets.html',
		tt: '04-thtpct-lao-party-foreign-affairs-cantho-announce.txt',
		bd: '05-bandoingoai-cantho-secretary-receives-lao-party-quotelead.txt',
		qr: '06-qrt-veterans-quangtri-savannakhet-salavan-photostory.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Vietnam Business Forum page lies within 20–23 November 2023', () => {
		expect(outside(F.vb, '2023-11-20', '2023-11-23')).toEqual([]);
	});
	it('every main event from the undated Quê hương page lies within the 2023 trip, 20–23 November 2023', () => {
		expect(outside(F.qh, '2023-11-20', '2023-11-23')).toEqual([]);
	});
	it('every main event from the National Assembly portal page lies within 18–21 November 2024', () => {
		expect(outside(F.qd, '2024-11-18', '2024-11-21')).toEqual([]);
	});
	it('every main event from the THTPCT page lies within 14–16 September 2022', () => {
		expect(outside(F.tt, '2022-09-14', '2022-09-16')).toEqual([]);
	});
	it('every main event from the Ban Đối ngoại page lies within 14–16 September 2022', () => {
		expect(outside(F.bd, '2022-09-14', '2022-09-16')).toEqual([]);
	});
	it('every main event from the QRT page lies within 20–22 March 2024 or is the July plan', () => {
		expect(outside(F.qr, '2024-03-20', '2024-03-22', ['2024-07-01', '2024-07-31'])).toEqual([]);
	});
	it("the Cần Thơ council's 2023 and 2024 trips, led by the same man, are two delegations", () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const a = of(F.vb, 'Late on Wednesday, the delegation visited the Vietnamese Embassy');
		const b = of(F.qd, 'Ngày 20/11, tại thành phố Luông Pha Bang');
		expect(a).toHaveLength(1);
		expect(b).toHaveLength(1);
		expect(a[0].id).not.toBe(b[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.vb, 'Can Tho hosts Vietnam - Laos trade fair'],
			[F.vb, 'seeks Vietnamese investors in organic farming'],
			[F.vb, 'opens year-end session'],
			[F.vb, 'Hau Giang signs MoU with Champasak'],
			[F.vb, 'at the signing ceremony. (Photo'],
			[F.qh, 'Tết Trung thu cho thiếu nhi'],
			[F.qh, 'Khai giảng lớp tiếng Việt cho con em kiều bào'],
			[F.qh, 'Chi hội doanh nhân Việt Nam tại Luông Pha Bang'],
			[F.qh, 'tặng quà lưu niệm Đại sứ quán'],
			[F.qd, 'tiếp Đoàn đại biểu HĐND tỉnh Chăm-pa-xắc'],
			[F.qd, 'kỳ họp chuyên đề tháng 7/2024'],
			[F.qd, 'hội kiến Chủ tịch Quốc hội Lào'],
			[F.qd, 'tại buổi làm việc sáng 19/11'],
			[F.qd, 'Luật Địa chất và khoáng sản'],
			[F.qd, 'giám sát chương trình mục tiêu quốc gia'],
			[F.qd, 'Thông cáo về kết quả Kỳ họp thứ 7'],
			[F.qd, 'datePublished'],
			[F.tt, 'Tổng Lãnh sự quán Lào tại TP Hồ Chí Minh'],
			[F.tt, 'gặp mặt lưu học sinh Lào nhân Ngày thiết lập'],
			[F.tt, 'sửa chữa mặt cầu'],
			[F.tt, 'tiếp Đoàn đại biểu Lào năm 2019'],
			[F.bd, 'Hội nghị công tác đối ngoại địa phương năm 2022'],
			[F.bd, 'học tập kinh nghiệm tại Hà Nội'],
			[F.bd, 'Hậu Giang đón Đoàn đại biểu tỉnh Xê Kông'],
			[F.bd, 'Trưởng Ban Đối ngoại Trung ương tiếp Đại sứ Lào'],
			[F.qr, 'dự Lễ hội Thống nhất non sông'],
			[F.qr, 'Đội K93 hồi hương'],
			[F.qr, 'tổng kết công tác năm 2023'],
			[F.qr, 'Xúc động khi thấy các bác']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
