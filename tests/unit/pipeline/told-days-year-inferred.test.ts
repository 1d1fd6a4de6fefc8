/**
 * Days a report tells by their numbers ("Ngày 19 và 20/5", "từ ngày 7 đến hết ngày 9/8") on a page with no stamp, the year only
 * inferred from its evidence, are told outright: two happenings with told days that differ stay two, as they do with the year
 * printed. Only days guessed for an undated report from its trip's stay (or a window of recent days) hold another report's day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';
import type { Resolved } from '../../../src/lib/pipeline/dates/index';

const page = (file: string, lines: string[]) => ({ file, text: lines.join('\n\n') });

describe('a two-day conference told on a page with no stamp', () => {
	// No stamp: the year comes from the page's evidence ('Năm Đoàn kết hữu nghị … 2025').
	const twoDays = page('no-stamp.txt', [
		'Kon Tum xúc tiến thương mại tại Chăm-pa-xắc',
		'Hoạt động nằm trong chuỗi sự kiện Năm Đoàn kết hữu nghị Việt Nam - Lào 2025.',
		'Ngày 19 và 20/5, Đoàn công tác tỉnh Kon Tum do ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh dẫn đầu đã tổ chức hội nghị xúc tiến thương mại và kết nối doanh nghiệp tại tỉnh Chăm-pa-xắc (Lào).'
	]);
	const oneDay = page('stamped.txt', [
		'Thứ Hai, 19/5/2025 - 18:00',
		'Hội nghị xúc tiến thương mại Kon Tum tại Chăm-pa-xắc',
		'Sáng 19/5, tại tỉnh Chăm-pa-xắc (Lào), Đoàn công tác tỉnh Kon Tum do ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh dẫn đầu tổ chức hội nghị xúc tiến thương mại với sự tham dự của ông Vi-lay Xỉ-xu-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc.'
	]);
	it('keeps its two days beside another outlet’s one-day conference within them', () => {
		for (const pages of [[twoDays, oneDay], [oneDay, twoDays]]) {
			const t = buildTimeline(pages);
			const spans = t.events.filter((e) => e.type === 'conference').map((e) => `${e.start}..${e.end}`).sort();
			expect(spans).toEqual(['2025-05-19..2025-05-19', '2025-05-19..2025-05-20']);
		}
	});
});

describe('sameHappening with a year inferred', () => {
	const inferred = (start: string, end: string): Resolved => ({ start, end, granularity: start === end ? 'day' : 'span', partOfDay: null, dating: 'inferred', confidence: 0.75, note: { vi: '', en: '' } as never });
	const day = (d: string): Resolved => ({ ...inferred(d, d), dating: 'explicit', confidence: 0.9 });
	const report = (article: string, date: Resolved, dateText: string | null): Mergeable => ({
		article, type: 'conference', role: 'main', status: 'occurred', date, people: ['leader', 'host'], place: 'champasak', cities: [], conflicts: [],
		sources: [{ article, quote: 'tổ chức hội nghị xúc tiến thương mại', start: 0, end: 10, dateText }]
	});
	it('days told by their numbers hold no other report’s day', () => {
		expect(sameHappening(report('a', inferred('2025-08-07', '2025-08-09'), 'từ ngày 7 đến hết ngày 9/8'), report('b', day('2025-08-08'), 'Sáng 8/8'))).toBe(false);
		expect(sameHappening(report('b', day('2025-08-08'), 'Sáng 8/8'), report('a', inferred('2025-08-07', '2025-08-09'), 'Ngày 7, 8 và 9/8'))).toBe(false);
	});
	it('days guessed from the stay for an undated report still do', () => {
		expect(sameHappening(report('a', inferred('2025-08-07', '2025-08-09'), null), report('b', day('2025-08-08'), 'Sáng 8/8'))).toBe(true);
		expect(sameHappening(report('a', inferred('2025-08-07', '2025-08-09'), 'Dịp này'), report('b', day('2025-08-08'), 'Sáng 8/8'))).toBe(true);
	});
});
