import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';
import { htmlToText } from '../../../src/lib/pipeline/html';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const said = (text: string) => segment('t', 't.txt', normalizeText(text), 'vi').sentences.map((s) => s.text);

// An advert printed between the parts of an article (a tour offer, a hotline) is furniture: its day ("áp dụng đến hết
// 15/4/2024") is no news, and the story's "cùng ngày" goes on from its own day, not the offer's.
const first = [
	'Trong 3 ngày 7-9/4, Đoàn đại biểu tỉnh Nghệ An do đồng chí Hoàng Nghĩa Hiếu, Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm, làm việc tại tỉnh Xiêng Khoảng (Lào).',
	'Chiều 7/4, Đoàn chào xã giao đồng chí Pạ-ni Xổm-phết, Phó Tỉnh trưởng tỉnh Xiêng Khoảng tại Văn phòng Tỉnh.'
];
const second = [
	'Sáng 8/4, Đoàn dự Lễ khánh thành trường tiểu học bản Na-lạ do tỉnh Nghệ An tài trợ xây dựng.',
	'Chiều cùng ngày, Đoàn đến thăm Khu di tích Cánh đồng Chum và làm việc với Ban quản lý Khu di tích.',
	'Tại buổi làm việc, hai bên trao đổi kinh nghiệm bảo tồn di sản, thống nhất phối hợp quảng bá du lịch và đào tạo hướng dẫn viên cho các điểm đến trên tuyến đường 7 nối hai tỉnh.'
];
const offer = 'Ưu đãi hè: giảm đến 30% tour Cánh đồng Chum - Phôn-xạ-vẳn 4 ngày 3 đêm, áp dụng đến hết 15/4/2024. Hotline 1900 2468.';
const page = (between: string) => `BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ > Thời sự > Đối ngoại

Đoàn đại biểu tỉnh Nghệ An thăm, làm việc tại tỉnh Xiêng Khoảng

10/04/2024 08:15

${first.join('\n\n')}

${between}

${second.join('\n\n')}

Hữu Thắng

TIN LIÊN QUAN
- Nghệ An tiếp Đoàn đại biểu tỉnh Hủa Phăn
`;

describe('an advert between the parts of an article', () => {
	it('under its "Quảng cáo" label is not read', () => {
		expect(said(page(`Quảng cáo\n\n${offer}`))).toEqual([...first, ...second]);
	});
	it('with no label, an offer with a number to call is not read', () => {
		expect(said(page(offer))).toEqual([...first, ...second]);
	});
	it('makes no event, and "Chiều cùng ngày" after it is the day of the story', () => {
		const t = buildTimeline([{ file: 'nghean.txt', text: page(`QUẢNG CÁO\n\n${offer}`) }]);
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('tour Cánh đồng Chum')))).toEqual([]);
		const later = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Chiều cùng ngày, Đoàn đến thăm Khu di tích')));
		expect(later?.start).toBe('2024-04-08');
	});
	it('a paragraph of news that tells of a preferential policy and its term stays', () => {
		const news = 'Hai bên thống nhất áp dụng chính sách ưu đãi về thủ tục cho hàng hóa qua cửa khẩu Nậm Cắn, áp dụng đến hết năm 2025.';
		expect(said(page(news))).toEqual([...first, news, ...second]);
	});
});

describe('a saved HTML page whose advert box stands between the two blocks of its article', () => {
	const html = `<!DOCTYPE html><html><head><title>Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng</title></head><body>
<h1>Đoàn đại biểu tỉnh Nghệ An thăm, làm việc tại tỉnh Xiêng Khoảng</h1>
<div class="date">10/04/2024 08:15</div>
<div class="article-body part-a">${first.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div id="ad-slot-inarticle" class="banner-inread"><p>Ưu đãi hè: đặt tour Cánh đồng Chum 4 ngày 3 đêm trước 15/4/2024.</p></div>
<div class="article-body part-b">${second.map((p) => `<p>${p}</p>`).join('\n')}</div>
</body></html>`;
	it('drops the box the page marks as an advert (even an offer with no hotline)', () => {
		const text = htmlToText(html);
		expect(text).not.toContain('Ưu đãi hè');
		for (const p of [...first, ...second]) expect(text).toContain(p);
	});
	it('keeps a wrapper of the article whose name says "ad", its text being longer than any advert, and drops the advert inside', () => {
		const wrapped = html.replace('<div class="article-body part-a">', '<div class="main ad-wrapper"><div class="article-body part-a">').replace('</body>', '</div></body>');
		const text = htmlToText(wrapped);
		for (const p of [...first, ...second]) expect(text).toContain(p);
		expect(text).not.toContain('Ưu đãi hè');
	});
});
