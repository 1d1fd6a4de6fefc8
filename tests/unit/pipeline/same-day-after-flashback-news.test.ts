/**
 * "Sáng cùng ngày" after a flashback ("Trước đó, ngày 11/5, tại Hà Nội, Đoàn đã làm việc với …"): once a paragraph between has
 * gone back to the news (its people: "Đồng chí X tặng quà lưu niệm Trưởng đoàn …"), the flashback was told in passing and the
 * day the story is at is the news's. Told right after the flashback, with no return, it is still the flashback's day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng', '', '12/05/2022 17:40', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Chiều 12/5, tại trụ sở UBND tỉnh, đồng chí Lê Quang Tùng, Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Khăm-phăn Phôm-ma-vông, Phó Tỉnh trưởng làm trưởng đoàn.';
const BACK = 'Trước đó, ngày 11/5, tại Hà Nội, Đoàn đã làm việc với Bộ Ngoại giao.';
const dayOf = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))?.start;

describe('the same day after a flashback', () => {
	it('is the news day once the story has gone back to the news', () => {
		const t = page(LEAD, BACK, 'Đồng chí Lê Quang Tùng tặng quà lưu niệm Trưởng đoàn Khăm-phăn Phôm-ma-vông.', 'Sáng cùng ngày, Đoàn đã tham quan Nhà máy xi măng Nghi Sơn.');
		expect(dayOf(t, 'Sáng cùng ngày')).toBe('2022-05-12');
	});
	it('is the flashback\'s day when told right after it', () => {
		const t = page(LEAD, `${BACK} Sáng cùng ngày, Đoàn đã đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ.`);
		expect(dayOf(t, 'Sáng cùng ngày')).toBe('2022-05-11');
	});
	// (The stop before the one planned next is not the flashback's: the trip had left Hà Nội for the news's unnamed province.)
	it('lends the flashback\'s place to no happening of the news day, before the next stop planned', () => {
		const t = page(LEAD, BACK, 'Đồng chí Lê Quang Tùng tặng quà lưu niệm Trưởng đoàn Khăm-phăn Phôm-ma-vông.', 'Theo chương trình, ngày 13/5, Đoàn sẽ đến thăm tỉnh Hà Tĩnh.');
		const lead = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Chiều 12/5')));
		expect(lead?.cities).not.toContain('hanoi');
	});
});
