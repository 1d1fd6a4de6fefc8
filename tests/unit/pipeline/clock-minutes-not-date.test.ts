/**
 * The figures of a clock are never a day or a month: "9h15 - 11h00" is a quarter past nine to eleven, not the 15th of November;
 * "7 giờ 30 - 9 giờ" is not the 30th of September; a programme row opened so makes no date of it. A day written after the hour
 * with a space, or one figure after "giờ" ("lúc 9h 12/3", "Lúc 8 giờ 4/7"), is still a day. (Invented rows.)
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const days = (t: string) => findTimeMentions(t).filter((m) => m.shape === 'day').map((m) => `${m.day}/${m.month}`);

describe('the minutes of a clock', () => {
	it("are no day after 'h'", () => {
		expect(days('9h15 - 11h00 | Tọa đàm giữa hai hội hữu nghị')).toEqual([]);
		expect(days('Từ 7h20 - 9h00, Đoàn thăm Trường Cao đẳng Kỹ thuật')).toEqual([]);
	});
	it("are no day after 'giờ'", () => {
		expect(days('7 giờ 30 - 9 giờ, Đoàn làm việc với Sở Giáo dục')).toEqual([]);
	});
	it('leave a day written after the hour a day', () => {
		expect(days('lúc 9h 12/3, Đoàn đến Cửa khẩu')).toEqual(['12/3']);
		expect(days('Lúc 8 giờ 4/7, Đoàn lên đường')).toEqual(['4/7']);
		expect(days('lúc 15h30 ngày 21/9, hai bên ký kết')).toEqual(['21/9']);
	});
});
