/**
 * A thirty-fifth set of pages (tests/fixtures/unseen35) from outlets not used before, four of six in English, in 2019,
 * 2023 and 2025 — Tuoi Tre News (Khánh Hòa and Champasak sign a sister-province MoU: a quote lead by the Vietnamese
 * leader 'said in Pakse on Friday (Nov 21)' under 'Sun, November 23, 2025, 09:12 GMT+7', 'from Nov 20 to 23', 'Earlier
 * in the day', 'On arrival in Pakse late on Thursday', 'The following day', 'this evening', 'next month', names in
 * Western order, host 'Khamphou Sisomphone'), an invented Lao outlet, the Lao Tribune, with NO stamp (the same trip's
 * hospital twinning 'on 22 November 2025', 'on Nov. 20-23', 'A day earlier', 'the same afternoon', 'in September next
 * year', host 'Khamphou Sisomphon'), the Ministry of Health portal as a saved HTML page (the same twinning, a quote lead
 * by the Lao leader 'Khăm-phu Xi-xổm-phon', 'Sáng 22/11 (giờ địa phương)', 'từ ngày 20 đến hết ngày 23/11', 'Trước đó,
 * chiều 21/11', an in-body 'Tin liên quan', 'Trong dịp này', 'Chiều cùng ngày'), Asia News Network reprinting Vientiane
 * Times (Quảng Nam in Sekong, scholarships for Lao students: 'Monday, 23 September 2019', 'on Monday (Sept 16)', 'last
 * week', 'at 2pm (local time)', 'A day earlier', 'On Tuesday', 'This week', 'next month'), Vietnam Insider (a Ninh Bình
 * culture week in Luang Prabang and a Hoa Lu–Luang Prabang twinning: 'December 8, 2023', 'on Wednesday evening (Dec 6)
 * and runs until Sunday (Dec 10)', 'On the sidelines of', 'on Dec. 5', 'next year') and Sinh viên Việt Nam (Thanh Hóa's
 * provincial youth union in Hủa Phăn and Xiêng Khoảng a day each: a stamp 'Thứ sáu, 13/10 · 09:12' with NO year, the
 * year only in 'Liên hoan Thanh niên Việt Nam - Lào năm 2023', dated bullets '- Ngày 10/10: …', 'Từ chiều 9/10 đến hết
 * ngày 12/10', 'Tối 11/10 (giờ địa phương)', 'Sáng cùng ngày', an in-body 'TIN LIÊN QUAN', 'Tháng 12 tới') — against
 * gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen35';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (here with their leader but short of an event it never makes): counted
// among its delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Le Hoang Phuc', 'Dang Quoc Vinh'],
	['Lê Hoàng Phúc', 'Đặng Quốc Vinh'],
	['Phuc was', 'Vinh was'],
	['by Phuc and', 'by Vinh and'],
	['Khamphou Sisomphone', 'Bounkham Vongsavath'],
	['Khamphou Sisomphon', 'Bounkham Vongsavat'],
	['Khamphou accepted', 'Bounkham accepted'],
	['Mr Khamphou', 'Mr Bounkham'],
	['Khăm-phu Xi-xổm-phon', 'Bun-khăm Vông-xạ-vạt'],
	['Tran Dinh Hoa', 'Nguyen Quang Sang'],
	['Bounlom Keovongsa', 'Sengphet Inthalath'],
	['Mr Bounlom', 'Mr Sengphet'],
	['Vu Ngoc Lam', 'Phung Duc Tien'],
	['Lam paid', 'Tien paid'],
	['Khampheng Saysana', 'Vanxay Phommasack'],
	['Khampheng said', 'Vanxay said'],
	['Phouvong Vongkhamsao', 'Sithong Keomany'],
	['Lê Văn Tuấn', 'Hà Minh Khôi'],
	['Khăm-liếng Vông-xay', 'Xổm-phết Đuông-mạ-ni'],
	['Phoong-xa-vẳn Xỉ-xổm-bắt', 'Vi-lạ-vông Phăn-thạ-vông']
];
describeChanged('the thirty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the Khánh Hòa leader goes by his Vietnamese spelling (the Ministry of Health page), so does the Champasak Governor, his
	// romanised and transcribed names one person
	leaders: ['Đặng Quốc Vinh', 'Bun-khăm Vông-xạ-vạt', 'Nguyen Quang Sang', 'Phung Duc Tien', 'Hà Minh Khôi'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's period
// ('2026-2030', '2026 – 2030', '2023 - 2028', '2017-2019'), the academic year '2026-2027', figures 'in 2024', 'in
// 2022', 'since 2018', 'built in 2012', 'over the past ten years'; captions, sidebars, tags, comments, scripts, meta and
// the in-body 'Tin liên quan' boxes are furniture.
describe('the thirty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tn: '01-tuoitrenews-en-khanhhoa-champasak-sisterprovince-quotelead.txt',
		lt: '02-laotribune-en-champasak-hospital-twinning-nostamp.txt',
		mh: '03-moh-khanhhoa-hospital-twinning-champasak-quotelead.html',
		an: '04-ann-en-sekong-quangnam-scholarships-lastweek.txt',
		vi: '05-vietnaminsider-en-ninhbinh-culture-week-luangprabang-twinning.txt',
		sv: '06-svvn-thanhhoa-youth-houaphanh-xiengkhouang-bullets-yearinevent.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Tuoi Tre News page lies within 20–23 November 2025 or is the December plan', () => {
		expect(outside(F.tn, '2025-11-20', '2025-11-23', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Lao Tribune page lies within 20–23 November 2025 or is the September 2026 plan', () => {
		expect(outside(F.lt, '2025-11-20', '2025-11-23', ['2026-09-01', '2026-09-30'])).toEqual([]);
	});
	it('every main event from the Ministry of Health page lies within 20–23 November 2025', () => {
		expect(outside(F.mh, '2025-11-20', '2025-11-23')).toEqual([]);
	});
	it('every main event from the Asia News Network page lies within 15–18 September 2019 or is a plan of this week or October', () => {
		expect(outside(F.an, '2019-09-15', '2019-09-18', ['2019-09-23', '2019-10-31'])).toEqual([]);
	});
	it('every main event from the Vietnam Insider page lies within 5–10 December 2023 or is the 2024 plan', () => {
		expect(outside(F.vi, '2023-12-05', '2023-12-10', ['2024-01-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Sinh viên Việt Nam page lies within 9–12 October 2023 or is the December plan', () => {
		expect(outside(F.sv, '2023-10-09', '2023-10-12', ['2023-12-01', '2023-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tn, 'first charter flight from Vientiane'],
			[F.tn, 'celebrate Bunpimay new year'],
			[F.tn, 'officially merge into new Khanh Hoa province'],
			[F.tn, 'top beach cities for 2026'],
			[F.tn, 'low-emission zone'],
			[F.tn, 'My cousin studied in Pakse'],
			[F.tn, 'exchange the sister-province MoU in Pakse'],
			[F.lt, 'coffee exports top'],
			[F.lt, 'Southern Laos trade fair'],
			[F.lt, 'twinning agreement on urban planning'],
			[F.lt, 'minimum wage from January 2026'],
			[F.lt, 'Boun Ok Phansa'],
			[F.lt, '(centre) and Mr Le Hoang Phuc'],
			[F.mh, 'cứu sống bệnh nhân người Lào'],
			[F.mh, 'ký kế hoạch hợp tác y tế năm 2024'],
			[F.mh, 'tiêm chủng mở rộng'],
			[F.mh, 'Bệnh viện tỉnh Sa-la-văn'],
			[F.mh, 'Thông tư số 32/2025/TT-BYT'],
			[F.mh, 'chứng kiến lễ ký kết sáng 22/11'],
			[F.mh, 'datePublished'],
			[F.mh, 'pageDate'],
			[F.an, 'trade tops US$1 billion'],
			[F.an, 'Sekong-Attapeu road'],
			[F.an, 'ASEAN youth forum'],
			[F.an, 'reopen border crossing'],
			[F.an, "rice exports rise"],
			[F.vi, 'most beautiful landscapes'],
			[F.vi, '3 millionth foreign passenger'],
			[F.vi, 'Vietnam-Laos Friendship Festival in 2024'],
			[F.vi, 'speaks at the opening ceremony'],
			[F.sv, 'vui Tết Bunpimay'],
			[F.sv, 'trao 100 suất học bổng cho lưu học sinh Lào'],
			[F.sv, 'Điểm chuẩn đại học năm 2023'],
			[F.sv, 'phát động Tháng thanh niên'],
			[F.sv, 'Thủ khoa khối C'],
			[F.sv, 'em từng học ở Sầm Nưa'],
			[F.sv, 'trao học bổng cho học sinh Trường Phổ thông Dân tộc nội trú tỉnh Hủa Phăn. Ảnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
