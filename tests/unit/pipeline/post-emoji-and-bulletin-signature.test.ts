/**
 * Page structure: a fanpage post whose paragraphs close with emoji instead of a full stop ("… với thanh niên bạn
 * 🏐🎤"), a bulletin saved from a PDF whose story is signed in brackets and followed, past a running header with
 * its page number and a lone page number, by another column under a title in capitals, and a Lao name broken by a
 * line-end hyphen ("Khăm-⏎phăn-thạ"). (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { segment } from '../../../src/lib/pipeline/segment';

const post = [
	'Hội Sinh viên Hà Tĩnh',
	'5 giờ trước · 🌏',
	'',
	'🇻🇳🇱🇦 SINH VIÊN HÀ TĨNH - BÔ-LI-KHĂM-XAY: GẮN KẾT TÌNH ĐOÀN KẾT VIỆT NAM - LÀO 🇱🇦🇻🇳',
	'',
	'Trong ba ngày qua (9 đến 11/9), Đoàn đại biểu Hội Sinh viên tỉnh Hà Tĩnh do đồng chí Phan Văn Toàn, Chủ tịch Hội Sinh viên tỉnh làm trưởng đoàn đã sang thăm và giao lưu với sinh viên tỉnh Bô-li-khăm-xay, nước bạn Lào, với nhiều hoạt động ý nghĩa và thiết thực 💪',
	'',
	'📌 Sáng 9/9, hai đoàn dự Lễ khai mạc Ngày hội Sinh viên Việt Nam - Lào năm 2022 tại thành phố Pạc-xan.',
	'',
	'📌 Ngày 10/9, Đoàn trao 80 chiếc áo ấm cho học sinh Trường Tiểu học bản Phôn-thoong và giao lưu văn nghệ, bóng chuyền với sinh viên Bô-li-khăm-xay 🏐🎤',
	'',
	'Dự kiến tháng 11 tới, đồng chí Bun-nhăng Sổm-chít sẽ dẫn đoàn Hội Sinh viên tỉnh Bô-li-khăm-xay sang thăm và giao lưu tại Hà Tĩnh 🤝',
	'',
	'#VietLao #SinhVienHaTinh #HuuNghi',
	'',
	'👍❤️ 860 · 42 bình luận · 75 lượt chia sẻ',
	'Thích · Bình luận · Chia sẻ'
].join('\n');

describe('a fanpage post whose paragraphs close with emoji', () => {
	const doc = segment('p', 'p.txt', post, 'vi');
	it('reads a long paragraph closed by emoji as prose, up to the hashtags, and quotes it without the emoji', () => {
		expect(doc.text.slice(doc.body.start, doc.body.end)).toContain('giao lưu tại Hà Tĩnh');
		const planted = doc.sentences.find((s) => s.text.startsWith('Ngày 10/9'));
		expect(planted?.text.endsWith('sinh viên Bô-li-khăm-xay')).toBe(true);
		const plan = doc.sentences.find((s) => s.text.startsWith('Dự kiến tháng 11 tới'));
		expect(plan?.text.endsWith('giao lưu tại Hà Tĩnh')).toBe(true);
	});
	it('keeps a headline in capitals flanked by flags a headline', () => {
		expect(doc.sentences.some((s) => s.text.includes('GẮN KẾT'))).toBe(false);
	});
	it('finds the day of gifts and the planned return visit', () => {
		const t = buildTimeline([{ file: 'p.txt', text: post }]);
		const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
		expect(of('Ngày 10/9')?.start).toBe('2022-09-10');
		expect(of('Dự kiến tháng 11 tới')?.status).toBe('planned');
	});
});

const bulletin = [
	'UBND TỈNH HÀ TĨNH',
	'SỞ NGOẠI VỤ',
	'THÔNG TIN ĐỐI NGOẠI SỐ 7/2022 — Trang 5',
	'',
	'Đoàn công tác tỉnh Hà Tĩnh thăm, làm việc tại',
	'tỉnh Bô-li-khăm-xay (Lào)',
	'',
	'Từ ngày 14 đến ngày 16/6/2022, Đoàn công tác tỉnh Hà Tĩnh do đồng chí',
	'Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm',
	'việc tại tỉnh Bô-li-khăm-xay, nước CHDCND Lào. Cùng đi có lãnh đạo Sở',
	'Ngoại vụ và Sở Công Thương.',
	'',
	'Sáng 15/6, tại thành phố Pạc-xan, đồng chí Bun-mi Khăm-',
	'phăn-thạ, Phó Tỉnh trưởng tỉnh Bô-li-khăm-xay đã chủ trì hội đàm với Đoàn.',
	'Hai bên thống nhất tăng cường hợp tác trong lĩnh vực thương mại',
	'và giáo dục.',
	'',
	'Sáng 16/6, Đoàn đến thăm Trường Trung học Hữu nghị Pạc-xan và trao',
	'30 suất học bổng. Chiều cùng ngày, Đoàn về nước qua Cửa khẩu quốc tế',
	'Cầu Treo.',
	'',
	'(Văn phòng Sở Ngoại vụ)',
	'THÔNG TIN ĐỐI NGOẠI SỐ 7/2022 — Trang 6',
	'6',
	'HOẠT ĐỘNG TRONG THÁNG',
	'- Ngày 24/6/2022, Sở Ngoại vụ tổ chức Hội thảo về công tác lãnh sự năm 2022.',
	'- Tháng 5/2022, tỉnh đón 9 đoàn khách nước ngoài đến thăm, làm việc.'
].join('\n');

describe('a bulletin saved from a PDF, its story signed before another column', () => {
	const doc = segment('b', 'b.txt', bulletin, 'vi');
	const t = buildTimeline([{ file: 'b.txt', text: bulletin }]);
	it('ends the story at its signature: the next column under a title in capitals is not the article', () => {
		const body = doc.text.slice(doc.body.start, doc.body.end);
		expect(body).toContain('Cầu Treo.');
		expect(body).not.toContain('Hội thảo');
		expect(t.events.filter((e) => e.sources.some((s) => /Hội thảo|9 đoàn khách/.test(s.quote)))).toEqual([]);
		expect(t.events.every((e) => !e.start || (e.start >= '2022-06-14' && e.start <= '2022-06-16'))).toBe(true);
	});
	it('reads a Lao name broken by a line-end hyphen whole, its quote still at its offsets', () => {
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Sáng 15/6')));
		const names = (talks?.people ?? []).map((id) => t.people.find((p) => p.id === id)?.name);
		expect(names).toContain('Bun-mi Khăm-phăn-thạ');
		const a = t.articles[0];
		for (const e of t.events) for (const s of e.sources) expect(a.text!.slice(s.start, s.end)).toBe(s.quote);
	});
});

const news = [
	'Hà Tĩnh và Bô-li-khăm-xay ký kết biên bản hợp tác năm 2023',
	'',
	'Sáng 3/4/2023, tại thành phố Hà Tĩnh, đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp và hội đàm với Đoàn đại biểu tỉnh Bô-li-khăm-xay do đồng chí Bun-mi Khăm-phăn-thạ, Phó Tỉnh trưởng làm trưởng đoàn.',
	'',
	'(Ảnh: Thành Trung)',
	'',
	'HỢP TÁC TOÀN DIỆN',
	'',
	'Chiều cùng ngày, hai bên đã ký kết Biên bản ghi nhớ hợp tác trong lĩnh vực thương mại, giáo dục và y tế giai đoạn 2023 - 2025, mở ra nhiều cơ hội mới cho doanh nghiệp hai tỉnh.'
].join('\n');

describe('a news page with a caption in brackets above a subheading in capitals', () => {
	it('goes on past them: no page break lies between', () => {
		const doc = segment('n', 'n.txt', news, 'vi');
		expect(doc.text.slice(doc.body.start, doc.body.end)).toContain('Chiều cùng ngày, hai bên đã ký kết');
	});
});
