/**
 * A twenty-sixth set of pages (tests/fixtures/unseen26) from outlets not used before — Công an Đà Nẵng (Sê Kông's
 * provincial POLICE received by Đà Nẵng's: 'Hôm 21/11' under '23-11-2025 09:12', 'tối hôm trước', 'đến hết ngày 22/11',
 * a return trip 'đúng một tuần sau', 'Sáng ngày 22 tháng 11', an in-body 'Tin liên quan'), Nông thôn Ngày nay (Hà
 * Tĩnh's farmers' union, its leader titled by the organisation only, in Bô-ly-khăm-xay and Khăm Muồn: 'Thứ hai
 * 24/11/2025 08:05', 'Trong hai ngày 20 và 21/11', dated bullets, a twinning 'kết nghĩa bản - bản', 'Ngày thứ hai của
 * chuyến thăm', 'Trong dịp này … tháng 12 tới', 'Tối 21-11 (giờ Lào)'), Tạp chí Tuyên giáo with NO stamp (Hủa Phăn's
 * propaganda chief with Lao students at Hồng Đức University: a quote lead ending 'chiều 20 tháng 11 năm 2025', 'Sáng cùng
 * ngày', 'tối hôm trước', 'đang có chuyến thăm'), Bảo vệ pháp luật as a saved HTML page (the SAME Sê Kông police visit
 * told only 'Vừa qua' under 'Cập nhật 24-11-2025, 10:30', a video transcript '15/3/2024', 'Ý kiến bạn đọc' with dated
 * comments), Vietnam Pictorial in English (Luang Namtha in Lao Cai: 'on Nov. 21', 'on a working visit … on Nov. 20 and
 * 21', past perfect 'had arrived late on Thursday', 'On arrival', 'Earlier in the day, the delegation had stopped at …',
 * 'In the afternoon', 'in January 2026, and Dinh accepted') and Diễn đàn Doanh nghiệp (a photo story of Chăm-pa-xắc in
 * Cần Thơ under '23.11.2025': 'Từ chiều 20/11 đến hết ngày 22/11', 'cách đây hai ngày', 'Trước đó, vào ngày 19/11 vừa
 * qua', 'tháng 2/2026') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen26';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, twenty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Bun-xổm Vông-xay-nha', 'Xổm-vĩnh Phăn-thạ-vông'],
	['Hồ Văn Khiêm', 'Lương Đình Phúc'],
	['Phan Văn Thuận', 'Đậu Xuân Khánh'],
	['Khăm-xỉ Vông-pha-chăn', 'Thoong-vắn Xi-hả-chắc'],
	['Vi-lay-phon Xổm-phạ-vông', 'Bun-thoong Chăn-thạ-lạt'],
	['Xổm-xạ-nít Pha-ni-vông', 'Khăm-mun Phôm-xổm-bắt'],
	['Trịnh Văn Khiết', 'Lê Sỹ Nguyên'],
	['Trieu Van Dinh', 'Vu Minh Hoang'],
	['Dinh hosted', 'Hoang hosted'],
	['Dinh said', 'Hoang said'],
	['Dinh to lead', 'Hoang to lead'],
	['Dinh accepted', 'Hoang accepted'],
	['Vilayphone Keodouangsy', 'Sengdao Phommachak'],
	['where Vilayphone', 'where Sengdao'],
	['Vilayphone thanked', 'Sengdao thanked'],
	['Bun-nhăng Phôm-mạ-xỉ', 'Xỉ-xu-li Kẹo-ma-ny'],
	['Lâm Quốc Bảo', 'Huỳnh Tấn Đạt']
];
describeChanged('the twenty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Xổm-vĩnh Phăn-thạ-vông', 'Lương Đình Phúc', 'Đậu Xuân Khánh', 'Thoong-vắn Xi-hả-chắc', 'Khăm-mun Phôm-xổm-bắt', 'Sengdao Phommachak', 'Vu Minh Hoang', 'Xỉ-xu-li Kẹo-ma-ny', 'Huỳnh Tấn Đạt'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: '10 tháng năm 2025',
// 'Năm 2024' and 'năm 2024' figures, 'Giai đoạn 2021 - 2025', 'Năm học 2025 - 2026', 'giai đoạn 2023 - 2027', 'Từ đầu
// năm 2025 đến nay', 'first ten months of 2025', 'between 2020 and 2025' nothing; captions (the Bảo vệ pháp luật one's
// 'ngày 21/11'), the video transcript ('Sáng 15/3/2024'), in-body and side 'Tin liên quan', tags, comments ('Hôm qua',
// 'hôm kia', 'Năm ngoái'), scripts and meta are furniture.
describe('the twenty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ca: '01-congandanang-sekong-police-hom21.txt',
		nt: '02-nongthonngaynay-hatinh-farmers-bolikhamxay-khammouane-bullets.txt',
		tg: '03-tuyengiao-huaphan-thanhhoa-hongduc-students-quotelead-nostamp.txt',
		bv: '04-baovephapluat-sekong-danang-police-vuaqua-video.html',
		vp: '05-vietnampictorial-en-luangnamtha-laocai-hadvisited.txt',
		dn: '06-dddn-champasak-cantho-business-photostory-cachday.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Công an Đà Nẵng page lies within 20–22 November 2025 or is the trip a week later', () => {
		expect(outside(F.ca, '2025-11-20', '2025-11-22', ['2025-11-28', '2025-11-29'])).toEqual([]);
	});
	it('every main event from the Nông thôn Ngày nay page lies within 20–21 November 2025 or is the December plan', () => {
		expect(outside(F.nt, '2025-11-20', '2025-11-21', ['2025-12-01', '2025-12-31'])).toEqual([]);
	});
	it('every main event from the Tuyên giáo page lies within 19–21 November 2025', () => {
		expect(outside(F.tg, '2025-11-19', '2025-11-21')).toEqual([]);
	});
	it('every main event from the Bảo vệ pháp luật page lies within the two weeks before its stamp (10–24 November 2025)', () => {
		expect(outside(F.bv, '2025-11-10', '2025-11-24')).toEqual([]);
	});
	it('every main event from the Vietnam Pictorial page lies within 20–21 November 2025 or is the January plan', () => {
		expect(outside(F.vp, '2025-11-20', '2025-11-21', ['2026-01-01', '2026-01-31'])).toEqual([]);
	});
	it('every main event from the Diễn đàn Doanh nghiệp page lies within 19–22 November 2025 or is the February plan', () => {
		expect(outside(F.dn, '2025-11-19', '2025-11-22', ['2026-02-01', '2026-02-28'])).toEqual([]);
	});
	it('no event quotes the sidebars, the related boxes, the tags, the scripts, the captions or the comments', () => {
		const qs: [string, string][] = [
			[F.ca, 'triệt phá đường dây mua bán ma túy xuyên biên giới'],
			[F.ca, 'Trao tặng xe chuyên dụng cho Công an tỉnh Sê Kông'],
			[F.ca, 'Hội nghị sơ kết công tác bảo đảm an ninh trật tự dịp cuối năm'],
			[F.ca, 'ra quân cao điểm tấn công trấn áp tội phạm'],
			[F.ca, 'Khánh thành Trụ sở Công an xã Hòa Vang'],
			[F.ca, 'giả danh công an gọi điện lừa đảo'],
			[F.ca, 'thứ 3 từ phải'],
			[F.nt, 'trao 500 con bò giống cho hội viên nghèo'],
			[F.nt, 'Đại hội Hội Nông dân tỉnh Quảng Trị'],
			[F.nt, 'xuất khẩu lô bưởi Phúc Trạch đầu tiên sang Lào'],
			[F.nt, 'Giá lợn hơi hôm nay'],
			[F.nt, 'Festival nông sản năm 2025'],
			[F.nt, 'tại buổi tiếp Đoàn ở Pắc-xan'],
			[F.tg, 'Quan hệ đặc biệt Việt Nam - Lào trong thời kỳ mới'],
			[F.tg, 'Ban Tuyên huấn Trung ương Đảng NDCM Lào thăm và làm việc tại Việt Nam'],
			[F.tg, 'Hội nghị báo cáo viên Trung ương tháng 11'],
			[F.tg, 'trao học bổng cho lưu học sinh Lào. Ảnh'],
			[F.bv, 'phát biểu tại buổi làm việc ngày 21/11'],
			[F.bv, 'ở quê tôi (Nam Giang) cũng bắt được'],
			[F.bv, 'phóng sự về bộ đội biên phòng Sê Kông'],
			[F.bv, 'Viện KSND tỉnh Sê Kông thăm, làm việc tại Viện KSND'],
			[F.bv, 'Luật Phòng, chống ma túy sửa đổi có hiệu lực'],
			[F.bv, 'Truy tố 12 bị can'],
			[F.bv, 'article:published_time'],
			[F.bv, 'pageInfo'],
			[F.vp, 'Lao Cai welcomes 8 million tourists'],
			[F.vp, 'Luang Namtha governor visits Dien Bien'],
			[F.vp, 'international mountain marathon'],
			[F.vp, 'Old Quarter lights up'],
			[F.vp, 'presents a gift to Vice Governor'],
			[F.dn, 'Ngày hội khởi nghiệp đổi mới sáng tạo Cần Thơ 2025'],
			[F.dn, 'kết nối doanh nghiệp với thị trường Campuchia'],
			[F.dn, 'Hội nghị xúc tiến thương mại gạo Việt Nam tại Hà Nội'],
			[F.dn, 'Giá gạo xuất khẩu hôm nay'],
			[F.dn, 'hôm kia tôi cũng có mặt ở Diễn đàn']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	// the video embed's transcript ('Lời bình: Sáng 15/3/2024, tại thành phố Sê Kông, … đã ký kết Biên bản ghi nhớ …') became
	// a 2024-03-15 context signing: a 'Video: …' block's narration was read as the article's own text
	// (Mended in segment.ts: a line opening 'Lời bình:' is the clip's script.)
	it('no event quotes the video embed of the Bảo vệ pháp luật page', () => {
		const qs: [string, string][] = [
			[F.bv, 'Công an hai địa phương ký kết phối hợp đấu tranh tội phạm ma túy'],
			[F.bv, 'Sáng 15/3/2024, tại thành phố Sê Kông'],
			[F.bv, 'định kỳ giao ban 6 tháng một lần']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
	});
	it('no event lies before 2019 or after 2026', () => {
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
	it('the Sê Kông police visit told by two outlets is one delegation', () => {
		const of = (f: string, q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, f, q))));
		const ca = of(F.ca, 'Hôm 21/11, tại trụ sở Công an thành phố');
		const bv = of(F.bv, 'Vừa qua, Công an thành phố Đà Nẵng đã tiếp và làm việc');
		expect(ca).toHaveLength(1);
		expect(bv.map((d) => d.id)).toEqual(ca.map((d) => d.id));
	});
});
