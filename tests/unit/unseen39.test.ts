/**
 * A thirty-ninth set of pages (tests/fixtures/unseen39) from outlets not used before, on top city leaders and trips that
 * cross a year — the TP Hồ Chí Minh Party portal (hcmcpv) as a saved HTML page (the Party Secretary in Vientiane 'Từ ngày
 * 30/12/2023 đến ngày 2/1/2024' under '03/01/2024 - 07:45 (GMT+07:00)', 'Tối 30/12', 'Chiều 31/12', 'Tối 31/12', 'Sáng
 * 1/1', 'Trưa 2/1', the 'Đô trưởng' as host, a 'Tin liên quan' block inside the body, a 'chương trình hợp tác năm 2024'
 * signed on 31/12/2023), the HCMC Department of Foreign Affairs in English on the SAME trip ('On Dec. 31', 'the previous
 * evening', 'Late on New Year's Eve', 'On New Year's Day', 'Earlier in the day', 'on January 2' under 'Thursday, January
 * 4, 2024 10:05 AM'; 'Somphone Keomany' for 'Xổm-phon Kẹo-mạ-ni'), the Đà Nẵng city portal with clock times (a Chăm-pa-xắc
 * 'Tỉnh trưởng' in Đà Nẵng, 'lúc 16h15 chiều 2/10', 'Lúc 8 giờ 30 ngày 3/10', 'Lúc 14h00', '19h30 tối cùng ngày', a planned
 * programme '- 8h00: …' under 'Cập nhật 03-10-2024, 21:40'), the Thừa Thiên Huế Party portal with NO stamp (Bun-pi-mạy
 * in Sa-van-na-khẹt, the year only in 'Tết cổ truyền Bun-pi-mạy năm 2017', a recalled visit 'mùng 2 Tết Đinh Dậu vừa qua',
 * 'Festival Huế 2018'), Pháp luật & Xã hội (the Hà Nội Party Secretary in Vientiane and Luông Pha-bang told four days
 * after under 'Thứ hai, 18/11/2024 | 06:30', a lead quoting the Lao Mayor, dated bullets '- Ngày 11/11: …', 'Tháng
 * 6/2023' recalled visit after an in-body 'Tin liên quan') and Thanh Niên Việt (a Youth Union photo story, two Lao
 * provinces a day each, 'Trong hai ngày 20 và 21 tháng 11' under '23.11.2023', 'Ngày thứ hai của chuyến công tác', 'Tối
 * hôm trước') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen39';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere).
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Hữu Thạch', 'Tạ Quang Liêm'],
	['Nguyen Huu Thach', 'Ta Quang Liem'],
	['Thach held', 'Liem held'],
	['Thach said', 'Liem said'],
	['Thach and', 'Liem and'],
	['Xổm-phon Kẹo-mạ-ni', 'Bun-xỉ Thăm-ma-chít'],
	['Somphone Keomany', 'Bounsy Thammachith'],
	['Somphone said', 'Bounsy said'],
	['Khăm-xỉnh Phăn-thạ-vông', 'Văn-xay Lạ-sạ-vông'],
	['Trịnh Minh Đạo', 'Vương Đình Khải'],
	['Lương Quốc Khánh', 'Mạc Văn Toàn'],
	['Lê Đình Thiện', 'Cao Xuân Lộc'],
	['Xuổn-xạ-vẳn Phôm-ma-chăn', 'Phon-thíp Kẹo-xổm-phu'],
	['Bun-thăn Xỉ-vi-lay', 'Khăm-lạ Ăn-ta-vông'],
	['Đinh Tiến Hưng', 'Lục Văn Bảo'],
	['Khăm-phon Xi-xổm-phu', 'Xỉ-vi-lay Bun-nhạ-vông'],
	['Hồ Quang Vũ', 'Đàm Thế Hiển'],
	['Mạ-ni-vôn Xi-xu-phăn', 'Phẳn-xi Kẹo-la'],
	['Khăm-pheng Xay-xổm-bắt', 'Nọi-xỉ Sỉ-phăn-đon']
];
describeChanged('the thirty-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// (with the recalled Tết trip's leader, SVT)
	leaders: ['Tạ Quang Liêm', 'Văn-xay Lạ-sạ-vông', 'Cao Xuân Lộc', 'Phon-thíp Kẹo-xổm-phu', 'Khăm-lạ Ăn-ta-vông', 'Lục Văn Bảo', 'Bun-xỉ Thăm-ma-chít', 'Đàm Thế Hiển', 'Nọi-xỉ Sỉ-phăn-đon'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off, decided from the text before the first run: a programme's or an agreement's year or
// term ('chương trình hợp tác năm 2024', 'cooperation programme for 2024', 'giai đoạn 2021 - 2025', '2024 - 2028', '2025 -
// 2030', '2024 - 2026'), 'năm mới 2024', 'welcomed 2024', 'năm 2023' and '9 tháng đầu năm 2024' / '10 tháng năm 2024'
// figures, 'since 2010' nothing; captions, the in-body 'Tin liên quan' blocks, sidebars, tags, comments, scripts and meta
// are furniture.
describe('the thirty-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hc: '01-hcmcpv-hcmc-vientiane-newyear-2024.html',
		en: '02-sngv-en-hcmc-vientiane-newyearseve.txt',
		dn: '03-dananggov-champasak-clocktimes-bullets.txt',
		hu: '04-tinhuyhue-savannakhet-bunpimay-2017-nostamp.txt',
		pl: '05-phapluatxahoi-hanoi-vientiane-luangprabang-quotelead-bullets.txt',
		tn: '06-thanhnienviet-danang-youth-champasak-sekong-photostory.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the TP Hồ Chí Minh Party portal page lies within 30 December 2023 – 2 January 2024', () => {
		expect(outside(F.hc, '2023-12-30', '2024-01-02')).toEqual([]);
	});
	it('every main event from the Department of Foreign Affairs page lies within 30 December 2023 – 2 January 2024', () => {
		expect(outside(F.en, '2023-12-30', '2024-01-02')).toEqual([]);
	});
	it('every main event from the Đà Nẵng portal page lies within 2–4 October 2024', () => {
		expect(outside(F.dn, '2024-10-02', '2024-10-04')).toEqual([]);
	});
	it('every main event from the Thừa Thiên Huế Party portal page lies within 12–14 April 2017 or is the 2018 plan', () => {
		expect(outside(F.hu, '2017-04-12', '2017-04-14', ['2018-01-01', '2018-12-31'])).toEqual([]);
	});
	it('every main event from the Pháp luật & Xã hội page lies within 11–14 November 2024', () => {
		expect(outside(F.pl, '2024-11-11', '2024-11-14')).toEqual([]);
	});
	it('every main event from the Thanh Niên Việt page lies within 20–22 November 2023 or is the 2024 plan', () => {
		expect(outside(F.tn, '2023-11-20', '2023-11-22', ['2024-01-01', '2024-12-31'])).toEqual([]);
	});
	it('the Mayor of Vientiane hosts two different trips: the HCMC one at the new year and the Hà Nội one in November', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const hcm = of(F.hc, 'Chiều 31/12, tại Trụ sở Chính quyền Thủ đô Viêng Chăn');
		const hn = of(F.pl, 'Sáng 12/11: Hội đàm và ký kết');
		expect(hcm).toHaveLength(1);
		expect(hn).toHaveLength(1);
		expect(hcm[0].id).not.toBe(hn[0].id);
	});
	it('no event quotes the sidebars, the in-body related links, the captions, the tags, the scripts or the comments', () => {
		const qs: [string, string][] = [
			[F.hc, 'tiếp Tổng Lãnh sự Lào tại TP Hồ Chí Minh'],
			[F.hc, 'Ngày hội Du lịch TP Hồ Chí Minh lần thứ 19'],
			[F.hc, 'Bệnh viện Mittaphap'],
			[F.hc, 'Hội nghị Thành ủy TP Hồ Chí Minh lần thứ 24'],
			[F.hc, 'bắn pháo hoa tại 3 điểm'],
			[F.hc, 'Đường hoa Nguyễn Huệ'],
			[F.hc, 'Đoàn đại biểu tỉnh Chăm-pa-xắc thăm TP Hồ Chí Minh'],
			[F.hc, 'Đại sứ Campuchia chào từ biệt'],
			[F.hc, 'Đồng chí Nguyễn Hữu Thạch và đồng chí Xổm-phon Kẹo-mạ-ni tại buổi hội đàm'],
			[F.hc, 'Đoàn tặng quà học sinh Trường Song ngữ'],
			[F.hc, 'publishTime'],
			[F.hc, 'publish_date'],
			[F.en, 'review 2023 cooperation results'],
			[F.en, 'reception for Lao National Day'],
			[F.en, 'attends That Luang Festival'],
			[F.en, 'Vietnam-Laos Friendship Festival in April'],
			[F.en, 'consular offices on Tet 2024'],
			[F.dn, 'hơn 1 triệu lượt khách'],
			[F.dn, 'Đoàn đại biểu thành phố Đà Nẵng thăm tỉnh Xê Kông'],
			[F.dn, 'Pháo hoa quốc tế Đà Nẵng 2024'],
			[F.dn, 'Tổng Lãnh sự Lào tại Đà Nẵng chào từ biệt'],
			[F.hu, 'tổng kết công tác đối ngoại năm 2016'],
			[F.hu, 'Đoàn cán bộ tỉnh Sa-la-văn sang học tập kinh nghiệm'],
			[F.hu, 'Trường Tiểu học Hữu nghị Việt - Lào tại huyện Xê-pôn'],
			[F.hu, 'gặp mặt cán bộ hưu trí'],
			[F.pl, '20 xe cứu thương'],
			[F.pl, 'tiếp Đại sứ Lào tại Việt Nam'],
			[F.pl, 'giá đất mới'],
			[F.pl, 'Phạt nguội'],
			[F.pl, 'Marathon quốc tế Di sản'],
			[F.pl, 'Năm 2019 tôi từng đến'],
			[F.pl, 'chứng kiến lễ ký kết'],
			[F.tn, 'Hội thi Tin học trẻ'],
			[F.tn, 'Đại hội Hội Sinh viên Việt Nam'],
			[F.tn, 'Chiến dịch Mùa hè xanh'],
			[F.tn, 'Năm ngoái Tỉnh Đoàn Xê Kông'],
			[F.tn, 'Tự hào tuổi trẻ']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2017-01-01' || e.start! > '2024-12-31').map(show)).toEqual([]);
	});
});
