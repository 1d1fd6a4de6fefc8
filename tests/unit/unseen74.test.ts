/**
 * A seventy-fourth set of pages (tests/fixtures/unseen74) from outlets not used before, on interviews and speeches as
 * pages, all about Phú Thọ and Xiêng Khoảng in 2024 — Phú Thọ TV's video page (a '03:25' clip, '1.254 lượt xem ·
 * 10/09/2024 21:05', a transcript with time codes, 'Chiều nay (10/9)', 'sáng mai (11/9)', reader comments with their
 * own dates and times, 'Video khác' with '2 giờ trước' / 'Hôm qua'), the Phú Thọ government portal's report saved as HTML
 * (the Xiêng Khoảng high-level delegation 10–12/9/2024: 'Chiều 10/9', 'Ngay sau hội đàm', 'Tối cùng ngày', 'Sáng 11/9',
 * 'Chiều 11/9', 'Sáng 12/9', 'Tháng 4/2024' recalled, 'bão số 3 đổ bộ ngày 7/9'), the Party portal's full text of the
 * Party Secretary's speech at the talks ('Kính thưa …', 'Hôm nay' spoken on 10/9 under '11/09/2024 - 08:15', 'Tháng 4
 * vừa qua … do tôi làm trưởng đoàn', '5/9/1962'), the Central Economic Commission's Q&A interview with the provincial
 * Chairman with NO stamp ('PV: …' / 'Đồng chí Hà Minh Tuấn: …', the year only in '(5/9/1962 - 5/9/2024)', '3 tiếng, từ
 * 14 giờ đến gần 17 giờ', 'Tháng 4 vừa qua, chúng tôi …', 'năm ngoái, nhân dịp Giỗ Tổ Hùng Vương', 'Dự kiến trong quý IV
 * tới, đoàn tỉnh do tôi dẫn đầu …'), the provincial Fatherland Front's own July trip to Phôn-xa-vẳn ('Từ ngày 23 -
 * 25/7' under '26/07/2024 | 09:12', 'Chiều 23/7 (giờ địa phương)', the host's 'đầu tháng 9 tới', dated comments) and
 * Hùng Vương University's page on the delegation's visit ('Chiều ngày 11/9/2024', 'Tháng 12/2023', 'Dịp này') — against
 * gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen74';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-xẻn Vông-phi-xít', 'Xổm-phết Kẹo-ma-ly'],
	['Khăm Xẻn Vông Phi Xít', 'Xổm Phết Kẹo Ma Ly'],
	['Đỗ Đức Khang', 'Lương Văn Cừ'],
	['Hà Minh Tuấn', 'Triệu Đình Phong'],
	['Bùi Thị Hồng Nhung', 'Quách Thị Thu Trang'],
	['Phết-xa-mỏn Sụt-thi-vông', 'Bun-mi Xay-nha-vông'],
	['Phạm Ngọc Lương', 'Đinh Công Hậu']
];
describeChanged('the seventy-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-phết Kẹo-ma-ly', 'Lương Văn Cừ', 'Triệu Đình Phong', 'Quách Thị Thu Trang'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the journalist's
// questions ('PV: …'), a clip's duration ('03:25') and time codes, view counts, '3 tiếng, từ 14 giờ đến gần 17 giờ', '10
// tiếng đường bộ', anniversaries ('5/9/1962', '79 năm Cách mạng Tháng Tám và Quốc khánh 2/9'), the storm 'ngày 7/9',
// plan and agreement periods ('giai đoạn 2024 - 2029', 'thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', 'năm học 2024 -
// 2025', 'Kế hoạch hợp tác năm 2025', 'đến năm 2027'), statistics years ('năm 2023', '8 tháng đầu năm 2024', 'Năm 2015'),
// 'từ năm 2009', 'từ năm 2008' nothing; related videos, sidebars, captions, tags, comments, scripts and meta are furniture.
describe('the seventy-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tv: '01-phuthotv-video-hoidam-xiengkhouang-binhluan.txt',
		gov: '02-phuthogov-doan-capcao-xiengkhouang-thamlamviec.html',
		dcs: '03-phuthodcs-phatbieu-bithu-hoidam-xiengkhouang.txt',
		kt: '04-kinhtetrunguong-phongvan-chutich-phutho-xiengkhouang-nostamp.txt',
		mt: '05-mattranphutho-mttq-phutho-xiengkhouang-thang7-binhluan.txt',
		hvu: '06-hvu-daihochungvuong-don-doan-xiengkhouang.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Phú Thọ TV page lies within 10–11 September 2024', () => {
		expect(outside(F.tv, '2024-09-10', '2024-09-11')).toEqual([]);
	});
	it('every main event from the government portal lies within 10–12 September 2024', () => {
		expect(outside(F.gov, '2024-09-10', '2024-09-12')).toEqual([]);
	});
	it('every main event from the speech page lies on 10 September 2024', () => {
		expect(outside(F.dcs, '2024-09-10', '2024-09-10')).toEqual([]);
	});
	it('every main event from the interview lies within 10–12 September 2024 or is the fourth-quarter plan', () => {
		expect(outside(F.kt, '2024-09-10', '2024-09-12', ['2024-10-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Fatherland Front page lies within 23–25 July 2024 or is the September plan', () => {
		expect(outside(F.mt, '2024-07-23', '2024-07-25', ['2024-09-01', '2024-09-15'])).toEqual([]);
	});
	it('every main event from the university page lies on 11 September 2024', () => {
		expect(outside(F.hvu, '2024-09-11', '2024-09-11')).toEqual([]);
	});
	it('no event quotes the questions, the related videos, the sidebars, the tags, the comments, the scripts or the figures', () => {
		const qs: [string, string][] = [
			[F.tv, 'Thời sự Phú Thọ tối 10/9/2024'],
			[F.tv, 'Việt Trì ra quân dọn dẹp cây đổ'],
			[F.tv, 'Đoàn công tác tỉnh Phú Thọ làm việc tại tỉnh Xiêng Khoảng · 04:15'],
			[F.tv, 'vui Tết Bun-pi-mây tại Việt Trì'],
			[F.tv, 'Năm 2019 tôi từng sang Phôn-xa-vẳn'],
			[F.tv, 'Chúc buổi hội đàm thành công tốt đẹp'],
			[F.tv, 'Giá vé xe buýt Việt Trì'],
			[F.tv, '1.254 lượt xem'],
			[F.gov, 'Đại sứ Lào tại Việt Nam thăm và làm việc tại tỉnh Phú Thọ'],
			[F.gov, 'Tổng kết công tác đối ngoại năm 2023'],
			[F.gov, 'datePublished'],
			[F.gov, 'ký Biên bản ghi nhớ. Ảnh: Thanh Nga'],
			[F.gov, 'năm 2023 tốc độ tăng trưởng kinh tế'],
			[F.dcs, 'Cách đây 62 năm, ngày 5/9/1962'],
			[F.dcs, 'Lễ kỷ niệm 79 năm Cách mạng Tháng Tám'],
			[F.dcs, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22'],
			[F.dcs, 'Lễ Giỗ Tổ Hùng Vương năm Giáp Thìn 2024'],
			[F.dcs, 'Phát biểu tại buổi làm việc với tỉnh Xiêng Khoảng, CHDCND Lào'],
			[F.dcs, 'tổng sản phẩm trên địa bàn tỉnh Phú Thọ'],
			[F.kt, 'PV: Thưa đồng chí, xin đồng chí cho biết'],
			[F.kt, 'Được biết, trước chuyến thăm này'],
			[F.kt, 'Năm 2015 mới có 27 em'],
			[F.kt, 'Cửa khẩu Tây Trang'],
			[F.kt, 'phấn đấu đến năm 2027'],
			[F.mt, 'Năm 2018 tôi cũng được theo đoàn thanh niên'],
			[F.mt, 'Mong Mặt trận tỉnh tiếp tục quan tâm'],
			[F.mt, 'Đoàn Mặt trận Lào xây dựng đất nước tỉnh Bò Kẹo'],
			[F.mt, 'Trao 200 nhà Đại đoàn kết'],
			[F.mt, 'Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 3'],
			[F.mt, 'vận động Quỹ "Vì người nghèo"'],
			[F.hvu, 'Lễ khai giảng năm học 2024 - 2025'],
			[F.hvu, 'làm việc với Đại học Xu-pha-nu-vông'],
			[F.hvu, 'Hội thảo khoa học quốc tế'],
			[F.hvu, 'Đoàn chụp ảnh lưu niệm trước Nhà Hiệu bộ']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
