/** Stable ids: the same input gives the same ids on every run and machine. */

/** FNV-1a, 32 bit, as 7 base-36 characters: short, stable, no crypto needed for ids. */
export function shortHash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}

const slugs = new Map<string, string>();

/** Lowercase ASCII slug: "Hồ Chí Minh City" → "ho-chi-minh-city", "Đinh Tiến Dũng" → "dinh-tien-dung". */
export function slug(s: string): string {
	// People's names are slugged again in every article that names them: the same few hundred strings.
	let out = slugs.get(s);
	if (out === undefined) {
		out = s
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[đĐ]/g, 'd')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
		if (slugs.size >= 10_000) slugs.clear();
		slugs.set(s, out);
	}
	return out;
}

/** Article id from its file path: the base name without extension. */
export function articleId(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]+$/, '') || base;
}
