/**
 * A fifty-fourth set of pages (tests/fixtures/unseen54) from outlets not used before, on Lao-side delegations received in
 * Vietnam and the reverse trip a year later — the Yên Bái provincial portal (the Bò Kẹo Party secretary and governor
 * received by the Party secretary and, 'chiều cùng ngày', by the People's Committee chairman in one sentence, the
 * People's Council chairwoman's banquet 'Tối 5/9', '8 giờ 30 phút ngày 6/9', 'vào hồi 8h ngày 7/9' under '06/09/2023
 * 09:15:00'), The ASEAN Post in English on the same trip ('Sept 4-7', 'On Sept. 5', 'Later that afternoon', 'On 6th
 * September', 'on Thursday morning'), the Yên Bái Party committee portal as a saved HTML page on the return trip ('thứ 6
 * (ngày 6/9)', 'Sáng thứ 7 (ngày 7/9)', 'Lúc 14h00 ngày 7-9-2024', 'CN 8/9' under 'Thứ ba, 10/09/2024 - 14:30 (GMT+7)'),
 * the Văn Chấn district portal with NO stamp (its twinned 'huyện (mường) Pha-u-đôm' led by its 'Huyện trưởng (Chao
 * Muang)', 'Vào hồi 8h ngày 14/12', 'Lúc 14h00 ngày 14-12-2018', 'Sáng 15.12.2018', 'trong tháng 3/2019'), the Ministry
 * of Home Affairs portal (a Lao ministry group, a Quảng Ninh vice chairman named in passing, 'Cập nhật: 12/9/2023 |
 * 4:05:00 PM', 'từ ngày 11 đến 15.9.2023', 'Trước đó, tối 11/9') and Báo Tiền Giang (a Farmers' Union delegation in two
 * Lao provinces, a quote lead, bullets '- Ngày 20/11:', 'Trong hai ngày qua', a 'Tin liên quan' block inside the body,
 * 'Tối hôm trước ngày làm việc tại …', 'vào tháng 3 năm sau') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen54';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-fourth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-phoong Vông-xa-vẳn', 'Xủn-thon Pha-lăm-ma-ni'],
	['Khamphoung Vongsavanh', 'Sounthone Phalammany'],
	['Lương Thế Hiển', 'Tạ Quang Thiều'],
	['Luong The Hien', 'Ta Quang Thieu'],
	['Nông Văn Tuấn', 'Mạc Đình Khởi'],
	['Nong Van Tuan', 'Mac Dinh Khoi'],
	['Hà Thị Thu Trang', 'Lục Thị Bích Ngọc'],
	['Xỉ-xổm-bắt Phôm-ma-chắc', 'Chăn-thạ-vông Lạt-sa-vông'],
	['Hoàng Văn Lợi', 'Ninh Đức Quý'],
	['Phạm Quang Vinh', 'Kiều Văn Chương'],
	['Bun-thong Xay-nha-vông', 'Vi-lạ-phon Khăm-pheng'],
	['Cao Minh Thư', 'Âu Hữu Định'],
	['Nguyễn Văn Thạnh', 'Trịnh Văn Phú'],
	['Bun-lắp Xỉ-thạ-vông', 'Thoong-lay Mạ-ni-vông'],
	['Khăm-mạn Phết-xa-vẳn', 'Xổm-xỉ Kẹo-bua-la']
];
describeChanged('the fifty-fourth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xủn-thon Pha-lăm-ma-ni', 'Tạ Quang Thiều', 'Chăn-thạ-vông Lạt-sa-vông', 'Vi-lạ-phon Khăm-pheng', 'Trịnh Văn Phú'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'năm 2022', '8 tháng năm
// 2023', 'giai đoạn 2019 - 2023', 'in 2022', 'năm 2023', '6 tháng đầu năm 2024', 'năm 2018', 'kể từ năm 2016', 'giai
// đoạn 2019 - 2021' and '2023 - 2025' figures, an agreement's term ('2024 - 2028') and the invitation 'vào thời gian
// thích hợp' date nothing; captions ('on Tuesday'), sidebars, tags, scripts and meta are furniture.
describe('the fifty-fourth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		yb: '01-yenbaiportal-bokeo-secretary-received.txt',
		ap: '02-aseanpost-en-bokeo-yenbai.txt',
		tu: '03-tinhuyyenbai-return-bokeo-weekend.html',
		vc: '04-vanchan-phaoudom-twinned-district-nostamp.txt',
		mh: '05-moha-lao-home-affairs-quangninh.txt',
		tg: '06-baotiengiang-farmers-champasak-salavan-photostory.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Yên Bái portal lies within 4–7 September 2023', () => {
		expect(outside(F.yb, '2023-09-04', '2023-09-07')).toEqual([]);
	});
	it('every main event from The ASEAN Post lies within 4–7 September 2023', () => {
		expect(outside(F.ap, '2023-09-04', '2023-09-07')).toEqual([]);
	});
	it('every main event from the Yên Bái Party committee page lies within 6–9 September 2024', () => {
		expect(outside(F.tu, '2024-09-06', '2024-09-09')).toEqual([]);
	});
	it('every main event from the Văn Chấn page lies within 13–15 December 2018 or is the March 2019 plan', () => {
		expect(outside(F.vc, '2018-12-13', '2018-12-15', ['2019-03-01', '2019-03-31'])).toEqual([]);
	});
	it('every main event from the Ministry of Home Affairs page lies within 11–15 September 2023', () => {
		expect(outside(F.mh, '2023-09-11', '2023-09-15')).toEqual([]);
	});
	it('every main event from the Báo Tiền Giang page lies within 19–24 November 2024 or is the March 2025 plan', () => {
		expect(outside(F.tg, '2024-11-19', '2024-11-24', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('the Bò Kẹo visit of 2023 and the Yên Bái return of 2024 are two delegations going opposite ways', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const there = of(F.tu, 'Sáng thứ 7 (ngày 7/9), tại Trụ sở Tỉnh ủy Bò Kẹo');
		const here = of(F.yb, 'Sáng 5/9, tại Trụ sở Tỉnh ủy');
		expect(there).toHaveLength(1);
		expect(here).toHaveLength(1);
		expect(there[0].id).not.toBe(here[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.yb, 'ký kết Biên bản ghi nhớ hợp tác giáo dục'],
			[F.yb, 'thăm tỉnh Luông Nặm Thà'],
			[F.yb, 'Tiếp nhận 20 lưu học sinh Lào'],
			[F.yb, 'Lễ hội Mù Cang Chải'],
			[F.yb, 'Hội nghị xúc tiến đầu tư'],
			[F.yb, 'thứ 5 từ phải'],
			[F.ap, 'boost cross-border trade'],
			[F.ap, 'Luang Namtha hosts'],
			[F.ap, 'at the reception in Yen Bai city on Tuesday'],
			[F.ap, 'higher fertiliser costs'],
			[F.tu, 'Ban Chấp hành Đảng bộ tỉnh lần thứ 24'],
			[F.tu, 'Yên Bái tiếp Đoàn công tác tỉnh Luổng Nặm Thà'],
			[F.tu, 'Khắc phục hậu quả cơn bão số 3'],
			[F.tu, 'lịch tiếp dân tháng 9/2024'],
			[F.tu, 'page_date'],
			[F.tu, 'published_time'],
			[F.vc, 'Ngày hội Văn hóa dân tộc Mường'],
			[F.vc, 'tổng kết công tác dân vận'],
			[F.vc, 'Tuần Văn hóa - Du lịch Mường Lò'],
			[F.vc, 'huyện Mường Ét'],
			[F.vc, 'tặng quà lưu niệm Đoàn đại biểu huyện Pha-u-đôm'],
			[F.mh, 'ký Kế hoạch hợp tác năm 2023'],
			[F.mh, 'Luật Cán bộ, công chức'],
			[F.mh, 'Học viện Hành chính Quốc gia'],
			[F.mh, 'tiền lương từ ngày 1/7/2024'],
			[F.mh, 'thi nâng ngạch công chức'],
			[F.tg, 'lô sầu riêng đông lạnh'],
			[F.tg, 'nông dân sản xuất, kinh doanh giỏi'],
			[F.tg, 'tặng quà lưu niệm Sở Nông nghiệp'],
			[F.tg, 'cao nguyên Bô-lô-ven'],
			[F.tg, 'Lễ hội Nghinh Ông'],
			[F.tg, 'Khánh thành cầu Rạch Miễu 2']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2018-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
