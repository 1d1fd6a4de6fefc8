/**
 * Temporal expressions: find them in a sentence (per language family), then resolve them
 * against what the article knows (resolve.ts). This is the one place that knows the rules
 * for "chiều cùng ngày", "ngày mai (12/3)" and "cuối tháng 2 vừa qua".
 */
import { findAbsolute } from './absolute';
import { findRelative } from './relative';
import { findEnglish } from './english';
import type { TimeMention } from './types';
import type { Language } from '../types';

export type { TimeMention, YMD } from './types';
export { resolveMention, type Reference, type ResolveContext, type Resolved } from './resolve';
export { collectYearEvidence, decideYear, type YearEvidence, type YearDecision } from './year-evidence';

/** Mentions of time in `text`, in reading order, with no two overlapping (the longer wins). */
export function findTimeMentions(text: string, language: Language = 'vi'): TimeMention[] {
	return scan(text, language);
}

/**
 * findTimeMentions of one sentence of an article, remembered for as long as the sentence lives: year
 * evidence and event extraction read the same sentences, and an article may be read again with a
 * better year. Keyed by the sentence object, not its text, so nothing carries over from one article to
 * the next — a text cache made a corpus of near-copies (the benchmark's) look faster than real news.
 */
export function timeMentionsOf(sentence: { text: string }, language: Language = 'vi'): TimeMention[] {
	const memo = language === 'en' ? memoEn : memoVi;
	let found = memo.get(sentence);
	if (!found) memo.set(sentence, (found = scan(sentence.text, language)));
	return found;
}
const memoVi = new WeakMap<object, TimeMention[]>();
const memoEn = new WeakMap<object, TimeMention[]>();

function scan(text: string, language: Language): TimeMention[] {
	let all: TimeMention[];
	if (language === 'en') all = findEnglish(text);
	else {
		const relative = findRelative(text), absolute = findAbsolute(text);
		// Most sentences hold no mention, many one: nothing to order or to weigh.
		if (relative.length + absolute.length <= 1) return relative.length ? relative : absolute;
		all = relative.concat(absolute);
	}
	all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: TimeMention[] = [];
	for (const m of all) {
		const clash = kept.findIndex((k) => m.start < k.end && k.start < m.end);
		if (clash < 0) kept.push(m);
		else if (m.end - m.start > kept[clash].end - kept[clash].start) kept[clash] = m;
	}
	return kept.sort((a, b) => a.start - b.start);
}
