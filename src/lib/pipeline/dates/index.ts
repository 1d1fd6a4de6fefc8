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
	// One table per language, keyed by the sentence itself: the same sentence string comes back
	// (its hash is kept with it), where a "language + text" key was a new string to hash each time.
	const cache = language === 'en' ? cacheEn : cacheVi;
	const hit = cache.get(text);
	if (hit) return hit;
	const found = scan(text, language);
	// Year evidence and event extraction read the same sentences: remember the last few thousand.
	if (cache.size > 4096) cache.clear();
	cache.set(text, found);
	return found;
}
const cacheVi = new Map<string, TimeMention[]>();
const cacheEn = new Map<string, TimeMention[]>();

function scan(text: string, language: Language): TimeMention[] {
	const all = language === 'en' ? findEnglish(text) : [...findRelative(text), ...findAbsolute(text)];
	all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: TimeMention[] = [];
	for (const m of all) {
		const clash = kept.findIndex((k) => m.start < k.end && k.start < m.end);
		if (clash < 0) kept.push(m);
		else if (m.end - m.start > kept[clash].end - kept[clash].start) kept[clash] = m;
	}
	return kept.sort((a, b) => a.start - b.start);
}
