/**
 * A bulletin saved as plain text from a PDF: lines broken at the width mid-sentence, a page number and the running
 * header at each page break, an ALL-CAPS title over two lines, the programme in dated bullets whose clauses go on
 * through the day ("buổi chiều …"), a gate named with its province ("qua Cửa khẩu quốc tế … (tỉnh …)") and the readers'
 * address at the foot. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { segment } from '../../../src/lib/pipeline/segment';

const text = [
	'SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ',
	'THÔNG TIN ĐỐI NGOẠI',
	'',
	'ĐOÀN CÔNG TÁC TỈNH SA-VĂN-NA-KHẸT (LÀO) THĂM, LÀM',
	'VIỆC TẠI TỈNH QUẢNG TRỊ',
	'',
	'Quảng Trị và Sa-văn-na-khẹt là hai tỉnh có chung đường biên',
	'giới dài, có quan hệ hợp tác toàn diện nhiều năm qua.',
	'',
	'Từ ngày 8 đến 11/4/2019, Đoàn công tác tỉnh Sa-văn-na-khẹt do',
	'đồng chí Bun-nhăng Khăm-xay, Phó Tỉnh trưởng tỉnh Sa-văn-na-khẹt',
	'làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Trị. Chương trình',
	'làm việc của Đoàn như sau:',
	'',
	'- Ngày 8/4: Đoàn nhập cảnh qua Cửa khẩu quốc tế La Lay',
	'(tỉnh Quảng Trị), đến thành phố Đông Hà; buổi tối dự cơm thân mật.',
	'',
	'- Ngày 9/4: Hội đàm với lãnh đạo UBND tỉnh Quảng Trị do đồng chí',
	'Lê Minh Châu, Phó Chủ tịch UBND tỉnh chủ trì; buổi chiều tham',
	'quan Khu kinh tế Đông Nam Quảng Trị.',
	'',
	'                                                        2',
	'THÔNG TIN ĐỐI NGOẠI                      Số 4 - Hợp tác Việt - Lào',
	'',
	'- Ngày 10/4: Thăm Trường Đại học Quảng Trị, gặp gỡ lưu học sinh',
	'Sa-văn-na-khẹt đang học tập tại trường.',
	'',
	'                                                        3',
	'THÔNG TIN ĐỐI NGOẠI                      Số 4 - Hợp tác Việt - Lào',
	'',
	'Mọi ý kiến đóng góp xin gửi về: Phòng Thông tin, Sở Ngoại vụ tỉnh',
	'Quảng Trị, 15 Lê Lợi, thành phố Đông Hà.'
].join('\n');

describe('a bulletin saved as text from a PDF', () => {
	const doc = segment('a', 'a.txt', text, 'vi');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;

	it('reads the title broken over two lines as one', () => {
		expect(doc.title).toBe('ĐOÀN CÔNG TÁC TỈNH SA-VĂN-NA-KHẸT (LÀO) THĂM, LÀM VIỆC TẠI TỈNH QUẢNG TRỊ');
	});
	it('joins a sentence broken at the width, and leaves out page numbers, headers and the readers\' address', () => {
		const lead = doc.sentences.find((s) => s.text.startsWith('Từ ngày 8 đến 11/4/2019'));
		expect(lead?.text).toContain('Phó Tỉnh trưởng tỉnh Sa-văn-na-khẹt làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Trị.');
		expect(doc.sentences.some((s) => /Số 4|^2$|^3$|Mọi ý kiến|Lê Lợi/.test(s.text))).toBe(false);
	});
	it('finds the stay with its leader, and each bullet of the programme', () => {
		const stay = of('Từ ngày 8 đến 11/4/2019');
		expect(stay).toMatchObject({ start: '2019-04-08', end: '2019-04-11' });
		expect(stay!.people.map(name)).toContain('Bun-nhăng Khăm-xay');
		expect(of('- Ngày 9/4: Hội đàm')).toMatchObject({ start: '2019-04-09', end: '2019-04-09', type: 'talks' });
		expect(of('- Ngày 10/4: Thăm Trường')).toMatchObject({ start: '2019-04-10', end: '2019-04-10' });
	});
	it('reads a clause opened by a part of the day as the bullet\'s next happening', () => {
		expect(of('buổi chiều tham')).toMatchObject({ start: '2019-04-09', end: '2019-04-09', partOfDay: 'afternoon' });
	});
	it('keeps the entry in the delegation: the gate\'s bracketed province is no place of origin', () => {
		const entry = of('- Ngày 8/4: Đoàn nhập cảnh');
		expect(entry).toMatchObject({ start: '2019-04-08', end: '2019-04-08' });
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(entry!.id);
	});
});

describe('a page of ordinary lines is left as read', () => {
	it('does not join a headline to the paragraph under it', () => {
		const page = ['Hai tỉnh ký kết biên bản hợp tác', '', 'Sáng 12/3/2024, hai tỉnh đã ký kết biên bản hợp tác giai đoạn mới.', 'Tiếp đó, Đoàn thăm khu kinh tế cửa khẩu của tỉnh bạn.'].join('\n');
		const d = segment('b', 'b.txt', page, 'vi');
		expect(d.title).toBe('Hai tỉnh ký kết biên bản hợp tác');
		expect(d.sentences.map((s) => s.text)).toEqual(['Sáng 12/3/2024, hai tỉnh đã ký kết biên bản hợp tác giai đoạn mới.', 'Tiếp đó, Đoàn thăm khu kinh tế cửa khẩu của tỉnh bạn.']);
	});
});
