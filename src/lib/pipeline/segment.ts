/**
 * Page structure: title, publication stamp, body and sentences of a news page saved as text.
 *
 * How it works, in four passes over the lines (no line is ever removed from `text`, so every
 * offset stays valid):
 *  1. Each line gets a kind from its own shape: prose (a real paragraph: ends like a sentence, has
 *     enough words), heading (no sentence end), caption, image stub, widget, menu, stamp, list item,
 *     doubled headline, section marker ("Tin liên quan", "Read more"…), source line ("Theo VOV").
 *     A "[Photo] <headline>" over its lead is a headline; on a page that says it is a photo story, a caption under
 *     a picture that holds a whole sentence is prose (markPhotoStory).
 *  2. Lines that repeat another line are demoted: a short line that is the start of a paragraph is
 *     its caption; the shorter of two near-identical paragraphs is a teaser (sapo/description).
 *  3. The body is the run of lines with the highest score — prose counts its words, furniture
 *     costs — that crosses no section marker (maximum-sum run, Kadane). Sidebar stories and
 *     related lists lose because their headlines and doubled links cost more than their leads bring.
 *  4. The title is the headline-shaped line near the run that is best anchored: next to the stamp,
 *     repeated later as an image caption, followed by the lead, or first on the page. When only
 *     blank lines and widgets separate it from the run, the body starts at the title.
 * Captions, repeated headlines and other furniture inside the body never become sentences.
 */
import type { Doc, Language, Sentence, Span } from './types';
import { findStamp, issueStamp, parseStamp, urlStamp, type Stamp } from './dates/stamp';
import { isLetterOrDigit, joinWords, joinWordsLower, letterOrDigitAt, lowerUnit, lowerWordClass } from './normalize';

type Kind =
	| 'blank'
	| 'tag' // HTML tag-only line, or inside <script>/<style>
	| 'prose' // a paragraph of the article (or of a sidebar story)
	| 'teaser' // a paragraph repeated at more length elsewhere (sapo, description)
	| 'heading' // headline-shaped: no sentence end
	| 'caption' // photo caption, credit, table cell, repeated title
	| 'image' // image stub with no text of its own
	| 'widget' // font-size buttons, media player, share buttons, rating widgets
	| 'menu' // breadcrumbs and navigation
	| 'stamp' // a publication stamp line
	| 'slug' // URL slug saved as text ("infographic dau hieu nhan biet lu quet")
	| 'list' // an item of a list of other stories ("[Video] …", a link-only line)
	| 'teaserStub' // an image stub carrying another story's text
	| 'double' // a headline written twice (link text + image alt)
	| 'marker' // a section heading that ends the article ("Tin bài liên quan", "Related news")
	| 'source'; // "Theo VOV", "Nguồn:", "Source: VNA" — the article's end

interface Line {
	/** Offsets of the line's content (trimmed, HTML tags at the edges left out). */
	start: number;
	end: number;
	s: string;
	kind: Kind;
	words: number;
	/**
	 * Matching key (keyOf) of a prose, heading or caption line, made only when asked (lineKey):
	 * null until then. Other lines have ''.
	 */
	key: string | null;
	/**
	 * Hash of prefixOf(key) (prefixHash), made for every line at once without making the string: lines
	 * whose hashes differ have different prefixes, hence different keys. 0 for an empty key only.
	 */
	prefix: number;
	/** Index of the next line in the text is this + 1; used for "directly after" checks. */
	index: number;
	/** parseStamp(s) for a stamp line or a dated source line (read when it was classified), null for any other. */
	stamp: Stamp | null;
}

const SCORE: Record<Kind, number> = {
	blank: 0,
	tag: 0,
	prose: 0, // replaced by the word count
	teaser: -5,
	heading: -8,
	caption: -2,
	image: -2,
	widget: -1,
	menu: -10,
	stamp: -20,
	slug: -15,
	list: -15,
	teaserStub: -30,
	double: -40,
	marker: 0, // barrier
	source: 0 // barrier
};
/** Kinds that end the article: no body run crosses them (two comparisons, not a Set lookup by the kind string per line). */
function isBarrier(kind: Kind): boolean {
	return kind === 'marker' || kind === 'source';
}
/** Kinds that may stand between the title and the lead without separating them. */
const TITLE_GAP: ReadonlySet<Kind> = new Set(['blank', 'tag', 'widget', 'stamp', 'caption', 'image', 'menu']);

// --- line shapes -------------------------------------------------------------------------------

/**
 * Ends like a sentence: . ! ? … ; : , possibly inside closing quotes or brackets, or "./." — the rule
 * endsLikeSentence reads by code (exported for the test that holds the two together).
 */
export const SENTENCE_END = /(?:[.!?…;:,]["”’»)\]]*|[.!?…]\s*["”’»)\]]|\.\/\.)$/u;

// A wire's sign-off after the last sentence of a story: "… are studying. — VNS", "… về nước. - TTXVN".
const SIGN_OFF = /([.!?…]["”’»)\]]*)\s+[—–-]\s*\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?\s*$/u;

/** A closing quote or bracket as SENTENCE_END and SIGN_OFF spell them: " ” ’ » ) ] */
function isCloser(c: number): boolean {
	return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/** . ! ? … */
function isFullStop(c: number): boolean {
	return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * SENTENCE_END.test(s) (or a sign-off), its three forms read backwards from the end by code: every
 * line asks, and a regex call per line cost more than the few characters read here.
 */
export function endsLikeSentence(s: string): boolean {
	const n = s.length;
	// Only a line ending in a capital may end in a sign-off; its tail is enough to look at.
	const c = s.charCodeAt(n - 1);
	if (c >= 65 && c <= 90 && SIGN_OFF.test(s.slice(-24))) return true;
	// [.!?…;:,] then closing marks to the end (j: where the closing marks at the end begin);
	let j = n;
	while (j > 0 && isCloser(s.charCodeAt(j - 1))) j--;
	if (j > 0) {
		const p = s.charCodeAt(j - 1);
		if (isFullStop(p) || p === 0x3b || p === 0x3a || p === 0x2c) return true;
	}
	// [.!?…], white space, then one closing mark at the end;
	if (j < n) {
		let m = n - 1;
		while (m > 0 && isSpaceCode(s.charCodeAt(m - 1))) m--;
		if (m > 0 && isFullStop(s.charCodeAt(m - 1))) return true;
	}
	// "./." at the end.
	return n >= 3 && c === 0x2e && s.charCodeAt(n - 2) === 0x2f && s.charCodeAt(n - 3) === 0x2e;
}

// A publication's call for its readers' letters closes its text: "Mọi ý kiến đóng góp xin gửi về: Phòng …, 52 …".
const CONTRIBUTIONS = /^(?:mọi\s+)?ý\s+kiến(?:\s+đóng\s+góp)?(?:\s+[^\s.:;]+){0,4}?\s+(?:xin\s+)?(?:vui\s+lòng\s+)?gửi\s+(?:về|tới|đến)(?![\p{L}])/iu;

// Section headings that close the article. Only whole short lines: these words also open sentences.
const MARKER =
	/^(?:bài viết hay\??(?:\s*hãy đánh giá bài viết)?|hãy đánh giá bài viết|tin bài liên quan|tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|cùng chuyên mục|tin cùng chủ đề|các tin bài khác|các tin khác|tin khác|tin mới(?: nhất)?|tin mới cập nhật|tin nổi bật|tin đọc nhiều|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|đọc thêm|xem thêm|có thể bạn quan tâm|bạn có thể quan tâm|có thể bạn chưa đọc|đừng bỏ lỡ|tin tiêu điểm|tiêu điểm|multimedia|video nổi bật|ý kiến|ý kiến bạn đọc|gửi bình luận|bình luận(?: \(\d+\))?|\d+ bình luận|ý kiến của bạn|related news|related articles|related stories|related|read more|read also|more news|more stories|most read|most viewed|most popular|latest news|latest|see also|you may also like|you might also like|editor'?s picks?|trending|comments?(?: \(\d+\))?|leave a comment|your comment)\s*:?$/iu;

// Inline related links: "Xem thêm: <headline>", "Read more: <headline>".
const LINK_LINE = /^(?:>>\s*)?(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|see also|related)\s*[:>»-]\s*\S/iu;
/**
 * Can a LINK_LINE open with these two code units? ">>", or the first two letters of one of its words in
 * either case: xe, đọ, ti, bà, re, se ("ſ" is an "s" to the case-insensitive regex). By code: the
 * regex call was made for every line opening with t, b, đ… (most paragraphs), which a second letter rules out.
 */
function mayOpenLinkLine(c0: number, c1: number): boolean {
	if (c0 === 0x3e) return c1 === 0x3e;
	const l0 = c0 | 0x20;
	const l1 = c1 | 0x20;
	if (l0 === 0x78 || l0 === 0x72 || l0 === 0x73 || c0 === 0x17f) return l1 === 0x65;
	if (l0 === 0x74) return l1 === 0x69;
	if (l0 === 0x62) return c1 === 0xe0 || c1 === 0xc0;
	if (c0 === 0x111 || c0 === 0x110) return c1 === 0x1ecd || c1 === 0x1ecc;
	return false;
}

// Widgets and player debris: whole lines only.
const WIDGET =
	/^(?:a{1,2}|a\s*a|a[-+]|a-\s*a\s*a\+|a\s*\+\s*a\s*-|user image|user|chia sẻ|share|facebook|zalo|twitter|linkedin|email|e-mail|in bài|in bài viết|print|lưu|lưu bài|lưu tin|copy link|sao chép liên kết|theo dõi|follow|like|tweet|google news|nghe bài viết|nghe|đang phát|tạm dừng|play|pause|listen(?: to (?:this )?article)?|quảng cáo|advertisement|sponsored|loading\.{0,3}|xin chờ trong giây lát\.{0,3}|phiên bản di động|mobile version|back to top|lên đầu trang|về đầu trang|trở lại đầu trang|top|gửi|send|tags?:?|từ khóa:?|từ khoá:?|chủ đề:?|topics?:?|bản in|toggle navigation|menu|close|đóng|×|x)\s*$/iu;
const PLAYER = /^(?:\d{1,2}:\d{2}(?::\d{2})?)(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

// Captions and credits. Vietnamese: "Ảnh: Trịnh Dũng", "(Ảnh: TTXVN)", "(Nguồn: Hà Nội mới)",
// "… ảnh 1" (image placeholders), "Ảnh minh họa". English: "Photo: VNA", "(Photo courtesy of …)".
const CAPTION_CREDIT = /(?:^|[\s(\[.–—-])(?:ảnh|hình|photo|photos|image|nguồn|source|video|clip|đồ họa|đồ hoạ|graphic|infographic)\s*(?:minh\s*họa|minh\s*hoạ|tư liệu|tư\s*liệu)?\s*:\s*\S[^\n]{0,80}$/iu;
const NARRATION = /^Lời\s+bình\s*:/u;
const CAPTION_START = /^\(?(?:ảnh|hình ảnh|hình|photo|image|video|clip|ảnh minh họa|ảnh minh hoạ|hình minh họa|illustrative (?:photo|image|picture))(?![\p{L}\p{N}])/iu;
const PICTURE_LABEL = /^\(?(?:ảnh|hình|hình ảnh|photo|image)\s*:\s*\S/iu;
const CAPTION_PLACEHOLDER = /\s(?:ảnh|hình|photo)\s+\d{1,2}$/iu;
const CAPTION_WIRE = /(?:\b[A-Z]{2,}(?:\/[A-Z]{2,})?\s+Photos?(?:\s[^\n.]{0,40})?|\bPhotos?\s+(?:courtesy(?:\s+of)?|by)\s[^\n]{1,60}|\((?:ảnh|photo)[^)]*\))\s*\.?$/iu;
// Every CAPTION_WIRE form holds "photo" or "(ảnh" in any case: a cheap test that spares most lines
// the end-anchored pattern, which is tried at every position. Without the u flag it runs faster and
// matches the same: no other character case-folds to these letters.
const CAPTION_WIRE_WORD = /photo|\(ảnh/i;
const TABLE_CELL = /(?:^\||\s\|$|\|\s*$)/;
// A row of a programme table whose first cell is its day ("Ngày 10/3 | Đoàn xuất cảnh …", "| Sáng 11/3 | Hội đàm … |",
// or tab-separated as a browser copies it): an item of the article, told without the full stop of a sentence.
const DATED_ROW = /^\|?[ \t]*[^|\t\d]{0,16}\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?[^|\t]{0,16}?[ \t]*(?:\||\t)[ \t]*\p{L}/u;

// Lists of other stories: "[Video] …", "[Infographic] …", link-only lines, numbered headline lists.
const LIST_ITEM = /^(?:[*•-]\s*)?\[(?:video|infographics?|ảnh|photo|photos|clip|podcast|e-?magazine|longform|interactive|megastory|trực tiếp|live|audio|gallery|quiz|chùm ảnh|phóng sự ảnh|mini ?game)\]/iu;
const LINK_ONLY = /^(?:[*•-]\s*)?\[[^\]]*\]\([^)]*\)\s*$/u;

const BREADCRUMB_START = /^(?:trang chủ|home(?:page)?|trang nhất)(?![\p{L}\p{N}])/iu;

// "Theo VOV", "Theo Báo Nhân Dân", "Nguồn:", "Nguồn: TTXVN", "(Theo TTXVN)", "Source: VNA".
const SOURCE_LINE = /^\(?(?:theo|nguồn|source|according to)(?![\p{L}\p{N}])\s*:?\s*(?:[\p{Lu}\d][^\n,;]*)?\)?\.?$/u;

/**
 * Runs of letters and digits (what /[\p{L}\p{N}]+/gu matches), counted in one pass without a match
 * object per word; counting stops at `enough`.
 */
function countWords(s: string, enough = Infinity): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < s.length && n < enough; i++) {
		const k = letterOrDigitAt(s, i);
		if (k) {
			if (!inWord) n++;
			inWord = true;
			i += k - 1;
		} else inWord = false;
	}
	return n;
}

// Separators of menu pieces, each between white space: "Thời sự > Chính trị", "Home | News".
// A separator between white space, as isMenu counts them (leftmost, non-overlapping matches). No u
// flag: none of these characters is part of a surrogate pair, so it matches the same.
const SEPARATOR_BETWEEN_SPACES = /\s[>»›\/|•·]\s/g;

/** Separators of menu pieces in s: what /\s(?:>|»|›|\/|\||•|·)\s/gu matches. */
function countSeparators(s: string): number {
	let n = 0;
	SEPARATOR_BETWEEN_SPACES.lastIndex = 0;
	while (SEPARATOR_BETWEEN_SPACES.test(s)) n++;
	return n;
}

/*
 * What wordsIn needs to know of a code unit, in one table read: S_OTHER 0, S_WORD 1 (a letter or digit), S_UNKNOWN 2
 * (not asked yet), S_HIGH_SURROGATE 3 (the pair decides). The blocks a page is mostly written in (Latin with its
 * Vietnamese letters, General Punctuation) are asked at once, so the loop below seldom leaves its one table read.
 */
const S_OTHER = 0, S_WORD = 1, S_UNKNOWN = 2, S_HIGH_SURROGATE = 3;
const scanClass = new Uint8Array(0x10000).fill(S_UNKNOWN);
scanClass.fill(S_HIGH_SURROGATE, 0xd800, 0xdc00);
for (const [a, b] of [[0, 0x24f], [0x1e00, 0x1eff], [0x2000, 0x206f]]) for (let c = a; c <= b; c++) scanClass[c] = isLetterOrDigit(c) ? S_WORD : S_OTHER;
function learnScanClass(c: number): number {
	return (scanClass[c] = isLetterOrDigit(c) ? S_WORD : S_OTHER);
}

/**
 * Runs of letters and digits in s[from, to) (what /[\p{L}\p{N}]+/gu matches there): the page itself
 * is read rather than a slice of it, which is slower to read from. Every line's words are counted,
 * so this loop reads every character of the page; it counts words only (the separators isMenu asks
 * for and the white space isDoubledOnOneLine collapses are looked for in the lines that reach those
 * tests: tracking them here cost a third of the loop). One table read per code unit and a word counted
 * where a letter follows a non-letter, without a branch: half the time of a loop telling ASCII by
 * comparisons and words by an inner loop.
 */
function wordsIn(s: string, from: number, to: number): number {
	let words = 0;
	// 1 when the code unit before is part of a word.
	let inWord = 0;
	for (let i = from; i < to; i++) {
		let k = scanClass[s.charCodeAt(i)];
		// A surrogate pair is one character: a letter or digit (both units taken) or something else (its low unit,
		// alone, is no letter).
		if (k > S_WORD) k = k === S_UNKNOWN ? learnScanClass(s.charCodeAt(i)) : i + 1 < to && letterOrDigitAt(s, i) === 2 ? (i++, S_WORD) : S_OTHER;
		words += k & (inWord ^ 1);
		inWord = k;
	}
	return words;
}

// White space that s.replace(/\s+/g, ' ') would change: any but a plain space, or two in a row.
const COLLAPSIBLE_SPACE = /[^\S ]|\s\s/;

/** "X X": the same headline twice on one line (link text, then the image's alt text). */
function isDoubledOnOneLine(s: string, words: number): boolean {
	// Collapsing white space makes s no longer and keeps its words; "X X" has twice X's words, an even count.
	if (s.length > 600 || s.length < 20 || words % 2) return false;
	// The second X opens, after white space, with the piece s opens with (up to its first white space):
	// a byte search for it turns down most lines before their white space is looked at.
	let e = 0;
	while (e < s.length && !isSpaceCode(s.charCodeAt(e))) e++;
	if (e === s.length) return false;
	if (e > 0) {
		const first = s.slice(0, e);
		let p = s.indexOf(first, e);
		while (p >= 0 && !isSpaceCode(s.charCodeAt(p - 1))) p = s.indexOf(first, p + 1);
		if (p < 0) return false;
	}
	// Most lines have single plain spaces only: then collapsing white space would change nothing.
	const t = COLLAPSIBLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
	if (t.length < 20 || t.length % 2 === 0) return false;
	const half = (t.length - 1) / 2;
	// The first characters first: most lines differ there, and the two halves are not cut out for nothing.
	return t.charCodeAt(half) === 32 && t.charCodeAt(0) === t.charCodeAt(half + 1) && t.slice(0, half) === t.slice(half + 1);
}

/** White space as /\s/ sees it, by code unit. */
function isSpaceCode(c: number): boolean {
	if (c > 32 && c < 0xa0) return false;
	return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isMenu(s: string, words: number): boolean {
	// BREADCRUMB_START opens with "tra" or "hom", in either case (many paragraphs open with "Tr", "Th", "Ho").
	const c0 = s.charCodeAt(0) | 0x20;
	const c1 = s.charCodeAt(1) | 0x20;
	const c2 = s.charCodeAt(2) | 0x20;
	if (((c0 === 0x74 && c1 === 0x72 && c2 === 0x61) || (c0 === 0x68 && c1 === 0x6f && c2 === 0x6d)) && BREADCRUMB_START.test(s) && !endsLikeSentence(s)) return true;
	// A line ending in . ! ? … is no menu, however many separators it has: no need to count them.
	const last = s.charCodeAt(s.length - 1);
	if (last === 46 || last === 33 || last === 63 || last === 0x2026) return false;
	// "Thời sự > Chính trị", "Home | News | World": several short pieces joined by separators.
	const seps = countSeparators(s);
	return seps >= 1 && words / (seps + 1) <= (seps >= 2 ? 4 : 3);
}


function isCaption(s: string, words: number): boolean {
	// Each pattern is tried only where it could match: a table cell has a bar, a placeholder ends in a
	// digit, a credit has a colon (end-anchored patterns are otherwise tried at every position).
	if (s.includes('|') && TABLE_CELL.test(s)) return true;
	// Credits stand at the end of the line: look at its tail only (long paragraphs are costly to scan).
	const tail = s.length > 160 ? s.slice(-160) : s;
	const last = tail.charCodeAt(tail.length - 1);
	if ((last >= 48 && last <= 57 && CAPTION_PLACEHOLDER.test(tail)) || (CAPTION_WIRE_WORD.test(tail) && CAPTION_WIRE.test(tail))) return true;
	if (words <= 60 && tail.includes(':') && CAPTION_CREDIT.test(tail)) return true;
	if (words <= 14 && CAPTION_START.test(s)) return true;
	// The label and its colon, then a whole sentence: "Ảnh: Các nghệ sĩ … biểu diễn điệu lăm vông chào đón khách …", however
	// long. Prose never opens with the picture's label; a photo story's headline ("Ảnh: Tuổi trẻ … tại tỉnh …") has no full stop.
	if (words <= 60 && PICTURE_LABEL.test(s) && endsLikeSentence(s)) return true;
	// Who stands where in the picture, with no credit: "Đồng chí X (thứ 2 từ phải) trao biển tượng trưng …", "X (fifth from
	// left) and Y with …". One sentence only: a paragraph that goes on is prose that names a picture.
	if (words <= 40 && s.includes('(') && POSITION_IN_PICTURE.test(s) && !SENTENCE_THEN.test(s)) return true;
	return false;
}
const POSITION_IN_PICTURE = /\(\s*(?:thứ\s+(?:\d+|hai|ba|tư|năm|sáu|bảy|tám)\s+từ\s+(?:trái|phải)(?:\s+sang)?|(?:ngoài\s+cùng\s+)?bên\s+(?:trái|phải)|(?:đứng|ngồi)\s+giữa|giữa|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\s+from\s+(?:left|right)|(?:far\s+)?(?:left|right)|cent(?:re|er))\s*\)/iu;
// A sentence ends and another opens within the line.
const SENTENCE_THEN = /[.!?…]\s+["“(]?\p{Lu}/u;

const TENSE_WORD = /(?<![\p{L}])(?:đã|sẽ|đang|vừa|được|bị|is|are|was|were|will|has|have|had)(?![\p{L}])/iu;
// The same words with no look-around: a line without them needs no TENSE_WORD (whose look-behind,
// tried at every position, is three times slower).
const TENSE_LETTERS = /đã|sẽ|đang|vừa|được|bị|is|are|was|were|will|has|have|had/iu;

// Module constants rather than literals in the functions that run per line: a literal makes a new
// RegExp object each time it is evaluated.
const IMAGE_STUB = /^!\[|^\[!\[/;
const BYLINE = /^(?:by|bởi|tác giả|author|phóng viên|nhóm phóng viên)(?![\p{L}])\s*:?\s*\S/iu;
const ENDS_COMMA_OR_STOP = /[,.]$/;
// parseStamp finds no stamp without a year of four digits in a row: lines with none are not handed to it.
const YEAR_DIGITS = /\d{4}/;
const SLUG = /^[a-z0-9 -]+$/;
/** A SLUG opens with a lower-case ASCII letter, a digit, a space or a hyphen (most lines open with a capital). */
function mayOpenSlug(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 45;
}
const CLAUSE_MARK = /[,;\d]/;
// English tells its past by the verb's own form, not by a tense word: a short paragraph of wire copy ("The delegation
// returned to Vientiane on Wednesday.") is a statement when a verb of a happening in the past, or a day, says so. A
// caption is written in the present ("Delegates pose for a photo") or without a verb.
const EN_STATEMENT = /(?<![\p{L}])(?:(?:on|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|tomorrow|(?:returned|arrived|departed|left|met|held|signed|visited|received|attended|concluded|ended|began|started|flew|went|came|opened|closed|toured|wrapped\s+up)(?=\s+\p{L}))(?![\p{L}])/iu;

// Pictographs closing a line after a space ("… với thanh niên bạn ⚽🎶"), and a letter in lower case.
const TRAILING_PICTOGRAPHS = /\s[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3\s]+$/u;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * A social post closes its paragraphs with emoji for a full stop ("📌 Ngày 5/9, Đoàn thăm … và giao lưu với thanh niên
 * bạn ⚽🎶"): a line so closed is a paragraph when it is long and of clauses (a comma) in sentence case. A post's
 * headline flanked by flags is in capitals ("🇻🇳🇱🇦 TUỔI TRẺ … VIỆT NAM - LÀO 🇱🇦🇻🇳") or short.
 */
function closedByPictographs(s: string, words: number): boolean {
	if (words < 15 || s.charCodeAt(s.length - 1) < 0x2000 || !s.includes(',') || !TRAILING_PICTOGRAPHS.test(s)) return false;
	const head = s.slice(0, 60);
	return LOWER_LETTER.test(head) && countLower(head) * 2 > countLetters(head);
}

function countLower(s: string): number {
	let n = 0;
	for (const ch of s) if (ch !== ch.toUpperCase()) n++;
	return n;
}

function countLetters(s: string): number {
	let n = 0;
	for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
	return n;
}

/**
 * Looks at one line alone. A stamp line's stamp is left in `read.stamp` and kept on the line, so the
 * stamp searches do not parse it again (parseStamp was called up to three times per stamp line).
 */
function classify(s: string, words: number, language: Language, read: { stamp: Stamp | null }): Kind {
	// Most lines are prose: each anchored pattern below is tried only when the line opens with a
	// character it can open with (or has few enough words to be one of its whole-line forms).
	const c0 = s.charCodeAt(0);
	if ((c0 === 33 || c0 === 91) && IMAGE_STUB.test(s)) {
		// An image stub; what matters is the text around it. A stub followed by a paragraph of
		// another story ("![]() Chiều 1/2, ông … |") is a sidebar item.
		// (Bars and white space around the words would change no word count: they are left as they are.)
		const own = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\[\s*\]\([^)]*\)/g, ' ');
		return countWords(own, 8) >= 8 ? 'teaserStub' : 'image';
	}
	// A WIDGET form has five words at most ("xin chờ trong giây lát"); a PLAYER time opens with a digit.
	if ((c0 >= 48 && c0 <= 57 && PLAYER.test(s)) || (words <= 5 && WIDGET.test(s))) return 'widget';
	// Bylines ("By Staff reporters", "Tác giả: Minh Anh") sit between the title and the lead.
	if (words <= 6 && BYLINE.test(s) && !ENDS_COMMA_OR_STOP.test(s)) return 'widget';
	if (words <= 10 && MARKER.test(s)) return 'marker';
	if (words <= 40 && (c0 === 77 || c0 === 109 || c0 === 221 || c0 === 253) && CONTRIBUTIONS.test(s)) return 'marker';
	if (words <= 8 && SOURCE_LINE.test(s) && !s.includes(',')) {
		// "Theo TTXVN (22/11/2025)": the credit ends the article and still dates it (labelledBelow).
		if (YEAR_DIGITS.test(s)) read.stamp = parseStamp(s);
		return 'source';
	}
	if (mayOpenLinkLine(c0, s.charCodeAt(1)) && LINK_LINE.test(s)) return 'list';
	if ((c0 === 91 || c0 === 42 || c0 === 0x2022 || c0 === 45) && (LIST_ITEM.test(s) || LINK_ONLY.test(s))) return 'list';
	if (s.length <= 140 && YEAR_DIGITS.test(s) && (read.stamp = parseStamp(s))) return 'stamp';
	if (words >= 4 && (s.includes('|') || s.includes('\t')) && DATED_ROW.test(s)) return 'prose';
	if (isMenu(s, words)) return 'menu';
	if (isCaption(s, words)) return 'caption';
	// A video's voice-over printed under it ("Lời bình: Sáng 15/3, tại …, hai bên đã ký kết …"): the clip's script, not the story.
	if (c0 === 76 && NARRATION.test(s)) return 'caption';
	if (isDoubledOnOneLine(s, words)) return 'double';
	// A slug saved as text: lower-case ASCII words with no punctuation, on a page with diacritics.
	if (language === 'vi' && words >= 4 && mayOpenSlug(c0) && SLUG.test(s)) return 'slug';
	if (!endsLikeSentence(s)) return words >= 40 || closedByPictographs(s, words) ? 'prose' : 'heading';
	// Very short one-clause lines ("Bí thư Thành ủy Đinh Tiến Dũng.") are captions or bylines,
	// unless a tense word makes them a statement ("Hội nghị đã thành công tốt đẹp.").
	if (words <= 8 && !CLAUSE_MARK.test(s) && !(TENSE_LETTERS.test(s) && TENSE_WORD.test(s)) && !(language === 'en' && EN_STATEMENT.test(s))) return 'caption';
	return 'prose';
}

// --- lines ---------------------------------------------------------------------------------------

const TAG_ONLY = /^(?:<[^<>]*>\s*)+$|^<!--.*-->$/s;
const SCRIPT_OPEN = /<(script|style|noscript)\b[^>]*>/i;

// Length of the tag (with the white space after it) that opens text[start, end), as the pattern
// below finds it; 0 when none. Only tried when the line opens with "<".
function leadingTagLength(text: string, start: number, end: number): number {
	if (end <= start || text.charCodeAt(start) !== 60) return 0;
	return /^<[^<>]*>\s*/.exec(text.slice(start, end))?.[0].length ?? 0;
}

/**
 * Length of the tag (with the white space before it) that ends text[start, end), as /\s*<[^<>]*>$/
 * finds it; 0 when there is none. An end-anchored regex tries every position of the line, so it
 * runs only when the line ends in ">".
 */
function trailingTagLength(text: string, start: number, end: number): number {
	if (end <= start || text.charCodeAt(end - 1) !== 62) return 0;
	return /\s*<[^<>]*>$/.exec(text.slice(start, end))?.[0].length ?? 0;
}

// Facebook's truncation mark, an ellipsis and its button, at a line's end.
const TRUNCATED = /\s*(\.\.\.|…)\s*(?:xem thêm|see more)$/iu;

/** Splits the text into lines with content offsets; leading/trailing HTML tags are left out. */
function readLines(text: string, language: Language): Line[] {
	const lines: Line[] = [];
	// What classify read of the line in hand (one holder per page, not an object per line).
	const read: { stamp: Stamp | null } = { stamp: null };
	let inScript: string | null = null;
	let pos = 0;
	// The next "<" at or after pos (text.length when none): one search of the page in all, where asking
	// each line whether it holds one read every line again (most lines of a page saved as text have none).
	let lt = -1;
	// Where a line cut by Facebook's "… Xem thêm" ends, once classified; -1 for other lines.
	let cutTo = -1;
	while (pos <= text.length) {
		let nl = text.indexOf('\n', pos);
		if (nl < 0) nl = text.length;
		let start = pos;
		let end = nl;
		pos = nl + 1;
		let kind: Kind | null = null;
		if (lt < start) {
			lt = text.indexOf('<', start);
			if (lt < 0) lt = text.length;
		}

		if (inScript) {
			kind = 'tag';
			if (new RegExp(`</${inScript}\\s*>`, 'i').test(text.slice(start, end))) inScript = null;
		} else if (lt < end) {
			const raw = text.slice(start, end);
			const open = SCRIPT_OPEN.exec(raw);
			if (open && !new RegExp(`</${open[1]}\\s*>`, 'i').test(raw.slice(open.index))) {
				inScript = open[1];
				kind = 'tag';
			}
		}
		// Trim white space, then tags at either edge ("<p>Chiều 12/3, …</p>"). Character tests by code
		// (a regex call per character was a visible cost); the tag patterns all open with "<".
		while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
		while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
		if (!kind && start < end && text.charCodeAt(start) === 60 && TAG_ONLY.test(text.slice(start, end))) kind = 'tag';
		if (!kind) {
			for (let k = leadingTagLength(text, start, end); k; k = leadingTagLength(text, start, end)) start += k;
			for (let k = trailingTagLength(text, start, end); k; k = trailingTagLength(text, start, end)) end -= k;
			// Markdown emphasis and bullets at the edges are layout, not words: * _ # > •
			for (let c = text.charCodeAt(start); start < end && (c === 42 || c === 95 || c === 35 || c === 62 || c === 0x2022); c = text.charCodeAt(start)) start++;
			while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
			for (let c = text.charCodeAt(end - 1); end > start && (c === 42 || c === 95); c = text.charCodeAt(end - 1)) end--;
			// A post cut short by Facebook ("… trong quý II/2025... Xem thêm", "… next year... See more"): the mark and
			// its ellipsis are the site's, the text before them is the post's (read as a paragraph: the ellipsis ends it).
			// Only the end's "m"/"e" lets the pattern run.
			const last = text.charCodeAt(end - 1);
			if ((last === 109 || last === 101) && end - start > 12) {
				const cut = TRUNCATED.exec(text.slice(Math.max(start, end - 20), end));
				if (cut && end - cut[0].length > start) {
					cutTo = end - cut[0].length;
					end = cutTo + cut[0].indexOf(cut[1]) + cut[1].length;
				}
			}
		}
		let s = text.slice(start, end);
		// A tag line's words are never read (it scores nothing and is skipped as blank).
		const words = kind === 'tag' ? 0 : wordsIn(text, start, end);
		read.stamp = null;
		if (!kind) kind = !s ? 'blank' : classify(s, words, language, read);
		if (cutTo >= 0) {
			while (cutTo > start && isSpaceCode(text.charCodeAt(cutTo - 1))) cutTo--;
			s = text.slice(start, (end = cutTo));
			cutTo = -1;
		}
		lines.push({ start, end, s, kind, words, key: '', prefix: 0, index: lines.length, stamp: kind === 'stamp' || kind === 'source' ? read.stamp : null });
		if (nl >= text.length) break;
	}
	return lines;
}

// --- text saved from a PDF ---------------------------------------------------------------------

// A page number alone on its line ("3"): a PDF saved as text prints one at each page's foot.
const PAGE_NUMBER = /^\d{1,3}$/;
// A running header with its page's number ("BẢN TIN ĐỐI NGOẠI SỐ 3/2022 — Trang 7"): each page's differs by the number.
const RUNNING_HEADER = /[—–|-]\s*(?:trang|page|tr\.)\s*\d{1,3}$/iu;
// A list item opens a new line of its own ("- Ngày 20/11: …", "• …", "2. …"): never a wrapped line's rest.
const ITEM_OPEN = /^(?:[-–—•+*]\s|\d{1,2}[.)]\s)/u;
const LOWER_OPEN = /^[\p{Ll}\d(]/u;
// Pairs of lines where a line that ends no sentence goes on in a line opening in lower case: a news page
// has none or one, a text wrapped at a fixed width ("… có chung đường biên giới" / "với Campuchia, …") many.
const WRAPPED_PAIRS = 4;
// Of the wrap width: a line this full that ends no sentence was broken by the width, whatever opens the next.
const FULL_LINE = 0.6;

function wrapsInto(l: Line, next: Line | undefined): boolean {
	return !!next && l.kind !== 'blank' && l.kind !== 'tag' && l.kind !== 'slug' && l.kind !== 'widget' && next.kind !== 'blank' && next.kind !== 'tag' && next.kind !== 'slug' && next.kind !== 'widget' && !endsLikeSentence(l.s) && !ITEM_OPEN.test(next.s);
}

const CLAUSE_END = /[,;]$/;
const LOWER_WORD_OPEN = /^\p{Ll}/u;
/**
 * In a text wrapped at a fixed width, a line ending in a comma goes on in a line opening in a lower-case word: the
 * width broke one sentence after its clause ("Tối 20/11 (giờ địa phương)," / "đồng chí …, Tỉnh trưởng … đã tiếp …").
 */
function wrapsAfterClause(l: Line, next: Line | undefined): boolean {
	return !!next && l.kind !== 'blank' && l.kind !== 'tag' && l.kind !== 'slug' && l.kind !== 'widget' && next.kind !== 'blank' && next.kind !== 'tag' && next.kind !== 'slug' && next.kind !== 'widget' && CLAUSE_END.test(l.s) && LOWER_WORD_OPEN.test(next.s) && !ITEM_OPEN.test(next.s);
}

/**
 * A page saved as plain text from a PDF breaks its lines at the width, mid-sentence ("Từ ngày 19 đến 23/11/2018, Đoàn
 * đại biểu tỉnh X do" / "đồng chí …"), and prints a page number and the running header at each page break. When many
 * lines go on in a line opening in lower case, the page is such a text: a line that ends no sentence is joined to the
 * next (when that one opens in lower case, or the line is full), bare page numbers and the header printed again are
 * furniture. A joined line spans its physical lines (offsets stay those of the page). Other pages are left as read.
 */
function joinWrappedLines(text: string, lines: Line[], language: Language): Line[] {
	let pairs = 0;
	const widths: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const l = lines[i];
		if (l.words < 4 || !wrapsInto(l, lines[i + 1]) || !LOWER_OPEN.test(lines[i + 1].s)) continue;
		pairs++;
		widths.push(l.s.length);
	}
	if (pairs < WRAPPED_PAIRS) return lines;
	widths.sort((a, b) => a - b);
	const full = FULL_LINE * widths[widths.length >> 1];
	const seen = new Map<string, number>();
	for (const l of lines) if (l.kind !== 'blank' && l.kind !== 'tag') seen.set(l.s.replace(/\s+/g, ' '), (seen.get(l.s.replace(/\s+/g, ' ')) ?? 0) + 1);
	for (const l of lines) {
		if (l.kind === 'blank' || l.kind === 'tag' || l.kind === 'prose') continue;
		// "3" at a page's foot; "BẢN TIN ĐỐI NGOẠI      Số 11 - …" over each page.
		if (PAGE_NUMBER.test(l.s) || (seen.get(l.s.replace(/\s+/g, ' ')) ?? 0) > 1 || (l.words <= 16 && RUNNING_HEADER.test(l.s))) l.kind = 'widget';
	}
	const out: Line[] = [];
	const read: { stamp: Stamp | null } = { stamp: null };
	for (let i = 0; i < lines.length; i++) {
		const first = lines[i];
		let j = i;
		while ((wrapsInto(lines[j], lines[j + 1]) && (LOWER_OPEN.test(lines[j + 1].s) || lines[j].s.length >= full)) || wrapsAfterClause(lines[j], lines[j + 1])) j++;
		if (j === i) {
			first.index = out.length;
			out.push(first);
			continue;
		}
		const start = first.start, end = lines[j].end;
		const s = text.slice(start, end);
		const words = wordsIn(text, start, end);
		read.stamp = null;
		const kind = classify(s, words, language, read);
		out.push({ start, end, s, kind, words, key: '', prefix: 0, index: out.length, stamp: kind === 'stamp' || kind === 'source' ? read.stamp : null });
		i = j;
	}
	return out;
}

/**
 * The breaks inside the lines joinWrappedLines made are spaces: a PDF's hard wrap inside a sentence ("… đến thành
 * phố⏎Kay-xỏn Phôm-vi-hản.") must not part a place word from its name. One character for one, so offsets hold.
 */
function unwrapBreaks(text: string, lines: Line[]): string {
	let out: string[] | null = null;
	let from = 0;
	for (const l of lines) {
		if (!l.s.includes('\n')) continue;
		(out ??= []).push(text.slice(from, l.start), l.s.replace(/\n/g, ' '));
		l.s = l.s.replace(/\n/g, ' ');
		from = l.end;
	}
	if (!out) return text;
	out.push(text.slice(from));
	return out.join('');
}

/**
 * Matching key: case, punctuation and image-number suffixes ("… ảnh 1") ignored. Only
 * the first KEY_CHARS characters count: enough to tell repeats apart, and cheap on huge pages.
 */
const KEY_CHARS = 400;
function keyOf(s: string): string {
	// Repeats on one page are copies of one string, so case and punctuation are all that differ:
	// no need for diacritic folding (which is the costly part on a big page).
	// joinWords is replace(/[^\p{L}\p{N}]+/gu, ' ').trim() in one pass, without a regex over every line.
	const n = s.length > KEY_CHARS ? KEY_CHARS : s.length;
	const key = joinWordsLower(s, n) ?? joinWords((n < s.length ? s.slice(0, n) : s).toLowerCase());
	// The image-number suffix ends in a digit: skip the end-anchored regex (a scan of the whole key) otherwise.
	const last = key.charCodeAt(key.length - 1);
	return last >= 48 && last <= 57 ? key.replace(/\s(?:ảnh|hình|photo)\s\d{1,2}$/u, '') : key;
}

const PREFIX_WORDS = 6;

/** The line's key, made on first use (most lines are only ever compared by prefix). */
function lineKey(l: Line): string {
	return l.key ?? (l.key = keyOf(l.s));
}

/**
 * a.key === b.key, looking at the prefixes' hashes first (keys of different prefixes differ). Lines
 * of the same text have the same key: a headline printed twice is compared without making its key.
 */
function sameKey(a: Line, b: Line): boolean {
	return a.prefix === b.prefix && (a.s === b.s || lineKey(a) === lineKey(b));
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a of the string's code units, never 0 but for the empty string. */
function hashString(s: string): number {
	if (!s) return 0;
	let h = FNV_OFFSET;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
	return h || 1;
}

/**
 * hashString(prefixOf(keyOf(l.s))) without making a string (a string per line cost more than the
 * rest of the comparison): the first six words lower-cased are hashed as the key would spell them.
 * Once the key is known to have eight words or more, dropping an image-number suffix (its last two)
 * leaves the first six; with fewer, the suffix matters only when the key ends in a digit. Such lines,
 * and lines with a character lower-cased differently in context, take the whole key.
 */
function prefixHash(l: Line, text: string): number {
	// Read in the page rather than in the line's slice (reads from a slice cost more): l.s is text[l.start, l.end).
	const n = l.end - l.start > KEY_CHARS ? l.start + KEY_CHARS : l.end;
	let words = 0;
	let inWord = false;
	let h = FNV_OFFSET;
	let last = 0;
	for (let i = l.start; i < n; i++) {
		const c = text.charCodeAt(i);
		const k = lowerWordClass(c);
		if (k === 1) {
			if (!inWord) {
				if (++words === PREFIX_WORDS + 2) return h || 1;
				// The key joins its words with one space.
				if (words > 1 && words <= PREFIX_WORDS) h = Math.imul(h ^ 32, FNV_PRIME);
				inWord = true;
			}
			last = lowerUnit(c);
			if (words <= PREFIX_WORDS) h = Math.imul(h ^ last, FNV_PRIME);
		} else if (k === 2) inWord = false;
		else return hashString(prefixOf(keyOf(l.s)));
	}
	if (!words) return 0;
	return last >= 48 && last <= 57 ? hashString(prefixOf(keyOf(l.s))) : h || 1;
}

/** The lines' prefixes are equal (their hashes may be equal for different prefixes). */
function samePrefix(a: Line, b: Line): boolean {
	return prefixOf(lineKey(a)) === prefixOf(lineKey(b));
}

/** The key's first PREFIX_WORDS words: key.split(' ').slice(0, PREFIX_WORDS).join(' ') without building arrays per line. */
function prefixOf(key: string): string {
	let at = -1;
	for (let n = 0; n < PREFIX_WORDS; n++) {
		at = key.indexOf(' ', at + 1);
		if (at < 0) return key;
	}
	return key.slice(0, at);
}

/**
 * Repeats: a heading that opens a paragraph word for word is that paragraph's photo caption; of two
 * paragraphs that open alike, the shorter is a teaser (the page description or sapo printed twice);
 * a headline printed twice within a few lines is a link list item.
 */
function markRepeats(text: string, lines: Line[]): void {
	// Grouped by the prefix's hash: lines of one group are checked to have the same prefix.
	const byPrefix = new Map<number, Line[]>();
	for (const l of lines) {
		if (l.kind !== 'prose' && l.kind !== 'heading' && l.kind !== 'caption') continue;
		l.key = null;
		l.prefix = prefixHash(l, text);
		if (l.kind !== 'prose' || l.words < PREFIX_WORDS) continue;
		const p = l.prefix;
		const list = byPrefix.get(p);
		if (list) list.push(l);
		else byPrefix.set(p, [l]);
	}
	for (const l of lines) {
		// An empty key has an empty prefix, and a key of letters a prefix of letters.
		if (!l.prefix || l.words < PREFIX_WORDS) continue;
		const others = byPrefix.get(l.prefix);
		if (!others) continue;
		// A bounded look: a page repeating one opening hundreds of times must not go quadratic.
		for (const o of others.length > 50 ? others.slice(0, 50) : others) {
			if (o === l || o.s.length < l.s.length) continue;
			if (l.kind === 'heading' && lineKey(o).startsWith(lineKey(l)) && samePrefix(o, l)) {
				l.kind = 'caption';
				break;
			}
			if (l.kind === 'prose' && (o.s.length > l.s.length || o.index > l.index) && (sharedPrefix(lineKey(l), lineKey(o)) >= 0.6 * lineKey(l).length || cutFrom(lineKey(l), lineKey(o))) && samePrefix(o, l)) {
				l.kind = 'teaser';
				break;
			}
		}
	}
	// The same headline on two lines a few lines apart (blank lines between) is a list item.
	// older, last: the two lines before this one, blank lines and tags aside (null before the first).
	let older: Line | null = null;
	let last: Line | null = null;
	for (const l of lines) {
		if (l.kind === 'blank' || l.kind === 'tag') continue;
		if ((l.kind === 'heading' || l.kind === 'prose') && l.words >= 4) {
			const twin = older && isTwin(older, l) ? older : last && isTwin(last, l) ? last : null;
			if (twin) {
				twin.kind = 'double';
				l.kind = 'double';
			}
		}
		// "![alt](url)" then "alt" on the next line: a picture link and its title.
		if (l.kind === 'heading' && last && last.s.startsWith('![')) {
			const alt = /^!\[([^\]]*)\]/.exec(last.s)?.[1];
			if (alt && keyOf(alt) === lineKey(l)) {
				l.kind = 'list';
				last.kind = 'list';
			}
		}
		older = last;
		last = l;
	}
}

/** p, a line shortly before l, is l's headline printed again. */
function isTwin(p: Line, l: Line): boolean {
	return (p.kind === 'heading' || p.kind === 'double' || p.kind === 'prose' || p.kind === 'list') && sameKey(p, l);
}

/**
 * Is `a` the longer key `b` with words cut from its middle, nothing of its own added? A photo's caption repeats the lead without
 * its apposition ("Chiều 9/3, Đoàn … (Lào) đến thăm …" under "Chiều 9/3, Đoàn … (Lào) do đồng chí X, …, làm Trưởng đoàn đã đến
 * thăm …"): the same happening told again, not a second one.
 */
function cutFrom(a: string, b: string): boolean {
	if (a.length >= b.length) return false;
	let end = 0;
	while (end < a.length && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
	return sharedPrefix(a, b) + end >= a.length;
}

function sharedPrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	return i;
}

// --- adverts between the article's paragraphs ----------------------------------------------------

// The label a paper prints over an advert in its text ("QUẢNG CÁO", "Advertisement", "Nội dung tài trợ").
const AD_LABEL = /^(?:quảng\s+cáo|advertisement|advertising|sponsored(?:\s+content)?|nội\s+dung\s+tài\s+trợ|tài\s+trợ)\s*$/iu;
// What an advert says and news does not: an offer ("Ưu đãi mùa lễ hội: giảm đến 40% tour …", "khuyến mãi", "áp dụng đến
// hết 30/11"), a call to buy ("Đăng ký ngay", "Đặt tour ngay", "book now").
const OFFER = /(?<![\p{L}])(?:ưu\s+đãi|khuyến\s+m[ãạ]i|giảm\s+(?:giá\s+)?(?:đến\s+|tới\s+|ngay\s+)?\d{1,2}\s*%|áp\s+dụng\s+(?:đến|tới)|đăng\s+ký\s+ngay|(?:đặt|mua|gọi|liên\s+hệ)\s+(?:(?:tour|vé|phòng|chỗ|hàng)\s+)?ngay|số\s+lượng\s+có\s+hạn|giá\s+chỉ(?:\s+từ)?\s+\d|book\s+now|sign\s+up\s+now|\d{1,2}\s*%\s+off|limited\s+offer)(?![\p{L}])/iu;
// A number to call: "Hotline 1900 6868", "Liên hệ: 0912 345 678".
const CALL_NUMBER = /(?<![\p{L}])(?:hotline|điện\s+thoại|đt|tel|phone|gọi|liên\s+hệ)\s*:?\s*\(?\+?\d[\d .()-]{6,}\d/iu;
const HOTLINE = /(?<![\p{L}])hotline(?![\p{L}])/iu;
// CALL_NUMBER's number alone, without flags: a test for it finds the few lines with a phone number far faster than
// OFFER's and CALL_NUMBER's look-behinds, tried at every position of every line, rule the others out.
const PHONE_DIGITS = /\d[\d .()-]{6,}\d/;

/**
 * Adverts printed between the article's parts are furniture: "QUẢNG CÁO" then "Ưu đãi mùa lễ hội: giảm đến 40% tour Viêng
 * Chăn …, áp dụng đến hết 30/11/2025. Hotline 1900 6868." would otherwise be read as a paragraph, and its day as news.
 * Under an advert's label, the lines that read as an offer are the advert; with no label, a paragraph is one only when it
 * gives a number to call beside its offer (news tells of a policy "áp dụng đến năm 2030", not of a hotline to book it).
 */
function markAdverts(lines: Line[]): void {
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.kind === 'widget' && l.words <= 4 && AD_LABEL.test(l.s)) {
			let j = nextNonBlank(lines, i + 1);
			for (let k = 0; k < 3 && j < lines.length && (lines[j].kind === 'prose' || lines[j].kind === 'heading') && lines[j].words <= 80; k++) {
				const s = lines[j].s;
				if (!OFFER.test(s) && !HOTLINE.test(s) && !CALL_NUMBER.test(s)) break;
				lines[j].kind = 'widget';
				j = nextNonBlank(lines, j + 1);
			}
		} else if (l.kind === 'prose' && l.words <= 80 && PHONE_DIGITS.test(l.s) && CALL_NUMBER.test(l.s) && OFFER.test(l.s)) l.kind = 'widget';
	}
}

// --- tagged headlines and photo stories ----------------------------------------------------------

// A bracket tag and nothing else: the stub a photo story prints for each picture ("[Ảnh]", "[Ảnh 1/5]", "[Photo]").
const PHOTO_STUB = /^\[(?:ảnh|hình|hình ảnh|photo|image)(?:\s*\d{1,3}(?:\s*\/\s*\d{1,3})?)?\]$/iu;
// A headline tagged as a photo story: "[Photo] Tuổi trẻ Điện Biên - Phông-sa-lỳ chung tay …", "Phóng sự ảnh: Đoàn …",
// "Ảnh: Tuổi trẻ Sơn La tham gia Trại hè … tại tỉnh U Đôm Xay" (a headline of six words or more after "Ảnh:": a credit
// "Ảnh: Minh Khang" is a name). (A bare "[Ảnh]" is a picture's stub, on any page: a headline follows the tag.)
const PHOTO_HEADLINE = /^(?:\[(?:photo|photos|ảnh|chùm ảnh|phóng sự ảnh|gallery)\]|(?:phóng sự ảnh|chùm ảnh|photo story|in pictures)\s*:|ảnh\s*:(?=(?:\s+\S+){6}))\s*\S/iu;
// A breadcrumb ending in the section ("Photo » Phóng sự ảnh", "Ảnh » Phóng sự ảnh", "Multimedia › Ảnh"), or that
// section's name on a line of its own ("Phóng sự ảnh" under the navigation). A navigation bar ("… | Photo | Video")
// lists every section and says nothing of the page.
const PHOTO_SECTION = /\s[>»›]\s(?:phóng sự ảnh|chùm ảnh|ảnh|photo|photos|photo story|gallery)\s*$|^(?:phóng sự ảnh|chùm ảnh)$/iu;
// The paper saying in its lead that the pictures tell the news: "Thời Đại giới thiệu một số hình ảnh.",
// "Báo Đồng Khởi giới thiệu một số hình ảnh của chuyến công tác", "xin giới thiệu chùm ảnh", "Dưới đây là một số hình
// ảnh:". The count word is needed: a host "giới thiệu hình ảnh quê hương" to his guests is telling of his province.
const PHOTO_LEAD = /(?:giới thiệu|dưới đây là) (?:một số|những|loạt|chùm) (?:hình ảnh|ảnh|bức ảnh)/iu;
// An English photo story's headline: "Photos: Ninh Binh tourism delegation visits Luang Prabang and Xieng Khouang" (six
// words or more after it: "Photos: VNA" is a credit).
const PHOTOS_HEADLINE = /^(?:photos|in pictures|photo story)\s*:(?=(?:\s+\S+){6})/iu;
// A picture's tag opening its caption on one line: "[Photo] Luang Prabang Vice Governor … receives … on the morning of
// Nov. 21. Photo: VNAT" (the stub and the caption together).
const TAGGED_CAPTION = /^\[(?:photo|ảnh|hình|image)\]\s*/iu;
// A credit at the end of a caption, with what sets it off: "… Phông-sa-lỳ. (Ảnh: Tỉnh đoàn Điện Biên)", "… ký kết. Ảnh: Y".
const CREDIT_AT_END = /(?:^|[\s.])\s*[-–—]?\s*\(?(?:ảnh|hình|photo|nguồn|source)(?:\s+(?:minh\s*họa|minh\s*hoạ|tư\s*liệu))?\s*:[^:\n]{1,80}$/iu;

/** A "[Photo] <headline>" line (no bullet) printed over its own lead: the page's headline, not an item of a list of other stories. */
function markTaggedHeadlines(lines: Line[]): void {
	for (const l of lines) {
		// LIST_ITEM lines open with "[" when they carry no bullet; a bare tag has no headline after it.
		if (l.kind !== 'list' || l.s.charCodeAt(0) !== 91 || l.words < 4 || !LIST_ITEM.test(l.s)) continue;
		// A list of other stories ("[Video] Nhiều hoạt động …" lines in a row, or between other headlines) has a
		// headline next; the page's headline has its lead.
		let next = nextNonBlank(lines, l.index + 1);
		// The page's own stamp may stand between its headline and its lead ("[Ảnh] Đoàn … thăm …", "Cập nhật 24-11-2017, 09:12", the lead),
		// and the photographer's name printed as the byline, over or under it ("Ngày đăng: 28/03/2025", "Minh Khôi", the lead).
		for (let k = 0; k < 2 && next < lines.length && (lines[next].kind === 'stamp' || isBylineName(lines[next])); k++) next = nextNonBlank(lines, next + 1);
		const prev = prevNonBlank(lines, l.index, 0);
		if (next < lines.length && lines[next].kind === 'prose' && (prev < 0 || lines[prev].kind !== 'list')) l.kind = 'heading';
	}
}

// A byline that is a name and nothing else: "Minh Khôi", "Trần Thị Hà - Lê Vũ" (two to six capitalised words).
const BYLINE_NAME = /^\p{Lu}\p{Ll}*(?:(?:\s+|\s*[-–,]\s*)\p{Lu}\p{Ll}*){1,5}$/u;
function isBylineName(l: Line): boolean {
	return (l.kind === 'heading' || l.kind === 'caption') && l.s.length <= 48 && BYLINE_NAME.test(l.s);
}

/** The prose a caption line tells before its credit: its length, or -1 when the line holds no whole sentence of ten words. */
function storyBeforeCredit(s: string): number {
	const m = CREDIT_AT_END.exec(s.length > 200 ? s.slice(-200) : s);
	let cut = m ? s.length - (s.length > 200 ? 200 : s.length) + m.index : s.length;
	// The match opens on the white space or full stop before the credit: the stop is the sentence's.
	if (m && s.charCodeAt(cut) === 0x2e) cut++;
	while (cut > 0 && isSpaceCode(s.charCodeAt(cut - 1))) cut--;
	const story = s.slice(0, cut);
	return story && endsLikeSentence(story) && countWords(story, 10) >= 10 ? cut : -1;
}

/**
 * A photo story tells its news in the captions: "[Ảnh]" then "Sáng 20/11, Đoàn làm thủ tục xuất cảnh tại cửa khẩu
 * quốc tế Tây Trang, … (Ảnh: Tỉnh đoàn Điện Biên)", picture after picture, with a lead above and perhaps a closing
 * paragraph. Such captions are the body. An ordinary article's caption repeats its text ("Đồng chí X tặng quà …
 * Ảnh: Y") and stays furniture: only a page that says it is a photo story (its headline, its breadcrumb or its lead)
 * has its captions read, and only those under a picture's stub that hold a whole sentence. Returns whether the page
 * is one (lines under its pictures are then not taken for short captions).
 */
function markPhotoStory(lines: Line[]): boolean {
	// The fast path: a caption of ten words or more right under a picture's stub, or ending in its credit. Most pages have none.
	let any = false;
	for (const l of lines) {
		if (!mayTellStory(l) || l.words < 10) continue;
		if (isStoryCaption(lines, l)) {
			any = true;
			break;
		}
	}
	if (!any || !saysPhotoStory(lines)) return false;
	for (const l of lines) {
		if (isPhotoStub(l)) {
			l.kind = 'image';
			continue;
		}
		if (!mayTellStory(l) || !isStoryCaption(lines, l)) continue;
		// The tag is no part of the sentence either ("[Photo] The delegation visits …").
		const tag = l.kind === 'caption' ? 0 : TAGGED_CAPTION.exec(l.s)![0].length;
		const cut = storyBeforeCredit(l.s.slice(tag));
		if (cut < 0) continue;
		l.start += tag;
		l.s = l.s.slice(tag);
		// The credit is left out of the line: it is no part of the last sentence.
		l.end = l.start + cut;
		l.s = l.s.slice(0, cut);
		l.words = countWords(l.s);
		l.kind = 'prose';
	}
	return true;
}

// A video's own page: its headline says so ("VIDEO: Quảng Trị tổ chức …", "Video: …").
const VIDEO_HEADLINE = /^\(?video\s*\)?\s*[:|-]/iu;
const NARRATION_LABEL = /^Lời\s+bình\s*:\s*/u;

// A video site's page furniture around the clip's description and transcript: the headings of its parts ("Mô tả",
// "Chương:", "Bản chép lời", "Description", "Chapters", "Transcript"), the fold's link ("...ít hơn", "Show less"), and
// each chapter ("02:15 Hội đàm": a time in the clip and its label).
const VIDEO_PART = /^(?:mô\s+tả|chương|bản\s+chép\s+lời|bản\s+ghi|description|chapters?|transcript|(?:\.{3}|…)?\s*(?:ít\s+hơn|thêm|xem\s+thêm|more|less)|show\s+(?:less|more|transcript))\s*:?$/iu;
// Only these say the page is a video's (a description is no proof alone: any page may say "Mô tả").
const VIDEO_PROOF = /^(?:chương|bản\s+chép\s+lời|bản\s+ghi|chapters?|transcript)\s*:?$/iu;
const CHAPTER = /^\d{1,2}:\d{2}(?::\d{2})?\s+\S/u;
// The player's bars: its count of views and its buttons ("1.234 lượt xem · Đã công chiếu …", "👍 96 ↗ Chia sẻ ⬇ Tải xuống").
const VIDEO_BAR = /lượt\s+xem|(?<![\p{L}])views(?![\p{L}])|chia\s+sẻ|tải\s+xuống|(?<![\p{L}])(?:share|download)(?![\p{L}])/iu;

/**
 * A video site's page (YouTube-like: a chapter list or a transcript under the clip): the description above the chapters is
 * the story as the outlet wrote it ("Mô tả" / "Từ ngày 18 - 20/3, Đoàn … thăm …" / "Chương:" / "00:00 Đón Đoàn" / "...ít
 * hơn" / "Bản chép lời" / "0:00" / "Chiều ngày 18/3, …"), and the transcript goes on with it. The parts' headings, the fold's
 * link, the chapters and the player's bars are furniture: as widgets they neither split the story in two nor stand for its title.
 */
function markVideoParts(lines: Line[]): void {
	let video = false;
	for (const l of lines) {
		if (l.words <= 3 && (l.kind === 'heading' || l.kind === 'caption') && VIDEO_PROOF.test(l.s)) {
			video = true;
			break;
		}
	}
	if (!video) return;
	for (const l of lines) {
		if (l.words > 12 || (l.kind !== 'heading' && l.kind !== 'caption')) continue;
		if ((l.words <= 3 && VIDEO_PART.test(l.s)) || CHAPTER.test(l.s) || (l.kind === 'heading' && VIDEO_BAR.test(l.s))) l.kind = 'widget';
	}
}

/**
 * A VIDEO page whose prose is the clip's voice-over ("VIDEO: …" over "Lời bình: Từ chiều 20/6, Đoàn … đã có mặt tại …",
 * "Lời bình: Sáng 21/6, …"): the 'Lời bình:' lines are the story there, not a clip's script beside an article's own
 * prose (where classify leaves them captions). Taken only when the headline says VIDEO and such lines are at least as
 * many as the page's other paragraphs. The label is no part of the sentence.
 */
function markVideoScript(lines: Line[]): void {
	let narration = 0;
	let prose = 0;
	let video = false;
	for (const l of lines) {
		if (l.kind === 'prose') prose++;
		else if (l.kind === 'caption' && l.words >= 8 && l.s.charCodeAt(0) === 76 && NARRATION.test(l.s)) narration++;
		else if (!video && (l.kind === 'heading' || l.kind === 'caption') && VIDEO_HEADLINE.test(l.s)) video = true;
	}
	if (!video || narration < 2 || narration < prose) return;
	for (const l of lines) {
		if (l.kind !== 'caption' || l.words < 8 || l.s.charCodeAt(0) !== 76) continue;
		const label = NARRATION_LABEL.exec(l.s);
		if (!label) continue;
		l.start += label[0].length;
		l.s = l.s.slice(label[0].length);
		l.words = countWords(l.s);
		l.kind = 'prose';
	}
}

/**
 * A caption, or a picture's tag with its caption on one line (read as a list item or a tagged headline): ending in its
 * credit, or in a full stop where the credit is printed once under all the pictures ("[Ảnh] Sáng 4/3, Đoàn xuất cảnh
 * qua cửa khẩu …, đến thành phố …." … "Ảnh: Y"). Other stories' tagged headlines end in no full stop.
 */
function mayTellStory(l: Line): boolean {
	if (l.kind === 'caption') return true;
	if ((l.kind !== 'list' && l.kind !== 'heading') || l.s.charCodeAt(0) !== 91 || !TAGGED_CAPTION.test(l.s)) return false;
	return CREDIT_AT_END.test(l.s.length > 200 ? l.s.slice(-200) : l.s) || TAGGED_SENTENCE_END.test(l.s);
}
// A whole sentence's end: a full stop, not the "…" of a headline cut short.
const TAGGED_SENTENCE_END = /[.!?]["”’)]?$/u;

/**
 * A caption that may tell a photo story's news: under a picture's stub, or, where the page prints no stub, ending in
 * the photographer's credit ("Chiều 21/11, Đoàn đến … qua cửa khẩu quốc tế Lao Bảo. Ảnh: Minh Hoà").
 */
function isStoryCaption(lines: Line[], l: Line): boolean {
	// A tagged line carries its picture's stub ("[Ảnh] Chiều 4/3, …").
	if (l.kind !== 'caption') return true;
	const p = prevNonBlank(lines, l.index, 0);
	if (p >= 0 && isPhotoStub(lines[p])) return true;
	return CREDIT_AT_END.test(l.s.length > 200 ? l.s.slice(-200) : l.s);
}

/** An image stub, or a bracket tag standing for a picture ("[Ảnh]", "[Ảnh 2/5]"). */
function isPhotoStub(l: Line): boolean {
	if (l.kind === 'image') return true;
	return l.s.length <= 20 && l.s.charCodeAt(0) === 91 && l.s.charCodeAt(l.s.length - 1) === 93 && PHOTO_STUB.test(l.s);
}

/** The page says it is a photo story: a tagged headline, a breadcrumb ending in the photo section, or the lead. */
function saysPhotoStory(lines: Line[]): boolean {
	for (const l of lines) {
		// A list item tagged "[Photo]" is another story's; the page's own headline stands over its lead (markTaggedHeadlines).
		// (A tagged line ending in its credit is a caption: "[Photo] … on Nov. 22. Photo: VNAT".)
		if (l.kind === 'heading' && PHOTO_HEADLINE.test(l.s) && !(l.s.charCodeAt(0) === 91 && CREDIT_AT_END.test(l.s))) return true;
		if ((l.kind === 'heading' || l.kind === 'caption') && PHOTOS_HEADLINE.test(l.s)) return true;
		if ((l.kind === 'menu' || l.kind === 'heading') && l.words <= 12 && PHOTO_SECTION.test(l.s)) return true;
		if (l.kind === 'prose' && (l.s.includes('giới thiệu') || l.s.includes('ưới đây')) && PHOTO_LEAD.test(l.s)) return true;
	}
	return false;
}

// --- body run ------------------------------------------------------------------------------------

function scoreOf(l: Line): number {
	// "Xem thêm: <headline>" on one line is a link the paper drops between the article's paragraphs:
	// it costs the run little, so the paragraphs after it stay in the body.
	if (l.kind === 'list' && mayOpenLinkLine(l.s.charCodeAt(0), l.s.charCodeAt(1)) && LINK_LINE.test(l.s)) return SCORE.caption;
	return l.kind === 'prose' ? l.words : SCORE[l.kind];
}

/** Maximum-sum run of lines in [from, to) that crosses no barrier; null when no line scores. */
function bestRun(lines: Line[], from: number, to: number): Run | null {
	let best: Run | null = null;
	let cur = 0;
	let first = -1;
	for (let i = from; i < to; i++) {
		const l = lines[i];
		if (isBarrier(l.kind)) {
			cur = 0;
			first = -1;
			continue;
		}
		const sc = scoreOf(l);
		if (first < 0 || cur <= 0) {
			if (sc <= 0) continue;
			cur = sc;
			first = i;
		} else cur += sc;
		if (!best || cur > best.score) best = { first, last: i, score: cur };
	}
	return best;
}

/**
 * The nearest line before i, down to first, that is neither blank nor a tag; -1 when none.
 * (The helpers of this section live at module level: tsx's keepNames makes a closure made per call
 * cost a defineProperty.)
 */
function prevNonBlank(lines: Line[], i: number, first: number): number {
	for (let j = i - 1; j >= first; j--) if (lines[j].kind !== 'blank' && lines[j].kind !== 'tag') return j;
	return -1;
}

// The office that wrote a bulletin's story, signed under it in brackets ("(Văn phòng UBND tỉnh)", "(Phòng Lãnh sự)").
const SIGNATURE = /^\([^()]{3,80}\)$/u;

/** A section's title in capitals ("TIN VẮN", "HOẠT ĐỘNG CỦA CÁC SỞ"): letters, none in lower case. */
function isCapsTitle(l: Line): boolean {
	return l.kind === 'heading' && l.words <= 10 && !LOWER_LETTER.test(l.s) && /\p{Lu}{2}/u.test(l.s);
}

/**
 * A bulletin prints its stories one after another: a story signed in brackets, then a page break (a running header or
 * a page number) and a section's title in capitals, is over; the next story ("TIN VẮN" / "- Ngày 5/12, Sở … tổ chức …")
 * is not the article's. The run ends before the signature. (A news page's subheading in capitals after a caption in
 * brackets has no page break between: the article goes on.)
 */
function endAtSignature(lines: Line[], first: number, last: number): number {
	for (let i = first + 1; i < last; i++) {
		const l = lines[i];
		if (l.words > 10 || l.s.charCodeAt(0) !== 40 || !SIGNATURE.test(l.s)) continue;
		let j = i + 1;
		let pageBreak = false;
		for (; j <= last && (lines[j].kind === 'blank' || lines[j].kind === 'tag' || lines[j].kind === 'widget'); j++) if (lines[j].kind === 'widget') pageBreak = true;
		if (pageBreak && j <= last && isCapsTitle(lines[j])) return i - 1;
	}
	return last;
}

const TEASER_HEAD: ReadonlySet<Kind> = new Set(['heading', 'double', 'list', 'caption', 'image', 'teaserStub']);

/**
 * Other stories listed under the article with no section heading: three or more headlines in a row
 * each followed by a single short paragraph (their lead) end the run; the article stops before.
 */
function dropTrailingTeasers(lines: Line[], first: number, last: number): number {
	let i = last;
	let items = 0;
	let cut = -1;
	while (i > first && lines[i].kind === 'prose' && lines[i].words <= 70) {
		let j = prevNonBlank(lines, i, first);
		if (j < 0 || !TEASER_HEAD.has(lines[j].kind)) break;
		while (prevNonBlank(lines, j, first) >= 0 && TEASER_HEAD.has(lines[prevNonBlank(lines, j, first)].kind)) j = prevNonBlank(lines, j, first);
		// A picture's placeholder alone ("[Ảnh 3]") heads no other story: a photo story's paragraphs each come under one.
		if (lines.slice(j, i).every((l) => l.kind === 'blank' || l.kind === 'tag' || isPhotoStub(l))) break;
		items++;
		cut = j;
		i = prevNonBlank(lines, j, first);
	}
	if (items < 3 || cut <= first) return last;
	let end = prevNonBlank(lines, cut, first);
	while (end > first && lines[end].kind !== 'prose') end = prevNonBlank(lines, end, first);
	return end > first ? end : last;
}

// A "related" box can sit inside an article ("Tin liên quan" + a few headlines, then the text goes on). Papers
// head the same box with the section's other stories ("Tin cùng chuyên mục", "Tin cùng chủ đề") as often.
const SOFT_MARKER = /^(?:tin liên quan|bài liên quan|bài viết liên quan|tin bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin cùng chủ đề|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|related|related news|related articles|related stories|read more|read also|see also)\s*:?$/iu;
const BOX_ITEM: ReadonlySet<Kind> = new Set(['heading', 'list', 'double', 'image', 'caption', 'teaserStub', 'widget', 'menu']);

type Run = { first: number; last: number; score: number };

/** The first line from i on that is neither blank nor a tag; lines.length when none. */
function nextNonBlank(lines: Line[], i: number): number {
	while (i < lines.length && (lines[i].kind === 'blank' || lines[i].kind === 'tag')) i++;
	return i;
}

/** Where does the text go on after a box starting at marker m? -1 when it does not. */
function resumeAfter(lines: Line[], m: number): number {
	if (lines[m].kind !== 'marker' || !SOFT_MARKER.test(lines[m].s)) return -1;
	let i = nextNonBlank(lines, m + 1);
	for (let k = 0; k < 6 && i < lines.length && BOX_ITEM.has(lines[i].kind) && lines[i].words <= 30; k++) i = nextNonBlank(lines, i + 1);
	// A short paragraph resumes the text too when it is a whole sentence ("Sáng 4/4, Đoàn đã thăm …."):
	// a box's own lines are headlines, which end with no full stop.
	const short = lines[i]?.words < 30 && !(lines[i].words >= 5 && /[.!?…]["”’)]?$/u.test(lines[i].s));
	if (i >= lines.length || i === nextNonBlank(lines, m + 1) || lines[i].kind !== 'prose' || short) return -1;
	let j = nextNonBlank(lines, i + 1);
	// (A picture's placeholder, "[Ảnh 3]", stands between paragraphs as a caption does.)
	while (j < lines.length && (lines[j].kind === 'caption' || isPhotoStub(lines[j]))) j = nextNonBlank(lines, j + 1);
	return j < lines.length && lines[j].kind === 'prose' ? i : -1;
}

/** Lines [a, b) hold no paragraph and no barrier. */
function onlyFurniture(lines: Line[], a: number, b: number): boolean {
	for (let k = a; k < b; k++) if (lines[k].kind === 'prose' || isBarrier(lines[k].kind)) return false;
	return true;
}

/**
 * Joins the body across a related-links box printed in its middle: a soft marker, at most six
 * headline lines, then at least two paragraphs in a row (a list of other stories gives one short
 * lead per headline instead). Without this, the larger half alone would be taken as the body.
 */
function acrossInlineBoxes(lines: Line[], run: Run, from: number): Run {
	let cur = run;
	// Forward: the run stopped at a soft marker and the article resumes after the box.
	for (let guard = 0; guard < 20; guard++) {
		const m = nextNonBlank(lines, cur.last + 1);
		let b = m;
		while (b < lines.length && !isBarrier(lines[b].kind) && lines[b].kind !== 'prose') b++;
		if (b >= lines.length || !onlyFurniture(lines, cur.last + 1, b)) break;
		const resume = resumeAfter(lines, b);
		if (resume < 0) break;
		let end = resume;
		while (end < lines.length && !isBarrier(lines[end].kind)) end++;
		const rest = bestRun(lines, resume, end);
		if (!rest || rest.first !== resume) break;
		cur = { first: cur.first, last: rest.last, score: cur.score + rest.score };
	}
	// Backward: the first half of the article lies before a box that precedes the run.
	for (let guard = 0; guard < 20; guard++) {
		let b = cur.first - 1;
		while (b >= from && !isBarrier(lines[b].kind) && lines[b].kind !== 'prose') b--;
		if (b < from || resumeAfter(lines, b) !== cur.first) break;
		let start = b - 1;
		while (start >= from && !isBarrier(lines[start].kind)) start--;
		const before = bestRun(lines, start + 1, b);
		if (!before || !onlyFurniture(lines, before.last + 1, b)) break;
		const proseLines = lines.slice(before.first, before.last + 1).filter((l) => l.kind === 'prose').length;
		if (proseLines < 2) break;
		cur = { first: before.first, last: cur.last, score: cur.score + before.score };
	}
	return cur;
}

// --- title ---------------------------------------------------------------------------------------

const TITLE_WINDOW = 30;
/**
 * Ends in ? or !, possibly inside one closing quote (what /[?!]["”’»]?$/u matches), by code: an
 * end-anchored regex is tried at every position of a long paragraph.
 */
function endsQuestion(s: string): boolean {
	const n = s.length;
	let c = s.charCodeAt(n - 1);
	if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb) c = s.charCodeAt(n - 2);
	return c === 0x3f || c === 0x21;
}
const MARKDOWN_H1 = /^\s*#\s/;
const MARKDOWN_H2 = /^\s*##\s/;
const HTML_H1 = /^\s*<h1[\s>]/i;

function isTitleShaped(l: Line): boolean {
	// Headlines may ask or exclaim: "Vì sao Hà Nội chọn Vientiane?"
	const question = l.kind === 'prose' && l.words <= 30 && endsQuestion(l.s) && countSentences(l.s) === 1;
	if (l.kind !== 'heading' && !question && !(l.kind === 'caption' && !TABLE_CELL.test(l.s) && !CAPTION_CREDIT.test(l.s))) return false;
	return l.words >= 3 && l.words <= 45 && l.s.length <= 300;
}

function nonBlankAround(lines: Line[], i: number, dir: 1 | -1, n: number): Line[] {
	const out: Line[] = [];
	for (let j = i + dir; j >= 0 && j < lines.length && out.length < n; j += dir) {
		if (lines[j].kind !== 'blank' && lines[j].kind !== 'tag') out.push(lines[j]);
	}
	return out;
}

/**
 * The last line after l with l's key, -1 when none; looked up for the few headline-shaped candidates
 * only (a map of every line's key cost a hash of each). Only a repeat further down counts, so the
 * lines up to l itself are not compared (l's own key would be made for that alone).
 */
function lastAfterWithKey(lines: Line[], l: Line): number {
	// An empty key has a zero hash (and a line whose prefix was never made has an empty key).
	if (l.prefix !== 0) for (let j = lines.length - 1; j > l.index; j--) if (sameKey(lines[j], l)) return lines[j].index;
	return -1;
}

/** The first of these lines that is no widget or menu is a stamp. */
function stampFirst(side: Line[]): boolean {
	for (const x of side) if (x.kind !== 'widget' && x.kind !== 'menu') return x.kind === 'stamp';
	return false;
}

/**
 * Position of line `index` among `nonBlank` (lines in text order), 0 when it is not one of them. A
 * binary search: asked a few times per page, where a table by line index cost its allocation.
 */
function positionIn(nonBlank: Line[], index: number): number {
	let lo = 0;
	let hi = nonBlank.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const at = nonBlank[mid].index;
		if (at === index) return mid;
		if (at < index) lo = mid + 1;
		else hi = mid - 1;
	}
	return 0;
}

/** The first line after i that is neither blank, a tag nor a widget; -1 when none. */
function nextReadable(lines: Line[], i: number): number {
	for (let j = i + 1; j < lines.length; j++) if (lines[j].kind !== 'blank' && lines[j].kind !== 'tag' && lines[j].kind !== 'widget') return j;
	return -1;
}

/**
 * The headline: among headline-shaped lines shortly before (or at the head of) the body run, the
 * best anchored one. Markdown "# " headings, stamp neighbours, and lines repeated further down as
 * an image caption are strong signs; being followed by prose or first on the page are weaker ones.
 */
function findTitle(text: string, lines: Line[], run: { first: number; last: number } | null): number {
	const nonBlank = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'tag');
	if (!nonBlank.length) return -1;
	const anchor = run ? run.first : nonBlank[0].index;
	const a = positionIn(nonBlank, anchor);
	const cands = nonBlank.slice(Math.max(0, a - TITLE_WINDOW), a + 6);
	let best = -1;
	let bestScore = 0;
	let bestStrong = false;
	for (const l of cands) {
		if (!isTitleShaped(l)) continue;
		let sc = 0;
		let strong = false;
		const raw = rawLine(text, l);
		if (MARKDOWN_H1.test(raw) || HTML_H1.test(raw)) {
			sc += 50;
			strong = true;
		}
		else if (MARKDOWN_H2.test(raw)) sc += 10;
		// A saved page opens with the browser's title, "Headline | Site": the line it begins with is the headline.
		const first = nonBlank[0].s;
		if (l !== nonBlank[0] && l.words >= 4 && first.length > l.s.length && first.startsWith(l.s) && /^\s*[|–—-]\s/u.test(first.slice(l.s.length))) {
			sc += 20;
			strong = true;
		}
		const next = nonBlankAround(lines, l.index, 1, 3);
		const before = nonBlankAround(lines, l.index, -1, 3);
		// The stamp right above or below (widgets and menus aside) is the best anchor there is.
		if (stampFirst(next) || stampFirst(before)) {
			sc += 25;
			strong = true;
		}
		// Repeated further down (an image's alt text is often the headline), but not as its twin link.
		const lastSame = lastAfterWithKey(lines, l);
		if (lastSame > l.index && next[0]?.index !== lastSame && next[1]?.index !== lastSame) {
			sc += 20;
			strong = true;
		}
		const lead = next.find((x) => !TITLE_GAP.has(x.kind));
		if (lead && (lead.kind === 'prose' || lead.kind === 'teaser')) sc += 12;
		if (nonBlank[0] === l || (before[0] && (before[0].kind === 'menu' || before[0].kind === 'widget'))) sc += 10;
		if (run && l.index < run.first && positionIn(nonBlank, run.first) - positionIn(nonBlank, l.index) <= 6) sc += 8;
		if (l.words >= 5 && l.words <= 30) sc += 3;
		if (l.kind === 'caption') sc -= 10;
		if (sc > bestScore) {
			bestScore = sc;
			best = l.index;
			bestStrong = strong;
		}
	}
	if (bestScore < 10) return -1;
	return bestStrong ? best : pastTeasers(lines, best);
}

/**
 * With nothing but its position to go on, a "title" followed by one short paragraph and then
 * another headline may be the first of a list of other stories printed above the article: skip
 * such headline + lead pairs (two or more) to the headline that is followed by real paragraphs.
 */
function pastTeasers(lines: Line[], title: number): number {
	let h = title;
	let pairs = 0;
	for (;;) {
		const p = nextReadable(lines, h);
		if (p < 0 || lines[p].kind !== 'prose') break;
		const after = nextReadable(lines, p);
		if (lines[p].words > 60 || after < 0 || !isTitleShaped(lines[after]) || lines[after].kind === 'prose') break;
		pairs++;
		h = after;
	}
	if (pairs < 2) return title;
	const p1 = nextReadable(lines, h);
	const p2 = p1 >= 0 ? nextReadable(lines, p1) : -1;
	return p1 >= 0 && p2 >= 0 && lines[p1].kind === 'prose' && lines[p2].kind === 'prose' ? h : title;
}

function rawLine(text: string, l: Line): string {
	const ls = text.lastIndexOf('\n', l.start - 1) + 1;
	return text.slice(ls, l.end);
}

/**
 * Lines repeating the title further down are image captions (the alt text of a photo), and a
 * short line right under an image (stub or repeated title) is that image's caption.
 */
function markTitleRepeats(lines: Line[], title: number, photoStory = false): void {
	const t = title >= 0 ? lines[title] : null;
	// An empty key has a zero prefix hash and only it: the key itself is made only for a line that may match.
	const keyed = t !== null && t.prefix !== 0;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (i === title) continue;
		if (keyed && sameKey(l, t) && l.kind !== 'blank') {
			l.kind = 'caption';
			const under = lines[i + 1];
			if (under && (under.kind === 'prose' || under.kind === 'heading') && under.words <= 25 && countSentences(under.s) <= 1) under.kind = 'caption';
		} else if (l.kind === 'image' && !photoStory) {
			// (In a photo story the line under a picture is the story: "Chiều 21/11, Đoàn về nước qua cửa khẩu …".)
			const under = lines[i + 1];
			if (under && (under.kind === 'prose' || under.kind === 'heading') && under.words <= 25 && countSentences(under.s) <= 1) under.kind = 'caption';
		}
	}
}

function countSentences(s: string): number {
	return (s.match(/[.!?…](?=\s+[\p{Lu}“"])/gu)?.length ?? 0) + 1;
}

// --- segment -------------------------------------------------------------------------------------

export function segment(id: string, file: string, text: string, language: Language): Doc {
	const warnings: string[] = [];
	const lines = joinWrappedLines(text, readLines(text, language), language);
	text = unwrapBreaks(text, lines);
	markAdverts(lines);
	markTaggedHeadlines(lines);
	const photoStory = markPhotoStory(lines);
	markVideoScript(lines);
	markVideoParts(lines);
	markRepeats(text, lines);

	let run = bestRun(lines, 0, lines.length);
	const titleIdx = findTitle(text, lines, run);
	markTitleRepeats(lines, titleIdx, photoStory);
	// Once the headline is known, the body lies after it (sidebar stories above it are not the article).
	run = bestRun(lines, titleIdx >= 0 ? titleIdx + 1 : 0, lines.length) ?? bestRun(lines, 0, lines.length);
	if (run) run = acrossInlineBoxes(lines, run, titleIdx >= 0 ? titleIdx + 1 : 0);

	// A title broken over two lines of a PDF's text is read as one line.
	let title = titleIdx >= 0 ? lines[titleIdx].s.replace(/^#+\s*/, '').replace(/\s*\n\s*/g, ' ') : '';
	let body: Span;
	let sentences: Sentence[] = [];
	if (!run) {
		if (text.trim()) warnings.push('body not found, whole page used: no line reads like a paragraph of an article');
		body = trimmedSpan(text);
	} else {
		let first = run.first;
		let last = run.last;
		last = endAtSignature(lines, first, last);
		while (last > first && lines[last].kind !== 'prose') last--;
		last = dropTrailingTeasers(lines, first, last);
		// Start at the title when only blank lines, widgets, the stamp or captions lie between.
		if (titleIdx >= 0 && titleIdx < first && lines.slice(titleIdx + 1, first).every((l) => TITLE_GAP.has(l.kind))) first = titleIdx;
		else {
			// A caption right above the first paragraph (no blank line between) belongs to the article.
			for (let k = 0; k < 2 && first > 0 && lines[first - 1].kind === 'caption' && !/^!\[/.test(lines[first - 1].s); k++) first--;
		}
		body = { start: lines[first].start, end: lines[last].end };
		let paragraph = 0;
		for (let i = first; i <= last; i++) {
			if (lines[i].kind !== 'prose' || i === titleIdx) continue;
			const before = sentences.length;
			splitLine(text, lines[i].start, lines[i].end, paragraph, sentences);
			if (sentences.length > before) paragraph++;
		}
		if (run.score < 15) warnings.push(`body is very short (${run.score} words of paragraphs): check that the page is an article`);
	}
	if (!title) {
		const firstHeading = lines.find((l) => l.kind === 'heading');
		title = firstHeading ? firstHeading.s : '';
		if (text.trim()) warnings.push(firstHeading ? 'title not found near the body: first headline-shaped line used' : 'title not found: no headline-shaped line on the page');
	}

	// The stamp sits by the headline: from a few lines above the title to the second paragraph.
	const near = titleIdx >= 0 ? titleIdx : (run?.first ?? 0);
	let stamp = run ? stampIn(lines, stampWindow(lines, titleIdx, run.first), near) ?? stampIn(lines, afterBody(lines, body), near) ?? labelledBelow(lines, body) ?? urlStamp(text) : findStamp(text) ?? urlStamp(text);
	if (stamp && language === 'en') stamp = monthFirstStamp(text, lines, body, stamp);
	// A periodical's page: the issue it is printed in.
	if (!stamp && language === 'vi') stamp = issueStamp(text);
	if (!stamp && text.trim()) warnings.push('no publication stamp found');
	if (!text.trim()) warnings.push('empty text: nothing to segment');

	return {
		id,
		file,
		text,
		language,
		title,
		published: stamp?.published ?? null,
		publishedHow: stamp ? 'stamp' : null,
		body,
		sentences,
		warnings
	};
}

/**
 * The stamp line in a span nearest to the title (lists of other stories above a page may carry
 * stamps of their own), read from the classified lines so "<span>12/03/2024</span>" counts.
 * A publication line is preferred over an "updated" one.
 */
function stampIn(lines: Line[], span: Span, near: number): { published: string } | null {
	let best: { published: string; rank: number } | null = null;
	// Stamps of different days above the title are a list of other stories' times ("Tin mới": a headline,
	// its time…); a page's own "Đăng … | Cập nhật …" pair is of one day.
	const daysAbove = new Set<string>();
	for (const l of lines) if (l.kind === 'stamp' && l.start >= span.start && l.end <= span.end && l.index < near) daysAbove.add(l.stamp?.published.slice(0, 10) ?? '');
	for (const l of lines) {
		if (l.start < span.start || l.kind !== 'stamp') continue;
		if (l.end > span.end) break;
		if (daysAbove.size > 1 && l.index < near) continue;
		const st = l.stamp;
		if (!st) continue;
		// Below the title counts a little nearer than above it: that is where most pages print it.
		const rank = (/cập nhật|updated?/i.test(l.s) ? 1000 : 0) + (l.index >= near ? l.index - near : (near - l.index) * 1.5);
		if (!best || rank < best.rank) best = { published: st.published, rank };
	}
	return best && { published: best.published };
}

/** Each line's content offsets and kind, for debugging a page whose body comes out wrong. */
export function describeLines(text: string, language: Language): { start: number; end: number; kind: string; text: string }[] {
	const lines = joinWrappedLines(text, readLines(text, language), language);
	markAdverts(lines);
	markTaggedHeadlines(lines);
	const photoStory = markPhotoStory(lines);
	markVideoScript(lines);
	markVideoParts(lines);
	markRepeats(text, lines);
	const run = bestRun(lines, 0, lines.length);
	markTitleRepeats(lines, findTitle(text, lines, run), photoStory);
	return lines.map((l) => ({ start: l.start, end: l.end, kind: l.kind, text: l.s }));
}

function trimmedSpan(text: string): Span {
	const start = text.length - text.trimStart().length;
	return { start, end: Math.max(start, text.trimEnd().length) };
}

function stampWindow(lines: Line[], titleIdx: number, firstProse: number): Span {
	const top = titleIdx >= 0 ? titleIdx : firstProse;
	const above = nonBlankAround(lines, top, -1, 8);
	const from = above.length ? above[above.length - 1].start : lines[top].start;
	const prose = lines.slice(firstProse).filter((l) => l.kind === 'prose');
	const to = (prose[1] ?? prose[0] ?? lines[firstProse]).end;
	return { start: from, end: Math.max(from, to) };
}

// "Ngày xuất bản: 04/04/2024 - 20:30", "Published: …": a line that says it is the page's publication time.
const PUBLICATION_LABEL = /^(?:ngày\s+xuất\s+bản|xuất\s+bản|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|published|posted)(?:\s+(?:on|at|ngày|lúc))?\s*:?/iu;

/**
 * Some pages print their stamp at the very bottom, under the lists of other stories: labelled as such,
 * or the only stamp line down there (a list of other stories' times has one per story). A dated source
 * credit there ("Nguồn: Báo Dân tộc và Phát triển | 22/11/2025") is such a line.
 */
function labelledBelow(lines: Line[], body: Span): { published: string } | null {
	let sole: string | null = null;
	let count = 0;
	for (const l of lines) {
		if (l.start < body.end || (l.kind !== 'stamp' && l.kind !== 'source')) continue;
		const st = l.stamp;
		if (!st) continue;
		if (PUBLICATION_LABEL.test(l.s)) return { published: st.published };
		count++;
		sole = st.published;
	}
	return count === 1 && sole ? { published: sole } : null;
}

// A numeric date with its year, as stamps print it: "10/9/2024", "09-10-2024".
const FIGURE_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-])/g;
const WEEKDAY_WORD = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * An English page's stamp in figures that reads both ways ("10/9/2024 | 8:05 PM") is read day first (parseStamp), as
 * Vietnamese outlets write it in English too. It is month first (9 October) when the page says that is its order:
 * another date on it that only reads month first ("Mukdahan eyes more trucks (9/27/2024)") and none that only reads day
 * first, or weekdays of the body that fit only that day — the news day named by its weekday ("held talks on Wednesday
 * afternoon", 9 October 2024 a Wednesday, 10 September a Tuesday) among the other days the story tells.
 */
function monthFirstStamp(text: string, lines: Line[], body: Span, stamp: { published: string }): { published: string } {
	const day = stamp.published.slice(0, 10);
	let swapped: string | null = null;
	let sep = '';
	for (const l of lines) {
		if (!l.stamp || l.stamp.published !== stamp.published) continue;
		FIGURE_DATE.lastIndex = 0;
		for (let m = FIGURE_DATE.exec(l.s); m; m = FIGURE_DATE.exec(l.s)) {
			const a = +m[1], b = +m[3];
			if (a === b || a > 12 || b > 12 || `${m[4]}-${pad2(b)}-${pad2(a)}` !== day) continue;
			swapped = `${m[4]}-${pad2(a)}-${pad2(b)}`;
			sep = m[2];
		}
		if (swapped) break;
	}
	if (!swapped) return stamp;
	let monthFirst = false, dayFirst = false;
	FIGURE_DATE.lastIndex = 0;
	for (let m = FIGURE_DATE.exec(text); m; m = FIGURE_DATE.exec(text)) {
		if (m[2] !== sep) continue;
		const a = +m[1], b = +m[3];
		if (a <= 12 && b > 12 && b <= 31) monthFirst = true;
		else if (b <= 12 && a > 12 && a <= 31) dayFirst = true;
	}
	if (dayFirst) return stamp;
	if (!monthFirst) {
		const named = new Set<number>();
		const t = text.slice(body.start, body.end);
		WEEKDAY_WORD.lastIndex = 0;
		for (let m = WEEKDAY_WORD.exec(t); m; m = WEEKDAY_WORD.exec(t)) named.add(WEEKDAY_NAMES.indexOf(m[1].toLowerCase()));
		const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
		monthFirst = named.size >= 2 && named.has(weekday(swapped)) && !named.has(weekday(day));
	}
	return monthFirst ? { published: swapped + stamp.published.slice(10) } : stamp;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Some pages print the stamp (or the author and date) right under the article. */
function afterBody(lines: Line[], body: Span): Span {
	const i = lines.findIndex((l) => l.start >= body.end);
	if (i < 0) return { start: body.end, end: body.end };
	const after = nonBlankAround(lines, i - 1, 1, 5);
	return { start: body.end, end: after.length ? after[after.length - 1].end : body.end };
}

// --- sentences -----------------------------------------------------------------------------------

// Abbreviations after which a period does not end a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn…", "Assoc. Prof. Dr. …").
const ABBREV = new Set(
	[
		'tp', 'q', 'p', 'h', 'x', 'tx', 'tt', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'cn', 'ls', 'nsnd', 'nsưt', 'nxb', 'tr', 'th', 'đ', 'đc', 'sđt', 'stt', 'vd',
		'mr', 'mrs', 'ms', 'dr', 'prof', 'assoc', 'asst', 'st', 'no', 'jr', 'sr', 'co', 'ltd', 'inc', 'corp', 'vs', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rev', 'hon',
		'gov', 'sen', 'rep', 'pres', 'dept', 'fig', 'vol', 'approx', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'a.m', 'p.m', 'pgs.ts', 'gs.ts', 'th.s', 'ths.bs'
	]
);

/**
 * Whether the period at `i` of a sentence ends a clause: not inside a word ("TP.HCM", "1.234") nor after an abbreviation
 * or an initial ("TP. Hồ Chí Minh", "Nguyễn V. A.").
 */
export function endsClauseAt(text: string, i: number): boolean {
	if (i + 1 < text.length && !/\s/u.test(text[i + 1])) return false;
	const word = wordBefore(text, i);
	return !(word && (ABBREV.has(word.toLowerCase()) || (ONE_CAPITAL.test(word) && !opensAfter(text, i)) || INITIALS.test(word)));
}

/**
 * A capital letter that ends a name ("cửa khẩu Bờ Y", "khu B") is no initial when a Vietnamese sentence opens after its
 * period: a title or a time of day, which no name goes on with ("… qua cửa khẩu quốc tế Bờ Y. Đồng chí X đã mời …").
 */
// So is an English one, an honorific or an opening word no name goes on with ("… home via Bo Y. Mr. X invited …").
const OPENER_AFTER = /^\s+(?:Đồng chí|Ông|Bà|Đoàn|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Tại|Dịp|Nhân dịp|Trước đó|Sau đó|Cùng ngày|Theo|Mr|Mrs|Ms|Dr|The|On|During|Following|After|Later)(?![\p{L}\p{M}-])/u;
function opensAfter(text: string, punct: number): boolean {
	return OPENER_AFTER.test(text.slice(punct + 1, punct + 16));
}

/** Sentence ends: . ! ? … (possibly closed by quotes/brackets), then space and a capital, an opening quote or an emoji ("… Luông Nặm Tha. ✈️ Chiều …"). */
const SENTENCE_BREAK = /[.!?…]+["”’»)\]]*(?=\s+[\p{Lu}“"‘«(\[\p{Extended_Pictographic}\p{Regional_Indicator}])/gu;

// Module constants: esbuild writes a regex literal with \p{…} outside brackets as `new RegExp(…)`,
// which would then be built again on every call.
const ONE_CAPITAL = /^\p{Lu}$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

const QUOTE_MARK = /[\u201c\u00ab\u201d\u00bb"]/g;

/** Ranges inside quotation marks, where no sentence ends ("…" quotes stay whole). */
function quoteZones(chunk: string): [number, number][] {
	const zones: [number, number][] = [];
	const stack: number[] = [];
	let straight = -1;
	// Only the quote marks matter: the regex engine skips to them (a paragraph has a few at most).
	QUOTE_MARK.lastIndex = 0;
	for (let m = QUOTE_MARK.exec(chunk); m; m = QUOTE_MARK.exec(chunk)) {
		const i = m.index;
		const c = chunk.charCodeAt(i);
		if (c === 0x201c || c === 0xab) stack.push(i);
		else if ((c === 0x201d || c === 0xbb) && stack.length) {
			const open = stack.pop()!;
			if (!stack.length) zones.push([open, i]);
		} else if (c === 0x22) {
			if (straight < 0) straight = i;
			else {
				zones.push([straight, i]);
				straight = -1;
			}
		}
	}
	return zones;
}

// Letters as /\p{L}/u sees them, by code unit, learned on first sight: 0 not asked yet, 1 letter,
// 2 not; surrogates 3 (a pair is one character to the regex: it decides).
const letterClass = new Uint8Array(0x10000);
letterClass.fill(3, 0xd800, 0xe000);
const LETTER = /^\p{L}$/u;
function learnLetter(c: number): number {
	return (letterClass[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2);
}

/**
 * What /([\p{L}.]+)$/u finds in the 12 characters before punct (the letters and dots right before
 * it), read backwards by code: the end-anchored regex is tried at every position of its slice.
 */
function wordBefore(chunk: string, punct: number): string {
	const from = Math.max(0, punct - 12);
	let i = punct;
	while (i > from) {
		const c = chunk.charCodeAt(i - 1);
		const k = c === 46 ? 1 : letterClass[c] || learnLetter(c);
		if (k === 2) break;
		if (k === 3) return /([\p{L}.]+)$/u.exec(chunk.slice(from, punct))?.[1] ?? '';
		i--;
	}
	return chunk.slice(i, punct);
}

/** A break at punct, cutting at cut, lies inside one of the quotes (a loop: a closure per break was made before). */
function insideQuote(zones: [number, number][], punct: number, cut: number): boolean {
	for (let z = 0; z < zones.length; z++) {
		const a = zones[z][0], b = zones[z][1];
		if (punct > a && punct < b && cut <= b) return true;
	}
	return false;
}

// Pictographs, flags, keycap and joiner marks, then the space after them; sticky, from a sentence's start.
const LEADING_PICTOGRAPHS = /(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]+\s*)+/uy;

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
	const chunk = text.slice(start, end);
	// The quotes are found at the first break only: a paragraph of one sentence has none to check.
	let zones: [number, number][] | null = null;
	const cuts: number[] = [];
	SENTENCE_BREAK.lastIndex = 0;
	for (let m = SENTENCE_BREAK.exec(chunk); m; m = SENTENCE_BREAK.exec(chunk)) {
		const punct = m.index;
		const cut = m.index + m[0].length;
		zones ??= quoteZones(chunk);
		if (zones.length && insideQuote(zones, punct, cut)) continue;
		// "TP. Hồ Chí Minh", "ThS. Lê", "Nguyễn V. A.": an abbreviation or an initial, not an end.
		if (chunk[punct] === '.' && m[0].length === 1) {
			const word = wordBefore(chunk, punct);
			if (word && (ABBREV.has(word.toLowerCase()) || (ONE_CAPITAL.test(word) && !opensAfter(chunk, punct)) || INITIALS.test(word))) continue;
		}
		cuts.push(cut);
	}
	// The sign-off is no part of the last sentence ("… are studying. — VNS").
	const tail = chunk.slice(-24);
	const last = chunk.charCodeAt(chunk.length - 1);
	const off = last >= 65 && last <= 90 ? SIGN_OFF.exec(tail) : null;
	cuts.push(off ? chunk.length - tail.length + off.index + off[1].length : chunk.length);
	let from = 0;
	for (const c of cuts) {
		// chunk.slice(from, c).trim() by offsets (isSpaceCode is trim's white space), with one copy.
		let a = from;
		let b = c;
		while (a < b && isSpaceCode(chunk.charCodeAt(a))) a++;
		while (b > a && isSpaceCode(chunk.charCodeAt(b - 1))) b--;
		// A social post opens its paragraphs with emoji ("🇻🇳🤝🇱🇦 \"Tuyến …", "📍 Trước đó, …"): no part of the quote.
		if (a < b && chunk.charCodeAt(a) > 0x2000) {
			LEADING_PICTOGRAPHS.lastIndex = a;
			if (LEADING_PICTOGRAPHS.exec(chunk)) a = LEADING_PICTOGRAPHS.lastIndex;
		}
		// …and closes them with emoji for a full stop ("… tại Quảng Bình 🤝"): no part of it either.
		if (b > a && chunk.charCodeAt(b - 1) > 0x2000) {
			const m = TRAILING_PICTOGRAPHS.exec(chunk.slice(a, b));
			if (m) b = a + m.index;
		}
		const trimmed = chunk.slice(a, b);
		// Most sentences open with an ASCII letter or digit, which HAS_WORD matches: the regex is asked about the others only.
		// (An empty one has no word: charCodeAt gives NaN, which the unsigned shift would read as 0.)
		const c0 = trimmed.charCodeAt(0);
		if (a < b && (((c0 | 32) - 97) >>> 0 < 26 || (c0 - 48) >>> 0 < 10 || HAS_WORD.test(trimmed))) out.push({ start: start + a, end: start + b, text: trimmed, paragraph });
		from = c;
	}
}

/**
 * Sentences of a span, with offsets: every line of the span is split (a line break always ends a
 * sentence), with no furniture filtering — `segment` decides which lines are prose.
 */
export function splitSentences(text: string, span: Span): Sentence[] {
	const out: Sentence[] = [];
	let paragraph = 0;
	const re = /[^\n]+/g;
	re.lastIndex = span.start;
	for (let line = re.exec(text); line && line.index < span.end; line = re.exec(text)) {
		const lineEnd = Math.min(line.index + line[0].length, span.end);
		const before = out.length;
		splitLine(text, line.index, lineEnd, paragraph, out);
		if (out.length > before) paragraph++;
	}
	return out;
}
