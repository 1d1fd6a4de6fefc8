/**
 * An eightieth set of pages (tests/fixtures/unseen80) from outlets not used before, on health and education cooperation
 * between Thanh Hóa and Hủa Phăn — the Ngọc Lặc Regional General Hospital's portal with NO year anywhere (a medical team
 * examining 1,500 people 'Từ ngày 14 đến 18/10', 'Sáng thứ Hai (14/10)' courtesy call on the Vice Governor, 'Chiều cùng
 * ngày' with the health department, 'Sáng 18/10' equipment handover, 'ca 3/4', '8/10 huyện', a sidebar without years),
 * the Houaphanh Provincial Health Department in English (the same mission 'from 14-18 October 2024', 'On Friday, the
 * final day', 'in March 2025'), Hồng Đức University as a saved HTML page (a Hủa Phăn delegation visiting its Lao
 * students 'Chiều 21/11', scholarships, 'Trước đó, sáng 21/11' talks, 'Theo chương trình, ngày 22/11 … sẽ', a June 2024
 * graduation as context, 'năm học 2024 - 2025', '120/150', a caption repeating the lead), the Thanh Hóa Political School
 * (the closing 'Sáng 5/12' of a course 'kéo dài 3 tháng, từ 5/9 đến 5/12/2024', its opening as context, '36/36', 'lớp
 * thứ 3/4'), the Thanh Hóa University of Culture, Sports and Tourism (an early Bunpimay gathering 'Chiều 9/4', 'năm 2568
 * theo Phật lịch', 'Tỷ lệ 8/10', 'tháng 9/2025') and the Thanh Hóa city Party committee's page (Xăm Nưa district in the
 * city 'Từ ngày 25 đến 27/6', a memorandum 'giai đoạn 2025 - 2030', '60 năm thành lập Bệnh viện (1965 - 2025)', a
 * graduation, 'tháng 12/2025', 'Sáng nay (27/6)') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen80';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eightieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const NOYEAR = '01-bvdkngoclac-khambenh-huaphan-noyear.txt';
const RENAMES: [string, string][] = [
	['Bùi Đức Thịnh', 'Kiều Văn Sáng'],
	['Bui Duc Thinh', 'Kieu Van Sang'],
	['Dr. Thinh', 'Dr. Sang'],
	['Phon-xay Xỉ-vi-lay', 'Khăm-pun Đuông-phăn'],
	['Phonxay Sivilay', 'Khampoun Douangphan'],
	['Mr. Phonxay', 'Mr. Khampoun'],
	['Bun-lọt Khăm-phui', 'Xỉ-thạ-vông Kẹo-la'],
	['Bounlot Khamphouy', 'Sithavong Keola'],
	['Dr. Bounlot', 'Dr. Sithavong'],
	['Xổm-xạ-vắt In-thạ-vông', 'Chăn-thạ-la Phôm-vông'],
	['Nguyễn Mạnh An', 'Tạ Quang Khải'],
	['Lê Trọng Nghĩa', 'Mai Văn Đoan'],
	['Khăm-xay Phôm-ma-chăn', 'Đuông-chăn Xay-nha-vông'],
	['Trịnh Thị Hồng Vân', 'Lương Thị Thanh Bình'],
	['Vi-lay-xắc Thăm-ma-vông', 'Xổm-mạy Phăn-thạ-lạt'],
	['Lê Quang Huy', 'Hà Đình Tuấn'],
	['Bun-thoong Xay-nhạ-lạt', 'Kẹo-ma-ni Xỉ-xu-vông'],
	['Đỗ Minh Châu', 'Cao Văn Thuận']
];
describeChanged('the eightieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Kiều Văn Sáng', 'Xỉ-thạ-vông Kẹo-la', 'Chăn-thạ-la Phôm-vông', 'Đuông-chăn Xay-nha-vông', 'Xổm-mạy Phăn-thạ-lạt', 'Hà Đình Tuấn', 'Kẹo-ma-ni Xỉ-xu-vông', 'Cao Văn Thuận'],
	// The hospital page gives no year anywhere: alone, its year cannot be known (the English page gives it).
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && f.file !== NOYEAR
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a course's span ('kéo dài
// 3 tháng, từ 5/9 đến 5/12/2024'), a festival's days ('từ ngày 14 đến 16/4', 'năm 2568 theo Phật lịch'), school years
// ('năm học 2024 - 2025'), counts ('ca 3/4', '3/10', '8/10', '120/150', '36/36', '8/36', 'lớp thứ 3/4', '47/47'), plan
// periods ('giai đoạn 2021 - 2025', '2025 - 2030'), anniversaries ('50 năm thành lập', '(1965 - 2025)', '(1949 - 2024)'),
// 'since 2017', 'từ năm 2007', 'Từ năm 2012' nothing; captions, sidebars, tags, scripts and meta are furniture.
describe('the eightieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		nl: NOYEAR,
		hh: '02-houaphanhhealth-en-ngoclac-doctors-xamneua.txt',
		hd: '03-hdu-huaphan-thamluuhocsinh-hocbong.html',
		ct: '04-chinhtrithanhhoa-begiang-lop-canbo-huaphan.txt',
		vh: '05-dhvhttdlthanhhoa-bunpimay-luuhocsinh.txt',
		tp: '06-dangbotpthanhhoa-xamnua-y-te-tot-nghiep.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Ngọc Lặc hospital page lies within 14–18 October 2024 (the year from the English page telling the same mission)', () => {
		expect(outside(F.nl, '2024-10-14', '2024-10-18')).toEqual([]);
	});
	it('every main event from the Houaphanh health department page lies within 14–18 October 2024 or is the March 2025 plan', () => {
		expect(outside(F.hh, '2024-10-14', '2024-10-18', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the Hồng Đức University page lies within 20–23 November 2024', () => {
		expect(outside(F.hd, '2024-11-20', '2024-11-23')).toEqual([]);
	});
	it('every main event from the Political School page lies on 5 December 2024 or is the 2025 course', () => {
		expect(outside(F.ct, '2024-12-05', '2024-12-05', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the culture university page lies within 8–10 April 2025 or is the September plan', () => {
		expect(outside(F.vh, '2025-04-08', '2025-04-10', ['2025-09-01', '2025-09-30'])).toEqual([]);
	});
	it('every main event from the Thanh Hóa city page lies within 25–27 June 2025 or is the December plan', () => {
		expect(outside(F.tp, '2025-06-25', '2025-06-27', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the stamps or the footers', () => {
		const qs: [string, string][] = [
			[F.nl, 'phòng, chống sốt xuất huyết tại huyện Lang Chánh'],
			[F.nl, 'Hội nghị khoa học thường niên'],
			[F.nl, 'Đoàn chuyên gia Bệnh viện Bạch Mai'],
			[F.nl, 'ca mổ lấy thai cho sản phụ'],
			[F.nl, 'Ảnh: Đoàn y, bác sĩ Bệnh viện Đa khoa khu vực Ngọc Lặc khám bệnh'],
			[F.hh, 'measles vaccination campaign'],
			[F.hh, 'new dialysis unit'],
			[F.hh, 'Malaria cases fall by half'],
			[F.hh, 'examine children at Viengxay District Hospital'],
			[F.hd, 'trao bằng tốt nghiệp cho 42 lưu học sinh Lào (28/06/2024)'],
			[F.hd, 'Dạy tiếng Việt cho lưu học sinh Lào'],
			[F.hd, 'Lễ khai giảng năm học 2024 - 2025'],
			[F.hd, 'Sôi nổi giải bóng đá'],
			[F.hd, 'datePublished'],
			[F.hd, 'trao học bổng cho lưu học sinh (ảnh'],
			[F.ct, 'Trung cấp lý luận chính trị K115'],
			[F.ct, 'Hội thi giảng viên dạy giỏi'],
			[F.ct, 'đi nghiên cứu thực tế tại tỉnh Xiêng Khoảng'],
			[F.ct, 'Tư tưởng Hồ Chí Minh về đào tạo cán bộ'],
			[F.ct, 'chụp ảnh lưu niệm tại Lễ bế giảng'],
			[F.vh, 'Lễ trao bằng tốt nghiệp cho 56 lưu học sinh'],
			[F.vh, 'huy chương vàng môn Vovinam'],
			[F.vh, '50 năm Ngày Giải phóng miền Nam'],
			[F.vh, 'Trường Đại học Quốc gia Lào đến thăm'],
			[F.vh, 'Tết Bunpimay năm nay - năm 2568'],
			[F.tp, 'Hội nghị sơ kết 6 tháng đầu năm 2025'],
			[F.tp, 'Bệnh viện xanh - sạch - đẹp'],
			[F.tp, 'thăm huyện Viêng Xay (tỉnh Hủa Phăn) năm 2019'],
			[F.tp, 'Chiến dịch Thanh niên tình nguyện hè'],
			[F.tp, 'Đỗ Minh Châu và đồng chí Bun-thoong Xay-nhạ-lạt ký kết']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
