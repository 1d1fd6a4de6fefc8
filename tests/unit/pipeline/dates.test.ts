import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention, collectYearEvidence, decideYear, type ResolveContext, type Resolved } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';

const one = (s: string, lang: 'vi' | 'en' = 'vi') => {
	const ms = findTimeMentions(s, lang);
	expect(ms, `mentions in "${s}"`).toHaveLength(1);
	return ms[0];
};
const stamp = (day: string): ResolveContext => ({ now: { date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null });
const anchorAt = (day: string, partial: Partial<Resolved> = {}): Resolved => ({ start: day, end: day, granularity: 'day', partOfDay: null, dating: 'publication', confidence: 0.9, note: { vi: '', en: '' }, ...partial });
const resolve = (s: string, ctx: ResolveContext, lang: 'vi' | 'en' = 'vi') => resolveMention(one(s, lang), ctx);

describe('English figures', () => {
	it('reads a span in figures day first, as the press there writes it (chrono read 5 to 7 June as 6 May to 6 July)', () => {
		expect(one('The festival takes place on 05/06 - 07/06/2024 in Vientiane.', 'en')).toMatchObject({ shape: 'span', day: 5, month: 6, year: 2024, endDay: 7, endMonth: 6, endYear: 2024 });
		expect(one('The delegation stays in Laos from 05/06/2024 to 07/06/2024.', 'en')).toMatchObject({ shape: 'span', day: 5, month: 6, endDay: 7, endMonth: 6, endYear: 2024 });
		expect(one('The delegation visited Luang Prabang on 5-7/6/2024.', 'en')).toMatchObject({ shape: 'span', day: 5, month: 6, endDay: 7, endMonth: 6, endYear: 2024 });
		expect(one('The delegation is in Vientiane from 20/11 until 22/11.', 'en')).toMatchObject({ shape: 'span', day: 20, month: 11, year: undefined, endDay: 22, endMonth: 11 });
	});
	it('a figure span across the new year starts in the year before; one only month first can read is read so', () => {
		expect(one('The exhibition runs from 30/12 - 02/01/2025.', 'en')).toMatchObject({ shape: 'span', day: 30, month: 12, year: 2024, endDay: 2, endMonth: 1, endYear: 2025 });
		expect(one('The visit runs from 11/20 to 11/22/2025.', 'en')).toMatchObject({ shape: 'span', day: 20, month: 11, endDay: 22, endMonth: 11, endYear: 2025 });
	});
	it('a time, a year range or a document number is no figure span', () => {
		expect(findTimeMentions('The meeting ran 10:30 - 12:00 in the hall.', 'en').filter((m) => m.shape === 'span')).toEqual([]);
		expect(findTimeMentions('The plan for 2022-2025 and Resolution 36-NQ/TW were discussed.', 'en').filter((m) => m.shape === 'span' && m.day)).toEqual([]);
		expect(findTimeMentions('They met from 12/6 - 10/6.', 'en').filter((m) => m.shape === 'span')).toEqual([]);
	});
	it('the Lao and Vietnamese English press writes figures day first', () => {
		expect(one('The delegation arrived in Vientiane on 05/06/2024 for a three-day visit.', 'en')).toMatchObject({ shape: 'day', day: 5, month: 6, year: 2024 });
		expect(one('The delegation arrived in Vientiane on 25/06/2024.', 'en')).toMatchObject({ shape: 'day', day: 25, month: 6, year: 2024 });
		expect(one('The two sides signed the agreement on June 6, 2024.', 'en')).toMatchObject({ shape: 'day', day: 6, month: 6, year: 2024 });
	});
});

describe('finding Vietnamese dates', () => {
	it.each([
		['Chiều 11/3, tại Hà Nội, hai bên hội đàm.', { day: 11, month: 3, partOfDay: 'afternoon' }],
		['Trong khuôn khổ chuyến thăm, chiều ngày 11/3, Ủy viên Bộ Chính trị', { day: 11, month: 3, partOfDay: 'afternoon' }],
		['sáng 26/5, tại Thủ đô Vientiane', { day: 26, month: 5, partOfDay: 'morning' }],
		['Tối 5-9, đoàn đã đến Luông Pha Băng', { day: 5, month: 9, partOfDay: 'evening' }],
		['Ngày 20/11/2024, tại Trụ sở Trung ương Đảng', { day: 20, month: 11, year: 2024 }],
		['vào ngày 12 tháng 3 năm 2024', { day: 12, month: 3, year: 2024 }],
		['Sáng thứ Tư (10/8), đoàn thăm tỉnh Hủa Phăn', { day: 10, month: 8, weekday: 3, partOfDay: 'morning' }],
		['lúc 15h30 ngày 12/3, lễ ký kết diễn ra', { day: 12, month: 3, partOfDay: 'afternoon' }],
		['ngày 12.3.2024 tại Viêng Chăn', { day: 12, month: 3, year: 2024 }],
		// Báo Lao Động's dotted day and month, after a day's cue.
		['Ngày 5.6, Đoàn đại biểu tỉnh Quảng Trị đã hội đàm với lãnh đạo tỉnh Savannakhet.', { day: 5, month: 6 }],
		['Sáng 5.6, Đoàn đã dâng hoa tại Đài tưởng niệm.', { day: 5, month: 6, partOfDay: 'morning' }],
		// "mùng"/"mồng" before one of the first ten days.
		['Ngày mùng 7/6, Đoàn sẽ thăm Khu kinh tế Savan - Sêno.', { day: 7, month: 6 }],
		['Sáng mồng 2/9, Đoàn dự lễ kỷ niệm Quốc khánh tại Viêng Chăn.', { day: 2, month: 9, partOfDay: 'morning' }],
		['Ngày mùng 2 tháng 9 năm 2024, Đoàn dự lễ.', { day: 2, month: 9, year: 2024 }],
		// The weekday's week between it and the bracketed date keeps the part of day.
		['Chiều thứ Tư vừa qua (5/6), hai bên đã ký kết biên bản ghi nhớ.', { day: 5, month: 6, weekday: 3, partOfDay: 'afternoon' }],
		['Sáng thứ Sáu tuần trước (31/5), Đoàn đã đến tỉnh Hủa Phăn.', { day: 31, month: 5, weekday: 5, partOfDay: 'morning' }]
	])('%s', (s, want) => {
		expect(one(s)).toMatchObject({ shape: 'day', ...want });
	});

	it('a dotted day and month without a cue is a decimal', () => {
		expect(findTimeMentions('Tỉnh trao tặng 1.500 suất học bổng và (2.5 tỷ đồng), tăng 5.6%.', 'vi')).toEqual([]);
		expect(findTimeMentions('Tăng trưởng đạt từ 4.6 đến 7.6%.', 'vi')).toEqual([]);
	});

	it('reads ranges as one interval', () => {
		expect(one('Từ ngày 4.6 đến 7.6, Đoàn thăm và làm việc tại tỉnh Savannakhet.')).toMatchObject({ shape: 'span', day: 4, month: 6, endDay: 7, endMonth: 6 });
		expect(one('Từ ngày 5-7.6, Đoàn đại biểu tỉnh Quảng Trị thăm tỉnh Savannakhet.')).toMatchObject({ shape: 'span', day: 5, endDay: 7, month: 6 });
		expect(one('Trong hai ngày 5 và 6.6, Đoàn thăm tỉnh Hủa Phăn.')).toMatchObject({ shape: 'span', day: 5, endDay: 6, month: 6 });
		expect(findTimeMentions('Tỷ lệ tăng từ 5-7.6 điểm phần trăm.')).toEqual([]);
		expect(one('Từ ngày 9 đến 14/8, đoàn thăm Lào')).toMatchObject({ shape: 'span', day: 9, endDay: 14, month: 8 });
		expect(one('diễn ra ngày 22-24/11/2023 tại Hà Nội')).toMatchObject({ shape: 'span', day: 22, endDay: 24, month: 11, year: 2023 });
		expect(one('từ 30/11 đến 2/12/2023')).toMatchObject({ shape: 'span', day: 30, month: 11, endDay: 2, endMonth: 12, year: 2023, endYear: 2023 });
		expect(one('trong hai ngày 11 và 12/3')).toMatchObject({ shape: 'span', day: 11, endDay: 12, month: 3 });
		// The last day's part of day told of it alone: still the two days ("ngày 19 và sáng 20/11").
		expect(one('Trước khi sang Lào, ngày 7 và chiều 8/10, Đoàn làm việc tại Hà Tĩnh')).toMatchObject({ shape: 'span', day: 7, endDay: 8, month: 10, partOfDay: null });
		expect(one('Trong hai ngày 9, 10/10, Đoàn đã thăm tỉnh')).toMatchObject({ shape: 'span', day: 9, endDay: 10, month: 10 });
		// Without "ngày" or "từ", "9, 10/10" may be a list of anything.
		expect(findTimeMentions('đạt 9, 10/10 chỉ tiêu').filter((m) => m.shape === 'span')).toEqual([]);
		expect(one('thỏa thuận hợp tác giai đoạn 2022 - 2025 được ký kết')).toMatchObject({ shape: 'period', year: 2022, endYear: 2025 });
		// A list of three days, "đến hết ngày", two full dates a day apart.
		expect(one('Trong các ngày 9, 10 và 11/4, Đoàn thăm tỉnh')).toMatchObject({ shape: 'span', day: 9, endDay: 11, month: 4 });
		expect(one('Từ ngày 9/4 đến hết ngày 11/4, Đoàn thăm tỉnh')).toMatchObject({ shape: 'span', day: 9, month: 4, endDay: 11, endMonth: 4 });
		expect(one('Ngày 9-4 và 10-4, Đoàn thăm tỉnh')).toMatchObject({ shape: 'span', day: 9, month: 4, endDay: 10, endMonth: 4 });
		expect(one('Ngày 31/3 và 1/4, Đoàn thăm tỉnh')).toMatchObject({ shape: 'span', day: 31, month: 3, endDay: 1, endMonth: 4 });
		// Two dates further apart are two days, not a span.
		expect(findTimeMentions('Ngày 9/4 và 15/4, Đoàn thăm tỉnh').filter((m) => m.shape === 'span')).toEqual([]);
		expect(findTimeMentions('Ngày 29/4 và 1/5, Đoàn thăm tỉnh').filter((m) => m.shape === 'span')).toEqual([]);
	});

	it('reads months, parts of months and years', () => {
		expect(one('tại Hà Nội cuối tháng 2 vừa qua, định hướng')).toMatchObject({ shape: 'part_of_month', partOfMonth: 'late', month: 2, tense: 'past' });
		expect(one('đầu tháng 10/2023')).toMatchObject({ shape: 'part_of_month', partOfMonth: 'early', month: 10, year: 2023 });
		expect(one('trung tuần tháng Ba')).toMatchObject({ shape: 'part_of_month', partOfMonth: 'mid', month: 3 });
		expect(one('trong tháng 3/2024')).toMatchObject({ shape: 'month', month: 3, year: 2024 });
		expect(one('vào thời gian thích hợp trong năm 2022')).toMatchObject({ shape: 'year', year: 2022 });
		expect(one('từ tháng 4 năm 2022 đến nay')).toMatchObject({ untilNow: true, month: 4, year: 2022 });
	});

	it('reads the day written straight after a relative word, with or without brackets', () => {
		expect(one('Chiều nay 12/3, Đoàn đã làm việc với lãnh đạo tỉnh')).toMatchObject({ relation: 'deictic', offset: 0, day: 12, month: 3, partOfDay: 'afternoon' });
		expect(one('Sáng nay, 14/9, tại tỉnh Savannakhet')).toMatchObject({ relation: 'deictic', day: 14, month: 9 });
		// A score is not a day.
		expect(one('hôm nay 22/22 chỉ tiêu đã hoàn thành')).not.toHaveProperty('day');
	});

	it('reads "ngày 12 và 13 tháng 3 năm 2024" as one span', () => {
		expect(one('Trong hai ngày 12 và 13 tháng 3 năm 2024, Đoàn thăm tỉnh Hủa Phăn')).toMatchObject({ shape: 'span', day: 12, endDay: 13, month: 3, year: 2024 });
		expect(one('từ ngày 9 đến ngày 11 tháng Tám, đoàn công tác')).toMatchObject({ shape: 'span', day: 9, endDay: 11, month: 8 });
	});

	it('reads a month that opens the sentence ("Tháng 12/2024, …")', () => {
		expect(one('Tháng 12/2024, lãnh đạo hai thành phố đã ký kết thỏa thuận hợp tác.')).toMatchObject({ shape: 'month', month: 12, year: 2024 });
		expect(one('Tháng Ba năm 2024, hai bên ký kết.')).toMatchObject({ shape: 'month', month: 3, year: 2024 });
		// "tháng năm" in lower case is "months and years", whatever the case of the first word.
		expect(findTimeMentions('Tháng năm qua, hai bên hợp tác tốt.')).toHaveLength(0);
	});

	it('reads relative words as deictic or anaphoric', () => {
		expect(one('khai mạc vào ngày mai (12/3) tại Viêng Chăn')).toMatchObject({ relation: 'deictic', offset: 1, day: 12, month: 3 });
		expect(one('Sáng nay, đoàn lên đường')).toMatchObject({ relation: 'deictic', offset: 0, partOfDay: 'morning' });
		expect(one('Tối qua, hai bên ký kết')).toMatchObject({ relation: 'deictic', offset: -1, partOfDay: 'evening' });
		expect(one('Hôm sau, đoàn thăm tỉnh')).toMatchObject({ relation: 'anaphoric', offset: 1 });
		expect(one('Nhân dịp này, hai bên ký kết')).toMatchObject({ relation: 'anaphoric', offset: 0 });
		expect(one('Tối hôm đó, Đoàn dự tiệc chiêu đãi')).toMatchObject({ relation: 'anaphoric', offset: 0, partOfDay: 'evening' });
		expect(one('Ngày hôm ấy, hai bên ký kết')).toMatchObject({ relation: 'anaphoric', offset: 0 });
		expect(one('năm ngoái')).toMatchObject({ relation: 'deictic', unit: 'year', offset: -1 });
		expect(one('tuần trước')).toMatchObject({ relation: 'deictic', unit: 'week', offset: -1 });
		const both = findTimeMentions('Trước đó, chiều cùng ngày, đoàn dự hội nghị');
		expect(both.map((m) => m.text)).toEqual(['Trước đó', 'chiều cùng ngày']);
		expect(both[1]).toMatchObject({ relation: 'anaphoric', offset: 0, partOfDay: 'afternoon' });
	});

	it('does not take fractions, ordinals or other senses of part-of-day words for dates', () => {
		for (const s of [
			'Hà Nội đã hoàn thành toàn diện 22/22 chỉ tiêu kinh tế-xã hội',
			'đứng thứ 9/113 quốc gia',
			'đi vào chiều sâu, thiết thực',
			'Hội nghị lần thứ hai của Ban Chấp hành',
			'GRDP tăng 8.89% so với cùng kỳ',
			'hiện nay, những năm qua, thời gian qua',
			'tối đa hóa lợi ích, sáng tạo',
			'20/3, UBND tỉnh đã hội đàm trực tuyến',
			'đạt 22/22 chỉ tiêu vừa qua'
		])
			expect(findTimeMentions(s), s).toEqual([]);
	});

	it('reads "tuần đầu/cuối tháng M" as its first or last seven days, not the first ten ("đầu tháng")', () => {
		expect(one('Đoàn sẽ sang thăm tỉnh trong tuần đầu tháng 12.')).toMatchObject({ shape: 'span', day: 1, endDay: 7, month: 12 });
		expect(one('Hội nghị diễn ra vào tuần cuối tháng 2/2026.')).toMatchObject({ shape: 'span', day: 22, endDay: 28, month: 2, year: 2026 });
		expect(one('Đoàn sang thăm vào đầu tháng 12.')).toMatchObject({ shape: 'part_of_month', partOfMonth: 'early', month: 12 });
	});

	it('takes a bare day told as this year\'s or next ("… Ngày thành lập Quân đội nhân dân Việt Nam 22-12 năm nay") for a date', () => {
		expect(one('sẽ cử đoàn sang thăm vào dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27-7 năm nay')).toMatchObject({ shape: 'day', day: 27, month: 7, yearOffset: 0 });
		expect(one('sẽ sang dự Lễ hội Đền Hùng 10/3 năm sau')).toMatchObject({ shape: 'day', day: 10, month: 3 });
		expect(findTimeMentions('Tỷ số 2-1 tới phút cuối, đội bạn vẫn dẫn trước')).toEqual([]);
	});

	it('reads "ngày 21 vừa qua" as the 21st of the month told, just past', () => {
		expect(one('Tại buổi làm việc ngày 21 vừa qua ở Pạc-xế, hai bên trao đổi')).toMatchObject({ shape: 'day', relation: 'anaphoric', dayOfMonth: 21, tense: 'past' });
	});

	it('takes a bare day told as just past ("20/3 vừa qua, …") for a date', () => {
		expect(one('20/3 vừa qua, UBND tỉnh Long An và chính quyền tỉnh Attapeu đã hội đàm trực tuyến')).toMatchObject({ shape: 'day', day: 20, month: 3, text: '20/3' });
	});
});

describe('a past weekday named on that weekday', () => {
	it('"Last Tuesday", "hôm thứ Ba vừa qua" written on a Tuesday is the week before; "On Tuesday", "sáng thứ Ba" is that day', () => {
		// 2023-11-14 is a Tuesday.
		expect(resolve('Last Tuesday, the two sides held talks.', stamp('2023-11-14'), 'en')).toMatchObject({ start: '2023-11-07' });
		expect(resolve('Hôm thứ Ba vừa qua, hai bên đã hội đàm.', stamp('2023-11-14'))).toMatchObject({ start: '2023-11-07' });
		expect(resolve('On Tuesday, the two sides held talks.', stamp('2023-11-14'), 'en')).toMatchObject({ start: '2023-11-14' });
		expect(resolve('Vào sáng thứ Ba, hai bên đã hội đàm.', stamp('2023-11-14'))).toMatchObject({ start: '2023-11-14' });
	});
});

describe('a span in brackets after its length, and "ngày" before a weekday', () => {
	it('"Trong 3 ngày (14 - 16/11)" is the span; "Sáng ngày thứ Ba 14/11" keeps its morning', () => {
		expect(resolve('Trong 3 ngày (14 - 16/11), Đoàn đã thăm và làm việc tại tỉnh Nghệ An.', stamp('2023-11-20'))).toMatchObject({ start: '2023-11-14', end: '2023-11-16' });
		expect(resolve('Sáng ngày thứ Ba 14/11, Đoàn đã hội đàm với lãnh đạo tỉnh.', stamp('2023-11-20'))).toMatchObject({ start: '2023-11-14', partOfDay: 'morning' });
		// A bare range of figures is still no date.
		expect(findTimeMentions('Tỷ số 14 - 16/11 ván.')).toEqual([]);
	});
});

describe('resolving', () => {
	it('takes the year from the publication stamp, nearest first', () => {
		expect(resolve('sáng 26/5', stamp('2022-05-26'))).toMatchObject({ start: '2022-05-26', end: '2022-05-26', partOfDay: 'morning', dating: 'publication', granularity: 'day' });
		// Published on 3 January: "28/12" is last December, not next.
		expect(resolve('chiều 28/12', stamp('2024-01-03'))).toMatchObject({ start: '2023-12-28' });
		// A plan announced in December for January lies ahead.
		expect(resolveMention(one('ngày 5/1'), { ...stamp('2023-12-20'), planned: true })).toMatchObject({ start: '2024-01-05' });
	});

	it('keeps a stated year', () => {
		expect(resolve('Ngày 20/11/2024', stamp('2022-05-26'))).toMatchObject({ start: '2024-11-20', dating: 'explicit' });
	});

	it('counts "ngày mai (12/3)" from the narrative now and checks the bracket', () => {
		const ctx: ResolveContext = { now: { date: parseIso('2024-03-11'), dating: 'inferred', confidence: 0.75, how: 'narrative' }, anchor: null, year: null };
		const r = resolve('khai mạc vào ngày mai (12/3)', ctx)!;
		expect(r).toMatchObject({ start: '2024-03-12', end: '2024-03-12' });
		expect(r.conflict).toBeUndefined();
		const bad = resolve('khai mạc vào ngày mai (14/3)', ctx)!;
		expect(bad.start).toBe('2024-03-14');
		expect(bad.conflict).toMatch(/bracket/);
	});

	it('anchors "chiều cùng ngày" and "hôm sau" on the event just told, not on the publication date', () => {
		const ctx: ResolveContext = { ...stamp('2024-03-15'), anchor: anchorAt('2024-03-12') };
		expect(resolve('chiều cùng ngày', ctx)).toMatchObject({ start: '2024-03-12', partOfDay: 'afternoon', dating: 'relative' });
		expect(resolve('Hôm sau', ctx)).toMatchObject({ start: '2024-03-13' });
		expect(resolve('chiều cùng ngày', { ...stamp('2024-03-15') })).toBeNull();
		// "N ngày sau (đó)", "N ngày trước đó": counted from the event just told.
		expect(resolve('Hai ngày sau, hai bên đã ký kết biên bản ghi nhớ.', ctx)).toMatchObject({ start: '2024-03-14' });
		expect(resolve('Ba ngày trước đó, Đoàn đã đến Viêng Chăn.', ctx)).toMatchObject({ start: '2024-03-09' });
	});

	it('counts "cách đây N ngày" and "N ngày trước" back from the stamp, only where the phrase ends its clause', () => {
		expect(resolve('Cách đây hai ngày, Đoàn đại biểu tỉnh Sơn La đã đến thăm tỉnh Hủa Phăn.', stamp('2024-06-06'))).toMatchObject({ start: '2024-06-04', dating: 'relative' });
		expect(resolve('Đoàn đã thăm Khu di tích Viêng Xay 3 ngày trước.', stamp('2024-06-06'))).toMatchObject({ start: '2024-06-03' });
		expect(findTimeMentions('Đoàn sẽ thăm nhà máy 2 ngày trước khi về nước; hai ngày trước Tết, tỉnh tặng quà.')).toEqual([]);
	});

	it('resolves deictic words from the stamp', () => {
		expect(resolve('Tối qua', stamp('2024-03-12'))).toMatchObject({ start: '2024-03-11', partOfDay: 'evening', dating: 'relative' });
		expect(resolve('hôm nay', stamp('2024-03-12'))).toMatchObject({ start: '2024-03-12' });
		// 2024-03-12 is a Tuesday; "thứ Hai" without a date is the day before.
		expect(resolve('sáng thứ Hai', stamp('2024-03-12'))).toMatchObject({ start: '2024-03-11', partOfDay: 'morning' });
		expect(resolve('tuần trước', stamp('2024-03-12'))).toMatchObject({ start: '2024-03-04', end: '2024-03-10', granularity: 'span' });
		expect(resolve('năm ngoái', stamp('2024-03-12'))).toMatchObject({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
	});

	it('puts "cuối tháng 2 vừa qua" in late February before now, leap years included', () => {
		const ctx: ResolveContext = { now: { date: parseIso('2024-03-11'), dating: 'inferred', confidence: 0.75, how: 'narrative' }, anchor: null, year: null };
		expect(resolve('cuối tháng 2 vừa qua', ctx)).toMatchObject({ start: '2024-02-21', end: '2024-02-29', granularity: 'part_of_month' });
		expect(resolve('cuối tháng 12 vừa qua', ctx)).toMatchObject({ start: '2023-12-21', end: '2023-12-31' });
	});

	it('reads a range as one span and a weekday mismatch as doubt', () => {
		expect(resolve('từ ngày 9 đến 14/8', stamp('2022-08-09'))).toMatchObject({ start: '2022-08-09', end: '2022-08-14', granularity: 'span' });
		const ok = resolve('thứ Tư (10/8)', stamp('2022-08-09'))!;
		const wrong = resolve('thứ Năm (10/8)', stamp('2022-08-09'))!;
		expect(ok.start).toBe('2022-08-10');
		expect(wrong.confidence).toBeLessThan(ok.confidence);
	});

	it('a planned visit "trong năm 2022" runs from now to the end of the year', () => {
		expect(resolveMention(one('vào thời gian thích hợp trong năm 2022'), { ...stamp('2022-05-26'), planned: true })).toMatchObject({ start: '2022-05-26', end: '2022-12-31' });
	});

	it('without a stamp, "hôm nay (27/3)" is dated by its bracket and the year evidence', () => {
		const year = { year: 2024, confidence: 0.6, how: { vi: '', en: '' } };
		expect(resolveMention(one('Hôm nay (27/3), tại thành phố Hà Tĩnh, hai bên hội đàm'), { now: null, anchor: null, year })).toMatchObject({ start: '2024-03-27', dating: 'inferred' });
		expect(resolveMention(one('Hôm nay, tại thành phố Hà Tĩnh, hai bên hội đàm'), { now: null, anchor: null, year })).toBeNull();
	});

	it('without a stamp, uses the year evidence; without either, gives up', () => {
		const year = { year: 2023, confidence: 0.6, how: { vi: 'thử', en: 'test' } };
		expect(resolve('Chiều 17/2', { now: null, anchor: null, year })).toMatchObject({ start: '2023-02-17', dating: 'inferred', confidence: 0.6 });
		expect(resolve('Chiều 17/2', { now: null, anchor: null, year: null })).toBeNull();
	});
});

describe('English', () => {
	it('reads written-out dates with chrono and relative words itself', () => {
		expect(resolve('On the afternoon of March 12, the delegation met', stamp('2024-03-13'), 'en')).toMatchObject({ start: '2024-03-12' });
		expect(resolve('The talks were held on 11 March 2024 in Vientiane', stamp('2024-03-13'), 'en')).toMatchObject({ start: '2024-03-11', dating: 'explicit' });
		expect(resolve('Yesterday morning, the two sides signed', stamp('2024-03-13'), 'en')).toMatchObject({ start: '2024-03-12', partOfDay: 'morning' });
	});

	it('reads "early this month", "late last month", "earlier this month" from the stamp, and "two days later" from the event just told', () => {
		expect(resolve('Early this month, a delegation from Vientiane visited Hanoi.', stamp('2023-11-20'), 'en')).toMatchObject({ start: '2023-11-01', end: '2023-11-10' });
		expect(resolve('Late last month, a delegation from Vientiane visited Hanoi.', stamp('2023-11-20'), 'en')).toMatchObject({ start: '2023-10-21', end: '2023-10-31' });
		expect(resolve('Earlier this month, a delegation from Vientiane visited Hanoi.', stamp('2023-11-20'), 'en')).toMatchObject({ start: '2023-11-01', end: '2023-11-19', granularity: 'part_of_month' });
		// … on the 1st, that day
		expect(resolve('Earlier this month, a delegation from Vientiane visited Hanoi.', stamp('2023-11-01'), 'en')).toMatchObject({ start: '2023-11-01', end: '2023-11-01' });
		// Counted from nothing, "two days later" is no date (chrono counted it from its own reference day).
		expect(resolve('Two days later, the delegation visited Ha Long Bay.', stamp('2023-11-20'), 'en')).toBeNull();
		expect(one('Two days later, the delegation visited Ha Long Bay.', 'en')).toMatchObject({ relation: 'anaphoric', offset: 2 });
	});

	it('reads "from November 14 through 16" as a span, as chrono reads "to"', () => {
		expect(resolve('The delegation visited Nghe An from November 14 through 16.', stamp('2023-11-20'), 'en')).toMatchObject({ start: '2023-11-14', end: '2023-11-16' });
		expect(resolve('The talks ran from Nov. 14 until 15, 2023.', stamp('2023-11-20'), 'en')).toMatchObject({ start: '2023-11-14', end: '2023-11-15' });
	});

	it('reads two days of one month joined by "and" as a span', () => {
		expect(one('paid a working visit to Champasak province on October 10 and 11.', 'en')).toMatchObject({ shape: 'span', day: 10, endDay: 11, month: 10 });
		expect(one('visited Vientiane on 9 and 10 April to discuss trade.', 'en')).toMatchObject({ shape: 'span', day: 9, endDay: 10, month: 4 });
		expect(resolve('The delegation toured the province between October 9 and 11, 2023', stamp('2023-10-12'), 'en')).toMatchObject({ start: '2023-10-09', end: '2023-10-11' });
	});

	it('reads "last weekend" as its Saturday and Sunday and "earlier this week" as the days before now', () => {
		// 2023-10-12 is a Thursday.
		expect(resolve('The Lao delegation toured the border gate last weekend', stamp('2023-10-12'), 'en')).toMatchObject({ start: '2023-10-07', end: '2023-10-08' });
		expect(resolve('Earlier this week, provincial leaders received a delegation', stamp('2023-10-12'), 'en')).toMatchObject({ start: '2023-10-09', end: '2023-10-11' });
		expect(resolve('A delegation from Dak Lak province recently paid a working visit to Champasak', stamp('2023-10-12'), 'en')).toMatchObject({ start: '2023-10-05', end: '2023-10-11' });
	});

	it('counts a bare weekday from the publication date: back for a report, forward for an announcement', () => {
		// 2024-03-20 is a Wednesday.
		expect(resolve('On Monday, the delegation held talks with provincial authorities', stamp('2024-03-20'), 'en')).toMatchObject({ start: '2024-03-18' });
		expect(resolve('On Thursday, the delegation will visit the heritage site', { ...stamp('2024-03-20'), planned: true }, 'en')).toMatchObject({ start: '2024-03-21' });
		expect(resolve('Next Monday the mayor flies to Vientiane', stamp('2024-03-20'), 'en')).toMatchObject({ start: '2024-03-25' });
		expect(resolve('Last Friday afternoon the two sides met', stamp('2024-03-20'), 'en')).toMatchObject({ start: '2024-03-15', partOfDay: 'afternoon' });
		// A weekday with its date is chrono's, read whole.
		expect(one('On Monday, March 18, the talks opened', 'en')).toMatchObject({ shape: 'day', day: 18, month: 3 });
	});
});

describe('Vietnamese weekdays follow the same rule', () => {
	it('an announced "thứ Năm" lies ahead, a reported one behind', () => {
		expect(resolve('Sáng thứ Năm, Đoàn sẽ thăm Khu kinh tế', { ...stamp('2024-03-20'), planned: true })).toMatchObject({ start: '2024-03-21' });
		expect(resolve('Sáng thứ Hai, Đoàn đã hội đàm với lãnh đạo tỉnh', stamp('2024-03-20'))).toMatchObject({ start: '2024-03-18' });
	});
	it('"vừa qua"/"mới đây" with no date, at the head of a report, is some day of the week before the stamp', () => {
		expect(resolve('Lãnh đạo tỉnh Đắk Lắk vừa qua đã tiếp Đoàn đại biểu tỉnh Chămpasắc', stamp('2023-10-23'))).toMatchObject({ start: '2023-10-16', end: '2023-10-22' });
		expect(resolve('Mới đây, Đoàn đại biểu tỉnh Đắk Lắk đã thăm tỉnh Chămpasắc', stamp('2023-10-23'))).toMatchObject({ start: '2023-10-16', end: '2023-10-22' });
		// Periods are not reports: "thời gian vừa qua", "những năm vừa qua".
		expect(findTimeMentions('Thời gian vừa qua, hai tỉnh đã ký kết nhiều văn bản hợp tác.')).toEqual([]);
		expect(findTimeMentions('Trong những năm vừa qua, tỉnh đã hỗ trợ xây dựng trường học.')).toEqual([]);
		// Without a stamp there is nothing to count from.
		expect(resolve('Vừa qua, Đoàn đại biểu tỉnh Đắk Lắk đã thăm tỉnh Chămpasắc', { now: null, anchor: null, year: null })).toBeNull();
	});
	it('"thứ Hai tuần trước" is the Monday of last week; "cuối tuần qua" is last weekend', () => {
		// 2023-10-12 is a Thursday: the last Monday is the 9th, last week's the 2nd.
		expect(resolve('Hôm thứ Hai tuần trước, Đoàn đã thăm tỉnh', stamp('2023-10-12'))).toMatchObject({ start: '2023-10-02', end: '2023-10-02', granularity: 'day' });
		expect(resolve('Sáng thứ Sáu tuần này, Đoàn sẽ thăm tỉnh', stamp('2023-10-12'))).toMatchObject({ start: '2023-10-13', partOfDay: 'morning' });
		expect(resolve('Cuối tuần qua, Đoàn đã thăm tỉnh', stamp('2023-10-12'))).toMatchObject({ start: '2023-10-07', end: '2023-10-08' });
		expect(resolve('Đầu tuần này, Đoàn đã thăm tỉnh', stamp('2023-10-12'))).toMatchObject({ start: '2023-10-09', end: '2023-10-10' });
	});
});

describe('year evidence', () => {
	const year = (...sentences: string[]) => decideYear(collectYearEvidence(sentences.map((text) => ({ text }))), 3);
	it('a year in the name of the programme is the current year', () => {
		expect(year('đã tham dự Hội nghị Xúc tiến du lịch, thương mại Hà Nội-Vientiane 2024 nhằm hưởng ứng Năm Du lịch quốc gia Lào 2024.')).toMatchObject({ year: 2024 });
	});
	it('results of a finished year are reported the year after', () => {
		expect(year('Bí thư thông báo những kết quả đã đạt được của thủ đô trong năm 2022.')).toMatchObject({ year: 2023 });
	});
	it('an anniversary span ends in the current year', () => {
		expect(year('nhân kỷ niệm 95 năm Ngày thành lập Đảng bộ (17/3/1930 - 17/3/2025), sáng 13/3.')).toMatchObject({ year: 2025 });
	});
	it('targets and periods do not count as names', () => {
		expect(year('Chiến lược phát triển đến năm 2030, Tầm nhìn 2045')).toBeNull();
		const weak = year('tiếp nối chuỗi hợp tác từ tháng 4 năm 2022 đến nay', 'thỏa thuận giai đoạn 2022 - 2025');
		expect(weak!.year).toBeGreaterThanOrEqual(2023);
		expect(weak!.confidence).toBeLessThan(0.5);
	});
	it('a review of the first months of a year is written later that same year, and dates no event', () => {
		const s = 'Hai bên đã đánh giá kết quả thực hiện thỏa thuận hợp tác 9 tháng đầu năm 2023: phối hợp tuần tra song phương 12 lần.';
		expect(year(s)).toMatchObject({ year: 2023 });
		expect(one(s)).toMatchObject({ shape: 'vague', year: 2023, month: 9 });
		expect(resolveMention(one(s), stamp('2023-10-24'))).toBeNull();
		expect(one('thông tin cho nhau về tình hình kinh tế - xã hội 6 tháng cuối năm')).toMatchObject({ shape: 'vague', month: 12 });
		// A completed year is still reported the year after.
		expect(year('Hai bên đánh giá kết quả hợp tác năm 2023 và 9 tháng đầu năm 2024.')).toMatchObject({ year: 2024 });
	});
	it('the plan for a year told beside the results of the last is no finished year', () => {
		// Read as two finished years, the page was dated 2027.
		expect(year('Hai bên đã đánh giá kết quả phối hợp năm 2025 và thống nhất kế hoạch phối hợp năm 2026, tập trung vào công tác vận động nhân dân.')).toMatchObject({ year: 2026 });
		expect(year('Năm 2022, kim ngạch thương mại giữa hai thành phố tăng trưởng 12%.')).toMatchObject({ year: 2023 });
		expect(year('Hai bên thống nhất phương hướng, nhiệm vụ năm 2024 trên cơ sở kết quả đạt được năm 2023.')).toMatchObject({ year: 2024 });
	});
	it('no years, no decision', () => {
		expect(year('Hai bên hội đàm trong không khí thân tình.')).toBeNull();
	});
});

describe('a visit told by its arrival and its length', () => {
	it('reads the length of the visit an arrival opens, in English and Vietnamese', async () => {
		const { tripLength } = await import('../../../src/lib/pipeline/dates/trip-length');
		expect(tripLength('The delegation arrived in Luang Prabang on Tuesday for a four-day working visit.')).toBe(4);
		expect(tripLength('Đoàn đã đến Viêng Chăn, bắt đầu chuyến thăm và làm việc 3 ngày tại Lào.')).toBe(3);
		expect(tripLength('Sáng 10/4, Đoàn đã tới Hà Nội trong chuyến công tác 5 ngày.')).toBe(5);
		// A happening inside the trip, or a length with no arrival, is not the trip.
		expect(tripLength('During their four-day visit, the delegation toured a hydropower plant on Oct. 12.')).toBeNull();
		expect(tripLength('Chuyến thăm 3 ngày của Đoàn mở ra nhiều cơ hội hợp tác.')).toBeNull();
		expect(tripLength('The delegation arrived in Vientiane on Monday.')).toBeNull();
		// Leaving for the visit opens it too; leaving after it does not.
		expect(tripLength('The Lao Cai delegation left Hanoi on March 19 for a three-day working visit to Laos.')).toBe(3);
		expect(tripLength('The delegation left Vientiane on March 21 after a three-day working visit.')).toBeNull();
	});

	it('a visit of N days that ended on a day ("đã kết thúc chuyến thăm và làm việc 3 ngày", "wrapped up a three-day visit") began N - 1 days before', async () => {
		const { stretchToTrip } = await import('../../../src/lib/pipeline/dates/trip-length');
		const on15 = resolve('Ngày 15/11', stamp('2023-11-16'))!;
		expect(stretchToTrip(on15, 'Ngày 15/11, Đoàn đại biểu tỉnh Salavan đã kết thúc chuyến thăm và làm việc 3 ngày tại tỉnh Quảng Trị.')).toMatchObject({ start: '2023-11-13', end: '2023-11-15', granularity: 'span' });
		expect(stretchToTrip(on15, 'On November 15, the Salavan delegation wrapped up a three-day visit to Quang Tri.')).toMatchObject({ start: '2023-11-13', end: '2023-11-15' });
		// An end with no length stays its day; an arrival "ending" nothing keeps counting forward.
		expect(stretchToTrip(on15, 'Ngày 15/11, Đoàn đã kết thúc chuyến thăm và làm việc tại tỉnh Quảng Trị.')).toMatchObject({ start: '2023-11-15', end: '2023-11-15' });
		expect(stretchToTrip(on15, 'Đoàn đã đến Viêng Chăn, bắt đầu chuyến thăm và làm việc 3 ngày tại Lào.')).toMatchObject({ start: '2023-11-15', end: '2023-11-17' });
	});

	it('a visit stretched from its arrival has no part of day: the afternoon was the arrival\'s', async () => {
		const { stretchToTrip } = await import('../../../src/lib/pipeline/dates/trip-length');
		const afternoon = resolve('Chiều 22/3', stamp('2024-03-23'))!;
		expect(afternoon.partOfDay).toBe('afternoon');
		const text = 'Chiều 22/3, Đoàn đại biểu tỉnh Hủa Phăn đã đến Thanh Hóa, bắt đầu chuyến thăm và làm việc 4 ngày.';
		expect(stretchToTrip(afternoon, text)).toMatchObject({ start: '2024-03-22', end: '2024-03-25', granularity: 'span', partOfDay: null });
	});

	it('stretches the arrival day over the visit, so another outlet\'s span is the same happening', async () => {
		const { buildTimeline } = await import('../../../src/lib/pipeline/index');
		const t = buildTimeline([
			{ file: 'a.txt', text: 'Provincial delegation in Luang Prabang\n\nLuang Prabang, October 12, 2023 (KPL) – A delegation from Hoa Binh province led by Secretary Quach The Luc arrived in Luang Prabang on Tuesday for a four-day working visit.\n\nOn Oct. 12, the two sides held talks.' }
		]);
		const visit = t.events.find((e) => e.type === 'visit')!;
		expect([visit.start, visit.end, visit.granularity]).toEqual(['2023-10-10', '2023-10-13', 'span']);
		// Its first call loads and compiles the whole pipeline: about a second alone, past vitest's 5 s on a loaded machine.
	}, 30_000);
});

describe('forms found by the tenth unseen set', () => {
	it('"từ ngày 30 tháng 5 đến ngày 1 tháng 6 năm 2024": both days written out, across a month, as Lao outlets write a trip', () => {
		expect(one('Đoàn tỉnh Vĩnh Phúc thăm tỉnh Viêng Chăn từ ngày 30 tháng 5 đến ngày 1 tháng 6 năm 2024.')).toMatchObject({ shape: 'span', day: 30, month: 5, year: 2024, endDay: 1, endMonth: 6, endYear: 2024 });
		expect(one('Đoàn thăm tỉnh từ ngày 3 tháng 6 đến ngày 5 tháng 6.')).toMatchObject({ shape: 'span', day: 3, month: 6, endDay: 5, endMonth: 6 });
		expect(resolve('từ ngày 30 tháng 12 năm 2024 đến ngày 2 tháng 1 năm 2025', stamp('2025-01-03'))).toMatchObject({ start: '2024-12-30', end: '2025-01-02', granularity: 'span' });
	});
	it('"Cũng trong tuần, …" is the week of the event told before it', () => {
		const m = one('Cũng trong tuần, Đoàn cán bộ tỉnh Xay-sổm-bun đã sang thăm Bắc Giang.');
		expect(m).toMatchObject({ shape: 'span', relation: 'anaphoric', unit: 'week' });
		// 5 June 2024 is a Wednesday: Monday 3 to Sunday 9 June.
		expect(resolveMention(m, { ...stamp('2024-06-10'), anchor: anchorAt('2024-06-05') })).toMatchObject({ start: '2024-06-03', end: '2024-06-09', granularity: 'span', dating: 'relative' });
		// "trong tuần này", "trong tuần qua" count from the writing, and "trong tuần tới" is no such phrase.
		expect(findTimeMentions('Trong tuần này, Đoàn sẽ thăm Bắc Giang.').every((x) => x.relation !== 'anaphoric')).toBe(true);
	});
	it('English "On the occasion, …" is the occasion just told, as "Nhân dịp này"', () => {
		expect(one('On the occasion, the Hung Yen delegation presented 200 million VND to build a classroom.', 'en')).toMatchObject({ shape: 'day', relation: 'anaphoric', offset: 0 });
		expect(findTimeMentions('On the occasion of the 60th anniversary, the delegation visited the school.', 'en')).toEqual([]);
	});
});

describe('"rạng sáng": first light', () => {
	it('is the early morning, not the night', () => {
		const m = findTimeMentions('Rạng sáng nay (3/12), Đoàn rời Phôn-xa-vẳn, về nước.');
		expect(m.map((x) => x.partOfDay)).toContain('morning');
		expect(m.map((x) => x.partOfDay)).not.toContain('night');
	});
});

describe('a yearless date, then "năm ngoái / năm nay / năm tới"', () => {
	const now = { date: parseIso('2025-12-03'), dating: 'publication' as const, confidence: 0.9, how: 'stamp' as const };
	it.each([
		['Tháng 12 năm ngoái, Đoàn đã sang thăm tỉnh bạn.', '2024-12-01', '2024-12-31'],
		['Cuối tháng 3 năm nay, hai bên đã gặp.', '2025-03-21', '2025-03-31'],
		['Ngày 5/6 năm tới, hai bên sẽ gặp.', '2026-06-05', '2026-06-05']
	])('%s → %s..%s, counted from the page', (text, start, end) => {
		const [m] = findTimeMentions(text);
		const r = resolveMention(m, { now, anchor: null, year: null });
		expect([r?.start, r?.end, r?.dating]).toEqual([start, end, 'relative']);
	});
	it.each([
		['Can Tho will send a youth delegation to Vientiane in April next year.', '2026-04-01', '2026-04-30'],
		['The two sides met in December of last year.', '2024-12-01', '2024-12-31'],
		['The fair will open on March 3 this year.', '2025-03-03', '2025-03-03']
	])('in English: %s → %s..%s, one mention', (text, start, end) => {
		const found = findTimeMentions(text, 'en');
		expect(found).toHaveLength(1);
		const r = resolveMention(found[0], { now, anchor: null, year: null });
		expect([r?.start, r?.end]).toEqual([start, end]);
	});
	it('a dotted range after "từ" is a range of days when the clause goes on as a date\'s does, not before a unit', () => {
		expect(findTimeMentions('Đoàn có chuyến thăm tại Huế từ 15 – 18.4.').map((m) => [m.shape, m.day, m.endDay, m.month])).toEqual([['span', 15, 18, 4]]);
		expect(findTimeMentions('Từ 15 – 18.4, Đoàn thăm tỉnh.').map((m) => m.shape)).toEqual(['span']);
		expect(findTimeMentions('Điểm chuẩn từ 5-7.6 điểm.')).toEqual([]);
	});
	it('"the previous day", "the day after" count from the day just told', () => {
		expect(findTimeMentions('The delegation arrived the previous day.', 'en').map((m) => [m.relation, m.offset])).toEqual([['anaphoric', -1]]);
		expect(findTimeMentions('The day after, they toured the zone.', 'en').map((m) => [m.relation, m.offset])).toEqual([['anaphoric', 1]]);
	});
	it('a year written out is kept, and "năm nay" alone is no date of a month', () => {
		expect(findTimeMentions('Tháng 12/2023 năm ngoái').map((m) => m.yearOffset)).toEqual([undefined]);
	});
});

describe('quarters of a year', () => {
	it('"vào quý III/2026" is July to September 2026 (chrono and the day families read none)', () => {
		expect(one('Hai bên thống nhất tổ chức hội nghị trực tuyến sơ kết vào quý III/2026.')).toMatchObject({ shape: 'month', month: 7, endMonth: 9, year: 2026 });
		expect(resolve('Hai bên thống nhất tổ chức hội nghị trực tuyến sơ kết vào quý III/2026.', stamp('2026-04-01'))).toMatchObject({ start: '2026-07-01', end: '2026-09-30', granularity: 'span' });
		expect(resolve('Dự án sẽ hoàn thành trong quý 4 năm 2025.', stamp('2025-06-01'))).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
		expect(resolve('The forum will be held in the third quarter of 2026.', stamp('2026-04-01'), 'en')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
	});
	it('"quý I tới" counts from the page; "quý khách", "quý vị" are no quarter', () => {
		expect(resolve('Hai bên sẽ ký kết thỏa thuận trong quý I tới.', stamp('2026-11-20'))).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
		expect(findTimeMentions('Kính thưa quý vị đại biểu, quý khách.')).toEqual([]);
	});
});


describe('a trip\'s length told beside the day\'s own act', () => {
	it('"…, kết thúc chuyến thăm 4 ngày" after another act dates that act, on its day; going home is the ending itself', async () => {
		const { stretchToTrip } = await import('../../../src/lib/pipeline/dates/trip-length');
		const on20 = resolve('Hôm nay (20/5)', stamp('2024-05-20'))!;
		expect(stretchToTrip(on20, 'Hôm nay (20/5), Đoàn thăm thành phố Đà Nẵng trước khi về nước, kết thúc chuyến thăm 4 ngày tại Việt Nam.')).toMatchObject({ start: '2024-05-20', end: '2024-05-20' });
		expect(stretchToTrip(on20, 'Hôm nay (20/5), Đoàn đã về nước an toàn, kết thúc tốt đẹp chuyến thăm và làm việc 4 ngày tại Lào.')).toMatchObject({ start: '2024-05-17', end: '2024-05-20' });
	});
});

describe('the day put first, the arrival told after it', () => {
	it('"ANTĐ - Chiều nay (9/5), Đoàn … sẽ đến Hà Nội, bắt đầu chuyến thăm … đến hết ngày 12/5" is the stay from that day', async () => {
		const { buildTimeline } = await import('../../../src/lib/pipeline/index');
		const t = buildTimeline([{ file: 'a.txt', text: ['Đoàn đại biểu tỉnh Bò Kẹo thăm Hà Nội', '', 'Thứ Năm, 09/05/2024, 10:05', '', 'ANTĐ - Chiều nay (9/5), Đoàn đại biểu tỉnh Bò Kẹo (Lào) do đồng chí Khăm-pheng Xay-nha-lạt, Phó Tỉnh trưởng làm trưởng đoàn sẽ đến Hà Nội, bắt đầu chuyến thăm và làm việc tại Thủ đô Hà Nội đến hết ngày 12/5.'].join('\n') }]);
		expect(t.events).toHaveLength(1);
		expect(t.events[0]).toMatchObject({ start: '2024-05-09', end: '2024-05-12', status: 'planned' });
	});
});

describe('English: the same part of the day just told', () => {
	it('"The same afternoon", "later that evening" are the day just told, at that part of it', () => {
		const anchor = resolve('On Thursday, November 20', stamp('2025-11-23'), 'en')!;
		const ctx: ResolveContext = { now: stamp('2025-11-23').now, anchor, year: null };
		expect(resolve('The same afternoon, the delegation travelled to Paksong district.', ctx, 'en')).toMatchObject({ start: '2025-11-20', end: '2025-11-20', partOfDay: 'afternoon' });
		expect(resolve('Later that evening, the hosts gave a dinner.', ctx, 'en')).toMatchObject({ start: '2025-11-20', partOfDay: 'evening' });
	});
});
