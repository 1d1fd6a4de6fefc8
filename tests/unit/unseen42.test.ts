/**
 * A forty-second set of pages (tests/fixtures/unseen42) from outlets not used before, on security, defence and border
 * cooperation and meetings held online, in 2019 and 2021 — Tạp chí Quốc phòng toàn dân (the Hà Tĩnh and Bô-ly-khăm-xay
 * military commands' annual talks, 'hội đàm định kỳ năm 2019', under '16/12/2019 - 09:12 (GMT+07:00)': 'Từ ngày 11 đến
 * hết ngày 13/12', dated programme bullets '- Ngày 11/12: …', 'Chiều 11/12', 'Sáng 12/12', an in-body 'Tin liên quan'
 * block then 'Chiều cùng ngày', 'tháng 12/2020'), Vietnam Defence in English (the same trip: a lead that is the Lao
 * commander's quote, 'last Thursday', 'the day before', 'on arrival', 'Late on Thursday', 'on Friday morning', 'Next
 * week' under 'Monday, December 16, 2019 9:12 AM'), the Quảng Bình police portal as a saved HTML page (talks held ONLINE
 * 'theo hình thức trực tuyến, qua cầu truyền hình' 'Sáng hôm kia' under 'Thứ Năm, ngày 12 tháng 8 năm 2021', a visit
 * 'hoãn lại' and 'lùi … sang quý I/2022', 'Ba ngày qua', 'Cuối tháng này' gifts at a border gate), the Thanh Hóa police
 * portal (gifts at the Nậm Xôi gate 'Hôm thứ Năm tuần trước' under 'Thứ 2, 27/09/2021 | 16:05', 'Ngay tại cửa khẩu',
 * 'Đầu tuần sau' online talks, a visit 'dự kiến vào tháng 10, tiếp tục được lùi lại' with no new date), the Điện Biên
 * Border Guard site with NO stamp (the year only in 'Hội đàm định kỳ năm 2021': 'Trong hai ngày 9 và 10 tháng 12', 'sáng
 * 9/12' at a clause's end, 'Ngay sau lễ đón', 'Tối cùng ngày' after a 'Năm 2021' paragraph) and the Bến Tre veterans'
 * association photo story ('08.04.2019', Chăm-pa-xắc and Át-tạ-pư a day each, 'Trong dịp này', 'Ngày thứ hai của chuyến
 * thăm (5/4)', 'Tối hôm trước', a plan dated only by an anniversary '(30/4/1975 - 30/4/2020)') — against gold written
 * before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen42';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-second set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Nguyễn Hữu Thắng', 'Đinh Công Tráng'],
	['Nguyen Huu Thang', 'Dinh Cong Trang'],
	['Thang and', 'Trang and'],
	['Xổm-xạ-nít Vông-xay', 'Phết-lăm Xay-xổm-bun'],
	['Somsanith Vongxay', 'Phetlam Saysombounh'],
	['Somsanith', 'Phetlam'],
	['Khăm-phon Phim-ma-xay', 'Thoong-văn Bun-nha-vông'],
	['Khamphone Phimmasay', 'Thongvanh Bounyavong'],
	['Trương Quang Định', 'Hà Minh Khuê'],
	['Bun-thoong Xay-nha-xỏn', 'Xỉ-xổm-bắt Phăn-thạ-vông'],
	['Lê Đình Khiêm', 'Tống Văn Lạc'],
	['Khăm-pheng Xỉ-xu-lạt', 'Vi-lạ-phon Kẹo-mạ-ni'],
	['Phạm Văn Nghiêm', 'Ngô Sĩ Toàn'],
	['Bun-mi Xỉ-phăn-đon', 'Khăm-xỉ Lo-văn-xay'],
	['Lường Văn Chiến', 'Cầm Văn Thiêm'],
	['Đoàn Văn Bé', 'Lâm Văn Chót'],
	['Khăm-mạn Phon-xẹ-na', 'Xổm-phon In-thạ-vông'],
	['Vông-xay Kẹo-phi-la', 'Bun-lắp Xỉ-xạ-ma-lay']
];
describeChanged('the forty-second unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Đinh Công Tráng', 'Phết-lăm Xay-xổm-bun', 'Hà Minh Khuê', 'Tống Văn Lạc', 'Khăm-xỉ Lo-văn-xay', 'Lâm Văn Chót'],
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: 'Năm 2019', 'Năm 2021',
// '7 tháng đầu năm 2021', '8 tháng đầu năm 2021' figures, 'Kế hoạch hợp tác năm 2020', 'giai đoạn 2021 - 2025', 'mốc 100',
// '1975', the June 2021 and October 2021 visits that were put off, and 'in 2019' nothing; captions, sidebars, tags,
// comments, scripts, meta and footers are furniture.
describe('the forty-second unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		tp: '01-tapchiqptd-hatinh-bolikhamxay-giaoban-2019.txt',
		vd: '02-vietnamdefence-en-hatinh-bolikhamxay-lastthursday.txt',
		qb: '03-conganquangbinh-khammouane-online-postponed.html',
		th: '04-conganthanhhoa-houaphanh-gifts-namxoi.txt',
		db: '05-bdbpdienbien-phongsaly-giaoban-nostamp.txt',
		cb: '06-hoiccbbentre-veterans-champasak-attapeu-photo.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quốc phòng toàn dân page lies within 11–13 December 2019 or is the December 2020 plan', () => {
		expect(outside(F.tp, '2019-12-11', '2019-12-13', ['2020-12-01', '2020-12-31'])).toEqual([]);
	});
	it('every main event from the Vietnam Defence page lies within 11–13 December 2019 or is the next week\'s search', () => {
		expect(outside(F.vd, '2019-12-11', '2019-12-13', ['2019-12-23', '2019-12-29'])).toEqual([]);
	});
	it('every main event from the Quảng Bình police page lies within 9–31 August 2021 or is the Q1 2022 visit', () => {
		expect(outside(F.qb, '2021-08-09', '2021-08-31', ['2022-01-01', '2022-03-31'])).toEqual([]);
	});
	it('every main event from the Thanh Hóa police page lies within 23–27 September 2021 or is the online talks of 4–5 October', () => {
		expect(outside(F.th, '2021-09-23', '2021-09-27', ['2021-10-04', '2021-10-05'])).toEqual([]);
	});
	it('every main event from the unstamped Điện Biên Border Guard page lies within 9–10 December 2021 or is the 2022 talks', () => {
		expect(outside(F.db, '2021-12-09', '2021-12-10', ['2022-01-01', '2022-12-31'])).toEqual([]);
	});
	it('every main event from the Bến Tre veterans page lies within 4–6 April 2019 or is the April 2020 plan', () => {
		expect(outside(F.cb, '2019-04-04', '2019-04-06', ['2020-04-01', '2020-04-30'])).toEqual([]);
	});
	it('the online talks and the online talks to come are no delegation\'s', () => {
		const ids = t.events.filter((e) => s.quotes(e, F.qb, 'theo hình thức trực tuyến') || s.quotes(e, F.th, 'hội đàm qua cầu truyền hình')).map((e) => e.id);
		expect(ids.length).toBeGreaterThan(0);
		expect(t.delegations.filter((d) => d.events.some((id) => ids.includes(id))).map((d) => d.label.en)).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.tp, 'hội đàm với Bộ CHQS tỉnh Bô-ly-khăm-xay năm 2018'],
			[F.tp, 'Tổng kết 5 năm thực hiện Nghị định 03'],
			[F.tp, 'Hoàn thành hồ sơ mốc giới'],
			[F.tp, 'diễn tập khu vực phòng thủ'],
			[F.tp, 'giao nhận quân năm 2020'],
			[F.tp, 'Tuần tra song phương trên biên giới Quảng Bình'],
			[F.tp, 'Chúc tình hữu nghị'],
			[F.tp, 'Vông-xay ký kết Kế hoạch'],
			[F.vd, 'border guards hold joint patrol'],
			[F.vd, 'concludes 2019 defence exercise'],
			[F.vd, 'military parade rehearsal'],
			[F.vd, 'hands over medical equipment to Lao army'],
			[F.vd, 'at the signing ceremony'],
			[F.qb, 'Trao trả 15 công dân Lào'],
			[F.qb, 'Sở An ninh tỉnh Khăm Muồn năm 2020'],
			[F.qb, 'thăm, làm việc tại tỉnh Khăm Muồn (tháng 10/2019)'],
			[F.qb, '2.000 liều vắc xin'],
			[F.qb, 'cao điểm tấn công trấn áp tội phạm'],
			[F.qb, 'phát biểu tại điểm cầu Quảng Bình sáng 10/8'],
			[F.qb, 'datePublished'],
			[F.qb, 'Thứ Năm hằng tuần'],
			[F.th, 'tiếp nhận 12 công dân Việt Nam'],
			[F.th, 'Sở An ninh tỉnh Xay-nhạ-bu-ly'],
			[F.th, 'dịp Tết Trung thu'],
			[F.th, 'Lập chốt kiểm soát'],
			[F.th, 'nới lỏng giãn cách'],
			[F.th, 'thứ 2 từ phải'],
			[F.th, 'Tình nghĩa Việt - Lào thật đáng quý'],
			[F.db, 'trao 200 suất quà cho học sinh nghèo'],
			[F.db, 'Đại đội bảo vệ biên giới 571'],
			[F.db, 'giao ban công tác đối ngoại biên phòng Quân khu 2'],
			[F.cb, 'tại sân bay quốc tế Pắc-xế tối 3/4'],
			[F.cb, 'trao quà lưu niệm cho ông'],
			[F.cb, 'tổng kết công tác năm 2018'],
			[F.cb, 'Bến Tre đón Đoàn đại biểu tỉnh Chăm-pa-xắc'],
			[F.cb, 'Lễ hội Dừa Bến Tre'],
			[F.cb, 'Xâm nhập mặn']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2022-12-31').map(show)).toEqual([]);
	});
});
