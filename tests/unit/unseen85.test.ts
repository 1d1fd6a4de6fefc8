/**
 * An eighty-fifth set of pages (tests/fixtures/unseen85) from outlets not used before, saved from aggregators, social
 * platforms and video sites, where the stamp is relative, partial or missing and comments surround the story — Docbao (a
 * news app's page: 'Đảng bộ Nghệ An · 2 ngày trước', Nghệ An's high-level delegation in Xiêng Khoảng 'Từ 12/3 - 14/3',
 * 'Lúc 8h30 ngày 12/3', '14h ngày 12-3', 'Sáng 13/3 (giờ Viêng Chăn)', a visit of 'tháng 10/2023' recalled, 'tháng 5
 * tới', comments with ages, a TIN LIÊN QUAN list stamped 'Hôm qua 15:20', '12 thg 3'), the Thành đoàn Vinh fanpage
 * ('17 tháng 3 lúc 20:15' with no year but '(26/3/1931 - 26/3/2025)', emoji bullets, hashtags, '1,2K', comments 'Năm 2019
 * tôi cũng được đón Đoàn…', 'tháng 8 này', 'Đã chỉnh sửa', older posts), THVL's video page (Sê-kông in Vĩnh Long, 'Đã
 * công chiếu vào 19 thg 3, 2025', chapters '00:00 Đón Đoàn', a transcript, 'Sáng nay 19/3', 'ngày mai 20/3', 'Video: …'
 * lists with durations), the AMP copy of the Nghệ An story on dangbonghean.vn (HTML with JSON-LD), Vietbao (the Sê-kông
 * trip again, 'Hôm qua 15:20', 'quý III năm nay') and the Xiengkhouang provincial website in English ('from March 12 to
 * 14', 'On Wednesday afternoon', 'On Thursday morning') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen85';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, eighty-fifth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lê Quang Thạch', 'Đỗ Minh Khuê'],
	['Le Quang Thach', 'Do Minh Khue'],
	['Bun-xợt Phăn-thạ-vông', 'Xổm-phết Đuông-chăn'],
	['Bounsot Phanthavong', 'Somphet Duangchan'],
	['Governor Bounsot', 'Governor Somphet'],
	['Hồ Thị Mai Phương', 'Vương Thị Hạnh'],
	['Xay-xổm-phon Vi-lay-xắc', 'Bun-mi Xi-vi-lay'],
	['Khăm-phon Xỉ-xu-lạt', 'Vi-lay-vông Phét-xa-mỏn'],
	['Nguyễn Thành Đạt', 'Tạ Quốc Bảo']
];
describeChanged('the eighty-fifth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Đỗ Minh Khuê', 'Xổm-phết Đuông-chăn', 'Vi-lay-vông Phét-xa-mỏn', 'Tạ Quốc Bảo', 'Vương Thị Hạnh'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or an
// agreement's period ('giai đoạn 2025 - 2030', '2025-2030', '2025 - 2029'), 'năm 2024' and 'In 2024' figures, 'từ năm
// 2015', '(2015 - 2025)', '(26/3/1931 - 26/3/2025)', the first agreement 'in 1976' nothing; relative stamps ('2 ngày
// trước', 'Hôm qua 15:20', '3 ngày', '1 tuần'), chapter and transcript times ('02:15 Hội đàm', '0:35'), durations and
// view counts, comments, older posts, related-news lists, tags and scripts are furniture.
describe('the eighty-fifth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		db: '01-docbao-aggregator-nghean-xiengkhouang-relative.txt',
		fb: '02-thanhdoanvinh-facebook-vinh-paksan-noyear.txt',
		tv: '03-thvl-video-sekong-vinhlong.txt',
		am: '04-dangbonghean-amp-nghean-xiengkhouang.html',
		vb: '05-vietbao-aggregator-sekong-vinhlong-yesterday.txt',
		xk: '06-xiengkhouanggov-en-nghean-delegation.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Docbao page lies within 12–14 March 2025 or is the May plan', () => {
		expect(outside(F.db, '2025-03-12', '2025-03-14', ['2025-05-01', '2025-05-31'])).toEqual([]);
	});
	it('every main event from the Thành đoàn Vinh post lies within 15–17 March 2025', () => {
		expect(outside(F.fb, '2025-03-15', '2025-03-17')).toEqual([]);
	});
	it('every main event from the THVL video page lies within 18–20 March 2025', () => {
		expect(outside(F.tv, '2025-03-18', '2025-03-20')).toEqual([]);
	});
	it('every main event from the AMP copy lies within 12–14 March 2025 or is the May plan', () => {
		expect(outside(F.am, '2025-03-12', '2025-03-14', ['2025-05-01', '2025-05-31'])).toEqual([]);
	});
	it('every main event from the Vietbao page lies within 18–20 March 2025 or is the third-quarter plan', () => {
		expect(outside(F.vb, '2025-03-18', '2025-03-20', ['2025-07-01', '2025-09-30'])).toEqual([]);
	});
	it('every main event from the Xiengkhouang page lies within 12–14 March 2025', () => {
		expect(outside(F.xk, '2025-03-12', '2025-03-14')).toEqual([]);
	});
	it('the flowers laid "Sáng 13/3 (giờ Viêng Chăn)" are laid in Xiêng Khoảng, not in Vientiane', () => {
		const e = t.events.filter((x) => s.quotes(x, F.db, 'Đoàn dâng hoa tại Đài tưởng niệm Liên minh chiến đấu'));
		expect(e.length).toBeGreaterThan(0);
		const names = (id: string) => { const c = t.cities.find((x) => x.id === id)!; return [c.name.en, c.name.vi, ...c.aliases].join(' '); };
		expect(e.flatMap((x) => x.cities.map(names)).filter((n) => /Vientiane|Viêng Chăn/i.test(n))).toEqual([]);
	});
	// Quotes no furniture; fails only on the range check, by the fanpage's 1931 (DB6's and FB1's gap).
	it('no event quotes the sidebars, the tags, the comments, the video lists, the older posts or the scripts', () => {
		const qs: [string, string][] = [
			[F.db, 'Đoàn đại biểu tỉnh Hủa Phăn sang chúc Tết'],
			[F.db, 'Thông xe cầu tràn bản Huồi Xài'],
			[F.db, 'tổng kết công tác đối ngoại năm 2024'],
			[F.db, 'Hồi tháng 5/2017 tôi công tác ở Phôn-xa-vẳn'],
			[F.db, 'Mong đường qua Nậm Cắn sớm được nâng cấp'],
			[F.fb, 'Năm 2019 tôi cũng được đón Đoàn thanh niên Pắc-xan'],
			[F.fb, 'Hẹn gặp lại các bạn Việt Nam ở Vinh tháng 8 này'],
			[F.fb, 'Ngày hội Hiến máu'],
			[F.fb, 'Lịch tiếp dân của Ban Thường vụ Thành đoàn'],
			[F.fb, 'Chúc mừng ngày Quốc tế Phụ nữ'],
			[F.tv, 'Năm 2018 tôi đi đoàn công tác sang Sê-kông'],
			[F.tv, 'Tỉnh trưởng Chăm-pa-xắc thăm Vĩnh Long năm 2022'],
			[F.tv, 'Bản tin thời sự tối 18/3/2025'],
			[F.tv, 'xúc tiến thương mại gạo tại Lào'],
			[F.tv, 'Tết Bunpimay tại Vĩnh Long'],
			[F.am, 'datePublished'],
			[F.am, 'Quang cảnh buổi hội đàm tại Phôn-xa-vẳn'],
			[F.vb, 'Bến Tre đón Đoàn đại biểu tỉnh Xay-nha-bu-ly'],
			[F.vb, 'Cần Thơ trao học bổng cho lưu học sinh Lào'],
			[F.vb, 'Khởi công cầu Đình Khao'],
			[F.vb, 'Năm ngoái tôi có bán giống lúa qua Sê-kông'],
			[F.xk, 'Governor Bounsot leads Xiengkhouang delegation to Nghe An'],
			[F.xk, 'Provincial delegation attends Houaphanh trade fair'],
			[F.xk, 'prepares for Visit Laos Year events'],
			[F.xk, 'signed their first cooperation agreement in 1976']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
