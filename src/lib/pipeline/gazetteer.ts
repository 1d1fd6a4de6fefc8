/**
 * The curated, user-editable lists of places and people (data/gazetteer/*.json), their runtime
 * schema, and the small text machinery (tokens, phrase tables) that places.ts and people.ts share.
 *
 * The JSON is passed around as data so that the pipeline stays pure: `defaultGazetteer` imports the
 * files through a relative JSON import, which both tsx (the CLI) and Vite (the dashboard) resolve.
 *
 * File shapes (both files also accept a free-text "about"):
 *   cities.json  { "cities": [{ id, name: {vi, en}, country: "VN"|"LA", kind: "capital"|"city"|"province",
 *                              aliases: string[], afterDesignator?: string[], clipped?: string[], notPartOf?: string[] }] }
 *   people.json  { "people": [{ id?, name, aliases: string[], country: "VN"|"LA",
 *                              roles: [{ title, en?, from: year, to: year|null }] }] }
 */
import { z } from 'zod';
import { canonicalTones, foldKey, toneKey } from './normalize';
import { slug } from './ids';
import citiesJson from '../../../data/gazetteer/cities.json';
import peopleJson from '../../../data/gazetteer/people.json';

export type Country = 'VN' | 'LA';

const slugId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "ho-chi-minh-city" (letters a-z, digits, single hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const CityEntrySchema = z
	.object({
		id: slugId,
		name: z.object({ vi: nonEmpty, en: nonEmpty }).strict(),
		country: z.enum(['VN', 'LA']),
		kind: z.enum(['capital', 'city', 'province']),
		aliases: z.array(nonEmpty).default([]),
		/** Names that mean this place only after "thành phố", "TP", "tỉnh" or "thủ đô" ("Hồ Chí Minh" alone is the president). */
		afterDesignator: z.array(nonEmpty).optional(),
		/** Cut-short forms seen in print ("Thủ đô Viêng"); accepted only where no capitalised word follows. */
		clipped: z.array(nonEmpty).optional(),
		/** Longer names that contain one of this place's names but are something else ("Thái Bình Dương"). */
		notPartOf: z.array(nonEmpty).optional()
	})
	.strict();

export const CitiesFileSchema = z.object({ about: z.string().optional(), cities: z.array(CityEntrySchema) }).strict();

export const PersonRoleSchema = z
	.object({
		title: nonEmpty,
		en: z.string().optional(),
		from: z.number().int().min(1800).max(2200).nullable().optional(),
		to: z.number().int().min(1800).max(2200).nullable().optional()
	})
	.strict();

export const PersonEntrySchema = z
	.object({
		id: slugId.optional(),
		name: nonEmpty,
		aliases: z.array(nonEmpty).default([]),
		country: z.enum(['VN', 'LA']),
		roles: z.array(PersonRoleSchema).default([])
	})
	.strict();

export const PeopleFileSchema = z.object({ about: z.string().optional(), people: z.array(PersonEntrySchema) }).strict();

export type CityEntry = z.infer<typeof CityEntrySchema>;
export type PersonRole = z.infer<typeof PersonRoleSchema>;
export type PersonEntry = z.infer<typeof PersonEntrySchema> & { id: string };

export interface Gazetteer {
	cities: CityEntry[];
	people: PersonEntry[];
	cityById: Map<string, CityEntry>;
	personById: Map<string, PersonEntry>;
}

/** Thrown when a gazetteer file does not have the documented shape; the message names file, entry and field. */
export class GazetteerError extends Error {}

function describeIssues(where: string, listKey: string, data: unknown, issues: z.core.$ZodIssue[]): string {
	const list = (data as Record<string, unknown> | null)?.[listKey];
	const lines = issues.slice(0, 12).map((issue) => {
		const path = issue.path;
		if (path[0] === listKey && typeof path[1] === 'number') {
			const entry = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
			const label = entry && typeof entry === 'object' ? (entry.id ?? entry.name ?? null) : null;
			const named = label == null ? '' : ` (${JSON.stringify(typeof label === 'object' ? (label as { en?: unknown }).en ?? label : label)})`;
			const field = path.slice(2).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
			return `  - ${listKey}[${path[1]}]${named}${field ? ` field "${field}"` : ''}: ${issue.message}`;
		}
		return `  - ${path.length ? path.join('.') : '(top level)'}: ${issue.message}`;
	});
	const more = issues.length > 12 ? `\n  … and ${issues.length - 12} more` : '';
	return `${where} is not a valid gazetteer file:\n${lines.join('\n')}${more}\nFix the entries named above; the expected shape is described in the file's "about" and in src/lib/pipeline/gazetteer.ts.`;
}

/** Validates cities.json content; throws a GazetteerError naming each broken entry. */
export function parseCities(data: unknown, where = 'data/gazetteer/cities.json'): CityEntry[] {
	const r = CitiesFileSchema.safeParse(data);
	if (!r.success) throw new GazetteerError(describeIssues(where, 'cities', data, r.error.issues));
	const problems: string[] = [];
	const ids = new Map<string, number>();
	// Two places answering to the same spelling would make matching depend on file order: refuse it.
	const owner = new Map<string, string>();
	r.data.cities.forEach((c, i) => {
		if (ids.has(c.id)) problems.push(`  - cities[${i}] ("${c.id}"): id already used by cities[${ids.get(c.id)}]`);
		ids.set(c.id, i);
		for (const n of [c.name.vi, c.name.en, ...c.aliases, ...(c.afterDesignator ?? []), ...(c.clipped ?? [])]) {
			// Both the exact key and the folded, joined one ("Pak Se" = "Pakse"), as the matcher uses both.
			const keys = [toneKey(n.replace(/[^\p{L}\p{N}]+/gu, ' ')), `fold:${foldKey(n).replace(/ /g, '')}`];
			const prev = keys.map((k) => owner.get(k)).find((o) => o && o !== c.id);
			if (prev) problems.push(`  - cities[${i}] ("${c.id}"): the name "${n}" is also a name of "${prev}"`);
			else for (const k of keys) owner.set(k, c.id);
		}
	});
	if (problems.length) throw new GazetteerError(`${where} is not a valid gazetteer file:\n${problems.join('\n')}\nGive each place its own id and spellings.`);
	return r.data.cities;
}

/** Validates people.json content; fills in ids (slug of the name); throws a GazetteerError naming each broken entry. */
export function parsePeople(data: unknown, where = 'data/gazetteer/people.json'): PersonEntry[] {
	const r = PeopleFileSchema.safeParse(data);
	if (!r.success) throw new GazetteerError(describeIssues(where, 'people', data, r.error.issues));
	const problems: string[] = [];
	const ids = new Map<string, number>();
	const people = r.data.people.map((p, i) => {
		const id = p.id ?? slug(p.name);
		if (!id) problems.push(`  - people[${i}] ("${p.name}"): the name gives an empty id; add an "id"`);
		if (ids.has(id)) problems.push(`  - people[${i}] ("${p.name}"): id "${id}" already used by people[${ids.get(id)}]; add a distinct "id"`);
		ids.set(id, i);
		p.roles.forEach((role, j) => {
			if (role.from != null && role.to != null && role.to < role.from)
				problems.push(`  - people[${i}] ("${p.name}") field "roles[${j}]": "to" (${role.to}) is before "from" (${role.from})`);
		});
		return { ...p, id };
	});
	if (problems.length) throw new GazetteerError(`${where} is not a valid gazetteer file:\n${problems.join('\n')}`);
	return people;
}

/** Builds a gazetteer from the parsed JSON of the two files (validated; throws GazetteerError). */
export function makeGazetteer(
	cities: unknown,
	people: unknown,
	where: { cities?: string; people?: string } = {}
): Gazetteer {
	const c = parseCities(cities, where.cities);
	const p = parsePeople(people, where.people);
	return { cities: c, people: p, cityById: new Map(c.map((x) => [x.id, x])), personById: new Map(p.map((x) => [x.id, x])) };
}

/** The gazetteer shipped in data/gazetteer/. */
export const defaultGazetteer: Gazetteer = makeGazetteer(citiesJson, peopleJson);

/* ------------------------------------------------------------------------------------------------
 * Shared text machinery. Both recognisers work on word tokens (runs of letters and digits) with
 * the exact text between them kept, so that offsets stay exact and punctuation can be checked.
 * ---------------------------------------------------------------------------------------------- */

export interface Token {
	start: number;
	end: number;
	text: string;
	/** wordKey / wordFold / capitalisation of `text`, for a token without a word form (else read from the form). */
	k?: string;
	f?: string;
	c?: boolean;
	/** The word form shared by every token spelt the same way. */
	form?: WordForm;
}

/**
 * A distinct spelling of a word with what the recognisers ask of it, worked out once per spelling
 * rather than once per token: news reuses a small vocabulary, so most tokens find their form made.
 */
export interface WordForm {
	readonly key: string;
	readonly fold: string;
	readonly cap: boolean;
	/** Slots the recognisers fill on first use with their own lookups of this word (see people.ts, places.ts). */
	lex?: unknown;
	places?: unknown;
	/** What `places` was worked out for, and whether a place name may start with this word: read for every token,
	 * so kept on the form itself (one object to load per token, not two more). */
	placesFor?: unknown;
	placesMay?: boolean;
	/** The word's number in the people lexicon's WordTrie (-1: no lexicon phrase holds it) and the trie's node
	 * after it from the root (-1: no phrase starts with it); -2 until people.ts first asks. Numbers, so that a
	 * step down the trie is a probe of typed arrays rather than a Map lookup by the key string. */
	lexWord?: number;
	lexFirst?: number;
	/** The numbers of the word's key and fold in the name trie of `peopleFor` (people.ts: the gazetteer's people). */
	peopleFor?: unknown;
	peopleKey?: number;
	peopleFold?: number;
	/** Which of places.ts's word lists hold the word's key, as bits (-1 until asked). */
	placeFlags?: number;
}

/** Is this UTF-16 code unit part of a word? Letters of any script, combining marks and digits. */
function isWordUnit(c: number): boolean {
	if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
	if (c === 0xd7 || c === 0xf7) return false;
	if (c < 0x2000) return true;
	if (c < 0x2c00) return false; // punctuation, symbols, arrows, dingbats
	if (c >= 0x3000 && c <= 0x303f) return false;
	if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols
	if (c >= 0xfe00 && c <= 0xfe0f) return false;
	if (c >= 0xff00 && c <= 0xff0f) return false;
	return c !== 0xfeff;
}

// The last long text tokenized and its tokens: the pipeline reads one body for places, then for
// people, and tokens are only ever read (their cached keys fill in the same way whoever asks).
let lastText = '';
let lastTokens: Token[] = [];
const MEMO_MIN_LENGTH = 200;

/**
 * Word tokens of a text (runs of letters, marks and digits), with their offsets and lower-case keys.
 * The array is shared with other callers asking for the same text: do not modify it.
 */
export function tokenize(text: string): Token[] {
	if (text.length >= MEMO_MIN_LENGTH && text === lastText) return lastTokens;
	const out = tokenizeText(text);
	if (text.length >= MEMO_MIN_LENGTH) {
		lastText = text;
		lastTokens = out;
	}
	return out;
}

/**
 * As tokenize, but the tokens are not kept for the next caller: for one who reads them all in one call
 * (findPlacesAndPeople), so that they die young — kept until the next long text, a body's thousand
 * tokens outlived a scavenge or two, which copied them each time.
 */
export function tokenizeUnkept(text: string): Token[] {
	return text.length >= MEMO_MIN_LENGTH && text === lastText ? lastTokens : tokenizeText(text);
}

// isWordUnit for every UTF-16 code unit, looked up once per character while tokenizing.
const WORD_UNIT: Uint8Array = (() => {
	const t = new Uint8Array(0x10000);
	for (let c = 0; c < 0x10000; c++) t[c] = isWordUnit(c) ? 1 : 0;
	return t;
})();

// Word forms by spelling, in a hash table of our own: its hash is made while the tokenizer reads
// the word's characters, and a word already known is compared in place, so a token costs neither a
// new string nor a second pass over its letters (a Map<string, …> did both, and was the tokenizer's
// largest cost). Bounded: a corpus of many outlets and languages must not grow it without end.
interface StoredForm extends WordForm {
	readonly text: string;
	readonly hash: number;
}
// The table starts small and doubles as the vocabulary grows: a text touches a slot per word, and a
// table far larger than its vocabulary spreads those touches over memory the rest of the pipeline evicts.
const MAX_FORM_SLOTS = 1 << 17;
const FORMS_LIMIT = MAX_FORM_SLOTS >> 1;
let formSlots = 1 << 12;
// Two numbers per slot: the form's number (-1: free) and its hash, so that a probe reads one place.
let formSlot = new Int32Array(2 * formSlots).fill(-1);
let forms: StoredForm[] = [];
// Each form's hash, length and the start of its letters in formChars (three numbers per form, side by
// side), and the letters again: a lookup compares the word in the text with these (a typed-array read
// per letter) rather than with the form's string (a second charCodeAt per letter, and a load of the
// form object for every slot probed).
let formMeta: Int32Array = new Int32Array(3 << 10);
let formChars = new Uint16Array(1 << 14);
let formCharsUsed = 0;

function newForm(w: string, hash: number): StoredForm {
	return { text: w, hash, key: wordKey(w), fold: wordFold(w), cap: isCapitalised(w), lex: undefined, places: undefined, placesFor: undefined, placesMay: false, lexWord: -2, lexFirst: -2, peopleFor: undefined, peopleKey: -1, peopleFold: -1, placeFlags: -1 };
}

/** Puts form number `at` in the first free slot from its hash. */
function place(at: number): void {
	const hash = formMeta[3 * at];
	let slot = hash & (formSlots - 1);
	while (formSlot[2 * slot] >= 0) slot = (slot + 1) & (formSlots - 1);
	formSlot[2 * slot] = at;
	formSlot[2 * slot + 1] = hash;
}

// The letters of the word being read, copied while the tokenizer hashes them: a known word is then
// compared typed array with typed array (a charCodeAt of the text, sliced from its page, costs more).
// As long as the longest text read (up to WORD_BUF_KEPT units), so that a word always fits.
let wordBuf: Uint16Array = new Uint16Array(1 << 13);
const WORD_BUF_KEPT = 1 << 16;

/** The form of text[s, e), whose hash is `hash` and whose letters are in `buf` from 0 (see tokenizeText). */
function formAt(text: string, s: number, e: number, hash: number, buf: Uint16Array): StoredForm {
	const len = e - s;
	const mask = formSlots - 1;
	for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
		const at = formSlot[2 * slot];
		if (at < 0) break;
		if (formSlot[2 * slot + 1] !== hash || formMeta[3 * at + 1] !== len) continue;
		const p = formMeta[3 * at + 2];
		let j = 0;
		while (j < len && buf[j] === formChars[p + j]) j++;
		if (j === len) return forms[at];
	}
	return addForm(text, s, e, hash);
}

/** A new form for text[s, e) (apart from formAt's lookup, which stays small enough to be inlined). */
function addForm(text: string, s: number, e: number, hash: number): StoredForm {
	if (forms.length >= FORMS_LIMIT) {
		formSlots = 1 << 12;
		formSlot = new Int32Array(2 * formSlots).fill(-1);
		forms = [];
		formCharsUsed = 0;
	} else if ((forms.length + 1) * 2 > formSlots) {
		formSlots *= 2;
		formSlot = new Int32Array(2 * formSlots).fill(-1);
		for (let at = 0; at < forms.length; at++) place(at);
	}
	const at = forms.length;
	const len = e - s;
	if (3 * at + 3 > formMeta.length) formMeta = grown(formMeta, 2 * formMeta.length);
	if (formCharsUsed + len > formChars.length) {
		const chars = new Uint16Array(Math.max(2 * formChars.length, formCharsUsed + len));
		chars.set(formChars.subarray(0, formCharsUsed));
		formChars = chars;
	}
	for (let j = 0; j < len; j++) formChars[formCharsUsed + j] = text.charCodeAt(s + j);
	formMeta[3 * at] = hash;
	formMeta[3 * at + 1] = len;
	formMeta[3 * at + 2] = formCharsUsed;
	formCharsUsed += len;
	forms.push(newForm(text.slice(s, e), hash));
	place(at);
	return forms[at];
}

/** A buffer of at least `n` units (twice the old one's at least, so a growing text size costs few copies); its contents are not kept. */
function grownTo(a: Uint16Array, n: number): Uint16Array {
	return new Uint16Array(Math.max(n, 2 * a.length));
}

function grown(a: Int32Array, size: number): Int32Array {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}

const isUpperAscii = (c: number) => c >= 0x41 && c <= 0x5a;
/** Does a capital letter start a word at text[i]? (The Vietnamese capitals are outside ASCII.) */
function isCapitalStart(text: string, i: number): boolean {
	const ch = text[i];
	return WORD_UNIT[text.charCodeAt(i)] === 1 && ch !== ch.toLowerCase();
}

function tokenizeText(text: string): Token[] {
	const out: Token[] = [];
	const n = text.length;
	// No word is longer than its text: with a buffer that long, the loops below need not test its room at
	// every character. (A text far longer than a page's gets a buffer of its own, not kept for the next.)
	const buf: Uint16Array = wordBuf.length >= n ? wordBuf : n <= WORD_BUF_KEPT ? (wordBuf = grownTo(wordBuf, n)) : new Uint16Array(n);
	let i = 0;
	while (i < n) {
		let c = text.charCodeAt(i);
		if (WORD_UNIT[c] === 0) {
			i++;
			continue;
		}
		const s = i;
		let hash = 0;
		// Never reads past the end: charCodeAt(n) is NaN, and a NaN once seen makes the optimised loop
		// carry `c` as a double (every table read then converts it back).
		for (;;) {
			hash = (Math.imul(hash, 31) + c) | 0;
			buf[i - s] = c;
			if (++i >= n) break;
			c = text.charCodeAt(i);
			if (WORD_UNIT[c] === 0) break;
		}
		// One capital and an apostrophe open a name word: Ê Đê women's "H'Yim", Cơ Ho "K'Lơi", "O'Brien".
		if (i === s + 1 && i + 2 < n && isUpperAscii(text.charCodeAt(s)) && (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019) && isCapitalStart(text, i + 1)) {
			for (; i < n && (WORD_UNIT[text.charCodeAt(i)] === 1 || i === s + 1); i++) {
				c = text.charCodeAt(i);
				hash = (Math.imul(hash, 31) + c) | 0;
				buf[i - s] = c;
			}
		}
		const form = formAt(text, s, i, hash, buf);
		// Four fields: the keys are read through the form (a smaller token costs less to make).
		out.push({ start: s, end: i, text: form.text, form });
		// Both loops above stop at the end or at a character outside words: step over it.
		i++;
	}
	return out;
}

export const tokKey = (t: Token): string => (t.form ? t.form.key : (t.k ??= wordKey(t.text)));
export const tokFold = (t: Token): string => (t.form ? t.form.fold : (t.f ??= wordFold(t.text)));
export const tokCap = (t: Token): boolean => (t.form ? t.form.cap : (t.c ??= isCapitalised(t.text)));

// Keys are computed per distinct word and cached: articles reuse a small vocabulary, and
// canonicalTones (NFD, regex, NFC) is the costliest step of matching.
const KEY_CACHE_LIMIT = 50_000;
const toneCache = new Map<string, string>();
const foldCache = new Map<string, string>();
// ò ó ỏ õ ọ ù ú ủ ũ ụ in either case, by code (a regex on a one-letter string per word cost more).
const OLD_TONE_HINT: ReadonlySet<number> = new Set([...'òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ'].map((c) => c.charCodeAt(0)));

/** Lower case with tone marks in canonical place: "Uỷ" → "ủy". For single words. */
function needsToneFix(w: string): boolean {
	// Only "òa", "òe", "ùy" endings (the older tone placement) need more than lower-casing.
	const last = w.charCodeAt(w.length - 1) | 0x20;
	return (last === 97 || last === 101 || last === 121) && w.length >= 2 && OLD_TONE_HINT.has(w.charCodeAt(w.length - 2));
}

export function wordKey(w: string): string {
	if (!needsToneFix(w)) return w.toLowerCase();
	let k = toneCache.get(w);
	if (k === undefined) {
		k = canonicalTones(w).toLowerCase();
		if (toneCache.size > KEY_CACHE_LIMIT) toneCache.clear();
		toneCache.set(w, k);
	}
	return k;
}

// Precomposed Latin letters folded to their ASCII base ("ễ" → "e", "Đ" → "d"), built once.
const FOLD_TABLE: Map<number, string> = (() => {
	const m = new Map<number, string>();
	for (let c = 0xc0; c <= 0x24f; c++) add(c);
	for (let c = 0x1e00; c <= 0x1eff; c++) add(c);
	function add(c: number) {
		const ch = String.fromCharCode(c);
		const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
		if (/^[a-z]$/.test(base)) m.set(c, base);
	}
	m.set(0x110, 'd');
	m.set(0x111, 'd');
	return m;
})();

/** Lower case ASCII fold: "Đinh" → "dinh". For single words. */
export function wordFold(w: string): string {
	// A leading run of small ASCII letters and digits folds to itself: taken in one slice, and a
	// word made only of them (most English words, most Lao romanisations) is its own fold.
	let i = 0;
	for (; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c >= 0x80 || (c >= 65 && c <= 90)) break;
	}
	if (i === w.length) return w;
	let out = w.slice(0, i);
	for (; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : w[i];
		else if (c >= 0x300 && c <= 0x36f) continue;
		else {
			const f = FOLD_TABLE.get(c);
			if (f === undefined) return slowFold(w);
			out += f;
		}
	}
	return out;
}

function slowFold(w: string): string {
	let k = foldCache.get(w);
	if (k === undefined) {
		k = foldKey(w).replace(/ /g, '');
		if (foldCache.size > KEY_CACHE_LIMIT) foldCache.clear();
		foldCache.set(w, k);
	}
	return k;
}

export const isCapitalised = (w: string): boolean => {
	const c = w.charCodeAt(0);
	if (c < 0x80) return c >= 65 && c <= 90;
	// Vietnamese letters without allocating: Latin Extended Additional pairs upper/lower as even/odd.
	if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0;
	if (c === 0x110 || c === 0x102 || c === 0x128 || c === 0x168 || c === 0x1a0 || c === 0x1af) return true;
	if (c === 0x111 || c === 0x103 || c === 0x129 || c === 0x169 || c === 0x1a1 || c === 0x1b0) return false;
	if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
	if (c >= 0xdf && c <= 0xff) return false;
	const ch = w[0];
	return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
export const isAllCaps = (w: string): boolean => {
	if (w.length < 2) return false;
	// A small a–z is never its own capital: most words answer here, without upper-casing the word.
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
	}
	if (w !== w.toUpperCase()) return false;
	let upper = 0;
	for (const ch of w) if (ch !== ch.toLowerCase() && ++upper >= 2) return true;
	return false;
};
export const isAscii = (w: string): boolean => {
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
	}
	return w.length > 0;
};

/** Splits a phrase the way `tokenize` splits text, and keys each word. */
export function phraseKeys(phrase: string, key: (w: string) => string = wordKey): string[] {
	return tokenize(phrase.normalize('NFC')).map((t) => key(t.text));
}

/**
 * A table of phrases keyed by word sequences, with every prefix kept so that a scan can stop
 * as soon as no phrase can continue. Longest match wins.
 */
export class PhraseTable<V> {
	private readonly full = new Map<string, V>();
	private readonly prefixes = new Set<string>();
	/**
	 * The same phrases as a tree of words: a scan steps from word to word with keys the tokens
	 * already hold, instead of building and hashing "w1 w2 w3" strings at every step.
	 */
	readonly root: PhraseNode<V> = { next: new Map(), value: undefined, has: false };
	/** No phrase key is empty or holds a space: then the tree and the joined strings agree exactly. */
	private simple = true;
	maxWords = 0;

	add(keys: string[], value: V, overwrite = false): void {
		if (!keys.length) return;
		const k = keys.join(' ');
		if (overwrite || !this.full.has(k)) this.full.set(k, value);
		for (let i = 1; i <= keys.length; i++) this.prefixes.add(keys.slice(0, i).join(' '));
		this.maxWords = Math.max(this.maxWords, keys.length);
		if (keys.some((w) => !w || w.includes(' '))) this.simple = false;
		let node = this.root;
		for (const w of keys) {
			let child = node.next.get(w);
			if (!child) node.next.set(w, (child = { next: new Map(), value: undefined, has: false }));
			node = child;
		}
		if (overwrite || !node.has) {
			node.value = value;
			node.has = true;
		}
	}

	get(key: string): V | undefined {
		return this.full.get(key);
	}

	hasPrefix(key: string): boolean {
		return this.prefixes.has(key);
	}

	/**
	 * Longest phrase starting at token i; `joinable(j)` says whether token j may follow token j-1
	 * inside a phrase (e.g. not across a comma). Returns the number of tokens and the value.
	 */
	longest(tokens: Token[], i: number, key: (t: Token) => string, joinable: (j: number) => boolean): { n: number; value: V } | null {
		if (!this.simple) return this.longestByStrings(tokens, i, key, joinable);
		let node: PhraseNode<V> | undefined = this.root;
		let best: { n: number; value: V } | null = null;
		for (let j = i; j < tokens.length && j - i < this.maxWords; j++) {
			if (j > i && !joinable(j)) break;
			node = phraseStep(node, key(tokens[j]));
			if (!node) break;
			if (node.value !== undefined) best = { n: j - i + 1, value: node.value };
		}
		return best;
	}

	/** The tree, when it can stand for the joined strings (see `simple`); else null and callers use get/hasPrefix. */
	tree(): PhraseNode<V> | null {
		return this.simple ? this.root : null;
	}

	private longestByStrings(tokens: Token[], i: number, key: (t: Token) => string, joinable: (j: number) => boolean): { n: number; value: V } | null {
		let acc = '';
		let best: { n: number; value: V } | null = null;
		for (let j = i; j < tokens.length && j - i < this.maxWords; j++) {
			if (j > i && !joinable(j)) break;
			acc = j === i ? key(tokens[j]) : `${acc} ${key(tokens[j])}`;
			if (!this.prefixes.has(acc)) break;
			const v = this.full.get(acc);
			if (v !== undefined) best = { n: j - i + 1, value: v };
		}
		return best;
	}
}

/** A word of the phrase tree: the words that may follow, and the value of the phrase ending here. */
export interface PhraseNode<V> {
	next: Map<string, PhraseNode<V>>;
	value: V | undefined;
	has: boolean;
}

/**
 * The node after `node` for a token key, as the joined-string table finds "prefix key" (with
 * simple phrase keys). A key holding a space (never from tokenize) is walked word by word.
 */
export function phraseStep<V>(node: PhraseNode<V>, key: string): PhraseNode<V> | undefined {
	const hit = node.next.get(key);
	if (hit || key.indexOf(' ') < 0) return hit;
	let n: PhraseNode<V> | undefined = node;
	for (const w of key.split(' ')) if (!(n = n.next.get(w))) return undefined;
	return n;
}

/**
 * A PhraseTable's tree with its words and nodes numbered: a scan keeps a word's number on its form
 * (worked out once per spelling) and steps from node to node by a probe of typed arrays, not a Map
 * lookup hashing and comparing the key string at every word. Node 0 is the root; -1 is no node.
 */
export class WordTrie<V> {
	/** The number of each word the tree holds. */
	private readonly words = new Map<string, number>();
	/** The value of the phrase ending at each node (undefined: none). */
	readonly values: (V | undefined)[] = [];
	readonly maxWords: number;
	// Edges in an open-addressing table: from node, word, to node (edgeFrom -1: free).
	private readonly edgeFrom: Int32Array;
	private readonly edgeWord: Int32Array;
	private readonly edgeTo: Int32Array;
	private readonly mask: number;

	constructor(root: PhraseNode<V>, maxWords: number) {
		this.maxWords = maxWords;
		const edges: [number, number, number][] = [];
		const visit = (node: PhraseNode<V>, id: number) => {
			this.values[id] = node.value;
			for (const [key, child] of node.next) {
				let w = this.words.get(key);
				if (w === undefined) this.words.set(key, (w = this.words.size));
				const to = this.values.length;
				this.values.push(undefined);
				edges.push([id, w, to]);
				visit(child, to);
			}
		};
		this.values.push(undefined);
		visit(root, 0);
		let size = 64;
		while (size < 2 * edges.length) size *= 2;
		this.mask = size - 1;
		this.edgeFrom = new Int32Array(size).fill(-1);
		this.edgeWord = new Int32Array(size);
		this.edgeTo = new Int32Array(size);
		for (const [from, w, to] of edges) {
			let slot = edgeSlot(from, w) & this.mask;
			while (this.edgeFrom[slot] >= 0) slot = (slot + 1) & this.mask;
			this.edgeFrom[slot] = from;
			this.edgeWord[slot] = w;
			this.edgeTo[slot] = to;
		}
	}

	/** The number of a word key (as tokKey gives), or -1 when no phrase holds it. */
	word(key: string): number {
		return this.words.get(key) ?? -1;
	}

	/** The node after `node` by word number `w` (w ≥ 0), or -1. */
	step(node: number, w: number): number {
		const mask = this.mask;
		for (let slot = edgeSlot(node, w) & mask; ; slot = (slot + 1) & mask) {
			const from = this.edgeFrom[slot];
			if (from === node && this.edgeWord[slot] === w) return this.edgeTo[slot];
			if (from < 0) return -1;
		}
	}
}

function edgeSlot(node: number, w: number): number {
	const h = Math.imul(node, 0x9e3779b1) + w;
	return h ^ (h >>> 16);
}

// editDistance's two rows, kept between calls: the registry compares Lao names pairwise for every
// build, and a pair of new arrays per row (Array.from with a callback) cost more than the comparing.
const editRowA: number[] = [];
const editRowB: number[] = [];

/** Edit distance (Levenshtein), small strings only. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const m = b.length;
	let prev = editRowA, cur = editRowB;
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const ca = a.charCodeAt(i - 1);
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= m; j++) {
			const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > limit) return limit + 1;
		const done = prev;
		prev = cur;
		cur = done;
	}
	return prev[m];
}

/**
 * Vietnamese family names (a fact of the language, not a list of people): lower case, canonical
 * tone marks. Names of the Kinh majority and the commonest of the minorities.
 */
export const VN_SURNAMES: ReadonlySet<string> = new Set(
	(
		'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh lâm mai tô hà đào cao lương ' +
		'đoàn vương trương lưu chu tạ thái kiều khổng la lại quách tôn triệu hứa từ tăng thân tống nông lò lục mạc mẫn ' +
		'nghiêm phùng quan âu giang hầu khúc kim lạc lã lữ phí tiêu trác vi đàm diệp doãn hàn khương khuất lều nhữ ninh ' +
		'sầm thạch thiều tòng trình ứng vy bạch biện cù cấn châu chử đậu đới giáp hạ hoa kha quản tiết vòng thều điêu ' +
		'lãnh lù mùa sùng thào giàng vàng ' +
		// Tày, Nùng and Thái family names of the northern provinces ("Ma Văn …", "Cầm Văn …", "Lường Thị …", "Bế Xuân …")
		'ma cầm lường quàng bế'
	)
		.split(/\s+/)
		.map(wordKey)
);

/**
 * Clan names of the Central Highlands peoples (Jrai, Ê Đê, Bahnar, Xơ Đăng…), which open a name whose
 * other syllables Vietnamese spelling lacks ("Rơ Mah Hlin", "Ksor Phước Hà", "Siu Hương"). A fact of
 * the languages, like the list above; "Y" and "H'", the Ê Đê given-name markers, are too short to trust.
 * The Cơ Tu of the Quảng Nam and Thừa Thiên Huế hills write their clan names as one word before a Kinh-style middle
 * and given name ("Alăng Thị …", "Cơlâu Văn …", "Zơrâm …", "Briu …"; the tokens split "Bh'riu" at its apostrophe,
 * so only the joined spelling is read); the Ta Ôi and Pa Cô of A Lưới theirs as
 * one syllable ("Kăn", "Pả"). The Giẻ Triêng mostly take Kinh family names (Hồ, Đinh) or the "A"/"Y" markers,
 * which the lists above and the rule for "Y" already read.
 */
export const HIGHLAND_SURNAMES: ReadonlySet<string> = new Set(
	(
		'rơ ksor kso siu kpă rah puih rcom kpuih ' +
		// Cơ Tu
		'alăng arất bhling bling briu bhriu clâu cơlâu pơloong zơrâm ' +
		// Ta Ôi, Pa Cô
		'kăn pả'
	)
		.split(/\s+/)
		.map(wordKey)
);

/** The same names folded to ASCII, for English texts ("Dinh Tien Dung", "To Lam"). */
export const VN_SURNAMES_FOLD: ReadonlySet<string> = new Set([...VN_SURNAMES].map(wordFold));
