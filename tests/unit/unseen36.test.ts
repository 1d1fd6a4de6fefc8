/**
 * A thirty-sixth set of pages (tests/fixtures/unseen36) from outlets not used before, pages with more than one story —
 * the Foreign Ministry portal's weekly round-up 'Tin đối ngoại trong tuần' (Quảng Bình in Khăm Muồn 'Trong hai ngày 14 và
 * 15 tháng 10', 'Ngày thứ hai của chuyến thăm'; a Korean delegation in Thái Bình, which as unseen4's 'Bắc Ninh - Hàn
 * Quốc' item makes no event; Phông-sa-lỳ in Điện Biên 'Từ chiều 17/10 đến hết ngày 19/10', 'Sau hội đàm' under
 * '20/10/2024 - 09:12 (GMT+07:00)'), Gia Lai TV as a saved HTML video page (the text under 'Video:' with 'Trong hai ngày
 * qua', a transcript 'Lời bình:' with 'Tối hôm trước', 'Ngày mai (23/11)', dated comments), a Gia Lai foreign-affairs
 * bulletin saved as plain text from a PDF with NO stamp about the same trip (hard line breaks, page numbers and a header
 * repeated mid-sentence, a dated history list 'Năm 2005, …; năm 2011, …', a programme '- Ngày 19/11: …', a Cambodian
 * consul's call, 'quý II năm 2019'), Báo Quân khu 2 on a trip 'tạm hoãn' and 'hoãn lại … sang đầu tháng 5/2022' (stamp
 * '21.03.2022', online talks, the old '23 đến 25/3' and 'tháng 12/2021'), the Vietnam National Authority of Tourism in
 * English (a photo story: captions 'on the morning of Nov. 21', 'the 21st', 'on Nov. 22'; 'the previous evening', 'On
 * arrival', 'Earlier in the day', 'late on Thursday', 'next March' under 'Sunday, November 27, 2022 9:12 AM') and the
 * trade-union portal (a Lao host's quote as lead, 'từ chiều 20/11 đến hết ngày 22/11', a history list, an in-body 'TIN
 * LIÊN QUAN' block before 'Trong dịp này', 'Tối hôm trước', '1/5 năm sau', comments under 'Thứ bảy, 23.11.2024 | 09:12')
 * — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen36';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, thirty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trần Phong Điền', 'Đoàn Minh Khôi'],
	['Khăm-pheng Xỉ-bun-hương', 'Vi-xay Phăn-tha-vông'],
	['Bun-thoong Mạ-ni-vông', 'Xỉ-phon In-thạ-vông'],
	['Lò Văn Thiện', 'Quàng Văn Lả'],
	['Vũ Hữu Thuận', 'Mạc Văn Toàn'],
	['Park Jin-woo', 'Choi Min-seok'],
	['Xổm-phết Kẹo-phi-la-vông', 'Khăm-mản Xay-nha-lạt'],
	['Đinh Văn Thạch', 'Hà Quang Trung'],
	['Lường Văn Thoan', 'Cầm Văn Đoàn'],
	['Xổm-xạ-vẳn Phôm-ma-hạ-xay', 'Thoong-lịch Xay-nha-xỏn'],
	['Khăm-xinh Vông-phô-xay', 'Bun-nhăng Xi-tha-vông'],
	['Pham Thi Thu Hien', 'Dinh Thi Ngoc Lan'],
	['Khamphou Sisouvanh', 'Vongdeuane Phimmasone'],
	['Thongsavanh Keophilavong', 'Bounmy Chanthavong'],
	['Xỉ-xạ-vạt Vông-khăm-phăn', 'Mết-ta-na Phôm-vi-xay'],
	['Nguyễn Hữu Tường', 'Lê Bá Thịnh'],
	['Bua-khăm Thíp-pha-vông', 'Xổm-sỉ Ma-ni-văn']
];
describeChanged('the thirty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Lê Bá Thịnh', 'Đoàn Minh Khôi', 'Xỉ-phon In-thạ-vông', 'Khăm-mản Xay-nha-lạt', 'Hà Quang Trung', 'Cầm Văn Đoàn', 'Dinh Thi Ngoc Lan', 'Vongdeuane Phimmasone', 'Mết-ta-na Phôm-vi-xay'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the Korean item of the
// round-up and the Cambodian consul's call in the bulletin (not Vietnam–Laos), the history lists (optional context in
// their years), 'Biên bản thỏa thuận hợp tác năm 2025/2019', '10 tháng năm 2018', 'Từ năm 2012 đến nay', the postponed
// trip's old '23 đến 25/3' and 'tháng 12/2021', 'every year', '2023-2025'; captions of a photo story are body, the
// sidebars, tags, comments, page numbers and repeated bulletin headers, scripts and meta are furniture.
describe('the thirty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		mf: '01-mofa-roundup-quangbinh-khammouane-phongsaly-dienbien-korea.txt',
		gl: '02-gialaitv-attapeu-gialai-video.html',
		bt: '03-songoaivugialai-bulletin-pdf-attapeu-history-nostamp.txt',
		qk: '04-baoquankhu2-sonla-huaphan-military-tamhoan.txt',
		vt: '05-vietnamtourism-en-ninhbinh-luangprabang-xiengkhouang-photostory.txt',
		cd: '06-congdoan-hatinh-union-bolikhamxay-khammouane-quotelead-history-comments.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Foreign Ministry round-up lies within 14–19 October 2024', () => {
		expect(outside(F.mf, '2024-10-14', '2024-10-19')).toEqual([]);
	});
	it('every main event from the Gia Lai TV video page lies within 19–23 November 2018', () => {
		expect(outside(F.gl, '2018-11-19', '2018-11-23')).toEqual([]);
	});
	it('every main event from the Gia Lai bulletin lies within 19–23 November 2018 or is the Q2 2019 plan', () => {
		expect(outside(F.bt, '2018-11-19', '2018-11-23', ['2019-04-01', '2019-06-30'])).toEqual([]);
	});
	it('every main event from the Báo Quân khu 2 page lies within 17–21 March 2022 or is the early-May plan', () => {
		expect(outside(F.qk, '2022-03-17', '2022-03-21', ['2022-05-01', '2022-05-10'])).toEqual([]);
	});
	it('every main event from the Vietnam tourism page lies within 20–24 November 2022 or is the March 2023 plan', () => {
		expect(outside(F.vt, '2022-11-20', '2022-11-24', ['2023-03-01', '2023-03-31'])).toEqual([]);
	});
	it('every main event from the trade-union page lies within 20–22 November 2024 or is the May Day 2025 plan', () => {
		expect(outside(F.cd, '2024-11-20', '2024-11-22', ['2025-04-20', '2025-05-10'])).toEqual([]);
	});
	it('the round-up gives each item its own delegation', () => {
		const of = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && s.quotes(e, F.mf, q))));
		const qb = of('Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam ở huyện Bua-la-pha');
		const ps = of('Khu di tích Đồi A1');
		expect(qb).toHaveLength(1);
		expect(ps).toHaveLength(1);
		expect(qb[0].id).not.toBe(ps[0].id);
	});
	it('no event quotes the non-Lao items, the sidebars, the tags, the scripts, the page furniture or the comments', () => {
		const qs: [string, string][] = [
			[F.mf, 'Chungcheong Nam'],
			[F.mf, 'Park Jin-woo'],
			[F.mf, 'Hà Tĩnh tiếp Đoàn đại biểu tỉnh Bô-li-khăm-xay'],
			[F.mf, 'Hội nghị Ngoại vụ địa phương lần thứ 21'],
			[F.mf, 'tập huấn công tác đối ngoại'],
			[F.mf, 'Thủ tục cấp hộ chiếu'],
			[F.gl, 'Năm 2016 tôi được theo đoàn'],
			[F.gl, 'Tháng 3 vừa rồi Đoàn doanh nghiệp'],
			[F.gl, 'Hôm qua tôi gặp các em'],
			[F.gl, 'Tổng Lãnh sự quán Campuchia'],
			[F.gl, 'Lễ hội Cà phê Pleiku'],
			[F.gl, 'thăm tỉnh Xê Kông'],
			[F.gl, 'Giá cà phê hôm nay'],
			[F.gl, 'pubDate'],
			[F.gl, 'Giấy phép số 126'],
			[F.bt, 'tiếp xã giao ông Sok Vannara'],
			[F.bt, 'Tổng Lãnh sự Vương quốc'],
			[F.bt, 'Từ năm 2012 đến'],
			[F.bt, 'Số 11 - Chuyên đề'],
			[F.qk, 'Bộ CHQS tỉnh Điện Biên hội đàm'],
			[F.qk, 'Lễ truy điệu, an táng'],
			[F.qk, 'Tuần tra song phương'],
			[F.qk, 'tổng kết công tác tuyển quân'],
			[F.qk, 'Hội thao quốc phòng'],
			[F.vt, 'sign tourism cooperation plan'],
			[F.vt, 'first international visitors'],
			[F.vt, 'Visit Laos-Vietnam Year 2023'],
			[F.vt, 'Ha Long Bay named'],
			[F.vt, 'Phu Quoc welcomes'],
			[F.cd, 'Mái ấm Công đoàn'],
			[F.cd, 'hưởng ứng Tháng Công nhân năm 2024'],
			[F.cd, 'Diễn đàn Công nhân với lãnh đạo tỉnh'],
			[F.cd, 'Năm 2019 tôi được theo đoàn'],
			[F.cd, 'Mong tháng 12 này'],
			[F.cd, 'chồng tôi đang làm'],
			[F.cd, 'tăng lương tối thiểu'],
			[F.cd, 'Tết Sum vầy']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.role !== 'context' && (e.start! < '2018-01-01' || e.end! > '2025-12-31')).map(show)).toEqual([]);
	});
});
