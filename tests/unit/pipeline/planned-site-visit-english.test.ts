/**
 * A site visit planned in English by the bare verb ("the delegation will visit the Phonxay Industrial Park on June 6") and the
 * same day's survey of that site told in Vietnamese ("ngày 6/6 Đoàn khảo sát Khu công nghiệp Phôn-xay"): one happening, as
 * when the English says "visited". The place of the next leg told after it ("before travelling to …") is not the visit's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = (line: string) => ({
	file: 'vi.txt',
	text: [
		'Thứ tư, 5/6/2024, 10:15 (GMT+7)',
		'Hiệp hội Doanh nghiệp tỉnh Hà Giang làm việc tại tỉnh Bò-kẹo',
		'Từ ngày 4 đến 8/6, Đoàn công tác Hiệp hội Doanh nghiệp tỉnh Hà Giang do ông Nguyễn Minh Tuấn, Chủ tịch Hiệp hội làm trưởng đoàn thăm và làm việc tại tỉnh Bò-kẹo (Lào).',
		line
	].join('\n\n')
});
const en = {
	file: 'en.txt',
	text: [
		'Wednesday, 5/6/2024 09:30',
		'Ha Giang businesses seek opportunities in Bokeo',
		'BOKEO, June 4 (VNA) - A delegation of the Ha Giang Business Association led by its chairman Nguyen Minh Tuan held talks with leaders of Laos\' Bokeo province on Tuesday.',
		'According to the schedule, the delegation will visit the Phonxay Industrial Park on June 6 before travelling to Vientiane to meet rubber growers.'
	].join('\n\n')
};
const phonxay = (t: ReturnType<typeof buildTimeline>) => t.events.find((x) => x.sources.some((s) => s.quote.includes('Phonxay')));

describe('a site visit planned in English by "will visit" and its survey told in Vietnamese', () => {
	it('are one event quoting both', () => {
		const t = buildTimeline([vi('Theo kế hoạch, ngày 6/6 Đoàn khảo sát Khu công nghiệp Phôn-xay; ngày 7/6 làm việc với doanh nghiệp.'), en]);
		expect(phonxay(t)?.sources.some((s) => s.quote.includes('Phôn-xay'))).toBe(true);
	});
	it('the next leg told after "before travelling to" is not where the visit is', () => {
		const t = buildTimeline([en]);
		const e = phonxay(t);
		expect(e?.cities).not.toContain('vientiane');
		expect(e?.cities).toContain('bokeo');
	});
});
