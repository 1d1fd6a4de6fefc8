/**
 * A photo story whose lead says the pictures follow ("Dưới đây là một số hình ảnh:") and whose captions each open with their
 * picture's tag on the same line ("[Ảnh] Sáng 12/5, Đoàn …"), the photographer credited once under them all: the captions are
 * the body, a caption with no day is of the day the captions before it reached, and a wish for a feast to come ("chúc … đón
 * Tết Bun-pi-mày vui tươi") dates nothing. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const page = [
	'HỘI NÔNG DÂN TỈNH QUẢNG TRỊ',
	'Trang chủ | Tin tức | Ảnh | Liên hệ',
	'',
	'Nông dân Quảng Trị và Sa-la-văn: chung tay phát triển',
	'',
	'14.05.2025',
	'',
	'Trong hai ngày qua, Đoàn đại biểu Hội Nông dân tỉnh Quảng Trị do ông Hoàng Minh Đức, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Sa-la-văn. Dưới đây là một số hình ảnh:',
	'',
	'[Ảnh] Sáng 12/5, Đoàn nhập cảnh qua cửa khẩu quốc tế La Lay, đến thành phố Sa-la-văn.',
	'',
	'[Ảnh] Chiều 12/5, ông Khăm-phăn Vông-xay, Phó Tỉnh trưởng tỉnh Sa-la-văn tiếp và làm việc với Đoàn.',
	'',
	'[Ảnh] Sáng 13/5, Đoàn thăm mô hình trồng cà phê của nông dân huyện Lạ-khon-pheng.',
	'',
	'[Ảnh] Ông Hoàng Minh Đức trao quà tặng Hội Nông dân tỉnh Sa-la-văn, chúc hội viên tỉnh bạn đón Tết cổ truyền Bun-pi-mày an lành.',
	'',
	'Ảnh: Minh Tâm',
	'',
	'Tags: Hội Nông dân, Sa-la-văn'
].join('\n');

describe("a photo story's '[Ảnh]' captions", () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('are its body, without their tag', () => {
		expect(of('Sáng 12/5, Đoàn nhập cảnh')).toMatchObject({ start: '2025-05-12', end: '2025-05-12', partOfDay: 'morning', role: 'main' });
		expect(of('Chiều 12/5, ông Khăm-phăn Vông-xay')).toMatchObject({ start: '2025-05-12', partOfDay: 'afternoon' });
		expect(of('Sáng 13/5, Đoàn thăm mô hình')).toMatchObject({ start: '2025-05-13', partOfDay: 'morning' });
	});
	it('a caption with no day is of the captions\' last day, not of the feast wished for', () => {
		expect(of('Ông Hoàng Minh Đức trao quà')).toMatchObject({ start: '2025-05-13', end: '2025-05-13', status: 'occurred' });
		expect(t.events.filter((e) => e.start?.slice(5, 7) === '04')).toEqual([]);
	});
	it('make the delegation\'s programme', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ start: '2025-05-12', end: '2025-05-13' });
		expect(t.delegations[0].events.length).toBeGreaterThanOrEqual(4);
	});
	it('a wish for the feast dates nothing; a greeting at it still does', () => {
		expect(findTimeMentions('Đoàn trao quà, chúc bà con đón Tết Bun-pi-mày vui tươi.', 'vi')).toEqual([]);
		expect(findTimeMentions('Đoàn sẽ sang chúc Tết cổ truyền Bun-pi-mày tỉnh bạn.', 'vi')).toMatchObject([{ day: 14, month: 4 }]);
	});
});
