/** Calendar arithmetic on plain year-month-day values (UTC), so no time zone can shift a day. */
import type { YMD } from './types';

export const toDate = (d: YMD) => new Date(Date.UTC(d.year, d.month - 1, d.day));
export const fromDate = (t: Date): YMD => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
export const iso = (d: YMD) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
export const parseIso = (s: string): YMD => ({ year: +s.slice(0, 4), month: +s.slice(5, 7), day: +s.slice(8, 10) });

/*
 * The arithmetic below counts days in plain integers (the proleptic Gregorian calendar, as Date counts them)
 * instead of making Date objects for each step: resolution and year evidence ask it for every date of an
 * article. A value Date would read otherwise — a year below 100 (Date.UTC reads 24 as 1924), a month outside
 * 1–12, a fraction, NaN, a day past any real article's reach — goes through Date as before, so every answer
 * is Date's own (tests/unit/pipeline/date-calendar.test.ts compares the two on every day of 1899–2101).
 */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
/** Whether Date would read year, month and day as the integers they are. */
const plain = (year: number, month: number, day: number) =>
	Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && Math.abs(day) <= 1e6;

/** Days from 1970-01-01 to year-month-day (a day past the month's end runs into the next, as in Date.UTC). */
function daysOf(year: number, month: number, day: number): number {
	// Hinnant's days_from_civil: the year counted from March, so February's leap day ends it.
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The day `days` after 1970-01-01 (Hinnant's civil_from_days). */
function dayOf(days: number): YMD {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const daysInMonth = (year: number, month: number) =>
	plain(year, month, 1) ? (month === 2 && leap(year) ? 29 : MONTH_DAYS[month - 1]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
export const addDays = (d: YMD, n: number): YMD =>
	plain(d.year, d.month, d.day) && Number.isInteger(n) && Math.abs(n) <= 1e6
		? dayOf(daysOf(d.year, d.month, d.day) + n)
		: fromDate(new Date(toDate(d).getTime() + n * 86_400_000));
export const dayDiff = (a: YMD, b: YMD) =>
	plain(a.year, a.month, a.day) && plain(b.year, b.month, b.day)
		? daysOf(a.year, a.month, a.day) - daysOf(b.year, b.month, b.day)
		: Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000);
export const isValid = (year: number, month: number, day: number) =>
	month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (d: YMD) => (plain(d.year, d.month, d.day) ? (((daysOf(d.year, d.month, d.day) + 4) % 7) + 7) % 7 : toDate(d).getUTCDay());
export const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
