/**
 * An eighty-sixth set of pages (tests/fixtures/unseen86) from outlets not used before, on who took part — Gia Lai's
 * e-portal in English (the Gia Lai high-level delegation in Attapeu, 'from November 18 to 20' under 'Wednesday, 20/11/2024
 * | 17:42 GMT+7', 'On Monday afternoon', 'On Tuesday morning', 'Mr. Bounmy Phanthavong', 'Ms. Chanthaly Soulivong', 'Mr. Ho
 * Van Thang', a signing with its signatories named, 'in the second quarter of 2025'), the Gia Lai Party committee's portal
 * (the same trip, 'Cùng đi có các đồng chí:', 'Về phía tỉnh A-tô-pư có các đồng chí:', 'đồng chí Bí thư Thắng', 'bà
 * Chăn-thạ-ly', 'Bun-mi' and 'Bunmy Phanthavong' in one page, 'như lời Chủ tịch Hồ Chí Minh', a Deputy Foreign Minister met on
 * 8/11), Gia Lai police (the police director's meeting and signing on 20/11 within that trip, 'Tiếp và làm việc với Đoàn
 * có', a retelling of the talks), the Gia Lai Fatherland Front with NO stamp (Sekong's Lao Front led by a woman, 9–11/7,
 * the year from '5/9/1962 - 5/9/2024', 'Cùng dự có', Anh hùng Núp and the writer Nguyên Ngọc), the Gia Lai youth union
 * ('Từ ngày 10 - 12/10' under '13-10-2023', 'cố Chủ tịch Cay-xỏn Phôm-vi-hản') and Pleiku city as a saved HTML page (a woman
 * deputy leading 'thay mặt' the secretary, 'Somsack Phonxaydy' for 'Xổm-xắc Phon-xay-đi') — against gold written before
 * the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen86';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
	CA1: "the police director's meeting lists Hồ Văn Thắng, only named as head of the wider delegation ('của Đoàn đại biểu cấp cao tỉnh Gia Lai')",
	CA2: 'the police signing lists Hồ Văn Thắng, who is not named at it',
	TD5: "'Theo kế hoạch, tháng 3/2024, Đoàn Thanh niên tỉnh Chăm-pa-xắc sẽ sang dự Ngày hội … tại Đức Cơ' is made context and placed in Champasak, not Gia Lai (Đức Cơ)"
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Hồ Văn Thắng', 'Lò Văn Quýnh'],
	['Ho Van Thang', 'Lo Van Quynh'],
	['Bí thư Thắng', 'Bí thư Quýnh'],
	['đồng chí Thắng', 'đồng chí Quýnh'],
	['Mr. Thang', 'Mr. Quynh'],
	['Bun-mi Phăn-thạ-vông', 'Xay-nhạ-sỏn Kẹo-phết'],
	['Bunmy Phanthavong', 'Xaynhasone Keophet'],
	['Bounmy Phanthavong', 'Xaynhasone Keophet'],
	['đồng chí Bun-mi', 'đồng chí Xay-nhạ-sỏn'],
	['Mr. Bounmy', 'Mr. Xaynhasone'],
	['Phết-xa-mỏn Lo-mạ-ni', 'Đoong-chăn Vi-xay'],
	['bà Phết-xa-mỏn', 'bà Đoong-chăn'],
	['Bà Phetsamone', 'Bà Dongchan'],
	['Rơ Mah Hương Ly', 'Kpă Thị Nguyệt'],
	['Phạm Thị Mỹ Duyên', 'Vi Thị Quế Hằng'],
	['Bà Mỹ Duyên', 'Bà Quế Hằng']
];
describeChanged('the eighty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// Renamed, Bun-mi's planned return visit is led by the full name ('Xay-nhạ-sỏn Kẹo-phết'), though the page calls him
	// 'đồng chí Xay-nhạ-sỏn' more often than it writes it whole.
	leaders: ['Lò Văn Quýnh', 'Xay-nhạ-sỏn Kẹo-phết', 'Đoong-chăn Vi-xay', 'Kpă Thị Nguyệt', 'Vi Thị Quế Hằng'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or a plan's
// period ('2025-2029', 'giai đoạn 2025 - 2030', '2018 - 2023', '2024 - 2028', 'Kế hoạch hợp tác năm 2025'), figures' years
// ('In 2023', 'since 2000', 'năm 2024', 'Năm 2022', 'Từ năm 2014'), the anniversary '5/9/1962 - 5/9/2024', a wish ('trong
// năm tới') nothing; past happenings told in passing (8/11 in Hà Nội, June 2023, 2018, 2023) context; captions, sidebars,
// tags, scripts and meta are furniture.
describe('the eighty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		en: '01-gialaigov-en-gialai-attapeu-high-level.txt',
		dc: '02-gialaidcs-bithu-thang-attapeu-hoidam.txt',
		ca: '03-congangialai-congan-attapeu-kyket.txt',
		mt: '04-mattrangialai-sekong-mattran-nostamp.txt',
		td: '05-tinhdoangialai-thanhnien-champasak-pakse.txt',
		pk: '06-pleiku-thanhpho-samakkhixay-kyket.html'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Gia Lai e-portal page lies within 18–20 November 2024 or is the second-quarter plan', () => {
		expect(outside(F.en, '2024-11-18', '2024-11-20', ['2025-04-01', '2025-06-30'])).toEqual([]);
	});
	it.fails('every main event from the Gia Lai Party portal page lies within 18–20 November 2024 or is the second-quarter plan (known gap: the 8/11 meeting in Hà Nội told after \'Trước chuyến thăm\' is made a main event)', () => {
		expect(outside(F.dc, '2024-11-18', '2024-11-20', ['2025-04-01', '2025-06-30'])).toEqual([]);
	});
	it('every main event from the Gia Lai police page lies within 18–20 November 2024', () => {
		expect(outside(F.ca, '2024-11-18', '2024-11-20')).toEqual([]);
	});
	it('every main event from the Gia Lai Front page lies within 9–11 July 2024', () => {
		expect(outside(F.mt, '2024-07-09', '2024-07-11')).toEqual([]);
	});
	it('every main event from the Gia Lai youth union page lies within 10–12 October 2023 or is the March 2024 plan', () => {
		expect(outside(F.td, '2023-10-10', '2023-10-12', ['2024-03-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the Pleiku page lies within 26–28 March 2024', () => {
		expect(outside(F.pk, '2024-03-26', '2024-03-28')).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the scripts or the stamps', () => {
		const qs: [string, string][] = [
			[F.en, 'That Luang Festival in Vientiane'],
			[F.en, 'Deputy Foreign Minister receives Gia Lai Party chief'],
			[F.en, 'Team K52 repatriates 26 sets'],
			[F.en, 'Champasak governor visits Gia Lai'],
			[F.en, 'Photos: Duc Thuy'],
			[F.dc, 'tổng kết công tác đối ngoại 10 tháng'],
			[F.dc, 'Đoàn cán bộ tỉnh Chăm-pa-xắc tham quan'],
			[F.dc, 'Gia Lai tiếp nhận 12 hài cốt liệt sĩ'],
			[F.dc, '75 năm Quân tình nguyện Việt Nam giúp Lào'],
			[F.dc, 'tại buổi hội đàm. Ảnh: Đức Thụy'],
			[F.ca, 'bắt 3 đối tượng vận chuyển 12kg ma túy'],
			[F.ca, 'Thượng tướng Lê Quốc Hùng kiểm tra'],
			[F.ca, 'Mái ấm Công an'],
			[F.ca, 'Tập huấn nghiệp vụ cho cán bộ Công an tỉnh'],
			[F.ca, 'trao quà tặng Công an tỉnh A-tô-pư. Ảnh'],
			[F.mt, 'Trao 50 nhà Đại đoàn kết'],
			[F.mt, 'Mặt trận tỉnh Gia Lai thăm Mặt trận Lào'],
			[F.mt, 'Đoàn chụp ảnh lưu niệm tại Quảng trường'],
			[F.mt, 'tặng quà lưu niệm cho bà Phết-xa-mỏn'],
			[F.td, 'Chiến dịch Thanh niên tình nguyện hè 2023'],
			[F.td, 'Đại hội Hội LHTN Việt Nam tỉnh Gia Lai'],
			[F.td, 'Giao lưu thanh niên biên giới Việt Nam - Campuchia'],
			[F.td, 'tặng quà Đoàn Thanh niên tỉnh Chăm-pa-xắc. Ảnh'],
			[F.pk, 'Pleiku đón Đoàn đại biểu thành phố Pắc-xế'],
			[F.pk, 'Tết trồng cây Xuân Giáp Thìn'],
			[F.pk, 'tặng quà lưu niệm đồng chí Xổm-xắc'],
			[F.pk, 'datePublished']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2018-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
