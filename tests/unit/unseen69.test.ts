/**
 * A sixty-ninth set of pages (tests/fixtures/unseen69) from outlets not used before, on education and health cooperation
 * at city and province level — the University of Đà Nẵng (a graduation of 86 Lao students at which the Lao Consul General
 * speaks, 'Ngày 25/12 vừa qua' under 'Cập nhật: 28/12/2024', 'Chiều cùng ngày', scholarships, 'năm học 2024-2025',
 * 'Năm ngoái', 'tháng 3/2025'), the Đà Nẵng Party Committee's portal (the same Sa-la-van Department of Education and
 * Sports delegation received 'Chiều 26/12', 'từ ngày 24 đến ngày 28/12', 'Trước đó, sáng 25/12', 'Theo chương trình,
 * sáng 27/12', '500 cán bộ', 'giai đoạn 2021-2025'), VOV World as a saved HTML page (a Huế hospital's medical team in
 * Sê Kông 'từ ngày 5/11 đến hết ngày 25/11' under '09:15, 18/11/2024', 'Trong 3 tuần', 'Đến nay, Đoàn đã khám cho hơn
 * 2.000 lượt người', 'năm ngoái', 'Cuối năm nay', 'Theo kế hoạch, chiều 25/11'), Thái Nguyên University of Medicine and
 * Pharmacy with NO stamp (a graduation with the Hủa Phăn Department of Health, 'Mới đây', the year only from '60 năm …
 * (5/9/1962 - 5/9/2022)' and 'sáng thứ Sáu (14/10)', 'giai đoạn 2023-2027', 'đầu năm 2023'), Thái Nguyên TV (the same
 * trip, 'Chiều 13/10' under '15/10/2022 08:20', 'từ ngày 12 - 15/10', 'từ năm 2017') and Tinmoi (Cần Thơ hands over a
 * friendship hospital in Pắc-xoòng, 'Sáng 27/12 (giờ địa phương)', 'Chiều cùng ngày 27/12', 'tháng 3/2022', 'tháng
 * 4/2024', 'Sáng nay (28/12)') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen69';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-xỉ Vông-phạ-chăn', 'Xổm-phăn Kẹo-đa-lạt'],
	['Xỉ-phon Kẹo-bua-hỏm', 'Bun-mi Xay-xổm-bắt'],
	['Lương Quốc Thắng', 'Lạc Hữu Nghiêm'],
	['Phan Thị Ngọc Dung', 'Tống Thị Bích Loan'],
	['Hoàng Minh Tuệ', 'Khổng Đức Lâm'],
	['Bun-thăn Xay-nha-lạt', 'Phết-xạ-mỏn Vi-lạ-vông'],
	['Thoong-khăn Phôm-mạ-ly', 'Kẹo-ni-lắt Chăn-thạ-vông'],
	['Đỗ Văn Khiêm', 'Ninh Quang Thái'],
	['Nguyễn Thị Hải Yến', 'Âu Thị Mỹ Hạnh'],
	['Trương Hữu Phước', 'Diệp Văn Tài'],
	['Vi-lay-văn Xỉ-chăn-thạ', 'Xỉ-xu-vẳn Pha-lạ-sỉ'],
	['Sổm-xỉ Đuông-mạ-ni', 'Bua-phăn Lủ-ạ-phon']
];
describeChanged('the sixty-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-phăn Kẹo-đa-lạt', 'Lạc Hữu Nghiêm', 'Khổng Đức Lâm', 'Kẹo-ni-lắt Chăn-thạ-vông', 'Ninh Quang Thái', 'Diệp Văn Tài', 'Xỉ-xu-vẳn Pha-lạ-sỉ'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a school year ('năm học
// 2024-2025', '2022-2023', '2025-2026'), a class ('khóa 2020 - 2024'), a plan's period ('giai đoạn 2021-2025',
// '2023-2027', 'Giai đoạn 2017 - 2022'), a quota ('500 cán bộ'), a running count ('Đến nay, Đoàn đã khám cho hơn 2.000
// lượt người'), an anniversary's span ('5/9/1962 - 5/9/2022'), 'những năm 1970' are nothing; 'Năm ngoái'/'năm ngoái', 'từ
// năm 2017' and 'tháng 3/2022' are past happenings told in passing (context); captions, sidebars, tags, comments, scripts
// and meta are furniture.
describe('the sixty-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ud: '01-udn-daihocdanang-totnghiep-luuhocsinh-salavan.txt',
		tu: '02-thanhuydanang-tiep-doan-sogiaoduc-salavan.txt',
		vw: '03-vovworld-doan-y-bac-si-hue-sekong.html',
		tm: '04-tump-yduocthainguyen-totnghiep-huaphan-nostamp.txt',
		tn: '05-thainguyentv-ubnd-tiep-soyte-huaphan.txt',
		ct: '06-tinmoi-cantho-bangiao-benhvien-champasak.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the University of Đà Nẵng page lies within 24–28 December 2024 or is the March 2025 plan', () => {
		expect(outside(F.ud, '2024-12-24', '2024-12-28', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the Đà Nẵng Party Committee page lies within 24–28 December 2024', () => {
		expect(outside(F.tu, '2024-12-24', '2024-12-28')).toEqual([]);
	});
	it('every main event from the VOV World page lies within 5–25 November 2024 or is the year-end plan', () => {
		expect(outside(F.vw, '2024-11-05', '2024-11-25', ['2024-10-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the unstamped Thái Nguyên medical university page lies within 12–15 October 2022 or is the early-2023 plan', () => {
		expect(outside(F.tm, '2022-10-12', '2022-10-15', ['2023-01-01', '2023-06-30'])).toEqual([]);
	});
	it('every main event from the Thái Nguyên TV page lies within 12–15 October 2022 or is the 2023 plan', () => {
		expect(outside(F.tn, '2022-10-12', '2022-10-15', ['2023-01-01', '2023-12-31'])).toEqual([]);
	});
	it('every main event from the Tinmoi page lies within 26–28 December 2023 or is the April 2024 plan', () => {
		expect(outside(F.ct, '2023-12-26', '2023-12-28', ['2024-04-01', '2024-04-30'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ud, 'đón 150 tân sinh viên Lào'],
			[F.ud, 'Tết Bunpimay tại Ký túc xá'],
			[F.ud, 'Trường Đại học Chăm-pa-xắc (22/8/2023)'],
			[F.ud, 'Hội thao lưu học sinh Lào - Campuchia'],
			[F.ud, 'trao bằng tốt nghiệp cho các tân khoa'],
			[F.tu, 'tiếp Đoàn Tỉnh ủy Sê Kông'],
			[F.tu, 'Ban Chấp hành Đảng bộ thành phố lần thứ 20'],
			[F.tu, 'Huân chương Lao động'],
			[F.tu, 'Gặp mặt cựu chuyên gia'],
			[F.tu, 'tặng quà lưu niệm cho Trưởng đoàn'],
			[F.vw, 'Huế trao 100 suất học bổng'],
			[F.vw, 'phẫu thuật mắt miễn phí tại Chăm-pa-xắc'],
			[F.vw, 'Kiều bào tại Viêng Chăn'],
			[F.vw, 'khám mắt cho người dân huyện La-mam'],
			[F.vw, 'datePublished'],
			[F.tm, 'Hội nghị khoa học tuổi trẻ'],
			[F.tm, 'Khai giảng năm học 2022-2023'],
			[F.tm, 'Xu-pha-nu-vông thăm Nhà trường'],
			[F.tm, 'Tết Bunpimay của lưu học sinh Lào'],
			[F.tm, 'chụp ảnh lưu niệm cùng các tân khoa'],
			[F.tn, 'Tăng cường hợp tác với tỉnh Xiêng Khoảng'],
			[F.tn, 'mô hình nông thôn mới tại Phú Bình'],
			[F.tn, 'Kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào tại Thái Nguyên'],
			[F.tn, 'Mong hai tỉnh ngày càng gắn bó'],
			[F.tn, 'Quang cảnh buổi tiếp'],
			[F.ct, 'Cần Thơ tiếp Tổng Lãnh sự Lào'],
			[F.ct, 'khai mạc Tuần lễ Văn hóa Lào năm 2023'],
			[F.ct, 'trao bằng tốt nghiệp cho 35 bác sĩ Lào'],
			[F.ct, 'cắt băng khánh thành']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2017-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
