/**
 * A sixteenth set of pages (tests/fixtures/unseen16) from outlets not used before — Kinh tế & Đô thị (a Hà Nội
 * department's two-city trip to Lào 'từ 7 – 10/10' with an en dash, 'hôm 7/10' told after the second city, a signing
 * right after the talks, 'Trước đó, sáng cùng ngày', the host's own past trip told in passing), Đại biểu Nhân dân (a Lao
 * provincial People's Council in Huế then Đà Nẵng in dot dates 'Sáng 16.4', 'từ 15 – 18.4', 'Chiều qua' with no day,
 * an invitation 'vào dịp thích hợp'), Báo Khánh Hòa as a saved HTML page (a trade-union delegation, 'Vào thứ Năm tuần
 * trước' on a Monday stamp, 'hôm 11/3', JSON-LD and scripts), Nhân Dân in English ('on January 15', 'the previous day',
 * 'Later that day', 'On Friday', 'on Saturday', 'next week'), Pháp luật TP.HCM (a court's delegation with NO stamp,
 * the year only in 'Ngày 8/5/2026', 'trong 2 ngày 8 và 9/5', 'ngày 15 tháng Tư năm ngoái', dated comments) and Báo Hà
 * Giang (a Tết visit in lunar days, 'Sáng mùng 5 Tết', 'chiều mùng 4 Tết', a return visit 'vào tháng 4 tới') — against
 * gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen16';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
describeAgainstGold('unseen-style articles, sixteenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Trịnh Thu Hiền', 'Vương Thị Ngọc Lan'],
	['Khăm-phẳn Phôm-mạ-thắt', 'Xỉ-xu-phăn Lăm-mạ-ny'],
	['Nguyễn Thị Bích Phượng', 'Tôn Nữ Thanh Hảo'],
	['Bun-khong Xay-nhạ-sẳn', 'Khăm-tăn Vi-la-phon'],
	['Vi-xay Phôm-xi-hạ', 'Bun-thăn Xu-li-vông'],
	['Visay Phomsiha', 'Bounthanh Soulivong'],
	['Lê Quang Thịnh', 'Phan Đình Quế'],
	['Vu Van Khoa', 'Ngo Duc Tham'],
	['Khoa said', 'Tham said'],
	['Khoa briefed', 'Tham briefed'],
	['Somsanith Vongphachanh', 'Phetmany Inthavong'],
	['Somsanith said', 'Phetmany said'],
	['Lê Thành Hưng', 'Kiều Văn Mạnh'],
	['Thong-xa-vẳn Phi-la-vông', 'Xổm-phết Khun-ly'],
	['Hoàng Văn Thụy', 'Triệu Đức Khang'],
	['Bun-mi Khăm-phon-xay', 'Bun-lơn Xi-thi-xay']
];
describeChanged('the sixteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders, the hosts' own trips among them (the Lao host's past trip, the planned returns)
	leaders: ['Vương Thị Ngọc Lan', 'Khăm-tăn Vi-la-phon', 'Bun-thăn Xu-li-vông', 'Phetmany Inthavong', 'Ngo Duc Tham', 'Xổm-phết Khun-ly', 'Xỉ-xu-phăn Lăm-mạ-ny', 'Triệu Đức Khang', 'Bun-lơn Xi-thi-xay'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's period,
// '9 tháng năm 2025', '1.200 lưu học sinh', 'Nghị quyết số 12/2024/NQ-HĐND', 'năm 2024', 'in 2019' date nothing; an
// invitation 'vào dịp thích hợp' is no event; the sidebars', tags', comments', scripts' and JSON-LD's dates are furniture.
describe('the sixteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		kt: '01-kinhtedothi-hanoi-tourism-luangprabang-twocity.txt',
		db: '02-daibieunhandan-salavan-council-hue-danang-dots.txt',
		kh: '03-baokhanhhoa-champasak-union-lastthursday.html',
		nd: '04-nhandan-en-quangninh-bokeo-nextweek.txt',
		pl: '05-plo-vientiane-court-hcmc-nostamp.txt',
		hg: '06-baohagiang-phongsaly-tet-mung5.txt'
	};
	const { main, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Kinh tế & Đô thị page lies within 7–10 October 2025 or is the November plan', () => {
		expect(outside(F.kt, '2025-10-07', '2025-10-10', ['2025-11-01', '2025-11-30'])).toEqual([]);
	});
	it('every main event from the Đại biểu Nhân dân page lies within 15–18 April 2025', () => {
		expect(outside(F.db, '2025-04-15', '2025-04-18')).toEqual([]);
	});
	it('every main event from the Báo Khánh Hòa page lies within 11–14 March 2026', () => {
		expect(outside(F.kh, '2026-03-11', '2026-03-14')).toEqual([]);
	});
	it('every main event from the Nhân Dân page lies within 14–17 January 2026 or is the next-week plan', () => {
		expect(outside(F.nd, '2026-01-14', '2026-01-17', ['2026-01-19', '2026-01-25'])).toEqual([]);
	});
	it('every main event from the Pháp luật TP.HCM page lies within 8–9 May 2026 or is the September plan', () => {
		expect(outside(F.pl, '2026-05-08', '2026-05-09', ['2026-09-01', '2026-09-30'])).toEqual([]);
	});
	it('every main event from the Báo Hà Giang page lies within 1–4 February 2025 or is the April plan', () => {
		expect(outside(F.hg, '2025-02-01', '2025-02-04', ['2025-04-01', '2025-04-30'])).toEqual([]);
	});
	it('the two-city trips are one delegation each', () => {
		for (const f of [F.kt, F.db]) {
			const d = t.delegations.filter((x) => x.events.some((id) => main(f).some((e) => e.id === id)));
			expect(d, f).toHaveLength(1);
		}
	});
	it('an invitation "vào dịp thích hợp" is no event', () => {
		expect(t.events.filter((e) => s.quotes(e, F.db, 'vào dịp thích hợp')).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts or the comments', () => {
		const qs: [string, string][] = [
			[F.kt, 'Sở Du lịch Hà Nội làm việc với tỉnh Chăm-pa-xắc'],
			[F.kt, 'khai mạc Lễ hội Ẩm thực Hà Nội 2025'],
			[F.db, 'HĐND thành phố tiếp Đoàn đại biểu tỉnh Xê Kông'],
			[F.db, 'HĐND thành phố Huế khai mạc kỳ họp chuyên đề'],
			[F.kh, 'phát động Tháng Công nhân năm 2026'],
			[F.kh, 'Đoàn cán bộ công đoàn tỉnh Xê Kông thăm Khánh Hòa'],
			[F.kh, 'khai mạc Giải chạy Nha Trang Marathon'],
			[F.kh, 'publishDate'],
			[F.nd, 'Bokeo governor visits Hai Phong port'],
			[F.pl, 'Chúc tình hữu nghị đời đời bền vững'],
			[F.pl, 'Tòa án nhân dân tối cao Lào'],
			[F.pl, 'mở phiên tòa phúc thẩm vụ án Vạn Thịnh Phát'],
			[F.hg, 'Đoàn đại biểu tỉnh Văn Sơn'],
			[F.hg, 'khai hội Lồng Tồng']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
