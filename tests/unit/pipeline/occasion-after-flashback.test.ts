/**
 * After a flashback said as such ("Trước đó, chiều 3/6, …") and a related-links box, "Trong dịp này" and "Chiều cùng ngày"
 * in the next paragraphs are the news day's, not the flashback's; after a day gone back to without "Trước đó" they stay.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([
		{
			file: 'a.txt',
			text: ['Trường Đại học Y Huế kết nghĩa với Bệnh viện tỉnh Sa-la-van', '', '05/6/2024 10:20', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
		}
	]);
const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('the occasion after a flashback', () => {
	it('"Trong dịp này" and "Chiều cùng ngày" after "Trước đó, chiều 3/6, …" are the news day\'s', () => {
		const t = page(
			'Sáng 4/6, tại thành phố Sa-la-van, Bệnh viện Trung ương Huế và Bệnh viện tỉnh Sa-la-van đã ký kết thỏa thuận hợp tác giai đoạn 2024 – 2028.',
			'Lễ ký kết diễn ra trong khuôn khổ chuyến thăm và làm việc tại tỉnh Sa-la-van từ ngày 2 đến hết ngày 5/6 của Đoàn đại biểu tỉnh Thừa Thiên Huế do ông Phan Quý Phương, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
			'Trước đó, chiều 3/6, hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2028.',
			'Tin liên quan',
			'Bệnh viện Trung ương Huế phẫu thuật thành công cho bệnh nhi người Lào (12/3/2024)',
			'Trong dịp này, Bệnh viện Trung ương Huế trao tặng Bệnh viện tỉnh Sa-la-van một máy siêu âm trị giá 800 triệu đồng.',
			'Chiều cùng ngày, Đoàn đã đến thăm Trường Hữu nghị Lào - Việt Nam tại Sa-la-van.'
		);
		expect(eventOf(t, 'Trong dịp này')).toMatchObject({ start: '2024-06-04', end: '2024-06-04' });
		expect(eventOf(t, 'Chiều cùng ngày')).toMatchObject({ start: '2024-06-04', partOfDay: 'afternoon' });
	});
});
