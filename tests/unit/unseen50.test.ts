/**
 * A fiftieth set of pages (tests/fixtures/unseen50) from outlets not used before, on exchanges between the big cities and
 * Vientiane, Savannakhet, Champasak and Luang Prabang in 2019, 2023 and 2025 — the Hà Nội People's Council portal (its
 * chairman in Vientiane: 'Trong các ngày từ 5 đến 7/12', 'Sáng 5/12 (giờ địa phương)', 'Tối ngày 5/12', 'Vào lúc 8h30
 * ngày 6/12', 'Chiều cùng ngày', 'Hôm thứ Năm', 'quý II/2024' under 'Thứ năm, 7/12/2023, 20:15 (GMT+7)') and the
 * Vientiane Capital Administration Office in English on the same trip ('Vientiane Mayor', 'on December 5', 'on Dec 5-7',
 * 'late on Monday', 'Deputy Governor of Vientiane Capital', 'The next morning', 'On the last day of the visit', 'the
 * second quarter of next year' under 'Dec 7, 2023 | 08:15 pm', Vietnamese names without diacritics), the Đà Nẵng
 * foreign affairs department as a saved HTML page (Savannakhet and Champasak a day each, '<li>Ngày 19/11: …' bullets,
 * 'Từ chiều 19/11 đến hết ngày 21/11', an in-body 'Tin liên quan', 'Ngày thứ hai của chuyến thăm', 'tháng 6 năm sau'),
 * the Hồ Chí Minh City farmers' union with NO stamp (the year only in 'Hội chợ Nông sản Việt Nam - Lào năm 2025', 'ngày
 * 16 và 17 tháng 10', 'Tối ngày 17/10', 'tháng 3 năm sau'), Cần Thơ University's photo story (a 'Phó Đô trưởng' named
 * 'Khămphăn Xaysổmphêng', captions, '14/11/2025 - 09:12 (GMT+07:00)') and VNEWS with a quote lead by the Luang Prabang
 * governor 'Khăm Phết Vông Xổm Bắt' ('sáng thứ Sáu tuần trước' under 'Cập nhật 23-09-2019, 09:12', 'Tối hôm trước',
 * 'Chiều cùng ngày', 'tháng 12 tới') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen50';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fiftieth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Phùng Văn Khiêm', 'Lạc Văn Thuận'],
	['Phung Van Khiem', 'Lac Van Thuan'],
	['Mr Khiem', 'Mr Thuan'],
	['Xổm-phết Kẹo-vi-lay', 'Phết-xả-nạ Bun-nhạ-vông'],
	['Somphet Keovilay', 'Phetsana Bounyavong'],
	['Mr Somphet', 'Mr Phetsana'],
	['Bua-khăm Thíp-pha-vông', 'Xỉ-vi-lay Đuông-chăn'],
	['Bouakham Thipphavong', 'Sivilay Duangchan'],
	['Vilayphone Sisomvang', 'Kongkeo Manivanh'],
	['Hồ Sĩ Nguyên', 'Tống Phước Hải'],
	['Thoong-xay Vông-pha-chăn', 'Kham-la Xỉ-bun-hương'],
	['Bun-thạ-vi Chăn-tha-phon', 'Vẳn-xay Pạ-xổm-phu'],
	['Trịnh Thanh Bình', 'Diệp Quốc Thái'],
	['Phon-xa-vẳn Lò-văn-xay', 'Thạ-vi-xăc Khun-xổm'],
	['Khămphăn Xaysổmphêng', 'Bunhương Xỉlạvông'],
	['Đỗ Thành Lợi', 'Quan Trọng Nghĩa'],
	['Võ Hữu Lộc', 'Ngô Bảo Chánh'],
	['Khăm Phết Vông Xổm Bắt', 'Xổm Xạ Vẳn Phăn Thạ Lạt'],
	['Bùi Minh Khuê', 'Cao Thế Vinh']
];
describeChanged('the fiftieth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The delegations found: the gold's nine (the Hà Nội trip once), the Vientiane deputy mayor's and the Luang Prabang
	// governor's led by their Lao names in joined and in spaced syllables.
	leaders: ['Lạc Văn Thuận', 'Phết-xả-nạ Bun-nhạ-vông', 'Tống Phước Hải', 'Vẳn-xay Pạ-xổm-phu', 'Diệp Quốc Thái', 'Bunhương Xỉlạvông', 'Quan Trọng Nghĩa', 'Xổm Xạ Vẳn Phăn Thạ Lạt', 'Cao Thế Vinh'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: plans' and memoranda's
// terms ('giai đoạn 2021 - 2025', '2024 - 2026', '2024-2026', '2020 - 2025', '2025 - 2030', 'năm học 2026 - 2027'),
// 'năm 2023' and '8 tháng năm 2019' figures, the fair's name's '2025' alone nothing; captions are body on the photo
// story; sidebars, tags, comments, scripts and meta are furniture.
describe('the fiftieth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hn: '01-hdndhanoi-vientiane-tucacngay-5den7.txt',
		vc: '02-vientianecapitalgov-en-hanoi-council-dec5-7.txt',
		dn: '03-songoaivudanang-savannakhet-champasak-bullets.html',
		nt: '04-nongdantphcm-vientiane-hoicho-2025-nostamp.txt',
		ct: '05-dhct-photostory-vientiane-deputymayor-cantho.txt',
		vn: '06-vnews-luangprabang-haiphong-quotelead-2019.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hà Nội council page lies within 4–7 December 2023 or is the Q2 2024 plan', () => {
		expect(outside(F.hn, '2023-12-04', '2023-12-07', ['2024-04-01', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the Vientiane Capital page lies within 4–7 December 2023 or is the Q2 2024 plan', () => {
		expect(outside(F.vc, '2023-12-04', '2023-12-07', ['2024-04-01', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the Đà Nẵng page lies within 19–21 November 2019 or is the June 2020 plan', () => {
		expect(outside(F.dn, '2019-11-19', '2019-11-21', ['2020-06-01', '2020-06-30'])).toEqual([]);
	});
	it('every main event from the unstamped farmers\' union page lies within 16–18 October 2025 or is the March 2026 plan', () => {
		expect(outside(F.nt, '2025-10-16', '2025-10-18', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Cần Thơ University page lies within 12–13 November 2025 or is the March 2026 plan', () => {
		expect(outside(F.ct, '2025-11-12', '2025-11-13', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the VNEWS page lies within 19–21 September 2019 or is the December plan', () => {
		expect(outside(F.vn, '2019-09-19', '2019-09-21', ['2019-12-01', '2019-12-31'])).toEqual([]);
	});
	it('the Hà Nội trip told by the two outlets is one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const a = of(F.hn, 'Tối ngày 5/12, Đô trưởng');
		const b = of(F.vc, 'On the last day of the visit');
		expect(a).toHaveLength(1);
		expect(b.map((d) => d.id)).toEqual(a.map((d) => d.id));
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.hn, 'Kỳ họp thứ 14 HĐND thành phố'],
			[F.hn, 'Hội đồng Nhân dân tỉnh Hủa Phăn'],
			[F.hn, 'thu gom rác thải tại huyện Sóc Sơn'],
			[F.hn, '30 tuyến phố đi bộ'],
			[F.hn, 'điều chỉnh giá nước sạch'],
			[F.hn, 'thứ 4 từ phải'],
			[F.vc, 'Lao-Vietnamese business forum'],
			[F.vc, '2024 road repair programme'],
			[F.vc, 'Ho Chi Minh City tourism expo'],
			[F.vc, 'That Luang Festival draws'],
			[F.vc, 'presents a souvenir'],
			[F.dn, 'Tổng Lãnh sự Lào tại Đà Nẵng chào từ biệt'],
			[F.dn, 'Người Việt Nam ở nước ngoài tại Đà Nẵng'],
			[F.dn, 'hợp tác với tỉnh Sê Kông'],
			[F.dn, 'tỉnh Gangwon'],
			[F.dn, 'lễ tân đối ngoại'],
			[F.dn, 'quảng bá du lịch'],
			[F.dn, 'datePublished'],
			[F.dn, 'page_date'],
			[F.dn, 'tặng quà lưu niệm cho lãnh đạo tỉnh Chăm-pa-xắc'],
			[F.nt, 'Hội thi nhà nông đua tài'],
			[F.nt, 'sầu riêng trái vụ'],
			[F.nt, 'Hội Nông dân thành phố tiếp Đoàn công tác tỉnh Chăm-pa-xắc'],
			[F.nt, 'Mong các hợp tác xã'],
			[F.nt, 'Rất tự hào'],
			[F.nt, 'thứ 2 từ trái'],
			[F.ct, 'Lễ tốt nghiệp lưu học sinh'],
			[F.ct, 'Đại học Quốc gia Lào'],
			[F.ct, 'biến đổi khí hậu vùng Mê Kông'],
			[F.ct, 'Lịch thi học kỳ'],
			[F.ct, 'Tuyển sinh cao học'],
			[F.vn, 'khánh thành cầu Hoàng Văn Thụ'],
			[F.vn, 'chọi trâu Đồ Sơn'],
			[F.vn, 'Đoàn đại biểu thành phố Viêng Chăn thăm Hải Phòng'],
			[F.vn, 'Giá xăng dầu'],
			[F.vn, 'mưa dông diện rộng'],
			[F.vn, 'tại buổi hội đàm. Ảnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
