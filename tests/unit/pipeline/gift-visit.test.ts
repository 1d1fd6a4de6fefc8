/**
 * The delegation visiting and handing gifts, told with no day of its own: "Tại huyện X, Đoàn thăm và tặng 40 suất quà …" after
 * the trip's second day is told is a stop of that day; on a page with no date at all, "Đoàn cũng thăm và tặng …" is a
 * happening of its own that the trip, dated by another page, dates.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const dated = {
	file: 'a.txt',
	text: [
		'Đoàn đại biểu tỉnh Điện Biên thăm, làm việc tại tỉnh Phông-xa-lỳ',
		'',
		'Cập nhật 20-03-2024, 10:15',
		'',
		'Từ ngày 17 đến 19/3, Đoàn đại biểu tỉnh Điện Biên do đồng chí Lò Văn Mừng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Phông-xa-lỳ.',
		'',
		'Sáng 17/3, đồng chí Khăm-xay Xi-pa-xợt, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ đã tiếp Đoàn.',
		'',
		'Sáng 18/3, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Phông-xa-lỳ.',
		'',
		'Tại huyện Bun Nưa, Đoàn thăm và tặng 40 suất quà cho học sinh Trường Tiểu học Bun Nưa.',
		'',
		'Ngày 19/3, Đoàn về nước.'
	].join('\n')
};
const undated = {
	file: 'b.txt',
	text: [
		'Điện Biên - Phông-xa-lỳ: tình nghĩa anh em',
		'',
		'Đồng chí Khăm-xay Xi-pa-xợt, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ đã tiếp Đoàn đại biểu tỉnh Điện Biên do đồng chí Lò Văn Mừng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn sang thăm, làm việc.',
		'',
		'Đồng chí Lò Văn Mừng cảm ơn tình cảm của lãnh đạo tỉnh Phông-xa-lỳ.',
		'',
		'Đoàn cũng thăm và tặng 60 suất quà cho các gia đình chính sách huyện Mường Khoa.'
	].join('\n')
};
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('the delegation visiting and handing gifts, with no day of its own', () => {
	it('is an event of the day the story is at, in the trip’s delegation', () => {
		const t = buildTimeline([dated]);
		const e = quoting(t, 'Đoàn thăm và tặng 40 suất quà');
		expect(e, 'an event of its own').toBeTruthy();
		expect([e!.start, e!.end]).toEqual(['2024-03-18', '2024-03-18']);
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
	it('on a page with no date, is a happening of its own, dated by the trip another page tells', () => {
		expect(quoting(buildTimeline([undated]), 'Đoàn cũng thăm và tặng 60 suất quà'), 'an event alone').toBeTruthy();
		const t = buildTimeline([dated, undated]);
		const e = quoting(t, 'Đoàn cũng thăm và tặng 60 suất quà');
		expect(e).toBeTruthy();
		expect(e!.start! >= '2024-03-17' && e!.end! <= '2024-03-19').toBe(true);
	});
});
