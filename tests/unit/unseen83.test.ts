/**
 * An eighty-third set of pages (tests/fixtures/unseen83) from outlets not used before, on Lao delegations in central and
 * southern Vietnamese provinces far from the border and the reverse trip, with dotted and dashed dates among decimals and
 * scores — KTV Khánh Hòa (Champasak's high-level delegation, 'Từ ngày 9 đến 11-6' under '11-06-2025 | 18:40', the
 * welcome and send-off at sân bay quốc tế Cam Ranh, 'tăng 5,6%', '7.6 tỷ kíp', a reception with an art programme, a port
 * and a model farm, 'tháng 10-2023', a 2026 plan, a sidebar of traffic, rain and a '2-1' score), the Khánh Hòa portal as a
 * saved HTML page (the same talks 'Sáng ngày 10.6.2025', 'Kế hoạch số 123/KH-UBND ngày 12/5/2025', 'chiều nay (10.6)'
 * planned, JSON-LD), the Bình Dương Fatherland Front with NO stamp (Salavan's Lao Front, the year only in '(18/7/1977 -
 * 18/7/2025)', 'Cùng đi có' and 'Tiếp Đoàn có' leaders of equal rank, 'lô 5.6 ha', a friendship dinner, a 'Tuần lễ Văn
 * hóa' held every year), Pathet Lao Daily in English (Attapeu in Can Tho, 'CAN THO, June 5 (KPL)', 'on Monday' …
 * 'on Friday', 'Last week', 'grew 7.6 percent'), the Long An portal (the reverse trip to Xê Công, 'Từ 22-24.8', 'Chiều
 * 22.8', 'Tối 23-8', '7.6 tỷ đồng', 'Km 12+500', 'Quốc lộ 1A') and Quân khu 7 Online (Lao Military Region 4 in Ho Chi
 * Minh City, 'Sáng 18-3', 'Trước đó, chiều 17-3', 'ngày 19 và 20-3' planned in Bà Rịa - Vũng Tàu, 'Năm 2019', 'tỷ số
 * 2-1') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen83';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Viêng-thong Phôm-mạ-xay', 'Xổm-xạ-nít Đuông-pa-xớt'],
	['Lê Minh Đạt', 'Tạ Quang Bửu'],
	['Bua-phăn Kẹo-bua-la', 'Phết-xa-mỏn Xay-nhạ-lạt'],
	['Leuth Phommachanh', 'Sengphet Douangdy'],
	['Mr Leuth', 'Mr Sengphet'],
	['Tran Van Hau', 'Mai Xuan Truong'],
	['Mr Hau', 'Mr Truong'],
	['Lâm Quốc Thịnh', 'Giang Hữu Phước'],
	['Sổm-phôn Keo-bun-mi', 'Xỉ-phon Lạ-xạ-mi'],
	['Khăm-xẻng Vông-phạ-chăn', 'Bun-mi Thăm-ma-vông']
];
describeChanged('the eighty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-xạ-nít Đuông-pa-xớt', 'Tạ Quang Bửu', 'Phết-xa-mỏn Xay-nhạ-lạt', 'Sengphet Douangdy', 'Mai Xuan Truong', 'Giang Hữu Phước', 'Xỉ-phon Lạ-xạ-mi', 'Bun-mi Thăm-ma-vông'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: figures and money with
// dots and commas ('tăng 5,6%', '7.6 tỷ kíp', '7.6 tỷ đồng', 'lô 5.6 ha', 'grew 7.6 percent', '5.6 million USD'),
// scores ('2-1'), road marks ('Quốc lộ 1A', 'Km 12+500'), a document's date ('Kế hoạch số 123/KH-UBND ngày 12/5/2025'),
// plan and term periods ('2021 - 2025', '2026 - 2030', '2025-2030'), the treaty's anniversary and a festival held every
// December are nothing; sidebars of traffic, weather and other stories, captions, tags, scripts and meta are furniture.
describe('the eighty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		kt: '01-ktv-champasak-khanhhoa-camranh.txt',
		kg: '02-khanhhoagov-champasak-talks-plan123.html',
		mb: '03-mattranbinhduong-salavan-front-nostamp.txt',
		pl: '04-pathetlao-en-attapeu-cantho-kpl.txt',
		la: '05-longangov-longan-sekong-reverse.txt',
		qk: '06-quankhu7-laomr4-hcmc-vungtau.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the KTV page lies within 9–11 June 2025 or is the 2026 plan', () => {
		expect(outside(F.kt, '2025-06-09', '2025-06-11', ['2026-01-01', '2026-12-31'])).toEqual([]);
	});
	it('every main event from the Khánh Hòa portal lies on 10 June 2025', () => {
		expect(outside(F.kg, '2025-06-10', '2025-06-10')).toEqual([]);
	});
	it('every main event from the Bình Dương Front page lies within 14–17 July 2025', () => {
		expect(outside(F.mb, '2025-07-14', '2025-07-17')).toEqual([]);
	});
	it('every main event from the Pathet Lao page lies within 2–6 June 2025 or is the December plan', () => {
		expect(outside(F.pl, '2025-06-02', '2025-06-06', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Long An portal lies within 22–24 August 2025 or is the December plan', () => {
		expect(outside(F.la, '2025-08-22', '2025-08-24', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Quân khu 7 page lies within 17–20 March 2025', () => {
		expect(outside(F.qk, '2025-03-17', '2025-03-20')).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, a document\'s date or a yearly festival', () => {
		const qs: [string, string][] = [
			[F.kt, 'Cấm xe trên 16 chỗ qua đèo Khánh Lê'],
			[F.kt, 'Nha Trang mưa lớn chiều 9-6'],
			[F.kt, 'Sửa chữa mặt đường Quốc lộ 1A'],
			[F.kt, 'trao 50 căn nhà đại đoàn kết cho tỉnh Át-tạ-pư'],
			[F.kt, 'Đội tuyển bóng đá Khánh Hòa thắng 2-1'],
			[F.kt, 'Thời tiết Nha Trang'],
			[F.kt, 'tặng quà lưu niệm cho đồng chí Viêng-thong'],
			[F.kg, 'Kế hoạch số 123/KH-UBND ngày 12/5/2025'],
			[F.kg, 'Kế hoạch số 98/KH-UBND'],
			[F.kg, 'Tổng Lãnh sự Hàn Quốc'],
			[F.kg, 'phân luồng giao thông trên đường Trần Phú'],
			[F.kg, 'datePublished'],
			[F.kg, 'Giấy phép số 25/GP-TTĐT'],
			[F.kg, 'Quang cảnh buổi hội đàm'],
			[F.mb, 'Tuần lễ Văn hóa, Du lịch Bình Dương'],
			[F.mb, 'bảo hiểm y tế học sinh'],
			[F.mb, 'Phân luồng giao thông trên Quốc lộ 13'],
			[F.mb, 'tặng quà gia đình chính sách nhân ngày 27-7'],
			[F.mb, 'chụp ảnh lưu niệm tại trụ sở'],
			[F.pl, 'joint patrol in Sekong'],
			[F.pl, 'ASEAN youth festival'],
			[F.pl, 'Heavy rain expected'],
			[F.pl, 'Road No. 13 South'],
			[F.pl, 'Attapeu governor receives Vietnamese ambassador'],
			[F.la, 'Km 12+500'],
			[F.la, 'Thông xe cầu Tân An mới'],
			[F.la, 'Dự báo thời tiết ngày 26.8'],
			[F.la, 'Chủ tịch UBND tỉnh tiếp Đại sứ Lào'],
			[F.la, 'Long An FC thắng 2-1'],
			[F.qk, 'giao lưu bóng đá với Quân khu 5'],
			[F.qk, 'Bộ CHQS tỉnh Svay Rieng'],
			[F.qk, 'huấn luyện chiến sĩ mới'],
			[F.qk, 'Đoàn đại biểu Quân khu 7 thăm Quân khu 4 Lào'],
			[F.qk, 'Thời tiết TP Hồ Chí Minh ngày 19-3'],
			[F.qk, 'tặng quà lưu niệm Trưởng đoàn']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
