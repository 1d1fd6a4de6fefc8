/**
 * A trip's days counted: "Ngày làm việc thứ hai, lúc 9 giờ, … Đoàn đã hội đàm …" is the second day of the span the lead gives
 * ("Từ ngày 14 đến 17/5"), in the morning its hour says, and "Chiều cùng ngày" after it is that day's afternoon; an itinerary
 * told after a lead of one day ("Chuyến công tác của Đoàn diễn ra trong 3 ngày, từ ngày 20 đến 22/3/2023, cụ thể như sau:",
 * then "Ngày thứ nhất: …" to "Ngày thứ ba: …") is the visit over those days, each line its day, done or to come by the stamp;
 * "Chiều ngày 21, …" (no month) is the 21st of the stamp's month. "Ngày thứ Hai: …" heads a weekday's programme.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));

const working = [
	'Đoàn đại biểu tỉnh Hà Tĩnh làm việc tại tỉnh Bô-li-khăm-xay',
	'',
	'15/05/2025 | 20:10',
	'',
	'Từ ngày 14 đến 17/5, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Phan Đức Lâm, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn thăm và làm việc tại tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Tối thứ Tư, Đoàn đã chào xã giao đồng chí Bun-mi Xi-vông-xay, Tỉnh trưởng tỉnh Bô-li-khăm-xay.',
	'',
	'Ngày làm việc thứ hai, lúc 9 giờ, tại trụ sở Văn phòng tỉnh, Đoàn đã hội đàm với lãnh đạo tỉnh bạn do đồng chí Khăm-xing Phôm-ma-chăn, Phó Tỉnh trưởng chủ trì.',
	'',
	'Chiều cùng ngày, hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.'
].join('\n');

const itinerary = [
	'Hà Tĩnh - Bô-li-khăm-xay hội đàm về hợp tác',
	'',
	'21/3/2023 8:40:00 PM',
	'',
	'Chiều ngày 21, tại thành phố Pác-xan, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Phan Đức Lâm, Phó Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Chuyến công tác của Đoàn diễn ra trong 3 ngày, từ ngày 20 đến 22/3/2023, cụ thể như sau:',
	'',
	'Ngày thứ nhất: Đoàn xuất cảnh qua cửa khẩu quốc tế Cầu Treo, chào xã giao lãnh đạo tỉnh Bô-li-khăm-xay.',
	'',
	'Ngày thứ hai: hội đàm với lãnh đạo tỉnh Bô-li-khăm-xay.',
	'',
	'Ngày thứ ba: thăm Trường Hữu nghị Lào - Việt Nam, về nước.'
].join('\n');

describe('a working day counted, and an itinerary\'s days', () => {
	it('"Ngày làm việc thứ hai, lúc 9 giờ, …" is the trip\'s second day, in the morning; "Chiều cùng ngày" is its afternoon', () => {
		const t = buildTimeline([{ file: 'a.txt', text: working }]);
		expect(quoted(t, 'Ngày làm việc thứ hai, lúc 9 giờ')).toMatchObject({ start: '2025-05-15', end: '2025-05-15', partOfDay: 'morning', type: 'talks', status: 'occurred' });
		expect(quoted(t, 'Chiều cùng ngày, hai bên đã ký kết')).toMatchObject({ start: '2025-05-15', end: '2025-05-15', partOfDay: 'afternoon', type: 'signing' });
	});
	it('the trip\'s span after a lead of one day is the visit, and each itinerary line its day', () => {
		const t = buildTimeline([{ file: 'b.txt', text: itinerary }]);
		expect(quoted(t, 'Chiều ngày 21, tại thành phố Pác-xan')).toMatchObject({ start: '2023-03-21', end: '2023-03-21', partOfDay: 'afternoon', type: 'talks', status: 'occurred' });
		expect(quoted(t, 'Chuyến công tác của Đoàn diễn ra trong 3 ngày')).toMatchObject({ start: '2023-03-20', end: '2023-03-22', type: 'visit' });
		expect(quoted(t, 'Ngày thứ nhất: Đoàn xuất cảnh')).toMatchObject({ start: '2023-03-20', end: '2023-03-20', status: 'occurred' });
		expect(quoted(t, 'Ngày thứ hai: hội đàm')).toMatchObject({ start: '2023-03-21', end: '2023-03-21' });
		expect(quoted(t, 'Ngày thứ ba: thăm Trường')).toMatchObject({ start: '2023-03-22', end: '2023-03-22', status: 'planned' });
	});
	it('"Ngày thứ Hai: …" is a weekday, no day of the trip counted', () => {
		const t = buildTimeline([{ file: 'c.txt', text: itinerary.replace('Ngày thứ hai: hội đàm', 'Ngày thứ Hai: hội đàm') }]);
		expect(t.events.filter((x) => x.sources.some((s) => s.quote.includes('Ngày thứ Hai: hội đàm')) && x.start === '2023-03-21' && x.end === '2023-03-21' && !x.partOfDay)).toEqual([]);
	});
});
