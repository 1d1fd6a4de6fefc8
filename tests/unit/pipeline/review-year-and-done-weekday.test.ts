/**
 * Ways a yearless or weekday-only day is told as past:
 *  - told as done ("đã", "vừa", "Hồi tháng 3, …"), a yearless day is not months ahead of the page's stamp (a few days, a page
 *    stamped before its last day is told, it may be);
 *  - a year-end review ("Nhìn lại năm 2021: …" stamped 27/12/2021, or early in 2022) recalls the days of the year it reviews:
 *    its "Hồi tháng 3, … từ ngày 14 đến 16/3" is March 2021, not the March ahead (the plan it announces is still ahead);
 *  - an arrival told by a vague part of the week ("Đoàn đến Pắc-xế đầu tuần này, …") after a day of the stay already told came
 *    by that day, not after it;
 *  - a bare weekday told as done ("chiều thứ Ba, Đoàn đã hội đàm …") on a page stamped that weekday's morning is not that
 *    afternoon, still to come: it is the trip's Tuesday just told, or the Tuesday before.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const review = (title: string, stamp: string) => [
	'SỞ NGOẠI VỤ TỈNH NGHỆ AN',
	'',
	title,
	'',
	`Thứ Hai, ${stamp} - 10:00`,
	'',
	'Năm 2021, công tác đối ngoại của tỉnh có nhiều dấu ấn, Sở Ngoại vụ điểm lại các sự kiện đáng chú ý trong năm.',
	'',
	'1. Hồi tháng 3, Đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Bun-khăm Xi-xổm-phon, Tỉnh trưởng tỉnh Xiêng Khoảng dẫn đầu thăm và làm việc tại Nghệ An từ ngày 14 đến 16/3.',
	'',
	'Ngày 15/3, đồng chí Hoàng Minh Đức, Chủ tịch UBND tỉnh Nghệ An hội đàm với Đoàn.',
	'',
	'2. Tháng 3 tới, Đoàn đại biểu tỉnh Nghệ An do đồng chí Hoàng Minh Đức, Chủ tịch UBND tỉnh dẫn đầu sẽ sang thăm tỉnh Xiêng Khoảng.'
].join('\n');
const on = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe("a year-end review's yearless days", () => {
	it('are of the year the review names in its title, at that year\'s end', () => {
		const t = buildTimeline([{ file: 'a.txt', text: review('Nhìn lại năm 2021: những sự kiện đối ngoại nổi bật của tỉnh', '27/12/2021') }]);
		expect(on(t, 'từ ngày 14 đến 16/3')).toMatchObject({ start: '2021-03-14', end: '2021-03-16', status: 'occurred' });
		expect(on(t, 'Ngày 15/3')).toMatchObject({ start: '2021-03-15', status: 'occurred' });
		expect(on(t, 'Tháng 3 tới')).toMatchObject({ start: '2022-03-01', status: 'planned' });
	});
	it('and early in the next year, the year named by the lead when the title names none', () => {
		const t = buildTimeline([{ file: 'a.txt', text: review('Dấu ấn đối ngoại của tỉnh Nghệ An', '10/01/2022') }]);
		expect(on(t, 'Ngày 15/3')).toMatchObject({ start: '2021-03-15', status: 'occurred' });
	});
	it('not so on a page that reviews nothing: the nearest March, ahead of the stamp', () => {
		const t = buildTimeline([{ file: 'a.txt', text: review('Nghệ An đón Đoàn đại biểu tỉnh Xiêng Khoảng', '27/12/2021').replace('Năm 2021, ', 'Thời gian tới, ') }]);
		expect(on(t, 'Ngày 15/3')).toMatchObject({ start: '2022-03-15' });
	});
});

const trip = (first: string, stamp: string) => [
	'BÁO KINH TẾ MIỀN TRUNG',
	'',
	'Doanh nghiệp Quảng Trị tìm cơ hội tại Xa-va-na-khệt',
	'',
	`${stamp} (GMT+7)`,
	'',
	first,
	'',
	'Ngay trong chiều thứ Ba, Đoàn đã hội đàm với lãnh đạo tỉnh Xa-va-na-khệt do đồng chí Xổm-xạ-nít Vông-xay, Tỉnh trưởng dẫn đầu.'
].join('\n');
const talks = (t: ReturnType<typeof buildTimeline>) => on(t, 'Ngay trong chiều thứ Ba');

describe('a bare weekday told as done', () => {
	it("right after the trip's days told, is that weekday of the trip", () => {
		const t = buildTimeline([{ file: 'a.txt', text: trip('Tuần qua, từ ngày 2 đến 4/9, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Lê Hữu Phúc, Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Xa-va-na-khệt.', 'Thứ Tư, 11/09/2024 08:00') }]);
		expect(talks(t)).toMatchObject({ start: '2024-09-03', end: '2024-09-03', partOfDay: 'afternoon', status: 'occurred' });
	});
	it("with no trip told, is not the afternoon of a page stamped that morning, but the week before's", () => {
		const t = buildTimeline([{ file: 'a.txt', text: trip('Đoàn đại biểu tỉnh Quảng Trị do đồng chí Lê Hữu Phúc, Phó Chủ tịch UBND tỉnh dẫn đầu vừa thăm và làm việc tại tỉnh Xa-va-na-khệt.', 'Thứ Ba, 10/09/2024 08:00') }]);
		expect(talks(t)).toMatchObject({ start: '2024-09-03', partOfDay: 'afternoon', status: 'occurred' });
	});
	it('on a page stamped that evening, is that afternoon', () => {
		const t = buildTimeline([{ file: 'a.txt', text: trip('Đoàn đại biểu tỉnh Quảng Trị do đồng chí Lê Hữu Phúc, Phó Chủ tịch UBND tỉnh dẫn đầu vừa thăm và làm việc tại tỉnh Xa-va-na-khệt.', 'Thứ Ba, 10/09/2024 20:00') }]);
		expect(talks(t)).toMatchObject({ start: '2024-09-10', partOfDay: 'afternoon' });
	});
});

const done = (lines: string[], stamp: string) => ['BÁO BIÊN PHÒNG', '', 'Hợp tác giữa Hà Tĩnh và Bô-ly-khăm-xay', '', `${stamp} 15:00`, '', ...lines].join('\n\n');

describe('a yearless day told as done', () => {
	it("is not months ahead of the stamp: 'Hồi tháng 3' and 'đã' told in December are this year's March", () => {
		const t = buildTimeline([{ file: 'a.txt', text: done(['Hồi tháng 3, Đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Khăm-phăn Phôm-ma-thắt, Tỉnh trưởng dẫn đầu thăm và làm việc tại Hà Tĩnh từ ngày 5 đến 7/3.', 'Đến ngày 12/3, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh dẫn đầu đã sang thăm tỉnh Bô-ly-khăm-xay.'], '20/12/2023') }]);
		expect(on(t, 'từ ngày 5 đến 7/3')).toMatchObject({ start: '2023-03-05', end: '2023-03-07', status: 'occurred' });
		expect(on(t, 'Đến ngày 12/3')).toMatchObject({ start: '2023-03-12', status: 'occurred' });
	});
	it('may be a few days past the stamp, and a plan still looks ahead', () => {
		const t = buildTimeline([{ file: 'a.txt', text: done(['Ngày 22/12, Đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Khăm-phăn Phôm-ma-thắt, Tỉnh trưởng dẫn đầu đã đến thăm tỉnh Hà Tĩnh.', 'Tháng 3 tới, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh dẫn đầu sẽ sang thăm tỉnh Bô-ly-khăm-xay.'], '20/12/2023') }]);
		expect(on(t, 'Ngày 22/12')).toMatchObject({ start: '2023-12-22' });
		expect(on(t, 'Tháng 3 tới')).toMatchObject({ start: '2024-03-01', status: 'planned' });
	});
});

const arrival = (lines: string[]) => ['BÁO QUẢNG NAM', '', 'Quảng Nam và Chăm-pa-sắc hợp tác phát triển du lịch', '', 'Thứ Năm, 10/10/2024 07:30', '', ...lines].join('\n\n');
const ARRIVAL = 'Đoàn đến Pắc-xế đầu tuần này, bắt đầu chuyến thăm và làm việc tại tỉnh Chăm-pa-sắc theo lời mời của lãnh đạo tỉnh bạn.';

describe("an arrival told by 'đầu tuần này'", () => {
	it("came by the stay's day already told", () => {
		const t = buildTimeline([{ file: 'a.txt', text: arrival(['Chiều 7/10, tại Pắc-xế, Đoàn đại biểu tỉnh Quảng Nam do đồng chí Lê Văn Dũng, Phó Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo tỉnh Chăm-pa-sắc.', ARRIVAL]) }]);
		expect(on(t, 'Đoàn đến Pắc-xế đầu tuần này')).toMatchObject({ start: '2024-10-07', end: '2024-10-07' });
	});
	it('is the early week when nothing of the stay is told before it', () => {
		const t = buildTimeline([{ file: 'a.txt', text: arrival([ARRIVAL.replace('Đoàn đến', 'Đoàn đại biểu tỉnh Quảng Nam do đồng chí Lê Văn Dũng, Phó Bí thư Tỉnh ủy dẫn đầu đã đến')]) }]);
		expect(on(t, 'đầu tuần này')).toMatchObject({ start: '2024-10-07', end: '2024-10-08' });
	});
});
