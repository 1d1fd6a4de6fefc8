/**
 * A sixty-sixth set of pages (tests/fixtures/unseen66) from outlets not used before, on anniversaries and calendars —
 * the An Giang provincial portal (an Át-tạ-pư delegation chúc Tết, dated only by lunar days: 'Trong hai ngày mùng 6 và
 * mùng 7 Tết Ất Tỵ', 'Chiều mùng 6 Tết', 'Sáng nay (mùng 7 Tết)' under '04/02/2025', the Party's '(3/2/1930 - 3/2/2025)'
 * falling on mùng 6, 'giữa tháng 4 tới' for Bunpimay), the Attapeu provincial site in English (the same trip: 'the sixth
 * day of the Year of the Snake', 'On the afternoon of February 3', 'Earlier that morning', 'Pi Mai Lao last April',
 * 'since 2009', 'on February 6'), the Ministry of Defence portal (Military Region 2 in Phông-sa-lỳ 'Từ ngày 28 đến 30/11'
 * for '49 năm Quốc khánh nước CHDCND Lào (2/12/1975 - 2/12/2024)', 'Cùng ngày', 'Hôm nay (30/11)', 'trước Tết Nguyên đán
 * Ất Tỵ 2025', 'năm 1953'), the Đà Nẵng Party site with NO stamp and no year but 'Bunpimay năm 2567 (Phật lịch)' and the
 * anniversaries' ranges (Đà Nẵng leaders at the Lao Consulate General and with Lao students, 'sáng 10/4', 'Tối 12/4',
 * 'tháng 9 tới'), Báo Chính phủ as a saved HTML page (Xiêng Khoảng in Nghệ An for '47 năm Ngày ký Hiệp ước Hữu nghị và
 * Hợp tác (18/7/1977 - 18/7/2024)', 'Tối 17/7', 'Dịp Tết Bunpimay vừa qua', 'lễ hội Ok Phansa … tháng 10 năm nay') and
 * Giác Ngộ (Quảng Bình's Buddhist Sangha in Khăm Muồn, 'Sáng 17/8 (tức 14 tháng 7 âm lịch)', 'Sáng Rằm tháng Bảy' =
 * 18/8, 'Rằm tháng Giêng năm Ất Tỵ' = 12/2/2025) — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen66';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-phết Vi-lay-thoong', 'Khăm-xay Xỉ-phăn-đon'],
	['Somphet Vilaythong', 'Khamsay Siphandone'],
	['Mr Somphet', 'Mr Khamsay'],
	['Deputy Governor Somphet', 'Deputy Governor Khamsay'],
	['Trần Minh Khuê', 'Đỗ Hữu Lộc'],
	['Tran Minh Khue', 'Do Huu Loc'],
	['Mr Khue', 'Mr Loc'],
	['Chairman Tran Minh Khue', 'Chairman Do Huu Loc'],
	['Nguyễn Quang Thiện', 'Tạ Văn Khiêm'],
	['Nguyen Quang Thien', 'Ta Van Khiem'],
	['Vũ Đình Thạc', 'Phùng Văn Kiên'],
	['Bun-thạ-vi Xay-nhạ-xỏn', 'Xỉ-thon Văn-na-vông'],
	['Phết-xạ-mon Khăm-phui', 'Kẹo-ma-ni Phon-xay'],
	['Lương Quốc Hùng', 'Đinh Bảo Khánh'],
	['Vi-lạ-vông Bút-đa-khăm', 'Thoong-la Xỉ-xu-lít'],
	['Trần Thị Mai Hương', 'Ngô Thị Thu Trang'],
	['Bun-lắp Phôm-ma-xỉ', 'Xổm-xạ-ỳ Keo-bun-hương'],
	['Hoàng Nghĩa Tường', 'Mai Xuân Quyết'],
	['Thích Tâm Hiếu', 'Thích Minh Đạo'],
	['Hồ An Phú', 'Lê Khắc Duy'],
	['Xay-xổm-bắt Kẹo-phăn', 'Vông-phết Xay-nha-lạt'],
	['Khăm-phon Xỉ-vông-xay', 'Bun-mi Phăn-thạ-vông']
];
describeChanged('the sixty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-mi Phăn-thạ-vông', 'Khăm-xay Xỉ-phăn-đon', 'Đỗ Hữu Lộc', 'Phùng Văn Kiên', 'Ngô Thị Thu Trang', 'Xỉ-thon Văn-na-vông', 'Xổm-xạ-ỳ Keo-bun-hương', 'Mai Xuân Quyết', 'Thích Minh Đạo'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: an anniversary's bracketed
// range ('(3/2/1930 - 3/2/2025)', '(2/12/1975 - 2/12/2024)', '(22/12/1944 - 22/12/2024)', '(13/12/1920 - 13/12/2024)',
// '(5/9/1962 - 5/9/2024)', '(18/7/1977 - 18/7/2024)', '(27/7/1947 - 27/7/2024)'), a plan period ('giai đoạn 2021 - 2025',
// '2026 - 2030'), 'Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', 'năm 1953', 'since 2009', 'mùa khô 2008 - 2009' and
// statistics years are nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the sixty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ag: '01-angiangportal-attapeu-chuctet-mung6.txt',
		at: '02-attapeugov-en-delegation-tet-angiang.txt',
		bq: '03-bqp-quankhu2-phongsaly-quockhanh-lao.txt',
		dn: '04-dangbodanang-bunpimay-lanhsu-luuhocsinh-nostamp.txt',
		cp: '05-baochinhphu-xiengkhouang-nghean-hiepuoc-47nam.html',
		gn: '06-giacngo-phatgiao-quangbinh-khammuon-ram-thang-bay.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the An Giang portal lies within 3–4 February 2025 or is the April plan', () => {
		expect(outside(F.ag, '2025-02-03', '2025-02-04', ['2025-04-01', '2025-04-30'])).toEqual([]);
	});
	it('every main event from the Attapeu site lies within 3–6 February 2025 or is the April plan', () => {
		expect(outside(F.at, '2025-02-03', '2025-02-06', ['2025-04-01', '2025-04-30'])).toEqual([]);
	});
	it('every main event from the Ministry of Defence page lies within 28–30 November 2024 or is the January plan', () => {
		expect(outside(F.bq, '2024-11-28', '2024-11-30', ['2025-01-01', '2025-01-28'])).toEqual([]);
	});
	it('every main event from the Đà Nẵng Party page lies within 10–12 April 2024 or is the September plan', () => {
		expect(outside(F.dn, '2024-04-10', '2024-04-12', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Báo Chính phủ page lies within 16–18 July 2024 or is the October plan', () => {
		expect(outside(F.cp, '2024-07-16', '2024-07-18', ['2024-10-01', '2024-10-31'])).toEqual([]);
	});
	it('every main event from the Giác Ngộ page lies within 16–18 August 2024 or is the Rằm tháng Giêng plan', () => {
		expect(outside(F.gn, '2024-08-16', '2024-08-18', ['2025-02-12', '2025-02-12'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the captions, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ag, 'chúc Tết Bunpimay tỉnh Át-tạ-pư (15/4/2024)'],
			[F.ag, 'nhân dịp Quốc khánh Lào 2/12'],
			[F.ag, 'Lễ ra quân huấn luyện'],
			[F.ag, 'Vía Bà Chúa Xứ'],
			[F.ag, 'họp mặt đầu xuân'],
			[F.ag, 'tặng quà lưu niệm cho Trưởng đoàn'],
			[F.at, 'welcomes Vietnamese investors'],
			[F.at, 'That Luang festival preparations'],
			[F.at, 'Attapeu and Kon Tum sign'],
			[F.at, 'receives medical equipment'],
			[F.at, 'exchange gifts in Long Xuyen'],
			[F.bq, 'tiếp Đại sứ Lào nhân dịp Quốc khánh Lào'],
			[F.bq, 'Giao lưu hữu nghị quốc phòng biên giới'],
			[F.bq, 'bàn giao công trình trường học tặng tỉnh Hủa Phăn'],
			[F.bq, 'Lễ truy điệu, an táng hài cốt'],
			[F.bq, 'tặng quà chúc mừng Bộ Chỉ huy'],
			[F.dn, 'tiếp Đoàn đại biểu tỉnh Sa-la-van'],
			[F.dn, 'Lễ hội pháo hoa quốc tế'],
			[F.dn, 'lần thứ 15'],
			[F.dn, 'tiếp xúc cử tri quận Hải Châu'],
			[F.dn, 'tặng hoa chúc mừng Tổng Lãnh sự'],
			[F.cp, '45 năm Hiệp ước Hữu nghị'],
			[F.cp, 'hỗ trợ tỉnh Hủa Phăn xây dựng trường học'],
			[F.cp, 'Lễ hội Làng Sen'],
			[F.cp, 'Quang cảnh hội đàm'],
			[F.cp, 'datePublished'],
			[F.gn, 'Lễ Vu lan báo hiếu tại chùa Đại Giác'],
			[F.gn, 'Ban Trị sự GHPGVN tỉnh Quảng Trị'],
			[F.gn, 'chùa Phật Tích tại Viêng Chăn'],
			[F.gn, 'Đại lễ Phật đản Phật lịch 2568'],
			[F.gn, 'tri ân các anh hùng liệt sĩ'],
			[F.gn, 'tại chùa Si-khốt-ta-bong. Ảnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
