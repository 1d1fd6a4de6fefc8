/**
 * A twenty-first set of pages (tests/fixtures/unseen21) from outlets not used before — Báo Đồng Khởi (Bến Tre) as a
 * photo story whose numbered photo lines carry the facts ('Từ chiều 20/11 đến hết ngày 22/11' under '23/11/2024 - 09:12
 * (GMT+07:00)', 'Tối 20/11 (giờ địa phương)', 'Ngày cuối của chuyến thăm', 'Trong dịp này … tháng 4 năm tới'), Báo Ấp Bắc
 * (Tiền Giang) whose lead is the Lao leader's quote ('Cập nhật 15-03-2025, 09:12', 'chiều 14/3' at the lead's end, 'tối
 * hôm trước', a 'Tin liên quan' block inside the body before 'Sáng cùng ngày', 'tháng 6 năm nay', 'Sáng nay (15/3)',
 * 'ngày mai'), Báo Hậu Giang (a Farmers' Union delegation titled by the organisation only in two Lao provinces a day
 * each, a programme in bullets '- Ngày 20/11: …' under '21.11.2024', 'Trong hai ngày qua', 'tháng 3/2025'), VnEconomy in
 * English (Luang Prabang in Quang Ninh 'on Nov. 20 and 21' under 'Sunday, November 23, 2025 9:12 AM', 'the previous
 * evening', 'on arrival', 'on the 20th', 'Earlier in the day', 'late on Thursday', 'On Friday', 'next March'), Báo Phú Yên
 * as a saved HTML page (a Youth Union delegation led by a woman, 'Trong hai ngày 20 và 21 tháng 11', 'Sáng cùng ngày'
 * after a caption, 'Trong hai ngày qua', 'tháng 7 năm sau', 'Hôm nay') and Báo Xây dựng with NO stamp whose year is only
 * in a named event ('Tuần lễ Văn hóa Việt Nam tại Lào năm 2025', 'từ ngày 14 đến hết ngày 17/10', 'Tối hôm trước',
 * 'Chiều cùng ngày', 'quý I năm tới') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen21';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-first set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Minh Cảnh', 'Lưu Văn Tấn'],
	['Xổm-phon Kẹo-vi-lay', 'Khăm-bay Xi-vi-lay'],
	['Phết-xa-vắn Xỉ-ha-chắc', 'Thon-xạ-vẳn Bun-nhạ-vông'],
	['Trương Quốc Việt', 'Châu Hữu Lễ'],
	['Lê Văn Sáu', 'Đoàn Thanh Bình'],
	['Bun-nhăng Phôm-ma-chăn', 'Xay-xổm-bun Khăm-phao'],
	['Khăm-xinh Vông-xay', 'Vi-lắt Xỉ-pa-xợt'],
	['Khamphet Inthavong', 'Bounpheng Sayavong'],
	['Khamphet said', 'Bounpheng said'],
	['Vu Thanh Long', 'Ngo Duc Hai'],
	['Long said', 'Hai said'],
	['Nguyễn Thị Mỹ Hạnh', 'Lò Thị Kim Yến'],
	['Xổm-xạ-vẳn Phăn-thạ-vông', 'Ni-côn Xu-li-vông'],
	['Bun-thoong Đi-vi-xay', 'Khăm-phêng Lo-xạ-vắt'],
	['Lê Đình Toản', 'Hà Quang Vịnh'],
	['Thoong-chăn Mạ-ni-xổm', 'Xổm-chít In-thạ-xon']
];
describeChanged('the twenty-first unseen corpus, changed', DIR, {
	renames: RENAMES,
	// All eight delegations are found
	leaders: ['Lưu Văn Tấn', 'Khăm-bay Xi-vi-lay', 'Thon-xạ-vẳn Bun-nhạ-vông', 'Đoàn Thanh Bình', 'Vi-lắt Xỉ-pa-xợt', 'Bounpheng Sayavong', 'Hà Quang Vịnh', 'Lò Thị Kim Yến'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's term
// ('giai đoạn 2025 - 2029'), 'năm 2024' export and loan figures, 'in the first ten months of 2025', 'last year', 'từ năm
// 1995' nothing; the 'Tin liên quan' block inside the Ấp Bắc body, captions, sidebars, tags, comments, scripts and meta
// are furniture.
describe('the twenty-first unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		dk: '01-baodongkhoi-bentre-champasak-photostory.txt',
		ab: '02-baoapbac-salavan-tiengiang-quotelead.txt',
		hg: '03-baohaugiang-farmers-union-sekong-attapeu-bullets.txt',
		ve: '04-vneconomy-en-luangprabang-quangninh-previousevening.txt',
		py: '05-baophuyen-youth-union-bolikhamxay.html',
		xd: '06-baoxaydung-thanhhoa-luangprabang-nostamp-culturalweek.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Đồng Khởi page lies within 20–22 November 2024 or is the April plan', () => {
		expect(outside(F.dk, '2024-11-20', '2024-11-22', ['2025-04-01', '2025-04-30'])).toEqual([]);
	});
	it('every main event from the Báo Ấp Bắc page lies within 13–16 March 2025 or is the June plan', () => {
		expect(outside(F.ab, '2025-03-13', '2025-03-16', ['2025-06-01', '2025-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Hậu Giang page lies within 19–22 November 2024 or is the March plan', () => {
		expect(outside(F.hg, '2024-11-19', '2024-11-22', ['2025-03-01', '2025-03-31'])).toEqual([]);
	});
	it('every main event from the VnEconomy page lies within 19–21 November 2025 or is the March plan', () => {
		expect(outside(F.ve, '2025-11-19', '2025-11-21', ['2026-03-01', '2026-03-31'])).toEqual([]);
	});
	it('every main event from the Báo Phú Yên page lies within 20–22 November 2024 or is the July plan', () => {
		expect(outside(F.py, '2024-11-20', '2024-11-22', ['2025-07-01', '2025-07-31'])).toEqual([]);
	});
	it('every main event from the Báo Xây dựng page lies within 14–17 October 2025 or is the 2026 plan', () => {
		expect(outside(F.xd, '2025-10-14', '2025-10-17', ['2026-01-01', '2026-03-31'])).toEqual([]);
	});
	it('the Farmers’ Union delegation is one, though it meets a host in each of two provinces', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.hg, q))));
		const sk = of('Ngày 20/11: Làm việc với Hội Nông dân tỉnh Xê Kông');
		const at = of('Ngày 21/11: Làm việc với Hội Nông dân tỉnh Át-tạ-pư');
		expect(sk).toHaveLength(1);
		expect(at).toHaveLength(1);
		expect(sk[0].id).toBe(at[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.dk, 'sang học tập kinh nghiệm'],
			[F.dk, 'thỏa thuận hợp tác giai đoạn 2019 - 2023'],
			[F.dk, 'Hội chợ nông nghiệp và sản phẩm OCOP'],
			[F.dk, 'Giá dừa khô'],
			[F.dk, 'Cầu Rạch Miễu 2'],
			[F.ab, 'trao học bổng cho lưu học sinh Lào'],
			[F.ab, 'khai mạc Lễ hội Trái cây Tiền Giang'],
			[F.ab, 'Đoàn đại biểu tỉnh Tiền Giang thăm tỉnh Sa-la-văn'],
			[F.ab, 'tặng quà lưu niệm cho đồng chí'],
			[F.ab, 'Mong hai tỉnh hợp tác lâu dài'],
			[F.ab, 'tuyến phố đi bộ ven sông Tiền'],
			[F.ab, 'Giá sầu riêng Ri6'],
			[F.hg, 'phong trào thi đua sản xuất'],
			[F.hg, 'Hội thi nhà nông đua tài'],
			[F.hg, 'Đoàn Hội Nông dân tỉnh Xê Kông thăm Hậu Giang'],
			[F.hg, 'Giá lúa tươi'],
			[F.hg, 'cầu Cái Tư'],
			[F.hg, 'thứ 2 từ phải'],
			[F.ve, 'presents a souvenir'],
			[F.ve, 'billion USD in bilateral trade'],
			[F.ve, 'ASEAN tourism forum'],
			[F.ve, 'record number of Thai visitors'],
			[F.ve, 'Gold prices hit new record'],
			[F.ve, 'exports to Laos up 12%'],
			[F.py, 'Hội Liên hiệp Thanh niên Việt Nam tỉnh Phú Yên lần thứ VIII'],
			[F.py, 'Tỉnh Đoàn tiếp Đoàn thanh niên Bô-li-khăm-xay'],
			[F.py, 'chương trình nghệ thuật chào mừng'],
			[F.py, 'Khu đô thị mới phía Đông'],
			[F.py, 'Mưa lớn gây ngập'],
			[F.py, 'tặng quà lưu niệm Tỉnh Đoàn'],
			[F.py, 'published_time'],
			[F.xd, 'quy hoạch chung đô thị Sầm Sơn'],
			[F.xd, 'Luật Xây dựng sửa đổi'],
			[F.xd, 'Bộ Xây dựng làm việc với Bộ Công chính'],
			[F.xd, 'giữ gìn phố cổ'],
			[F.xd, 'chụp ảnh lưu niệm cùng các đại biểu']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
