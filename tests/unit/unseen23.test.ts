/**
 * A twenty-third set of pages (tests/fixtures/unseen23) from outlets not used before — Báo Giao thông (a border-gate
 * meeting at Cầu Treo: the Hà Tĩnh vice chairman hosts a Bô-li-khăm-xay delegation that crossed from Nậm Phao, 'Vào lúc
 * 9 giờ sáng 20/11' under '22/11/2024 | 07:45', 'sáng cùng ngày', 'Trước đó, chiều 19/11' for a second delegation going
 * the other way, 'Cuối giờ chiều cùng ngày 20/11', 'trong năm 2025'), Báo Tài nguyên & Môi trường (a Lao department
 * delegation received by Lào Cai, 'Đăng lúc: 16:20, 21/09/2024', 'Trong 3 ngày (từ 18-20/9)', 'Chiều tối 18/9', 'hôm
 * 19/9', the storm's 'hồi đầu tháng 9', 'Đêm 19/9', 'Ngày cuối của chuyến công tác', 'tháng 12 năm nay'), Quang Ninh
 * Portal in English (Oudomxay, 'from Nov. 18 to 21', 'On Nov. 19', 'A day later', 'on the evening of Nov. 18' told
 * afterwards, 'on Friday', 'in the second quarter of 2026'), Báo Bà Rịa - Vũng Tàu as a saved HTML page (body in
 * <article>, a 'Tin cùng chuyên mục' list with dates INSIDE the body, 'Từ chiều 11/3 đến ngày 13/3', 'Ngày 12/3 vừa
 * qua', 'ngày thứ hai của chuyến thăm', 'tháng 8 năm nay'), Dân tộc và Phát triển as a round-up 'Tin hoạt động đối
 * ngoại tuần qua' of two delegations whose only stamp is the bottom line 'Nguồn: … | 22/11/2025' ('Ngày 20/11 vừa qua',
 * 'Đêm 20/11', 'Từ ngày 17 đến 19/11', 'Chiều tối cùng ngày', 'tháng 12 tới') and Báo Cựu chiến binh Việt Nam with NO
 * stamp (a veterans' association delegation, the year only from '50 năm Quốc khánh nước CHDCND Lào (2/12/1975 -
 * 2/12/2025)', 'Chiều tối cùng ngày', 'trong năm 2026') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen23';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Phan Hữu Lộc', 'Lưu Đình Khoa'],
	['Vông-xạ-vắn Ín-thạ-vông', 'Khăm-phon Xỉ-phăn-đon'],
	['Trần Đình Khiêm', 'Lương Văn Hiếu'],
	['Bun-xẻng Phi-la-vông', 'Xỉ-phon Mạ-ni-vông'],
	['Nông Văn Tuyên', 'Hầu A Chứ'],
	['Hà Đức Thuận', 'Mạc Văn Quyết'],
	['Dang Quoc Thinh', 'Ngo Van Hau'],
	['Thinh briefed', 'Hau briefed'],
	['Vanhxay Sengsouliya', 'Soukthavy Keobounheuang'],
	['Tôn Thất Hiền', 'Huỳnh Công Thiện'],
	['Khăm-lạ Xổm-phu-thon', 'Bun-thăn Vi-lạ-vông'],
	['Lò Văn Thiêm', 'Tòng Văn Hợi'],
	['Bun-mi Xi-sẳng-khăm', 'Phon-xay Đuông-ma-ni'],
	['Xổm-xắc Kẹo-mạ-ni', 'Vi-lạ-xắc Phôm-mạ-hắc'],
	['Quàng Văn Phúc', 'Lù Văn Sáng'],
	['Phạm Văn Khuyến', 'Đinh Công Lượng'],
	['Thoong-văn Xay-nha-vông', 'Xổm-chít In-thạ-lạt']
];
describeChanged('the twenty-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	// Every delegation is found
	leaders: ['Khăm-phon Xỉ-phăn-đon', 'Lương Văn Hiếu', 'Lưu Đình Khoa', 'Xỉ-phon Mạ-ni-vông', 'Ngo Van Hau', 'Soukthavy Keobounheuang', 'Huỳnh Công Thiện', 'Bun-thăn Vi-lạ-vông', 'Tòng Văn Hợi', 'Vi-lạ-xắc Phôm-mạ-hắc', 'Đinh Công Lượng', 'Xổm-chít In-thạ-lạt'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: '10 tháng năm 2024' and
// 'năm 2023' figures, the storm 'hồi đầu tháng 9', 'in 2024', 'the first nine months of 2025', 'the 2021-2025 period', a
// memorandum's 'giai đoạn 2025 - 2030', 'Thỏa thuận hợp tác năm 2025', 'từ năm 1994 đến nay', 'năm 1969 - 1972' and
// the anniversary '(2/12/1975 - 2/12/2025)' date nothing; captions, sidebars, tags, comments, scripts and meta are
// furniture.
describe('the twenty-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		gt: '01-baogiaothong-hatinh-bolikhamxay-border-gate-talks.txt',
		tm: '02-baotainguyenmoitruong-luangnamtha-laocai-dangluc.txt',
		qn: '03-quangninhportal-en-quangninh-oudomxay-adaylater.txt',
		bv: '04-baobariavungtau-khammouane-article-relatedinside.html',
		dt: '05-baodantoc-roundup-laichau-phongsaly-houaphanh-sonla-footerstamp.txt',
		cb: '06-cuuchienbinh-nghean-xiengkhouang-veterans-nostamp.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Báo Giao thông page lies within 19–20 November 2024 or is the 2025 plan', () => {
		expect(outside(F.gt, '2024-11-19', '2024-11-20', ['2025-01-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Báo Tài nguyên & Môi trường page lies within 18–20 September 2024 or is the December plan', () => {
		expect(outside(F.tm, '2024-09-18', '2024-09-20', ['2024-12-01', '2024-12-31'])).toEqual([]);
	});
	it('every main event from the Quang Ninh Portal page lies within 18–21 November 2025 or is the 2026 plan', () => {
		expect(outside(F.qn, '2025-11-18', '2025-11-21', ['2026-04-01', '2026-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Bà Rịa - Vũng Tàu page lies within 11–13 March 2025 or is the August plan', () => {
		expect(outside(F.bv, '2025-03-11', '2025-03-13', ['2025-08-01', '2025-08-31'])).toEqual([]);
	});
	it('every main event from the Dân tộc và Phát triển round-up lies within 17–20 November 2025 or is the December plan', () => {
		expect(outside(F.dt, '2025-11-17', '2025-11-20', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Báo Cựu chiến binh page lies within 27–29 October 2025 or is the 2026 plan', () => {
		expect(outside(F.cb, '2025-10-27', '2025-10-29', ['2026-01-01', '2026-12-31'])).toEqual([]);
	});
	it("the round-up's two delegations (Lai Châu to Phông-sa-lỳ, Hủa Phăn to Sơn La) are two", () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.dt, q))));
		const lc = of('Đêm 20/11, Đoàn về nước qua cửa khẩu quốc tế Tây Trang');
		const hp = of('Sáng 18/11, đồng chí Quàng Văn Phúc');
		expect(lc).toHaveLength(1);
		expect(hp).toHaveLength(1);
		expect(lc[0].id).not.toBe(hp[0].id);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.gt, 'Khởi công cải tạo Quốc lộ 8'],
			[F.gt, 'thông xe cầu Hà Tân'],
			[F.gt, 'tuyến cao tốc Hà Nội - Viêng Chăn'],
			[F.gt, 'Giá xăng dầu hôm nay'],
			[F.gt, 'xe container lật trên đèo Keo Nưa'],
			[F.gt, 'Quang cảnh buổi hội đàm'],
			[F.tm, 'khẩn trương khảo sát, cảnh báo các điểm nguy cơ sạt lở'],
			[F.tm, 'ký kế hoạch hợp tác năm 2024'],
			[F.tm, 'Hội nghị quốc gia về khí tượng thủy văn'],
			[F.tm, 'Tình cảm của bạn Lào thật quý báu'],
			[F.tm, 'chụp ảnh lưu niệm với lãnh đạo tỉnh Lào Cai'],
			[F.qn, 'Quang Ninh receives delegation from Luang Prabang'],
			[F.qn, 'recognised as World Natural Heritage'],
			[F.qn, 'meet Lao Consul General'],
			[F.qn, 'first international charter flights'],
			[F.qn, 'presents a souvenir to Governor'],
			[F.bv, 'Lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào'],
			[F.bv, 'Trao nhà tình nghĩa'],
			[F.bv, 'kỷ niệm 94 năm Ngày thành lập Đoàn'],
			[F.bv, 'Vũng Tàu đón hơn 1 triệu lượt khách'],
			[F.bv, 'khai mạc Hội chợ nông sản Xuyên Mộc'],
			[F.bv, 'Mong sớm có tuyến hàng hóa'],
			[F.bv, 'page_date'],
			[F.bv, 'Bà Rịa - Vũng Tàu thăm, làm việc tại Khăm Muồn -'],
			[F.dt, 'Điện Biên tiếp Đoàn đại biểu tỉnh Luông Pha Bang'],
			[F.dt, 'Hội nghị biểu dương người có uy tín'],
			[F.dt, 'Sơn La và Hủa Phăn ký kết thỏa thuận hợp tác năm 2024'],
			[F.dt, 'Nguồn: Báo Dân tộc và Phát triển'],
			[F.cb, 'Hội nghị Ban Chấp hành lần thứ 6'],
			[F.cb, 'Cựu chiến binh Hà Tĩnh thăm chiến trường xưa'],
			[F.cb, 'Đại hội thi đua yêu nước'],
			[F.cb, 'Tôi từng chiến đấu ở Mường Khăm'],
			[F.cb, 'thứ 5 từ trái']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
