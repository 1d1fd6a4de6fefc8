/**
 * Text normalisation. Two jobs, kept apart on purpose:
 *  - `normalizeText` changes the article as stored (NFC, LF) so that every offset is stable;
 *  - `foldKey` makes a matching key only (old/new tone-mark placement, case, diacritics),
 *    never written back, so quotes stay exactly as the article has them.
 */

/*
 * What normalizeText must do about each code unit, as bits: strip a leading BOM, turn CR into LF,
 * compose (NFC), make a space plain, drop a zero-width character. One pass ORs them over the text
 * and only the steps it names run: most pages need none (each step is a scan of the whole page).
 * A character counts as needing no composition only where that is known to be safe: in Latin
 * (U+0000–02FF), Latin Extended Additional (U+1E00–1EFF, the precomposed Vietnamese letters) and
 * General Punctuation (U+2000–206F) no character combines with its neighbour (all are starters that
 * nothing composes onto), so a text of such characters each unchanged by NFC is unchanged by it.
 * Every other character (combining marks, other scripts, surrogates) sends the text through NFC.
 */
const N_BOM = 1, N_CR = 2, N_COMPOSE = 4, N_SPACE = 8, N_ZERO_WIDTH = 16;
const normNeeds = new Uint8Array(0x10000).fill(N_COMPOSE);
for (const [a, b] of [[0, 0x2ff], [0x1e00, 0x1eff], [0x2000, 0x206f]]) {
	for (let c = a; c <= b; c++) if (String.fromCharCode(c).normalize('NFC') === String.fromCharCode(c)) normNeeds[c] = 0;
}
normNeeds[0xfeff] = N_BOM;
normNeeds[0x0d] = N_CR;
for (const c of [0xa0, 0x2007, 0x202f]) normNeeds[c] = N_SPACE;
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0]) normNeeds[c] = N_ZERO_WIDTH;

/**
 * The code units with nothing to do (normNeeds 0), as one character class: the regex engine reads a
 * page for about a third of the instructions of a loop reading it unit by unit (no u flag: surrogates
 * are taken one unit at a time, as the table has them).
 */
const NOTHING_TO_DO = (() => {
	let ranges = '';
	const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
	for (let c = 0; c < 0x10000; c++) {
		if (normNeeds[c]) continue;
		let e = c;
		while (e + 1 < 0x10000 && !normNeeds[e + 1]) e++;
		ranges += e > c ? `${hex(c)}-${hex(e)}` : hex(c);
		c = e;
	}
	return ranges;
})();
/**
 * The next unit needing something from lastIndex on: the complement of the class, searched for. A greedy
 * loop over the class itself ("[…]*", sticky) takes about a fifth fewer instructions but a fifth more time
 * (CPU time over the seed pages, 5,000 times each: 183–197 ms against 138–163). Most pages hold no such
 * unit; the others a few. Tested, not executed: the match is one unit, so it ends at lastIndex - 1, and no
 * match array is made.
 */
const NEEDS_SOMETHING = new RegExp(`[^${NOTHING_TO_DO}]`, 'g');
const N_ALL = N_BOM | N_CR | N_COMPOSE | N_SPACE | N_ZERO_WIDTH;
/**
 * Past this many units that need something, or at the first that needs composing, every step is
 * run: a step the text does not need changes nothing, and such a text is either NFD (composing is the
 * costly step anyway) or holds many odd spaces.
 */
const MAX_NEEDS_SEEN = 64;

/** NFC, LF line ends, no BOM, no NULs, non-breaking and zero-width spaces made plain. */
export function normalizeText(raw: string): string {
	let need = 0;
	// Whether an odd space other than U+00A0 was seen: the pages that have odd spaces mostly have
	// only non-breaking ones, which split finds by a byte search (memchr) instead of a regex reading
	// every unit; split and join rather than replaceAll, whose result is a rope that every later read
	// goes through. U+2007 and U+202F share their high byte with the plain space, so a byte search
	// would stop at every space: when one of them is seen the regex does the work.
	let otherSpace = false;
	// at: where the run of units with nothing to do stops, i.e. the next unit needing something.
	for (let seen = 0, at = 0; ; at++) {
		NEEDS_SOMETHING.lastIndex = at;
		at = NEEDS_SOMETHING.test(raw) ? NEEDS_SOMETHING.lastIndex - 1 : raw.length;
		if (at >= raw.length) break;
		const c = raw.charCodeAt(at);
		need |= normNeeds[c];
		if (c === 0x2007 || c === 0x202f) otherSpace = true;
		if (need & N_COMPOSE || ++seen > MAX_NEEDS_SEEN) {
			need = N_ALL;
			otherSpace = true;
			break;
		}
	}
	let s = raw;
	// Each step as it always was, in the same order; one skipped would have changed nothing.
	if (need & N_BOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
	if (need & N_CR) s = s.replace(/\r\n?/g, '\n');
	if (need & N_COMPOSE) s = s.normalize('NFC');
	if (need & N_SPACE) s = otherSpace ? s.replace(/[\u00A0\u2007\u202F]/g, ' ') : s.split('\u00A0').join(' ');
	if (need & N_ZERO_WIDTH) s = s.replace(/[\u200B-\u200D\u2060\u0000]/g, '');
	// A page made by concatenation is a rope (replaceAll makes one too): V8 flattens it on the first
	// read but keeps the rope object, so every character each later stage reads goes through it. The
	// steps above return flat strings; a page none of them changed is split at a character it does
	// not hold (no CR here: the CR step would have run), which hands back the flat string for the
	// cost of a byte search. Same text either way.
	if (s === raw) s = s.split('\r').join('\n');
	return s;
}

// Vietnamese has two conventions for where the tone mark sits in "oa", "oe", "uy" syllables:
// "hoà"/"hòa", "thuỷ"/"thủy". Moving the mark to the second vowel ("new style") makes both one key.
const OLD_STYLE = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aeAE])(?![\p{L}])|([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}])/gu;

// OLD_STYLE needs, in NFD, "o"/"u" + tone mark + "a"/"e"/"y". That can only come from a character
// that ends in such a tone mark (ò ó ỏ õ ọ ù ú ủ ũ ụ, or the bare mark) directly followed by one
// whose NFD opens with a, e or y. Without such a pair the regex cannot match and NFC(NFD(s)) is
// NFC(s), so the NFD round trip and the regex are skipped (most words and sentences have none).
const TONE_AFTER_OU = new Uint8Array(0x10000);
const AEY_START = new Uint8Array(0x10000);
{
	for (const c of [0x300, 0x301, 0x303, 0x309, 0x323]) TONE_AFTER_OU[c] = 1;
	for (const [a, b] of [[0x41, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]]) {
		for (let c = a; c <= b; c++) {
			const d = String.fromCharCode(c).normalize('NFD');
			if (/^[oOuU][\u0300\u0301\u0303\u0309\u0323]/.test(d)) TONE_AFTER_OU[c] = 1;
			if (/^[aeAEyY]/.test(d)) AEY_START[c] = 1;
		}
	}
}

function mayHaveOldTones(s: string): boolean {
	for (let i = 0; i + 1 < s.length; i++) if (TONE_AFTER_OU[s.charCodeAt(i)] && AEY_START[s.charCodeAt(i + 1)]) return true;
	return false;
}

/** Canonical tone placement (new style, mark on the second vowel of oa/oe/uy at the end of a syllable). */
export function canonicalTones(s: string): string {
	if (!mayHaveOldTones(s)) return s.normalize('NFC');
	const d = s.normalize('NFD');
	return d
		.replace(OLD_STYLE, (_m, o1, t1, v1, u2, t2, y2) => (o1 ? `${o1}${v1}${t1}` : `${u2}${y2}${t2}`))
		.normalize('NFC');
}

/**
 * Is this UTF-16 code unit (a BMP character) matched by /[\p{L}\p{N}]/u? Asked of the regex itself once
 * per character and remembered, so loops over text agree with the regexes they replace while
 * avoiding a regex call (and a match object) per word. Surrogates are not letters on their own:
 * callers read a surrogate pair with `isLetterOrDigitAt`.
 */
const LN = /^[\p{L}\p{N}]$/u;
// 0 not asked yet, 1 letter or digit, 2 neither, 3 high surrogate (the pair decides). ASCII and
// surrogates are filled in at once so that the hot loops take one table read per character.
const lnTable = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) lnTable[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
lnTable.fill(3, 0xd800, 0xdc00);
lnTable.fill(2, 0xdc00, 0xe000);
function learnLetterOrDigit(c: number): number {
	return (lnTable[c] = LN.test(String.fromCharCode(c)) ? 1 : 2);
}
export function isLetterOrDigit(c: number): boolean {
	return (lnTable[c] || learnLetterOrDigit(c)) === 1;
}

/**
 * Letter or digit at s[i] as the `u` regexes see it: a surrogate pair is one code point.
 * Returns 0 for neither, else the number of code units the character takes (1 or 2).
 * A lone surrogate is neither, as with the `u` flag.
 */
export function letterOrDigitAt(s: string, i: number): 0 | 1 | 2 {
	const c = s.charCodeAt(i);
	const v = lnTable[c] || learnLetterOrDigit(c);
	if (v !== 3) return v === 1 ? 1 : 0;
	const d = s.charCodeAt(i + 1);
	if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
	return LN.test(s.slice(i, i + 2)) ? 2 : 0;
}

/*
 * foldKey by table: each character's fold (NFD, marks U+0300–036F dropped, đ → d, lower case) worked
 * out once, with the slow steps themselves, and remembered. A sentence is then folded in one pass
 * instead of NFD + four regex passes (foldKey runs on every sentence). Characters whose fold depends
 * on their neighbours (Σ lower-cases by position) or mixes letters with other marks (İ → i̇), and
 * surrogates, send the whole string to the slow path, so the result is always the slow path's.
 */
const FOLD_UNKNOWN = 0, FOLD_SKIP = 1, FOLD_LETTER = 2, FOLD_SEP = 3, FOLD_SLOW = 4;
const foldKind = new Uint8Array(0x10000);
const foldTo: string[] = [];
function learnFold(c: number): number {
	if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return (foldKind[c] = FOLD_SLOW);
	const r = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
	let letters = 0, others = 0;
	for (let i = 0; i < r.length; i++) {
		const k = letterOrDigitAt(r, i);
		if (k) {
			letters++;
			i += k - 1;
		} else others++;
	}
	foldTo[c] = r;
	return (foldKind[c] = !r ? FOLD_SKIP : !others ? FOLD_LETTER : !letters ? FOLD_SEP : FOLD_SLOW);
}

/*
 * Keys are written as UTF-16 codes into one reusable buffer and made a string once: appending
 * piece by piece builds a rope that every later comparison or hash must flatten again.
 */
let codeBuf = new Uint16Array(1024);
/** The buffer, with room for n codes; what was written so far is kept. */
function codeRoom(n: number): Uint16Array {
	if (codeBuf.length < n) {
		const bigger = new Uint16Array(Math.max(n, codeBuf.length * 2));
		bigger.set(codeBuf);
		codeBuf = bigger;
	}
	return codeBuf;
}
// Past a few dozen codes a TextDecoder makes the string about twice as fast as fromCharCode.apply.
// The buffer holds whole characters only (letters, digits, surrogate pairs, spaces: never a lone
// surrogate or a BOM), so decoding gives back exactly the codes written.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
function codesToString(buf: Uint16Array, n: number): string {
	if (n > 24 && utf16) return utf16.decode(buf.subarray(0, n));
	let out = '';
	for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
	return out;
}

/** Key for comparing names and words: tones canonical, lower case, no diacritics, đ → d, spaces folded. */
export function foldKey(s: string): string {
	let buf = codeRoom(s.length + 1);
	let n = 0;
	let gap = false;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		let kind: number;
		let to = '';
		if (c < 0x80) {
			if (c >= 65 && c <= 90) (kind = FOLD_LETTER), (c += 32);
			else kind = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? FOLD_LETTER : FOLD_SEP;
		} else {
			kind = foldKind[c] || learnFold(c);
			if (kind === FOLD_SLOW) return slowFoldKey(s);
			to = foldTo[c];
			if (to.length === 1) c = to.charCodeAt(0);
		}
		if (kind === FOLD_LETTER) {
			// Runs of anything else become one space; none at either end (the slow path's trim).
			if (to.length > 1) buf = codeRoom(n + to.length + s.length - i + 1);
			if (gap && n) buf[n++] = 32;
			gap = false;
			if (to.length > 1) for (let k = 0; k < to.length; k++) buf[n++] = to.charCodeAt(k);
			else buf[n++] = c;
		} else if (kind === FOLD_SEP) gap = true;
	}
	return codesToString(buf, n);
}

/**
 * s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() in one pass: the runs of letters and digits joined by
 * single spaces (line keys in segment.ts are made this way from every line of a page).
 */
export function joinWords(s: string): string {
	const buf = codeRoom(s.length + 1);
	let n = 0;
	let gap = false;
	for (let i = 0; i < s.length; ) {
		const k = letterOrDigitAt(s, i);
		if (!k) {
			gap = true;
			i++;
			continue;
		}
		if (gap && n) buf[n++] = 32;
		gap = false;
		buf[n++] = s.charCodeAt(i);
		if (k === 2) buf[n++] = s.charCodeAt(i + 1);
		i += k;
	}
	return codesToString(buf, n);
}

/**
 * Per code unit, what s.toLowerCase() makes of it when that is one code unit whatever its
 * neighbours: 1 a letter or digit, 2 anything else; 3 when not (surrogates, Σ whose lower case
 * depends on the letters around it, İ which lowers to two code units); 0 not asked yet.
 */
const lowerKind = new Uint8Array(0x10000);
const lowerCode = new Uint16Array(0x10000);
function learnLower(c: number): number {
	if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return (lowerKind[c] = 3);
	const lo = String.fromCharCode(c).toLowerCase();
	if (lo.length !== 1) return (lowerKind[c] = 3);
	lowerCode[c] = lo.charCodeAt(0);
	return (lowerKind[c] = isLetterOrDigit(lowerCode[c]) ? 1 : 2);
}
/** lowerKind of the code unit c (see above): 1 letter or digit once lower-cased, 2 other, 3 unknown that way. */
export function lowerWordClass(c: number): number {
	return lowerKind[c] || learnLower(c);
}

/** What the code unit c lower-cases to; read it once lowerWordClass(c) has said 1 or 2. */
export function lowerUnit(c: number): number {
	return lowerCode[c];
}

/**
 * joinWords(s.slice(0, n).toLowerCase()) in one pass, without the lower-cased copy; null when a
 * character among them lower-cases differently in context or to several code units (lowerWordClass 3):
 * the caller then takes the two steps.
 */
export function joinWordsLower(s: string, n: number): string | null {
	const buf = codeRoom(n + 1);
	let m = 0;
	let gap = false;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		const k = lowerKind[c] || learnLower(c);
		if (k === 1) {
			if (gap && m) buf[m++] = 32;
			gap = false;
			buf[m++] = lowerCode[c];
		} else if (k === 2) gap = true;
		else return null;
	}
	return codesToString(buf, m);
}

/**
 * foldKey(s) === key, without making foldKey(s): folds s character by character and stops at the
 * first difference (a sentence compared with the title differs within a few letters).
 */
export function foldKeyEquals(s: string, key: string): boolean {
	let at = 0;
	let gap = false;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		let kind: number;
		let to = '';
		if (c < 0x80) {
			if (c >= 65 && c <= 90) (kind = FOLD_LETTER), (c += 32);
			else kind = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? FOLD_LETTER : FOLD_SEP;
		} else {
			kind = foldKind[c] || learnFold(c);
			if (kind === FOLD_SLOW) return slowFoldKey(s) === key;
			to = foldTo[c];
			if (to.length === 1) c = to.charCodeAt(0);
		}
		if (kind === FOLD_LETTER) {
			if (gap && at && key.charCodeAt(at++) !== 32) return false;
			gap = false;
			if (to.length > 1) {
				for (let k = 0; k < to.length; k++) if (key.charCodeAt(at++) !== to.charCodeAt(k)) return false;
			} else if (key.charCodeAt(at++) !== c) return false;
		} else if (kind === FOLD_SEP) gap = true;
	}
	return at === key.length;
}

function slowFoldKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Key that keeps diacritics (so "Nên" ≠ "Nen") but ignores case, tone placement and spacing. */
export function toneKey(s: string): string {
	// Titles are keyed again for every person of every article: the same few hundred strings.
	let k = toneKeyCache.get(s);
	if (k === undefined) {
		k = canonicalTones(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
		if (toneKeyCache.size >= 20_000) toneKeyCache.clear();
		toneKeyCache.set(s, k);
	}
	return k;
}
const toneKeyCache = new Map<string, string>();

