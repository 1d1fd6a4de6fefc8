/**
 * A twentieth set of pages (tests/fixtures/unseen20) from outlets not used before — Báo Trà Vinh (a district delegation,
 * huyện Cầu Ngang to huyện Xay-bu-li of Sa-van-na-khẹt, 'Trong hai ngày 20 và 21-11' under 'Thứ sáu, ngày 22/11/2024 -
 * 08:15', 'Sáng thứ Hai tuần này', 'Hôm 20/11', 'Ngày 21-11', 'cuối tuần này', 'tháng 2 năm sau', ALL-CAPS title and
 * heading), Báo Sóc Trăng as a live page ('8h30: …', '14h: …' under '14/03/2025 07:30 (Cập nhật lúc 17:05)', 'Chiều hôm
 * qua (13/3)', 'Lúc 8h30 sáng mai (15/3)'), Vietnam Law & Legal Forum in English (Vinh Long and Ca Mau delegations
 * received in Vientiane 'on Nov. 20' and 'On the same day', 'Nov 20-21', 'from Monday to Wednesday', 'The following
 * morning', 'on Saturday'), Báo Vĩnh Long as a saved HTML page (a trip beside an online meeting 'Sáng cùng ngày', a Khăm
 * Muồn visit 'dời lại' and 'lùi sang tháng 9/2025', 'ngày 14.6'), Báo Cà Mau with NO stamp (an interview: 'Ngày 16-9,
 * chúng tôi đã hội đàm', 'tháng 12 tới') and Thời báo Tài chính whose only date is in its title ('Chiều hôm qua (20/11)',
 * 'vào 14h chiều nay', 'Đầu tuần', 'quý I/2026') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen20';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twentieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Huỳnh Tấn Lộc', 'Tạ Đức Khang'],
	['Khăm-phăn Xỉ-xu-vông', 'Bun-lứa Xay-nha-sỉn'],
	['Vi-lay Xổm-phu-vông', 'Thoong-xạ-văn Mạ-ni-phon'],
	['Lâm Hoàng Nghiệp', 'Quách Văn Thịnh'],
	['Phonesavanh Keomanivong', 'Khamla Sisavath'],
	['Phonesavanh also', 'Khamla also'],
	['Tran Quoc Hung', 'Do Minh Tuan'],
	['Ho Thi Kim Ngan', 'Vo Thi Bich Thuy'],
	['Ngan said', 'Thuy said'],
	['Phan Văn Thới', 'Mai Văn Lực'],
	['Xổm-xạ-nít Vông-phăn-đi', 'Phết-xạ-vẳn Kẹo-bun-hương'],
	['Bun-mi Thăm-ma-vông', 'Xổm-bắt Lo-xi-phon'],
	['Đặng Hữu Phước', 'Kiều Minh Đạt'],
	['Xỉ-xổm-phon Vông-khăm-xao', 'Khăm-xay Xi-phăn-đon'],
	['Hoàng Xuân Trường', 'Ninh Văn Quảng'],
	['Khăm-xỉ Phim-ma-xon', 'Vông-phết Xay-nha-lăt']
];
describeChanged('the twentieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Thoong-xạ-văn Mạ-ni-phon', 'Do Minh Tuan', 'Vo Thi Bich Thuy', 'Mai Văn Lực', 'Kiều Minh Đạt', 'Khăm-xay Xi-phăn-đon', 'Vông-phết Xay-nha-lăt', 'Tạ Đức Khang', 'Bun-lứa Xay-nha-sỉn', 'Xổm-bắt Lo-xi-phon'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a
// school year's period ('giai đoạn 2021 - 2025', '2025 - 2030', '2026 - 2028', 'năm học 2025 - 2026'), 'Năm 2023' and
// 'năm 2024' figures, '10 tháng năm 2025', 'formed this July', 'in 2026', 'between 2016 and 2025' and the postponed
// visit's old 'cuối tháng 6' date nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the twentieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tv: '01-baotravinh-caungang-xaybouly-district.txt',
		st: '02-baosoctrang-sekong-liveblog.txt',
		vl: '03-vietnamlawmagazine-en-vientiane-vinhlong-camau-sameday.txt',
		vg: '04-baovinhlong-khammouane-online-postponed.html',
		cm: '05-baocamau-interview-savannakhet-nostamp.txt',
		tc: '06-thoibaotaichinh-quangtri-khammouane-titledate.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Trà Vinh page lies within 18–24 November 2024 or is the February plan', () => {
		expect(outside(F.tv, '2024-11-18', '2024-11-24', ['2025-02-01', '2025-02-28'])).toEqual([]);
	});
	it('every main event from the Báo Sóc Trăng page lies within 12–15 March 2025', () => {
		expect(outside(F.st, '2025-03-12', '2025-03-15')).toEqual([]);
	});
	it('every main event from the Vietnam Law & Legal Forum page lies within 17–22 November 2025', () => {
		expect(outside(F.vl, '2025-11-17', '2025-11-22')).toEqual([]);
	});
	it('every main event from the Báo Vĩnh Long page lies within 11–14 June 2025 or is the September plan', () => {
		expect(outside(F.vg, '2025-06-11', '2025-06-14', ['2025-09-01', '2025-09-30'])).toEqual([]);
	});
	it('every main event from the Báo Cà Mau page lies within 15–18 September 2025 or is the December plan', () => {
		expect(outside(F.cm, '2025-09-15', '2025-09-18', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Thời báo Tài chính page lies within 17–21 November 2025 or is the 2026 plan', () => {
		expect(outside(F.tc, '2025-11-17', '2025-11-21', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('the Vinh Long and Ca Mau delegations received in Vientiane the same day are two', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.vl, q))));
		const vl = of('received a delegation from the Mekong Delta province of Vinh Long');
		const cm = of('also received a delegation from Ca Mau province');
		expect(vl).toHaveLength(1);
		expect(cm).toHaveLength(1);
		expect(vl[0].id).not.toBe(cm[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tv, 'Trà Vinh tiếp Đoàn đại biểu tỉnh Sa-la-văn'],
			[F.tv, 'kết nghĩa với huyện Xê-pôn'],
			[F.tv, 'khu kinh tế Định An'],
			[F.tv, 'Lễ hội Ok Om Bok'],
			[F.tv, 'trúng mùa tôm thẻ chân trắng'],
			[F.tv, 'thứ 3 từ trái'],
			[F.st, 'Tổng Lãnh sự Lào tại TP Hồ Chí Minh'],
			[F.st, 'Lễ hội Chol Chnam Thmay'],
			[F.st, 'Đoàn đại biểu tỉnh Sóc Trăng thăm tỉnh Xê Kông'],
			[F.st, 'Giá hành tím'],
			[F.st, 'chiến dịch Thanh niên tình nguyện'],
			[F.vl, 'review implementation of legal cooperation agreement'],
			[F.vl, 'foreign-invested enterprises'],
			[F.vl, 'Ho Chi Minh City delegation visits Vientiane'],
			[F.vl, 'personal income tax'],
			[F.vl, 'open new border gate pair'],
			[F.vl, 'Tran Quoc Hung at the meeting'],
			[F.vg, 'Đoàn công tác Đại sứ quán Lào'],
			[F.vg, 'công bố nghị quyết hợp nhất'],
			[F.vg, 'Vĩnh Long và Khăm Muồn ký kết Thỏa thuận hợp tác'],
			[F.vg, 'Giá lúa Hè Thu'],
			[F.vg, 'Lễ hội Trái cây Vĩnh Long'],
			[F.vg, 'trao quà lưu niệm cho đồng chí'],
			[F.vg, 'datePublished'],
			[F.vg, 'page_date'],
			[F.cm, 'Tổng Lãnh sự quán Lào tại TP Hồ Chí Minh'],
			[F.cm, 'Hội chợ tôm Cà Mau'],
			[F.cm, 'Đoàn đại biểu tỉnh Bạc Liêu thăm tỉnh Xiêng Khoảng'],
			[F.cm, 'hợp tác hiệu quả về con tôm'],
			[F.cm, 'Con tôi đang học ở Lào'],
			[F.cm, 'Đặng Hữu Phước (bên trái)'],
			[F.tc, 'Giải ngân vốn đầu tư công'],
			[F.tc, 'Hội nghị đối thoại với doanh nghiệp về thuế'],
			[F.tc, 'Sở Tài chính Nghệ An làm việc với tỉnh Xiêng Khoảng'],
			[F.tc, 'Giá vàng hôm nay'],
			[F.tc, 'Lãi suất ngân hàng']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
