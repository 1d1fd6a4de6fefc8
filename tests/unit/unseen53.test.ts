/**
 * A fifty-third set of pages (tests/fixtures/unseen53) from outlets not used before, on year and day boundaries and
 * stamps in odd places — the Quế Phong district portal of Nghệ An (a New Year trip to Xiêng Khoảng and Hủa Phăn 'Từ
 * ngày 29/12/2022 đến 2/1/2023', programme bullets '- Ngày 30/12:', '- Ngày 1/1:' under '03/01/2023 - 16:40
 * (GMT+07:00)', 'Tối cùng ngày', a 'Tin liên quan' block inside the body, a return visit 'vào ngày 9/1'), Vietnam
 * Breaking News in English on the same trip ('earlier this week', 'late last year', 'on Dec. 30', 'On the 31st', 'On New
 * Year's Day', 'next Monday' under 'Wednesday, January 4, 2023 10:12 AM'), Văn hóa & Đời sống of Báo Thanh Hóa
 * published after midnight ('00:35 | 15/03/2023': 'Tối qua', 'Đêm qua', 'Sáng nay', 'từ chiều 13/3', 'quý I/2024'), the
 * Hà Tĩnh veterans' association site with its stamp at the bottom ('Nguồn: …, ngày 12/03/2024'; a delegation led by its
 * chairman, 'từ ngày 8 đến hết ngày 10/3', 'Chiều cùng ngày', 'Ngày thứ hai của chuyến thăm', 'Cuối năm ngoái', 'tháng 7
 * tới'), the Điện Biên Party committee portal as a saved HTML page with an English-style stamp ('Tuesday, October 15,
 * 2024 3:05 PM') and only relative days ('Sáng qua', 'Chiều qua', 'Sáng nay', 'Tối mai', 'Chiều thứ Sáu tới', 'tuần
 * sau'), and the Quảng Bình tourism portal with NO stamp, a quote lead by the Lao leader and a photo story, its year only
 * in 'Tuần lễ Văn hóa, Du lịch Quảng Bình tại tỉnh Khăm Muồn năm 2024' ('trong dịp này', 'vào đầu năm tới') — against
 * gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen53';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trịnh Quang Luận', 'Bạch Văn Khuê'],
	['Trinh Quang Luan', 'Bach Van Khue'],
	['Luan said', 'Khue said'],
	['Xổm-phết Phôm-ma-vông', 'Khăm-liếng Vông-xả-vẳn'],
	['Somphet Phommavong', 'Khamlieng Vongsavanh'],
	['Viêng-khăm Xỉ-xu-lạt', 'Phon-xay Kẹo-ăm-phon'],
	['Viengkham Sisoulath', 'Phonexay Keoamphone'],
	['Viengkham said', 'Phonexay said'],
	['Bun-phênh Kẹo-vi-lay', 'Xỉ-thon Đuông-ma-ni'],
	['Bounpheng Keovilay', 'Sithone Duangmany'],
	['Thoong-lứa Xay-nha-phon', 'Ly-xạ Thăm-ma-chắc'],
	['Lưu Đình Khiêm', 'Triệu Quốc Hưng'],
	['Trần Hữu Nghị', 'Dương Công Tráng'],
	['Xổm-chăn Pha-sạ-vông', 'Bua-khăm Xay-nhạ-vông'],
	['Vi-lạ-phon Xỉ-hạ-xạ', 'Xỉ-phon Đa-la-vông'],
	['Bun-xớm Phôm-ma-chăn', 'Khăm-mon Xôm-bun-phăn'],
	['Lò Văn Cương', 'Cầm Bá Thiện'],
	['Đinh Hữu Thành', 'Phùng Khắc Dũng'],
	['Xổm-phon In-tha-vông', 'Vi-xay Pha-ly-xổm']
];
describeChanged('the fifty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bạch Văn Khuê', 'Xỉ-thon Đuông-ma-ni', 'Ly-xạ Thăm-ma-chắc', 'Dương Công Tráng', 'Bua-khăm Xay-nhạ-vông', 'Khăm-mon Xôm-bun-phăn', 'Phùng Khắc Dũng'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the memorandum's 'năm
// 2023' and 'cooperation in 2023', 'năm mới 2023' as a celebration's name, an agreement's or programme's term ('giai
// đoạn 2021 - 2025', '2023 - 2028', '2024 - 2028', '2026 - 2030'), 'năm 2022'/'năm 2023'/'9 tháng năm 2024' figures, the
// '419-km' border and 'in 2022' trade date nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the fifty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qp: '01-quephong-nghean-xiengkhouang-houaphanh-newyear.txt',
		vb: '02-vietnambreakingnews-en-nghean-houaphanh-newyearsday.txt',
		vh: '03-vhds-thanhhoa-houaphanh-tonight-midnight.txt',
		cb: '04-ccbhatinh-bolikhamxay-veterans-bottomstamp.txt',
		db: '05-tinhuydienbien-oudomxay-relative-englishstamp.html',
		qb: '06-dulichquangbinh-khammouane-culturalweek-nostamp.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quế Phong page lies within 29 December 2022 – 9 January 2023', () => {
		expect(outside(F.qp, '2022-12-29', '2023-01-09')).toEqual([]);
	});
	it('every main event from the Vietnam Breaking News page lies within 29 December 2022 – 9 January 2023', () => {
		expect(outside(F.vb, '2022-12-29', '2023-01-09')).toEqual([]);
	});
	it('every main event from the Văn hóa & Đời sống page lies within 13–15 March 2023 or is the 2024 plan', () => {
		expect(outside(F.vh, '2023-03-13', '2023-03-15', ['2024-01-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the Hà Tĩnh veterans page lies within 8–10 March 2024 or is the July plan', () => {
		expect(outside(F.cb, '2024-03-08', '2024-03-10', ['2024-07-01', '2024-07-31'])).toEqual([]);
	});
	it('every main event from the Điện Biên page lies within 14–18 October 2024 or is next week\'s plan', () => {
		expect(outside(F.db, '2024-10-14', '2024-10-18', ['2024-10-21', '2024-10-27'])).toEqual([]);
	});
	it('every main event from the Quảng Bình tourism page lies within 18–21 April 2024 or is the early-2025 plan', () => {
		expect(outside(F.qb, '2024-04-18', '2024-04-21', ['2025-01-01', '2025-03-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.qp, 'trao 120 suất học bổng cho lưu học sinh Lào'],
			[F.qp, 'Bàn giao 15 ngôi nhà Đại đoàn kết'],
			[F.qp, 'Khánh thành cột mốc 405'],
			[F.qp, 'Lễ hội đền Chín Gian'],
			[F.qp, 'tiếp Đoàn công tác huyện Xốp Bâu'],
			[F.qp, 'tổng kết công tác biên giới năm 2022'],
			[F.qp, 'thứ 4 từ trái'],
			[F.vb, 'hosts Lao Front delegation ahead of Tet'],
			[F.vb, 'seeks Vietnamese investment in Plain of Jars'],
			[F.vb, 'open Thong Thu - Nam Soy border gate pair to tourists'],
			[F.vb, 'Gold prices hit seven-month high'],
			[F.vb, 'first cruise ship of 2023'],
			[F.vh, 'Khai mạc Lễ hội Lam Kinh năm 2022'],
			[F.vh, 'Ngày hội Văn hóa các dân tộc miền núi'],
			[F.vh, 'biểu diễn tại thành phố Xăm Nưa'],
			[F.vh, 'Chương trình rất hay'],
			[F.vh, 'múa "Chăm-pa Hủa Phăn"'],
			[F.cb, 'tổng kết công tác năm 2023'],
			[F.cb, 'đón Đoàn Hội CCB tỉnh Khăm Muồn'],
			[F.cb, 'Hội thao quốc phòng CCB năm 2024'],
			[F.cb, 'Nguồn: Văn phòng Hội CCB'],
			[F.cb, 'tặng quà đồng chí Xổm-chăn Pha-sạ-vông'],
			[F.db, 'thăm, chúc Tết tỉnh Luông Pha-bang'],
			[F.db, 'Hiệp định quy chế biên giới'],
			[F.db, 'Phông-sa-lỳ ký kết Biên bản hợp tác về y tế'],
			[F.db, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22'],
			[F.db, 'Lễ hội Hoa Ban năm 2024'],
			[F.db, 'trao quà lưu niệm cho đồng chí'],
			[F.db, 'published'],
			[F.qb, 'Lễ hội Hang động Quảng Bình năm 2023'],
			[F.qb, 'đón đoàn famtrip từ Thái Lan'],
			[F.qb, 'Discovery Marathon'],
			[F.qb, 'khảo sát tour Phong Nha'],
			[F.qb, 'Năm ngoái tôi đã đi Thà Khẹc']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
