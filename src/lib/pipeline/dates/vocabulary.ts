/** Shared Vietnamese calendar words: weekdays and month names. */
import type { TimeMention } from './types';

/** Regex fragment: a weekday in group `wd` ("thứ Hai", "thứ 2", "Chủ nhật", "CN"). */
export const WEEKDAY = String.raw`(?<wd>thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)`;

/**
 * WEEKDAY or its short form, only where a day/month follows (absolute.ts's cues): pages and programmes write "CN 8/9"
 * (Chủ nhật), "T7 (7/9)" (thứ Bảy). Alone "CN" is also "công nghệ", "chi nhánh", so a bare weekday never reads it.
 * Upper case only: the regexes fold case, so weekdayNumber refuses "cn", "t7".
 */
export const WEEKDAY_SHORT = String.raw`(?<wd>thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|CN|T[2-7])`;

/** Every character a WEEKDAY match may begin with ("thứ", "chủ"). */
export const WEEKDAY_FIRST = 'tc';

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/** 0 = Sunday … 6 = Saturday, or undefined. */
export function weekdayNumber(word: string | undefined): number | undefined {
	if (!word) return undefined;
	const w = word.toLowerCase().replace(/\s+/g, ' ');
	if (w.startsWith('chủ')) return 0;
	// "CN 8/9", "T7 (7/9)": the short forms, written in capitals ("cn", "t2" are something else).
	if (/^(?:cn|t\d)$/.test(w)) return /^(?:CN|T\d)$/.test(word) ? (w === 'cn' ? 0 : WEEKDAYS[w[1]]) : undefined;
	return WEEKDAYS[w.replace(/^thứ\s*/, '')];
}

/** Month written as a word: "tháng Ba", "tháng Giêng", "tháng Chạp". */
export const MONTH_WORD = String.raw`(?:giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười\s+một|mười\s+hai|mười|chạp)`;
const MONTHS: Record<string, number> = {
	giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12, chạp: 12
};

export function monthNumber(s: string | undefined): number | undefined {
	if (!s) return undefined;
	if (/^\d+$/.test(s)) return Number(s);
	return MONTHS[s.toLowerCase().replace(/\s+/g, ' ')];
}

/** Word boundaries that understand Vietnamese letters (\b does not). */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;

/*
 * Every character a pattern can consume, as the body of a character class: its literals, its classes'
 * members (ranges spelt out), and \s, \d. What its lookarounds read is added too (more than needed, never
 * less). null for a pattern with a wildcard or a negated class (even in a lookaround): it could hold anything.
 */
function consumable(source: string): string | null {
	const chars = new Set<string>();
	let inClass = false;
	// Open groups, true for a lookaround: a \p{…} class is left out only where a lookaround reads it (the
	// word boundaries B and E); one that a match consumes could be any letter, and bounds nothing.
	const looks: boolean[] = [];
	for (let i = 0; i < source.length; i++) {
		let c = source[i];
		if (!inClass && c === '(') looks.push(/^\(\?<?[=!]/.test(source.slice(i, i + 4)));
		else if (!inClass && c === ')') looks.pop();
		if (c === '\\') {
			c = source[++i];
			// \s, \d, \p{…}: classes, added as such; \k<name>, \b: no character of their own.
			if ('sdpPkbB'.includes(c)) {
				if ((c === 'p' || c === 'P') && !looks.includes(true)) return null;
				if (c === 'p' || c === 'P') i = source.indexOf('}', i);
				if (c === 'k') i = source.indexOf('>', i);
				continue;
			}
		} else if (inClass) {
			if (c === ']') { inClass = false; continue; }
			if (c === '^' && source[i - 1] === '[') return null;
			if (c === '-' && source[i - 1] !== '[' && source[i + 1] !== ']') {
				const from = source.codePointAt(i - 1)!, to = source.codePointAt(i + 1)!;
				for (let k = from; k <= to; k++) chars.add(String.fromCodePoint(k));
				i++;
				continue;
			}
		} else if (c === '[') { inClass = true; continue; }
		else if (c === '.') return null;
		else if (c === '(' && source.startsWith('?<', i + 1) && source[i + 3] !== '=' && source[i + 3] !== '!') { i = source.indexOf('>', i); continue; }
		else if ('()|?*+{}^$'.includes(c)) continue;
		chars.add(c);
	}
	return [...chars].map((c) => (/[\\\]\[\-^(){}|/.*+?$]/.test(c) ? '\\' + c : c)).join('') + String.raw`\s\d`;
}
/**
 * A sticky regex that, tried at a position, captures (group 1) the run of characters just before it that a
 * match of `source` could hold: a match of `source` that runs through that position cannot start before the
 * run. null when `source` could hold any character.
 */
export function runBefore(source: string): RegExp | null {
	const chars = consumable(source);
	return chars === null ? null : new RegExp(`(?<=([${chars}]*))`, 'iuy');
}

/**
 * What startFrom-style searches need of a pattern `re` (flags 'giu'), to try it only along one run of the
 * characters its matches may hold (null when they could hold any):
 *  - `along`: sticky; from a position, tries `re` there, then at each next position as long as the characters
 *    passed over are ones a match may hold, and stops at the first match: group 1 is what it passed over, the
 *    rest is `re`'s own match and groups. A search of the whole text would go on to its end;
 *  - `runEnd`: sticky; after `runEnd.test(text)` from a position, its lastIndex is where that run ends (every
 *    position up to it was tried by a failed `along`).
 * Both read the whole text, so `re`'s lookbehinds and lookaheads see what really stands around.
 */
export function alongRun(re: RegExp): { along: RegExp; runEnd: RegExp } | null {
	const chars = consumable(re.source);
	if (chars === null) return null;
	const flags = re.flags.replace('g', '') + 'y';
	return { along: new RegExp(`([${chars}]*?)(?:${re.source})`, flags), runEnd: new RegExp(`[${chars}]*`, flags) };
}

/** `built` (a build's fresh object) completed with where its match is: the keys a spread would add, in its order. */
export function place(built: Omit<TimeMention, 'start' | 'end' | 'text'>, start: number, end: number, text: string): TimeMention {
	const mention = built as TimeMention;
	mention.start = start;
	mention.end = end;
	mention.text = text;
	return mention;
}
