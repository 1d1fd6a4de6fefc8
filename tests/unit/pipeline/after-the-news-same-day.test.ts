/**
 * What can only come after the news, told "cùng ngày" after a flashback to an earlier day: the delegation going home after the
 * ceremony it attended, the remains buried after their handover. A report tells its flashback ("Trước đó, …") in passing, then
 * is back at its own day to close it. And a delegation's head hearing the officer of a team at work abroad report is a
 * working session of the trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const ev = (t: ReturnType<typeof buildTimeline>, quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)));

describe('"cùng ngày" after a flashback, of what follows the news', () => {
	it('the delegation going home after the ceremony it attended is on the news day, not the flashback\'s', () => {
		const page = [
			'Nghệ An tổ chức lễ an táng hài cốt liệt sĩ',
			'',
			'09/04/2025 15:20',
			'',
			'Sáng 9/4, tại Nghĩa trang liệt sĩ quốc tế Anh Sơn, UBND tỉnh Nghệ An tổ chức Lễ truy điệu và an táng 12 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào.',
			'',
			'Dự buổi lễ có Đoàn đại biểu tỉnh Bô-ly-khăm-xay do Đại tá Khăm-phăn Xay-nha-vông dẫn đầu.',
			'',
			'Trước đó, ngày 8/4, tại cửa khẩu quốc tế Nậm Cắn, Bộ Chỉ huy Quân sự tỉnh Nghệ An đã tiếp nhận 12 hài cốt liệt sĩ do phía bạn bàn giao.',
			'',
			'Nghĩa trang được xây dựng năm 1995, là nơi an nghỉ của hơn 3.000 liệt sĩ.',
			'',
			'Chiều cùng ngày, Đoàn đại biểu tỉnh Bô-ly-khăm-xay kết thúc chuyến công tác, về nước qua cửa khẩu Nậm Cắn.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const e = ev(t, 'kết thúc chuyến công tác');
		expect([e?.start, e?.partOfDay]).toEqual(['2025-04-09', 'afternoon']);
		expect(ev(t, 'Trước đó, ngày 8/4')?.start).toBe('2025-04-08');
	});
	it('the burial after a flashback to the farewell before the handover is on the handover\'s day', () => {
		const page = [
			'Kon Tum đón 9 hài cốt liệt sĩ từ Át-tạ-pư',
			'',
			'14/03/2025 18:00',
			'',
			'Ngày 14/3, tại cửa khẩu quốc tế Bờ Y, Bộ Chỉ huy Quân sự tỉnh Kon Tum tổ chức Lễ tiếp nhận, bàn giao 9 hài cốt liệt sĩ quân tình nguyện do tỉnh Át-tạ-pư bàn giao.',
			'',
			'Trước đó, sáng 13/3, Đội K53 cùng Bộ Chỉ huy Quân sự tỉnh Át-tạ-pư đã tổ chức lễ tiễn đưa hài cốt liệt sĩ tại thị xã Sạ-mạ-khi-xay.',
			'',
			'Chiều cùng ngày, tại Nghĩa trang liệt sĩ tỉnh Kon Tum, UBND tỉnh tổ chức Lễ truy điệu và an táng 9 hài cốt liệt sĩ.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const e = ev(t, 'Lễ truy điệu và an táng');
		expect([e?.start, e?.partOfDay]).toEqual(['2025-03-14', 'afternoon']);
		expect(ev(t, 'lễ tiễn đưa')?.start).toBe('2025-03-13');
	});
	it('a visit told after a morning flashback still goes on with the flashback\'s day', () => {
		const page = [
			'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xê Kông',
			'',
			'21/10/2025 10:00',
			'',
			'Sáng 21/10, đồng chí Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh Quảng Nam đã tiếp Đoàn đại biểu tỉnh Xê Kông do đồng chí Bun-thăn Phôm-ma-xay dẫn đầu.',
			'',
			'Trước đó, sáng 20/10, Đoàn đã dâng hương tại Nghĩa trang liệt sĩ tỉnh.',
			'',
			'Chiều cùng ngày, Đoàn đi thăm Khu công nghiệp Điện Nam - Điện Ngọc.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		expect(ev(t, 'Khu công nghiệp Điện Nam')?.start).toBe('2025-10-20');
	});
});

describe('a delegation head hearing a team\'s report', () => {
	it('is a working session of the trip on its day', () => {
		const page = [
			'Lãnh đạo tỉnh thăm Đội K52 tại Bô-ly-khăm-xay',
			'',
			'12/02/2025 09:00',
			'',
			'Từ ngày 10 đến 12/2, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Trần Thị Lan, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã đến thăm, động viên Đội K52 đang làm nhiệm vụ tại tỉnh Bô-ly-khăm-xay.',
			'',
			'Sáng 11/2, Đoàn đã dâng hương tại Đài tưởng niệm liệt sĩ ở huyện Khăm-cợt.',
			'',
			'Chiều cùng ngày, tại bản Na Hin, nơi Đội K52 đóng quân, đồng chí Trần Thị Lan đã nghe Trung tá Phạm Văn Đức, Đội trưởng Đội K52 báo cáo kết quả thực hiện nhiệm vụ.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const e = ev(t, 'báo cáo kết quả thực hiện nhiệm vụ');
		expect([e?.type, e?.start, e?.partOfDay]).toEqual(['working_session', '2025-02-11', 'afternoon']);
	});
});
