/**
 * A sixty-eighth set of pages (tests/fixtures/unseen68) from outlets not used before, on postponed, cancelled,
 * rescheduled, online and reciprocal visits — the Sơn La foreign affairs department (a Luông Nặm Thà high-level return
 * visit 'Từ ngày 14 đến 16/5' under 'Ngày đăng: 17/05/2024', 'thăm đáp lễ' a visit 'vào tháng 9/2023', 'Chuyến thăm dự
 * kiến vào tháng 3 đã được lùi sang tháng 5', 'Tối cùng ngày', 'Tiếp tục chương trình', 'kết thúc chuyến thăm, Đoàn lên
 * đường về nước', 'vào dịp thuận tiện', 'Trong năm 2025'), The Nation carrying Vientiane Times/ANN in English (the same
 * trip: 'on Tuesday afternoon', 'on Wednesday morning', 'In the afternoon', 'returned home on Thursday', 'originally been
 * scheduled for March but was pushed back to May', 'last September', an online review 'in December this year'), Báo Quốc
 * phòng Thủ đô as a saved HTML page (online talks 'giữa điểm cầu Hà Nội và điểm cầu Viêng Chăn' at '22/09/2021 15:30',
 * 'ký kết trực tuyến Kế hoạch hợp tác năm 2022', a visit 'đã phải hoãn do dịch COVID-19', 'Trước đó, chiều 21/9', 'Tháng
 * 11/2019'), Quy Nhơn University with NO stamp (a hybrid signing 'ký kết trực tuyến … giữa điểm cầu Pắc-xế và điểm cầu Quy
 * Nhơn', the year only in '(2/12/1975 - 2/12/2023)', 'tháng 3 vừa qua', 'Theo kế hoạch ban đầu … cuối tháng 11', 'tháng 3
 * năm sau'), QTV Quảng Ninh (online talks Hạ Long–Sầm Nưa after a visit 'từ ngày 8 đến 10/9' was cancelled by storm
 * Yagi, 'tổ chức lại vào tháng 11 tới', 'ký tháng 4/2023', 'trong năm 2025') and NBTV Ninh Bình (Luông Pha-bang, 'Sáng hôm
 * qua (23/3)' under '24/03/2025 - 08:10', 'tiễn Đoàn tại sân bay', 'Chiều thứ Năm (20/3)', 'dự kiến … tháng 1/2025 nhưng
 * được lùi lại') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen68';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Phết-sạ-mổn Kẹo-bua-la', 'Bun-lăm Xỉ-xu-lắt'],
	['Phetsamone Keobouala', 'Bounlam Sisoulath'],
	['Mr Phetsamone', 'Mr Bounlam'],
	['Lò Văn Khiêm', 'Hà Công Định'],
	['Lo Van Khiem', 'Ha Cong Dinh'],
	['Mr Khiem', 'Mr Dinh'],
	['Hoàng Thị Xuân', 'Quàng Thị Nhâm'],
	['Đinh Quang Tuyến', 'Lê Hữu Phước'],
	['Tạ Quang Vinh', 'Vũ Đình Khánh'],
	['Khăm-sỉ Vi-lay-sắc', 'Thoong-văn Keo-vi-xay'],
	['Đoàn Minh Thắng', 'Lương Văn Tịnh'],
	['Bun-xỉ Phôm-ma-chăn', 'Xổm-phít In-thạ-vông'],
	['Mạc Thị Thu Hường', 'Tô Thị Ngân'],
	['Xổm-xạ-nút Phon-mi-xay', 'Vông-phết Xay-nhạ-xắc'],
	['Trịnh Minh Hòa', 'Tăng Văn Phú'],
	['Khăm-phoong Xi-bua-hương', 'Bun-chăn Xi-tha-vông'],
	['Xay-xổm-bun Phăn-thạ-vông', 'Kham-xay Vông-đa-la']
];
describeChanged('the sixty-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-lăm Xỉ-xu-lắt', 'Hà Công Định', 'Lương Văn Tịnh', 'Xổm-phít In-thạ-vông', 'Vông-phết Xay-nhạ-xắc', 'Tăng Văn Phú'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a plan moved, cancelled or
// postponed makes no event at its old time ('dự kiến vào tháng 3 đã được lùi sang tháng 5', 'originally been scheduled
// for March', 'vào tháng 5/2021, song chuyến thăm đã phải hoãn do dịch COVID-19', 'Theo kế hoạch ban đầu … cuối tháng 11',
// 'từ ngày 8 đến 10/9 … chuyến thăm đã bị hủy', 'dự kiến diễn ra vào tháng 1/2025 nhưng được lùi lại'); an invitation
// accepted 'vào dịp thuận tiện' / 'at a convenient time' has no day; a memorandum's or a plan's period ('giai đoạn 2024 -
// 2028', 'năm 2022', 'đến năm 2030'), 'Năm 2023' and 'năm 2024' figures, 'Năm học 2023 - 2024', 'từ năm 2010/2012/2016',
// the storm of 7/9 nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the sixty-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		sl: '01-songoaivusonla-luangnamtha-reciprocal-postponed.txt',
		nt: '02-nationthailand-en-luangnamtha-sonla-reciprocal.txt',
		qp: '03-quocphongthudo-hanoi-vientiane-military-online.html',
		qn: '04-qnu-champasak-university-hybrid-signing-nostamp.txt',
		qt: '05-qtv-quangninh-huaphanh-cancelled-storm-online.txt',
		nb: '06-nbtv-ninhbinh-luangprabang-airport-farewell.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sở Ngoại vụ Sơn La page lies within 14–16 May 2024 or is the 2025 plan', () => {
		expect(outside(F.sl, '2024-05-14', '2024-05-16', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from The Nation page lies within 14–16 May 2024 or is the December online review', () => {
		expect(outside(F.nt, '2024-05-14', '2024-05-16', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Quốc phòng Thủ đô page lies within 21–22 September 2021', () => {
		expect(outside(F.qp, '2021-09-21', '2021-09-22')).toEqual([]);
	});
	it('every main event from the Quy Nhơn University page lies within 11–14 December 2023 or is the March 2024 plan', () => {
		expect(outside(F.qn, '2023-12-11', '2023-12-14', ['2024-03-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the QTV page lies on 12 September 2024 or is the November / 2025 plans', () => {
		expect(outside(F.qt, '2024-09-12', '2024-09-12', ['2024-11-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the NBTV page lies within 20–23 March 2025 or is the 2025 plan', () => {
		expect(outside(F.nb, '2025-03-20', '2025-03-23', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the captions, the comments, a moved or cancelled plan or an undated invitation', () => {
		const qs: [string, string][] = [
			[F.sl, 'Sơn La đón Đoàn đại biểu tỉnh Hủa Phăn sang chúc Tết'],
			[F.sl, 'Hội nghị tổng kết công tác đối ngoại năm 2023'],
			[F.sl, 'Tập huấn nghiệp vụ lễ tân'],
			[F.sl, 'Đoàn công tác tỉnh Sơn La thăm tỉnh U-đôm-xay'],
			[F.sl, 'chứng kiến lễ ký kết Biên bản ghi nhớ'],
			[F.sl, 'Chuyến thăm dự kiến vào tháng 3 đã được lùi sang tháng 5'],
			[F.sl, 'vui vẻ nhận lời mời sang thăm vào dịp thuận tiện'],
			[F.nt, 'lantern parade'],
			[F.nt, 'Boten border crossing'],
			[F.nt, 'youth exchange plan for 2024'],
			[F.nt, 'Bangkok-Nong Khai rail link'],
			[F.nt, 'originally been scheduled for March'],
			[F.nt, 'at a convenient time'],
			[F.qp, 'tặng quà cán bộ, chiến sĩ Quân đội nhân dân Lào'],
			[F.qp, 'Giao lưu hữu nghị quốc phòng Việt Nam - Lào tại Sơn Tây'],
			[F.qp, 'Diễn tập khu vực phòng thủ quận Hoàn Kiếm'],
			[F.qp, 'datePublished'],
			[F.qp, 'Quang cảnh hội đàm tại điểm cầu'],
			[F.qp, 'chuyến thăm đã phải hoãn do dịch COVID-19'],
			[F.qp, 'nhận lời mời sang thăm Bộ Tư lệnh Thủ đô Hà Nội vào dịp thuận tiện'],
			[F.qn, 'Trường Đại học Xu-pha-nu-vông'],
			[F.qn, 'Lễ tốt nghiệp cho lưu học sinh Lào'],
			[F.qn, 'Toán học ứng dụng'],
			[F.qn, 'Sinh viên Lào vui Tết Bunpimay'],
			[F.qn, 'Lãnh đạo hai trường trao thỏa thuận hợp tác'],
			[F.qn, 'Đoàn sang Lào vào cuối tháng 11'],
			[F.qt, 'Tổng thiệt hại do bão số 3 ước khoảng'],
			[F.qt, 'Ngày truyền thống Vùng mỏ'],
			[F.qt, 'Lãnh đạo tỉnh tiếp Đại sứ Lào'],
			[F.qt, 'Hạ Long khôi phục hoạt động du lịch'],
			[F.qt, 'Cảm ơn tình cảm của nhân dân tỉnh bạn'],
			[F.qt, 'sẽ thăm và làm việc tại Quảng Ninh từ ngày 8 đến 10/9'],
			[F.qt, 'chuyến thăm đã bị hủy'],
			[F.nb, 'Ninh Bình đón Đoàn cán bộ tỉnh Hủa Phăn sang tập huấn'],
			[F.nb, 'Festival Tràng An kết nối di sản'],
			[F.nb, 'thiết lập quan hệ hợp tác từ năm 2016'],
			[F.nb, 'Hoa Lư mùa lúa chín'],
			[F.nb, 'dự kiến diễn ra vào tháng 1/2025'],
			[F.nb, 'nhận lời mời sang thăm vào dịp thuận tiện'],
			[F.nb, 'trân trọng mời lãnh đạo tỉnh Luông Pha-bang sang thăm Ninh Bình']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
