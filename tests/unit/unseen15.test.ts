/**
 * A fifteenth set of pages (tests/fixtures/unseen15) from outlets not used before — Báo Đắk Nông (a Lao Party study
 * tour across two Vietnamese provinces in one trip, 'từ ngày 9 đến 14/6', the first leg 'trong hai ngày 10-11/6' told
 * after the news day), Công an Nghệ An (police border talks in the police date style 'Ngày 5-6', 'Tối 5-6', 'Sáng 6-6',
 * a farewell at the border gate, the next round 'vào tháng 12 tới'), Đài PT-TH Sơn La (a medical mission with NO stamp,
 * the year from the body, 'Ảnh 1: …' captions and dated comments), Đài PT-TH Hà Tĩnh (a Lao delegation at a trade
 * fair 'từ ngày 5 đến 9/12', stamp 'Chủ nhật, 07/12/2025, 07:30 (GMT+07:00)'), Báo Bình Dương as a saved HTML page
 * (a round-up 'Trong tuần' of two Lao delegations) and Lao Economic Daily in English (a KPL-style dateline, 'December
 * 1-3', 'last Monday', 'Last Tuesday', 'in April next year') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen15';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
describeAgainstGold('unseen-style articles, fifteenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-xạ-nít Vi-lạ-vông', 'Khăm-lạ Phết-xa-vẳn'],
	['Hồ Ngọc Tường', 'Mai Xuân Lực'],
	['Bun-xởn Phôm-mạ-chắc', 'Xỉ-thon Vàng-xay'],
	['Trần Hữu Khang', 'Đoàn Văn Kiệm'],
	['Lò Văn Thịnh', 'Hà Văn Sướng'],
	['Phôn-thong Xay-nha-vông', 'Bua-khăm Thi-lạ-vông'],
	['Trần Quốc Bảo', 'Lưu Đình Khuê'],
	['Khăm-phăn Xi-xu-vông', 'Ong-kẹo Xay-xổm-bắt'],
	['Lương Văn Phước', 'Tạ Minh Đăng'],
	['Vi-lay-phon Xi-xu-lát', 'Súc-xạ-văn Khăm-mua'],
	['Huỳnh Thị Kim Loan', 'Châu Thị Ngọc Diệp'],
	['Ma-ni-vông Keo-bua-la-pha', 'Vi-lạ-văn Sỉ-pha-chăn'],
	['Manivong Keobualapha', 'Vilavanh Siphachanh'],
	['Phetsamone Sihalath', 'Khounkham Douangdy'],
	['Mr Phetsamone', 'Mr Khounkham'],
	['Tran Quoc Dung', 'Lam Van Tuoi']
];
describeChanged('the fifteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders only (the hosts who receive them lead none)
	leaders: ['Khăm-lạ Phết-xa-vẳn', 'Ong-kẹo Xay-xổm-bắt', 'Hà Văn Sướng', 'Xỉ-thon Vàng-xay', 'Súc-xạ-văn Khăm-mua', 'Vi-lạ-văn Sỉ-pha-chăn', 'Khounkham Douangdy'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: '6 tháng đầu năm 2025',
// a memorandum's period '2026-2030' and a plan's year date nothing; the sidebars', tags' and comments' dates are
// furniture; two delegations in one round-up are two; one study tour across two provinces is one.
describe('the fifteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dn: '01-baodaknong-attapeu-studytour-two-provinces.txt',
		ca: '02-congannghean-xiengkhouang-police-border-talks.txt',
		sl: '03-sonlatv-medical-mission-houaphanh-nostamp-comments.txt',
		ht: '04-hatinhtv-bolikhamxay-trade-fair.txt',
		bd: '05-baobinhduong-two-lao-delegations-roundup.html',
		ld: '06-laoeconomicdaily-en-vientiane-youth-cantho.txt'
	};
	const { from, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Đắk Nông page lies within 9–14 June 2025', () => {
		expect(outside(F.dn, '2025-06-09', '2025-06-14')).toEqual([]);
	});
	it('every main event from the Công an Nghệ An page lies within 5–6 June 2025 or is the December plan', () => {
		expect(outside(F.ca, '2025-06-05', '2025-06-06', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Sơn La page lies within 12–13 March 2026 or is the October plan', () => {
		expect(outside(F.sl, '2026-03-12', '2026-03-13', ['2026-10-01', '2026-10-31'])).toEqual([]);
	});
	it('every main event from the Hà Tĩnh page lies within 5–9 December 2025', () => {
		expect(outside(F.ht, '2025-12-05', '2025-12-09')).toEqual([]);
	});
	it('every main event from the Bình Dương page lies within 17–26 March 2025', () => {
		expect(outside(F.bd, '2025-03-17', '2025-03-26')).toEqual([]);
	});
	it('every main event from the Lao Economic Daily page lies within 1–3 December 2025 or is the April plan', () => {
		expect(outside(F.ld, '2025-12-01', '2025-12-03', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('the study tour across two provinces is one delegation', () => {
		const d = t.delegations.filter((x) => x.events.some((id) => from(F.dn).some((e) => e.id === id)));
		expect(d).toHaveLength(1);
	});
	it('the round-up’s evening exchange belongs to the second delegation, not the first', () => {
		const e = t.events.find((x) => s.quotes(x, F.bd, 'Tối cùng ngày, Hội Liên hiệp Phụ nữ tỉnh tổ chức giao lưu văn nghệ'));
		expect(e?.start).toBe('2025-03-20');
		expect((e?.people ?? []).filter((id) => /vi-lay|phuoc/.test(id))).toEqual([]);
	});
	it('no event quotes the sidebars, the tags or the comments', () => {
		const qs: [string, string][] = [
			[F.dn, 'Đắk Nông tiếp Đoàn đại biểu tỉnh Mondulkiri'],
			[F.dn, 'khai mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh'],
			[F.ca, 'Hội đàm định kỳ cuối năm 2024 với Công an tỉnh Hủa Phăn'],
			[F.sl, 'Mong chương trình được tổ chức hằng năm'],
			[F.sl, 'thăm, chúc Tết Bun-pi-mày'],
			[F.ht, 'Khai mạc Hội chợ thương mại Việt - Lào năm 2024'],
			[F.ht, 'Tuần tới, Hà Tĩnh tổ chức Hội nghị xúc tiến đầu tư'],
			[F.bd, 'Bình Dương tổ chức Hội nghị gặp gỡ doanh nghiệp FDI'],
			[F.bd, 'Bình Dương tiếp Đoàn đại biểu tỉnh Xê Kông'],
			[F.ld, 'friendship camp in Xieng Khouang']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2025-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
