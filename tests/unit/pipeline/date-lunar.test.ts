/**
 * Lunar days (dates/lunar.ts): how Vietnamese papers date a Tết visit. Each expected solar day is the
 * Vietnamese calendar's (Tết Ất Tỵ fell on 29/1/2025, Tết Giáp Thìn on 10/2/2024, Tết Đinh Hợi on 17/2/2007, a day
 * before China's New Year that year).
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention, type ResolveContext } from '../../../src/lib/pipeline/dates/index';
import { lunarToSolar } from '../../../src/lib/pipeline/dates/lunar';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';

const stamp = (day: string): ResolveContext => ({ now: { date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null });
const one = (s: string) => {
	const ms = findTimeMentions(s, 'vi');
	expect(ms, `mentions in "${s}"`).toHaveLength(1);
	return ms[0];
};

describe('finding lunar days', () => {
	it.each([
		['Sáng mùng 5 Tết, đồng chí Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh bạn.', { day: 5, month: 1, partOfDay: 'morning', lunar: true }],
		['Chiều mồng 4 Tết, Đoàn đã đến thành phố.', { day: 4, month: 1, partOfDay: 'afternoon', lunar: true }],
		['Ngày mùng hai Tết, lãnh đạo tỉnh chúc Tết các lực lượng.', { day: 2, month: 1, lunar: true }],
		['Chiều 29 Tết, Đoàn đã thăm các gia đình chính sách.', { day: 29, month: 12, partOfDay: 'afternoon', lunar: true }],
		['Đúng Rằm tháng Giêng, hai tỉnh tổ chức lễ hội.', { day: 15, month: 1, lunar: true }],
		['Ngày 23 tháng Chạp, Đoàn tiễn ông Công ông Táo.', { day: 23, month: 12, lunar: true }],
		['Lễ hội diễn ra vào ngày 15/8 âm lịch hằng năm.', { day: 15, month: 8, lunar: true }],
		['ngày 10 tháng 3 (âm lịch) là ngày Giỗ Tổ', { day: 10, month: 3, lunar: true }],
		['Sáng mùng 2 Tết Ất Tỵ 2025, Đoàn dâng hương.', { day: 2, month: 1, year: 2025, lunar: true }]
	])('%s', (text, want) => {
		expect(one(text)).toMatchObject({ shape: 'day', ...want });
	});

	it('a solar date is no lunar one, nor is the feast without a day', () => {
		expect(one('Sáng 5/2, Đoàn đã đến thăm.').lunar).toBeUndefined();
		// (The Lao New Year is a solar date, 14–16 April, whichever tone its last syllable is written with: no lunar one.)
		expect(findTimeMentions('Đoàn sang chúc Tết cổ truyền Bun-pi-mày của nhân dân Lào.', 'vi').every((m) => !m.lunar)).toBe(true);
		expect(findTimeMentions('Dịp Tết Nguyên đán, hai tỉnh thăm hỏi nhau.', 'vi')).toEqual([]);
		// "tháng Giêng" alone is a month, read as before (absolute.ts), not a lunar day.
		expect(findTimeMentions('Trong tháng Giêng, hai bên trao đổi đoàn.', 'vi').every((m) => !m.lunar)).toBe(true);
	});
});

describe('resolving lunar days', () => {
	it('takes the Tết nearest the stamp, in the Vietnamese calendar', () => {
		expect(resolveMention(one('Sáng mùng 5 Tết, đồng chí … đã tiếp Đoàn'), stamp('2025-02-03'))).toMatchObject({ start: '2025-02-02', end: '2025-02-02', partOfDay: 'morning', dating: 'publication' });
		expect(resolveMention(one('Chiều mùng 4 Tết, Đoàn đã đến'), stamp('2025-02-03'))).toMatchObject({ start: '2025-02-01', partOfDay: 'afternoon' });
		expect(resolveMention(one('Sáng mùng 3 Tết, Đoàn đã đến'), stamp('2024-02-20'))).toMatchObject({ start: '2024-02-12' });
		// The eve: the twelfth month of the year before, in January or February of the stamp's year.
		expect(resolveMention(one('Chiều 29 Tết, Đoàn đã thăm'), stamp('2025-02-03'))).toMatchObject({ start: '2025-01-28' });
		// Tết Đinh Hợi: 17/2/2007 in Việt Nam (18/2 in China).
		expect(resolveMention(one('Sáng mùng 1 Tết, lãnh đạo tỉnh đã chúc Tết'), stamp('2007-02-20'))).toMatchObject({ start: '2007-02-17' });
	});

	it('"30 Tết" in a year whose twelfth month has 29 days is its last day', () => {
		expect(lunarToSolar(2024, 12, 30)).toEqual({ year: 2025, month: 1, day: 28 });
		expect(resolveMention(one('Chiều 30 Tết, Đoàn đã thăm'), stamp('2025-02-03'))).toMatchObject({ start: '2025-01-28' });
	});

	it('without a stamp, the year evidence names the solar year the day falls in', () => {
		const year = { year: 2025, confidence: 0.6, how: { vi: '', en: '' } };
		expect(resolveMention(one('Sáng mùng 5 Tết, Đoàn dâng hương'), { now: null, anchor: null, year })).toMatchObject({ start: '2025-02-02', dating: 'inferred' });
		expect(resolveMention(one('Chiều 29 Tết, Đoàn đã thăm'), { now: null, anchor: null, year })).toMatchObject({ start: '2025-01-28', dating: 'inferred' });
	});

	it('a Tết year written out is taken as written', () => {
		expect(resolveMention(one('Sáng mùng 2 Tết Giáp Thìn 2024, Đoàn dâng hương'), stamp('2025-02-03'))).toMatchObject({ start: '2024-02-11' });
	});
});
