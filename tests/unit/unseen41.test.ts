/**
 * A forty-first set of pages (tests/fixtures/unseen41) from outlets not used before, saved in awkward ways, on youth and
 * Party delegations and a department's working group, in 2015 and 2025 — the Nghệ An youth union's site saved from a
 * phone (the Xiêng Khoảng Lao youth union in Nghệ An: the stamp only AFTER the body, 'Theo Tỉnh đoàn Nghệ An' /
 * '23/11/2025 07:45', 'Từ ngày 19 đến hết ngày 22/11', dated bullets '- Ngày 20/11: …', 'Chiều cùng ngày', 'Ngày thứ ba
 * của chuyến thăm (21/11)', 'Tối hôm trước', 'tháng 4 năm sau'), VNA's photo service in English with British dates (the
 * same trip: 'Monday, 24th November 2025', 'on 22nd November', 'late on 19 November', 'on 20 November', 'Later that
 * day', 'On the 21st', 'The previous evening', 'on Saturday', 'in April 2026'), the Thanh Hóa Party portal as a saved AMP
 * HTML page (JSON-LD datePublished, inline scripts with dates, an in-body 'Tin liên quan'; the Party propaganda board in
 * Hủa Phăn and Luông Pha-bang, a day each: 'Từ chiều 14/10 đến ngày 17/10', 'lúc 19 giờ cùng ngày (giờ địa phương)',
 * '2/12/1975 - 2/12/2025', 'đầu năm 2026'), Tạp chí Dân vận with NO stamp and NO date and its text full of non-breaking and
 * zero-width spaces (the same trip's talks, 'Cùng ngày'), Hòa Bình TV in 2015 saved in decomposed Unicode (NFD; a Lao
 * Party bloc committee: 'Trong hai ngày 27 và 28 tháng 7' under 'Cập nhật 28-07-2015, 16:45', 'Sáng nay (28/7)', 'Sáng
 * cùng ngày' after a 'Năm 2013' paragraph, 'Tối hôm trước', 'Chiều nay', 'Ngày mai (29/7)', 'quý I/2016') and the Điện
 * Biên foreign affairs department in 2015, bilingual with lines in Lao script (a quote lead dated at its end 'sáng 21/11',
 * 'Ngày đăng: 23.11.2015', 'Trong các ngày 20 và 21 tháng 11', 'Tối cùng ngày', 'Ngày thứ hai của chuyến công tác',
 * 'đầu năm 2016') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, renamedLeaders, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen41';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Vi-lạ-vông Phăn-xổm-phu', 'Khăm-xạ-vạt Thoong-xổm-bắt'],
	['Vilavong Phansomphou', 'Khamsavath Thongsombath'],
	['Vilavong', 'Khamsavath'],
	['Trần Đức Hạnh', 'Lương Văn Tiệp'],
	['Tran Duc Hanh', 'Luong Van Tiep'],
	['Hanh accepted', 'Tiep accepted'],
	['Lưu Thị Thanh Huyền', 'Hoàng Thị Mai Phương'],
	['Lưu\u00a0Thị\u00a0Thanh\u00a0Huyền', 'Hoàng\u00a0Thị\u00a0Mai\u00a0Phương'],
	['Khăm-phon Xi-vi-lay', 'Bua-phăn Kẹo-ma-ni'],
	['Khăm-phon\u00a0Xi-vi-lay', 'Bua-phăn\u00a0Kẹo-ma-ni'],
	['Xỉ-xạ-vạt Bun-nhạ-vông', 'Thoong-lay Xỉ-vông-xa'],
	// the Hòa Bình page is saved decomposed (NFD): its names are renamed in that form
	['Bun-thoong Xỉ-hạ-lạt'.normalize('NFD'), 'Vông-xay Phăn-thạ-vông'],
	['Nguyễn Văn Chương'.normalize('NFD'), 'Mạc Đình Toản'],
	['Quách Thế Hưng'.normalize('NFD'), 'Trịnh Khắc Duy'],
	['Lò Văn Thiết', 'Cà Văn Phóng'],
	['Xỉ-thạ-lăt Vông-xay', 'Phon-xạ-vẳn Mạ-ni-vông'],
	['Khăm-pheng Xay-xổm-phu', 'Xổm-chít In-thạ-phon']
];
describeChanged('the forty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Khăm-xạ-vạt Thoong-xổm-bắt', 'Lương Văn Tiệp', 'Hoàng Thị Mai Phương', 'Bua-phăn Kẹo-ma-ni', 'Vông-xay Phăn-thạ-vông', 'Trịnh Khắc Duy', 'Cà Văn Phóng', 'Phon-xạ-vẳn Mạ-ni-vông'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('04-')
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: agreements' periods
// ('giai đoạn 2021 - 2025', '2026 - 2030', '2013 - 2018', 'the 2021-2025 period'), anniversaries ('2/12/1975 - 2/12/2025',
// '2/12/1975 - 2/12/2015', '71st founding anniversary'), 'Năm 2024' and 'Năm 2013' background; captions, the in-body
// 'Tin liên quan', sidebars, tags, comments, scripts, meta, the stamps and the Lao-script lines are furniture.
describe('the forty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tn: '01-tinhdoannghean-xiengkhouang-youth-mobile-stampend.txt',
		vn: '02-vnanet-en-nghean-xiengkhouang-youth-british.txt',
		tg: '03-dangbothanhhoa-tuyengiao-houaphanh-luangprabang-amp.html',
		dv: '04-danvan-thanhhoa-houaphanh-nbsp-zwsp-nostamp.txt',
		hb: '05-hoabinhtv-2015-xayabury-partycommittee-nfd.txt',
		ps: '06-songoaivudienbien-2015-phongsaly-laoscript.txt'
	};
	const { show, outside, from } = byPage(t, s.fileOf);

	it('every main event from the Nghệ An youth union page lies within 19–22 November 2025 or is the April plan', () => {
		expect(outside(F.tn, '2025-11-19', '2025-11-22', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the VNA English page lies within 19–22 November 2025 or is the April plan', () => {
		expect(outside(F.vn, '2025-11-19', '2025-11-22', ['2026-04-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the Thanh Hóa Party portal page lies within 14–17 October 2025 or is the early-2026 plan', () => {
		expect(outside(F.tg, '2025-10-14', '2025-10-17', ['2026-01-01', '2026-04-30'])).toEqual([]);
	});
	it('every main event from the undated Tạp chí Dân vận page lies within 14–17 October 2025', () => {
		expect(outside(F.dv, '2025-10-14', '2025-10-17')).toEqual([]);
	});
	it('every main event from the Hòa Bình TV page lies within 26–29 July 2015 or is the 2016 plan', () => {
		expect(outside(F.hb, '2015-07-26', '2015-07-29', ['2016-01-01', '2016-03-31'])).toEqual([]);
	});
	it('every main event from the Điện Biên foreign affairs page lies within 20–21 November 2015 or is the 2016 plan', () => {
		expect(outside(F.ps, '2015-11-20', '2015-11-21', ['2016-01-01', '2016-04-30'])).toEqual([]);
	});
	it('the decomposed page reads as the composed one', () => {
		expect(from(F.hb).length).toBeGreaterThan(0);
		expect(t.articles.filter((a) => s.fileOf.get(a.id) === F.hb).every((a) => a.text === a.text!.normalize('NFC'))).toBe(true);
	});
	it('no event quotes a line in Lao script', () => {
		expect(t.events.filter((e) => e.sources.some((src) => /[\u0E80-\u0EFF]/.test(src.quote))).map(show)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the captions or the comments', () => {
		const qs: [string, string][] = [
			[F.tn, 'thứ 4 từ phải'],
			[F.tn, 'trao học bổng cho lưu học sinh Lào'],
			[F.tn, 'Chiến dịch Thanh niên tình nguyện hè năm 2025'],
			[F.tn, 'Đoàn Thanh niên tỉnh Bô-li-khăm-xay thăm Nghệ An'],
			[F.tn, 'Tiếp sức mùa thi 2026'],
			[F.tn, 'Bí thư chi đoàn giỏi'],
			[F.vn, 'presents a souvenir to Vilavong'],
			[F.vn, 'celebrate Bunpimay New Year'],
			[F.vn, 'sign cooperation minutes for 2024'],
			[F.vn, 'Youth volunteers build school in Houaphanh'],
			[F.tg, 'bàn giao 100 nhà Đại đoàn kết'],
			[F.tg, 'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Luông Pha-bang'],
			[F.tg, 'ký kết Biên bản ghi nhớ. Ảnh'],
			[F.tg, 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XX'],
			[F.tg, 'Lễ kỷ niệm 50 năm thành lập tỉnh Hủa Phăn'],
			[F.tg, 'Lễ hội Pồn Pôông'],
			[F.tg, 'datePublished'],
			[F.tg, 'PUB_DATE'],
			[F.tg, 'Giấy phép số 45'],
			[F.dv, 'Công tác dân vận trong tình hình mới'],
			[F.dv, 'Kiều bào Lào ở Thái Lan'],
			[F.dv, 'Ban Dân vận Tỉnh ủy Nghệ An thăm tỉnh Xiêng Khoảng'],
			[F.hb, 'sơ kết công tác 6 tháng đầu năm 2015'],
			[F.hb, 'Ngày Thương binh - Liệt sĩ'],
			[F.hb, 'Hòa Bình tiếp Đoàn đại biểu tỉnh Luông Pha-bang'],
			[F.hb, 'tặng quà lưu niệm cho Đoàn đại biểu'],
			[F.ps, 'trao đổi công hàm về công tác lãnh sự'],
			[F.ps, 'tổng kết công tác đối ngoại năm 2014'],
			[F.ps, 'Khai trương chợ biên giới Huổi Puốc'],
			[F.ps, 'trao đổi tại buổi tiếp']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2013-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});

describe('the forty-first unseen corpus, a leader whose surname is Đồng', () => {
	// 'đồng chí Đồng Thị Mai Phương' keeps its surname: after an honorific, Đồng (Đồng Sĩ Nguyên) is a family name.
	it('keeps the whole name of the Thanh Hóa leader renamed Đồng Thị Mai Phương', () => {
		const r = renamedLeaders(DIR, [
			['Lưu Thị Thanh Huyền', 'Đồng Thị Mai Phương'],
			['Lưu\u00a0Thị\u00a0Thanh\u00a0Huyền', 'Đồng\u00a0Thị\u00a0Mai\u00a0Phương']
		]);
		expect(r.leaders).toContain('Đồng Thị Mai Phương');
	});
});
