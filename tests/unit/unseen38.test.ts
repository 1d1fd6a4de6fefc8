/**
 * A thirty-eighth set of pages (tests/fixtures/unseen38) from outlets not used before, on education, health and science —
 * Hue University (its delegation at the National University of Laos and Champasak University: 'Trong các ngày 15-17/8'
 * under 'Đăng ngày: 18.08.2023', 'Vào sáng thứ Ba (15/8)', 'Hôm 16/8' after an in-body 'Tin liên quan', 'vào tháng 11
 * tới', leaders titled 'PGS.TS …, Giám đốc' and 'Hiệu trưởng'), the National University of Laos in English (the same trip:
 * 'Earlier this week' under 'Friday, August 18, 2023', 'Vientiane Capital', 'Champassak province', 'Luang Prabang
 * province', 'from August 15 to 17' and 'on the 16th' in one sentence), the Thanh Hóa general hospital as a saved HTML page
 * (twinning with the Hủa Phăn provincial hospital: a quote lead by the Lao director, 'Ngày 13 tháng Tám', 'từ chiều 12/8
 * đến hết ngày 14/8', 'Chiều cùng ngày' after a flashback to 12/8, 'tháng 10/2026'), Giáo dục Việt Nam whose only date is
 * its title ('Điểm tin giáo dục ngày 12/3/2026': a Lao minister, 'Bộ trưởng', received by Thái Nguyên 'Chiều hôm qua',
 * 'Sáng nay', 'chiều nay', and a provincial youth union in Luông Pha-bang 'Đầu tuần'), Khoa học & Phát triển with NO
 * stamp (a science department, Sở Khoa học và Công nghệ, in Sê Kông in dated bullets '- Ngày 7/1: …', the year only from
 * 'thứ Ba (7/1)' and 'Techmart Việt Nam - Lào năm 2020', 'bản Pạc Xê' that is not Pắc Xế) and Can Tho University of
 * Medicine and Pharmacy in English (a Champasak hospital: 'on Aug 4-5', 'On arrival … late on Monday', 'On the 4th',
 * 'Earlier in the day', 'The previous evening', 'on Thursday', 'in mid-August') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen38';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trần Đức Minh', 'Khổng Văn Lãm'],
	['Tran Duc Minh', 'Khong Van Lam'],
	['Xổm-xạ-nít Bun-nhạ-vông', 'Thoong-lứa Xỉ-vi-lay'],
	['Somsanith Bounyavong', 'Thongleua Sivilay'],
	['Prof. Dr. Somsanith said', 'Prof. Dr. Thongleua said'],
	['Bun-thăn Phôm-ma-xỉ', 'Chăn-thạ-phon Lát-xạ-vông'],
	['Khăm-xing Xay-nha-lạt', 'Phon-thíp Vi-lạ-vông'],
	['Lê Văn Cường', 'Giáp Đình Thuận'],
	['Trịnh Thị Mai Hương', 'Lục Thị Bích Ngà'],
	['Hà Quang Vinh', 'Mạc Hữu Toàn'],
	['Khăm-phon Xay-nha-xỉn', 'Xổm-chít In-thạ-vông'],
	['Đỗ Thị Thanh Nhàn', 'Ông Thị Kim Dung'],
	['Vông-phết Xỉ-xu-lạt', 'Bua-khăm Thíp-pha-vông'],
	['Hoàng Minh Tú', 'Lã Quang Đức'],
	['Lưu Đức Thạch', 'Tôn Thất Hưng'],
	['Bun-nhăng Xỉ-thi-lạt', 'Xỉ-pha-văn Kẹo-xổm-bắt'],
	['Bounmy Keomanysone', 'Khamphet Vongsavanh'],
	['Dr. Bounmy thanked', 'Dr. Khamphet thanked'],
	['Lam Quoc Tuan', 'Ung Van Khiem'],
	['Duong Hoang Nam', 'Tieu Minh Luan'],
	['Tran Thi Ngoc Anh', 'Ha Thi Thu Trang']
];
describeChanged('the thirty-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Khổng Văn Lãm', 'Chăn-thạ-phon Lát-xạ-vông', 'Phon-thíp Vi-lạ-vông', 'Giáp Đình Thuận', 'Xổm-chít In-thạ-vông', 'Lã Quang Đức', 'Tôn Thất Hưng', 'Xỉ-pha-văn Kẹo-xổm-bắt', 'Khamphet Vongsavanh', 'Ha Thi Thu Trang'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a school
// year's period ('giai đoạn 2023 - 2028', '2023-2028', 'năm học 2022 - 2023', 'từ năm học 2023 - 2024', 'giai đoạn 2026 -
// 2031', 'giai đoạn 2026 - 2030', 'between 2026 and 2030', 'giai đoạn 2016 - 2019'), 'năm 2025' figures, 'since 2019',
// and the agreed master's courses nothing; captions, the in-body 'Tin liên quan', sidebars, tags, comments, scripts and
// meta are furniture.
describe('the thirty-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hu: '01-hueuni-nuol-champasak-cacngay15-17-thuba.txt',
		nu: '02-nuol-en-hue-university-vientiane-capital-champassak-earlierthisweek.txt',
		th: '03-bvdkthanhhoa-houaphanh-hospital-twinning-quotelead-ngay13thangtam.html',
		gd: '04-giaoducvn-thainguyen-lao-minister-titledate-nostampbody.txt',
		kh: '05-khoahocphattrien-quangnam-sekong-science-bullets-nostamp-techmart2020.txt',
		ct: '06-ctump-en-champasak-hospital-cantho-onthe4th-midaugust.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hue University page lies within 14–17 August 2023 or is the November plan', () => {
		expect(outside(F.hu, '2023-08-14', '2023-08-17', ['2023-11-01', '2023-11-30'])).toEqual([]);
	});
	it('every main event from the National University of Laos page lies within 14–17 August 2023', () => {
		expect(outside(F.nu, '2023-08-14', '2023-08-17')).toEqual([]);
	});
	it('every main event from the Thanh Hóa hospital page lies within 12–14 August 2026 or is the October plan', () => {
		expect(outside(F.th, '2026-08-12', '2026-08-14', ['2026-10-01', '2026-10-31'])).toEqual([]);
	});
	it('every main event from the Giáo dục Việt Nam page lies within 9–12 March 2026 or is the summer plan', () => {
		expect(outside(F.gd, '2026-03-09', '2026-03-12', ['2026-05-01', '2026-08-31'])).toEqual([]);
	});
	it('every main event from the Khoa học & Phát triển page lies within 7–9 January 2020 or is the May plan', () => {
		expect(outside(F.kh, '2020-01-07', '2020-01-09', ['2020-05-01', '2020-05-31'])).toEqual([]);
	});
	it('every main event from the Can Tho medical university page lies within 3–6 August 2026 or is the mid-August plan', () => {
		expect(outside(F.ct, '2026-08-03', '2026-08-06', ['2026-08-10', '2026-08-20'])).toEqual([]);
	});
	// 'bản Pạc Xê, huyện Thà Tèng' (a Sê Kông village) is not Pắc Xế, Champasak's capital: after 'bản' the tones must match.
	it("the village 'bản Pạc Xê' of Sê Kông is not Pắc Xế of Chăm-pa-xắc", () => {
		expect(t.events.filter((e) => s.quotes(e, F.kh, 'bản Pạc Xê') && e.cities.includes('champasak')).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.hu, 'Đại học Huế đón tiếp Đoàn Đại học Xu-pha-nu-vông'],
			[F.hu, 'Trao học bổng cho 50 lưu học sinh Lào'],
			[F.hu, 'Khai giảng lớp tiếng Việt cho cán bộ tỉnh Sa-la-văn'],
			[F.hu, 'công bố điểm chuẩn trúng tuyển'],
			[F.hu, 'Tổng Lãnh sự Lào tại Đà Nẵng'],
			[F.hu, 'ký Biên bản ghi nhớ hợp tác. Ảnh'],
			[F.nu, 'ASEAN university rectors'],
			[F.nu, 'Faculty of Medicine graduates'],
			[F.nu, 'Khon Kaen University'],
			[F.nu, 'exchange the signed documents'],
			[F.th, 'Khám bệnh, cấp thuốc miễn phí cho 500 người dân'],
			[F.th, 'Khai giảng lớp đào tạo hồi sức cấp cứu'],
			[F.th, 'Ghép thận thành công'],
			[F.th, 'tuyển dụng viên chức'],
			[F.th, 'dịp nghỉ lễ Quốc khánh'],
			[F.th, 'ký kết Biên bản kết nghĩa giữa hai bệnh viện'],
			[F.th, 'datePublished'],
			[F.th, 'dimension2'],
			[F.gd, 'lịch thi tốt nghiệp THPT'],
			[F.gd, 'ngày hội tư vấn tuyển sinh'],
			[F.gd, 'đón Tết Bunpimay tại Thái Nguyên'],
			[F.gd, 'Điểm chuẩn học bạ'],
			[F.kh, 'công nhận 12 sản phẩm OCOP'],
			[F.kh, 'nhân giống lan rừng'],
			[F.kh, 'phòng thí nghiệm nuôi cấy mô'],
			[F.kh, 'rất đáng mong đợi'],
			[F.kh, 'trao cây giống sâm cho tỉnh Sê Kông. Ảnh'],
			[F.ct, 'welcomes 120 international students'],
			[F.ct, 'trained in infection control'],
			[F.ct, '500th cataract surgery'],
			[F.ct, 'presents a souvenir to']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	it('no event before 2019 or after 2026', () => {
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
