/**
 * An eleventh set of pages (tests/fixtures/unseen11) from outlets not used before — Báo điện tử Đảng Cộng sản (a Lao
 * PROVINCE's delegation received by a central ministry and a Party commission in Hanoi, not by a city; 'Vào lúc 14 giờ
 * 30 phút ngày 21/10/2024 (thứ Hai)', 'lúc 9 giờ sáng cùng ngày', a second clause after ';' planning a leg to Kon Tum),
 * Báo Ninh Bình (TWO Lao delegations received the same day, dashed '15-11', a dotted stamp '15.11.2024', the next
 * morning planned), Báo Quảng Trị (New Year and Tết greetings across the year boundary: stamp 3/1/2025, 'Ngày 30/12',
 * 'hôm thứ Sáu tuần trước', a plan before Bun Pi Mai), Báo Bình Định (a visit postponed, 'hoãn', 'lùi thời gian sang',
 * and a programme table '- 8h00: …'), Báo Tuyên Quang (an interview, the trip only in its intro) and Vietnam Investment
 * Review in English ('Mon, Oct 21, 2024', 'last Friday', an MoU 'on the sidelines of' a conference) — against gold
 * written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen11';
// Faults this set found that are not mended yet: none (see the commits that brought the set in and mended it). A ministry's
// name with 'và' ('Bộ Nông nghiệp và Phát triển nông thôn') still cuts the title from the host's name in AT1's sentence;
// the host is found there through the next one ('Tại buổi tiếp, Thứ trưởng … cho biết').
const KNOWN_GAPS: Record<string, string> = {};
describeAgainstGold('unseen-style articles, eleventh set, against their gold', DIR, KNOWN_GAPS);

describeChanged('the eleventh unseen corpus, changed', DIR, {
	renames: [
		['Xổm-xạ-nít Phôm-vi-hản', 'Thoong-xạ-vẳn Bua-la-pha'],
		['Lương Văn Khải', 'Hà Minh Tuệ'],
		['Hoàng Thị Ngân', 'Lý Thị Thu'],
		['Trần Song Hào', 'Vũ Đình Khang'],
		['Khăm-lạ Xay-nha-vông', 'Phôn-xay Vi-la-sạc'],
		['Đinh Thị Lụa', 'Quách Thị Yến'],
		['Vi-lạ-phon Kẹo-chăn-thạ', 'Xỉ-đa Phum-ma-chăn'],
		['Bun-thoong Phăn-xay-nha', 'Kham-ma-ny Xổm-phu'],
		['Lê Hữu Phước', 'Tôn Thất Bảo'],
		['Hoàng Văn Tâm', 'Nông Đức Thiện'],
		['Nguyễn Tuấn Anh', 'La Văn Cường'],
		['Phạm Thị Hồng Vân', 'Âu Thị Mỹ Duyên'],
		['Xỉ-xổm-phon Lạ-xa-vông', 'Bun-nhăng Khẹo-ma-ny'],
		['Nguyen Thanh Vu', 'Tran Huu Binh'],
		['Vu and', 'Binh and'],
		['Vu said', 'Binh said'],
		['Somphone Keovilay', 'Kongsy Phetsamone']
	],
	// the delegations' leaders only: the hosts who receive them lead none
	leaders: ['Thoong-xạ-vẳn Bua-la-pha', 'Phôn-xay Vi-la-sạc', 'Xỉ-đa Phum-ma-chăn', 'Kham-ma-ny Xổm-phu', 'Nông Đức Thiện', 'La Văn Cường', 'Âu Thị Mỹ Duyên', 'Tran Huu Binh'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the postponed trip's
// original days (28–30/10 will not happen), an interview's background ('Từ năm 2016 đến nay') and yearly pledge, a
// year's summary in a speech ('năm 2024 hai tỉnh đã phối hợp'), 'since 2015'; the two delegations of one day in Ninh
// Bình never share an event; 'Ngày 30/12' under a January 2025 stamp is in 2024.
describe('the eleventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		at: '01-dangcongsan-attapeu-hanoi-ministry.txt',
		nb: '02-baoninhbinh-ninhbinh-two-lao-delegations.txt',
		qt: '03-baoquangtri-savannakhet-new-year.txt',
		bd: '04-baobinhdinh-binhdinh-attapeu-postponed.txt',
		tq: '05-baotuyenquang-interview-luangprabang.txt',
		ct: '06-vir-en-cantho-savannakhet-sidelines.txt'
	};
	const from = (file: string) => t.events.filter((e) => e.sources.some((src) => s.fileOf.get(src.article) === file));
	const show = (e: (typeof t.events)[number]) => `${e.start}..${e.end} ${e.type}: ${e.sources[0].quote.slice(0, 60)}`;
	const outside = (file: string, a: string, b: string) => from(file).filter((e) => !(e.start! >= a && e.end! <= b)).map(show);

	it('every event from the ministry page lies within 20–24 October 2024', () => {
		expect(outside(F.at, '2024-10-20', '2024-10-24')).toEqual([]);
	});
	it('every event from the Ninh Bình page lies within 14–16 November 2024 (the 2022 memorandum is not an event of its own)', () => {
		expect(outside(F.nb, '2024-11-14', '2024-11-16')).toEqual([]);
	});
	it('every event from the Quảng Trị page lies within 27 December 2024–30 April 2025 (30/12 is in 2024)', () => {
		expect(outside(F.qt, '2024-12-27', '2025-04-30')).toEqual([]);
	});
	it('every event from the Vietnam Investment Review page lies within 17–20 October 2024', () => {
		expect(outside(F.ct, '2024-10-17', '2024-10-20')).toEqual([]);
	});
	it('the postponed trip\'s original days carry no event', () => {
		expect(from(F.bd).filter((e) => e.start! <= '2024-10-30' && e.end! >= '2024-10-28').map(show)).toEqual([]);
	});
	it('every event from the postponed trip\'s page is planned', () => {
		expect(from(F.bd).filter((e) => e.status !== 'planned').map(show)).toEqual([]);
	});
	it('no event quotes the interview\'s background or its yearly pledge', () => {
		const qs = ['Từ năm 2016 đến nay, Tuyên Quang đã nhận đào tạo hơn 150 lưu học sinh', 'hằng năm tỉnh sẽ tiếp nhận 20 lưu học sinh Lào'];
		expect(t.events.filter((e) => qs.some((q) => s.quotes(e, F.tq, q))).map(show)).toEqual([]);
	});
	it('no event quotes the year\'s summary in the host\'s speech', () => {
		const q = 'khẳng định năm 2024 hai tỉnh đã phối hợp hiệu quả';
		expect(t.events.filter((e) => s.quotes(e, F.qt, q)).map(show)).toEqual([]);
	});
	it('the two delegations received in Ninh Bình the same day share no event', () => {
		const p = (name: string) => t.people.find((x) => x.name === name)?.id;
		const [a, b] = [p('Khăm-lạ Xay-nha-vông'), p('Vi-lạ-phon Kẹo-chăn-thạ')];
		expect(a && b, 'both leaders are people of the timeline').toBeTruthy();
		expect(from(F.nb).filter((e) => e.people.includes(a!) && e.people.includes(b!)).map(show)).toEqual([]);
		const da = t.delegations.find((d) => d.leader === a), db = t.delegations.find((d) => d.leader === b);
		expect(da && db && da.id !== db.id, 'two delegations').toBeTruthy();
		expect(da!.events.filter((id) => db!.events.includes(id))).toEqual([]);
	});
});
