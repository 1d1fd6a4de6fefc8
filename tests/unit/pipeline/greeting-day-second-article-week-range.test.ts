/**
 * From the sixty-seventh set: an unstamped bulletin dated by the day its greeting names ("hôm nay, thứ Sáu ngày 8/3"), its
 * sign-off ("hẹn gặp lại quý vị …") no event; a second article printed on the same page under its own headline and stamp,
 * whose "sáng nay", "hôm qua" count from that stamp; a range of weekdays qualified by its week ("Từ thứ Ba đến hết thứ Năm tuần
 * trước").
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const starts = (t: ReturnType<typeof buildTimeline>, quote: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(quote))).map((e) => `${e.start}..${e.end}`);

describe('an unstamped bulletin greeting its audience with the day', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH ĐIỆN BIÊN',
				'Chương trình thời sự chiều',
				'Kính thưa quý vị, hôm nay, thứ Sáu ngày 8/3, mời quý vị theo dõi các tin chính.',
				'Sáng nay, tại trụ sở UBND tỉnh, ông Vũ Thanh Sơn, Phó Chủ tịch UBND tỉnh Điện Biên đã tiếp Đoàn đại biểu tỉnh Luông Pha Bang (Lào) do ông Khăm-xay Phôm-ma-chăn, Phó Tỉnh trưởng làm trưởng đoàn.',
				'Hai bên đã rà soát kết quả thực hiện biên bản hợp tác năm 2023.',
				'Ngày mai, Đoàn sẽ đi thăm Khu di tích lịch sử Điện Biên Phủ.',
				'Chương trình thời sự của chúng tôi đến đây là hết. Xin cảm ơn và hẹn gặp lại quý vị vào chương trình thời sự tối mai.'
			].join('\n\n')
		}
	]);
	it('dates "Sáng nay" and "Ngày mai" from the day it names, the year from the page and the weekday', () => {
		expect(starts(t, 'Sáng nay, tại trụ sở')).toEqual(['2024-03-08..2024-03-08']);
		expect(starts(t, 'Ngày mai, Đoàn sẽ')).toEqual(['2024-03-09..2024-03-09']);
	});
	it('makes no event of its sign-off', () => {
		expect(starts(t, 'hẹn gặp lại')).toEqual([]);
	});
});

describe('a second article on the page, under its own headline and stamp', () => {
	const t = buildTimeline([
		{
			file: 'b.txt',
			text: [
				'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA',
				'Sơn La và Hủa Phăn tăng cường hợp tác giáo dục',
				'Thứ Ba, 19/11/2024 - 09:15',
				'Sáng nay, ông Nguyễn Thành Công, Phó Chủ tịch UBND tỉnh Sơn La đã tiếp Đoàn công tác Sở Giáo dục tỉnh Hủa Phăn (Lào) do ông Bun-mi Xỉ-vông, Giám đốc Sở làm trưởng đoàn.',
				'Hai bên thống nhất tăng số lưu học sinh Lào sang học tại Sơn La.',
				'Minh Anh',
				'Sơn La tiếp Đoàn Sở Y tế tỉnh Luông Pha Bang',
				'Thứ Sáu, 15/11/2024 - 16:20',
				'Sáng nay, ông Đặng Ngọc Hậu, Giám đốc Sở Y tế tỉnh Sơn La đã tiếp Đoàn công tác Sở Y tế tỉnh Luông Pha Bang (Lào) do ông Vi-lay Phon-xa-vẳn, Giám đốc Sở làm trưởng đoàn.',
				'Hôm qua, Đoàn đã đi thăm Bệnh viện Đa khoa tỉnh Sơn La.'
			].join('\n\n')
		}
	]);
	it('dates its "Sáng nay" and "Hôm qua" from its own stamp, not the page\'s first', () => {
		expect(starts(t, 'ông Nguyễn Thành Công')).toEqual(['2024-11-19..2024-11-19']);
		expect(starts(t, 'ông Đặng Ngọc Hậu')).toEqual(['2024-11-15..2024-11-15']);
		expect(starts(t, 'Hôm qua, Đoàn đã đi thăm Bệnh viện')).toEqual(['2024-11-14..2024-11-14']);
	});
});

describe('a range of weekdays with its week', () => {
	it('"Từ thứ Ba đến hết thứ Năm tuần trước" is one mention, those days of last week', () => {
		expect(findTimeMentions('Từ thứ Ba đến hết thứ Năm tuần trước, Đoàn đã thăm tỉnh Chăm-pa-sắc.', 'vi')).toEqual([expect.objectContaining({ shape: 'span', unit: 'week', offset: -1, weekday: 2, endWeekday: 4 })]);
	});
	it('is dated those days of the week before the stamp', () => {
		const t = buildTimeline([
			{
				file: 'c.txt',
				text: [
					'Kon Tum và Át-tạ-pư mở rộng hợp tác',
					'Thứ Tư, 23/10/2024 - 10:00',
					'Từ thứ Ba đến hết thứ Năm tuần trước, Đoàn đại biểu tỉnh Kon Tum do ông Nguyễn Hữu Tháp, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Át-tạ-pư (Lào).'
				].join('\n\n')
			}
		]);
		expect(starts(t, 'Từ thứ Ba đến hết thứ Năm tuần trước')).toEqual(['2024-10-15..2024-10-17']);
	});
});
