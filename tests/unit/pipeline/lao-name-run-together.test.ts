/**
 * A Lao name some outlets write with its syllables run together, the last word needing no diacritics ("đồng chí Xổmphết
 * Vilavong"): after an honorific or a title the whole run is the name, not a Latin "Vilavong" alone. And the registry
 * joins it, and the spaced spelling ("Xổm Phết Vi La Vông"), to the hyphenated one another page writes ("Xổm-phết
 * Vi-la-vông"), 's' for 'x' and a final 'd' for 't' as Lao names take them, unless the two hold different offices.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a Lao name in joined syllables, its last word in plain letters', () => {
	const names = (s: string) => findPeople(s).map((m) => m.name);
	it('is read whole after an honorific', () => {
		expect(names('Chiều 4/5, Đoàn đại biểu tỉnh Bò Kẹo (Lào) do đồng chí Xổmphết Vilavong, Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm tỉnh.')).toContain('Xổmphết Vilavong');
		expect(names('Ông Khămlạ Sisouvong cảm ơn sự đón tiếp của tỉnh.')).toContain('Khămlạ Sisouvong');
	});
	it('is read whole after a title', () => {
		expect(names('Phó Tỉnh trưởng Bunthiềng Phommachak phát biểu tại buổi làm việc.')).toContain('Bunthiềng Phommachak');
	});
	it('leaves Vietnamese names after a title as they were', () => {
		expect(names('Đồng chí Trần Quốc Vượng, Chủ tịch UBND tỉnh phát biểu.')).toEqual(['Trần Quốc Vượng']);
	});
});

const page = (file: string, day: number, host: string, name: string, title: string) => ({
	file,
	text: `Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Bò Kẹo\n\n${day + 1}/05/2023 08:30\n\nSáng ${day}/5, đồng chí ${host}, Chủ tịch UBND tỉnh Yên Bái đã tiếp Đoàn đại biểu tỉnh Bò Kẹo (Lào) do đồng chí ${name}, ${title} làm trưởng đoàn.\n`
});
const together = (a: string, b: string, titleB = 'Phó Tỉnh trưởng tỉnh Bò Kẹo') => {
	const t = buildTimeline([page('a.txt', 4, 'Đỗ Văn Khải', a, 'Phó Tỉnh trưởng tỉnh Bò Kẹo'), page('b.txt', 6, 'Mai Thế Dũng', b, titleB)]);
	const ids = t.people.filter((p) => [p.name, ...p.aliases].some((n) => n === a || n === b));
	return ids.length;
};

describe('one Lao name hyphenated on one page, run together or spaced on another', () => {
	it('run together is one person', () => expect(together('Xổm-phết Vi-la-vông', 'Xổmphết Vilavông')).toBe(1));
	it('run together with s for x and no diacritics at the end is one person', () => expect(together('Xổm-phết Vi-la-vông', 'Xổmphết Vilavong')).toBe(1));
	it('with a final d for t is one person', () => expect(together('Khăm-phết Xay-nha-vông', 'Khăm-phệd Say-nha-vông')).toBe(1));
	it('with another office is another person', () => expect(together('Xổm-phết Vi-la-vông', 'Xổmphết Vilavông', 'Giám đốc Sở Y tế tỉnh Bò Kẹo')).toBe(2));
});
