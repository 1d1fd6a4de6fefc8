/**
 * A sixty-second set of pages (tests/fixtures/unseen62) from outlets not used before — the Đông Hà city portal (a Quảng
 * Trị delegation in Sa-van-na-khệt 'Từ ngày 8 đến 11/10' under '09/10/2024 | 21:05': 'Tối thứ Ba', 'Ngày làm việc thứ
 * hai, lúc 8 giờ 30', 'Chiều cùng ngày', '19 giờ 30 phút tối nay', 'sáng thứ Năm', 'Ngày cuối cùng của chuyến thăm'), the
 * Border Committee portal as a saved HTML page on the SAME trip ('9/10/2024 9:05:00 PM', 'Sáng ngày 9', an itinerary
 * 'Ngày thứ nhất: …' to 'Ngày thứ tư: …', '14h ngày 9/10', 'đến hết năm 2024'), Vietnam Customs News in English (a
 * Salavan delegation in Thua Thien Hue, 2018: 'three-day … late on Friday', 'On arrival … on the 21st', 'Late on
 * Thursday', 'Earlier in the day', 'The previous evening', 'Nov. 22 and 23', 'first quarter of 2019'), the Kon Tum
 * veterans association with NO stamp (the year only in '(5/9/1962 - 5/9/2024)', 'Ngày đầu tiên', 'Ngày làm việc thứ
 * hai', 'Sáng thứ Năm', 'Ngày cuối cùng'), the Quảng Bình Party portal's photo story ('Cập nhật 25-10-2018, 16:40',
 * 'Trong hai ngày qua', 'Hôm thứ Ba vừa qua', 'Sáng hôm sau', 'tháng 12 tới') and Cinet (a Huế delegation in Sa-la-văn
 * under 'Thứ Tư, 09/10/2024, 21:05 (GMT+7)': a lead quoting the Lao leader, 'kết thúc chuyến thăm và làm việc 4 ngày',
 * 'Tối Chủ nhật', a 'Tin liên quan' block inside the body, 'Hôm thứ Hai', 'tháng 6 tới' whose year is only in 'Festival
 * Nghề truyền thống Huế năm 2025') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen62';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trương Công Hiển', 'Lạc Văn Thuần'],
	['Khăm-pheng Xay-nha-vông', 'Bun-hơn Kẹo-ma-ni'],
	['Vông-xay Phăn-thạ-vông', 'Xu-li-vông Phết-xa-đa'],
	['Xẻng-phết Lạ-tha-vông', 'Thoong-băn Mi-xay'],
	['Vilaysack Phommachanh', 'Souksavanh Keodara'],
	['Vilaysack', 'Souksavanh'],
	['Hoang Trong Luc', 'Bui Quang Dat'],
	['Luc said', 'Dat said'],
	['Luc to lead', 'Dat to lead'],
	['Ngo Thanh Binh', 'Ta Van Nghia'],
	['Đinh Văn Thạch', 'Y Khuôn Niê'],
	['Khăm-lạ Phôm-mạ-xạc', 'Phon-xay Xỉ-vi-lay'],
	['Xổm-phon Khăm-xỉ-vông', 'Thạ-vi-xắc Bun-nhạ-vông'],
	['Hoàng Đăng Khoa', 'Cù Minh Triết'],
	['Xỉ-thon Vông-phạ-chăn', 'Kẹo-ô-đôm Xi-la-vông'],
	['Tôn Nữ Diệu Hiền', 'Ông Thị Bích Liên'],
	['Lắt-sạ-mi Xỉ-xổm-bắt', 'Mạ-ni-vông Xay-nha-lắt'],
	['Khăm-phun Xi-hạ-lạt', 'Phết-xổm-phu Vi-xay']
];
describeChanged('the sixty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lạc Văn Thuần', 'Souksavanh Keodara', 'Y Khuôn Niê', 'Thạ-vi-xắc Bun-nhạ-vông', 'Cù Minh Triết', 'Kẹo-ô-đôm Xi-la-vông', 'Ông Thị Bích Liên', 'Mạ-ni-vông Xay-nha-lắt', 'Bui Quang Dat'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an agreement's period
// ('giai đoạn 2024 - 2029', '2024 - 2027'), '9 tháng năm 2024' and 'first ten months of 2018' figures, 'in 2016', the
// border minutes' deadline 'đến hết năm 2024', the anniversary's '5/9/1962' and the document names' 'năm 2018'/'năm 2024'
// date nothing; captions, sidebars, the 'Tin liên quan' block inside the Cinet body, tags, scripts and meta are furniture.
describe('the sixty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dh: '01-dongha-quangtri-savannakhet-ngaylamviecthuhai.txt',
		bg: '02-biengioilanhtho-quangtri-savannakhet-lichtrinh.html',
		cn: '03-customsnews-en-salavan-thuathienhue-latethursday.txt',
		kt: '04-ccbkontum-attapeu-4ngay-nostamp.txt',
		qb: '05-dangboquangbinh-khammouane-photostory-thubavuaqua.txt',
		ci: '06-cinet-hue-salavan-toichunhat-tinlienquan.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Đông Hà page lies within 8–11 October 2024', () => {
		expect(outside(F.dh, '2024-10-08', '2024-10-11')).toEqual([]);
	});
	it('every main event from the Border Committee page lies within 8–11 October 2024', () => {
		expect(outside(F.bg, '2024-10-08', '2024-10-11')).toEqual([]);
	});
	it('every main event from the Customs News page lies within 21–23 November 2018 or is the 2019 plan', () => {
		expect(outside(F.cn, '2018-11-21', '2018-11-23', ['2019-01-01', '2019-03-31'])).toEqual([]);
	});
	it('every main event from the Kon Tum veterans page lies within 3–6 September 2024 or is the December plan', () => {
		expect(outside(F.kt, '2024-09-03', '2024-09-06', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Quảng Bình photo story lies within 23–25 October 2018 or is the December plan', () => {
		expect(outside(F.qb, '2018-10-23', '2018-10-25', ['2018-12-01', '2018-12-31'])).toEqual([]);
	});
	it('every main event from the Cinet page lies within 6–9 October 2024 or is the June 2025 plan', () => {
		expect(outside(F.ci, '2024-10-06', '2024-10-09', ['2025-06-01', '2025-06-30'])).toEqual([]);
	});
	it('the twin cities\' memorandum and the border minutes signed the same afternoon are two events', () => {
		const mou = t.events.filter((e) => s.quotes(e, F.dh, 'đồng chí Lê Minh Khải, Bí thư Thành ủy Đông Hà và đồng chí Xẻng-phết Lạ-tha-vông'));
		const minutes = t.events.filter((e) => s.quotes(e, F.bg, 'Lúc 14h ngày 9/10, sau phiên hội đàm mở rộng'));
		expect(mou.length).toBeGreaterThan(0);
		expect(minutes.length).toBeGreaterThan(0);
		expect(mou.some((e) => minutes.includes(e))).toBe(false);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the captions', () => {
		const qs: [string, string][] = [
			[F.dh, 'Đông Hà tiếp Đoàn công tác huyện Xê-pôn'],
			[F.dh, 'Lễ hội Thống nhất non sông'],
			[F.dh, 'cải cách hành chính 9 tháng'],
			[F.dh, 'Tổng vệ sinh môi trường'],
			[F.dh, 'phát biểu tại buổi hội đàm. Ảnh'],
			[F.bg, 'làm việc với tỉnh Kon Tum về công tác biên giới'],
			[F.bg, 'Hội nghị tổng kết thực hiện Nghị định thư'],
			[F.bg, 'Tuyên truyền pháp luật về biên giới'],
			[F.bg, 'cột mốc 0 ngã ba biên giới'],
			[F.bg, 'Hội thảo khoa học về phân giới cắm mốc'],
			[F.bg, 'Quang cảnh buổi hội đàm sáng 9/10'],
			[F.bg, 'datePublished'],
			[F.bg, 'publish_day'],
			[F.cn, 'Lao Bao customs seizes'],
			[F.cn, 'collects VND 270 trillion'],
			[F.cn, 'hosts Savannakhet customs delegation'],
			[F.cn, 'National Single Window'],
			[F.cn, 'customs valuation take effect'],
			[F.cn, 'single-stop inspection'],
			[F.cn, '(left) and Vice Chairman'],
			[F.kt, 'Cựu chiến binh gương mẫu'],
			[F.kt, 'Chiến thắng Đường 14'],
			[F.kt, 'nhiệm kỳ 2022 - 2027'],
			[F.kt, 'Nghĩa tình đồng đội'],
			[F.kt, 'trao quà tặng Hội Cựu chiến binh tỉnh Át-tạ-pư. Ảnh'],
			[F.qb, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 13'],
			[F.qb, 'Quảng Bình tiếp Đoàn đại biểu tỉnh Bô-li-khăm-xay'],
			[F.qb, 'Kỷ niệm 130 năm Ngày sinh'],
			[F.qb, 'Lễ ra quân huấn luyện'],
			[F.ci, 'Khai mạc Tuần Văn hóa Việt Nam tại Lào năm 2023'],
			[F.ci, 'trao 30 suất học bổng cho lưu học sinh Lào'],
			[F.ci, 'Tuần Văn hóa Lào tại Việt Nam năm 2024'],
			[F.ci, 'Ngày hội văn hóa các dân tộc tỉnh Quảng Nam'],
			[F.ci, 'Liên hoan phim Việt Nam'],
			[F.ci, 'biểu diễn tại lễ khai mạc. Ảnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2018-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
