import { describe, expect, it } from 'vitest';
import { axisFormat, formatEventDate, formatSpan, formatWhen, m, resolveLang } from '../../../src/lib/i18n';

describe('resolveLang', () => {
	it('lets ?lang= win, then the browser, then English', () => {
		expect(resolveLang('vi', ['en-US'])).toBe('vi');
		expect(resolveLang(null, ['fr-FR', 'vi-VN'])).toBe('vi');
		expect(resolveLang('xx', ['fr'])).toBe('en');
		expect(resolveLang(undefined, [])).toBe('en');
	});
});

describe('dates per locale', () => {
	const day = (d: string, g: 'day' | 'span' | 'part_of_month' | 'month' | 'year' = 'day', e = d) => ({ start: d, end: e, granularity: g });

	it('writes days the way each language does', () => {
		expect(formatEventDate(day('2024-03-11'), 'vi')).toBe('11/3/2024');
		expect(formatEventDate(day('2024-03-11'), 'en')).toBe('11 Mar 2024');
	});

	it('writes spans compactly', () => {
		expect(formatSpan('2024-03-11', '2024-03-13', 'vi')).toBe('11–13/3/2024');
		expect(formatSpan('2024-03-11', '2024-03-13', 'en')).toBe('11–13 Mar 2024');
		expect(formatSpan('2024-02-29', '2024-03-02', 'en')).toBe('29 Feb – 2 Mar 2024');
	});

	it('says how precise a date is', () => {
		expect(formatEventDate(day('2024-02-20', 'part_of_month', '2024-02-29'), 'en')).toBe('late February 2024');
		expect(formatEventDate(day('2024-02-20', 'part_of_month', '2024-02-29'), 'vi')).toBe('cuối tháng 2/2024');
		expect(formatEventDate(day('2022-01-01', 'year', '2022-12-31'), 'vi')).toBe('năm 2022');
		expect(formatEventDate({ start: null, end: null, granularity: null }, 'en')).toBe('undated');
	});

	it('puts the part of day where each language puts it', () => {
		const e = { ...day('2024-03-11'), partOfDay: 'afternoon' as const };
		expect(formatWhen(e, 'vi')).toBe('chiều 11/3/2024');
		expect(formatWhen(e, 'en')).toBe('11 Mar 2024, afternoon');
	});

	it('labels axis ticks by the boundary they fall on', () => {
		const f = axisFormat('vi'), g = axisFormat('en');
		expect(f(new Date('2024-01-01T00:00:00Z'))).toBe('2024');
		expect(f(new Date('2024-03-01T00:00:00Z'))).toBe('tháng 3');
		expect(g(new Date('2024-03-01T00:00:00Z'))).toBe('Mar');
		expect(f(new Date('2024-03-11T00:00:00Z'))).toBe('11/3');
		expect(g(new Date('2024-03-11T00:00:00Z'))).toBe('11 Mar');
	});
});

describe('messages', () => {
	it('has every English key in Vietnamese too, none empty', () => {
		const walk = (a: object, b: object, path: string) => {
			for (const [k, v] of Object.entries(a)) {
				const w = (b as Record<string, unknown>)[k];
				expect(w, `${path}${k}`).toBeDefined();
				if (typeof v === 'object') walk(v, w as object, `${path}${k}.`);
				if (typeof v === 'string') expect((w as string).length, `${path}${k}`).toBeGreaterThan(0);
			}
		};
		walk(m('en'), m('vi'), '');
	});
});
