/**
 * A seventy-first set of pages (tests/fixtures/unseen71) from outlets not used before, on the search for and repatriation
 * of the remains of Vietnamese volunteer soldiers and experts who fell in Laos — Kiến Thức as a saved HTML page (the Hủa
 * Phăn military command handing over 16 remains at Na Mèo, 'Sáng 16/6 (tức ngày 11/5 năm Giáp Thìn)' under '16/06/2024 |
 * 17:20', 'Trước đó, chiều 15/6', 'Mùa khô 2023 - 2024, từ tháng 10/2023 đến tháng 5/2024', 'đợt 1', 'Từ năm 1990 đến
 * nay', 'sáng mai (17/6)'), Molisa (the burial at the Đồng Tâm cemetery 'Sáng 17/6', 'Trước đó, ngày 16/6', 'năm 2023'
 * figures, '27/7/1947 - 27/7/2024', 'Chiều cùng ngày' departure), the Thanh Hóa Fatherland Front portal with NO stamp (its
 * chair visiting Đội K51 at Xốp Bâu 'từ ngày 14 đến 16/3', 'Sáng 15/3', 'Chiều cùng ngày', 'Sáng 16/3', 'Cùng ngày', 'Tối
 * 16/3', the year only from 'mùa khô 2023 - 2024' and 'ngày 10/10/2023', a handover 'vào tháng 6 tới'), the Quảng Trị
 * veterans' association (Đội K92's 'Lễ xuất quân' in Đông Hà 'Sáng 12/10' under 'Cập nhật lúc 16:15, Thứ Năm, 12/10/2023',
 * 'mùa khô thứ 24', 'Từ năm 2000 đến nay', 'ngày 7/6/2023', 'ngày 20/10', 'tháng 3/2024', comments), Kongthap in English
 * (Savannakhet handing over 21 remains at Lao Bảo 'on Tuesday' under 'Wednesday, 29 May 2024', 'The day before, on May 27',
 * 'Later that day', 'in November') and Khoa học & Đời sống on the same handover ('Ngày 28/5 (tức ngày 21/4 năm Giáp Thìn)',
 * 'Trước đó, sáng 27/5', 'Chiều cùng ngày' burial at the Đường 9 cemetery, 'Hồi tháng 3/2024') — against gold written
 * before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen71';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bun-thon Xỉ-thạ-vông', 'Phết-xạ-mỏn Khăm-vi-lay'],
	['Mai Xuân Thịnh', 'Tạ Hữu Cường'],
	['Vũ Đình Khiêm', 'Đinh Công Sáu'],
	['Đỗ Thị Hồng Vân', 'Lò Thị Mai Anh'],
	['Lương Văn Hòa', 'Hà Văn Tuyến'],
	['Khăm-xing Phôm-ma-chăn', 'Xổm-phon Vi-lay-thong'],
	['Trương Đắc Lợi', 'Kiều Văn Nghĩa'],
	['Phan Thanh Nghị', 'Đặng Quốc Bảo'],
	['Phan Thanh Nghi', 'Dang Quoc Bao'],
	['Colonel Nghi', 'Colonel Bao'],
	['Hồ Văn Lĩnh', 'Tôn Thất Bình'],
	['Trần Văn Khương', 'Nông Văn Quý'],
	['Văn-xay In-thạ-vông', 'Xỉ-xu-phăn Bun-khăm'],
	['Vanhxay Inthavong', 'Sisouphanh Bounkham'],
	['Colonel Vanhxay', 'Colonel Sisouphanh'],
	['Khamsay Phommavong', 'Phonesavanh Keola']
];
describeChanged('the seventy-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	// Every leader of a delegation: the Savannakhet leader's two spellings one person, Trương Đắc Lợi's recalled trip his own.
	leaders: ['Phết-xạ-mỏn Khăm-vi-lay', 'Lò Thị Mai Anh', 'Xỉ-xu-phăn Bun-khăm', 'Kiều Văn Nghĩa'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a season's search ('mùa
// khô 2023 - 2024', 'từ tháng 10/2023 đến tháng 5/2024') is a campaign with no leader, at most optional context; 'đợt 1',
// '16 hài cốt', 'mùa khô thứ 24', 'Từ năm 1990 đến nay', 'Từ năm 2000 đến nay', 'Since 2000', 'Riêng năm 2023', 'được xây
// dựng năm 1997', 'năm 1975', the campaign 'of 1971', the anniversary '27/7/1947 - 27/7/2024' and a veterans' programme
// 'vào dịp 27/7/2024' are nothing; captions, sidebars, tags, comments, scripts and meta are furniture.
describe('the seventy-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		kt: '01-kienthuc-thanhhoa-houaphanh-bangiao-haicot-namneo.html',
		mo: '02-molisa-thanhhoa-dongtam-truydieu-antang.txt',
		mt: '03-mattranthanhhoa-thamdoi-k51-xopbau-nostamp.txt',
		cb: '04-hoiccbquangtri-doi-k92-xuatquan-muakho.txt',
		kp: '05-kongthap-en-savannakhet-handover-laobao.txt',
		kd: '06-khoahocdoisong-quangtri-duong9-antang-savannakhet.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Kiến Thức page lies within 15–17 June 2024 or is the next season', () => {
		expect(outside(F.kt, '2024-06-15', '2024-06-17', ['2024-10-01', '2025-05-31'])).toEqual([]);
	});
	it('every main event from the Molisa page lies within 16–17 June 2024', () => {
		expect(outside(F.mo, '2024-06-16', '2024-06-17')).toEqual([]);
	});
	it('every main event from the Fatherland Front page (no stamp) lies within 14–16 March 2024 or is the June handover', () => {
		expect(outside(F.mt, '2024-03-14', '2024-03-16', ['2024-06-01', '2024-06-30'])).toEqual([]);
	});
	it('every main event from the veterans\' association page lies within 12–20 October 2023 or is the March 2024 plan', () => {
		expect(outside(F.cb, '2023-10-12', '2023-10-20', ['2024-03-01', '2024-03-31'])).toEqual([]);
	});
	it('every main event from the Kongthap page lies within 27–28 May 2024 or is the November season start', () => {
		expect(outside(F.kp, '2024-05-27', '2024-05-28', ['2024-11-01', '2024-11-30'])).toEqual([]);
	});
	it('every main event from the Khoa học & Đời sống page lies within 27–28 May 2024', () => {
		expect(outside(F.kd, '2024-05-27', '2024-05-28')).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps, the comments, the figures or the anniversaries', () => {
		const qs: [string, string][] = [
			[F.kt, 'Nghệ An đón nhận 11 hài cốt liệt sĩ'],
			[F.kt, 'Lễ xuất quân Đội K51 mùa khô 2023 - 2024</a>'],
			[F.kt, 'Hà Tĩnh an táng 9 hài cốt liệt sĩ'],
			[F.kt, 'Vải thiều Lục Ngạn'],
			[F.kt, 'Sao chổi sáng nhất năm'],
			[F.kt, 'datePublished'],
			[F.kt, 'Nghi thức bàn giao hài cốt liệt sĩ tại cửa khẩu quốc tế Na Mèo sáng 16/6'],
			[F.kt, 'Từ năm 1990 đến nay, Đội K51'],
			[F.mo, 'Bộ trưởng thăm, tặng quà gia đình chính sách'],
			[F.mo, 'Nghệ An tiếp nhận 11 hài cốt liệt sĩ'],
			[F.mo, 'Pháp lệnh Ưu đãi người có công'],
			[F.mo, 'Riêng năm 2023, Sở đã phối hợp lấy mẫu'],
			[F.mo, 'được xây dựng năm 1997'],
			[F.mo, 'kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ'],
			[F.mo, 'Đoàn đại biểu tỉnh Hủa Phăn thắp hương tại phần mộ'],
			[F.mt, 'bàn giao 300 nhà Đại đoàn kết'],
			[F.mt, 'Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Luông Pha-bang'],
			[F.mt, 'Quỹ "Vì người nghèo" năm 2024'],
			[F.mt, 'trao quà động viên cán bộ, chiến sĩ Đội K51'],
			[F.cb, 'mùa khô thứ 24'],
			[F.cb, 'Từ năm 2000 đến nay'],
			[F.cb, 'Tri ân liệt sĩ - Nghĩa tình đồng đội'],
			[F.cb, 'bác tôi hy sinh ở Sê-pôn năm 1971'],
			[F.cb, 'thăm lại chiến trường Nam Lào'],
			[F.cb, 'Hội CCB huyện Hướng Hóa trao nhà'],
			[F.cb, 'giai đoạn 2019 - 2024'],
			[F.cb, 'trao cờ xuất quân cho Đội K92'],
			[F.kp, 'hold joint patrol along Savannakhet border'],
			[F.kp, 'marks 75th founding anniversary'],
			[F.kp, 'Champasack military command hands over remains'],
			[F.kp, 'Since 2000, the two provinces'],
			[F.kp, 'Southern Laos campaign of 1971'],
			[F.kp, 'Lao soldiers carry the remains across the border'],
			[F.kd, 'Thừa Thiên Huế tiếp nhận 9 hài cốt liệt sĩ'],
			[F.kd, 'Giá vàng hôm nay 28/5'],
			[F.kd, 'được xây dựng năm 1975'],
			[F.kd, 'ký biên bản bàn giao.'],
			[F.kd, 'Nghi lễ an táng các hài cốt liệt sĩ tại Nghĩa trang']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2025-12-31').map(show)).toEqual([]);
	});
});
