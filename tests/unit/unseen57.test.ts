/**
 * A fifty-seventh set of pages (tests/fixtures/unseen57), in English from outlets of both countries not used before, and
 * one Vietnamese page — the Embassy of Vietnam in Laos as a saved HTML page on a Vientiane Capital delegation in Hanoi
 * ('Published: March 12, 2024', 'HANOI (VNA) –', 'on Monday (March 11)', 'Earlier in the day', 'On the afternoon of the
 * same day', 'in the third quarter'), the Lao Embassy in Vietnam on the same trip ('Tue, 12 Mar 2024 10:05:00 +0700',
 * 'HANOI, March 12 (KPL) –', a quote lead by the Lao leader 'on the morning of March 11', 'late on Sunday', 'from 11 to
 * 13 March', 'On Tuesday', 'on Wednesday', 'Mr.', 'Madam', 'H.E.'), Phụ nữ Thủ đô on it in Vietnamese ('12/03/2024
 * 10:05', 'Sáng 11/3', a 'Tin liên quan' block inside the body, 'Trong dịp này', 'Chiều cùng ngày', 'Tối cùng ngày',
 * 'trong quý III năm nay'), VUFO on a Nghe An friendship union in Xieng Khouang in 2018 ('Published: October 26,
 * 2018', 'from 22 to 25 October', 'On the morning of October 23', 'The day before', 'later this year', 'Dr.', 'Madam'),
 * the Lao Government Portal with NO stamp on a Champasak delegation in Da Nang ('CHAMPASAK, June 10 (KPL) –', the year
 * only in 'DIFF 2024', 'over the weekend', 'last Thursday', 'On Friday (June 7)', 'on Saturday … on Sunday', 'in
 * February next year') and Tourism Laos on a Thanh Hoa delegation in Houaphanh and Luang Prabang ('Mon, 18 Nov 2024
 * 08:30:00 +0700', 'this past weekend', 'late on Friday', 'Earlier this month', 'later this year', 'on Tuesday') —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen57';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bun-tha-vi Xỉ-xu-phăn', 'Khăm-xỉ Vông-xa-lạt'],
	['Bounthavy Sisouphanh', 'Khamsy Vongsalath'],
	['Mr. Bounthavy', 'Mr. Khamsy'],
	['Bounthavy thanked', 'Khamsy thanked'],
	['Nguyễn Trọng Khiêm', 'Tô Đình Luyện'],
	['Nguyen Trong Khiem', 'To Dinh Luyen'],
	['Khiem said', 'Luyen said'],
	['Đinh Thị Thanh Mai', 'Kiều Thị Bảo Ngọc'],
	['Dinh Thi Thanh Mai', 'Kieu Thi Bao Ngoc'],
	['Sengkham Inthavong', 'Bounmy Chanthalath'],
	['Vo Duc Thang', 'Ha Quang Vinh'],
	['Dr. Thang', 'Dr. Vinh'],
	['Chanthaly Keomany', 'Souphaphone Vilayhong'],
	['Madam Chanthaly', 'Madam Souphaphone'],
	['Khamphet Sengdala', 'Thongsavanh Keola'],
	['Mr. Khamphet', 'Mr. Thongsavanh'],
	['Luong Van Phuc', 'Trinh Xuan Dao'],
	['Le Van Thuan', 'Cao Minh Tien'],
	['Mr. Thuan', 'Mr. Tien'],
	['Somphone Vilaysack', 'Phetsamone Sihalath'],
	['Vongdeuan Phommaly', 'Manivone Xaysana']
];
describeChanged('the fifty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	// Every delegation is found, with all its events.
	leaders: ['Cao Minh Tien', 'Ha Quang Vinh', 'Khăm-xỉ Vông-xa-lạt', 'Souphaphone Vilayhong', 'Thongsavanh Keola', 'Tô Đình Luyện'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: agreements' and plans'
// periods ('2021-2025', '2026-2030', 'giai đoạn 2021 - 2025', 'giai đoạn 2024 - 2025', '2018-2020'), 'since 2010' and
// '1,200 scholarships' date nothing; the 1999 and 2016 agreements and 'Earlier this month' bus route are background;
// captions, sidebars, 'Tin liên quan' and 'Related' lines, tags, comments, scripts and meta are furniture.
describe('the fifty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ve: '01-vnembassylaos-en-vientiane-deputymayor-hanoi.html',
		le: '02-laoembassyvn-en-vientiane-hanoi-kpl-quotelead.txt',
		pn: '03-phunuthudo-vientiane-hanoi-hoidam-tinlienquan.txt',
		vu: '04-vufo-en-2018-nghean-friendship-xiengkhouang.txt',
		lg: '05-laogov-en-champasak-danang-diff2024-nostamp.txt',
		tl: '06-tourismlaos-en-thanhhoa-houaphanh-luangprabang-weekend.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Vietnamese Embassy page lies within 10–13 March 2024 or is the third-quarter plan', () => {
		expect(outside(F.ve, '2024-03-10', '2024-03-13', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Lao Embassy page lies within 10–13 March 2024', () => {
		expect(outside(F.le, '2024-03-10', '2024-03-13')).toEqual([]);
	});
	it('every main event from the Phụ nữ Thủ đô page lies within 10–13 March 2024 or is the third-quarter plan', () => {
		expect(outside(F.pn, '2024-03-10', '2024-03-13', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the VUFO page lies within 22–25 October 2018 or is the year-end plan', () => {
		expect(outside(F.vu, '2018-10-22', '2018-10-25', ['2018-10-26', '2018-12-31'])).toEqual([]);
	});
	it('every main event from the Lao Government Portal page lies within 6–10 June 2024 or is a plan up to February 2025', () => {
		expect(outside(F.lg, '2024-06-06', '2024-06-10', ['2024-07-01', '2025-02-28'])).toEqual([]);
	});
	it('every main event from the Tourism Laos page lies within 15–19 November 2024 or is the year-end famtrip', () => {
		expect(outside(F.tl, '2024-11-15', '2024-11-19', ['2024-11-18', '2024-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ve, 'Bun Pi Mai celebration'],
			[F.ve, '78th National Day'],
			[F.ve, 'certificates of merit'],
			[F.ve, 'Passport applications'],
			[F.ve, 'at the talks. Photo'],
			[F.ve, 'content_date'],
			[F.ve, 'datePublished'],
			[F.le, 'Lao students in Thai Nguyen'],
			[F.le, '48th National Day'],
			[F.le, 'Bach Mai Hospital'],
			[F.le, 'shake hands before the talks'],
			[F.pn, '50 suất học bổng'],
			[F.pn, 'Hội LHPN Hà Nội thăm'],
			[F.pn, 'Ngày hội Áo dài'],
			[F.pn, 'Tháng hành động vì bình đẳng giới'],
			[F.pn, 'Chúc tình hữu nghị'],
			[F.pn, 'tặng quà lưu niệm'],
			[F.vu, 'VUFO President receives Lao Ambassador'],
			[F.vu, '40 years of Vietnam-Laos Treaty'],
			[F.vu, 'Khammouane schools'],
			[F.vu, 'presents a souvenir'],
			[F.lg, 'Pakse special economic zone'],
			[F.lg, '200,000 visitors'],
			[F.lg, 'monthly government meeting'],
			[F.lg, 'exchange gifts'],
			[F.tl, 'top destination by travel magazine'],
			[F.tl, '3 million visitors'],
			[F.tl, 'Boat Racing Festival'],
			[F.tl, 'at the Viengxay caves']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2018-01-01' && e.role !== 'context').map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
