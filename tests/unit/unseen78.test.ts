/**
 * A seventy-eighth set of pages (tests/fixtures/unseen78) from outlets not used before, on one Lao provincial
 * delegation's multi-stop tour told by the local outlet of each stop, and a second Lao delegation in the same days and
 * cities — the Hồ Chí Minh National Academy of Politics portal (Hủa Phăn in Hà Nội, 'Chiều 8/10' under '08/10/2024 |
 * 17:20', 'từ ngày 7 đến 12/10/2024', 'Sáng cùng ngày' at the Mausoleum, 'Trước đó, tối 7/10' at Nội Bài, 'Theo chương
 * trình, ngày 9/10', 'Năm 2019'), the Bắc Ninh provincial portal as a saved HTML page ('09/10/2024 18:30', 'Chiều 9/10',
 * 'Phôn-xay Xỉ-vi-lay (Phonxay Sivilay)', 'Trước đó, ngày 8/10, tại Hà Nội', 'Sáng cùng ngày' after a paragraph dated
 * 8/10, 'trong năm 2025'), the Hải Dương provincial portal with NO stamp and no year ('Sau chương trình làm việc tại tỉnh
 * Bắc Ninh, chiều 10/10', 'Phônxay Xivilay', 'Tối cùng ngày', 'Sáng 11/10', 'vào năm tới', 'Năm 2017'), the Hủa Phăn
 * province's English wrap-up ('14/10/2024', 'returned home on October 12', 'from October 7 to 12 … Hanoi … Bac Ninh and
 * Hai Duong', 'On the evening of October 7', 'On the afternoon of October 10', Noi Bai to Wattay), Bắc Ninh TV on the
 * second delegation (HĐND Xay-nha-bu-ly, 'Chiều 11/10', 'từ ngày 9 đến 14/10', 'Chỉ hai ngày trước, ngày 9/10' recalling
 * the first, 'Ngày 10/10, tại Hà Nội') and the Mausoleum management's page (both delegations, 'Phôn Xay Xỉ Vi Lay', 'Bun
 * Lây Xay Xạ Na', a domestic and a Cuban delegation, '10/10/1954 - 10/10/2024') — against gold written before the
 * pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen78';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's. (None now.)
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-eighth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Phôn-xay Xỉ-vi-lay', 'Thoong-xạ Mạ-ni-vông'],
	['Phônxay Xivilay', 'Thoongxạ Mạnivông'],
	['Phôn Xay Xỉ Vi Lay', 'Thoong Xạ Mạ Ni Vông'],
	['Phonxay Sivilay', 'Thongsa Manivong'],
	['Governor Phonxay', 'Governor Thongsa'],
	['Bun-lây Xay-xạ-na', 'Khăm-xing Văn-na-xỉ'],
	['Bun Lây Xay Xạ Na', 'Khăm Xing Văn Na Xỉ'],
	['Đỗ Minh Trường', 'Lương Hữu Đạt'],
	['Ngô Trọng Khiêm', 'Tạ Văn Quỳnh'],
	['Trịnh Đức Hậu', 'Đinh Công Trứ'],
	['Trinh Duc Hau', 'Dinh Cong Tru'],
	['Vũ Thanh Bình', 'Hà Quốc Vinh'],
	['Vu Thanh Binh', 'Ha Quoc Vinh'],
	['Đào Thị Mến', 'Kiều Thị Nhàn']
];
describeChanged('the seventy-eighth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Thoong-xạ Mạ-ni-vông', 'Khăm-xing Văn-na-xỉ', 'Tạ Văn Quỳnh', 'Đinh Công Trứ'],
	// The Hải Dương page has no stamp and no year: its year only follows from the trip the other pages tell.
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id] && !f.file.startsWith('03-'),
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: plan and study periods
// ('giai đoạn 2006 - 2010', '2025 - 2030', '2021 - 2025', 'nhiệm kỳ 2021 - 2026', '2026-2030'), figures ('9 tháng năm
// 2024', 'năm 2023', 'in 2023', 'by 2025', 'Từ đầu năm 2024'), 'từ năm 1992', the Mausoleum's closing 'Từ ngày 17/6 đến
// ngày 15/8/2024', '10/10/1954 - 10/10/2024', a domestic and a Cuban delegation at the Mausoleum and a Lao provincial fair
// are nothing; captions, sidebars, tags, video lines and footers are furniture.
describe('the seventy-eighth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hc: '01-hcma-huaphan-hocvien-langbac-hanoi.txt',
		bn: '02-bacninhgov-huaphan-hoidam-yenphong.html',
		hd: '03-haiduongportal-huaphan-kiepbac-nostamp.txt',
		hp: '04-houaphanhgov-en-delegation-home-noibai.txt',
		bt: '05-bacninhtv-hdnd-xaynhabuly-quanho.txt',
		bq: '06-bqllang-doan-lao-vieng-lang.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Academy page lies within 7–12 October 2024', () => {
		expect(outside(F.hc, '2024-10-07', '2024-10-12')).toEqual([]);
	});
	it('every main event from the Bắc Ninh portal lies within 7–12 October 2024 or is the 2025 plan', () => {
		expect(outside(F.bn, '2024-10-07', '2024-10-12', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Hải Dương portal (no stamp) lies within 7–12 October 2024 or is the plan for next year', () => {
		expect(outside(F.hd, '2024-10-07', '2024-10-12', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it.fails('every main event from the Hủa Phăn English page [known gap: the Lao provincial fair \'from December 12 to 16\' is a main event] lies within 7–12 October 2024', () => {
		expect(outside(F.hp, '2024-10-07', '2024-10-12')).toEqual([]);
	});
	it('every main event from the Bắc Ninh TV page lies within 9–14 October 2024', () => {
		expect(outside(F.bt, '2024-10-09', '2024-10-14')).toEqual([]);
	});
	it('every main event from the Mausoleum page lies within 8–10 October 2024', () => {
		expect(outside(F.bq, '2024-10-08', '2024-10-10')).toEqual([]);
	});
	// (Still declared: the Thái Bình veterans at the Mausoleum, a domestic delegation a page in Vietnam tells by a province's name
	// alone, and the home province's fair announced at the end of the English wrap-up, a happening of one side with no delegation,
	// which earlier sets keep as news: no rule of the language tells them from the trip's own.)
	it.fails('no event quotes the sidebars, captions, tags, footers, the other delegations at the Mausoleum or the Lao fair [known gap: the Thái Bình delegation and the Lao fair make events]', () => {
		const qs: [string, string][] = [
			[F.hc, 'Trường Chính trị tỉnh Xiêng Khoảng'],
			[F.hc, 'Khai giảng lớp cao cấp lý luận chính trị'],
			[F.hc, 'Học viện Chính trị và Hành chính quốc gia Cay-xỏn'],
			[F.hc, 'tặng quà lưu niệm đồng chí Phôn-xay'],
			[F.hc, 'Bế giảng lớp bồi dưỡng'],
			[F.bn, 'tỉnh Gyeonggi'],
			[F.bn, 'thăm tỉnh Bò Kẹo (Lào) tháng 5/2023'],
			[F.bn, 'Lễ hội Lim năm 2025'],
			[F.bn, 'Các đại biểu chụp ảnh lưu niệm'],
			[F.bn, 'Chiều 9/10, Chủ tịch UBND tỉnh Ngô Trọng Khiêm tiếp và làm việc'],
			[F.hd, 'Đoàn thanh niên tỉnh Bò Kẹo'],
			[F.hd, 'vải thiều Thanh Hà tại Thủ đô Viêng Chăn'],
			[F.hd, 'Lễ hội mùa thu Côn Sơn'],
			[F.hd, 'chủ trì hội đàm'],
			[F.hp, 'Houaphanh receives Son La provincial delegation'],
			[F.hp, 'Governor inspects rice harvest'],
			[F.hp, 'Provincial Trade and Tourism Fair'],
			[F.hp, 'at the talks in Hai Duong'],
			[F.bt, 'Chủ tịch UBND tỉnh tiếp Đoàn đại biểu cấp cao tỉnh Hủa Phăn (Lào) (09/10/2024)'],
			[F.bt, 'Kỳ họp thứ 22'],
			[F.bt, 'Giá vé xe buýt'],
			[F.bt, 'Thời lượng 02:41'],
			[F.bq, 'Hội Cựu chiến binh tỉnh Thái Bình'],
			[F.bq, 'Bộ Quốc phòng Cộng hòa Cuba'],
			[F.bq, 'tạm ngừng tổ chức lễ viếng'],
			[F.bq, 'Đoàn đại biểu tỉnh Khăm Muồn'],
			[F.bq, 'mở cửa trở lại đón khách'],
			[F.bq, 'Lễ kỷ niệm 55 năm thực hiện Di chúc']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2017-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	it('the two Lao delegations in Bắc Ninh stay two, each with its own leader', () => {
		const lead = (q: [string, string]) => {
			const e = t.events.find((x) => s.quotes(x, q[0], q[1]));
			return e && t.delegations.find((d) => d.events.includes(e.id))?.id;
		};
		const a = lead([F.bn, 'Chiều 9/10, tại trụ sở UBND tỉnh, đồng chí Ngô Trọng Khiêm']);
		const b = lead([F.bt, 'Chiều 11/10, tại trụ sở HĐND tỉnh, đồng chí Đào Thị Mến']);
		expect(a).toBeTruthy();
		expect(b).toBeTruthy();
		expect(a).not.toBe(b);
	});
});
