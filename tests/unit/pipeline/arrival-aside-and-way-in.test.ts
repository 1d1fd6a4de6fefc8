/**
 * Arrivals told with what news puts between the subject and the verb, or with no place after the verb:
 *  - "Đoàn công tác tỉnh X gồm 28 thành viên, trong đó có 10 doanh nghiệp, đã đến thành phố Y từ tối hôm kia (8/5)": the
 *    subject's aside set off by commas, then a tense word and the arrival;
 *  - "The 25-member delegation arrived early on Tuesday via the Cha Lo border gate": arriving, told by the day and the way in.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('an arrival with an aside after its subject', () => {
	it('is a visit, the aside set off by commas and a tense word after it', () => {
		expect(classify('Đoàn công tác tỉnh Sa-la-van gồm 28 thành viên, trong đó có đại diện 10 doanh nghiệp, đã đến thành phố Huế từ tối hôm kia (8/5).')).toBe('visit');
		expect(classify('Đoàn đại biểu huyện Mường Khương, gồm 12 người, đã tới tỉnh Phông-sa-lỳ chiều 3/4.')).toBe('visit');
	});
	it('is dated by its bracketed day, the part of the day kept', () => {
		const text = ['Sa-la-van tìm hiểu đầu tư tại Huế', '', 'Đăng lúc: 08:30 - 10/05/2025', '', 'Đoàn công tác tỉnh Sa-la-van gồm 28 thành viên, trong đó có đại diện 10 doanh nghiệp, đã đến thành phố Huế từ tối hôm kia (8/5).', '', 'Sáng hôm qua, Đoàn đã làm việc với lãnh đạo thành phố Huế về hợp tác du lịch.', ''].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(quoted(t, 'đã đến thành phố Huế').map((e) => [e.start, e.partOfDay, e.type])).toEqual([['2025-05-08', 'evening', 'visit']]);
	});
});

describe('an English arrival told by its day or its way in', () => {
	it('"arrived early on Tuesday via the … border gate" is a visit', () => {
		expect(classify('The 25-member delegation arrived early on Tuesday via the Cha Lo International Border Gate.')).toBe('visit');
		expect(classify('The guests arrived through the Lao Bao border gate.')).toBe('visit');
		expect(classify('The delegation arrived yesterday.')).toBe('visit');
	});
	it('"arrived at a decision" and an arrival of goods are not', () => {
		expect(classify('The two sides arrived at a consensus on Tuesday.')).toBeNull();
		expect(classify('The first shipment arrived on Tuesday through the port.')).toBeNull();
	});
	it('is dated the weekday before the stamp, in its part of the day', () => {
		const text = ['Khammouane traders seek Ha Tinh partners', '', '14/03/2025 - 10:00 (GMT+07:00)', '', 'A business delegation from Khammouane led by Vice Governor Bounma Vongsa attended the Ha Tinh trade fair on March 12 and 13.', '', 'The 25-member delegation arrived early on Tuesday via the Cha Lo International Border Gate.', ''].join('\n');
		const t = buildTimeline([{ file: 'b.txt', text }]);
		expect(quoted(t, 'arrived early on Tuesday').map((e) => [e.start, e.partOfDay, e.type])).toEqual([['2025-03-11', 'morning', 'visit']]);
	});
});
