/**
 * A twelfth set of pages (tests/fixtures/unseen12) from outlets not used before — Báo Cần Thơ (a Champasak delegation:
 * stamp 'Thứ Ba, 16/09/2025, 06:45 (GMT+07:00)', 'Sáng qua (15/9)', 'Theo chương trình, hôm nay (16/9)' on a morning
 * page, a memorandum 'giai đoạn 2026-2030'), Báo Lào Cai (a youth exchange with NO stamp, the year only in the body,
 * 'Trong hai ngày 12-13/3', a return visit 'dự kiến vào tháng 8 tới'), VTV (an ONLINE meeting, no one travels; a trip
 * 'dự kiến vào tháng 12 tới', 'tuần tới'), Báo Quảng Ngãi (a school handed over in Attapeu, 'Từ 9-11/4', stamp
 * '10/04/2026 16:20:05', 'Sáng mai (11/4)', a host who 'chủ trì'), VnExpress International in English (weekdays from a
 * Wednesday stamp) and Báo Đồng Nai as a saved HTML page (a women's union seminar, 'Tối 5-6', 'từ đầu tuần này',
 * 'sáng cùng ngày', 'Cuối tuần qua') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen12';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
describeAgainstGold('unseen-style articles, twelfth set, against their gold', DIR, KNOWN_GAPS);

describeChanged('the twelfth unseen corpus, changed', DIR, {
	renames: [
		['Khăm-phăn Xỉ-xu-lạt', 'Thoong-bay Phôm-mạ-xỉ'],
		['Trần Minh Đức', 'Quan Văn Thịnh'],
		['Bua-khăm Xay-nha-xỏn', 'Xổm-xay Khăm-phuy'],
		['Lý Thị Hoa', 'Mạc Thị Duyên'],
		['Sùng A Páo', 'Thào A Sử'],
		['Hồ Văn Lực', 'Ung Văn Tài'],
		['Phon-xay Vông-khăm-xao', 'Kẹo-ma-ny Sy-pha-sạc'],
		['Nguyễn Đăng Khoa', 'Lục Minh Hiển'],
		['Khăm-xỉ Vông-pha-chăn', 'Bun-mi Chăn-thạ-vông'],
		['Phouvong Sisouphanh', 'Khamphet Vongsavath'],
		['Phouvong said', 'Khamphet said'],
		['Tran Thi Kim Loan', 'Le Thi My Hanh'],
		['Loan said', 'Hanh said'],
		['Chăn-thạ-ly Xỉ-vông-xay', 'Mạ-ly-vẳn Phôm-xu-văn'],
		['Lâm Thị Ngọc Bích', 'Kha Thị Mỹ Lệ']
	],
	// the delegations' leaders only (the hosts who receive them lead none)
	leaders: ['Thoong-bay Phôm-mạ-xỉ', 'Xổm-xay Khăm-phuy', 'Lục Minh Hiển', 'Khamphet Vongsavath', 'Mạ-ly-vẳn Phôm-xu-văn', 'Ung Văn Tài'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's period
// ('giai đoạn 2026-2030') and an earlier agreement's ('2019-2024') date nothing of the trip; the sidebars' dated
// stories are furniture; the page with no stamp takes its year from the body, not the sidebar; an online meeting is no
// trip, so no delegation comes of it; a host who 'chủ trì' talks leads no delegation.
describe('the twelfth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ct: '01-baocantho-cantho-champasak-memorandum.txt',
		lc: '02-baolaocai-oudomxay-youth-exchange.txt',
		ld: '03-vtv-lamdong-sekong-online.txt',
		qn: '04-baoquangngai-attapeu-school-handover.txt',
		sv: '05-vnexpress-en-savannakhet-hcmc.txt',
		dn: '06-baodongnai-bolikhamxay-women-seminar.html'
	};
	const { from, main, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Cần Thơ page lies within 14–17 September 2025', () => {
		expect(outside(F.ct, '2025-09-14', '2025-09-17')).toEqual([]);
	});
	it('every event from the Lào Cai page lies in 2026, March to August (the year from the body, not the sidebar)', () => {
		expect(from(F.lc).filter((e) => !(e.start! >= '2026-03-11' && e.end! <= '2026-08-31')).map(show)).toEqual([]);
	});
	it('every main event from the VTV page lies within 20 October–31 December 2025', () => {
		expect(outside(F.ld, '2025-10-20', '2025-12-31')).toEqual([]);
	});
	it('every main event from the Quảng Ngãi page lies within 9–11 April 2026', () => {
		expect(outside(F.qn, '2026-04-09', '2026-04-11')).toEqual([]);
	});
	it('every main event from the VnExpress page lies within 3–7 November 2025', () => {
		expect(outside(F.sv, '2025-11-03', '2025-11-07')).toEqual([]);
	});
	it('every main event from the Đồng Nai page lies within 31 May–7 June 2025 or is the 2026 plan', () => {
		expect(main(F.dn).filter((e) => !(e.start! >= '2025-05-31' && e.end! <= '2025-06-07') && !(e.start! >= '2026-01-01' && e.status === 'planned')).map(show)).toEqual([]);
	});
	it('the online meeting makes no delegation of its own, and the host who chairs the talks leads none', () => {
		const lead = (name: string) => t.delegations.filter((d) => t.people.find((p) => p.id === d.leader)?.name === name).map((d) => d.label.en);
		expect(lead('Phon-xay Vông-khăm-xao')).toEqual([]);
		expect(lead('Khăm-xỉ Vông-pha-chăn')).toEqual([]);
		const ld = new Set(from(F.ld).map((e) => e.id));
		const online = from(F.ld).find((e) => s.quotes(e, F.ld, 'hội đàm trực tuyến với lãnh đạo chính quyền tỉnh Xê Kông'));
		expect(online, 'the online meeting is an event').toBeTruthy();
		expect(t.delegations.filter((d) => d.events.includes(online!.id)).map((d) => d.label.en)).toEqual([]);
		expect(ld.size).toBeGreaterThan(0);
	});
	it('no event quotes the sidebars, the memorandum period or the speech', () => {
		const qs: [string, string][] = [
			[F.ct, 'Sáng mai, thành phố tổ chức Hội nghị xúc tiến đầu tư'],
			[F.ct, 'thành phố sẽ tiếp tục tiếp nhận lưu học sinh'],
			[F.lc, 'Đoàn thanh niên Lào Cai thăm tỉnh Phông-xa-lỳ'],
			[F.dn, 'Đồng Nai tiếp Đoàn đại biểu tỉnh Bô-li-khăm-xay']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
});
