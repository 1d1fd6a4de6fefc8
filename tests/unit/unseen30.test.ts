/**
 * A thirtieth set of pages (tests/fixtures/unseen30) from outlets not used before, in other years (2017, 2019, 2023) —
 * An ninh Thủ đô announcing a Vientiane Capital delegation's trip to Hà Nội ('Thứ Sáu, 09/08/2019, 14:05', 'Chiều nay
 * (9/8) … sẽ đến … đến hết ngày 12/8', 'khai mạc vào ngày mai (10/8)', 'Dự kiến, ngày 11/8', 'Cuối tháng 2 vừa qua', old
 * tone marks 'Thành uỷ', 'hoà', 'Thuý'), Người Hà Nội as a saved HTML page reporting the same trip ('08:15 | 12/08/2019',
 * 'Tối 11/8', 'Trước đó, chiều cùng ngày', 'Tối cùng ngày', 'Hôm nay (12/8)', the leader spelled 'Bun-thông Chít-ma-ny'
 * where the other pages write 'Bun-thoong Chít-ma-ni', a host team 'do … làm trưởng đoàn', 'X mời Y dẫn Đoàn … vào tháng
 * 11 tới; Y vui vẻ nhận lời'), IPA Da Nang in English (Champasak, 'Friday, March 17, 2023 4:40 PM', 'on Mar. 14 and 15',
 * 'On arrival … on Tuesday morning', 'on the 15th', 'Earlier in the day', 'The previous evening', 'Late on Wednesday',
 * 'In 2017', 'in June', 'on Thursday'), VOH (the HCMC Youth Union in Vientiane and Luang Prabang: a quote lead, 'chiều
 * Thứ Năm ngày 14/3', dated bullets, 'hồi tháng 6 năm ngoái', an in-body 'Tin liên quan', 'Tối cùng ngày', 'Chiều nay
 * (15/3)', 'tháng 9 tới' under 'Cập nhật: 18:31 15/03/2019'), THP with NO stamp and NO date (the same Vientiane
 * delegation's Hải Phòng day) and the Thừa Thiên Huế portal's photo story (Savannakhet and Champasak a day each, 'Sáng
 * thứ Tư (22/11)', 'Cập nhật 24-11-2017, 09:12') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen30';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirtieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bun-thoong Chít-ma-ni', 'Xay-nha-văn Phôm-mạ-lạt'],
	['Bun-thông Chít-ma-ny', 'Xay-nha-vẳn Phôm-ma-lat'],
	['Trịnh Quốc Bảo', 'Lưu Đình Khôi'],
	['Đỗ Trọng Nghĩa', 'Bạch Văn Toản'],
	['Nguyễn Hữu Khang', 'Vương Đức Hạnh'],
	['Le Minh Hieu', 'Pham Quoc Vinh'],
	['Hieu', 'Vinh'],
	['Vilasack Sengsouvanh', 'Douangdy Keovongsa'],
	['Khampheng Thammavong', 'Bounmy Sayasone'],
	['Khampheng', 'Bounmy'],
	['Lê Quốc Trung', 'Kha Minh Tâm'],
	['Phon-xay Văn-na-xợt', 'Khăm-phết Xạ-nhạ-xỏn'],
	['Tôn Thất Luận', 'Ung Văn Đạo'],
	['Vông-xay Thoong-xi-lạ', 'Xỉ-thạ-vông Bua-la-phăn'],
	['Xổm-phăn Keo-vi-lay', 'Chăn-thạ-ly Pạ-xơ-vông']
];
describeChanged('the thirtieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Kha Minh Tâm', 'Xay-nha-vẳn Phôm-ma-lat', 'Bạch Văn Toản', 'Lưu Đình Khôi', 'Pham Quoc Vinh', 'Bounmy Sayasone', 'Khăm-phết Xạ-nhạ-xỏn', 'Ung Văn Đạo'],
	knownGaps: 0,
	// The THP page has no stamp and no date: its day rests on the other two pages of the trip.
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('05-')
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's or a
// programme's period ('giai đoạn 2020 - 2025', '2019 - 2022', '2023-2027'), 'ký năm 2017', 'in 2022' cargo figures,
// 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2017' and 'Trong 5 ngày' date nothing; captions, sidebars, tags, comments,
// scripts and meta are furniture.
describe('the thirtieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		at: '01-anninhthudo-vientiane-hanoi-announce-ngaymai.txt',
		nh: '02-nguoihanoi-vientiane-hanoi-report-truocdo.html',
		ip: '03-ipadanang-en-danang-champasak-previousevening.txt',
		vo: '04-voh-hcmc-youth-vientiane-luangprabang-quotelead-bullets.txt',
		tp: '05-thp-vientiane-haiphong-nostamp-nodate.txt',
		hu: '06-thuathienhueportal-hue-savannakhet-champasak-photostory.txt'
	};
	const { show, outside, main } = byPage(t, s.fileOf);

	it('every main event from the An ninh Thủ đô page lies within 9–12 August 2019 (the February trip is context)', () => {
		expect(outside(F.at, '2019-08-09', '2019-08-12')).toEqual([]);
	});
	it('every main event from the Người Hà Nội page lies within 9–12 August 2019 or is the November plan', () => {
		expect(outside(F.nh, '2019-08-09', '2019-08-12', ['2019-11-01', '2019-11-30'])).toEqual([]);
	});
	it('every main event from the IPA Da Nang page lies within 13–16 March 2023 or is the June plan', () => {
		expect(outside(F.ip, '2023-03-13', '2023-03-16', ['2023-06-01', '2023-06-30'])).toEqual([]);
	});
	it('every main event from the VOH page lies within 13–16 March 2019 or is the September plan', () => {
		expect(outside(F.vo, '2019-03-13', '2019-03-16', ['2019-09-01', '2019-09-30'])).toEqual([]);
	});
	it('every main event from the undated THP page lies within the trip the other pages date, 9–12 August 2019', () => {
		expect(main(F.tp).length).toBeGreaterThan(0);
		expect(outside(F.tp, '2019-08-09', '2019-08-12')).toEqual([]);
	});
	it('every main event from the Thừa Thiên Huế portal lies within 21–23 November 2017', () => {
		expect(outside(F.hu, '2017-11-21', '2017-11-23')).toEqual([]);
	});
	it('the Vientiane leader spelled two ways is one person, leading one delegation across the three pages', () => {
		const of = (file: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, file, q))));
		const a = of(F.at, 'Ngày 12/8, Đoàn sẽ thăm thành phố Hải Phòng');
		const n = of(F.nh, 'Tối 11/8, tại Trụ sở Thành uỷ Hà Nội');
		const h = of(F.tp, 'đã đến thăm và làm việc tại thành phố Hải Phòng');
		expect(a).toHaveLength(1);
		expect(n.map((d) => d.id)).toEqual(a.map((d) => d.id));
		expect(h.map((d) => d.id)).toEqual(a.map((d) => d.id));
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.at, 'kỷ niệm 70 năm Ngày Giải phóng Thủ đô'],
			[F.at, 'Công an TP Hà Nội ký kế hoạch hợp tác'],
			[F.at, 'Thời tiết Hà Nội hôm nay'],
			[F.at, 'Phạt nguội'],
			[F.at, 'đường dây đánh bạc'],
			[F.at, 'Lễ hội Thạt Luổng 2024'],
			[F.at, 'gian hàng ẩm thực Lào cuối tuần này'],
			[F.nh, '60 năm một chặng đường'],
			[F.nh, 'Nhà văn Hà Nội sang Luông Pha Băng'],
			[F.nh, 'giải thưởng thường niên 2024'],
			[F.nh, 'Phố đi bộ Hồ Gươm'],
			[F.nh, 'Kỷ niệm 135 năm Ngày sinh'],
			[F.nh, 'tặng quà lưu niệm đồng chí Bun-thông'],
			[F.nh, 'datePublished'],
			[F.nh, 'page_date'],
			[F.ip, 'attracts over US$1.2 billion'],
			[F.ip, 'Champasak businesses to join Da Nang trade fair'],
			[F.ip, 'Investment promotion conference in Tokyo'],
			[F.ip, 'Da Nang, Savannakhet review logistics cooperation'],
			[F.ip, 'semiconductor investor'],
			[F.ip, 'first tenants by 2026'],
			[F.vo, 'Chiến dịch Mùa hè xanh 2025'],
			[F.vo, '500 suất học bổng cho lưu học sinh Lào'],
			[F.vo, 'Tết Bunpimay 2024'],
			[F.vo, 'hẹn gặp ở TP.HCM năm 2026'],
			[F.vo, 'tuyến metro số 2'],
			[F.vo, 'Lễ hội Áo dài'],
			[F.vo, 'Thành Đoàn TP.HCM tiếp Đoàn Thanh niên Thủ đô Viêng Chăn'],
			[F.tp, 'tàu du lịch quốc tế đầu tiên'],
			[F.tp, 'Lễ hội Hoa Phượng Đỏ'],
			[F.tp, 'Đoàn đại biểu tỉnh Hủa Phăn thăm Hải Phòng'],
			[F.tp, 'thông xe cầu Nguyễn Trãi'],
			[F.tp, 'tặng quà lưu niệm Trưởng đoàn'],
			[F.hu, 'Festival Huế 2018'],
			[F.hu, 'chính thức trực thuộc Trung ương'],
			[F.hu, 'Đoàn đại biểu tỉnh Sa-van-na-khệt thăm thành phố Huế'],
			[F.hu, 'giai đoạn 2025 - 2030']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2017-01-01' || e.start! > '2023-12-31').map(show)).toEqual([]);
	});
});
