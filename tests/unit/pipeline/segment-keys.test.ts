import { describe, expect, it } from 'vitest';
import { describeLines, segment } from '../../../src/lib/pipeline/segment';

// Lines are compared by a hash of their first words, then by their text or their keys (case and
// punctuation aside); stamp lines keep the stamp read when they were classified. These pin what the
// shortcuts must keep: a repeat is a repeat however it is spelt, and each stamp line counts as before.
const kinds = (text: string) => describeLines(text, 'vi').map((l) => `${l.kind}: ${l.text}`);

const lead =
	'Chiều 12/3, tại thành phố Huế, lãnh đạo hai tỉnh đã ký kết biên bản hợp tác giáo dục giai đoạn 2024 - 2028, theo đó Huế sẽ nhận 40 sinh viên Salavan.';
const second = 'Hai bên cũng thống nhất đẩy mạnh trao đổi đoàn, hợp tác y tế và phát triển thương mại biên giới trong thời gian tới.';
const third = 'Đoàn cũng đã đến thăm một số cơ sở sản xuất và trường học của tỉnh Salavan trong thời gian làm việc tại đây.';

describe('segment: repeated lines', () => {
	const headline = 'Quảng Bình mở tuyến du lịch mới tới các tỉnh Nam Lào';
	for (const [name, again] of [
		['the same text', headline],
		['in capitals', headline.toUpperCase()],
		['with other punctuation', headline.replace('mới', 'mới -')]
	]) {
		it(`a headline printed twice a line apart is a doubled link (${name})`, () => {
			const text = ['Tin khác', '', headline, '', again, '', lead, '', second, '', third].join('\n');
			const k = kinds(text);
			expect(k).toContain(`double: ${headline}`);
			expect(k).toContain(`double: ${again}`);
		});
	}
	it('a headline differing in its words is no double', () => {
		const other = 'Quảng Bình mở tuyến du lịch mới tới các tỉnh Bắc Lào';
		const k = kinds(['Tin khác', '', headline, '', other, '', lead, '', second, '', third].join('\n'));
		expect(k).toContain(`heading: ${headline}`);
		expect(k).toContain(`heading: ${other}`);
	});

	const title = 'Huế và Salavan ký kết hợp tác giáo dục giai đoạn mới';
	it('the title printed again further down (an image’s alt text) is a caption there, and anchors the title', () => {
		for (const again of [title, title.toUpperCase(), `${title}.`]) {
			const text = ['Thời sự > Chính trị', '', title, '', lead, '', second, '', '![](anh.jpg)', again, '', third].join('\n');
			const d = segment('t', 't.txt', text, 'vi');
			expect(d.title).toBe(title);
			expect(kinds(text)).toContain(`caption: ${again}`);
			expect(d.sentences.map((s) => s.text)).not.toContain(again);
		}
	});
});

describe('segment: stamps read once', () => {
	const title = 'Huế và Salavan ký kết hợp tác giáo dục';
	it('the publication stamp is preferred to the update next to it, whichever comes first', () => {
		for (const stamps of [
			['Cập nhật: 12/03/2024 17:45', 'Đăng: 12/03/2024 15:20'],
			['Đăng: 12/03/2024 15:20', 'Cập nhật: 12/03/2024 17:45']
		]) {
			const d = segment('t', 't.txt', [title, ...stamps, '', lead, '', second, '', third].join('\n'), 'vi');
			expect(d.published).toBe('2024-03-12T15:20:00+07:00');
		}
	});
	it('stamps of different days above the title are other stories’ times: the one under the article is used', () => {
		const text = ['Tin mới', 'Một tin khác hôm trước', '08:00 | 10/03/2024', 'Một tin khác nữa', '09:00 | 11/03/2024', '', title, '', lead, '', second, '', third, '', 'Thứ Ba, 12/03/2024 15:20'].join('\n');
		expect(segment('t', 't.txt', text, 'vi').published).toBe('2024-03-12T15:20:00+07:00');
	});
	it('a line with a date that is no stamp stays what it is', () => {
		const k = kinds([title, '12/03/2024 15:20', '', lead, '', 'Năm 2024 là năm thứ 12/03 của chương trình hợp tác giữa hai tỉnh.', '', third].join('\n'));
		expect(k).toContain('stamp: 12/03/2024 15:20');
		expect(k.filter((l) => l.startsWith('stamp:'))).toHaveLength(1);
	});
});
