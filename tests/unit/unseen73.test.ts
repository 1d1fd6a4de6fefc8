/**
 * A seventy-third set of pages (tests/fixtures/unseen73) from outlets not used before, on aid and construction projects —
 * the Hà Tĩnh education department's site (the handover and inauguration of a friendship secondary school Hà Tĩnh funded
 * in Bô-ly-khăn, Bô-ly-khăm-xay: 'Sáng 28/8' under '29/08/2025 08:15', 'khởi công tháng 5/2024, sau hơn 14 tháng thi
 * công', 'tổng kinh phí 32 tỷ đồng', 'đúng dịp kỷ niệm 80 năm Cách mạng Tháng Tám', 'giai đoạn 2021 - 2025', 'Chiều cùng
 * ngày' talks, a return visit 'tháng 11/2025'), the Bolikhamxay provincial portal in English (the same handover 'on
 * Thursday' / 'on the morning of August 28' under '01 September 2025', 'The previous afternoon', 'Later on Thursday', 'On
 * Friday morning', 'In 2024', 'September 5'), Công dân & Khuyến học as a saved HTML page (the same trip: 'Hôm qua (28/8)'
 * scholarships, 'từ ngày 27 đến ngày 29/8', 'Chiều 27/8', 'Theo chương trình, sáng nay (29/8)'), the Quảng Trị Border
 * Guard's site with NO stamp (a school handed over in Sê-pôn, Sa-van-na-khẹt: 'Ngày 20-8', 'Trước đó, ngày 19-8', the year
 * only from 'kịp phục vụ năm học 2024 - 2025 sắp tới', 'khởi công từ tháng 4', a Tin khác list dated 2023), the Quảng Nam
 * Party portal (the groundbreaking of Đắc Chưng market in Sê Kông, 'Vào sáng 11/3', 'từ ngày 10 đến ngày 12/3', 'dự kiến
 * hoàn thành trước ngày 30/12/2025', 'Theo chương trình, sáng 12/3') and the Kon Tum police site (a district police
 * headquarters inaugurated in A-tô-pơ 'Vào sáng 12/9', 'khởi công ngày 12-9 năm ngoái', 'Sau hơn một năm thi công', 'đúng
 * dịp kỷ niệm 63 năm …', 'quý IV/2025', 'Ngày mai (13/9)') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen73';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, seventy-third set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lê Ngọc Hiển', 'Đỗ Văn Khiêm'],
	['Le Ngoc Hien', 'Do Van Khiem'],
	['Vice Chairman Hien', 'Vice Chairman Khiem'],
	['Mr Hien', 'Mr Khiem'],
	['Bun-mi Sỉ-vi-lay', 'Xỉ-xạ-vạt Kẹo-phi-lạ'],
	['Bounmy Sivilay', 'Sisavath Keophila'],
	['Deputy Governor Bounmy', 'Deputy Governor Sisavath'],
	['Khăm-xay Phôm-ma-vông', 'Thoong-sa-li Văn-na-vông'],
	['Khamxay Phommavong', 'Thongsaly Vannavong'],
	['Governor Khamxay', 'Governor Thongsaly'],
	['Trương Thị Bích Hạnh', 'Ngô Thị Thu Hiền'],
	['Phan Đình Thiệu', 'Bùi Xuân Tiến'],
	['Lê Quang Tùng', 'Tạ Đức Hòa'],
	['Xổm-phết Keo-chăn-thạ', 'Bun-lớt Xay-nha-phon'],
	['Huỳnh Tấn Lực', 'Châu Văn Thạnh'],
	['Vông-xay Inh-thạ-vông', 'Phết-xa-ạt Xỉ-vông-xay'],
	['Khăm-phon Xay-xổm-bun', 'Nọi-xỉ Phăn-thạ-vông'],
	['Lưu Minh Khởi', 'Mai Đức Trọng'],
	['Bun-thon Xi-ha-lạt', 'Vi-lạ-vông Khăm-phăn'],
	['Khăm-phoong Xay-nha-sỏn', 'Xổm-xạ-nít Bua-la-pha']
];
describeChanged('the seventy-third unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Đỗ Văn Khiêm', 'Xỉ-xạ-vạt Kẹo-phi-lạ', 'Tạ Đức Hòa', 'Châu Văn Thạnh', 'Mai Đức Trọng', 'Xổm-xạ-nít Bua-la-pha'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id],
	knownGaps: 0
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: a project's own timeline
// told in passing ('khởi công tháng 5/2024', 'khởi công từ tháng 4', 'khởi công ngày 12-9 năm ngoái') is context, its
// building time ('sau hơn 14 tháng thi công', 'Sau hơn một năm thi công'), cost, plan periods ('giai đoạn 2021 - 2025',
// '2025 - 2030', 'Kế hoạch hợp tác năm 2026'), completion deadline ('trước ngày 30/12/2025'), the anniversaries it falls
// on or aims at and a school year's opening ('September 5', 'năm học 2024 - 2025 sắp tới') are nothing; captions,
// sidebars, tags, comments, scripts and meta are furniture.
describe('the seventy-third unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		gd: '01-giaoduchatinh-ban-giao-truong-bolikhan.txt',
		bx: '02-bolikhamxaygov-en-hatinh-school-handover.txt',
		kh: '03-congdankhuyenhoc-hatinh-bolikhamxay-hocbong.html',
		bp: '04-bdbpquangtri-diem-truong-sepon-nostamp.txt',
		qn: '05-dangboquangnam-khoi-cong-cho-dakcheung.txt',
		kt: '06-congankontum-khanh-thanh-tru-so-phouvong.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Hà Tĩnh education page lies within 27–29 August 2025 or is the November plan', () => {
		expect(outside(F.gd, '2025-08-27', '2025-08-29', ['2025-11-01', '2025-11-30'])).toEqual([]);
	});
	it('every main event from the Bolikhamxay page lies within 27–29 August 2025', () => {
		expect(outside(F.bx, '2025-08-27', '2025-08-29')).toEqual([]);
	});
	it('every main event from the Công dân & Khuyến học page lies within 27–29 August 2025', () => {
		expect(outside(F.kh, '2025-08-27', '2025-08-29')).toEqual([]);
	});
	it('every main event from the Quảng Trị Border Guard page (no stamp) lies within 19–20 August 2024', () => {
		expect(outside(F.bp, '2024-08-19', '2024-08-20')).toEqual([]);
	});
	it('every main event from the Quảng Nam Party page lies within 10–12 March 2025', () => {
		expect(outside(F.qn, '2025-03-10', '2025-03-12')).toEqual([]);
	});
	it('every main event from the Kon Tum police page lies within 11–13 September 2025 or is the fourth-quarter plan', () => {
		expect(outside(F.kt, '2025-09-11', '2025-09-13', ['2025-10-01', '2025-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the captions, the tags, the comments or the scripts', () => {
		const qs: [string, string][] = [
			[F.gd, 'Hà Tĩnh tiếp nhận 45 lưu học sinh tỉnh Khăm Muồn'],
			[F.gd, 'Trao học bổng cho lưu học sinh Lào đạt thành tích'],
			[F.gd, 'Đoàn cán bộ quản lý giáo dục tỉnh Bô-ly-khăm-xay học tập'],
			[F.gd, 'Khởi công nhà lớp học Trường Tiểu học bản Na-hương'],
			[F.gd, 'Lãnh đạo hai tỉnh cắt băng khánh thành Trường THCS'],
			[F.gd, 'trao tặng thiết bị dạy học cho nhà trường'],
			[F.bx, 'Bolikhamxay and Nghe An review border cooperation'],
			[F.bx, 'Governor inspects Road 8 upgrading works'],
			[F.bx, 'New health centre opens in Viengthong district'],
			[F.bx, 'Provincial delegation attends trade fair in Ha Tinh'],
			[F.bx, 'Leaders of the two provinces cut the ribbon'],
			[F.kh, 'Khuyến học Nghệ An trao học bổng cho lưu học sinh Lào'],
			[F.kh, 'Tuyên dương 120 dòng họ khuyến học'],
			[F.kh, 'Quỹ khuyến học Quảng Bình tặng 300 xe đạp'],
			[F.kh, 'Một việc làm rất ý nghĩa'],
			[F.kh, 'datePublished'],
			[F.kh, 'trao học bổng cho học sinh Trường THCS Hữu nghị Việt Nam - Lào. Ảnh'],
			[F.bp, 'Đồn Biên phòng Cồn Cỏ ra quân huấn luyện'],
			[F.bp, 'Tuần tra song phương với lực lượng bảo vệ biên giới Lào'],
			[F.bp, 'Hội nghị giao ban công tác đối ngoại biên phòng'],
			[F.bp, 'trao 60 suất học bổng cho học sinh biên giới'],
			[F.bp, 'cắt băng bàn giao công trình'],
			[F.qn, 'Quảng Nam bàn giao Trường dân tộc nội trú huyện Thà Tèng (Ngày'],
			[F.qn, 'Đoàn đại biểu tỉnh Sê Kông chúc Tết Ất Tỵ'],
			[F.qn, 'Hội nghị đánh giá thực hiện Thỏa thuận hợp tác Quảng Nam'],
			[F.qn, 'Khánh thành tuyến đường ĐT606'],
			[F.qn, 'thực hiện nghi thức động thổ khởi công công trình'],
			[F.kt, 'trao tặng trang thiết bị cho Công an tỉnh A-tô-pơ'],
			[F.kt, 'Hội đàm thường niên giữa Công an hai tỉnh'],
			[F.kt, 'Tập huấn nghiệp vụ cho 40 cán bộ Công an tỉnh Sê Kông'],
			[F.kt, 'Các đại biểu cắt băng khánh thành Trụ sở'],
			[F.kt, 'Chịu trách nhiệm nội dung']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2023-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
