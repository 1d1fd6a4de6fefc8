/**
 * Text normalisation. Two jobs, kept apart on purpose:
 *  - `normalizeText` changes the article as stored (NFC, LF) so that every offset is stable;
 *  - `foldKey` makes a matching key only (old/new tone-mark placement, case, diacritics),
 *    never written back, so quotes stay exactly as the article has them.
 */

/** NFC, LF line ends, no BOM, no NULs, non-breaking and zero-width spaces made plain. */
export function normalizeText(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC')
		.replace(/[\u00A0\u2007\u202F]/g, ' ')
		.replace(/[\u200B-\u200D\u2060\u0000]/g, '');
}

// Vietnamese has two conventions for where the tone mark sits in "oa", "oe", "uy" syllables:
// "hoà"/"hòa", "thuỷ"/"thủy". Moving the mark to the second vowel ("new style") makes both one key.
const OLD_STYLE = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aeAE])(?![\p{L}])|([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}])/gu;

/** Canonical tone placement (new style, mark on the second vowel of oa/oe/uy at the end of a syllable). */
export function canonicalTones(s: string): string {
	const d = s.normalize('NFD');
	return d
		.replace(OLD_STYLE, (_m, o1, t1, v1, u2, t2, y2) => (o1 ? `${o1}${v1}${t1}` : `${u2}${y2}${t2}`))
		.normalize('NFC');
}

/** Key for comparing names and words: tones canonical, lower case, no diacritics, đ → d, spaces folded. */
export function foldKey(s: string): string {
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
	return canonicalTones(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

