/**
 * A done act, then what both sides agreed to hold at a time to come, in one sentence joined by "và": "… hai bên đã ký kết Kế
 * hoạch hợp tác năm 2024 và nhất trí tổ chức tổng kết vào tháng 12 tới tại …" tells two happenings, the signing of the day told
 * and the review planned for December (events.ts agreedPlanOf). Only where the second clause has its own verb of agreeing, "tổ
 * chức", and its own time to come.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (closing: string) =>
	[
		'Công an huyện Tương Dương làm việc với Công an huyện Khăm-cợt',
		'',
		'Cập nhật: 16/4/2024',
		'',
		'Từ ngày 14 đến 15/4/2024, Đoàn công tác Công an huyện Tương Dương, tỉnh Nghệ An do Thượng tá Hồ Văn Sáu, Trưởng Công an huyện làm trưởng đoàn đã sang thăm, làm việc tại huyện Khăm-cợt, tỉnh Bô-ly-khăm-xay (Lào).',
		'',
		'Sáng 15/4, hai bên tổ chức hội đàm đánh giá kết quả phối hợp bảo đảm an ninh trật tự khu vực biên giới.',
		'',
		closing
	].join('\n');
const read = (closing: string) => buildTimeline([{ file: 'a.txt', text: page(closing) }]).events;
const quoting = (events: ReturnType<typeof read>, q: string) => events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe('a plan agreed after a done act, in one sentence', () => {
	it('the signing and the review planned for the month to come are two events', () => {
		const events = read('Kết thúc buổi hội đàm, hai bên đã ký kết Kế hoạch phối hợp năm 2024 và nhất trí tổ chức tổng kết vào tháng 12 tới tại Tương Dương.');
		const signing = quoting(events, 'Kết thúc buổi hội đàm, hai bên đã ký kết');
		expect(signing).toMatchObject({ start: '2024-04-15', status: 'occurred' });
		expect(signing!.sources[0].quote).not.toContain('tổng kết');
		expect(quoting(events, 'nhất trí tổ chức tổng kết vào tháng 12 tới')).toMatchObject({ start: '2024-12-01', end: '2024-12-31', status: 'planned' });
	});
	it('"thống nhất sẽ tổ chức" with a year to come', () => {
		const events = read('Sau hội đàm, hai bên đã ký biên bản ghi nhớ và thống nhất sẽ tổ chức sơ kết vào quý II năm sau tại Khăm-cợt.');
		expect(quoting(events, 'thống nhất sẽ tổ chức sơ kết')).toMatchObject({ status: 'planned' });
		expect(quoting(events, 'thống nhất sẽ tổ chức sơ kết')!.start?.startsWith('2025')).toBe(true);
	});
	it('one event when the second clause has no time of its own, or the first is a plan too', () => {
		const none = read('Kết thúc buổi hội đàm, hai bên đã ký kết Kế hoạch phối hợp năm 2024 và nhất trí tổ chức tổng kết định kỳ.');
		expect(quoting(none, 'nhất trí tổ chức')).toBeUndefined();
		const both = read('Hai bên sẽ ký kết Kế hoạch phối hợp năm 2024 và nhất trí tổ chức tổng kết vào tháng 12 tới tại Tương Dương.');
		expect(quoting(both, 'nhất trí tổ chức')).toBeUndefined();
	});
});

describe('a review held', () => {
	it('"tổ chức sơ kết", "tổ chức tổng kết" hold a meeting', () => {
		expect(classify('hai bên thống nhất tổ chức sơ kết 6 tháng vào tháng 10 tới')).toBe('working_session');
		expect(classify('nhất trí tổ chức buổi tổng kết vào cuối năm')).toBe('working_session');
	});
	it('not a report of the review', () => {
		expect(classify('báo cáo sơ kết 6 tháng đầu năm')).toBeNull();
	});
});
