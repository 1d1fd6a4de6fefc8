import { describe, expect, it } from 'vitest';
import { parseStamp } from '../../../src/lib/pipeline/dates/stamp';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';

const seg = (text: string) => segment('t', 't.txt', normalizeText(text), 'vi');

// A source credit under the article may carry the day it was published; an outlet's name is a phrase with
// lower-case words ("Tạp chí Mặt trận Tổ quốc"), which must not make the line a sentence.
describe('a dated source credit is a publication stamp', () => {
	it('reads the credit line with the outlet named in words of either case', () => {
		expect(parseStamp('Nguồn: Tạp chí Mặt trận Tổ quốc | 03/10/2024')?.published).toBe('2024-10-03');
		expect(parseStamp('Nguồn: Cổng thông tin điện tử tỉnh Điện Biên 03/10/2024')?.published).toBe('2024-10-03');
		expect(parseStamp('Theo Báo Quân khu bốn (3/10/2024)')?.published).toBe('2024-10-03');
		expect(parseStamp('Source: Voice of Vietnam - 03/10/2024')?.published).toBe('2024-10-03');
	});

	it('not a sentence, a licence line or an outlet opening in lower case', () => {
		expect(parseStamp('Theo kế hoạch, ngày 3/10/2024 hai bên ký kết thỏa thuận')).toBeNull();
		expect(parseStamp('Theo Thông báo số 45 ngày 3/10/2024')).toBeNull();
		expect(parseStamp('Nguồn: Tạp chí Mặt trận. Giấy phép số 88/GP ngày 03/10/2021')).toBeNull();
		expect(parseStamp('Theo dòng thời sự (03/10/2024)')).toBeNull();
	});

	const para = 'Sáng 1/10, tại thành phố Điện Biên Phủ, lãnh đạo tỉnh Điện Biên đã tiếp Đoàn đại biểu tỉnh Luông Pha Bang (Lào) do Phó Tỉnh trưởng làm trưởng đoàn.';
	const page = (bottom: string[]) =>
		['Điện Biên và Luông Pha Bang tăng cường hợp tác', '', para, '', para.replace('Sáng 1/10', 'Chiều 2/10'), '', 'Thu Hà', '', 'Tin khác',
			'- Hội nghị xúc tiến du lịch vùng Tây Bắc (tháng 9/2024)', '- Điện Biên khánh thành cầu treo bản Na Ư (12/09/2024)', '', 'Đọc nhiều',
			'- Giá cà phê hôm nay tăng nhẹ', '- Mường Nhé: Mưa lớn gây sạt lở đường tỉnh 150 (29/9/2024)', '', ...bottom,
			'Báo Điện Biên Phủ. Giấy phép số 21/GP-BTTTT ngày 10/03/2021. Địa chỉ: tổ 5, phường Mường Thanh.'].join('\n');

	it('the only stamp of a page, under the lists of other stories', () => {
		expect(seg(page(['Nguồn: Báo Điện Biên Phủ và đời sống | 03/10/2024'])).published).toBe('2024-10-03');
		// A short credit ends the article as a source line and still dates it.
		expect(seg(page(['Theo TTXVN (03/10/2024)'])).published).toBe('2024-10-03');
	});

	it('not when several credits of different days down there are other stories\' credits', () => {
		expect(seg(page(['Nguồn: Báo Điện Biên Phủ và đời sống | 03/10/2024', 'Nguồn: Tạp chí Mặt trận Tổ quốc | 28/09/2024'])).published).toBeNull();
	});
});
