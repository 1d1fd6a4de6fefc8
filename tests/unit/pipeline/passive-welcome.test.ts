/**
 * The delegation met on arrival, told in the passive: "Tối hôm trước, Đoàn được lãnh đạo Sở … tỉnh X đón tại cửa khẩu …"
 * is "lãnh đạo Sở … đón Đoàn", a reception on the evening before the day told. Told with the arrival in the same
 * sentence ("Đoàn nhập cảnh qua … và được … đón tại …") it stays the arrival.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const text = [
	'Đoàn công tác tỉnh Hà Giang làm việc tại tỉnh Phông-xa-lỳ',
	'',
	'Cập nhật 16-10-2021, 10:20',
	'',
	'Sáng 15/10, tại thành phố Phông-xa-lỳ, ông Bun-xỏn Kẹo-vi-xay, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ đã tiếp và hội đàm với Đoàn công tác Sở Giáo dục tỉnh Hà Giang do bà Hoàng Thị Mai, Giám đốc Sở làm trưởng đoàn.',
	'',
	'Tối hôm trước, Đoàn được lãnh đạo Sở Giáo dục tỉnh Phông-xa-lỳ đón tại cửa khẩu quốc tế Bản Hang.'
].join('\n');

describe('the passive welcome "Đoàn được … đón tại …"', () => {
	it('is a reception', () => {
		expect(classify('Tối hôm trước, Đoàn được lãnh đạo Sở Giáo dục tỉnh Phông-xa-lỳ đón tại cửa khẩu quốc tế Bản Hang.')).toBe('reception');
		expect(classify('Chiều 3/4, Đoàn nhập cảnh qua cửa khẩu quốc tế Bản Hang và được lãnh đạo huyện đón tại cửa khẩu.')).toBe('visit');
	});
	it('dated the evening before the talks, in the trip', () => {
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Tối hôm trước, Đoàn được lãnh đạo')));
		expect(e).toMatchObject({ start: '2021-10-14', end: '2021-10-14', partOfDay: 'evening', status: 'occurred' });
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
});
