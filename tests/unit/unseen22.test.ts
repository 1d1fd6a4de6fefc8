/**
 * A twenty-second set of pages (tests/fixtures/unseen22) from outlets not used before — Báo Bạc Liêu (a Sa-vẳn-na-khệt
 * delegation in two Vietnamese provinces on one trip, 'Từ ngày 18 đến ngày 20/11' under 'Thứ sáu, 22/11/2024, 14:05
 * (GMT+7)', 'Trưa cùng ngày', 'Sáng hôm sau', 'Trước đó, ngày 18/11' told after the main day, a memorandum 'giai đoạn
 * 2025 - 2030', 'quý II/2025'), Báo Kiên Giang (a Veterans' Association delegation titled by the organisation only,
 * 'Ngày đăng: 21/03/2025', dash dates 'từ ngày 17 đến ngày 20-3', bullets '- Ngày 18-3: …', a 'Tin liên quan' block
 * inside the body before 'Sáng thứ Năm (20-3)', '22-12 năm nay'), Da Nang Today in English (Sekong in Da Nang 'from Nov
 * 20-22' under 'Friday, November 21, 2025 | 16:40', 'on Wednesday afternoon', 'on Thursday morning', 'Earlier today', 'on
 * Saturday', 'next year', an MoU 'for the 2026-2030 period'), Báo Ninh Thuận as a saved HTML page ('Chiều 19-11', 'tối
 * qua', 'trong khuôn khổ chuyến thăm', 'sáng cùng ngày' after a caption, 'sáng mai (20-11)', 'tỉnh ta'), Báo Giao thông
 * with NO stamp whose year is only in 'kỷ niệm 48 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (18/7/1977 –
 * 18/7/2025)' ('từ ngày 15 đến ngày 17/7', 'Trưa cùng ngày', 'Sáng hôm sau', 'Trước đó, chiều 15/7', 'tháng 1 năm tới')
 * and Báo Tài nguyên và Môi trường whose lead is the Lao leader's quote ('sáng thứ Năm (21/11)' under '22/11/2024 08:30
 * GMT+7', a 'Tin liên quan' block inside the body, 'Tối qua', 'Trước đó, ngày 20/11' in a second Vietnamese province,
 * 'Trong hai ngày qua', 'Theo chương trình, hôm nay') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen22';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Khăm-xụ-ly Vông-xa-vạt', 'Bun-my Xỉ-xu-lin'],
	['Lâm Thanh Triều', 'Trịnh Công Bằng'],
	['Huỳnh Chí Nguyện', 'Dương Văn Khải'],
	['Danh Sà Rinh', 'Thạch Văn Sang'],
	['Bun-xỉ Xay-nha-vông', 'Xổm-lít Kẹo-phăn'],
	['Vilayphone Sounthala', 'Souksavanh Chanthavong'],
	['Vice Governor Vilayphone', 'Vice Governor Souksavanh'],
	['Tran Minh Khoa', 'Bui Quang Vinh'],
	['Khoa accepted', 'Vinh accepted'],
	['Đặng Kim Thạch', 'Tôn Thất Hòa'],
	['Xu-li-phon Kẹo-ma-ni', 'Phon-xay Lăm-phun'],
	['Hồ Sỹ Tiến', 'Cao Đình Lâm'],
	['Chăn-thạ-vông Phôm-mạ-lay', 'Thoong-lít Xay-xổm-phu'],
	['Khăm-phết Xỉ-xổm-bạt', 'Vông-xay In-thạ-vông'],
	['Mùa A Páo', 'Giàng A Chu']
];
describeChanged('the twenty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	// All seven delegations are found
	leaders: ['Bun-my Xỉ-xu-lin', 'Thạch Văn Sang', 'Souksavanh Chanthavong', 'Bui Quang Vinh', 'Phon-xay Lăm-phun', 'Cao Đình Lâm', 'Vông-xay In-thạ-vông'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's term
// ('giai đoạn 2025 - 2030', '2026-2030 period', 'giai đoạn 2026 - 2030'), the treaty's '18/7/1977 – 18/7/2025', 'năm
// 2023' and '10 tháng năm 2024' figures, 'Since 2015', 'từ năm 2020 đến nay', 'kế hoạch hợp tác năm 2025' nothing; the
// 'Tin liên quan' blocks inside the Kiên Giang and Tài nguyên và Môi trường bodies, captions, sidebars, tags, comments,
// scripts and meta are furniture.
describe('the twenty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		bl: '01-baobaclieu-savannakhet-two-provinces-truocdo.txt',
		kg: '02-baokiengiang-veterans-champasak-dashdates.txt',
		dn: '03-danangtoday-en-sekong-wednesday-afternoon.txt',
		nt: '04-baoninhthuan-xiengkhouang-toiqua.html',
		gt: '05-baogiaothong-quangtri-khammouane-nostamp-treaty48.txt',
		tn: '06-baotainguyenmoitruong-phongsaly-dienbien-laichau-quotelead.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Bạc Liêu page lies within 18–20 November 2024 or is the 2025 Q2 plan', () => {
		expect(outside(F.bl, '2024-11-18', '2024-11-20', ['2025-04-01', '2025-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Kiên Giang page lies within 17–20 March 2025 or is the December plan', () => {
		expect(outside(F.kg, '2025-03-17', '2025-03-20', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Da Nang Today page lies within 19–22 November 2025 or is the 2026 plan', () => {
		expect(outside(F.dn, '2025-11-19', '2025-11-22', ['2026-01-01', '2026-12-31'])).toEqual([]);
	});
	it('every main event from the Báo Ninh Thuận page lies within 18–21 November 2024', () => {
		expect(outside(F.nt, '2024-11-18', '2024-11-21')).toEqual([]);
	});
	it('every main event from the Báo Giao thông page lies within 15–17 July 2025 or is the January plan', () => {
		expect(outside(F.gt, '2025-07-15', '2025-07-17', ['2026-01-01', '2026-01-31'])).toEqual([]);
	});
	it('every main event from the Báo Tài nguyên và Môi trường page lies within 20–22 November 2024', () => {
		expect(outside(F.tn, '2024-11-20', '2024-11-22')).toEqual([]);
	});
	it('the Sa-vẳn-na-khệt delegation is one, though it is received in Cà Mau and in Bạc Liêu', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.bl, q))));
		const cm = of('Trước đó, ngày 18/11, Đoàn đã đến thăm và làm việc tại tỉnh Cà Mau');
		const bl = of('Sáng 19/11, tại Trụ sở UBND tỉnh');
		expect(cm).toHaveLength(1);
		expect(bl).toHaveLength(1);
		expect(cm[0].id).toBe(bl[0].id);
	});
	// A Khmer Vietnamese name keeps a syllable Vietnamese spelling never has ('Phol', ending in -l): after 'đồng chí' it is
	// still a name (people.ts reads such syllables after a family name or a cue), as 'Thạch Văn Sang' always was.
	it('the veterans’ delegation keeps its leader when he is renamed to a Khmer name (Thạch Văn Phol)', () => {
		const kg = corpus().filter((a) => a.file.endsWith(F.kg)).map((a) => ({ ...a, text: a.text.replaceAll('Danh Sà Rinh', 'Thạch Văn Phol') }));
		const r = build(kg);
		expect(r.delegations.map((d) => r.people.find((p) => p.id === d.leader)?.name)).toEqual(['Thạch Văn Phol']);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.bl, 'Tổng Lãnh sự quán Lào tại TP Hồ Chí Minh'],
			[F.bl, 'Festival Nghề muối Việt Nam'],
			[F.bl, 'Đoàn đại biểu tỉnh Bạc Liêu thăm tỉnh Sa-vẳn-na-khệt'],
			[F.bl, 'Giá tôm thẻ tăng nhẹ'],
			[F.bl, 'cầu Gành Hào'],
			[F.bl, 'chụp ảnh lưu niệm cùng các đại biểu'],
			[F.kg, 'tổng kết công tác năm 2024'],
			[F.kg, 'họp mặt kỷ niệm 50 năm Ngày giải phóng miền Nam'],
			[F.kg, 'Đoàn Hội Cựu chiến binh tỉnh Chăm-pa-xắc thăm Kiên Giang'],
			[F.kg, 'Phú Quốc đón hơn 1 triệu'],
			[F.kg, 'Hội nghị xúc tiến đầu tư'],
			[F.kg, 'Giá lúa tại ruộng'],
			[F.kg, 'tặng quà lưu niệm Hội Cựu chiến binh'],
			[F.dn, 'at the meeting. Photo'],
			[F.dn, 'merge into new city'],
			[F.dn, 'celebrate Bunpimay festival'],
			[F.dn, 'ASEAN-Japan tourism forum'],
			[F.dn, 'Typhoon Kalmaegi'],
			[F.dn, 'record number of passengers'],
			[F.nt, 'Đoàn công tác Đại sứ quán Lào'],
			[F.nt, 'Đoàn đại biểu tỉnh Ninh Thuận thăm tỉnh Xiêng Khoảng'],
			[F.nt, 'Lễ hội Nho và Vang'],
			[F.nt, 'Mưa lớn gây ngập cục bộ'],
			[F.nt, 'Hồ chứa nước Sông Cái'],
			[F.nt, 'tặng quà lưu niệm đồng chí'],
			[F.nt, 'publishDate'],
			[F.nt, 'published_time'],
			[F.gt, 'cao tốc Vạn Ninh - Cam Lộ'],
			[F.gt, 'thông xe cầu Nhật Lệ 3'],
			[F.gt, 'tuyến đường sắt Viêng Chăn - Vũng Áng'],
			[F.gt, 'nhiều khúc cua'],
			[F.gt, 'tuyến xe khách Đồng Hới - Thà Khẹc'],
			[F.gt, 'Đoàn chụp ảnh lưu niệm tại cửa khẩu'],
			[F.tn, 'cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp'],
			[F.tn, 'Hội thảo quốc tế về quản lý lưu vực sông Mê Kông'],
			[F.tn, 'Sở Tài nguyên và Môi trường Sơn La làm việc với tỉnh Hủa Phăn'],
			[F.tn, 'Giá đất ở Hà Nội'],
			[F.tn, 'mong hai tỉnh sớm có bản đồ số chung'],
			[F.tn, 'tặng quà lưu niệm ông']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
