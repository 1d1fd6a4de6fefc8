/**
 * A forty-ninth set of pages (tests/fixtures/unseen49) from outlets not used before, on overviews and live formats — the
 * Quảng Bình provincial portal as a saved HTML page (the 'Hội nghị thường niên lần thứ 5' with Khăm Muồn, both leaders
 * 'đồng chủ trì', 'Chiều 4/10' under 'Thứ Ba, 04/10/2022 | 17:45', 'Sáng cùng ngày', 'Tối hôm trước', 'từ ngày 3 đến hết
 * ngày 6/10', a top bar dated the day after), Vietnam Weekly in English on the same trip ('on Tuesday (Oct. 4)', 'Tuesday
 * morning', 'on Monday (Oct. 3)', 'on arrival', 'the following day', 'on Sept. 26' then 'Two days later', 'next year'
 * under 'Tue, Oct 4, 2022, 5:45 pm'), Quảng Trị TV's live text of a Savannakhet Tết visit in 2020 ('09h30:', '10h15 –',
 * '14:00', '19h30 (dự kiến):' under '15/01/2020 17:45 GMT+7', 'Chiều qua', 'Sáng mai (16/1)', 'tháng 4 tới'), the Hà Tĩnh
 * youth union's page whose lead has no date ('từ chiều 20/8 đến hết ngày 22/8' in the second paragraph, '- Ngày 20/8: …'
 * bullets, two Lao provinces a day each, 'Ngày thứ hai của chuyến thăm' after an in-body 'Tin liên quan', 'tháng 11
 * tới'), Bình Định TV's photo story with a quote lead by the Lao leader ('11.01.2020', 'Trong hai ngày qua', captions,
 * 'tháng 2 tới', 'Lễ hội Vắt Phu Chăm-pa-xắc năm 2020') and the Quảng Bình foreign affairs department's year-end review
 * with NO stamp ('Nhìn lại năm 2022': 'Tháng 3', 'Trong 6 tháng đầu năm', 'Hồi tháng 8 vừa qua', 'Trong quý III',
 * 'Tháng 10' = the trip of the first two pages, 'Năm 2023') — against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen49';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, forty-ninth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Lưu Quang Triệu', 'Tôn Thất Bảo'],
	['Luu Quang Trieu', 'Ton That Bao'],
	['Trieu paid', 'Bao paid'],
	["Trieu's invitation", "Bao's invitation"],
	['Vông-xay Pha-lăm-vông', 'Sỉ-thon Kẹo-ma-ly'],
	['Vongxay Phalamvong', 'Sithon Keomaly'],
	['on Vongxay', 'on Sithon'],
	['Vongxay said', 'Sithon said'],
	['Vongxay accepted', 'Sithon accepted'],
	['Bounthong Sysavath', 'Phetsamone Inthavong'],
	['Ma-ni-vông Xỉ-phăn-đon', 'Thoong-đăm Lạ-sa-vông'],
	['Trần Đình Khải', 'Nghiêm Xuân Bách'],
	['Lê Chiêm Thái', 'Kha Văn Lượng'],
	['Phan Thị Thùy Dung', 'Lò Thị Hương Giang'],
	['Phon-xay Vi-la-vông', 'Bun-nhương Xổm-vi-chít'],
	['Xu-li-văn Phôm-ma-chắc', 'Kẹo-ka-nha Xay-nha-sỏn'],
	['Viêng-thong Xổm-xạ-nít', 'Thạ-vi-xắc Sẻng-a-lun'],
	['Đinh Xuân Hoạch', 'Âu Dương Tấn']
];
describeChanged('the forty-ninth unseen corpus, changed', DIR, {
	renames: RENAMES,
	// The delegations found: the gold's eight.
	leaders: ['Tôn Thất Bảo', 'Phetsamone Inthavong', 'Sỉ-thon Kẹo-ma-ly', 'Thoong-đăm Lạ-sa-vông', 'Kha Văn Lượng', 'Lò Thị Hương Giang', 'Bun-nhương Xổm-vi-chít', 'Thạ-vi-xắc Sẻng-a-lun'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the plan's year ('Kế
// hoạch hợp tác năm 2023'), a programme's term ('giai đoạn 2022 - 2025', '2022 - 2026'), the anniversaries ('5/9/1962 -
// 5/9/2022', '18/7/1977 - 18/7/2022'), 'between 1945 and 1975', 'năm 2019' and 'trong năm 2021' figures, the named years
// ('Năm Đoàn kết hữu nghị Việt Nam - Lào 2022', 'Tết Canh Tý 2020', 'Lễ hội Vắt Phu Chăm-pa-xắc năm 2020') date nothing;
// the HTML page's top bar, meta, JSON-LD, gtag and scripts, the captions of pages that are not photo stories, sidebars,
// tags, the in-body 'Tin liên quan' and comments are furniture.
describe('the forty-ninth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		qb: '01-quangbinhgov-khammouane-hoinghithuongnien-dongchutri.html',
		vw: '02-vietnamweekly-en-quangbinh-khammouane-session-tuesday.txt',
		qt: '03-quangtritv-livetext-savannakhet-chuctet-2020.txt',
		ht: '04-tinhdoanhatinh-youth-bolikhamxay-khammouane-bullets-leadnodate.txt',
		bd: '05-binhdinhtv-photostory-champasak-chuctet-quotelead-2020.txt',
		sn: '06-songoaivuquangbinh-nhinlai-2022-laos-nostamp.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Quảng Bình portal page lies within 3–6 October 2022', () => {
		expect(outside(F.qb, '2022-10-03', '2022-10-06')).toEqual([]);
	});
	it('every main event from the Vietnam Weekly page lies within 26 September – 6 October 2022 or is the 2023 plan', () => {
		expect(outside(F.vw, '2022-09-26', '2022-10-06', ['2023-01-01', '2023-12-31'])).toEqual([]);
	});
	it('every main event from the Quảng Trị TV live page lies within 14–16 January 2020 or is the April plan', () => {
		expect(outside(F.qt, '2020-01-14', '2020-01-16', ['2020-04-01', '2020-04-30'])).toEqual([]);
	});
	it('every main event from the Hà Tĩnh youth union page lies within 20–22 August 2022 or is the November plan', () => {
		expect(outside(F.ht, '2022-08-20', '2022-08-22', ['2022-11-01', '2022-11-30'])).toEqual([]);
	});
	it('every main event from the Bình Định TV photo story lies within 9–11 January 2020 or is the February plan', () => {
		expect(outside(F.bd, '2020-01-09', '2020-01-11', ['2020-02-01', '2020-02-29'])).toEqual([]);
	});
	it('every main event from the unstamped year-end review lies within 2022 or is the 2023 plan', () => {
		expect(outside(F.sn, '2022-01-01', '2022-12-31', ['2023-01-01', '2023-12-31'])).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.qb, 'Quảng Bình tiếp Đoàn đại biểu tỉnh Sa-van-na-khẹt'],
			[F.qb, 'Khăm Muồn cử đoàn sang chuẩn bị'],
			[F.qb, 'tổ chức theo hình thức trực tuyến'],
			[F.qb, '3,5 triệu lượt khách'],
			[F.qb, 'Khai mạc Hội chợ Thương mại Quảng Bình'],
			[F.qb, 'Lịch công tác của Thường trực'],
			[F.qb, 'Lãnh đạo hai tỉnh ký Biên bản'],
			[F.qb, 'datePublished'],
			[F.qb, 'page_date'],
			[F.qb, 'Thứ Tư, 05/10/2022'],
			[F.vw, 'tourism promotion office in Vientiane'],
			[F.vw, 'Lao Bao - Densavanh cross-border'],
			[F.vw, 'reopens to tourists after two years'],
			[F.vw, 'Dong Hoi airport to get new terminal'],
			[F.vw, 'record visitors in summer 2022'],
			[F.vw, 'My grandfather served in Khammouane'],
			[F.vw, 'Photo courtesy of'],
			[F.qt, 'Chợ hoa Xuân Canh Tý'],
			[F.qt, 'Trao 500 suất quà Tết'],
			[F.qt, 'Đoàn đại biểu tỉnh Sa-la-văn chúc Tết'],
			[F.qt, 'xuất nhập khẩu tăng mạnh dịp cận Tết'],
			[F.qt, 'Lịch phát sóng'],
			[F.qt, 'tặng hoa chúc mừng đồng chí'],
			[F.ht, 'Chiến dịch Thanh niên tình nguyện hè 2022'],
			[F.ht, 'Đoàn Thanh niên tỉnh Xiêng Khoảng'],
			[F.ht, 'Giao lưu thanh niên biên giới'],
			[F.ht, 'Chúc đoàn công tác thành công'],
			[F.ht, 'Tuổi trẻ Hà Tĩnh luôn đi đầu'],
			[F.ht, 'Giọt hồng xứ Nghệ'],
			[F.ht, 'Olympic tiếng Anh'],
			[F.bd, 'Quy Nhơn rực rỡ đường hoa'],
			[F.bd, 'Lễ ra quân huấn luyện'],
			[F.bd, 'Hội thi nấu bánh chưng'],
			[F.bd, 'Tổng kết công tác Đảng năm 2019'],
			[F.bd, 'Giá hồ tiêu'],
			[F.sn, 'Tổng kết công tác ngoại vụ năm 2021'],
			[F.sn, 'trao tặng 30 suất học bổng'],
			[F.sn, 'Hội nghị thường niên lần thứ 4'],
			[F.sn, 'Lượt truy cập']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2020-01-01' || e.start! > '2023-12-31').map(show)).toEqual([]);
	});
});
