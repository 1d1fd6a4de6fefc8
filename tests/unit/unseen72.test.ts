/**
 * A seventy-second set of pages (tests/fixtures/unseen72) from outlets not used before, on official schedules and
 * announcements as saved pages — the Sơn La Party Committee portal's weekly schedule of its standing members ('Lịch công
 * tác tuần 21 … (từ ngày 20/5 đến ngày 26/5/2024)' stamped '17/05/2024 16:45', weekday headings 'THỨ HAI (20/5)' with
 * '7h30' / '8h30' / '10h00' / '18h30' rows, most rows not about Laos, a Luông Pha-bang row on 'THỨ NĂM (23/5)'), the Sơn La
 * information department's press invitation saved as HTML ('Giấy mời phóng viên', '08 giờ 00, thứ Hai, ngày 20/5/2024', a
 * programme table '8h00 - 8h30 … 10h30 - 11h00', '14 giờ 30 cùng ngày', 'từ ngày 20/5/2024 đến ngày 22/5/2024'), the
 * Sông Mã district's numbered report ('Số: 187/BC-UBND', '1. Về việc đón tiếp Đoàn', 'Khoảng 15 giờ 30 ngày 21/5/2024',
 * '16 giờ 00 cùng ngày', 'Kết quả:', '8g30 ngày 22/5/2024', a recalled trip 'tháng 10/2023', a proposal for 'quý
 * III/2024'), Ngày Nay's news report afterwards of the same Hủa Phăn trip (its planned rows are the same happenings, now
 * occurred; 'Trước hội đàm', 'Chiều cùng ngày', 'tháng 9 tới'), the Sơn La health department's programme with NO stamp
 * ('Thứ Năm (13/6)', 'Từ ngày 13/6 đến ngày 15/6 (Thứ Năm đến Thứ Bảy)', the year only in 'Kế hoạch hợp tác y tế năm
 * 2024') and the State Audit Office's press release ('Thông cáo báo chí', '10/06/2024 11:40', 'Sáng nay (10/6)', 'Theo
 * chương trình, chiều 11/6', 'Ngày 12 và 13/6' in Quảng Ninh) — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, renamedLeaders, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen72';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-phuôn Xay-nha-lạt', 'Xổm-xạ-nậy Phôm-ma-chăn'],
	// The invitation's unhyphenated spelling renamed to the hyphenated one: renamed unhyphenated ('Xổm Xạ Nậy Phôm Ma
	// Chăn'), checked below.
	['Khăm Phuôn Xay Nha Lạt', 'Xổm-xạ-nậy Phôm-ma-chăn'],
	['Nguyễn Đình Khiêm', 'Tạ Quang Lộc'],
	['Cầm Văn Thiết', 'Hà Văn Duẩn'],
	['Tòng Thị Xuân', 'Mè Thị Lan'],
	['Xỉ-xổm-phon Kẹo-bua-la', 'Bun-lăm Phăn-thạ-vông'],
	['Lường Thị Hoan', 'Lò Thị Hương'],
	['Quàng Văn Pẩu', 'Điêu Chính Tươi'],
	['Lò Văn Chiến', 'Cà Văn Nhất'],
	['Bun-thoong Phom-mạ-vông', 'Khăm-xing Xỉ-thạ-xỏn'],
	['Vi-lay-vông Bút-đa-khăm', 'Sỉ-ha-phôm Chăn-thạ-vông'],
	['Lò Thị Mai', 'Hoàng Thị Duyên'],
	['Bun-khăm Văn-na-xỉ', 'Chăn-xa-mỏn Phôm-ma-hạ'],
	['Đặng Minh Hải', 'Trịnh Văn Khuê']
];
describe('the seventy-second unseen corpus, renamed with the invitation\'s unhyphenated spelling', () => {
	it('finds the one Hủa Phăn trip when its leader is renamed \'Xổm Xạ Nậy Phôm Ma Chăn\' on the invitation', () => {
		const r = renamedLeaders(DIR, RENAMES.map(([a, b]): [string, string] => (a === 'Khăm Phuôn Xay Nha Lạt' ? [a, 'Xổm Xạ Nậy Phôm Ma Chăn'] : [a, b])));
		// (HPH, the two Sơn La trips, SAO, SYT and LPB.)
		expect(r.delegations).toBe(6);
	});
});
describeChanged('the seventy-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-xạ-nậy Phôm-ma-chăn', 'Hà Văn Duẩn', 'Điêu Chính Tươi', 'Chăn-xa-mỏn Phôm-ma-hạ', 'Sỉ-ha-phôm Chăn-thạ-vông', 'Bun-lăm Phăn-thạ-vông'],
	// All six found.
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the schedule's rows that
// are not about Laos (a Standing Committee meeting, a defence course, a district's work, citizens' reception, an online
// conference, the provincial Party executive, a motorway inspection), agreement and plan periods ('giai đoạn 2024 -
// 2028', '2024 - 2026', '2025 - 2030', '2019 - 2023', '2024 - 2025'), statistics years ('năm 2023'), 'từ năm 1996',
// 'từ năm 1998', the plan's own date ('Kế hoạch số 112/KH-UBND ngày 10/5/2024') nothing; other
// schedules, press notices, documents, related news, tags, comments, scripts and meta are furniture.
describe('the seventy-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dcs: '01-sonladcs-lichcongtac-tuan21-thuongtruc-tinhuy.txt',
		tt: '02-sotttsonla-giaymoi-phongvien-hoidam-huaphan.html',
		sm: '03-songma-baocao-ketqua-doan-huaphan-chiengkhuong.txt',
		nn: '04-ngaynay-sonla-huaphan-kythoathuan-2024-2028.txt',
		yt: '05-soytesonla-chuongtrinh-doan-soyte-huaphan-nostamp.txt',
		kt: '06-sav-thongcaobaochi-kiemtoan-lao-hanoi-quangninh.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Sơn La Party schedule lies within 20–23 May 2024', () => {
		expect(outside(F.dcs, '2024-05-20', '2024-05-23')).toEqual([]);
	});
	it('every main event from the press invitation lies within 20–22 May 2024', () => {
		expect(outside(F.tt, '2024-05-20', '2024-05-22')).toEqual([]);
	});
	it('every main event from the Sông Mã report lies within 21–22 May 2024 or is the third-quarter proposal', () => {
		expect(outside(F.sm, '2024-05-21', '2024-05-22', ['2024-07-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Ngày Nay page lies within 20–22 May 2024 or is the September plan', () => {
		expect(outside(F.nn, '2024-05-20', '2024-05-22', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the health department\'s programme lies within 13–15 June 2024', () => {
		expect(outside(F.yt, '2024-06-13', '2024-06-15')).toEqual([]);
	});
	it('every main event from the State Audit press release lies within 10–13 June 2024', () => {
		expect(outside(F.kt, '2024-06-10', '2024-06-13')).toEqual([]);
	});
	it('no event quotes the rows not about Laos, the sidebars, the tags, the scripts, the comments or the figures', () => {
		const qs: [string, string][] = [
			[F.dcs, 'cho ý kiến về Đề án phát triển cây ăn quả'],
			[F.dcs, 'lớp bồi dưỡng kiến thức quốc phòng và an ninh'],
			[F.dcs, 'làm việc với Ban Thường vụ Huyện ủy Mai Sơn'],
			[F.dcs, 'tiếp công dân định kỳ'],
			[F.dcs, 'Nghị quyết Hội nghị Trung ương 9 khóa XIII'],
			[F.dcs, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20'],
			[F.dcs, 'giao ban với Văn phòng Tỉnh ủy'],
			[F.dcs, 'đường cao tốc Hòa Bình - Mộc Châu'],
			[F.dcs, 'Lịch công tác tuần 20'],
			[F.dcs, 'Lịch công tác tuần 22'],
			[F.dcs, '15 năm thực hiện thỏa thuận hợp tác toàn diện'],
			[F.dcs, 'Tổng Lãnh sự quán Lào tại Đà Nẵng'],
			[F.dcs, 'Trực lãnh đạo'],
			[F.tt, 'Hội nghị xúc tiến đầu tư vào tỉnh Sơn La'],
			[F.tt, 'Lễ hội Hoa ban'],
			[F.tt, 'Đoàn công tác tỉnh Luông Pha-bang thăm Sơn La'],
			[F.tt, 'datePublished'],
			[F.tt, 'Đầu mối liên hệ'],
			[F.sm, 'Kế hoạch số 112/KH-UBND'],
			[F.sm, 'kim ngạch hàng hóa qua cặp cửa khẩu'],
			[F.sm, 'quan hệ kết nghĩa giữa hai huyện từ năm 1998'],
			[F.sm, 'tình hình kinh tế - xã hội tháng 5'],
			[F.sm, 'Ngày hội văn hóa các dân tộc'],
			[F.sm, 'cuộc họp giao ban tháng 4/2024'],
			[F.nn, 'kim ngạch xuất nhập khẩu qua các cửa khẩu'],
			[F.nn, '312 lưu học sinh'],
			[F.nn, 'văn bản hợp tác đầu tiên từ năm 1996'],
			[F.nn, '500 tấn xi măng'],
			[F.nn, 'Đoàn công tác tỉnh Sơn La thăm tỉnh Luông Pha-bang'],
			[F.nn, 'Điện Biên - Phông-xả-lỳ'],
			[F.nn, 'Mộc Châu mùa mận chín'],
			[F.nn, 'cầu Pá Uôn'],
			[F.nn, 'Mong hai tỉnh mãi anh em'],
			[F.yt, 'Hội nghị tổng kết công tác dân số'],
			[F.yt, '4.500 lượt người bệnh Lào'],
			[F.yt, 'Lịch trực Tết Nguyên đán'],
			[F.yt, 'tuyển dụng viên chức'],
			[F.yt, 'khám bệnh miễn phí cho đồng bào biên giới'],
			[F.yt, 'Đoàn chuyên gia Bệnh viện Bạch Mai'],
			[F.kt, '75 kiểm toán viên Lào'],
			[F.kt, 'Đại hội ASOSAI lần thứ 16'],
			[F.kt, 'Đại sứ Cộng hòa Liên bang Đức'],
			[F.kt, 'kiểm toán chuyển đổi số'],
			[F.kt, 'Đoàn KTNN làm việc tại Thủ đô Viêng Chăn'],
			[F.kt, 'Phiên họp Hội đồng Kiểm toán Nhà nước']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2007-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
