/**
 * A fifty-sixth set of pages (tests/fixtures/unseen56) from outlets not used before, on online talks and put-off trips
 * (2021) and the first in-person visits after the pandemic (2022), southern provinces with Champasak, Attapeu, Salavan and
 * Sekong — the Cần Thơ Party Committee portal (online talks 'kết nối từ điểm cầu Cần Thơ và điểm cầu Chăm-pa-xắc', a
 * visit 'dự kiến vào tháng 11/2021' moved 'sang quý I/2022' 'do tình hình dịch COVID-19', 'Cuối tháng 9 vừa qua',
 * 'Thành uỷ'/'Thành ủy', 'Cộng hoà'/'Cộng hòa', under 'Thứ sáu, 15/10/2021, 09:40 GMT+7'), An Giang TV as a saved HTML
 * page (a Hội Nông dân delegation to Át-tạ-pư 'Từ chiều 20/3 đến hết ngày 22/3' under '23/03/2022 - 09:12 (GMT+07:00)',
 * a 'Tin liên quan' block inside the body, border-gate gifts 'tháng 8/2021', 'Chiều cùng ngày' after that flashback,
 * 'tháng 6 tới'), Đồng Tháp TV (a programme in bullets '- Ngày 13/10: …', 'Chiều nay (14/10)', 'Sáng cùng ngày', 'Vào
 * ngày mai (15/10)' under 'Cập nhật 14-10-2022, 17:30'), the Đồng Tháp Party portal with NO stamp (the year only in 'Năm
 * Đoàn kết hữu nghị Việt Nam - Lào 2022', 'Trước đó, sáng cùng ngày', 'ngày thứ hai của chuyến thăm', 'Tối hôm trước',
 * 'đầu năm sau'), Vietnam Economic Times in English (medical aid handed over at a border gate 'on Thursday' under 'Oct 15,
 * 2021', 'the previous evening', 'Earlier in the day', a visit 'initially planned for this September' put off, online
 * talks 'in early November') and Công an Cần Thơ's photo story (captions carrying the facts, '16.03.2022', 'Hôm nay') —
 * against gold written before the pipeline saw the pages.
 */
import { describe, expect, it } from 'vitest';
import { build, byPage, describeAgainstGold, describeChanged, goldCorpus, scorer } from './gold-corpus';

const DIR = 'tests/fixtures/unseen56';
// Faults this set found that are not mended yet (see the report that brought the set in).
const KNOWN_GAPS: Record<string, string> = {
};
// Known-gap delegations the pipeline finds anyway (without their leader, split, or going elsewhere): counted among its
// delegations though not in the gold's.
const LEADERLESS_GAPS: string[] = [];

describeAgainstGold('unseen-style articles, fifty-sixth set, against their gold', DIR, KNOWN_GAPS, LEADERLESS_GAPS);

const RENAMES: [string, string][] = [
	['Trương Minh Hiển', 'Đoàn Văn Khiêm'],
	['Khăm-phun Xay-nha-xỏn', 'Thoong-băn Xi-vi-lay'],
	['Lê Hoàng Phúc', 'Châu Văn Lợi'],
	['Bun-thoong Xỉ-chăn-thạ-vông', 'Khăm-phết Lo-ma-ni'],
	['Lê Thành Công', 'Huỳnh Quốc Bảo'],
	['Xổm-phon Phim-ma-vông', 'Phon-thip Xay-nha-lăt'],
	['Vông-xay Kẹo-ma-ni', 'Xỉ-xổm-bun Thăm-ma-lăt'],
	['Nguyen Thanh Hai', 'Ta Quang Vinh'],
	['Hai and Phouvong', 'Vinh and Bounchanh'],
	['Phouvong Sysomphone', 'Bounchanh Keola']
];
describeChanged('the fifty-sixth unseen corpus, changed', DIR, {
	renames: RENAMES,
	leaders: ['Đoàn Văn Khiêm', 'Châu Văn Lợi', 'Khăm-phết Lo-ma-ni', 'Huỳnh Quốc Bảo', 'Phon-thip Xay-nha-lăt'],
	knownGaps: 0,
	alone: (f) => !f.optional && !KNOWN_GAPS[f.id]
});

// What a careful reader leaves off or keeps apart, decided from the text before the first run: the put-off visit's old
// 'tháng 11/2021' and 'initially planned for this September', 'lùi thời gian từ cuối năm 2021', agreements' terms
// ('2016 - 2020', '2021 - 2025', '2022 - 2025'), 'Năm 2020'/'Năm 2021' figures, 'since 2012' and the school's
// 'khởi công từ tháng 12/2019' (background at most) date nothing new; captions of page 01-03, sidebars, tags, comments,
// scripts and meta are furniture.
describe('the fifty-sixth unseen corpus, no event outside the trips it tells', () => {
	const { corpus } = goldCorpus(DIR);
	const t = build(corpus());
	const s = scorer(t, { cities: {}, people: {}, articles: {}, events: [], delegations: [] });
	const F = {
		ct: '01-thanhuycantho-hoidamtructuyen-champasak-hoan.txt',
		ag: '02-atv-hoinongdan-angiang-attapeu-trongbai.html',
		dt: '03-thdt-dongthap-salavan-chuongtrinh-ngaymai.txt',
		tu: '04-tinhuydongthap-khanhthanh-truong-salavan-nostamp.txt',
		la: '05-vneconomictimes-en-longan-sekong-medicalaid-deferred.txt',
		cp: '06-congancantho-phongsu-anh-champasak.txt'
	};
	const { show, outside } = byPage(t, s.fileOf);

	it('every main event from the Thành ủy Cần Thơ page lies within 20 September – 15 October 2021 or is the Q1 2022 plan', () => {
		expect(outside(F.ct, '2021-09-20', '2021-10-15', ['2022-01-01', '2022-03-31'])).toEqual([]);
	});
	it('every main event from the An Giang TV page lies within 20–22 March 2022 or is the June plan', () => {
		expect(outside(F.ag, '2022-03-20', '2022-03-22', ['2022-06-01', '2022-06-30'])).toEqual([]);
	});
	it('every main event from the Đồng Tháp TV page lies within 13–16 October 2022', () => {
		expect(outside(F.dt, '2022-10-13', '2022-10-16')).toEqual([]);
	});
	it('every main event from the unstamped Đồng Tháp Party page lies within 13–16 October 2022 or is the early-2023 plan', () => {
		expect(outside(F.tu, '2022-10-13', '2022-10-16', ['2023-01-01', '2023-04-30'])).toEqual([]);
	});
	it('every main event from the Vietnam Economic Times page lies within 13–14 October 2021 or is the November plan', () => {
		expect(outside(F.la, '2021-10-13', '2021-10-14', ['2021-11-01', '2021-11-10'])).toEqual([]);
	});
	it('every main event from the Công an Cần Thơ photo story lies within 14–16 March 2022', () => {
		expect(outside(F.cp, '2022-03-14', '2022-03-16')).toEqual([]);
	});
	it('no event quotes the sidebars, the tags, the scripts, the stamps or the comments', () => {
		const qs: [string, string][] = [
			[F.ct, 'Tổng Lãnh sự Lào tại TP Hồ Chí Minh'],
			[F.ct, 'lần thứ 5, khóa XV'],
			[F.ct, 'hỗ trợ tỉnh Chăm-pa-xắc 10 tấn gạo'],
			[F.ct, 'Nghị quyết Trung ương 4'],
			[F.ct, 'phát biểu tại điểm cầu Cần Thơ'],
			[F.ag, 'ký kết hợp tác với tỉnh Át-tạ-pư giai đoạn 2019'],
			[F.ag, 'xuống giống vụ Đông Xuân'],
			[F.ag, 'Giá lúa tăng nhẹ sau Tết'],
			[F.ag, 'Vía Bà Chúa Xứ'],
			[F.ag, 'Tỉnh đoàn An Giang tiếp Đoàn Thanh niên'],
			[F.ag, 'thứ 2 từ phải'],
			[F.ag, 'datePublished'],
			[F.dt, 'trao tặng 10 tấn gạo cho tỉnh Sa-la-văn'],
			[F.dt, 'Hội đàm trực tuyến giữa UBND tỉnh Đồng Tháp'],
			[F.dt, 'Lễ hội Sen Đồng Tháp'],
			[F.dt, 'Hội chợ Xoài'],
			[F.dt, 'tặng quà lưu niệm đồng chí'],
			[F.tu, 'tổng kết 10 năm thực hiện Nghị quyết 25'],
			[F.tu, 'Đoàn đại biểu tỉnh Sa-la-văn thăm Đồng Tháp'],
			[F.tu, 'Học tập chuyên đề năm 2022'],
			[F.la, 'Ca Mau, Sekong step up trade links'],
			[F.la, 'Rice exports hit 5 million tonnes'],
			[F.la, 'reopens restaurants'],
			[F.la, 'Good neighbours help each other'],
			[F.cp, 'trấn áp tội phạm dịp Tết'],
			[F.cp, 'Công an Cần Thơ tiếp Đoàn Công an'],
			[F.cp, 'Tai nạn giao thông giảm mạnh']
		];
		expect(t.events.filter((e) => qs.some(([f, q]) => s.quotes(e, f, q))).map(show)).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2019-01-01' || e.start! > '2026-12-31').map(show)).toEqual([]);
	});
});
