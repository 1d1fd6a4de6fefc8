import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';

const seg = (text: string) => segment('t', 't.txt', normalizeText(text), 'vi');
const said = (text: string) => seg(text).sentences.map((s) => s.text);

// A photo story ("Phóng sự ảnh") tells its news in the lines under its pictures, each a whole sentence or two with the
// photographer's credit: those lines are the body, the credit is not. An ordinary article's captions repeat its text
// and stay furniture, however long.
const lead =
	'Trong hai ngày 14 và 15 tháng 9, Đoàn đại biểu Hội Liên hiệp Thanh niên tỉnh Lai Châu do chị Tòng Thị Hoa, Chủ tịch Hội làm trưởng đoàn đã sang tỉnh Luông Nặm Thà (Lào) dự Trại hè thanh niên hai tỉnh năm 2024.';
const photos = [
	'Sáng 14/9, Đoàn làm thủ tục xuất cảnh tại cửa khẩu Ma Lù Thàng, sang thị trấn Mường Sinh của tỉnh Luông Nặm Thà.',
	'Chiều cùng ngày, anh Bun-mi Xay-xổm-phon, Chủ tịch Hội Thanh niên tỉnh Luông Nặm Thà đã tiếp và làm việc với Đoàn; hai bên thống nhất kế hoạch phối hợp năm 2025.',
	'Sáng 15/9, Đoàn cùng thanh niên hai tỉnh dọn vệ sinh và trồng 300 cây xanh tại trường tiểu học bản Nặm Đinh. Buổi tối, hai bên giao lưu văn nghệ với bà con trong bản.',
	'Chiều 15/9, Đoàn về nước qua cửa khẩu Ma Lù Thàng, kết thúc chuyến công tác.'
];
const closing = 'Nhân dịp này, anh Bun-mi Xay-xổm-phon nhận lời mời sang dự Trại hè tại Lai Châu vào tháng 6 năm sau.';
const credit = '(Ảnh: Hội LHTN tỉnh Lai Châu)';

const photoStory = (head: { crumb?: string; title: string; introduces?: boolean }) => `BÁO THANH NIÊN VÙNG CAO - CƠ QUAN CỦA HỘI LIÊN HIỆP THANH NIÊN
Trang chủ | Thời sự | Biên giới | Photo | Video
${head.crumb ?? 'Biên giới » Hữu nghị'}

${head.title}

${lead}${head.introduces ? ' Báo giới thiệu một số hình ảnh.' : ''}

${photos.map((p) => `[Ảnh]\n${p} ${credit}`).join('\n\n')}

${closing}

Minh Khôi

BÀI LIÊN QUAN
- [Video] Thanh niên Lai Châu ra quân mùa hè tình nguyện
- Lai Châu tiếp Đoàn đại biểu tỉnh Phông-sa-lỳ (3/2024)
`;

describe('a photo story: the lines under its pictures are the body', () => {
	const marked: [string, Parameters<typeof photoStory>[0]][] = [
		['tagged "[Photo]" in its headline', { title: '[Photo] Thanh niên Lai Châu - Luông Nặm Thà chung sức dựng trại hè hữu nghị' }],
		['filed under "Phóng sự ảnh" in its breadcrumb', { crumb: 'Photo » Phóng sự ảnh', title: 'Thanh niên Lai Châu - Luông Nặm Thà chung sức dựng trại hè hữu nghị' }],
		['introduced as pictures by its lead', { introduces: true, title: 'Thanh niên Lai Châu - Luông Nặm Thà chung sức dựng trại hè hữu nghị' }]
	];
	for (const [how, head] of marked) {
		it(`${how}: every photo line is read, without its credit, and so is the paragraph after them`, () => {
			const s = said(photoStory(head));
			expect(s[0]).toBe(lead);
			for (const p of photos) for (const sentence of p.split(/(?<=\.) /)) expect(s).toContain(sentence);
			expect(s).toContain(closing);
			expect(s.some((x) => x.includes('Ảnh:'))).toBe(false);
		});
	}
	it('the "[Photo] <headline>" line is the headline, not the outlet\'s masthead, and the body starts there', () => {
		const title = '[Photo] Thanh niên Lai Châu - Luông Nặm Thà chung sức dựng trại hè hữu nghị';
		const text = normalizeText(photoStory({ title }));
		const d = seg(text);
		expect(d.title).toBe(title);
		expect(text.slice(d.body.start).startsWith(title)).toBe(true);
		expect(text.slice(0, d.body.end).endsWith(closing)).toBe(true);
	});
	it('a "[Video] <headline>" in a list of other stories stays an item of the list', () => {
		const s = said(photoStory({ title: '[Photo] Thanh niên Lai Châu - Luông Nặm Thà chung sức dựng trại hè hữu nghị' }));
		expect(s.some((x) => x.includes('mùa hè tình nguyện'))).toBe(false);
	});
});

describe("an ordinary article's captions stay furniture", () => {
	const paras = [
		'Sáng 14/9, tại thị trấn Mường Sinh, anh Bun-mi Xay-xổm-phon, Chủ tịch Hội Thanh niên tỉnh Luông Nặm Thà đã tiếp và làm việc với Đoàn đại biểu Hội Liên hiệp Thanh niên tỉnh Lai Châu.',
		'Tại buổi làm việc, hai bên trao đổi kết quả phối hợp giữa thanh niên hai tỉnh thời gian qua và thống nhất kế hoạch phối hợp năm 2025, trong đó có trại hè hữu nghị và giao lưu thể thao.',
		'Sáng 15/9, Đoàn cùng thanh niên hai tỉnh dọn vệ sinh và trồng 300 cây xanh tại trường tiểu học bản Nặm Đinh; chiều cùng ngày, Đoàn về nước qua cửa khẩu Ma Lù Thàng.'
	];
	const caption = (n: number) =>
		[
			'Chị Tòng Thị Hoa tặng quà lưu niệm anh Bun-mi Xay-xổm-phon tại buổi làm việc sáng 14/9. Ảnh: Minh Khôi',
			'Đoàn cùng thanh niên hai tỉnh trồng cây xanh tại trường tiểu học bản Nặm Đinh sáng 15/9. (Ảnh: Hội LHTN tỉnh Lai Châu)',
			'Đoàn chụp ảnh lưu niệm cùng lãnh đạo Hội Thanh niên tỉnh Luông Nặm Thà trước khi về nước. Ảnh: Minh Khôi'
		][n];
	const article = (stub: string) => `BÁO THANH NIÊN VÙNG CAO - CƠ QUAN CỦA HỘI LIÊN HIỆP THANH NIÊN
Trang chủ | Thời sự | Biên giới | Photo | Video
Biên giới » Hữu nghị

Thanh niên Lai Châu thăm, làm việc tại tỉnh Luông Nặm Thà

${lead}

${paras.map((p, i) => `${stub}\n${caption(i)}\n\n${p}`).join('\n\n')}

Minh Khôi

TIN CÙNG CHUYÊN MỤC
[Photo] Tuổi trẻ Sơn La - Hủa Phăn chung tay xây nhà nhân ái
[Video] Thanh niên Lai Châu ra quân mùa hè tình nguyện
- [Photo] Ngày hội thanh niên biên giới tại Mường Tè
`;
	for (const stub of ['[Ảnh]', '![](https://example.org/anh.jpg)']) {
		it(`captions under "${stub.slice(0, 8)}…" stubs are not read, though each is a dated sentence (other stories tagged "[Photo]" make no photo story)`, () => {
			const s = said(article(stub));
			expect(s).toEqual([lead, ...paras]);
		});
	}
});
