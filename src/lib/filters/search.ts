/**
 * Finding a city or a person by any of its names, diacritics and case ignored:
 * "dinh tien dung" finds Đinh Tiến Dũng, "Vientiane" finds Viêng Chăn.
 */
import { foldKey } from '../pipeline/normalize';
import type { City, Person } from '../timeline/schema';
import type { Lang } from '../i18n';

export interface SearchHit {
	kind: 'city' | 'leader';
	id: string;
	/** The name to show in the page's language. */
	label: string;
	/** The name that matched when it is not the label, e.g. an alias. */
	matched: string | null;
	score: number;
}

function names(kind: 'city' | 'leader', x: City | Person, lang: Lang): { label: string; all: string[] } {
	if (kind === 'city') {
		const c = x as City;
		return { label: c.name[lang] || c.name.en || c.name.vi, all: [c.name[lang], c.name.vi, c.name.en, ...c.aliases, c.id] };
	}
	const p = x as Person;
	return { label: p.name, all: [p.name, ...p.aliases, p.id] };
}

/**
 * A name matches when the folded query starts one of its words or is inside it;
 * whole-name and word-start matches come first. An empty query finds nothing.
 */
export function searchEntities(query: string, cities: readonly City[], people: readonly Person[], lang: Lang, limit = 8): SearchHit[] {
	const q = foldKey(query);
	if (!q) return [];
	const hits: SearchHit[] = [];
	const consider = (kind: 'city' | 'leader', x: City | Person) => {
		const { label, all } = names(kind, x, lang);
		let best: { score: number; name: string } | null = null;
		for (const name of all) {
			if (!name) continue;
			const k = foldKey(name.replace(/-/g, ' '));
			let score = 0;
			if (k === q) score = 3;
			else if (k.startsWith(q) || k.includes(` ${q}`)) score = 2;
			else if (k.includes(q)) score = 1;
			if (score && (!best || score > best.score)) best = { score, name };
		}
		if (best) hits.push({ kind, id: x.id, label, matched: foldKey(best.name) === foldKey(label) || best.name === x.id ? null : best.name, score: best.score });
	};
	cities.forEach((c) => consider('city', c));
	people.forEach((p) => consider('leader', p));
	return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, lang)).slice(0, limit);
}
