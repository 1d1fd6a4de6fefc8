/**
 * Two clauses of one sentence joined by ", đồng thời" or ", và sẽ", each with a verb and a time of its own ("… thống nhất trong
 * năm 2027 sẽ tổ chức chiến dịch tại huyện X, đồng thời Hội … sẽ mời … sang dự Trại hè … vào tháng 9 tới") tell two happenings,
 * each dated by its own time (events.ts ownTimesOf); one time telling two verbs ("Sáng 9/8, … bàn giao …, đồng thời trao tặng …")
 * stays one. A campaign still to be held ("sẽ tổ chức chiến dịch") is a happening as a fair to be held is. (Invented names,
 * places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (closing: string) =>
	[
		'Tuổi trẻ Điện Biên kết thúc chiến dịch tình nguyện tại Phông-xa-lỳ',
		'',
		'Thứ Bảy, 10/08/2024 - 08:15',
		'',
		'Chiều 9/8, tại huyện Mường Mày, tỉnh Phông-xa-lỳ (Lào), Tỉnh đoàn Điện Biên phối hợp với Đoàn Thanh niên tỉnh Phông-xa-lỳ tổng kết Chiến dịch tình nguyện hè năm 2024.',
		'',
		closing
	].join('\n');
const read = (closing: string) => buildTimeline([{ file: 'a.txt', text: page(closing) }]).events;
const quoting = (events: ReturnType<typeof read>, q: string) => events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('two clauses, each with its own time', () => {
	it('", đồng thời": next year\'s campaign and next month\'s camp are two plans, each of its own time', () => {
		const events = read('Anh Lò Văn Khánh cho biết, hai bên thống nhất trong năm 2025 sẽ tổ chức chiến dịch tại huyện Bun-tạy, đồng thời Tỉnh đoàn Điện Biên sẽ mời 20 thanh niên của Phông-xa-lỳ sang dự Trại hè thanh niên Việt – Lào tại Mường Nhé vào tháng 9 tới.');
		const campaign = quoting(events, 'sẽ tổ chức chiến dịch tại huyện Bun-tạy');
		expect(campaign).toMatchObject({ start: '2025-01-01', end: '2025-12-31', status: 'planned' });
		expect(campaign!.sources[0].quote).not.toContain('Trại hè');
		expect(quoting(events, 'sang dự Trại hè thanh niên')).toMatchObject({ start: '2024-09-01', end: '2024-09-30', status: 'planned' });
	});
	it('", và sẽ": a done act of its day and a plan of its month', () => {
		const events = read('Sáng 8/8, Tỉnh đoàn Điện Biên đã bàn giao 3 phòng học cho bản Huổi-Lếch, và sẽ khánh thành nhà văn hóa bản vào tháng 10 tới.');
		expect(quoting(events, 'đã bàn giao 3 phòng học')).toMatchObject({ start: '2024-08-08', end: '2024-08-08', status: 'occurred' });
		expect(quoting(events, 'sẽ khánh thành nhà văn hóa')).toMatchObject({ start: '2024-10-01', end: '2024-10-31', status: 'planned' });
	});
	it('one time told with two verbs stays one event', () => {
		const events = read('Sáng 8/8, Tỉnh đoàn Điện Biên đã bàn giao 3 phòng học cho bản Huổi-Lếch, đồng thời trao tặng 200 suất quà cho học sinh nghèo.');
		const e = quoting(events, 'đã bàn giao 3 phòng học');
		expect(e).toMatchObject({ start: '2024-08-08', end: '2024-08-08' });
		expect(e!.sources[0].quote).toContain('trao tặng 200 suất quà');
	});
});

describe('a campaign to be held', () => {
	it('"sẽ tổ chức chiến dịch" is a happening', () => {
		expect(classify('hai bên thống nhất trong năm 2025 sẽ tổ chức chiến dịch tại huyện Bun-tạy')).toBe('ceremony');
	});
	it('not a campaign merely named', () => {
		expect(classify('hai bên trao đổi kinh nghiệm về chiến dịch năm trước')).toBeNull();
	});
});
