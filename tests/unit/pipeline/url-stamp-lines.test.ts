import { describe, expect, it } from 'vitest';
import { urlStamp } from '../../../src/lib/pipeline/dates/stamp';

// urlStamp tries only the lines holding ".xx/" (the end of a host), each once: these pin that it still
// reads every address line of the page, in order, and only whole lines.
describe('urlStamp over the lines of a page', () => {
	const body = 'Chiều 14/11, đoàn đại biểu TP.HCM/Hà Nội đã thăm Viêng Chăn.\nTheo vov.vn và nhandan.vn/tin-tuc, chuyến thăm kéo dài 3 ngày.';
	it('finds the day of an address alone on its line, among lines with other slashes', () => {
		expect(urlStamp(`${body}\n  https://tuoitre.vn/thoi-su/doan-dai-bieu-20231114213512345.htm  \n${body}`)).toEqual({ published: '2023-11-14', precision: 'day' });
		expect(urlStamp(`${body}\ndantri.com.vn/the-gioi/2023/11/14/tin.htm\n`)).toEqual({ published: '2023-11-14', precision: 'day' });
	});
	it('gives none when two address lines give different days, wherever they stand', () => {
		expect(urlStamp(`tuoitre.vn/a-20231114213512345.htm\n${body}\ntuoitre.vn/b-20231115213512345.htm`)).toBeNull();
		expect(urlStamp(`tuoitre.vn/a-20231114213512345.htm\n${body}\ntuoitre.vn/b-20231114000000000.htm`)).toEqual({ published: '2023-11-14', precision: 'day' });
	});
	it('reads no address inside a sentence, and reads a line ended by a line separator as its own line', () => {
		expect(urlStamp(`Xem tuoitre.vn/a-20231114213512345.htm để biết thêm.`)).toBeNull();
		expect(urlStamp(`Xem thêm\u2028tuoitre.vn/a-20231114213512345.htm\u2029${body}`)).toEqual({ published: '2023-11-14', precision: 'day' });
	});
});
