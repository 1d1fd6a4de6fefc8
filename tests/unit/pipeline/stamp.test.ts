import { describe, expect, it } from 'vitest';
import { findStamp, parseStamp } from '../../../src/lib/pipeline/dates/stamp';

describe('parseStamp: the forms Vietnamese and English news pages print', () => {
	const cases: [string, string, 'day' | 'minute'][] = [
		['17:02 | 26/05/2022 GMT+7', '2022-05-26T17:02:00+07:00', 'minute'],
		['Thứ Hai, 04/04/2022 - 15:20', '2022-04-04T15:20:00+07:00', 'minute'],
		['Cập nhật: 18:31 09/08/2022', '2022-08-09T18:31:00+07:00', 'minute'],
		['Thứ năm, 12/3/2024, 16:45 (GMT+7)', '2024-03-12T16:45:00+07:00', 'minute'],
		['12/03/2024 16:45', '2024-03-12T16:45:00+07:00', 'minute'],
		['Ngày đăng: 12/03/2024', '2024-03-12', 'day'],
		['Published: March 12, 2024', '2024-03-12', 'day'],
		['2024-03-12T16:45:00+07:00', '2024-03-12T16:45:00+07:00', 'minute'],
		['12-03-2024 - 16:45', '2024-03-12T16:45:00+07:00', 'minute'],
		// More shapes seen on other outlets.
		['March 12, 2024 | 04:45 pm GMT+7', '2024-03-12T16:45:00+07:00', 'minute'],
		['Thứ Bảy, ngày 9 tháng 11 năm 2019 08:05', '2019-11-09T08:05:00+07:00', 'minute'],
		['Chủ nhật, 01/12/2024 07h30', '2024-12-01T07:30:00+07:00', 'minute'],
		['Minh Anh | 17:02 26/05/2022', '2022-05-26T17:02:00+07:00', 'minute'],
		['Updated: 12 March 2024 09:00 (UTC+8)', '2024-03-12T09:00:00+08:00', 'minute'],
		['2024-03-12T09:45:00Z', '2024-03-12T09:45:00+00:00', 'minute'],
		['29/02/2024', '2024-02-29', 'day'],
		// The month as a word, as some CMSs print it.
		['Thứ Năm, 12 Tháng Mười, 2023 20:15', '2023-10-12T20:15:00+07:00', 'minute'],
		['Thứ Hai, 4 tháng Mười Hai năm 2023', '2023-12-04', 'day']
	];
	for (const [line, published, precision] of cases) {
		it(`reads "${line}"`, () => {
			expect(parseStamp(line)).toEqual({ published, precision });
		});
	}

	it('sets aside the section label printed beside the stamp after a bar', () => {
		expect(parseStamp('Cập nhật: 16-12-2022 07:30:12 | Thời sự - Chính trị')?.published).toBe('2022-12-16T07:30:12+07:00');
		expect(parseStamp('Chính trị | 12/03/2024 09:15')?.published).toBe('2024-03-12T09:15:00+07:00');
		// A sentence is not a label, on either side of a bar.
		expect(parseStamp('12/03/2024 | Hai bên đã ký kết biên bản ghi nhớ.')).toBeNull();
		expect(parseStamp('Hai bên ký kết | 12/03/2024 tại Hà Nội')).toBeNull();
	});

	it('sets aside the desk or department credited after a bar, commas and all, but not a clause', () => {
		expect(parseStamp('Posted: 14 March 2023 | Provincial Public Works, Transport and Planning Office')?.published).toBe('2023-03-14');
		expect(parseStamp('12/03/2024 09:15 | Sở Văn hóa, Thể thao và Du lịch')?.published).toBe('2024-03-12T09:15:00+07:00');
		// Lower-case words after the comma make a clause, not a name.
		expect(parseStamp('14 March 2023 | Officials met, and the sides signed two deals')).toBeNull();
	});

	it('keeps the zone the page gives and defaults to UTC+7 without one', () => {
		expect(parseStamp('26/05/2022 17:02 GMT+9')?.published).toBe('2022-05-26T17:02:00+09:00');
		expect(parseStamp('26/05/2022 17:02')?.published).toBe('2022-05-26T17:02:00+07:00');
	});

	it('does not take a body sentence with a date for a stamp', () => {
		expect(parseStamp('Ngày 20/11/2024, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã họp.')).toBeNull();
		expect(parseStamp('Ngày 12/3/2024 hai bên ký kết biên bản')).toBeNull();
		expect(parseStamp('Chiều 21/11, tại cuộc họp báo thường kỳ')).toBeNull();
		expect(parseStamp('Hợp tác giai đoạn 2022-2025')).toBeNull();
	});

	it('rejects dates that do not exist and lines with no date', () => {
		expect(parseStamp('31/02/2024')).toBeNull();
		expect(parseStamp('29/02/2023')).toBeNull();
		expect(parseStamp('12/13/1890')).toBeNull();
		expect(parseStamp('25:70 12/03/2024')).toBeNull();
		expect(parseStamp('Thứ Hai')).toBeNull();
		expect(parseStamp('')).toBeNull();
	});

	it('reads month/day only when day/month cannot be a date', () => {
		expect(parseStamp('03/12/2024')?.published).toBe('2024-12-03');
		expect(parseStamp('03/25/2024')?.published).toBe('2024-03-25');
	});
});

describe('findStamp: the page’s own stamp, not a sidebar story’s date', () => {
	const page = [
		'Trang chủ Chính trị - Xã hội',
		'09:10 | 14/11/2023 GMT+7',
		'',
		'Đoàn đại biểu tỉnh Luang Prabang thăm Quảng Ninh',
		'',
		'Sáng 13/11, tại Hạ Long, lãnh đạo tỉnh Quảng Ninh đã tiếp đoàn đại biểu tỉnh Luang Prabang (Lào).',
		'',
		'Tin liên quan',
		'Quảng Ninh đón khách quốc tế',
		'08:00 | 01/10/2025 GMT+7',
		'Ngày 30/9, Quảng Ninh đón đoàn khách quốc tế đầu tiên của mùa du lịch.'
	].join('\n');

	it('finds the stamp near the top, with its offsets', () => {
		const s = findStamp(page);
		expect(s?.published).toBe('2023-11-14T09:10:00+07:00');
		expect(page.slice(s!.start, s!.end)).toBe('09:10 | 14/11/2023 GMT+7');
	});

	it('searches only the span it is given', () => {
		const from = page.indexOf('Tin liên quan');
		expect(findStamp(page, { start: from, end: page.length })?.published).toBe('2025-10-01T08:00:00+07:00');
		expect(findStamp(page, { start: page.indexOf('Sáng 13/11'), end: from })).toBeNull();
	});

	it('prefers the publication line over an update line', () => {
		const t = 'Cập nhật: 18:31 09/08/2022\nĐăng lúc: 07:00 08/08/2022\nTiêu đề bài báo';
		expect(findStamp(t)?.published).toBe('2022-08-08T07:00:00+07:00');
		expect(findStamp('Cập nhật: 18:31 09/08/2022\nTiêu đề')?.published).toBe('2022-08-09T18:31:00+07:00');
	});

	it('reads a stamp wrapped in HTML tags', () => {
		expect(findStamp('<h1>Tiêu đề</h1>\n<span class="date">12/03/2024 16:45</span>')?.published).toBe('2024-03-12T16:45:00+07:00');
	});

	it('returns null on a page with no stamp', () => {
		expect(findStamp('Tiêu đề\n\nChiều 17/2, đoàn đã đến thăm Hà Nội.')).toBeNull();
		expect(findStamp('')).toBeNull();
	});
});

describe('urlStamp: the day in the page’s own address, for pages that print no stamp', () => {
	it('reads the day from an address ending in a date and time, or with the day in its path', async () => {
		const { urlStamp } = await import('../../../src/lib/pipeline/dates/stamp');
		expect(urlStamp('Chia sẻ\n\nhttps://nld.com.vn/thoi-su/doan-thanh-nien-tham-tp-hcm-20231114213512345.htm\n')?.published).toBe('2023-11-14');
		expect(urlStamp('Nguồn: x\nhttps://laotiantimes.com/2024/03/05/vientiane-delegation-visits-hanoi/\n')?.published).toBe('2024-03-05');
	});
	it('reads no day from a sentence, an address without one, or addresses that disagree', async () => {
		const { urlStamp } = await import('../../../src/lib/pipeline/dates/stamp');
		expect(urlStamp('Chiều 14/11/2023, đoàn xem trang https://nld.com.vn/a-20231114213512345.htm rồi về.')).toBeNull();
		expect(urlStamp('https://vnexpress.net/doan-lao-tham-ha-noi-4678901.html\n')).toBeNull();
		expect(urlStamp('https://nld.com.vn/a-20231114213512345.htm\nhttps://nld.com.vn/b-20231110080000123.htm\n')).toBeNull();
	});
});
