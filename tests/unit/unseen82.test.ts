/**
 * An eighty-second set of pages (tests/fixtures/unseen82) from outlets not used before, on the three capitals' leaders
 * visiting each other in other years — the Ba Đình district portal with NO stamp (a Hà Nội HĐND delegation in Thủ đô
 * Viêng Chăn 'từ ngày 24 đến ngày 27/7', the year only from '(18/7/1977 - 18/7/2017)' and 'Năm Đoàn kết hữu nghị Việt Nam
 * - Lào 2017', 'Hôm thứ Tư', an undated visit to the Embassy in Laos, 'đầu năm 2018'), HUFO (the Vientiane Capital
 * high-level delegation in TP.HCM under '12/04/2019 - 16:20': 'Chiều 11/4', 'tối muộn 10/4', 'Tối cùng ngày', 'Sáng nay
 * (12/4)', 'rạng sáng 13/4', 'hạ tuần tháng 11 năm nay'), the USSH site in English (the same delegation: 'On Friday
 * morning', 'on Wednesday night', 'On Thursday afternoon', 'from April 8-10', the twin-city anniversary '(1999 - 2019)'),
 * Sở Ngoại vụ Hà Nội's roundup 'Nhìn lại năm 2019: 10 sự kiện' under 28/12/2019 ('Hồi tháng 4', 'Ngày 9/4', 'trung tuần
 * tháng 11', a caption 'vào tháng 4 vừa qua', items of other countries), Doanh nghiệp & Tiếp thị as a saved HTML page
 * (TP.HCM in Viêng Chăn, 'Đăng: 18/06/2025 06:00 | Cập nhật: 20/06/2025 10:12', 'Chiều 16/6 (giờ địa phương)', 'đầu tuần
 * này', 'Hôm thứ Ba', 'Thỏa thuận hợp tác giai đoạn 2025-2030', 'hạ tuần tháng 9') and Tạp chí Doanh nghiệp và Hội nhập
 * (the same trip under 'Thứ Hai, 23/06/2025': 'Tuần qua, từ ngày 16 đến 18/6', 'chiều thứ Hai', '2 ngày 17-18/6', 'ngày 5
 * và 6/4', 'Vào thứ Năm tuần trước', 'Cuối tuần qua', 'thượng tuần tháng 7') — against gold written before the pipeline
 * saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen82';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	DF1: "dated April 2019 and occurred, but not merged with the English 'arrived in Ho Chi Minh City on Wednesday night after three days of working in Hanoi from April 8-10', whose 8–10/4 event takes the sentence's place, Ho Chi Minh City, not Hanoi"
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's. (None now.)
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Ngô Thị Thanh Bình', 'Lục Thị Hồng Nhung'],
	['Hoàng Trung Kiên', 'Đàm Quốc Vượng'],
	['Xỉ-phăn-đon Vông-khăm-xao', 'Khăm-la Xụ-li-nha'],
	['Bun-thoong Xi-xu-vông', 'Thoong-lực Phăn-ma-ly'],
	['Xay-xổm-bun Phôm-ma-vông', 'Bun-mi Xỉ-hạ-lạt'],
	['Xaysomboun Phommavong', 'Bounmy Sihalath'],
	['Mr. Xaysomboun', 'Mr. Bounmy'],
	['Trịnh Hoài Nam', 'Kha Minh Đạt'],
	['Trinh Hoai Nam', 'Kha Minh Dat'],
	['Tạ Quang Thiều', 'Hứa Văn Dũng'],
	['Phùng Văn Lợi', 'Mẫn Đức Tài'],
	['Văn Đức Thịnh', 'Tôn Thất Khiêm'],
	['Ạt-xa-phon Khăm-vông-xa', 'Vi-lay Xổm-phét'],
	['Phu-khong Bun-nha-lạt', 'Khăm-xỉ Vông-phạ-chăn'],
	['Sỉ-xạ-vạt Thong-xổm-bun', 'Bun-nhơn Keo-xi-ha'],
	['Trương Minh Hiển', 'Quách Thành Lộc']
];
describeChanged('the eighty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lục Thị Hồng Nhung', 'Khăm-la Xụ-li-nha', 'Bun-mi Xỉ-hạ-lạt', 'Kha Minh Đạt', 'Mẫn Đức Tài', 'Tôn Thất Khiêm', 'Khăm-xỉ Vông-phạ-chăn'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a plan's
// period ('giai đoạn 2019 - 2023', '2025-2030', 'giai đoạn 2016 - 2020', 'đến năm 2030'), anniversaries ('40 năm … (18/7/1977 -
// 18/7/2017)', '20 năm … (1999 - 2019)', '72 năm Cách mạng tháng Tám'), yearly figures ('Năm 2018', 'năm 2024', '6 tháng
// đầu năm'), a roundup's items of other countries (the US–DPRK summit, UNESCO, Paris, Seoul) and an internal assignment
// ('Cuối tuần qua, Thường trực Thành ủy … giao Sở Ngoại vụ') are nothing; captions, sidebars, tags, comments, scripts and
// meta are furniture.
describe('the eighty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bd: '01-badinh-hanoi-hdnd-vientiane-chanthabouly-nostamp.txt',
		hf: '02-hufo-vientiane-capital-delegation-hcmc-2019.txt',
		us: '03-hcmussh-en-vientiane-party-delegation-lao-students.txt',
		df: '04-dofahanoi-nhin-lai-2019-10-su-kien-doi-ngoai.txt',
		en: '05-enternews-hcmc-vientiane-thoa-thuan-2025-2030.html',
		dn: '06-doanhnghiephoinhap-hcmc-delegation-vientiane-businesses.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Ba Đình page lies within 24–27 July 2017 or is the early-2018 plan', () => {
		expect(outside(F.bd, '2017-07-24', '2017-07-27', ['2018-01-01', '2018-06-30'])).toEqual([]);
	});
	it('every main event from the HUFO page lies within 8–13 April 2019 or is the November plan', () => {
		expect(outside(F.hf, '2019-04-08', '2019-04-13', ['2019-11-01', '2019-11-30'])).toEqual([]);
	});
	it('every main event from the USSH page lies within 8–12 April 2019', () => {
		expect(outside(F.us, '2019-04-08', '2019-04-12')).toEqual([]);
	});
	it('every main event from the Sở Ngoại vụ roundup lies within April–November 2019', () => {
		expect(outside(F.df, '2019-04-08', '2019-11-30')).toEqual([]);
	});
	it('every main event from the Doanh nghiệp & Tiếp thị page lies within 15–18 June 2025 or is the September plan', () => {
		expect(outside(F.en, '2025-06-15', '2025-06-18', ['2025-09-01', '2025-09-30'])).toEqual([]);
	});
	it('every main event from the Doanh nghiệp và Hội nhập page lies within 16–19 June 2025 or is the July plan', () => {
		expect(outside(F.dn, '2025-06-16', '2025-06-19', ['2025-07-01', '2025-07-10'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the comments, the stamps or the roundup\'s other items', () => {
		const qs: [string, string][] = [
			[F.bd, 'huyện Xay-xệt-thả (Thủ đô Viêng Chăn)'],
			[F.bd, 'Lễ kỷ niệm 72 năm Cách mạng tháng Tám'],
			[F.bd, 'Ngày Chủ nhật xanh'],
			[F.bd, 'công tác đối ngoại nhân dân quận năm 2016'],
			[F.bd, 'tặng quà lưu niệm lãnh đạo HĐND'],
			[F.hf, 'Hội hữu nghị Campuchia - Việt Nam thành phố Phnôm Pênh'],
			[F.hf, 'thanh niên thành phố Yokohama'],
			[F.hf, 'năm học 2018 - 2019'],
			[F.hf, 'công tác viện trợ phi chính phủ năm 2018'],
			[F.hf, 'tặng quà lưu niệm Trưởng đoàn'],
			[F.us, 'delegation from Yunnan University'],
			[F.us, 'Bunpimay Festival 2018'],
			[F.us, 'Chulalongkorn University'],
			[F.us, 'with Lao students at USSH'],
			[F.df, 'Hà Nội - Phnôm Pênh ký kết'],
			[F.df, 'Đoàn đại biểu thành phố Bangkok'],
			[F.df, 'làm việc tại Seoul'],
			[F.df, 'Hội nghị thượng đỉnh Hoa Kỳ - Triều Tiên'],
			[F.df, 'Mạng lưới các thành phố sáng tạo'],
			[F.df, 'vào tháng 4 vừa qua'],
			[F.en, 'thu hút 14 dự án'],
			[F.en, 'Phnôm Pênh mời gọi doanh nghiệp'],
			[F.en, 'Bangkok chia sẻ kinh nghiệm'],
			[F.en, 'Lãnh đạo hai thành phố chứng kiến'],
			[F.en, 'datePublished'],
			[F.dn, 'tổng kết 5 năm hợp tác giai đoạn 2019 - 2023'],
			[F.dn, 'gỡ vướng thủ tục hải quan'],
			[F.dn, 'hợp tác Việt - Lào năm 2024'],
			[F.dn, 'Mong doanh nghiệp nhỏ'],
			[F.dn, 'giới thiệu sản phẩm tại buổi kết nối']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2001-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	it('the internal assignment \'Cuối tuần qua, Thường trực Thành ủy TP.HCM đã giao Sở Ngoại vụ chủ trì …\' is no event', () => {
		expect(t.events.filter((e) => s.quotes(e, F.dn, 'giao Sở Ngoại vụ chủ trì')).map(show)).toEqual([]);
	});
});
