import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, decodeEntities, publishedMeta } from '../../../src/lib/pipeline/html';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = `<!doctype html><html><head><title>Hà Nội tiếp đoàn Viêng Chăn</title><style>p{color:red}</style><script>var x = "<p>Chiều 1/1</p>";</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a></nav>
<article><h1>Hà Nội tiếp đoàn Viêng Chăn</h1><p class="date">17:02 | 26/05/2022 GMT+7</p>
<p>Chiều 25/5, tại Hà Nội, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn do ông Anouphab Tounalom, Bí thư Thành ủy Viêng Chăn dẫn đầu.</p>
<p>Hai bên trao đổi về hợp tác&nbsp;giữa hai Thủ đô &amp; nhất trí tăng cường hợp tác trong thời gian tới.</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a>Ngày 3/1/2025, Hà Nội khai mạc hội chợ</a></li></ul></aside></body></html>`;

describe('HTML pages', () => {
	it('are recognised, and prose that mentions a tag is not', () => {
		expect(looksLikeHtml(page)).toBe(true);
		expect(looksLikeHtml('Bài viết nói về thẻ <p> trong HTML.')).toBe(false);
	});

	it('become the text a reader sees: no scripts, styles or tags, entities decoded, blocks on their own lines', () => {
		const t = htmlToText(page);
		expect(t).not.toMatch(/<|var x|color:red/);
		expect(t).toContain('hợp tác giữa hai Thủ đô & nhất trí');
		expect(t.split('\n')).toContain('17:02 | 26/05/2022 GMT+7');
		expect(decodeEntities('&#7871;&#x1EBF;&hellip;&unknown;')).toBe('ếế…&unknown;');
	});

	// Older CMSs and WYSIWYG editors write accented letters as named references; a ';' inside one never ends a sentence.
	it('decode every HTML5 named reference, accented letters included, and leave a bare ampersand alone', () => {
		expect(decodeEntities('Ph&oacute; Ch&#7911; t&#7883;ch UBND t&#7881;nh Qu&#7843;ng Tr&#7883;, &Ocirc;ng &Agrave;, ½=&frac12;')).toBe('Phó Chủ tịch UBND tỉnh Quảng Trị, Ông À, ½=½');
		expect(decodeEntities('AT&T &copy2024 &notaname; &NotANameEither;')).toBe('AT&T &copy2024 &notaname; &NotANameEither;');
		const html = `<!doctype html><html><head><title>Qu&atilde;ng B&igrave;nh</title></head><body><nav><a href="/">Trang ch&#7911;</a></nav><article>
<h1>Đo&agrave;n Kh&#259;m Mu&ocirc;n th&#259;m Qu&#7843;ng B&igrave;nh</h1><p>17:40 | 09/10/2024</p>
<p>S&aacute;ng 8/10, t&#7841;i th&agrave;nh ph&#7889; &#272;&#7891;ng H&#7899;i, Ph&oacute; B&iacute; th&#432; T&#7881;nh &#7911;y Ho&agrave;ng V&#259;n Quang &#273;&atilde; ti&#7871;p &#272;o&agrave;n &#273;&#7841;i bi&#7875;u t&#7881;nh Kh&#259;m Mu&ocirc;n.</p>
<p>Chi&#7873;u c&ugrave;ng ng&agrave;y, &#273;o&agrave;n th&#259;m C&#7843;ng Ch&acirc;n M&acirc;y.</p></article></body></html>`;
		const t = buildTimeline([{ file: 'cms.html', text: html }]);
		const quotes = t.events.map((e) => e.sources[0].quote);
		expect(quotes.some((q) => q.startsWith('Sáng 8/10, tại thành phố Đồng Hới'))).toBe(true);
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Chiều cùng ngày'))?.start).toBe('2024-10-08');
	});

	it('go through the whole pipeline like a text page, and quotes point into the converted text', () => {
		const t = buildTimeline([{ file: 'page.html', text: page }]);
		expect(t.articles[0].published).toMatch(/^2022-05-26/);
		const e = t.events.find((x) => x.start === '2022-05-25');
		expect(e).toBeTruthy();
		const s = e!.sources[0];
		expect(t.articles[0].text!.slice(s.start, s.end)).toBe(s.quote);
		expect(t.events.some((x) => x.start?.startsWith('2025'))).toBe(false);
	});

	it("take the page's publication time from its head when the page shows no date by the article", () => {
		const bare = (head: string) =>
			`<!doctype html><html><head><title>Hà Nội tiếp đoàn Viêng Chăn</title>${head}</head><body><nav><a href="/">Trang chủ</a></nav>
<article><h1>Hà Nội tiếp đoàn Viêng Chăn</h1>
<p>Chiều 9/4, tại Hà Nội, Bí thư Thành ủy Hà Nội Trần Văn Khánh đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn do ông Bounchanh Keomany, Phó Bí thư Thành ủy Viêng Chăn dẫn đầu.</p>
<p>Hai bên trao đổi về hợp tác giữa hai Thủ đô và nhất trí tăng cường hợp tác trong thời gian tới.</p></article>
<aside><ul><li><a>Hà Nội tiếp đoàn Viêng Chăn (26/5/2022)</a></li></ul></aside></body></html>`;
		const og = bare('<meta property="og:published_time" content="2021-04-10T21:15:00+07:00">');
		expect(publishedMeta(og)).toBe('2021-04-10T21:15:00+07:00');
		expect(publishedMeta(bare('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-10T14:15:00Z"}</script>'))).toBe('2021-04-10T14:15:00Z');
		expect(publishedMeta(bare(''))).toBeNull();
		const t = buildTimeline([{ file: 'page.html', text: og }]);
		expect(t.articles[0]).toMatchObject({ published: '2021-04-10T21:15:00+07:00', publishedHow: 'metadata' });
		expect(t.events.find((e) => e.type === 'reception')?.start).toBe('2021-04-09');
	});
});


describe('a saved page dated only by its address', () => {
	const page = (head: string, stamp = '') =>
		`<!DOCTYPE html><html lang="vi"><head><title>Đoàn Sê Kông thăm Bình Dương</title>${head}</head><body><h1>Đoàn Sê Kông thăm Bình Dương</h1>${stamp}<p>Sáng 14/11, ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Bình Dương đã tiếp Đoàn đại biểu tỉnh Xê Kông (Lào) do ông Bun-xỉ Keo-pa-xợt, Phó Tỉnh trưởng tỉnh Xê Kông làm trưởng đoàn.</p><p>Chiều cùng ngày, Đoàn đã tham quan Khu công nghiệp Việt Nam - Singapore.</p></body></html>`;
	it('takes the day from the canonical link or og:url when the page and its head give no other', async () => {
		const { buildTimeline } = await import('../../../src/lib/pipeline/index');
		const t = buildTimeline([{ file: 'a.html', text: page('<link rel="canonical" href="https://tuoitre.vn/doan-se-kong-tham-binh-duong-20231114123512345.htm">') }]);
		expect(t.articles[0]).toMatchObject({ published: '2023-11-14', publishedHow: 'metadata' });
		expect(t.events.map((e) => e.start)).toEqual(['2023-11-14', '2023-11-14']);
		// A stamp printed on the page wins over the address.
		const stamped = buildTimeline([{ file: 'a.html', text: page('<meta property="og:url" content="https://tuoitre.vn/a-20231110123512345.htm">', '<p>15/11/2023 08:00</p>') }]);
		expect(stamped.articles[0].published?.slice(0, 10)).toBe('2023-11-15');
	});
});
