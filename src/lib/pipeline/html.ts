/**
 * Saved HTML pages → the text a reader sees. Users save pages as text most of the time, but a
 * "Save as… Web page" file is HTML; reading its tags as words would bury the article. No DOM is
 * needed (the pipeline also runs in Node): block tags become line breaks, the rest is dropped,
 * character references decoded. The converted text is what the timeline stores and quotes.
 */
import { decodeHTMLStrict } from 'entities';

/** True when the text is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
	if (!text.slice(0, 20000).includes('<')) return false;
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
	const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|br|h[1-6]|li|ul|table|tr|td|section|article|img|meta|script)\b[^>]*>/gi);
	return (tags?.length ?? 0) >= 10;
}

const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|aside|nav|main|figure|figcaption|blockquote|hr|dd|dt|dl|pre|title)\b[^>]*>/gi;
// The few references a page uses most, read without a table lookup; the rest of HTML5's 2,231 names ("&agrave;", "&ocirc;",
// "&Aacute;", which older Vietnamese CMSs write for every accented letter) come from `entities`, the WHATWG table.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', copy: '©' };

/** Character references, numeric or named, each ended by its ';' (a bare "AT&T" or "&copy2024" stays as written). */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED[e] ?? NAMED[e.toLowerCase()] ?? decodeHTMLStrict(m);
	});
}

// A box the page marks as an advert by its class or id: "ads-inread", "div-gpt-ad-inread", "box ad", "adsbygoogle", "quang-cao".
const AD_BOX_OPEN = /<(div|aside|section|ins|figure|p)\b[^>]*>/gi;
const CLASS_OR_ID = /\b(?:class|id)\s*=\s*["']([^"']*)["']/gi;
const AD_NAME = /(?:^|[\s_-])(?:ads?|adv|adverts?|advertis(?:ing|ement)|adsbygoogle|quang-?cao|qc|sponsor(?:ed)?)(?=$|[\s_-])/i;
// An advert is short: a box with more text than this is taken for a wrapper of the article, whatever its name.
const AD_MAX_TEXT = 600;

/**
 * Adverts the page marks as such are dropped with their text: "<div class="ads-inread"><p>QUẢNG CÁO</p><p>Ưu đãi …: giảm đến
 * 40% tour …, áp dụng đến hết 30/11/2025. Hotline …</p></div>" between the two blocks of an article is no part of it.
 */
function dropAdBoxes(html: string): string {
	if (!/\bad|\bqc|sponsor|quang-?cao/i.test(html)) return html;
	let out = '';
	let from = 0;
	AD_BOX_OPEN.lastIndex = 0;
	for (let m = AD_BOX_OPEN.exec(html); m; m = AD_BOX_OPEN.exec(html)) {
		if (m[0].length < 8 || ![...m[0].matchAll(CLASS_OR_ID)].some((a) => AD_NAME.test(a[1]))) continue;
		const end = closingOf(html, m[1], m.index + m[0].length);
		if (end < 0 || html.slice(m.index, end).replace(/<[^>]*>/g, '').trim().length > AD_MAX_TEXT) continue;
		out += html.slice(from, m.index) + '\n';
		from = end;
		AD_BOX_OPEN.lastIndex = end;
	}
	return from ? out + html.slice(from) : html;
}

/** Where the element of tag `tag` opened just before `at` ends (after its closing tag), or -1. */
function closingOf(html: string, tag: string, at: number): number {
	const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
	re.lastIndex = at;
	let depth = 1;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (!m[1]) depth++;
		else if (--depth === 0) return m.index + m[0].length;
	}
	return -1;
}

export function htmlToText(html: string): string {
	return decodeEntities(
		dropAdBoxes(
			html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|noscript|svg|template|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
		)
			.replace(/<head\b[\s\S]*?<\/head\s*>/gi, (head) => {
				// Keep the page title: it is often the headline.
				const t = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head);
				return t ? `\n${t[1].trim()}\n` : '\n';
			})
			// A table's cells stay apart on their row ("Ngày 10/3 | Đoàn xuất cảnh …"), as a reader sees its columns.
			.replace(/<\/t[dh]\s*>\s*(?=<t[dh]\b)/gi, ' | ')
			.replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, (_m, alt: string) => (alt ? `\n${alt}\n` : ''))
			.replace(BLOCK, '\n')
			.replace(/<[^>]+>/g, '')
	)
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

// The page's own publication time in its head: Open Graph / article meta tags, or schema.org JSON-LD.
const META_TIME = /<meta\b[^>]*\b(?:property|name|itemprop)\s*=\s*["'](?:og:published_time|article:published_time|datePublished|pubdate|publishdate|dc\.date\.issued)["'][^>]*>/gi;
const CONTENT = /\bcontent\s*=\s*["']([^"']+)["']/i;
const LD_TIME = /"datePublished"\s*:\s*"([^"]+)"/;

/**
 * When a saved page says it was published (ISO text as written, e.g. "2024-04-10T21:15:00+07:00"), or
 * null. A saved page may print no date a reader can see near the article, but its head still says.
 */
export function publishedMeta(html: string): string | null {
	const head = html.slice(0, 200000);
	if (!/published|pubdate|publishdate|dc\.date/i.test(head)) return null;
	for (const m of head.matchAll(META_TIME)) {
		const c = CONTENT.exec(m[0]);
		if (c) return decodeEntities(c[1]).trim();
	}
	return LD_TIME.exec(head)?.[1].trim() ?? null;
}


// The page's own address in its head: the canonical link or the Open Graph URL.
const PAGE_URL = /<(?:link\b[^>]*\brel\s*=\s*["']canonical["']|meta\b[^>]*\bproperty\s*=\s*["']og:url["'])[^>]*>/i;
const HREF = /\b(?:href|content)\s*=\s*["'](https?:\/\/[^"']+)["']/i;

/** The saved page's own address, or null: news sites put the day in it (dates/stamp.ts, urlStamp). */
export function pageUrl(html: string): string | null {
	const m = PAGE_URL.exec(html.slice(0, 200000));
	return (m && HREF.exec(m[0])?.[1]) ?? null;
}
