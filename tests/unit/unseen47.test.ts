/**
 * A forty-seventh set of pages (tests/fixtures/unseen47) from outlets not used before, on education and health — Vinh
 * University in English (the Xieng Khouang 'Chao Khoueng (Governor)' at the university 'On Wednesday' under 'April 12,
 * 2024 | 10:05 am GMT+7', 'this week', 'Earlier in the day', 'Last Friday', 'On the occasion', 'Earlier this month',
 * 'later today'), Sở Ngoại vụ Nghệ An on the SAME visit (a programme in dated bullets '- Ngày 9/4: …' under '15-04-2024
 * 08:40', 'vừa kết thúc', a 'Tết Bun-pi-mày' party 'tối cùng ngày', 'Tin liên quan' inside the body, 'Hôm thứ Sáu',
 * 'Cách đây một tuần', 'tháng 9 tới đây'), Bệnh viện Trung ương Huế as a saved HTML page (a medical team in Sa-la-văn
 * 'khám bệnh, phát thuốc miễn phí', 'Trong 5 ngày (18 - 22/3)', 'Những ngày qua', 'Từ đầu tháng đến nay', 'Chiều nay
 * (22/3)', 'tới đây … tháng 6/2024'), Trường Đại học Tây Nguyên with NO stamp (a Chăm-pa-xắc delegation at a Bun-pi-mày
 * party, the year only in 'Tết cổ truyền Bun-pi-mày năm 2024', 'Sáng cùng ngày', 'Tối hôm trước', 'Trong dịp này',
 * 'Ngày mai (12/4)'), Trường Đại học Tây Bắc in 2016 (a provincial youth union 'Trong hai ngày qua' under 'Ngày đăng:
 * 24.06.2016', 'Ngày thứ hai của chuyến thăm', 'Tối hôm trước', 'tháng 9 tới') and Trường Đại học Hà Tĩnh's photo story
 * (a lead quote by the Lao leader, 'Thứ Sáu, 12/04/2024, 10:05 (GMT+7)', 'trong tuần này', 'Dịp này', 'cuối tháng 5 tới
 * đây') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen47';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-xinh Vông-pha-chăn', 'Xổm-xạ-vạt Lẳn-xả-vẳn'],
	['Khamsing Vongphachanh', 'Somsavath Lensavanh'],
	['Governor Khamsing', 'Governor Somsavath'],
	['Phan Quoc Thang', 'Dinh Van Khoi'],
	['Rector Thang', 'Rector Khoi'],
	['Hoàng Văn Lực', 'Trịnh Bá Nghiêm'],
	['Phạm Hồng Quang', 'Cao Xuân Tùng'],
	['Lê Đình Khánh', 'Tôn Thất Vĩnh'],
	['Vi-lạt Phôm-mạ-chăn', 'Bun-xỏn Khăm-phi-la'],
	['Bun-thăn Xỉ-xu-phăn', 'Thoong-bay Mạ-la-xỉ'],
	['Huỳnh Thị Lan Phương', 'Lạc Thị Kim Oanh'],
	['Phăn-thong Xay-nha-vông', 'Xỉ-vi-lay Pheng-xổm-phu'],
	['Lò Văn Tiến', 'Cầm Bá Thưởng'],
	['Vi-lay-vông Bút-đa-khăm', 'Phut-xạ-đi Kẹo-thị-phon'],
	['Nguyễn Hồng Lĩnh', 'Võ Đức Nhuận']
];
describeChanged('the forty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-xạ-vạt Lẳn-xả-vẳn', 'Trịnh Bá Nghiêm', 'Tôn Thất Vĩnh', 'Thoong-bay Mạ-la-xỉ', 'Xỉ-vi-lay Pheng-xổm-phu', 'Cầm Bá Thưởng', 'Phut-xạ-đi Kẹo-thị-phon'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: school years and plan
// periods ('2023-2024 school year', 'năm học 2015 - 2016', 'năm học 2023 - 2024', 'năm học 2024 - 2025', 'giai đoạn 2016 -
// 2020', 'giai đoạn 2021 - 2025', 'kế hoạch năm 2024', 'cooperation plan for 2024', 'khóa 2020 - 2024', '2020-2024
// intake'), the 'Từ đầu tháng đến nay' figures and 'Hiện nay' enrolments date nothing; the Bun-pi-mày parties are held on
// their own days, not the festival's; captions, sidebars, 'Tin liên quan' lists (inside the body too), tags, comments,
// scripts and meta are furniture.
describe('the forty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		vu: '01-vinhuni-en-xiengkhouang-governor-university.txt',
		na: '02-songoaivunghean-xiengkhouang-programme-bullets.txt',
		hu: '03-bvtwhue-salavan-medical-team.html',
		tn: '04-ttn-champasak-bunpimay-nostamp.txt',
		tb: '05-utb-houaphanh-youthunion-2016.txt',
		ht: '06-htu-bolikhamxai-graduation-photostory.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Vinh University page lies within 1–12 April 2024', () => {
		expect(outside(F.vu, '2024-04-01', '2024-04-12')).toEqual([]);
	});
	it('every main event from the Sở Ngoại vụ Nghệ An page lies within 7–12 April 2024 or is the September plan', () => {
		expect(outside(F.na, '2024-04-07', '2024-04-12', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Bệnh viện Trung ương Huế page lies within 18–22 March 2024 or is the June plan', () => {
		expect(outside(F.hu, '2024-03-18', '2024-03-22', ['2024-06-01', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the Trường Đại học Tây Nguyên page lies within 10–12 April 2024', () => {
		expect(outside(F.tn, '2024-04-10', '2024-04-12')).toEqual([]);
	});
	it('every main event from the Trường Đại học Tây Bắc page lies within 22–24 June 2016 or is the September plan', () => {
		expect(outside(F.tb, '2016-06-22', '2016-06-24', ['2016-09-01', '2016-09-30'])).toEqual([]);
	});
	it('every main event from the Trường Đại học Hà Tĩnh page lies within 8–14 April 2024 or is the late-May plan', () => {
		expect(outside(F.ht, '2024-04-08', '2024-04-14', ['2024-05-20', '2024-05-31'])).toEqual([]);
	});
	it('the Xiêng Khoảng Governor told in English and in Vietnamese leads one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const en = of(F.vu, 'On the occasion, the Governor presented 20 scholarships');
		const vi = of(F.na, 'Ngày 11/4: Đoàn dâng hoa tại Khu di tích Kim Liên');
		expect(en).toHaveLength(1);
		expect(vi).toHaveLength(1);
		expect(en[0].id).toBe(vi[0].id);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.vu, 'welcomes 120 Lao students'],
			[F.vu, 'signs MoU with Souphanouvong University'],
			[F.vu, 'celebrate Bunpimay at the dormitory'],
			[F.vu, '2024 admission plan'],
			[F.vu, 'fourth from left'],
			[F.na, 'Trường Phổ thông dân tộc nội trú tỉnh Xiêng Khoảng'],
			[F.na, 'Lễ kỷ niệm 48 năm Quốc khánh Lào'],
			[F.na, 'tiếp nhận 250 lưu học sinh Lào'],
			[F.na, 'tổng kết công tác ngoại vụ năm 2023'],
			[F.na, 'chúc Tết Giáp Thìn'],
			[F.hu, 'Hội nghị khoa học Ngoại khoa'],
			[F.hu, 'ghép tim thành công'],
			[F.hu, 'phẫu thuật mắt miễn phí tại Chăm-pa-xắc'],
			[F.hu, 'Bệnh viện hữu nghị tỉnh Xê Kông'],
			[F.hu, 'khám bệnh cho người dân huyện Lạo-ngám'],
			[F.hu, 'datePublished'],
			[F.hu, 'page_date'],
			[F.tn, 'té nước chúc phúc'],
			[F.tn, 'khóa 2018 - 2024'],
			[F.tn, 'ký kết hợp tác với Đại học Chăm-pa-xắc'],
			[F.tn, 'Cảm ơn nhà trường'],
			[F.tn, 'năm mới an khang'],
			[F.tb, 'thứ 2 từ phải'],
			[F.tb, 'cán bộ tỉnh Luông Pha-băng'],
			[F.tb, 'đón 160 lưu học sinh Lào'],
			[F.tb, 'vui Tết Bun-pi-mày 2016'],
			[F.tb, 'Hợp tác giáo dục Việt - Lào'],
			[F.ht, 'phát biểu tại buổi lễ'],
			[F.ht, 'nhận bằng tốt nghiệp từ lãnh đạo hai tỉnh'],
			[F.ht, 'Phon-xa-vẳn Xỉ-pa-xợt'],
			[F.ht, 'Đoàn công tác tỉnh Khăm Muồn'],
			[F.ht, 'Ngày hội văn hóa các dân tộc'],
			[F.ht, 'Trường Cao đẳng Kỹ thuật Bô-li-khăm-xay']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2016-01-01' || e.start! > '2024-12-31').map(show)).toEqual([]);
	});
});
