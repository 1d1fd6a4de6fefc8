/**
 * calendar.ts counts days in integers; every answer must be the one Date gives (the arithmetic it replaced),
 * including where Date reads a value its own way (years below 100, months outside 1–12, fractions, NaN).
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayDiff, daysInMonth, isValid, weekday } from '../../../src/lib/pipeline/dates/calendar';
import type { YMD } from '../../../src/lib/pipeline/dates/types';

const toDate = (d: YMD) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromDate = (t: Date): YMD => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
const byDate = {
	daysInMonth: (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate(),
	addDays: (d: YMD, n: number) => fromDate(new Date(toDate(d).getTime() + n * 86_400_000)),
	dayDiff: (a: YMD, b: YMD) => Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000),
	weekday: (d: YMD) => toDate(d).getUTCDay()
};

describe('calendar arithmetic equals Date', () => {
	it('on every day of 1899–2101 (days in month, weekday, days to a fixed day, a few steps either way)', () => {
		const ref = { year: 2024, month: 3, day: 12 };
		let bad = 0;
		for (let year = 1899; year <= 2101; year++)
			for (let month = 1; month <= 12; month++) {
				if (daysInMonth(year, month) !== byDate.daysInMonth(year, month)) bad++;
				for (let day = 0; day <= 32; day++) {
					const d = { year, month, day };
					if (weekday(d) !== byDate.weekday(d)) bad++;
					if (dayDiff(d, ref) !== byDate.dayDiff(d, ref) || dayDiff(ref, d) !== byDate.dayDiff(ref, d)) bad++;
					for (const n of [-400, -31, -7, -1, 0, 1, 6, 29, 366]) if (JSON.stringify(addDays(d, n)) !== JSON.stringify(byDate.addDays(d, n))) bad++;
				}
			}
		expect(bad).toBe(0);
		// Exhaustive (about 800,000 comparisons): a few seconds alone, more on a loaded machine.
	}, 60_000);

	it.each([
		[{ year: 24, month: 2, day: 29 }],
		[{ year: 99, month: 12, day: 31 }],
		[{ year: 100, month: 1, day: 1 }],
		[{ year: 0, month: 2, day: 29 }],
		[{ year: -5, month: 3, day: 1 }],
		[{ year: 2024, month: 0, day: 15 }],
		[{ year: 2024, month: 13, day: 1 }],
		[{ year: 2024, month: 2.5, day: 1 }],
		[{ year: 2024, month: 2, day: 1.5 }],
		[{ year: NaN, month: 2, day: 1 }],
		[{ year: 9999, month: 12, day: 31 }],
		[{ year: 10000, month: 1, day: 1 }],
		[{ year: 2024, month: 1, day: 2_000_000 }]
	])('where Date reads a value its own way: %o', (d) => {
		const ref = { year: 2024, month: 3, day: 12 };
		expect(daysInMonth(d.year, d.month)).toEqual(byDate.daysInMonth(d.year, d.month));
		expect(weekday(d)).toEqual(byDate.weekday(d));
		expect(dayDiff(d, ref)).toEqual(byDate.dayDiff(d, ref));
		expect(dayDiff(ref, d)).toEqual(byDate.dayDiff(ref, d));
		for (const n of [-1, 0, 1, 0.5, 1e7]) expect(addDays(d, n)).toEqual(byDate.addDays(d, n));
		expect(isValid(d.year, d.month, d.day)).toBe(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= byDate.daysInMonth(d.year, d.month));
	});

	it('counts over long steps like Date', () => {
		const from = { year: 1600, month: 2, day: 29 };
		for (let n = -100_000; n <= 1_000_000; n += 997) expect(addDays(from, n)).toEqual(byDate.addDays(from, n));
	});
});
