/**
 * Cities and provinces of Vietnam and Laos named in a text, with exact offsets.
 *
 * How the press writes them: with or without "Thủ đô", "thành phố", "TP", "tỉnh" before
 * ("Thủ đô Viêng Chăn", "TP.HCM", "tỉnh Chăm-pa-xắc") or "City", "Province" after; in Vietnamese,
 * in Vietnamese transcription of Lao ("Luông Pha Băng", "Sa-van-na-khét") and romanised ("Luang Prabang").
 * Matching ignores case, tone-mark placement, spaces, dots and hyphens; Vietnamese diacritics
 * are kept distinct ("Huế" is not "Huệ") except where the article writes a name without any;
 * for Lao names, whose transcriptions vary in every mark, diacritics are ignored.
 *
 * A place name is also read in other senses: inside a person's name ("Nguyễn Thái Bình"), as the
 * name of a newspaper or broadcaster ("Hà Nội mới", "Đài Hà Nội"), or as the city's own body
 * ("Thành ủy Hà Nội"). The first is skipped, the others are returned with `sense` saying which.
 */
import {
	defaultGazetteer,
	isAscii,
	isCapitalised,
	PhraseTable,
	tokCap,
	tokenize,
	tokFold,
	tokKey,
	wordFold,
	wordKey,
	type Country,
	type Gazetteer,
	type Token,
	WordTrie,
	VN_SURNAMES
} from './gazetteer';
import { matchesAfter } from './districts';

/** Word lists are written naturally; keys use canonical tone placement ("ủy" and "uỷ" are one word). */
function keySet(words: string[]): Set<string> {
	return new Set(words.map((w) => w.split(' ').map(wordKey).join(' ')));
}

export interface PlaceMention {
	/** UTF-16 offsets into the text given, end exclusive; the span includes a designator written before ("Thủ đô"). */
	start: number;
	end: number;
	/** The text of the span, as written. */
	surface: string;
	cityId: string;
	country: Country;
	/** The designator written with the name, as written ("Thủ đô", "TP.", "tỉnh", "City"), if any. */
	designator: string | null;
	/** 'place': the place itself; 'body': its Party committee, council or government; 'media': a newspaper or broadcaster named
	 * after it; 'clock': its time zone ("giờ Viêng Chăn", "Vientiane time"), which tells when, not where. */
	sense: 'place' | 'body' | 'media' | 'clock';
}

export interface CountryMention {
	start: number;
	end: number;
	surface: string;
	country: Country;
}

export interface FindPlacesOptions {
	/** Also return newspapers and broadcasters named after a place ("Hà Nội mới", "Đài Hà Nội"), and time zones ("giờ Hà
	 * Nội"). Default false. */
	includeMedia?: boolean;
}

type Mode = 'plain' | 'afterDesignator' | 'clipped';
// An English title right after a place's name: the place is the title's ("Kaysone Phomvihane Mayor", "Vientiane Vice Governor").
const TITLE_EN_AFTER_NAME = String.raw`^\s+(?:Vice\s+|Deputy\s+)?(?:Mayor|Governor|Chairman|Chairwoman|Party\s+Secretary|Party\s+Committee|People's\s+Committee)(?![\p{L}])`;
const TITLE_AFTER_EN = new RegExp(TITLE_EN_AFTER_NAME, 'u');
interface AliasInfo {
	cityId: string;
	country: Country;
	mode: Mode;
}

interface Compiled {
	/** Word sequences with diacritics kept (lower case, canonical tone placement). */
	tone: PhraseTable<AliasInfo>;
	/** Names folded to ASCII with all separators removed: "Sa-van-na-khét" = "Savannakhet". */
	concat: Map<string, AliasInfo>;
	concatPrefixes: Set<string>;
	/**
	 * The prefixes again, numbered, with the place each spells in full (if any), and the step from one to
	 * the next by a word's fold, learnt as words come: the walk then looks up the word's own string, whose
	 * hash the engine keeps, instead of hashing a new joined string at every word.
	 */
	concatIds: Map<string, number>;
	concatText: string[];
	concatInfo: (AliasInfo | undefined)[];
	concatSteps: PairTable;
	/** Each fold met as a word, numbered (steps are learnt by number); cleared with the steps, which makes
	 * `gen` change so that the numbers kept on word forms are worked out again. */
	foldNos: Map<string, number>;
	gen: number;
	/** The tone tree numbered (null when the tree cannot stand for the table: see PhraseTable.tree). */
	toneTrie: WordTrie<AliasInfo> | null;
	concatMaxWords: number;
	/** Per city, phrases that contain its name but are something else. */
	notPartOf: Map<string, string[][]>;
	/** First words of names that are written lower case ("tỉnh Viêng Chăn"), so a scan may start on them. */
	lowerStarts: Set<string>;
	/** 1 for each code unit that starts a word of lowerStarts. */
	lowerStartChars: Uint8Array;
}

// Words that name a kind of place rather than a place; they never need a capital letter.
const DESIGNATOR_WORDS = keySet(['thủ', 'đô', 'thành', 'phố', 'tp', 'tỉnh', 'city', 'province', 'capital', 'prefecture']);
// Designators written before a name, as word sequences.
const DESIGNATORS_BEFORE: string[][] = [['thủ', 'đô'], ['thành', 'phố'], ['tp'], ['tỉnh'], ['thủ', 'phủ']];
const DESIGNATORS_AFTER = new Set(['city', 'province', 'capital', 'prefecture']);
// Gaps allowed inside a multi-word name: spaces, a dot (TP.HCM), a hyphen or dash (Bà Rịa - Vũng Tàu).
function nameGap(text: string, a: number, b: number): boolean {
	if (b - a < 1 || b - a > 3) return false;
	for (let i = a; i < b; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 46 && c !== 45 && c !== 0x2010 && c !== 0x2013 && c !== 0x2014) return false;
	}
	return true;
}

// A place name right after these words is part of a person's name ("Nguyễn Thái Bình", "bà Hà Giang"), a
// rank's too: Lao given names are often places' ("Thiếu tướng Phon-xa-vẳn Xi-thạ-mạ", "Đại tá Xay-nha-bu-ly …").
const HONORIFIC_BEFORE = keySet(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'ngài', 'tướng', 'tá', 'mr', 'mrs', 'ms', 'general', 'colonel']);
// Capitalised middle names: "Nguyễn Văn Long An" is a person ("đô thị Hà Nội" is not: lower case).
const MIDDLE_BEFORE = keySet(['văn', 'thị', 'hữu', 'đình', 'đức']);

// The city's own bodies ("Thành ủy Hà Nội", "UBND thành phố Hà Nội", "Đảng bộ thành phố Hà Nội").
const BODY_LAST_WORD = keySet(['ủy', 'ubnd', 'hđnd', 'mttq']);
const BODY_LAST_TWO = keySet(['nhân dân', 'đảng bộ', 'công an', 'tổ quốc', 'đại biểu', 'chính quyền', 'lãnh đạo', 'cấp cao', 'quân sự', 'công tác']);
const BODY_AFTER_EN = keySet(['party', 'people', 'municipal', 'provincial', 'government', 'administration', 'authorities', 'delegation']);
// Newspapers and broadcasters named after a place.
const MEDIA_LAST_WORD = keySet(['báo', 'đài', 'nguồn', 'source']);
const MEDIA_LAST_TWO = keySet(['truyền hình', 'phát thanh', 'tạp chí', 'thông tấn', 'pt th', 'ptth', 'tin tức']);
const MEDIA_AFTER = keySet(['times', 'post', 'online', 'moi', 'tv']);
// A place's clock: "Sáng 13/3 (giờ Viêng Chăn)", "theo giờ Hà Nội", "9 a.m. Vientiane time", "Hanoi local time". The news gives the
// hour of the place it stands in or reports to; the place named is a time zone, not where anything happens.
const CLOCK_BEFORE = wordKey('giờ');
// ("Bây giờ Hà Nội …" is "now": no clock.)
const NOW_FIRST = wordKey('bây');
const CLOCK_AFTER_EN = wordKey('time');
const CLOCK_LOCAL_EN = wordKey('local');
// The last words of the two-word sets' phrases: "x k1" can be in a set only when k1 is one of them
// (token keys hold no space), so the joined string is built only then.
const lastWords = (set: Set<string>) => new Set([...set].filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1)));
const MEDIA_TWO_LAST = lastWords(MEDIA_LAST_TWO);
const BODY_TWO_LAST = lastWords(BODY_LAST_TWO);

// Which of the word lists above hold a word, as bits worked out once per spelling and kept on its form
// (placeFlags): the tests around every place found are then bit tests, not Set lookups by the key string.
const enum W {
	Designator = 1,
	DesignatorAfter = 2,
	/** The last word of one of DESIGNATORS_BEFORE. */
	DesignatorBeforeEnd = 4,
	Honorific = 8,
	Middle = 16,
	Surname = 32,
	MediaLast = 64,
	MediaTwoLast = 128,
	BodyLast = 256,
	BodyTwoLast = 512,
	MediaAfter = 1024,
	BodyAfterEn = 2048
}
const DESIGNATOR_BEFORE_ENDS = new Set(DESIGNATORS_BEFORE.map((d) => d[d.length - 1]));
function wordFlagsOf(k: string): number {
	return (
		(DESIGNATOR_WORDS.has(k) ? W.Designator : 0) |
		(DESIGNATORS_AFTER.has(k) ? W.DesignatorAfter : 0) |
		(DESIGNATOR_BEFORE_ENDS.has(k) ? W.DesignatorBeforeEnd : 0) |
		(HONORIFIC_BEFORE.has(k) ? W.Honorific : 0) |
		(MIDDLE_BEFORE.has(k) ? W.Middle : 0) |
		(VN_SURNAMES.has(k) ? W.Surname : 0) |
		(MEDIA_LAST_WORD.has(k) ? W.MediaLast : 0) |
		(MEDIA_TWO_LAST.has(k) ? W.MediaTwoLast : 0) |
		(BODY_LAST_WORD.has(k) ? W.BodyLast : 0) |
		(BODY_TWO_LAST.has(k) ? W.BodyTwoLast : 0) |
		(MEDIA_AFTER.has(k) ? W.MediaAfter : 0) |
		(BODY_AFTER_EN.has(k) ? W.BodyAfterEn : 0)
	);
}
/** The lists holding token t's key (W bits). */
function wordFlags(t: Token): number {
	const form = t.form;
	if (!form) return wordFlagsOf(tokKey(t));
	let f = form.placeFlags;
	if (f === undefined || f < 0) form.placeFlags = f = wordFlagsOf(form.key);
	return f;
}

const compiledCache = new WeakMap<Gazetteer, Compiled>();

/** A Lao name's joined spelling with each of its 's' and 'x' read as the other, every way (at most 5 of them): "xaysombun" gives
 * "xayxombun", "saysombun", … (not the spelling itself). */
function sxVariants(k: string): string[] {
	const at: number[] = [];
	for (let i = 0; i < k.length; i++) if (k[i] === 's' || k[i] === 'x') at.push(i);
	if (!at.length || at.length > 5) return [];
	const out: string[] = [];
	for (let mask = 1; mask < 1 << at.length; mask++) {
		const cs = k.split('');
		at.forEach((i, b) => {
			if (mask & (1 << b)) cs[i] = cs[i] === 's' ? 'x' : 's';
		});
		out.push(cs.join(''));
	}
	return out;
}

// ư and ơ, either case: the two unrounded vowels of Lao that Vietnamese transcription writes either way.
const UO_SWAP: Readonly<Record<string, string>> = { ư: 'ơ', ơ: 'ư', Ư: 'Ơ', Ơ: 'Ư' };
const UO = /[ươƯƠ]/g;

/** A Lao name with each of its 'ư' and 'ơ' read as the other, every way (at most 3 of them): Attapeu is "Át-tạ-pư" and
 * "A-tô-pơ", Xam Neua "Sầm Nưa" and "Sầm Nơ" — the folded key keeps them apart ('u', 'o'), so the variants are spelt out
 * before folding (not the spelling itself). */
function uoVariants(n: string): string[] {
	const at: number[] = [];
	for (const m of n.matchAll(UO)) at.push(m.index);
	if (!at.length || at.length > 3) return [];
	const out: string[] = [];
	for (let mask = 1; mask < 1 << at.length; mask++) {
		const cs = n.split('');
		at.forEach((i, b) => {
			if (mask & (1 << b)) cs[i] = UO_SWAP[cs[i]];
		});
		out.push(cs.join(''));
	}
	return out;
}

function compile(g: Gazetteer): Compiled {
	const tone = new PhraseTable<AliasInfo>();
	const concat = new Map<string, AliasInfo>();
	const concatPrefixes = new Set<string>();
	const notPartOf = new Map<string, string[][]>();
	const lowerStarts = new Set<string>();
	let concatMaxWords = 0;
	const words = (s: string) => tokenize(s.normalize('NFC'));
	for (const c of g.cities) {
		const info = (mode: Mode): AliasInfo => ({ cityId: c.id, country: c.country, mode });
		const add = (name: string, mode: Mode) => {
			const ws = words(name);
			if (!ws.length) return;
			tone.add(ws.map((w) => wordKey(w.text)), info(mode));
			const firstKey = wordKey(ws[0].text);
			if (!isCapitalised(ws[0].text) || DESIGNATOR_WORDS.has(firstKey)) lowerStarts.add(firstKey);
			const k = ws.map((w) => wordFold(w.text)).join('');
			if (!concat.has(k)) concat.set(k, info(mode));
			for (let i = 1; i <= k.length; i++) concatPrefixes.add(k.slice(0, i));
			// Joined spellings ("Savannakhet") may be written in several words: allow for a few.
			concatMaxWords = Math.max(concatMaxWords, ws.length + 3);
		};
		for (const n of [c.name.vi, c.name.en, ...c.aliases]) add(n, 'plain');
		for (const n of c.afterDesignator ?? []) add(n, 'afterDesignator');
		for (const n of c.clipped ?? []) add(n, 'clipped');
		if (c.notPartOf?.length) notPartOf.set(c.id, c.notPartOf.map((p) => words(p).map((w) => wordKey(w.text))));
	}
	// A Lao name's 'y' and 'i' are one sound that outlets write either way ("Xay-nha-bu-li" for "Xay Nha Bu Ly", "Xai" for
	// "Xay"): the joined spellings of Lao places with 'y' written 'i' (all, or the last) and a last 'i' written 'y', where
	// no place is so spelt already (added after all true spellings, so none shadows one).
	// So are a Lao 's' and 'x', which Vietnamese transcription writes either way ("Xổm-phết" beside "Sổm-phết"): "Xay-xổm-bun" is
	// "Xay Sổm Bun", each 's' or 'x' of the name read as the other (sxVariants); and its 'ư' and 'ơ', one vowel written
	// either way ("A-tô-pơ" beside "A-tô-pư": uoVariants).
	for (const c of g.cities) {
		if (c.country !== 'LA') continue;
		const names = [c.name.vi, c.name.en, ...c.aliases];
		for (const n of names) {
			for (const u of uoVariants(n.normalize('NFC'))) {
				const v = words(u).map((w) => wordFold(w.text)).join('');
				if (concat.has(v)) continue;
				concat.set(v, { cityId: c.id, country: c.country, mode: 'plain' });
				for (let i = 1; i <= v.length; i++) concatPrefixes.add(v.slice(0, i));
			}
		}
		for (const n of names) {
			const k = words(n).map((w) => wordFold(w.text)).join('');
			for (const v of [k.replace(/y/g, 'i'), k.replace(/y$/, 'i'), k.replace(/i$/, 'y'), ...sxVariants(k)]) {
				if (v === k || concat.has(v)) continue;
				concat.set(v, { cityId: c.id, country: c.country, mode: 'plain' });
				for (let i = 1; i <= v.length; i++) concatPrefixes.add(v.slice(0, i));
			}
		}
	}
	const lowerStartChars = new Uint8Array(0x10000);
	for (const k of lowerStarts) if (k.length) lowerStartChars[k.charCodeAt(0)] = 1;
	const concatIds = new Map<string, number>();
	const concatText = [...concatPrefixes];
	concatText.forEach((p, id) => concatIds.set(p, id));
	const concatInfo = concatText.map((p) => concat.get(p));
	return {
		tone,
		concat,
		concatPrefixes,
		concatIds,
		concatText,
		concatInfo,
		concatSteps: new PairTable(),
		foldNos: new Map(),
		gen: 0,
		toneTrie: tone.tree() ? new WordTrie(tone.tree()!, tone.maxWords) : null,
		concatMaxWords,
		notPartOf,
		lowerStarts,
		lowerStartChars
	};
}

function compiled(g: Gazetteer): Compiled {
	let c = compiledCache.get(g);
	if (!c) compiledCache.set(g, (c = compile(g)));
	return c;
}

const gapBefore = (text: string, tokens: Token[], j: number) => text.slice(tokens[j - 1].end, tokens[j].start);
/** Is the gap before token j exactly one space? (As /^ $/ on gapBefore, without making the string.) */
const oneSpaceBefore = (text: string, tokens: Token[], j: number) => tokens[j].start - tokens[j - 1].end === 1 && text.charCodeAt(tokens[j - 1].end) === 32;

/**
 * Finds the cities and provinces named in `text`, in order, without overlaps.
 * Offsets are into `text` as given (normalise it first with normalizeText for stable offsets).
 */
// The levels of the Youth Union written before "Đoàn" (people.ts reads them too).
const UNION_LEVELS = new Set(['tỉnh', 'thành', 'huyện', 'quận'].map(wordKey));
const DISTRICT_WORD = wordKey('huyện');

export function findPlaces(text: string, gazetteer: Gazetteer = defaultGazetteer, options: FindPlacesOptions = {}): PlaceMention[] {
	return placesInTokens(text, tokenize(text), gazetteer, options);
}

/** As findPlaces, on tokens already made by `tokenize(text)` (people.ts shares them). */
export function placesInTokens(text: string, tokens: Token[], gazetteer: Gazetteer, options: FindPlacesOptions = {}): PlaceMention[] {
	const c = compiled(gazetteer);
	const out: PlaceMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		// Cheap test first: most words start no place name. The answer is kept on the word's form.
		const form = tokens[i].form;
		if (form !== undefined && form.placesFor === c ? !form.placesMay : !placeStart(tokens[i], c).may) continue;
		const m = longestName(text, tokens, i, c);
		if (!m) continue;
		let { n } = m;
		const { info } = m;
		const last = i + n - 1;
		// Every word but designators and hyphen-joined syllables ("Sa-van-na-khét") is capitalised.
		let ok = true;
		for (let j = i; j <= last && ok; j++) {
			if (tokCap(tokens[j]) || wordFlags(tokens[j]) & W.Designator) continue;
			if (j > i && tokens[j].start - tokens[j - 1].end === 1 && (text.charCodeAt(tokens[j - 1].end) === 45 || text.charCodeAt(tokens[j - 1].end) === 0x2010)) continue;
			ok = false;
		}
		if (!ok) continue;
		// Designator written before, absorbed into the span.
		let first = i;
		let designator: string | null = null;
		const before = designatorBefore(text, tokens, i);
		const designatorFirst = (wordFlags(tokens[i]) & W.Designator) !== 0;
		if (before !== null && !designatorFirst) {
			first = before;
			designator = text.slice(tokens[before].start, tokens[i - 1].end);
		} else if (designatorFirst) {
			designator = leadingDesignator(tokens, i, last);
		}
		// English designator after the name ("Can Tho City", "Vinh city", "Luang Prabang Province").
		const after = last + 1 < tokens.length && (wordFlags(tokens[last + 1]) & W.DesignatorAfter) !== 0 && oneSpaceBefore(text, tokens, last + 1);
		// (Or an English title after it: "Kaysone Phomvihane Mayor Bounthavy Inthavong" is the city's mayor.)
		if (info.mode === 'afterDesignator' && designator === null && !after && !cityBodyBefore(text, tokens, i) && !TITLE_AFTER_EN.test(text.slice(tokens[last].end, tokens[last].end + 40))) continue;
		if (info.mode === 'clipped' && last + 1 < tokens.length && tokCap(tokens[last + 1]) && SPACES_ONLY.test(gapBefore(text, tokens, last + 1)))
			continue;
		if (excluded(text, tokens, i, last, c.notPartOf.get(info.cityId))) continue;
		// A district ("huyện Pạc Xê") is the town it names only when written with its tones: Lao districts share the sounds of
		// towns ("Pạc Xê" is not "Pắc Xế"), so the spelling without tones is no match there. (A village, "bản …", never is: below.)
		if (m.folded && i > 0 && oneSpaceBefore(text, tokens, i) && tokKey(tokens[i - 1]) === DISTRICT_WORD && !isAscii(text.slice(tokens[i].start, tokens[last].end))) continue;
		if (inLongerName(text, tokens, i, last)) continue;
		// Inside a person's name or after an honorific: "Nguyễn Thái Bình", "bà Hà Giang". (Not after the Youth Union of a level,
		// "Tỉnh Đoàn Phú Yên", "Thành Đoàn Hà Nội": Đoàn is no surname there. Nor before a Lao province: no Vietnamese is named
		// after one, so "chuyến thăm của Đoàn Hủa Phăn" is the delegation of the province.)
		if (first === i && i > 0 && oneSpaceBefore(text, tokens, i)) {
			const pf = wordFlags(tokens[i - 1]);
			const union = i > 1 && tokKey(tokens[i - 1]) === 'đoàn' && UNION_LEVELS.has(tokKey(tokens[i - 2])) && tokCap(tokens[i - 2]);
			const laoDelegation = tokKey(tokens[i - 1]) === 'đoàn' && gazetteer.cityById.get(info.cityId)?.country === 'LA';
			if (!union && !laoDelegation && ((tokCap(tokens[i - 1]) && pf & (W.Surname | W.Middle)) || pf & W.Honorific)) continue;
			if (titledLaoGiven(text, tokens, i, last)) continue;
			// A Lao village is "bản" and its name, which may be a city's: "bản Pạc Xê, huyện Thà Tèng" (in Sê Kông) is not Pắc Xế.
			if (tokens[i - 1].text === 'bản') continue;
		}
		if (after) {
			n++;
			if (designator === null) designator = tokens[last + 1].text;
		}
		const endTok = i + n - 1;
		const sense = senseOf(text, tokens, first, endTok);
		if ((sense === 'media' || sense === 'clock') && !options.includeMedia) {
			i = endTok;
			continue;
		}
		out.push({
			start: tokens[first].start,
			end: tokens[endTok].end,
			surface: text.slice(tokens[first].start, tokens[endTok].end),
			cityId: info.cityId,
			country: info.country,
			designator,
			sense
		});
		i = endTok;
	}
	return out;
}

// A route or corridor named by the places it joins ("hành lang kinh tế Côn Minh - Lào Cai - Hà Nội", "tuyến đường sắt Viêng
// Chăn - Hà Nội", "đường bay Hà Nội - Luông Pha Băng", "the Vientiane - Hanoi expressway"): its places are the route's ends and
// stops, not where what the sentence tells happens. A name of the chain is capitalised words; the route's word stands before
// the chain (a few lower-case words may follow it: "tuyến vận tải hàng hóa") or, in English, after it.
const CHAIN_NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}`;
const ROUTE_WORD_VI = String.raw`(?:hành\s+lang|(?<!trực\s)tuyến|đường|cao\s+tốc|quốc\s+lộ|corridor|railway|expressway|highway|route|flights?)`;
const ROUTE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ROUTE_WORD_VI}(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+(?:${CHAIN_NAME}\s*[-–]\s*){0,4}$`, 'u');
const ROUTE_AFTER_EN = new RegExp(String.raw`^(?:\s*[-–]\s*${CHAIN_NAME})*\s+(?:(?:economic|railway|rail|road|bus|air|transport)\s+)?(?:corridor|railway|expressway|highway|route|line)(?![\p{L}])`, 'u');
const DASH_BEFORE = /[-–]\s*$/;
const DASH_AFTER = /^\s*[-–]\s*\p{Lu}/u;
/** Is the place at `start`–`end` of `text` a stop in a route's name, joined to another by a dash? */
export function inRouteName(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 120), start);
	const after = text.slice(end, end + 80);
	// (Cheap first: most places stand in no chain.)
	if (!DASH_BEFORE.test(before) && !DASH_AFTER.test(after)) return false;
	return ROUTE_BEFORE.test(before) || ROUTE_AFTER_EN.test(after);
}

// A city's or a province's own Party committee or Youth Union, named by its level ("Thành ủy Vinh", "Thành đoàn Vinh", "Tỉnh
// đoàn Lào Cai"): "Thành"/"Tỉnh" says the name after it is the city's or province's as "thành phố"/"tỉnh" would.
const BODY_LEVELS = keySet(['thành', 'tỉnh']);
const BODY_KINDS = keySet(['ủy', 'uỷ', 'đoàn']);
function cityBodyBefore(text: string, tokens: Token[], i: number): boolean {
	return i > 1 && BODY_KINDS.has(tokKey(tokens[i - 1])) && BODY_LEVELS.has(tokKey(tokens[i - 2])) && tokCap(tokens[i - 2]) && oneSpaceBefore(text, tokens, i) && oneSpaceBefore(text, tokens, i - 1);
}

const TITLE_END = wordKey('trưởng');
const isHyphen = (text: string, tokens: Token[], j: number) => tokens[j].start - tokens[j - 1].end === 1 && (text.charCodeAt(tokens[j - 1].end) === 45 || text.charCodeAt(tokens[j - 1].end) === 0x2010);
/**
 * Right after a title in "-trưởng" ("Phó Đô trưởng Phon-xa-vẳn Lò-văn-xay tiếp Đoàn"), a hyphenated place and one more
 * hyphenated capitalised word, then no capital, are a Lao name (Phonsavan is also a given name), not the title's place:
 * "Phó Tỉnh trưởng Chăm-pa-xắc Vi-lay-vông Bút-đa-khăm" (two words after the place) and "Tỉnh trưởng Sa-van-na-khệt tiếp
 * Đoàn" (none) keep their province.
 */
function titledLaoGiven(text: string, tokens: Token[], i: number, last: number): boolean {
	if (tokKey(tokens[i - 1]) !== TITLE_END || last === i || !isHyphen(text, tokens, last)) return false;
	const next = last + 1;
	if (next + 1 >= tokens.length || !tokCap(tokens[next]) || !oneSpaceBefore(text, tokens, next) || !isHyphen(text, tokens, next + 1)) return false;
	let e = next + 1;
	while (e + 1 < tokens.length && isHyphen(text, tokens, e + 1)) e++;
	return !(e + 1 < tokens.length && tokCap(tokens[e + 1]) && oneSpaceBefore(text, tokens, e + 1));
}

// A zone, port or plant named after its place, in English: "the Nam Dinh Vu industrial zone" (in Hai Phong) is not Nam Dinh
// province. The name goes on by one more capitalised word before the facility's kind, told in small letters. (Not "the Hai
// Phong industrial zone", nor "Can Tho Youth delegation": no facility.)
const FACILITY_AFTER = /^ (?:(?:industrial|economic|export[ -]processing|hi-tech|high-tech|free[ -]trade)\s+(?:zone|park|cluster|area)|(?:deep-water\s+|deep-sea\s+|sea\s+|river\s+|dry\s+)?port|airport|border\s+gate|bridge|(?:hydropower|hydro-power|power|thermal\s+power)\s+plant|dam)(?![\p{L}])/u;
const ASCII_CAP_WORD = /^[A-Z][a-z]+$/;

/** Does the English place name of tokens i..last go on by one capitalised word into a facility's name ("Nam Dinh Vu industrial zone")? */
function inLongerName(text: string, tokens: Token[], i: number, last: number): boolean {
	const next = tokens[last + 1];
	if (!next || !ASCII_CAP_WORD.test(next.text) || !oneSpaceBefore(text, tokens, last + 1) || wordFlags(next) & (W.Designator | W.DesignatorAfter)) return false;
	for (let j = i; j <= last; j++) if (!isAscii(tokens[j].text)) return false;
	return FACILITY_AFTER.test(text.slice(next.end, next.end + 40));
}

/** What a word can start in this gazetteer, and its numbers in the walks of longestName. */
interface PlaceStart {
	compiled: Compiled;
	/** The compiled's `gen` when the numbers below were given. */
	gen: number;
	/** Whether a place name may start with the word at all. */
	may: boolean;
	/** The tone trie's node after the word from its root (-1: no name starts so), and the word's number there (-1: in no name). */
	tone: number;
	toneWord: number;
	/** Whether the word's fold starts a joined spelling (and its number there, else -1), and the place it names alone. */
	concatPrefix: boolean;
	concatId: number;
	concat: AliasInfo | undefined;
	/** The number of the word's fold among those met (concatStep's steps are learnt by it). */
	foldNo: number;
	ascii: boolean;
}

/** The first steps of a token's word, kept on its word form: a text repeats its place words. */
function placeStart(tok: Token, c: Compiled): PlaceStart {
	const form = tok.form;
	const kept = form?.places as PlaceStart | undefined;
	if (kept && kept.compiled === c && kept.gen === c.gen) return kept;
	const key = tokKey(tok), fold = tokFold(tok);
	const trie = c.toneTrie;
	// A token's key holds no space: the trie's word is the tree's step (phraseStep's first test).
	const toneWord = trie ? trie.word(key) : -1;
	const concatId = c.concatIds.get(fold) ?? -1;
	let foldNo = c.foldNos.get(fold);
	if (foldNo === undefined) c.foldNos.set(fold, (foldNo = c.foldNos.size));
	const start: PlaceStart = {
		compiled: c,
		gen: c.gen,
		may: (tokCap(tok) || (c.lowerStartChars[tok.text.charCodeAt(0)] !== 0 && c.lowerStarts.has(key))) && (c.tone.hasPrefix(key) || c.concatPrefixes.has(fold)),
		tone: trie && toneWord >= 0 ? trie.step(0, toneWord) : -1,
		toneWord,
		concatPrefix: concatId >= 0,
		concatId,
		concat: c.concat.get(fold),
		foldNo,
		ascii: isAscii(tok.text)
	};
	if (form) {
		form.places = start;
		form.placesFor = c;
		form.placesMay = start.may;
	}
	return start;
}

/** A token's number in the tone trie: read straight from its form's PlaceStart when made for `c` (of any gen, as the trie never changes). */
function toneWordOf(tok: Token, c: Compiled): number {
	const form = tok.form;
	if (form !== undefined && form.placesFor === c) return (form.places as PlaceStart).toneWord;
	return placeStart(tok, c).toneWord;
}

/** May token j continue a name begun before it? (A module function: a closure made per text costs tsx's keepNames a defineProperty.) */
function nameJoins(text: string, tokens: Token[], j: number): boolean {
	return nameGap(text, tokens[j - 1].end, tokens[j].start);
}

function longestName(text: string, tokens: Token[], i: number, c: Compiled): { n: number; info: AliasInfo; folded?: boolean } | null {
	const first = placeStart(tokens[i], c);
	let a: { n: number; value: AliasInfo } | null = null;
	const trie = c.toneTrie;
	if (trie === null) a = c.tone.longest(tokens, i, tokKey, (j) => nameJoins(text, tokens, j));
	else if (first.tone >= 0) {
		// The tone tree's walk (PhraseTable.longest) from the word's kept first step, by the words' numbers
		// (each test below ends the walk, so their order does not matter: the cheapest go first).
		let node = first.tone;
		let value = trie.values[node];
		if (value !== undefined) a = { n: 1, value };
		for (let j = i + 1; j < tokens.length && j - i < trie.maxWords; j++) {
			const w = toneWordOf(tokens[j], c);
			if (w < 0) break;
			node = trie.step(node, w);
			if (node < 0 || !nameJoins(text, tokens, j)) break;
			value = trie.values[node];
			if (value !== undefined) a = { n: j - i + 1, value };
		}
	}
	// Folded, joined spelling: always for Lao names; for Vietnamese ones only where the article
	// writes the words without diacritics ("Ha Noi", "Hanoi"), so "Huệ" never reads as "Huế".
	let b: { n: number; info: AliasInfo; folded: boolean } | null = null;
	if (first.concatPrefix) {
		if (first.concat && (first.concat.country === 'LA' || first.ascii)) b = { n: 1, info: first.concat, folded: true };
		let at = first.concatId;
		let ascii = first.ascii;
		for (let j = i + 1; j < tokens.length && j - i < c.concatMaxWords; j++) {
			if (!nameJoins(text, tokens, j)) break;
			// placeStart gives the numbers of the steps' current gen (a word's fold number is read for this step only).
			const next = placeStart(tokens[j], c);
			ascii = ascii && next.ascii;
			at = concatStep(c, at, next.foldNo, tokFold(tokens[j]));
			if (at < 0) break;
			const info = c.concatInfo[at];
			if (info && (info.country === 'LA' || ascii)) b = { n: j - i + 1, info, folded: true };
		}
	}
	const an = a ? { n: a.n, info: a.value } : null;
	if (an && b) return b.n > an.n ? b : an;
	return an ?? b;
}

// Steps (and fold numbers) learnt before the table is cleared: a corpus of many outlets must not grow it without end.
const CONCAT_STEPS_LIMIT = 200_000;

/** The joined-spelling prefix that prefix `at` and then `fold` (numbered `foldNo`) spell, or -1 when no place name starts so. */
function concatStep(c: Compiled, at: number, foldNo: number, fold: string): number {
	let next = c.concatSteps.get(at, foldNo);
	if (next === -2) {
		next = c.concatIds.get(c.concatText[at] + fold) ?? -1;
		if (c.concatSteps.size >= CONCAT_STEPS_LIMIT || c.foldNos.size >= CONCAT_STEPS_LIMIT) {
			// Every number given so far is forgotten: forms' PlaceStarts are worked out again (gen).
			c.concatSteps = new PairTable();
			c.foldNos = new Map();
			c.gen++;
		} else c.concatSteps.set(at, foldNo, next);
	}
	return next;
}

/** A table from two numbers ≥ 0 to a number, in typed arrays (open addressing); get gives -2 for a pair not set. */
class PairTable {
	size = 0;
	private mask = 1023;
	private a = new Int32Array(1024).fill(-1);
	private b = new Int32Array(1024);
	private v = new Int32Array(1024);

	get(x: number, y: number): number {
		const mask = this.mask;
		for (let slot = pairSlot(x, y) & mask; ; slot = (slot + 1) & mask) {
			const ax = this.a[slot];
			if (ax === x && this.b[slot] === y) return this.v[slot];
			if (ax < 0) return -2;
		}
	}

	set(x: number, y: number, value: number): void {
		if (2 * (this.size + 1) > this.mask + 1) this.grow();
		const mask = this.mask;
		let slot = pairSlot(x, y) & mask;
		while (this.a[slot] >= 0 && !(this.a[slot] === x && this.b[slot] === y)) slot = (slot + 1) & mask;
		if (this.a[slot] < 0) this.size++;
		this.a[slot] = x;
		this.b[slot] = y;
		this.v[slot] = value;
	}

	private grow(): void {
		const { a, b, v } = this;
		const size = 2 * (this.mask + 1);
		this.mask = size - 1;
		this.a = new Int32Array(size).fill(-1);
		this.b = new Int32Array(size);
		this.v = new Int32Array(size);
		this.size = 0;
		for (let s = 0; s < a.length; s++) if (a[s] >= 0) this.set(a[s], b[s], v[s]);
	}
}

function pairSlot(x: number, y: number): number {
	const h = Math.imul(x, 0x9e3779b1) + Math.imul(y, 0x85ebca6b);
	return h ^ (h >>> 15);
}

// Module constants: a regex literal in a function's body is a new RegExp object every time it runs.
const DESIGNATOR_GAP = /^[ .]{1,2}$/;
const SPACES_ONLY = /^\s+$/;
const MEDIA_NAME_END = /^[)\].,;:”"»\n]/;

/** Index of the first word of a designator ending right before token i, or null. */
function designatorBefore(text: string, tokens: Token[], i: number): number | null {
	// Each designator's last word is token i-1's key: with none of them there, none can match.
	if (i === 0 || !(wordFlags(tokens[i - 1]) & W.DesignatorBeforeEnd)) return null;
	for (const d of DESIGNATORS_BEFORE) {
		const s = i - d.length;
		if (s < 0) continue;
		let ok = true;
		for (let k = 0; k < d.length && ok; k++) {
			ok = tokKey(tokens[s + k]) === d[k] && (k === 0 || oneSpaceBefore(text, tokens, s + k));
		}
		if (ok && DESIGNATOR_GAP.test(gapBefore(text, tokens, i))) return s;
	}
	return null;
}

function leadingDesignator(tokens: Token[], i: number, last: number): string | null {
	let j = i;
	while (j <= last && wordFlags(tokens[j]) & W.Designator) j++;
	if (j === i) return null;
	// Joined by single spaces, as slice/map/join did, without the two arrays.
	let d = tokens[i].text;
	for (let x = i + 1; x < j; x++) d += ' ' + tokens[x].text;
	return d;
}

function excluded(text: string, tokens: Token[], i: number, last: number, phrases: string[][] | undefined): boolean {
	if (!phrases) return false;
	const keys = tokens.slice(i, last + 1).map(tokKey);
	for (const p of phrases) {
		for (let off = 0; off + keys.length <= p.length; off++) {
			if (!keys.every((k, x) => p[off + x] === k)) continue;
			const s = i - off;
			if (s < 0 || s + p.length > tokens.length) continue;
			if (p.every((k, x) => tokKey(tokens[s + x]) === k)) return true;
		}
	}
	return false;
}

function senseOf(text: string, tokens: Token[], first: number, last: number): PlaceMention['sense'] {
	const k1 = first > 0 ? tokKey(tokens[first - 1]) : '';
	const f1 = first > 0 ? wordFlags(tokens[first - 1]) : 0;
	// The two words before, joined, only when asked (most places have neither a media nor a body word before).
	let k2: string | undefined;
	// What the gap before holds, read from the text in place (as /\n/ and /[\n.;:!?]/ on its slice).
	let newline = false;
	let stop = false;
	if (first > 0)
		for (let x = tokens[first - 1].end, e = tokens[first].start; x < e; x++) {
			const ch = text.charCodeAt(x);
			if (ch === 10) newline = stop = true;
			else if (ch === 46 || ch === 59 || ch === 58 || ch === 33 || ch === 63) stop = true;
		}
	const after = last + 1 < tokens.length ? tokens[last + 1] : null;
	// The token's key is wordKey of its text, kept on its form.
	const afterKey = after ? tokKey(after) : '';
	// One space after the name: "Hà Nội mới", "Vientiane Times".
	const spaceAfter = after !== null && after.start - tokens[last].end === 1 && text.charCodeAt(tokens[last].end) === 32;
	if (first > 0 && !stop && k1 === CLOCK_BEFORE && !(first > 1 && tokKey(tokens[first - 2]) === NOW_FIRST)) return 'clock';
	if (after && spaceAfter && (afterKey === CLOCK_AFTER_EN || (afterKey === CLOCK_LOCAL_EN && last + 2 < tokens.length && tokKey(tokens[last + 2]) === CLOCK_AFTER_EN)))
		return 'clock';
	if (first > 0 && !newline) {
		if (f1 & W.MediaLast || (f1 & W.MediaTwoLast && MEDIA_LAST_TWO.has((k2 ??= first > 1 ? `${tokKey(tokens[first - 2])} ${k1}` : '')))) return 'media';
	}
	if (after && spaceAfter) {
		if (wordFlags(after) & W.MediaAfter) return 'media';
		// "Hà Nội mới" is the newspaper when the phrase ends there ("(Nguồn: Hà Nội mới)").
		if (afterKey === 'mới' && (after.end === text.length || MEDIA_NAME_END.test(text.slice(after.end, after.end + 1)))) return 'media';
		if (afterKey === 'mới' && isCapitalised(after.text)) return 'media';
		if (afterKey === 'giải' && last + 2 < tokens.length && tokKey(tokens[last + 2]) === 'phóng') return 'media';
	}
	if (first > 0 && !stop) {
		if (f1 & W.BodyLast || (f1 & W.BodyTwoLast && BODY_LAST_TWO.has((k2 ??= first > 1 ? `${tokKey(tokens[first - 2])} ${k1}` : '')))) return 'body';
	}
	if (after && spaceAfter && wordFlags(after) & W.BodyAfterEn) return 'body';
	return 'place';
}

/* ------------------------------------------------------------------------------------------------
 * Countries: only Vietnam and Laos matter to the timeline; "Lào Cai" is a province, not Laos.
 * ---------------------------------------------------------------------------------------------- */

const COUNTRY_TABLE = (() => {
	const t = new PhraseTable<Country>();
	for (const p of ['Việt Nam', 'Viet Nam', 'Vietnam', 'CHXHCN Việt Nam', 'Cộng hòa Xã hội Chủ nghĩa Việt Nam', 'Socialist Republic of Vietnam'])
		t.add(p.split(/\s+/).map(wordKey), 'VN');
	for (const p of ['Lào', 'Laos', 'Lao PDR', 'CHDCND Lào', 'Cộng hòa Dân chủ Nhân dân Lào', "Lao People's Democratic Republic", 'Lao'])
		t.add(tokenize(p).map((w) => wordKey(w.text)), 'LA');
	return t;
})();

/** Mentions of Vietnam and Laos as countries ("nước bạn Lào", "Lao PDR", "Việt Nam - Lào"). */
export function findCountries(text: string): CountryMention[] {
	const tokens = tokenize(text);
	const out: CountryMention[] = [];
	const joinable = (j: number) => /^[ \t]{1,2}$|^['’]$/.test(gapBefore(text, tokens, j));
	for (let i = 0; i < tokens.length; i++) {
		if (!tokCap(tokens[i])) continue;
		const m = COUNTRY_TABLE.longest(tokens, i, tokKey, joinable);
		if (!m) continue;
		const last = i + m.n - 1;
		const next = tokens[last + 1];
		const nextKey = next && /^ $/.test(gapBefore(text, tokens, last + 1)) ? wordKey(next.text) : '';
		if (nextKey === 'cai') continue; // Lào Cai, the province
		// "Lao" alone is English ("Lao side"); in Vietnamese it starts words like "Lao động".
		if (m.n === 1 && tokKey(tokens[i]) === 'lao' && nextKey && !isCapitalised(next.text) && !isAscii(next.text)) continue;
		out.push({ start: tokens[i].start, end: tokens[last].end, surface: text.slice(tokens[i].start, tokens[last].end), country: m.value });
		i = last;
	}
	return out;
}

// A district and its province written together anywhere on the page, masthead and footer too: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN
// TƯƠNG DƯƠNG - TỈNH NGHỆ AN", "Địa chỉ: … huyện Tương Dương, tỉnh Nghệ An", "huyện Cầu Ngang (tỉnh Trà Vinh)".
// (In brackets the province may go without its "tỉnh": "huyện Mốc-mày (Xiêng Khoảng, Lào)".)
// (Run by matchesAfter, without its opening "no letter before", checked at each match.)
const DISTRICT_OF = /(?:huyện|HUYỆN|thị\s+xã|THỊ\s+XÃ)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*(?:(?:,|-|–|\()\s*(?:tỉnh|TỈNH)\s+|\(\s*)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;
// A breadcrumb's last crumb under the paper's section for its districts and towns.
const LOCAL_SECTION = /^(?:Huyện\s*-\s*Thị(?:\s*-\s*Thành(?:\s+phố)?)?|Huyện,\s*thị,?\s*thành(?:\s+phố)?|Địa\s+phương|Cơ\s+sở)\s*(?:»|>|›|\/)\s*(?:[Hh]uyện\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*$/mu;
// Whose paper or portal it is: "Cơ quan của Đảng bộ (Đảng Cộng sản Việt Nam) tỉnh X", "Cơ quan chủ quản: UBND tỉnh X".
const PAPER_OF = /Cơ\s+quan\s+(?:ngôn\s+luận\s+)?(?:của|chủ\s+quản:?)\s+(?:Đảng\s+bộ(?:\s+Đảng\s+Cộng\s+sản\s+Việt\s+Nam)?|Ủy\s+ban\s+nhân\s+dân|UBND)\s+tỉnh\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}?)(?=[.,;\n]|\s*$|\s+(?:\p{Ll}|Giấy|Địa|Số|Tổng))/mu;
const DISTRICT_NAMED = /(?<![\p{L}])(?:huyện|thị\s+xã)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;
// A masthead's capitals as a name is written ("TƯƠNG DƯƠNG" → "Tương Dương"; "MỐC-MÀY" → "Mốc-mày"); other names as they are.
const asWritten = (s: string) => (s !== s.toLocaleUpperCase('vi') ? s : s.toLocaleLowerCase('vi').replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toLocaleUpperCase('vi')));

/**
 * The districts no gazetteer lists, in the body, as places of the province the page pairs them with ("Hai bên thống nhất
 * huyện Mốc-mày sẽ cử đoàn sang thăm … tại huyện Tương Dương" on the Tương Dương district portal of Nghệ An): a district
 * portal or paper names its own district in every masthead and address, seldom in the story. (By hand: no library reads
 * a page's own address; the gazetteer cannot list the country's seven hundred districts and their old names.)
 */
export function pageDistricts(page: string, body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer = defaultGazetteer): PlaceMention[] {
	if (!/huyện|HUYỆN|thị xã|THỊ XÃ/u.test(page) || !/(?:huyện|thị\s+xã)\s+\p{Lu}/u.test(body)) return [];
	const provinceOf = new Map<string, PlaceMention>();
	for (const m of matchesAfter(page, DISTRICT_OF)) {
		const district = asWritten(m[1]);
		if (provinceOf.has(district) || findPlaces(district, gazetteer).length) continue;
		const province = findPlaces(`tỉnh ${asWritten(m[2])}`, gazetteer).find((p) => p.start === 0);
		if (province) provinceOf.set(district, province);
	}
	// A provincial paper files a district's news under it ("Huyện - Thị - Thành » Cầu Ngang" on the page of "Báo Trà Vinh - Cơ
	// quan của Đảng bộ tỉnh Trà Vinh"): the district is the paper's province's.
	const section = LOCAL_SECTION.exec(page);
	const paper = section ? PAPER_OF.exec(page) : null;
	if (section && paper) {
		const district = asWritten(section[1]);
		const province = findPlaces(`tỉnh ${paper[1]}`, gazetteer).find((p) => p.start === 0);
		if (province && !provinceOf.has(district) && !findPlaces(district, gazetteer).length) provinceOf.set(district, province);
	}
	if (!provinceOf.size) return [];
	const out: PlaceMention[] = [];
	for (const m of body.matchAll(DISTRICT_NAMED)) {
		const name = m[1].split(/\s+/);
		// The longest run of the name's words that is a district the page pairs ("huyện Tương Dương vào …" is "Tương Dương").
		for (let n = name.length; n > 0; n--) {
			const p = provinceOf.get(name.slice(0, n).join(' '));
			if (!p) continue;
			const start = at + m.index!;
			const end = start + m[0].length - m[1].length + name.slice(0, n).join(' ').length;
			if (!found.some((f) => f.start < end && start < f.end)) out.push({ ...p, start, end, surface: body.slice(start - at, end - at), designator: m[0].slice(0, m[0].length - m[1].length).trim() });
			break;
		}
	}
	return out;
}

// A page's own province, named by its masthead, the first line: "SỞ NGOẠI VỤ TỈNH QUẢNG NINH", "Cổng thông tin điện tử tỉnh X",
// or with what the site is after a dash: "ĐẢNG BỘ TỈNH X - CỔNG THÔNG TIN ĐIỆN TỬ". Or its city, run by the centre as a province
// is: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ X", "Cổng thông tin điện tử TP. X" (group 1 the level, group 2 the name).
const MASTHEAD_PROVINCE = /^\s*[^\n]{0,80}?(?<![\p{L}])(TỈNH|[Tt]ỉnh|THÀNH\s+PHỐ|[Tt]hành\s+phố|TP\.?)\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})[ \t]*(?:[-–|][^\n]{0,60})?$/mu;
// A provincial department names its province without "tỉnh": "SỞ NGOẠI VỤ THỪA THIÊN HUẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH" (a
// department, "Sở", is a province's own; its name ends in the province's).
const MASTHEAD_DEPARTMENT = /^\s*(?:SỞ|Sở)\s[^\n]{4,80}$/u;
/**
 * The Vietnamese province or centrally-run city the page's masthead names as its own. (Not a town of a province, "UBND THÀNH PHỐ
 * X" of a district-level city: the gazetteer may file it under its province's name, but its portal tells the town's news.)
 */
function mastheadPlace(page: string, gazetteer: Gazetteer): PlaceMention | undefined {
	const line = page.slice(0, 200).split('\n').find((l) => l.trim()) ?? '';
	const head = MASTHEAD_PROVINCE.exec(line);
	if (head) {
		const city = !/^[Tt](?:ỉnh|ỈNH)$/u.test(head[1]);
		const p = findPlaces(`${city ? 'thành phố' : 'tỉnh'} ${asWritten(head[2])}`, gazetteer).find((x) => x.start === 0 && x.country === 'VN');
		return p && (!city || gazetteer.cityById.get(p.cityId)?.kind !== 'province') ? p : undefined;
	}
	if (!MASTHEAD_DEPARTMENT.test(line)) return undefined;
	// (The department's last words that are a province's whole name, the longest first: "THỪA THIÊN HUẾ", not "HUẾ".)
	const words = line.trim().split(/\s+/);
	for (let n = Math.min(4, words.length - 2); n > 0; n--) {
		const name = `tỉnh ${asWritten(words.slice(-n).join(' '))}`;
		const hit = findPlaces(name, gazetteer).find((p) => p.start === 0 && p.end === name.length && p.country === 'VN');
		if (hit) return hit;
	}
	return undefined;
}
/** The Vietnamese province or city the page's masthead names as its own ("ĐẢNG BỘ TỈNH X - CỔNG THÔNG TIN ĐIỆN TỬ"), its city id. */
export function mastheadProvince(page: string, gazetteer: Gazetteer = defaultGazetteer): string | null {
	return mastheadPlace(page, gazetteer)?.cityId ?? null;
}
// The page's own province, named as such: "sang thăm tỉnh ta", "về thăm quê hương ta", "lãnh đạo tỉnh nhà" (the masthead's).
const OWN_PROVINCE_WORDS = /(?<![\p{L}])(?:[Tt]ỉnh\s+(?:ta|nhà)|[Qq]uê\s+hương\s+ta)(?![\p{L}])/gu;
/**
 * Does `body` hold "tỉnh ta", "tỉnh nhà", "Tỉnh ta", "Tỉnh nhà" or "hương ta" (as substrings)? Searched from a rarer character
 * than their first: String.includes stops wherever its first character is, and 't' and 'h' are everywhere in Vietnamese.
 */
function ownWordsIn(body: string): boolean {
	for (let i = body.indexOf('ỉnh ', 1); i >= 0; i = body.indexOf('ỉnh ', i + 1)) {
		const c = body.charCodeAt(i - 1);
		if ((c === 0x74 || c === 0x54) && (body.startsWith('ta', i + 4) || body.startsWith('nhà', i + 4))) return true;
	}
	for (let i = body.indexOf('ương ta', 1); i >= 0; i = body.indexOf('ương ta', i + 1)) if (body.charCodeAt(i - 1) === 0x68) return true;
	return false;
}
/**
 * "tỉnh ta", "tỉnh nhà", "quê hương ta" in the body, as places of the page's own province named by its masthead (mastheadProvince):
 * the province's own outlet speaks of it as "ours" ("… mời đồng chí X dẫn đoàn tỉnh Y sang thăm tỉnh ta vào tháng 4").
 */
export function pageOwnProvince(page: string, body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer = defaultGazetteer): PlaceMention[] {
	if (!ownWordsIn(body)) return [];
	const home = mastheadProvince(page, gazetteer);
	if (!home) return [];
	const out: PlaceMention[] = [];
	for (const m of body.matchAll(OWN_PROVINCE_WORDS)) {
		const start = at + m.index!;
		const end = start + m[0].length;
		if (!found.some((f) => f.start < end && start < f.end)) out.push({ start, end, surface: m[0], cityId: home, country: 'VN', designator: null, sense: 'place' });
	}
	return out;
}
// A town of a province, its name unhyphenated as Vietnamese names are (not a Lao "thành phố Kay-xỏn Phôm-vi-hản").
const TOWN_NAMED = /(?<![\p{L}])(?:[Tt]hành\s+phố|[Tt]hị\s+xã)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?![\p{L}-])/gu;

/**
 * The provincial towns no gazetteer lists, in the body, as places of the page's own province, named by its masthead, when the
 * page names the town's own Party committee ("Đoàn công tác thành phố Uông Bí do đồng chí X, … Bí thư Thành ủy Uông Bí" on the
 * page of "SỞ NGOẠI VỤ TỈNH QUẢNG NINH"): a provincial city or town of Vietnam, which the province's own page tells of. (No table
 * of the country's towns: the page's own province; a town of Laos has no "Thành ủy" of its name in Vietnamese news but its capital.)
 */
export function pageTowns(page: string, body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer = defaultGazetteer): PlaceMention[] {
	if (!/(?:Thành|Thị)\s+(?:ủy|uỷ)\s+\p{Lu}/u.test(body)) return [];
	const province = mastheadPlace(page, gazetteer);
	if (!province) return [];
	const out: PlaceMention[] = [];
	for (const m of body.matchAll(TOWN_NAMED)) {
		const name = m[1].split(/\s+/);
		// The longest run of the name's words whose committee the page names ("thành phố Uông Bí trao tặng …" is "Uông Bí").
		for (let n = name.length; n > 0; n--) {
			const town = name.slice(0, n).join(' ');
			if (!new RegExp(String.raw`(?:Thành|Thị)\s+(?:ủy|uỷ)\s+${town}(?![\p{L}])`, 'u').test(body) || findPlaces(town, gazetteer).length) continue;
			const start = at + m.index!;
			const end = start + m[0].length - m[1].length + town.length;
			if (!found.some((f) => f.start < end && start < f.end)) out.push({ ...province, start, end, surface: body.slice(start - at, end - at), designator: m[0].slice(0, m[0].length - m[1].length).trim() });
			break;
		}
	}
	return out;
}
