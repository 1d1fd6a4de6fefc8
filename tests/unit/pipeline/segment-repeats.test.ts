import { describe, expect, it } from 'vitest';
import { describeLines } from '../../../src/lib/pipeline/segment';

// Repeats are found by the lines' first six words (compared by a hash of them, then by the words
// themselves): these pin what counts as the same opening.
const kindOf = (text: string, line: string) => describeLines(text, 'vi').find((l) => l.text === line)?.kind;

const para = (opening: string) =>
	`${opening} trong hai ngày, hai bên đã trao đổi về hợp tác giáo dục, y tế và thương mại giữa hai địa phương, đồng thời ký kết biên bản ghi nhớ.`;

function page(heading: string, paragraphOpening: string): string {
	return [
		'Thời sự > Chính trị',
		'',
		heading,
		'',
		para(paragraphOpening),
		'',
		'Hai bên nhất trí tiếp tục thúc đẩy hợp tác trên các lĩnh vực mà hai thành phố có thế mạnh, vì lợi ích của nhân dân hai nước.',
		'',
		'Đoàn cũng đã đến thăm một số cơ sở sản xuất và trường học của Thủ đô Vientiane trong thời gian làm việc tại đây.'
	].join('\n');
}

describe('segment: repeated openings', () => {
	const opening = 'Đoàn đại biểu Thành phố Hồ Chí Minh thăm Thủ đô Vientiane';
	it('a headline that opens a paragraph word for word is that paragraph’s caption', () => {
		expect(kindOf(page(opening, opening), opening)).toBe('caption');
	});
	it('case and punctuation do not matter', () => {
		const shouted = 'ĐOÀN ĐẠI BIỂU THÀNH PHỐ HỒ CHÍ MINH, THĂM THỦ ĐÔ VIENTIANE';
		expect(kindOf(page(shouted, opening), shouted)).toBe('caption');
	});
	it('a headline differing within its first six words is not one', () => {
		const other = 'Đoàn đại biểu Thành phố Hà Nội thăm Thủ đô Vientiane';
		expect(kindOf(page(other, opening), other)).toBe('heading');
	});
	it('a headline of a paragraph’s first words but not its whole opening is not one', () => {
		const longer = 'Đoàn đại biểu Thành phố Hồ Chí Minh thăm Thủ đô Vientiane và Luang Prabang';
		expect(kindOf(page(longer, opening), longer)).toBe('heading');
	});
});

describe('segment: a caption repeating the lead without its apposition', () => {
	const lead = 'Sáng 14/3, Đoàn công tác tỉnh Sê Kông (Lào) do đồng chí Bun-mi Xay-xa-na, Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm Trường Cao đẳng Y tế tỉnh Kon Tum.';
	const text = (caption: string) => ['Thời sự', '', 'Đoàn Sê Kông thăm Trường Cao đẳng Y tế', '', lead, '', caption, '', 'Đoàn đã trao 20 suất học bổng cho lưu học sinh Lào đang theo học tại Trường trong năm học này.'].join('\n');
	it('is the lead told again, not a paragraph of its own', () => {
		const caption = 'Sáng 14/3, Đoàn công tác tỉnh Sê Kông (Lào) đến thăm Trường Cao đẳng Y tế tỉnh Kon Tum.';
		expect(kindOf(text(caption), caption)).toBe('teaser');
	});
	it('one that adds words of its own is a paragraph', () => {
		const other = 'Sáng 14/3, Đoàn công tác tỉnh Sê Kông (Lào) đến thăm Bệnh viện Đa khoa tỉnh Kon Tum.';
		expect(kindOf(text(other), other)).toBe('prose');
	});
});
