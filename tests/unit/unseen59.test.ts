/**
 * A fifty-ninth set of pages (tests/fixtures/unseen59): Party and mass-organisation delegations, and pages with several
 * delegations, from outlets not used before — the Thanh Hóa Party portal on a Houaphanh high-level delegation received
 * in the morning and a Nghệ An Party delegation 'Chiều cùng ngày' ('12/04/2022 09:05', 'Ủy viên Trung ương Đảng, Bí thư
 * Tỉnh ủy, Chủ tịch HĐND tỉnh', 'từ chiều 10/4 đến hết ngày 13/4', 'Theo chương trình, sáng 12/4 … ; ngày 13/4 …',
 * 'Xổm-phon' and 'Sổm Phon'), VnMedia's photo story on the same trip ('Thứ Ba, 12/4/2022 - 09:05', captions carrying the
 * facts, 'Somphone Phommachanh (Xổm-phon Phôm-ma-chăn)', 'Houaphanh (Hủa Phăn, Lào)', 'Tối 10/4'), the Lai Châu youth
 * union in Phongsaly and Oudomxay a day each ('12-4-2022', 'Trong hai ngày 7 và 8 tháng 4', an in-body 'Tin liên quan'
 * block, 'Ngày thứ hai của chuyến công tác', 'Tối hôm trước', 'vào tháng 9 năm nay'), the Sơn La veterans' association in
 * Luang Prabang and Sayaboury with NO stamp (the year only in the named '30 năm Ngày thành lập … (6/12/1989 -
 * 6/12/2019)', a bulleted programme '- Ngày 18/11: …', 'Ngày 20 và 21/11', 'vào năm tới'), the Điện Biên Fatherland
 * Front as a saved HTML page on a Phongsaly Front delegation ('09/05/2019 - 16:20 (GMT+07:00)', 'Trong hai ngày 6 và
 * 7/5', a women's union host, 'quý IV/2019') and the Lao Front for National Development in English on it ('Thursday,
 * May 9, 2019 10:15 AM', 'on May 6 and 7', 'early on the 6th', 'Later that day', 'On the 7th', 'The previous evening',
 * 'in the fourth quarter of this year', 'late on Wednesday') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen59';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-phon Phôm-ma-chăn', 'Khăm-lả Xỉ-phăn-đon'],
	['Sổm Phon Phôm-ma-chăn', 'Khăm Lả Xỉ-phăn-đon'],
	['Somphone Phommachanh', 'Khamla Siphandone'],
	['Trịnh Quốc Bảo', 'Đào Xuân Lộc'],
	['Phan Đức Lâm', 'Ngô Trí Hạnh'],
	['Lê Hữu Nghĩa', 'Mai Thế Vinh'],
	['Lò Văn Khánh', 'Hà Văn Sướng'],
	['Phon-xay Xỉ-xu-lắt', 'Đa-vông Kẹo-xỉ-thạ'],
	['Vi-lay-văn Khăm-phăn', 'Xỉ-thon Ma-ni-vông'],
	['Lường Văn Pẩng', 'Quàng Văn Chiêm'],
	['Bun-xỉ Phôm-mạ-vông', 'Xay-xổm Bun-nhạ-vông'],
	['Thoong-chăn Vi-lay-phon', 'Phết-xa-mỏn Xỉ-la-vông'],
	['Bun-nhăng Kẹo-vi-lay', 'Vông-phết Thăm-ma-vông'],
	['Bounyang Keovilay', 'Vongphet Thammavong'],
	['Mr. Bounyang', 'Mr. Vongphet'],
	['Cà Văn Thọ', 'Lò Minh Đoan'],
	['Ca Van Tho', 'Lo Minh Doan'],
	['Quàng Thị Hiền', 'Tòng Thị Mến'],
	['Lo Van Phuong', 'Vi Van Sang']
];
describeChanged('the fifty-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Hà Văn Sướng', 'Khăm-lả Xỉ-phăn-đon', 'Phết-xa-mỏn Xỉ-la-vông', 'Quàng Văn Chiêm', 'Vông-phết Thăm-ma-vông'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: memoranda's and periods
// ('2022 - 2026', '2019 - 2024', 'giai đoạn 2016 - 2021', '1968 - 1972'), the named anniversaries' spans ('6/12/1989 -
// 6/12/2019', '7/5/1954 - 7/5/2019') and counts ('620 lưu học sinh', '120 lưu học sinh', '50 suất học bổng') date
// nothing; the Nghệ An Party delegation in Thanh Hóa is domestic (optional context); captions outside the photo story,
// sidebars, 'Tin liên quan', 'Xem thêm', 'Related news', tags, comments, scripts and meta are furniture.
describe('the fifty-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		th: '01-tinhuythanhhoa-houaphanh-nghean-twodelegations.txt',
		vm: '02-vnmedia-photo-houaphanh-thanhhoa.txt',
		lc: '03-tinhdoanlaichau-phongsaly-oudomxay-tinlienquan.txt',
		sl: '04-hoiccbsonla-luangprabang-sayaboury-programme-nostamp.txt',
		db: '05-mattrandienbien-phongsaly-front-dbp65.html',
		lf: '06-lfnd-en-phongsaly-dienbien-onthe7th.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Thanh Hóa Party portal lies within 10–13 April 2022', () => {
		expect(outside(F.th, '2022-04-10', '2022-04-13')).toEqual([]);
	});
	it('every main event from the VnMedia photo story lies within 10–13 April 2022', () => {
		expect(outside(F.vm, '2022-04-10', '2022-04-13')).toEqual([]);
	});
	it('every main event from the Lai Châu youth union page lies within 7–8 April 2022 or is the September exchange', () => {
		expect(outside(F.lc, '2022-04-07', '2022-04-08', ['2022-09-01', '2022-09-30'])).toEqual([]);
	});
	it("every main event from the Sơn La veterans' page lies within 18–22 November 2019 or is the 2020 return visit", () => {
		expect(outside(F.sl, '2019-11-18', '2019-11-22', ['2020-01-01', '2020-12-31'])).toEqual([]);
	});
	it('every main event from the Điện Biên Front page lies within 6–7 May 2019 or is the fourth-quarter conference', () => {
		expect(outside(F.db, '2019-05-06', '2019-05-07', ['2019-10-01', '2019-12-31'])).toEqual([]);
	});
	it('every main event from the LFND page lies within 6–8 May 2019 or is the fourth-quarter conference', () => {
		expect(outside(F.lf, '2019-05-06', '2019-05-08', ['2019-10-01', '2019-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.th, '2.000 bộ kit xét nghiệm'],
			[F.th, 'Ban Chấp hành Đảng bộ tỉnh lần thứ 8'],
			[F.th, '1,2 triệu lượt khách'],
			[F.th, 'tặng quà lưu niệm đồng chí'],
			[F.vm, 'Lễ hội Pi Mai Lào'],
			[F.vm, 'Khánh thành cầu hữu nghị'],
			[F.vm, 'Tết trồng cây'],
			[F.vm, 'Giá xăng dầu'],
			[F.vm, 'đời đời bền vững'],
			[F.lc, 'ra quân Tháng Thanh niên'],
			[F.lc, '200 suất quà'],
			[F.lc, 'Hội LHTN Việt Nam tỉnh Lai Châu'],
			[F.lc, 'Thiếu nhi vui khỏe'],
			[F.sl, 'tổng kết công tác năm 2018'],
			[F.sl, '30 nhà tình nghĩa'],
			[F.sl, 'Mặt trận 379'],
			[F.db, 'Ủy ban MTTQ tỉnh lần thứ 5'],
			[F.db, '45 nhà Đại đoàn kết'],
			[F.db, 'bản kết nghĩa Việt - Lào năm 2018'],
			[F.db, 'bầu cử trưởng bản'],
			[F.db, 'trao quà lưu niệm tặng Đoàn'],
			[F.db, 'pubDate'],
			[F.lf, 'annual meeting'],
			[F.lf, '300 rice bags'],
			[F.lf, 'visits Yunnan'],
			[F.lf, 'precious asset']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' && e.role !== 'context').map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! > '2022-12-31').map(show)).toEqual([]);
	});
	// 'Đồng chí Sổm Phon Phôm-ma-chăn cảm ơn …', a second spelling of 'Xổm-phon Phôm-ma-chăn' on the same page (one syllable
	// split, 'S' for 'X', another tone), is the same person.
	it('the Houaphanh leader is one person in both spellings on one page', () => {
		const fold = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
		expect(t.people.filter((p) => fold(p.name).includes('phom-ma-chan')).map((p) => p.name)).toHaveLength(1);
	});
});
