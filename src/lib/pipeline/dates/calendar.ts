/** Calendar arithmetic on plain year-month-day values (UTC), so no time zone can shift a day. */
import type { YMD } from './types';

export const toDate = (d: YMD) => new Date(Date.UTC(d.year, d.month - 1, d.day));
export const fromDate = (t: Date): YMD => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
export const iso = (d: YMD) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
export const parseIso = (s: string): YMD => ({ year: +s.slice(0, 4), month: +s.slice(5, 7), day: +s.slice(8, 10) });
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const addDays = (d: YMD, n: number): YMD => fromDate(new Date(toDate(d).getTime() + n * 86_400_000));
export const dayDiff = (a: YMD, b: YMD) => Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000);
export const isValid = (year: number, month: number, day: number) =>
	month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
/** Day of week, 0 = Sunday … 6 = Saturday. */
export const weekday = (d: YMD) => toDate(d).getUTCDay();
export const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
