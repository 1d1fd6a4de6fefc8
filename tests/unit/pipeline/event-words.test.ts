/**
 * extractEvents tries the planned and invitation patterns only in sentences holding one of their words
 * (found in the trigger words' scan, on the lower-cased sentence): whatever the case or the spacing,
 * a sentence the patterns match must keep its status.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents, isPlanned } from '../../../src/lib/pipeline/events';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';

function first(body: string, lang: 'vi' | 'en' = 'vi') {
	const text = normalizeText(`Tiêu đề bài viết về chuyến thăm của đoàn đại biểu\n\n${body}`);
	const doc = segment('a', 'a.txt', text, lang);
	return extractEvents(doc, { stamp: null, yearFor: () => null })[0];
}

describe('planned and invited, as the patterns see them', () => {
	it.each([
		['Ngày 17/12, Đoàn SẼ hội đàm với lãnh đạo tỉnh Chămpasắc.', 'vi'],
		['DỰ KIẾN ngày 17/12, Đoàn hội đàm với lãnh đạo tỉnh Chămpasắc.', 'vi'],
		['Theo   kế\thoạch, ngày 17/12, Đoàn hội đàm với lãnh đạo tỉnh Chămpasắc.', 'vi'],
		['Ngày 17/12, Đoàn Sắp tới hội đàm với lãnh đạo tỉnh Chămpasắc.', 'vi'],
		['On March 5, the delegation WILL hold talks with the governor.', 'en'],
		['The delegation Is Scheduled to hold talks with the governor on March 5.', 'en']
	] as const)('%s is planned', (s, lang) => {
		expect(isPlanned(s)).toBe(true);
		expect(first(s, lang)?.status).toBe('planned');
	});

	it.each([
		['Ngày 17/12, lãnh đạo tỉnh đã MỜI Đoàn sang thăm tỉnh vào tháng 12/2025.', 'vi'],
		['On March 5, the governor INVITED the delegation to visit the province in 2025.', 'en']
	] as const)('%s is an invitation: a planned visit, context', (s, lang) => {
		const e = first(s, lang);
		expect(e?.type).toBe('visit');
		expect(e?.status).toBe('planned');
		expect(e?.role).toBe('context');
	});

	it('a sentence without those words is reported', () => {
		expect(first('Ngày 17/12, Đoàn đã hội đàm với lãnh đạo tỉnh Chămpasắc.')?.status).toBe('occurred');
	});
});
