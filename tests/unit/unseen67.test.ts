/**
 * A sixty-seventh set of pages (tests/fixtures/unseen67) from outlets not used before, on digests and multi-item pages
 * in one week (10–16 June 2024) — Cổng TTĐT tỉnh Hưng Yên (a weekly digest 'Điểm tin đối ngoại tuần từ 10 đến
 * 16/6/2024' under '17/06/2024 08:30': the Xay-nha-bu-ly delegation 'Từ ngày 10 đến 13/6', a Korean item that is no
 * Vietnam–Laos event, a hospital team leaving 'Thứ Sáu (14/6)' to work 'đến hết ngày 21/6', a women's union trip
 * 'Tuần tới'), Hưng Yên TV (the same trip in full under 'Thứ Năm, 13/06/2024 - 21:05': 'Sáng nay', 'chiều thứ Hai đầu
 * tuần', 'hôm kia', 'Hôm qua', 'Tối qua', a past trip 'tháng 8 năm ngoái', 'tháng 2 năm tới', 'Chiều nay' the Hà Nội
 * call), Lai Châu TV with NO stamp and no year (a transcript 'Bản tin thời sự tối 12/6', 'Thưa quý vị', clips, 'thứ Tư
 * ngày 12/6', 'Chiều nay', 'sáng qua', 'Ngày mai', 'Cuối tuần qua', 'Thứ Hai tuần trước'; the year from 'thỏa thuận hợp
 * tác năm 2023' and '62 năm Ngày thiết lập quan hệ ngoại giao'), Hội Nông dân Việt Nam as a saved HTML live page
 * (LiveBlogPosting, 'Cập nhật lúc 11:05' down to '08:00', 'Chiều qua', 'Chiều nay', 'Tháng trước'), Cổng TTĐT tỉnh Lào
 * Cai (a main article under Monday 17/6 — 'Từ thứ Hai đến hết thứ Tư tuần trước', 'sáng thứ Ba', 'Ngày cuối của chuyến
 * thăm', 'Tháng trước', 'tháng 9 tới' — then a second article on the same page stamped 14/6 with its own 'Sáng nay' and
 * 'Hôm qua') and Bộ Kế hoạch và Đầu tư (the Xay-nha-bu-ly governor's call in Hà Nội 'Chiều 13/6', which the full
 * report announced as 'Chiều nay') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen67';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, sixty-seventh set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Xổm-pheng Khăm-mạ-ni-vông', 'Bun-lắp Xay-nhạ-vông'],
	['Vũ Đình Thắng', 'Kiều Văn Tiệp'],
	['Hà Mạnh Thái', 'Mai Quốc Khánh'],
	['Phạm Thu Hà', 'Đinh Thị Nguyệt'],
	['Ngô Văn Khiêm', 'Tạ Quang Bảo'],
	['Đoàn Thị Lụa', 'Vương Thị Hạnh'],
	['Cao Minh Đức', 'Lương Văn Sử'],
	['Lò Văn Thượng', 'Hà Văn Chiến'],
	['Khăm-phon Xay-nha-sẻng', 'Thoong-xạ-vẳn Kẹo-phết'],
	['Lù Thị Dung', 'Sùng Thị Pà'],
	['Trần Đình Lợi', 'Bùi Xuân Lãm'],
	['Xay-xổm-phon Keo-bua-la', 'Vi-xay Phăn-thạ-vông'],
	['Hoàng Quốc Duy', 'Nông Văn Thiều'],
	['Bun-xạ-vạt Phim-ma-xỏn', 'Xỉ-phăn-đon Lo-xa-vẳn'],
	['Xỉ-thon Vi-lạ-vông', 'Khăm-bày Xỉ-xổm-phu'],
	['Phạm Văn Tuyên', 'Lại Đức Cường'],
	['Xỉ-xu-phăn Đuông-đì', 'Pheo-xổm-xay Bun-nhạ']
];
describeChanged('the sixty-seventh unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Bun-lắp Xay-nhạ-vông', 'Tạ Quang Bảo', 'Vương Thị Hạnh', 'Kiều Văn Tiệp', 'Kiều Văn Tiệp', 'Thoong-xạ-vẳn Kẹo-phết', 'Sùng Thị Pà', 'Vi-xay Phăn-thạ-vông', 'Nông Văn Thiều', 'Khăm-bày Xỉ-xổm-phu', 'Pheo-xổm-xay Bun-nhạ'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a memorandum's or a plan's
// period ('giai đoạn 2024 - 2028', '2024 - 2026', '2021 - 2030'), 'năm 2023' figures, 'ký năm 2019', 'từ năm 2016', '62
// năm', 'Ngày Môi trường thế giới 5/6', 'tháng 5/2024' and 'quý IV/2024' (an offer) nothing; the digest's Korean item
// (Gyeonggi, 'Ngày 12/6') and its consular training 'trong tuần tới', the bulletin's tea harvest, weather and 'Thứ Hai
// tuần trước' item are no Vietnam–Laos event; captions, clips, sidebars, tags, comments, scripts and meta are furniture.
describe('the sixty-seventh unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		hy: '01-hungyen-diemtin-doingoai-tuan-xaignabouli-hospital-korea.txt',
		ht: '02-hungyentv-xaignabouli-hungyen-fullreport-homkia.txt',
		lc: '03-laichautv-bantin-thoisu-toi-phongsaly-nostamp.txt',
		hn: '04-hoinongdan-truc-tiep-hatinh-bolikhamxay-live.html',
		la: '05-laocai-oudomxay-luangnamtha-two-articles-tuantruoc.txt',
		mp: '06-mpi-xaignabouli-governor-hanoi-callon.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hưng Yên digest lies within 10–21 June 2024 or is the next week\'s plan', () => {
		expect(outside(F.hy, '2024-06-10', '2024-06-21', ['2024-06-17', '2024-06-23'])).toEqual([]);
	});
	it('every main event from the Hưng Yên TV page lies within 10–13 June 2024 or is the February 2025 plan', () => {
		expect(outside(F.ht, '2024-06-10', '2024-06-13', ['2025-02-01', '2025-02-28'])).toEqual([]);
	});
	it('every main event from the Lai Châu TV bulletin lies within 8–14 June 2024', () => {
		expect(outside(F.lc, '2024-06-08', '2024-06-14')).toEqual([]);
	});
	it('every main event from the Hội Nông dân live page lies within 13–14 June 2024', () => {
		expect(outside(F.hn, '2024-06-13', '2024-06-14')).toEqual([]);
	});
	it('every main event from the Lào Cai page lies within 10–16 June 2024 or is the September plan', () => {
		expect(outside(F.la, '2024-06-10', '2024-06-16', ['2024-09-01', '2024-09-30'])).toEqual([]);
	});
	it('every main event from the Bộ Kế hoạch và Đầu tư page lies within 10–13 June 2024', () => {
		expect(outside(F.mp, '2024-06-10', '2024-06-13')).toEqual([]);
	});
	it('the second article\'s \"Sáng nay\" on the Lào Cai page is its own 14 June, not the page\'s 17 June', () => {
		const e = t.events.filter((x) => s.quotes(x, F.la, 'Sáng nay, ông Phạm Văn Tuyên'));
		expect(e.length).toBeGreaterThan(0);
		expect(e.map((x) => x.start)).not.toContain('2024-06-17');
	});
	it('no event quotes the sidebars, the tags, the clips, the captions, the comments, the scripts or a third country\'s item', () => {
		const qs: [string, string][] = [
			[F.hy, 'Đoàn doanh nghiệp tỉnh Gyeonggi'],
			[F.hy, 'Hội nghị tập huấn công tác lãnh sự'],
			[F.hy, 'Hưng Yên tiếp Đại sứ Nhật Bản'],
			[F.hy, '5 năm hợp tác hữu nghị'],
			[F.hy, 'Sở Ngoại vụ làm việc với Đoàn Tổng Lãnh sự Thái Lan'],
			[F.ht, 'Lễ hội Voi Xay-nha-bu-ly thu hút'],
			[F.ht, 'Mùa nhãn năm nay được giá'],
			[F.ht, 'HĐND tỉnh khai mạc Kỳ họp thứ 19'],
			[F.ht, 'ký Biên bản ghi nhớ hợp tác sáng 11/6'],
			[F.ht, 'mãi xanh tươi'],
			[F.lc, 'Quang cảnh buổi hội đàm tại trụ sở UBND tỉnh'],
			[F.lc, 'Trao quà cho trẻ em bản Phôn-xay'],
			[F.lc, 'Ngày Môi trường thế giới 5/6'],
			[F.lc, 'thu hoạch chè vụ hè'],
			[F.lc, 'Khai mạc Tuần Văn hóa - Du lịch'],
			[F.lc, 'Thời sự tối 11/6'],
			[F.hn, 'trao tặng giống ngô cho nông dân Xiêng Khoảng'],
			[F.hn, 'biên giới Việt Nam - Lào năm 2023 tại Quảng Trị'],
			[F.hn, 'giao lưu thanh niên nông thôn Việt - Lào'],
			[F.hn, 'ký biên bản ghi nhớ. Ảnh'],
			[F.hn, 'coverageStartTime'],
			[F.hn, 'Giá lúa gạo hôm nay'],
			[F.la, 'Quang cảnh buổi hội đàm tại trụ sở UBND tỉnh U-đôm-xay'],
			[F.la, 'Khai mạc Tuần Văn hóa Việt - Lào tại Sa Pa'],
			[F.la, 'Hội nghị xúc tiến đầu tư vào Khu kinh tế cửa khẩu'],
			[F.la, 'ký kết hợp tác với tỉnh Phông-xa-lỳ'],
			[F.mp, 'Bộ trưởng tiếp Đại sứ Lào tại Việt Nam'],
			[F.mp, 'Kỳ họp lần thứ 46'],
			[F.mp, 'làm việc với Đoàn Bộ Kế hoạch và Đầu tư Lào'],
			[F.mp, 'tặng quà lưu niệm Tỉnh trưởng']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
