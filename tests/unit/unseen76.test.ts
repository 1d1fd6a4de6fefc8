/**
 * A seventy-sixth set of pages (tests/fixtures/unseen76) from outlets not used before, on city-to-city cooperation in the
 * COVID and post-COVID years — the Hanoi Party Committee portal (Hà Nội–Viêng Chăn 'hội đàm trực tuyến qua cầu truyền
 * hình' 'Chiều 16/9' under 'Cập nhật lúc: 17/09/2021 08:15', medical aid handed over 'thông qua Đại sứ quán Lào' 'sáng
 * 15/9', a trip put off from 'tháng 4/2021' to 'cuối năm nay', a return visit 'trong năm 2022'), the Hanoi police portal
 * (that trip done 'Trong hai ngày 29 và 30/12 vừa qua' under '03/01/2022 | 10:20', 'Chiều 29/12', 'Sáng 30/12', 'Cuối năm
 * ngoái', 'Trưa 31/12 … dịp Tết Dương lịch', 'Đầu năm nay'), the Champasak provincial administration in English (a Da Nang
 * delegation in Pakse 'on Dec 28 for a three-day working visit', 'On Dec 29', 'On Dec 30 morning', 'postponed twice',
 * 'after the Lao New Year in April'), the Da Nang labour federation as a saved HTML page (the same trip: 'Từ ngày 28 đến
 * 30/12/2021', 'Trong buổi hội đàm ngày 29/12', 'Chiều cùng ngày', 'quý II/2022', a 'Tết sum vầy' programme 'từ 27/12/2021 -
 * 1/1/2022'), Da Nang Hospital with NO stamp (supplies for Champasak 'Nhân dịp Tết cổ truyền Bun-pi-may … sáng 11/4 …
 * thông qua Tổng Lãnh sự quán', the year only from 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', an online consultation
 * 'ngày 7/4', 'tháng 6 tới') and the Huế Festival Centre (Luông Pha-bang at Festival Huế 2022 'Từ ngày 24 đến 28/6', moved
 * from April; 'tháng 11/2021 … hội đàm qua hình thức trực tuyến'; 'tháng 4/2023'; 'Hôm nay') — against gold written
 * before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen76';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Đinh Tiến Phong', 'Tạ Quốc Hưng'],
	['Xổm-phít Kẹo-bua-la', 'Thong-xay Vi-la-vông'],
	['Trần Hữu Lộc', 'Bùi Văn Cường'],
	['Lê Hồng Quân', 'Mai Xuân Trường'],
	['Bun-lợi Phăn-tha-vông', 'Khăm-phon Xay-nhạ-vông'],
	['Võ Thành Luân', 'Lương Đức Hiển'],
	['Vo Thanh Luan', 'Luong Duc Hien'],
	['Vilaykone Sengsouvanh', 'Keomany Sisouphan'],
	['Governor Vilaykone', 'Governor Keomany'],
	['Mr Vilaykone', 'Mr Keomany'],
	['Vi-lay-khon Xeng-xu-vẳn', 'Kẹo-ma-ni Xỉ-xu-phăn'],
	['Phan Thị Hạnh Dung', 'Vương Thị Ngọc Lan'],
	['Xổm-chăn Thip-pha-vông', 'Bua-phăn Xỉ-xổm-phon'],
	['Hồ Quang Vinh', 'Kiều Minh Triết'],
	['Phon-xay Xỉ-vi-lay', 'Vi-lạ-vông Khăm-ma-ny'],
	['Bun-khong Xay-nha-lắt', 'Xỉ-phon Inh-tha-vông'],
	['Khăm-xạ-vẳn Phu-mi-xay', 'Xổm-xạ-nít Văn-na-xỉn'],
	['Nguyễn Đăng Khoa', 'Phùng Tấn Lộc']
];
describeChanged('the seventy-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The Champasak governor is named by his Vietnamese spelling, one of his two.
	leaders: ['Tạ Quốc Hưng', 'Thong-xay Vi-la-vông', 'Khăm-phon Xay-nhạ-vông', 'Lương Đức Hiển', 'Kẹo-ma-ni Xỉ-xu-phăn', 'Kiều Minh Triết', 'Xổm-xạ-nít Văn-na-xỉn', 'Phùng Tấn Lộc'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a trip put off from its
// old date ('tháng 4/2021', 'April 2020 but was postponed twice', Festival Huế 2020 'phải hủy', 'từ tháng 4 sang cuối
// tháng 6') makes no event; a plan's or a memorandum's term ('2021 - 2025', '2022 - 2026', '2022-2026', '2022 - 2027'), an
// anniversary ('5/9/1962 - 5/9/2022'), the named year 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', figures ('Năm 2020',
// 'In 2020', 'Năm 2019', '2020 - 2021', 'năm 2021'), 'Từ năm 2012 đến nay' and the union's own 'Tết sum vầy' 'từ 27/12/2021
// - 1/1/2022' are nothing; aid sent through an embassy or consulate and online meetings are events of no trip; captions,
// sidebars, tags, scripts and meta are furniture.
describe('the seventy-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dh: '01-dcshanoi-hanoi-vientiane-online-talks-aid-postponed.txt',
		ch: '02-conganhanoi-police-vientiane-yearend-visit.txt',
		cp: '03-champasakgov-en-danang-delegation-pakse-dec29.txt',
		cd: '04-congdoandanang-champasak-trip-union.html',
		bv: '05-bvdanang-aid-champasak-hospital-bunpimay-nostamp.txt',
		fh: '06-festivalhue-luangprabang-delegation-festival2022.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hanoi Party portal lies within 15–16 September 2021 or is a plan for late 2021 or 2022', () => {
		expect(outside(F.dh, '2021-09-15', '2021-09-16', ['2021-10-01', '2022-12-31'])).toEqual([]);
	});
	it('every main event from the Hanoi police page lies within 29–31 December 2021 or is the early-2022 plan', () => {
		expect(outside(F.ch, '2021-12-29', '2021-12-31', ['2022-01-01', '2022-03-31'])).toEqual([]);
	});
	it('every main event from the Champasak page lies within 28–30 December 2021 or is the spring 2022 plan', () => {
		expect(outside(F.cp, '2021-12-28', '2021-12-30', ['2022-04-01', '2022-05-31'])).toEqual([]);
	});
	it('every main event from the Da Nang labour federation page lies within 28–30 December 2021 or is the second-quarter plan', () => {
		expect(outside(F.cd, '2021-12-28', '2021-12-30', ['2022-04-01', '2022-06-30'])).toEqual([]);
	});
	it('every main event from the Da Nang Hospital page lies within 7–11 April 2022 or is a May–June plan', () => {
		expect(outside(F.bv, '2022-04-07', '2022-04-11', ['2022-05-01', '2022-06-30'])).toEqual([]);
	});
	it('every main event from the Festival Huế page lies within 24–28 June 2022 or is the April 2023 plan', () => {
		expect(outside(F.fh, '2022-06-24', '2022-06-28', ['2023-04-01', '2023-04-30'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, a put-off date or a programme that is not Vietnam–Laos', () => {
		const qs: [string, string][] = [
			[F.dh, 'tỉnh Phông-xa-lỳ (12/11/2019)'],
			[F.dh, 'làm việc tại tỉnh Bắc Giang'],
			[F.dh, 'kỳ họp chuyên đề về phòng, chống dịch'],
			[F.dh, 'Hà Nội - Bắc Kinh'],
			[F.dh, 'Quang cảnh hội đàm tại điểm cầu Hà Nội'],
			[F.dh, 'sang thăm Thủ đô Viêng Chăn vào tháng 4/2021'],
			[F.ch, 'bảo đảm an ninh, trật tự dịp Tết Dương lịch 2022'],
			[F.ch, 'Tổng kết công tác năm 2021'],
			[F.ch, 'Đoàn Công an tỉnh Hủa Phăn thăm Công an Hà Nội'],
			[F.ch, 'kiểm tra công tác trực Tết'],
			[F.ch, 'ký Biên bản ghi nhớ.'],
			[F.cp, 'receives Covid-19 vaccines from Japan'],
			[F.cp, 'Route 13 South repair works'],
			[F.cp, 'Ubon Ratchathani'],
			[F.cp, 'Wat Phou festival 2022'],
			[F.cp, 'exchange the signed memorandum'],
			[F.cd, 'datePublished'],
			[F.cd, 'trao quà cho Liên hiệp Công đoàn tỉnh Chăm-pa-xắc.'],
			[F.cd, 'Tết Nhâm Dần'],
			[F.cd, 'Đại hội Công đoàn thành phố lần thứ XIII'],
			[F.cd, 'Liên hiệp Công đoàn tỉnh Sa-la-van'],
			[F.cd, 'ra quân "Tháng Công nhân" sớm'],
			[F.cd, 'chương trình "Tết sum vầy"'],
			[F.bv, '5 tấn oxy y tế'],
			[F.bv, 'Hội nghị khoa học Ngoại khoa'],
			[F.bv, 'Đoàn bác sĩ tỉnh Xê Kông'],
			[F.bv, 'người cao tuổi quận Hải Châu'],
			[F.bv, 'trao biểu trưng tặng vật tư y tế'],
			[F.bv, 'Từ năm 2012 đến nay'],
			[F.fh, 'Khai mạc Tuần lễ Festival Huế 2022 (25/6/2022)'],
			[F.fh, 'Festival Huế 2020 dừng tổ chức'],
			[F.fh, 'Đêm Hoàng cung'],
			[F.fh, 'Huế - Kinh đô áo dài'],
			[F.fh, 'tặng quà lưu niệm cho Trưởng đoàn']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	it('no event quotes a date a trip or a festival was put off from', () => {
		const qs: [string, string][] = [
			[F.dh, 'sang thăm Thủ đô Viêng Chăn vào tháng 4/2021'],
			[F.cp, 'originally been planned for April 2020'],
			[F.fh, 'Festival Huế 2020 đã phải hủy']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
});
