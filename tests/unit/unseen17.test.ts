/**
 * A seventeenth set of pages (tests/fixtures/unseen17) from outlets not used before — Giáo dục & Thời đại (CRLF line
 * endings; a Hà Tĩnh education department in Bô-ly-khăm-xay 'từ ngày 11 đến 14/11' under '16/11/2025 08:00 GMT+7',
 * 'Hôm thứ Ba (11/11)', a background 'cách đây 2 năm' before 'Hai ngày sau', 'Ngày cuối của chuyến thăm'), Phụ nữ Việt
 * Nam (a round-up of TWO Lao women's-union delegations under 'Chủ nhật, 23/11/2025, 20:15': 'Vào đầu tuần này', 'Ngày
 * 18-11', 'Tối 18-11', 'sáng thứ Bảy vừa qua', 'Trưa nay'), Báo Long An as a saved HTML page (a Sê Kông delegation 'từ
 * ngày 8/12 đến hết ngày 10/12', '11 Tháng 12, 2024 | 07:45', ISO dates in meta/JSON-LD, 'Trong khuôn khổ chuyến thăm',
 * 'Nhân dịp này', 'Tối qua', 'Ngày hôm trước'), Xinhua in English ('VIENTIANE, Nov. 16 (Xinhua) --', '16 November 2025',
 * 'on Tuesday morning', 'the following day', 'Last Thursday', 'Earlier this month', 'in January next year'), Nông nghiệp
 * Việt Nam (a Hủa Phăn delegation at the Mường Lát district and the Tén Tằn border gate, the province named once, 'Trong
 * hai ngày 20 và 21/5', the stamp after the body) and Báo Nam Định (NO stamp, the year from 'Kế hoạch hợp tác năm 2025',
 * 'Trước đó, chiều 17/3' then 'Sáng hôm sau', dated comments) — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen17';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};

describeAgainstGold('unseen-style articles, seventeenth set, against their gold', DIR, KNOWN_GAPS);

const RENAMES: [string, string][] = [
	['Phan Trọng Tuấn', 'Đinh Xuân Lộc'],
	['Vi-lay-vông Bút-đa-khăm', 'Xổm-xạ-nít Vông-khăm-xao'],
	['Khăm-phon Xay-nha-lạt', 'Mạ-ni-chăn Xi-hạ-lạt'],
	['Hoàng Thị Thu Trang', 'Lương Thị Bích Ngọc'],
	['Bua-khăm Thíp-pha-vông', 'Thoong-chăn Ma-ni-xổm'],
	['Boukham Thipphavong', 'Thongchanh Manisom'],
	['Nguyễn Thị Mỹ Hạnh', 'Võ Thị Diệu Linh'],
	['Vông-xạ-vẳn Lạ-xa-phon', 'Phết-xa-vẳn Xổm-bun-khăn'],
	['Nguyễn Hữu Thắng', 'Huỳnh Văn Đạt'],
	['Vilayphone Keomany', 'Sengdeuane Phommachak'],
	['Vilayphone said', 'Sengdeuane said'],
	['Vilayphone is', 'Sengdeuane is'],
	['Tran Quoc Vinh', 'Do Manh Hung'],
	['Vinh said', 'Hung said'],
	['Xổm-phon Keo-vi-lay', 'Bun-nhăng Xay-xổm-phon'],
	['Hà Văn Thưởng', 'Lò Văn Khiêm'],
	['Khăm-sổm Vông-phạ-chăn', 'Xay-xổm-phon Ma-ha-xay'],
	['Vũ Quang Định', 'Trần Đức Thuận']
];
describeChanged('the seventeenth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// the delegations' leaders, the Savannakhet host's planned trip's among them
	leaders: ['Đinh Xuân Lộc', 'Mạ-ni-chăn Xi-hạ-lạt', 'Thoong-chăn Ma-ni-xổm', 'Phết-xa-vẳn Xổm-bun-khăn', 'Do Manh Hung', 'Bun-nhăng Xay-xổm-phon', 'Xay-xổm-phon Ma-ha-xay', 'Sengdeuane Phommachak'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'năm học 2025 - 2026',
// a memorandum's period ('2023 - 2028', '2025 - 2029'), '61.800 ha', '1,1 billion', 'the first ten months of 2025', 'in
// 1992', 'từ năm 2021 đến nay' date nothing; the sidebars', tags', comments', scripts', meta and JSON-LD dates, and the
// stamp written after the body, are furniture.
describe('the seventeenth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		gd: '01-giaoducthoidai-hatinh-education-bolikhamxay-crlf.txt',
		pn: '02-phunuvietnam-two-lao-womens-unions-roundup.txt',
		la: '03-baolongan-sekong-highlevel-jsonld.html',
		xh: '04-xinhua-en-quangtri-savannakhet-lastthursday.txt',
		nn: '05-nongnghiep-houaphanh-forestry-muonglat-endstamp.txt',
		nd: '06-baonamdinh-oudomxay-nostamp-comments.txt'
	};
	const { main, show, outside } = byPage(t, s.fileOf);

	it('every main event from the Giáo dục & Thời đại page lies within 11–14 November 2025 or is the March 2026 plan', () => {
		expect(outside(F.gd, '2025-11-11', '2025-11-14', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Phụ nữ Việt Nam page lies within 17–23 November 2025', () => {
		expect(outside(F.pn, '2025-11-17', '2025-11-23')).toEqual([]);
	});
	it('every main event from the Báo Long An page lies within 8–10 December 2024', () => {
		expect(outside(F.la, '2024-12-08', '2024-12-10')).toEqual([]);
	});
	it('every main event from the Xinhua page lies within 11–13 November 2025 or is the January plan', () => {
		expect(outside(F.xh, '2025-11-11', '2025-11-13', ['2026-01-01', '2026-01-31'])).toEqual([]);
	});
	it('every main event from the Nông nghiệp Việt Nam page lies within 20–21 May 2025 or is the August plan', () => {
		expect(outside(F.nn, '2025-05-20', '2025-05-21', ['2025-08-01', '2025-08-31'])).toEqual([]);
	});
	it('every main event from the Báo Nam Định page lies within 17–19 March 2025', () => {
		expect(outside(F.nd, '2025-03-17', '2025-03-19')).toEqual([]);
	});
	it('the round-up tells two delegations, each with its own events', () => {
		const d = t.delegations.filter((x) => x.events.some((id) => main(F.pn).some((e) => e.id === id)));
		expect(d, F.pn).toHaveLength(2);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.gd, 'Hà Tĩnh tuyên dương 150 nhà giáo tiêu biểu'],
			[F.gd, 'khai mạc Hội thi giáo viên dạy giỏi'],
			[F.gd, 'Nghệ An trao học bổng cho học sinh tỉnh Xiêng Khoảng'],
			[F.gd, 'Mong có thêm nhiều phòng học tiếng Việt'],
			[F.pn, 'Trung ương Hội LHPN Việt Nam tiếp Đoàn Hội LHPN Lào'],
			[F.pn, 'khai mạc Hội chợ sản phẩm phụ nữ khởi nghiệp'],
			[F.la, 'Long An tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc'],
			[F.la, 'Hội nghị xúc tiến đầu tư năm 2024'],
			[F.la, 'khai mạc Lễ hội Trái cây Long An'],
			[F.la, 'datePublished'],
			[F.la, 'pageInfo'],
			[F.xh, 'Lao capital hosts Vietnamese goods fair'],
			[F.xh, 'Laos, Vietnam boost border trade cooperation'],
			[F.nn, 'Cập nhật: 23/05/2025'],
			[F.nn, 'Diễn đàn lâm sản ngoài gỗ vùng Bắc Trung Bộ'],
			[F.nn, 'Trồng quế dưới tán rừng ở Kỳ Sơn'],
			[F.nd, 'Tình hữu nghị Việt - Lào mãi xanh tươi'],
			[F.nd, 'Mong sớm có đường bay thẳng đi Lào'],
			[F.nd, 'Đoàn đại biểu tỉnh Quảng Tây'],
			[F.nd, 'khai mạc Lễ hội Phủ Dầy']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2022-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
