/**
 * A party for the New Year held or attended ("dự chương trình vui Tết Bun-pi-mày với lưu học sinh Lào", "Trường … tổ chức
 * chương trình mừng Tết cổ truyền …") is a happening of its day: a ceremony, as "dự chương trình đón năm mới" is; in a
 * dated bullet's later clause ("- Ngày 6/4: …; tối cùng ngày, Đoàn dự …") too.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a New Year party', () => {
	it("attended in a bullet's later clause is an event of the bullet's day", () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Đoàn đại biểu tỉnh Sa-la-văn kết thúc chuyến thăm tỉnh Quảng Trị', '', '10-04-2023 09:10', '', 'Đoàn đại biểu tỉnh Sa-la-văn do đồng chí Xổm-xắc Vông-xay, Phó Tỉnh trưởng tỉnh Sa-la-văn làm trưởng đoàn vừa kết thúc chuyến thăm, làm việc tại tỉnh Quảng Trị từ ngày 5 đến 7/4.', '', '- Ngày 6/4: Đoàn viếng Nghĩa trang liệt sĩ quốc gia Trường Sơn; tối cùng ngày, Đoàn dự chương trình mừng Tết Bun-pi-mày với lưu học sinh Lào tại Đông Hà.', ''].join('\n') }]);
		expect(quoted(t, 'chương trình mừng Tết')).toMatchObject({ type: 'ceremony', start: '2023-04-06', end: '2023-04-06', partOfDay: 'evening', role: 'main' });
	});
	it('held by a school is an event of its stated day', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Lưu học sinh Lào đón Tết tại Trường Cao đẳng Y tế', '', '14/04/2023 16:20', '', 'Chiều 13/4, Trường Cao đẳng Y tế Quảng Trị tổ chức chương trình đón Tết cổ truyền Bun-pi-mày cho 120 lưu học sinh Lào đang học tập tại Trường.', '', 'Tham dự chương trình có đồng chí Xổm-xắc Vông-xay, Phó Tỉnh trưởng tỉnh Sa-la-văn và Đoàn đại biểu tỉnh Sa-la-văn đang thăm tỉnh Quảng Trị.', ''].join('\n') }]);
		expect(quoted(t, 'tổ chức chương trình đón Tết')).toMatchObject({ type: 'ceremony', start: '2023-04-13', end: '2023-04-13', partOfDay: 'afternoon' });
	});
});
