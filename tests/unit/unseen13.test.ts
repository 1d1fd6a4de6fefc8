/**
 * A thirteenth set of pages (tests/fixtures/unseen13) from outlets not used before — Báo Bắc Ninh (a delegation led by
 * a woman, 'bà', in Luông Nặm Thà: a place-first lead 'LUÔNG NẶM THÀ - Ngày 20/11', the stamp '21/11/2025 | 14:05'
 * AFTER the body, 'trong 3 ngày (20-22/11)', the Lao leader written three ways and then by title alone), VietNamNet
 * Global in English (the SAME trip from another outlet: one signing, one delegation), Báo Hải Phòng (one leader's two
 * trips a year apart, 'từ ngày 1/12 đến hết ngày 3/12', 'Tháng 12 năm ngoái', 'Rạng sáng nay (3/12)'), Báo Văn hóa
 * (a lunar date in brackets '(tức ngày 6 tháng 11 năm Ất Tỵ)', 'vào các ngày 24, 25 và 26/12', a 'Trang 1 2' pager
 * inside the body, 'Đêm qua (25/12)', 'Hôm nay (26/12)' on a 07:02 stamp), Báo Hưng Yên (friendship associations,
 * 'Hôm 12/3', a stamp '2026-03-14 07:30', a return visit 'đầu tháng 9 tới' led by the host, 'đầu tuần này') and Znews
 * as a saved HTML page (police talks Huế–Sa-la-văn: 'Chiều qua (5/3)', 'Tối qua', 'Dịp này', a 2027 plan) — against
 * gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen13';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
describeAgainstGold('unseen-style articles, thirteenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Thị Thu Hằng', 'Vương Thị Thanh Nhàn'],
	['Nguyen Thi Thu Hang', 'Vuong Thi Thanh Nhan'],
	['Hang, who heads', 'Nhan, who heads'],
	['Khăm-phon Xay-nha-lạt', 'Xổm-xạ-ạt Lặt-xạ-vông'],
	['Khamphone Saynalath', 'Somsack Latsavong'],
	['Đồng chí Khăm-phon', 'Đồng chí Xổm-xạ-ạt'],
	['Governor Khamphone', 'Governor Somsack'],
	['Đỗ Mạnh Cường', 'Tăng Văn Khải'],
	['Bun-lợi Xi-họ-vông', 'Thoong-xay Vi-lạ-phăn'],
	['Lê Hữu Tiến', 'Hứa Văn Quyết'],
	['Xổm-phon Phăn-thạ-vông', 'Chăn-xa-mỏn Phôm-vi-hản'],
	['Somphone Phanthavong', 'Chansamone Phomvihane'],
	['Vông-xay Si-xổm-phon', 'Khăm-pheng Thi-pha-vông'],
	['Đào Quang Vinh', 'Kiều Quang Sáng'],
	['Phon-xạ-vẳn Khăm-mạ-ny', 'Xẻng-phết Bua-la-pha'],
	['Đặng Hữu Phước', 'Nông Hữu Lộc']
];
describeChanged('the thirteenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders only (the hosts who receive them lead none); Hải Phòng's leader leads two trips a year apart
	leaders: ['Vương Thị Thanh Nhàn', 'Khăm-pheng Thi-pha-vông', 'Kiều Quang Sáng', 'Xẻng-phết Bua-la-pha', 'Tăng Văn Khải', 'Tăng Văn Khải', 'Chăn-xa-mỏn Phôm-vi-hản'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the anniversary span
// '(2/12/1975 - 2/12/2025)', the lunar date '(tức ngày 6 tháng 11 năm Ất Tỵ)', a memorandum's period and 'định kỳ năm
// 2026' date nothing; the sidebars' dated stories are furniture; one happening told by two outlets is one event; a Lao
// leader written three ways is one person.
describe('the thirteenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bn: '01-baobacninh-bacninh-luangnamtha-woman-leader.txt',
		vn: '02-vietnamnet-en-bacninh-luangnamtha.txt',
		hp: '03-baohaiphong-haiphong-xiengkhouang-two-trips.txt',
		th: '04-baovanhoa-houaphan-thanhhoa-lunar.txt',
		hy: '05-baohungyen-xaynhabuly-friendship-association.txt',
		zn: '06-znews-hue-salavan-police-talks.html'
	};
	const { from, main, show, outside } = byPage(t, s.fileOf);
	const fold = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

	it('every main event from the Bắc Ninh page lies within 20–22 November 2025', () => {
		expect(outside(F.bn, '2025-11-20', '2025-11-22')).toEqual([]);
	});
	it('every main event from the VietNamNet page lies within 20–22 November 2025', () => {
		expect(outside(F.vn, '2025-11-20', '2025-11-22')).toEqual([]);
	});
	it('every main event from the Hải Phòng page lies within 1–3 December 2025, and the 2024 trip is told as one', () => {
		expect(outside(F.hp, '2025-12-01', '2025-12-03')).toEqual([]);
		expect(from(F.hp).filter((e) => e.start! < '2025-01-01').length).toBeGreaterThan(0);
	});
	it('every main event from the Văn hóa page lies within 24–26 December 2025 or is the 2026 plan', () => {
		expect(main(F.th).filter((e) => !(e.start! >= '2025-12-24' && e.end! <= '2025-12-26') && !(e.start! >= '2026-01-01' && e.status === 'planned')).map(show)).toEqual([]);
	});
	it('every main event from the Hưng Yên page lies within 9–13 March 2026 or is the September plan', () => {
		expect(main(F.hy).filter((e) => !(e.start! >= '2026-03-09' && e.end! <= '2026-03-13') && !(e.start! >= '2026-09-01' && e.status === 'planned')).map(show)).toEqual([]);
	});
	it('every main event from the Znews page lies within 4–7 March 2026 or is the 2027 plan', () => {
		expect(main(F.zn).filter((e) => !(e.start! >= '2026-03-04' && e.end! <= '2026-03-07') && !(e.start! >= '2027-01-01' && e.status === 'planned')).map(show)).toEqual([]);
	});
	// A Latin name in brackets after the Vietnamese transcription, and the given name alone ('Đồng chí Khăm-phon'), each
	// made a person of their own (mended in people.ts).
	it('the Lao governor written three ways (Vietnamese, Latin in brackets, given name alone) is one person', () => {
		const names = ['Khăm-phon Xay-nha-lạt', 'Khamphone Saynalath', 'Khăm-phon', 'Khamphone'].map(fold);
		expect(t.people.filter((p) => [p.name, ...p.aliases].some((n) => names.includes(fold(n)))).map((p) => p.name)).toHaveLength(1);
	});
	// 'Ngày 21/11, Đoàn đi thăm … và làm việc với …' (typed working_session, with the delegation) and 'On Friday, the
	// delegation visited …' (a visit, no one named) stayed two events (mended in merge.ts: one day at one named site).
	it('the Friday visit told by both outlets is one event', () => {
		const e = t.events.find((x) => s.quotes(x, F.vn, 'On Friday, the delegation visited the Boten special economic zone'));
		expect(e && s.quotes(e, F.bn, 'Ngày 21/11, Đoàn đi thăm khu kinh tế đặc biệt Bò-tên'), 'merged with the Bắc Ninh report').toBe(true);
	});
	// The host's words after the trip sentence made him a participant of the trip (BN2, mended).
	it('the host the delegation meets is no participant of its trip', () => {
		const trip = t.events.find((x) => s.quotes(x, F.bn, 'Đoàn có chuyến thăm, làm việc tại tỉnh bạn trong 3 ngày'));
		expect(trip?.people.filter((id) => /kham/.test(id))).toEqual([]);
	});
	// The host association's seminar 'Cũng trong đầu tuần này', before the guests came, got their leader and a trip of its own.
	it('a seminar of the host alone, before the guests came, is not the guests’', () => {
		const seminar = t.events.find((x) => s.quotes(x, F.hy, 'Cũng trong đầu tuần này, Hội hữu nghị tỉnh đã tổ chức tọa đàm'));
		expect(seminar?.people ?? []).toEqual([]);
	});
	it('no event quotes the sidebars, the anniversary span or the lunar date', () => {
		const qs: [string, string][] = [
			[F.bn, 'Tuần tới, Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư'],
			[F.hp, 'Hải Phòng tiếp Đoàn đại biểu Thủ đô Viêng Chăn'],
			[F.hy, 'Tuần tới, tỉnh tổ chức Hội nghị tổng kết'],
			[F.zn, 'Công an Huế tiếp nhận 5 công dân']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start?.startsWith('1975') || e.start === '2025-11-06').map(show)).toEqual([]);
	});
});
