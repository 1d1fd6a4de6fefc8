import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import { htmlToText } from '../../../src/lib/pipeline/html';
import { normalizeText } from '../../../src/lib/pipeline/normalize';

const seg = (text: string) => segment('t', 't.txt', normalizeText(text), 'vi');

// A paper's box of the section's other stories ("Tin cùng chuyên mục", "Tin cùng chủ đề") dropped between two
// paragraphs of the article is furniture, as a "Tin liên quan" box is: the body runs from the headline through
// the paragraphs after it, whichever half is longer.
describe('a box of the section\'s other stories inside the article', () => {
	const lead = 'Từ ngày 5 đến 7/4, Đoàn đại biểu thành phố Hải Phòng do đồng chí Vũ Minh Khang, Phó Chủ tịch UBND thành phố làm trưởng đoàn đã thăm và làm việc tại tỉnh Xay-nhạ-bu-ly (Lào).';
	const before = [
		'Sáng 6/4, tại thị xã Xay-nhạ-bu-ly, đồng chí Phon-xay Văn-na-xỉn, Phó Tỉnh trưởng tỉnh Xay-nhạ-bu-ly đã tiếp và hội đàm với Đoàn.',
		'Tại buổi hội đàm, hai bên trao đổi kết quả hợp tác trong lĩnh vực giáo dục, nông nghiệp và thương mại thời gian qua.'
	];
	const after = [
		'Đồng chí Vũ Minh Khang giới thiệu tiềm năng của cảng Lạch Huyện và đề nghị hai bên phối hợp nghiên cứu tuyến vận tải hàng hóa từ Xay-nhạ-bu-ly ra cảng biển Hải Phòng.',
		'Sau hội đàm, hai bên ký biên bản ghi nhớ hợp tác giai đoạn 2025 - 2027 trong các lĩnh vực đào tạo, du lịch và xúc tiến đầu tư.',
		'Chiều 5/4, ngay khi đến Xay-nhạ-bu-ly, Đoàn đã dâng hương tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam.',
		'Ngày 7/4, Đoàn thăm Trường Trung học Hữu nghị Lào - Việt Nam trước khi về nước qua cửa khẩu quốc tế Tây Trang.'
	];
	const html = (heading: string) => `<!DOCTYPE html><html><head><title>Hải Phòng thăm Xay-nhạ-bu-ly - Báo Hải Phòng</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<article><h1>Đoàn đại biểu thành phố Hải Phòng thăm, làm việc tại tỉnh Xay-nhạ-bu-ly</h1>
<p class="date">Thời sự | <time>09:10 08/04/2025</time></p>
<p class="sapo">${lead}</p>
${before.map((p) => `<p>${p}</p>`).join('\n')}
<div class="related"><h4>${heading}</h4><ul>
<li><a href="#">Lãnh đạo thành phố tiếp Tổng Lãnh sự Lào tại Hải Phòng</a> <span>(14/02/2025)</span></li>
<li><a href="#">Trao nhà đại đoàn kết cho hộ nghèo huyện Tiên Lãng</a> <span>(11/2024)</span></li>
<li><a href="#">Ngày 20/4, khai mạc Lễ hội Hoa Phượng Đỏ năm 2025</a></li>
</ul></div>
${after.map((p) => `<p>${p}</p>`).join('\n')}
<p class="author">MINH KHUÊ</p></article>
<aside><h4>Đọc nhiều</h4><ul><li><a href="#">Giá vàng hôm nay tăng mạnh</a></li></ul></aside></body></html>`;

	for (const heading of ['Tin cùng chuyên mục', 'TIN CÙNG CHỦ ĐỀ']) {
		it(`'${heading}': the headline, the sapo and the paragraphs before the box are the body's start`, () => {
			const d = seg(htmlToText(html(heading)));
			const sentences = d.sentences.map((s) => s.text);
			expect(d.title).toBe('Đoàn đại biểu thành phố Hải Phòng thăm, làm việc tại tỉnh Xay-nhạ-bu-ly');
			expect(sentences[0]).toBe(lead);
			for (const p of [...before, ...after]) expect(sentences).toContain(p);
			expect(sentences.some((s) => /Tổng Lãnh sự|nhà đại đoàn kết|Hoa Phượng Đỏ|Giá vàng/.test(s))).toBe(false);
		});
	}

	it('the same heading over a list of other stories with a lead each, under the article, still ends it', () => {
		const page = [
			'Đoàn đại biểu thành phố Hải Phòng thăm, làm việc tại tỉnh Xay-nhạ-bu-ly', '', lead, '', ...before, '', 'Tin cùng chuyên mục',
			'Hải Phòng khởi công cầu Nguyễn Trãi', 'Sáng 9/4, thành phố khởi công cầu Nguyễn Trãi nối quận Ngô Quyền với huyện Thủy Nguyên, tổng vốn 1.200 tỷ đồng.',
			'Khai mạc Tuần Văn hóa - Du lịch Đồ Sơn', 'Tối 10/4, Tuần Văn hóa - Du lịch Đồ Sơn năm 2025 đã khai mạc với nhiều hoạt động đặc sắc.'
		].join('\n');
		const sentences = seg(page).sentences.map((s) => s.text);
		expect(sentences).toContain(before[1]);
		expect(sentences.some((s) => /cầu Nguyễn Trãi|Đồ Sơn/.test(s))).toBe(false);
	});
});

// A photo story numbers its pictures ("[Ảnh 2]") between the paragraphs: a placeholder stands where a caption would, so the
// text still goes on after a "TIN LIÊN QUAN" box when pictures come between its paragraphs, and the lead before the box is
// the body's (its "năm 2025" is the only year a stampless page gives).
describe('a related box inside a photo story whose pictures are numbered placeholders', () => {
	const page = [
		'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH',
		'Trang chủ | Tin tức | Đoàn thể | Đối ngoại',
		'',
		'Tuổi trẻ Quảng Bình giao lưu với thanh niên Khăm Muồn',
		'',
		'Trong khuôn khổ Ngày hội Thanh niên biên giới năm 2024, Đoàn đại biểu Tỉnh đoàn Quảng Bình do đồng chí Trần Văn Khải, Bí thư Tỉnh đoàn làm trưởng đoàn đã giao lưu tại tỉnh Khăm Muồn (Lào) trong hai ngày 8 và 9 tháng 10.',
		'',
		'[Ảnh 1]',
		'Chiều 8/10, đồng chí Bun-thăn Phôm-ma-chăn, Bí thư Tỉnh đoàn Thanh niên tỉnh Khăm Muồn tiếp Đoàn tại thành phố Thà Khẹt.',
		'',
		'TIN LIÊN QUAN',
		'- Quảng Bình: Ra quân Chiến dịch Mùa hè xanh 2024 (2/6/2024)',
		'- Tỉnh đoàn Khăm Muồn thăm Quảng Bình (tháng 4/2023)',
		'',
		'[Ảnh 2]',
		'Tối 8/10, chương trình giao lưu văn nghệ diễn ra tại Quảng trường thành phố Thà Khẹt.',
		'',
		'[Ảnh 3]',
		'Sáng 9/10, Đoàn cùng thanh niên tỉnh Khăm Muồn trồng 100 cây xanh tại Trường Hữu nghị.',
		'',
		'[Ảnh 4]',
		'Gian hàng ẩm thực Quảng Bình thu hút đông đảo bạn trẻ Lào.',
		'',
		'Chia sẻ: Facebook | Zalo'
	].join('\n');

	it('the lead and the reception before the box are the body, and the box is not', () => {
		const sentences = seg(page).sentences.map((s) => s.text);
		expect(sentences[0]).toMatch(/^Trong khuôn khổ Ngày hội Thanh niên biên giới năm 2024/);
		expect(sentences).toContain('Chiều 8/10, đồng chí Bun-thăn Phôm-ma-chăn, Bí thư Tỉnh đoàn Thanh niên tỉnh Khăm Muồn tiếp Đoàn tại thành phố Thà Khẹt.');
		expect(sentences).toContain('Sáng 9/10, Đoàn cùng thanh niên tỉnh Khăm Muồn trồng 100 cây xanh tại Trường Hữu nghị.');
		expect(sentences.some((s) => /Mùa hè xanh|thăm Quảng Bình/.test(s))).toBe(false);
	});
});
