/**
 * The pipeline in order. Pure: no file system, no clock, no network, so it runs in Node and in the browser.
 *
 *   normalize → segment → people/places (whole corpus, one id per person) → events (dates per article)
 *   → years shared between articles about the same trip → merge reports → delegations → timeline
 *
 * An article enters `normalize` and leaves `delegations`; nothing jumps back, except that an
 * article whose year rests on weak evidence is read again with the year of a better-dated
 * article about the same trip.
 */
import { SCHEMA_VERSION, type City, type Conflict, type Person, type Source, type Timeline, type TimelineEvent, type Warning } from '../timeline/schema';
import { normalizeText } from './normalize';
import { htmlToText, looksLikeHtml, pageUrl, publishedMeta } from './html';
import { parseStamp, urlStamp } from './dates/stamp';
import { segment } from './segment';
import { articleId, shortHash, slug } from './ids';
import type { Doc, Language, Sentence } from './types';
import { BOTH_WILL_HOLD, classify, datelineLength, extractEvents, isPlanned, itemHeading, listsThosePresent, opensItem, PageSentences, SENT_DELEGATION, SentenceTypes, STAFF_TAKEN_IN, voxPop, WordPattern, type EventDraft } from './events';
import { collectYearEvidence, decideYear, MentionMemo, stampHourOf, stampReference, type Reference, type Resolved, type YearDecision, type YearEvidence } from './dates/index';
import { dayDiff, parseIso } from './dates/calendar';
import { note } from './dates/note';
import { defaultGazetteer, type Gazetteer } from './gazetteer';
import { findPlacesAndPeople, isParticipant, PeopleRegistry, type PersonMention } from './people';
import { findPlaces, inRouteName, mastheadProvince, pageDistricts, pageOwnProvince, pageTowns, type PlaceMention } from './places';
import { borderDistricts, pageCommunes, pageLaoVillages } from './districts';
import { gatewayPlaces, isGateway } from './gateways';
import { ACCEPTS_COMING, forTheGuests, ledBySpeaker, onTheWay, ownReading, pageSpeaker, weWentOver, readSetting, titleCity, sameOrigin, groupTrips, visitorKey, type CityInfo, type Mentioned, type OwnReading, type Party, type Setting } from './delegations';
import { absorb, daysTold, mergeReports, sameDelegation, sameHappening, type Mergeable } from './merge';
import { eventTitle, delegationLabel } from './titles';
import { bodyNameEnglish, bodyTitleEnglish } from './orgnames';

export interface ArticleInput {
	/** Path as given on input; kept in the timeline. */
	file: string;
	text: string;
}

export interface BuildOptions {
	gazetteer?: Gazetteer;
}

// /\b(the|and|of|to|in|with)\b/gi spelled out by hand, first letters shared: it reads every character of the
// page, and this form is faster (without the u flag only ASCII letters match either way). Counted with exec, not
// match: match builds an array of every hit only to take its length.
const ENGLISH_WORD = /\b(?:[Tt](?:[Hh][Ee]|[Oo])|[Aa][Nn][Dd]|[Oo][Ff]|[Ii][Nn]|[Ww][Ii][Tt][Hh])\b/g;
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

export function detectLanguage(text: string): Language {
	// Vietnamese letters need only outnumber the English function words: stop counting once they do.
	ENGLISH_WORD.lastIndex = 0;
	let words = 0;
	while (ENGLISH_WORD.exec(text)) words++;
	VIETNAMESE_LETTER.lastIndex = 0;
	let vi = 0;
	while (vi < words && VIETNAMESE_LETTER.exec(text)) vi++;
	return vi >= words ? 'vi' : 'en';
}

/** What one article knows once read: its people and places by offset. */
interface Read {
	doc: Doc;
	people: PersonMention[];
	places: PlaceMention[];
	stamp: Reference | null;
	/** The year of its events given from outside (another article about the same trip); else its own evidence's. */
	yearFor: ((month?: number) => YearDecision | null) | null;
	/**
	 * What its first reading worked out that no year changes (its sentences' mentions of time, trigger words and types,
	 * their people, places, participants and parties), kept for a second reading with another article's year: on the
	 * benchmark's corpus a fifth of the articles are read again, and that pass was 10–12% of the whole run's CPU time,
	 * most of it finding again what the first had found.
	 */
	kept: Kept | null;
}

/** The year-free part of a reading of one article (see Read.kept). */
interface Kept {
	mentions: MentionMemo;
	types: SentenceTypes;
	/** The sentences extractEvents read (clauses cut, titles dropped): the second reading reads the same objects, so every memo keyed by them answers. */
	page: PageSentences;
	known: ArticleSentences;
}
const keptFor = (r: Read, context: Context): Kept => ({ mentions: new MentionMemo(r.doc.language), types: new SentenceTypes(), page: new PageSentences(), known: new ArticleSentences(r.doc, r.people, r.places, context.registry, context.gaz, context.cityInfo) });

/**
 * `r` read with another article's year: written out field by field in readArticle's order, so it has the shape of every other
 * Read (a spread, "{ ...r, yearFor }", made one that only runs of several articles meet, and readEvents was compiled again).
 */
const withYear = (r: Read, yearFor: Read['yearFor']): Read => ({ doc: r.doc, people: r.people, places: r.places, stamp: r.stamp, yearFor, kept: r.kept });

/** An event while the pipeline works on it. */
interface Working extends Mergeable {
	/** The event as its article told it, before merging and trips changed the copy: only what later steps read, not the draft itself (it holds the whole article). */
	draft: Pick<EventDraft, 'type' | 'role' | 'status' | 'date' | 'mention'>;
	setting: Setting;
	placeCountry: string | null;
	delegation: string | null;
	/** Told as another delegation than the article's (OTHER_DELEGATION). */
	apart?: boolean;
	/** The item of a round-up or digest it is told in ("1. …", "3. …"), when the article has several (itemAt). */
	item?: number;
	/** The undated lead whose delegation this undated reception receives (EventDraft.receives): it goes where the lead goes. */
	withLead?: Working;
}

/** What the timeline lists of an article: kept to the end, unlike the rest of its reading. */
type Listed = Pick<Doc, 'id' | 'file' | 'title' | 'published' | 'publishedHow' | 'language' | 'text' | 'body'>;

/*
 * Performance note: tsx (the bench, the CLI) compiles with esbuild's keepNames, so a named closure made
 * inside a function costs a defineProperty each time the function runs. The per-article and per-event
 * steps below are module functions and class methods, taking what closures used to capture as arguments.
 */

const PHOTO_CREDIT = new WordPattern(/(?<![\p{L}])(?:Ảnh|Photo)\s*:[^()\n]{0,60}?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u);
const within = (m: { start: number; end: number }, s: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
// White space as /\s/ reads it (ECMAScript's WhiteSpace and LineTerminator).
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isDash = (c: number) => c === 0x2d || c === 0x2013;
/**
 * A dash next to `start`–`end` of `text`, only white space between, within the 120 characters before or the 80 after:
 * inRouteName (places.ts) is true only then (its first test, /[-–]\s*$/ on those before or /^\s*[-–]/ on those after, read
 * here by codes: the end-anchored pattern was tried at every position of the 120 characters, for every place of the page).
 */
function dashBy(text: string, start: number, end: number): boolean {
	let i = start - 1;
	for (const lo = Math.max(0, start - 120); i >= lo && isSpace(text.charCodeAt(i)); i--);
	if (i >= Math.max(0, start - 120) && isDash(text.charCodeAt(i))) return true;
	let j = end;
	for (const hi = Math.min(text.length, end + 80); j < hi && isSpace(text.charCodeAt(j)); j++);
	return j < Math.min(text.length, end + 80) && isDash(text.charCodeAt(j));
}

/** An event's own cities name a city of the trip's destination country other than the destination itself. */
function namesOtherStop(cities: string[], to: string, cityInfo: Map<string, CityInfo>): boolean {
	const country = cityInfo.get(to)?.country;
	return !!country && !cities.includes(to) && cities.some((c) => cityInfo.get(c)?.country === country);
}

/** The one city of `cities` in `country`, other than `except`; null when none or several. */
function oneCityIn(cities: readonly string[], country: string | null | undefined, except: string | null | undefined, cityInfo: Map<string, CityInfo>): string | null {
	if (!country) return null;
	let one: string | null = null;
	for (const c of cities) {
		if (c === except || cityInfo.get(c)?.country !== country) continue;
		if (one) return null;
		one = c;
	}
	return one;
}

/**
 * The stop a plan with no venue of its own names ("The delegation is scheduled to fly to Luang Prabang on Wednesday, and will
 * attend a forum there on June 22"): the one city it names in the country it lies in, not the visitors' home. A plan says
 * where the trip will go, so it is a later stop whichever outlet tells it done.
 */
const plannedStop = (w: Working, cityInfo: Map<string, CityInfo>) => oneCityIn(w.cities, w.placeCountry, w.setting.visitor?.fromCity, cityInfo);

/** The one place of `places` (an article's done happenings') in the country of the later stop `to`, other than it; else null. */
const stopBefore = (places: string[] | undefined, to: string, cityInfo: Map<string, CityInfo>) => oneCityIn(places ?? [], cityInfo.get(to)?.country, to, cityInfo);

const cityInfos = new WeakMap<Gazetteer, Map<string, CityInfo>>();
/** Each city's country, made once per gazetteer (the pipeline is often called one article at a time). */
function cityInfoOf(gaz: Gazetteer): Map<string, CityInfo> {
	let m = cityInfos.get(gaz);
	if (!m) cityInfos.set(gaz, (m = new Map(gaz.cities.map((c) => [c.id, { id: c.id, country: c.country }]))));
	return m;
}

const byFile = (a: ArticleInput, b: ArticleInput) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Normalized and segmented, with an id unique among those `seen`. */
function prepare(input: ArticleInput, seen: Map<string, number>): Doc {
	let id = articleId(input.file);
	const n = seen.get(id) ?? 0;
	seen.set(id, n + 1);
	if (n) id = `${id}-${n + 1}`;
	let text = normalizeText(input.text);
	const html = /\.html?$/i.test(input.file) || looksLikeHtml(text);
	const meta = html ? parseStamp(publishedMeta(text) ?? '') : null;
	// With no stamp on the page nor in its head, the day in its canonical address ("…-20231114123512345.htm").
	const addressed = html && !meta ? urlStamp(`${pageUrl(text) ?? ''}\n`) : null;
	if (html) text = normalizeText(htmlToText(text));
	const doc = segment(id, input.file, text, detectLanguage(text));
	// A saved page's head says when it was published, even where the page shows no date by the article.
	if (addressed && !doc.published) {
		doc.published = addressed.published;
		doc.publishedHow = 'metadata';
		doc.warnings = doc.warnings.filter((w) => !w.startsWith('no publication stamp'));
	}
	if (meta) {
		doc.published = meta.published;
		doc.publishedHow = 'metadata';
		doc.warnings = doc.warnings.filter((w) => !w.startsWith('no publication stamp'));
	}
	// Still none, but the title dates the page ("Điểm tin tài chính địa phương ngày 21/11/2025: …", "Bản tin sáng (21/11/2025)"):
	// a digest is written the day it names.
	const titled = !doc.published && doc.title ? TITLE_DATE.exec(doc.title) : null;
	if (titled) {
		const [d, m, y] = [+(titled[1] ?? titled[4]), +(titled[2] ?? titled[5]), +(titled[3] ?? titled[6])];
		if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
			doc.published = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
			doc.publishedHow = 'metadata';
			doc.warnings = doc.warnings.filter((w) => !w.startsWith('no publication stamp'));
		}
	}
	return doc;
}
// A full date in the title, after "ngày" or in brackets.
const TITLE_DATE = /(?<![\p{L}])ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)|\((\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\)/iu;

/** The year an article's own evidence gives an event in `month`: asked for each dated event, decided once per month. */
const yearsOf = (evidence: YearEvidence[]) => {
	const byMonth = new Map<number | undefined, YearDecision | null>();
	return (month?: number) => {
		let y = byMonth.get(month);
		if (y === undefined) byMonth.set(month, (y = decideYear(evidence, month)));
		return y;
	};
};

/** People and places of one body, in article offsets, added to the corpus registry. */
function readArticle(doc: Doc, gaz: Gazetteer, registry: PeopleRegistry, warnings: Warning[]): Read {
	for (const w of doc.warnings) warnings.push({ article: doc.id, message: w });
	const at = doc.body.start;
	const bodyText = doc.text.slice(at, doc.body.end);
	// One tokenisation for both; newspapers named after a place ("Hà Nội mới") are kept so they are not taken for people, then dropped.
	const found = findPlacesAndPeople(bodyText, gaz, doc.language);
	// The mentions are fresh objects of this call: shift them in place into article offsets.
	const people = found.people;
	for (const m of people) {
		m.start += at;
		m.end += at;
	}
	const places: PlaceMention[] = [];
	for (const p of found.places) {
		if (p.sense === 'media' || p.sense === 'clock') continue;
		p.start += at;
		p.end += at;
		places.push(p);
	}
	// (Districts the gazetteer does not know, of the province the page pairs them with.)
	const districts = pageDistricts(doc.text, bodyText, at, places, gaz);
	if (districts.length) (places.push(...districts), places.sort((a, b) => a.start - b.start));
	// (And the provincial towns of the page's own province: "Đoàn công tác thành phố Uông Bí" on the Quảng Ninh page.)
	const towns = pageTowns(doc.text, bodyText, at, places, gaz);
	if (towns.length) (places.push(...towns), places.sort((a, b) => a.start - b.start));
	// (And the page's own province, called "tỉnh ta" on its own outlet: "… sang thăm tỉnh ta" on the Huế page.)
	const ours = pageOwnProvince(doc.text, bodyText, at, places, gaz);
	if (ours.length) (places.push(...ours), places.sort((a, b) => a.start - b.start));
	// (And the districts of the provinces along the Laos border, which need no pairing: "tại trụ sở UBND huyện Nam Giang".)
	const border = borderDistricts(bodyText, at, places, gaz);
	if (border.length) (places.push(...border), places.sort((a, b) => a.start - b.start));
	// (And the communes of the page's own district: "Đoàn công tác xã Xuân Nha" on a page naming "huyện Vân Hồ".)
	const communes = pageCommunes(doc.text, bodyText, at, places, gaz);
	if (communes.length) (places.push(...communes), places.sort((a, b) => a.start - b.start));
	// (And the Lao villages and districts of the page's one Lao province: "nhân dân bản Huổi-hẹ" after "tỉnh Hủa Phăn (Lào)".)
	const villages = pageLaoVillages(bodyText, at, places, gaz);
	if (villages.length) (places.push(...villages), places.sort((a, b) => a.start - b.start));
	// (And the airports and border gates, in the city or province each lies in: "On arrival at Noi Bai International Airport".)
	const ways = gatewayPlaces(bodyText, at, places, gaz, doc.published);
	if (ways.length) (places.push(...ways), places.sort((a, b) => a.start - b.start));
	registry.add(doc.id, people);
	const stamp: Reference | null = doc.published ? stampReference(doc.published) : null;
	return { doc, people, places, stamp, yearFor: null, kept: null };
}

/**
 * The year an article's own evidence gives its events, gathered at the first question: a page with a
 * stamp never asks (the stamp gives every yearless date its year), and the evidence is a second look at
 * every sentence.
 */
function ownYears(doc: Doc, memo: MentionMemo): (month?: number) => YearDecision | null {
	return yearsFor(doc, memo, null);
}
/** The year of another article about the same trip, whatever the month. */
const fixedYear = (y: YearDecision) => yearsFor(null, null, y);
/**
 * The one closure both make: extractEvents calls `yearFor` at several sites, and TurboFan's code for them expects closures
 * made where it has seen them made; a second reading's year (fixedYear), first met in a whole corpus, made at a site of its
 * own, threw away extractEvents' optimised code in the corpus's first run and had it compiled again.
 */
function yearsFor(doc: Doc | null, memo: MentionMemo | null, fixed: YearDecision | null): (month?: number) => YearDecision | null {
	let years: ((month?: number) => YearDecision | null) | null = null;
	return (month?: number) => fixed ?? (years ??= yearsOf(evidenceOf(doc!, memo!)))(month);
}

/** The year evidence of the article's body; `memo` holds the mentions its reading found already. */
function evidenceOf(doc: Doc, memo: MentionMemo): YearEvidence[] {
	const bodyText = doc.text.slice(doc.body.start, doc.body.end);
	// A photo's credit in the body may carry the day it was taken ("(Ảnh: Minh Duy - 14/11/2023)"): the year of the news.
	const credits: { text: string }[] = [];
	if (bodyText.includes('Ảnh') || bodyText.includes('Photo'))
		for (let m = PHOTO_CREDIT.exec(bodyText); m; m = PHOTO_CREDIT.exec(bodyText, PHOTO_CREDIT.lastIndex)) credits.push({ text: m[0] });
	return collectYearEvidence(credits.length ? [...doc.sentences, ...credits] : doc.sentences, doc.language, memo);
}

export function buildTimeline(inputs: ArticleInput[], options: BuildOptions = {}): Timeline {
	const gaz = options.gazetteer ?? defaultGazetteer;
	const cityInfo = cityInfoOf(gaz);
	const warnings: Warning[] = [];

	// Memory: a corpus is read in two passes (every name must be known before any is resolved). What an
	// article needs for the second pass is let go once its events are read, unless its year may still
	// change, and its year evidence (a date scan of every sentence, remembered) is made in that pass.
	// On the benchmark's 2,000 articles, the heap held after the events went from 36 to 21 KB per article.

	// 1–2. normalize and segment in a stable order with unique ids; people and places of each body, one registry for the corpus
	const seen = new Map<string, number>();
	const registry = new PeopleRegistry(gaz);
	const listed: Listed[] = [];
	const reads: (Read | null)[] = [];
	for (const input of [...inputs].sort(byFile)) {
		const doc = prepare(input, seen);
		listed.push({ id: doc.id, file: doc.file, title: doc.title, published: doc.published, publishedHow: doc.publishedHow, language: doc.language, text: doc.text, body: doc.body });
		reads.push(readArticle(doc, gaz, registry, warnings));
	}

	// 3. events of each article, then years shared between articles about the same trip
	const context: Context = { registry, gaz, cityInfo };
	const first: Working[][] = [];
	for (let i = 0; i < reads.length; i++) {
		const r = reads[i]!;
		const kept = keptFor(r, context);
		const events = readEvents(r, context, kept);
		first.push(events);
		// Hung on the article only when it may be read again: the Read is old by now, and what it points to outlives
		// every young collection until the old generation's own (see readEvents).
		if (!mayTakeYear(events)) reads[i] = null;
		else r.kept = kept;
	}
	// A loop, not first.flat(): flat is generic and was a measurable cost when called once per article.
	let working: Working[] = [];
	for (const events of first) for (const e of events) working.push(e);
	const better = shareYears(working);
	working = readAgain(working, reads, first, better, context);

	// 4. one event per happening, then trips
	// The places and cities each article's own reports name, before merging lends one report's to another.
	const told = new Map<string, string[]>();
	for (const w of working) {
		let p = told.get(w.article);
		if (!p) told.set(w.article, (p = []));
		for (const c of w.place ? [w.place, ...w.cities] : w.cities) if (!p.includes(c)) p.push(c);
	}
	// The places each article names only in its plans, with the first day planned there: "It will then spend Sept. 7 and 8 in
	// Quang Ninh province" names a later stop, not where the days before it were spent.
	const planned = new Map<string, Map<string, string>>();
	for (const w of working) {
		if (w.status !== 'planned' || !w.date) continue;
		const stop = w.place ?? plannedStop(w, cityInfo);
		if (!stop) continue;
		let p = planned.get(w.article);
		if (!p) planned.set(w.article, (p = new Map()));
		const day = p.get(stop);
		if (!day || w.date.start < day) p.set(stop, w.date.start);
	}
	for (const w of working) if (w.status !== 'planned' && w.place) planned.get(w.article)?.delete(w.place);
	// The places of each article's happenings told as done: before a stop it names only as planned, the trip is at its one such
	// place in that country ("On arrival at Wattay International Airport late on Monday …" before "… scheduled to fly to Luang
	// Prabang on Wednesday": the signing of the day between is in Vientiane).
	// (Not a meeting told as a flashback, "Trước đó, ngày 8/10, tại Hà Nội, Đoàn đã làm việc với …": the trip was there at an
	// earlier stop; where the news is, the page may leave to its host's title, "tại trụ sở UBND tỉnh". An arrival told so, "Trước
	// đó, tối 7/10, Đoàn đến Sân bay quốc tế Nội Bài, bắt đầu chuyến thăm", is where the trip then was.)
	const done = new Map<string, string[]>();
	for (const w of working) {
		if (w.status === 'planned' || !w.place || (w.type !== 'visit' && FLASHBACK.test(w.sources[0].quote))) continue;
		const d = done.get(w.article);
		if (!d) done.set(w.article, [w.place]);
		else if (!d.includes(w.place)) d.push(w.place);
	}
	const merged = mergeReports(working);
	// Array.from, not .map, here and in readEvents: TurboFan inlines .map (and its callback) behind checks of the hidden
	// classes seen so far, which failed ('wrong map') on some article in every round and had both re-optimised each time.
	const tripEvents = Array.from(merged, (w, key) => ({ key, visitor: w.setting.visitor, placeCountry: w.placeCountry, place: w.place, role: w.role, start: w.date?.start ?? null, end: w.date?.end ?? null, pastTrip: w.role === 'context' && !!w.setting.visitor, planned: w.status === 'planned', apart: w.apart, item: w.item, article: w.article, type: w.type, withLead: !!w.withLead, via: !!w.place && w.place === w.setting.via, articles: w.sources.length > 1 ? w.sources.map((s) => s.article) : undefined, forGuests: !w.setting.visitor && w.role === 'main' && !!w.date && forTheGuests(w.sources[0].quote) }));
	// A happening of two delegations named together ("Đoàn … do A … và Đoàn … do B …") is in the trip of each.
	for (const e of tripEvents.slice()) for (const a of merged[e.key].setting.visitor ? (merged[e.key].setting.also ?? []) : []) tripEvents.push({ ...e, visitor: a });
	const { trips, undatedLeft } = groupTrips(tripEvents);
	const delegationIds = new Set<string>();
	// Reports folded into another report of the same happening once their trip dated them (below): not events of their own.
	const folded = new Set<Working>();
	// Where each folded report went.
	const foldedInto = new Map<Working, Working>();
	const delegations = Array.from(trips, (t) => {
		const members = Array.from(t.members, (i) => merged[i]);
		const dated = members.filter((m) => m.date);
		const start = Array.from(dated, (m) => m.date!.start).sort()[0] ?? null;
		const end = Array.from(dated, (m) => m.date!.end).sort().at(-1) ?? null;
		let id = `dl-${slug(t.visitor.leader ?? t.visitor.fromCity ?? t.visitor.fromBody ?? 'delegation')}-${start ?? 'undated'}`;
		while (delegationIds.has(id)) id += '-b';
		delegationIds.add(id);
		// A trip told by several articles: its destination is not given to events of an article whose own reports name other cities
		// of that country and never it. A tour told by two outlets, one on its Hanoi leg (and the Hai Phong plan), the other
		// on its Quảng Ninh leg: "The previous evening, Thuan hosted a welcome banquet …" of the first is not at the second's stop.
		const several = members.some((m) => m.article !== members[0].article);
		const toCountry = t.to ? cityInfo.get(t.to)?.country : undefined;
		const elsewhere = (article: string) => { const p = told.get(article); return !!p && !p.includes(t.to!) && p.some((c) => cityInfo.get(c)?.country === toCountry); };
		for (const m of members) {
			// (A happening shared by two delegations keeps the first's.)
			m.delegation ??= id;
			// An event the article never dates lies within its trip.
			if (!m.date && start && end) {
				m.date = {
					start, end, granularity: start === end ? 'day' : 'span', partOfDay: null, dating: 'inferred',
					confidence: Math.min(0.5, Math.min(...dated.map((d) => d.date!.confidence)) * 0.6),
					note: note(`bài không ghi ngày; bài nói về chuyến công tác ${start}..${end} mà các bài khác ghi ngày`, `the article gives no date; it reports the trip of ${start}..${end} told by other articles`)
				};
			}
			// (Not an event that names another city of that country as its own: a tour's stops told by two outlets, "On the afternoon
			// of Sept. 5, Chairman of the Hanoi People's Committee … held talks …" is in Hanoi, not at the later stop the other page tells.)
			// (Nor, before it, a stop the event's article names only as its plan: "The previous evening, Thuan hosted a welcome
			// banquet …" beside "It will then spend Sept. 7 and 8 in Quang Ninh province", the tour being in Hanoi then.)
			const plan = t.to && m.status !== 'planned' && m.date ? planned.get(m.article)?.get(t.to) : undefined;
			const to = several && t.to && elsewhere(m.article) ? null : plan && m.date!.end < plan ? stopBefore(done.get(m.article), t.to!, cityInfo) : t.to;
			if (!m.place && to && (!m.placeCountry || m.placeCountry === cityInfo.get(to)?.country) && !namesOtherStop(m.cities, to, cityInfo)) m.place = to;
			if (m.place && !m.cities.includes(m.place)) m.cities.push(m.place);
		}
		// An event its article never dates, now given its trip's days, that another article of the trip dates ("Dịp này, Đoàn đã
		// đặt vòng hoa tại Tượng đài …" / "On Thursday afternoon, the delegation laid a wreath at …"): one happening, on that day.
		for (const m of members) {
			// (Or one a second outlet tells by a window of recent days: "Vừa qua, Công an thành phố … đã tiếp … Đoàn …" beside "Hôm 21/11, …".)
			// (Not days the report tells by their numbers, its year only inferred: merge.ts daysTold.)
			if ((m.date?.dating !== 'inferred' && !m.window) || !m.date || m.date.granularity === 'day' || folded.has(m) || daysTold(m)) continue;
			// The host's reception told after an undated lead ("Tiếp Đoàn, Đại sứ X …" after "… đã đến thăm Đại sứ quán …") is the
			// lead's happening's: folded where the lead was, else its own.
			if (m.withLead) {
				const to = foldedInto.get(m.withLead);
				if (to) (absorb(to, m), folded.add(m), foldedInto.set(m, to));
				continue;
			}
			// (First the one report of its kind there, in days it spans: "đến thăm Đại sứ quán … và gặp gỡ đại diện cộng đồng" and
			// "Late on Wednesday, the delegation visited the Vietnamese Embassy … and met representatives", the trip's one meeting in
			// Vientiane, not the dinner it shares a guest with. A visit is too common a kind to tell one from another; a session only
			// planned, "Theo chương trình, ngày 11/8, Đoàn sẽ làm việc với Bộ Chỉ huy Quân sự tỉnh", is not one told as done.)
			const span = m.date;
			const like = (o: Working, same: (t: string) => boolean) => o !== m && !folded.has(o) && o.article !== m.article && o.date?.granularity === 'day' && same(o.type) && o.place === m.place && o.role === m.role && o.status === m.status && span.start <= o.date.start && o.date.end <= span.end;
			let kind = m.type === 'visit' ? [] : members.filter((o) => like(o, (t) => t === m.type));
			// (The hosts receiving the delegation, told by one outlet as a reception and by the other as talks: "Earlier this week, X
			// received a delegation of …" / "Vào sáng thứ Ba (15/8), … X … đã tiếp và hội đàm với Đoàn": the one such meeting there.)
			if (!kind.length && HOSTED.has(m.type)) kind = members.filter((o) => like(o, (t) => HOSTED.has(t)));
			const twin = kind.length === 1 ? kind[0] : members.find((o) => o !== m && !folded.has(o) && o.article !== m.article && o.date?.granularity === 'day' && sameHappening(o, m));
			if (twin) (absorb(twin, m), folded.add(m), foldedInto.set(m, twin));
		}
		const left = members.filter((m) => !folded.has(m));
		// The trip's days from the reports left: a window folded into its dated twin ("Vừa qua" of 17–23/11 into "Hôm 21/11") no
		// longer widens them.
		if (left.length === members.length) return { trip: t, id, start, end, members: left };
		const days = left.filter((m) => m.date);
		return { trip: t, id, start: Array.from(days, (m) => m.date!.start).sort()[0] ?? start, end: Array.from(days, (m) => m.date!.end).sort().at(-1) ?? end, members: left };
	});
	for (const i of undatedLeft) {
		const w = merged[i];
		warnings.push({ article: w.article, message: `no date for “${w.sources[0].quote.slice(0, 80)}…”: the article gives none and no single trip of the same delegation was found` });
	}

	// 5. the timeline
	const out = new Catalogue(registry, gaz);
	const kept = folded.size ? merged.filter((w) => !folded.has(w)) : merged;
	// Two happenings told from one place of an article (an arrival and the stay it opens, "Đoàn đến … tối qua, … từ ngày 18
	// đến 21-11") have ids told apart by where each one's quote ends.
	const usedIds = new Set<string>();
	const events: TimelineEvent[] = Array.from(kept, (w) => {
		for (const id of w.people) out.usePerson(id);
		for (const id of w.cities) out.useCity(id);
		out.useCity(w.place);
		const first = w.sources[0];
		let id = `ev-${w.date?.start ?? 'undated'}-${shortHash(`${first.article}:${first.start}`)}`;
		if (usedIds.has(id)) id = `ev-${w.date?.start ?? 'undated'}-${shortHash(`${first.article}:${first.start}:${first.end}`)}`;
		usedIds.add(id);
		return {
			id,
			type: w.draft.type,
			title: eventTitle(w.draft.type, w.people.map((id) => out.nameOf(id)), out.cityName(w.place), w.status),
			start: w.date?.start ?? null,
			end: w.date?.end ?? null,
			granularity: w.date?.granularity ?? null,
			partOfDay: w.date?.partOfDay ?? null,
			dating: w.date?.dating ?? null,
			confidence: Math.round((w.date?.confidence ?? 0) * 100) / 100,
			status: w.status,
			role: w.role,
			people: w.people,
			cities: w.cities,
			place: w.place,
			delegation: w.delegation,
			sources: w.sources,
			datingNote: w.date?.note ?? note('không xác định được ngày', 'no date could be established'),
			...(w.conflicts.length ? { conflicts: w.conflicts } : {})
		};
	});
	const idOf = new Map(kept.map((w, i) => [w, events[i].id]));
	const delegationsOut = Array.from(delegations, (d) => {
		out.usePerson(d.trip.visitor.leader);
		out.useCity(d.trip.visitor.fromCity);
		out.useCity(d.trip.to);
		return {
			id: d.id,
			label: delegationLabel(d.trip.visitor.leader ? out.nameOf(d.trip.visitor.leader) : null, out.cityName(d.trip.visitor.fromCity), d.trip.visitor.fromBody, out.cityName(d.trip.to), d.trip.visitor.fromBody ? bodyTitleEnglish(d.trip.visitor.fromBody, out.gaz) : null),
			leader: d.trip.visitor.leader,
			from: d.trip.visitor.fromCity,
			to: d.trip.to,
			fromBody: d.trip.visitor.fromBody,
			...(d.trip.visitor.fromBody ? { fromBodyEn: bodyNameEnglish(d.trip.visitor.fromBody, out.gaz) } : {}),
			start: d.start,
			end: d.end,
			events: Array.from(d.members, (m) => idOf.get(m)!).sort()
		};
	});
	events.sort(byStartThenId);
	delegationsOut.sort(byStartThenId);

	// Per report, before merging: another article's account must not move this one's day.
	const lastReported = new Map<string, string>();
	for (const w of working) {
		const d = w.draft.date;
		if (w.draft.role !== 'main' || w.draft.status !== 'occurred' || d?.granularity !== 'day') continue;
		const seen = lastReported.get(w.article);
		if (!seen || d.end > seen) lastReported.set(w.article, d.end);
	}

	return {
		schemaVersion: SCHEMA_VERSION,
		articles: listed.map((d) => ({ id: d.id, file: d.file, title: d.title, ...publication(d, lastReported), language: d.language, text: d.text, body: d.body })),
		events,
		delegations: delegationsOut,
		people: [...out.people.values()].sort(byId),
		cities: [...out.cities.values()].sort(byId),
		warnings
	};
}

/**
 * The corpus's events (`working`, as first read) once the articles whose year changed (`better`, by article id) are read again
 * with it. (A function of its own, called whatever `better` holds: only a corpus of several articles reads again, and code in
 * buildTimeline that its runs of one article never reached threw buildTimeline's optimised code away in the corpus's first run.)
 */
function readAgain(working: Working[], reads: (Read | null)[], first: Working[][], better: Map<string, YearDecision>, context: Context): Working[] {
	if (!better.size) return working;
	working = [];
	for (let i = 0; i < reads.length; i++) {
		const r = reads[i];
		const y = r && better.get(r.doc.id);
		working.push(...(r && y ? readEvents(withYear(r, fixedYear(y)), context, r.kept ?? keptFor(r, context)) : first[i]));
	}
	return working;
}

const byStartThenId = (a: { start: string | null; id: string }, b: { start: string | null; id: string }) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id);
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** The people and cities the timeline names, as it lists them. */
class Catalogue {
	readonly people = new Map<string, Person>();
	readonly cities = new Map<string, City>();
	private readonly allPersons: Map<string, Person>;
	constructor(registry: PeopleRegistry, readonly gaz: Gazetteer) {
		this.allPersons = new Map(registry.persons().map((p) => [p.id, p]));
	}
	usePerson(id: string | null): void {
		if (!id || this.people.has(id)) return;
		const p = this.allPersons.get(id);
		if (p) this.people.set(id, { id: p.id, name: p.name, aliases: p.aliases, country: p.country, titles: p.titles });
	}
	useCity(id: string | null): void {
		if (!id || this.cities.has(id)) return;
		const c = this.gaz.cityById.get(id);
		if (c) this.cities.set(id, { id: c.id, name: { vi: c.name.vi, en: c.name.en }, aliases: [...c.aliases, ...(c.afterDesignator ?? [])], country: c.country });
	}
	nameOf(id: string): string {
		return this.people.get(id)?.name ?? this.allPersons.get(id)?.name ?? id;
	}
	cityName(id: string | null) {
		return id ? this.gaz.cityById.get(id)?.name ?? null : null;
	}
}

/** The page's stamp, else the last day the article reports as done: it was written on or after it. */
function publication(d: Listed, lastReported: Map<string, string>): { published: string | null; publishedHow: 'stamp' | 'metadata' | 'inferred' | null } {
	if (d.published) return { published: d.published, publishedHow: d.publishedHow };
	const day = lastReported.get(d.id);
	return day ? { published: day, publishedHow: 'inferred' } : { published: null, publishedHow: null };
}

/** A sentence's mentions, as the readings of an article's events take them. */
interface InSentence {
	people: PersonMention[];
	/** Each person's id in the registry (null: a credit, or a mention not to be linked). */
	ids: (string | null)[];
	places: PlaceMention[];
	/** People with their ids and cities, in the sentence's own offsets, as readSetting takes them. */
	localPeople: Mentioned[];
	localCities: Mentioned[];
	/** The cities with their ids, in the article's offsets. */
	cities: Mentioned[];
	/** What the sentence says of itself (delegations.ts), once asked: it is read with and without the frame, and as a follower. */
	own: OwnReading | undefined;
}


// Quoted speech: a span in quotation marks of ten words or more (a programme's name in quotes, "Hà Nội - Viêng Chăn:
// Tình hữu nghị", is shorter and names the happening's own places).
const QUOTED = /[“"]([^“”"]{40,})[”"]/gu;
/** The spans of quoted speech in a sentence, in its own offsets. */
function speechSpans(text: string): [number, number][] {
	if (!text.includes('"') && !text.includes('“')) return [];
	const spans: [number, number][] = [];
	for (const m of text.matchAll(QUOTED)) if (m[1].split(/\s+/).length >= 10) spans.push([m.index!, m.index! + m[0].length]);
	return spans;
}
/**
 * What the readings of one article's events ask again and again, worked out once: followers are read
 * by several events, an event sentence is read twice when the article's frame is found after it, and
 * an article whose year changes is read a second time.
 */
/** Are the mentions in order of their starts? */
function byStart(ms: { start: number }[]): boolean {
	for (let i = 1; i < ms.length; i++) if (ms[i].start < ms[i - 1].start) return false;
	return true;
}
/** In mentions in order of their starts: the index of the first that starts at `at` or after (starts are whole offsets: `at + 1` for the first after `at`). */
function firstFrom(ms: { start: number }[], at: number): number {
	let lo = 0, hi = ms.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ms[mid].start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
class ArticleSentences {
	private readonly bySentence = new Map<Sentence, InSentence>();
	private readonly participation = new Map<Sentence, Map<PersonMention, boolean>>();
	private headline: string[] | null = null;
	private masthead: string | null | undefined;
	private talker: string | null | undefined;
	private side: { home: string; country: string | null; partner: string } | null | undefined;
	/** Each person's id in the registry, by its index in `people`, resolved when first asked (undefined: not yet). */
	private readonly ids: (string | null | undefined)[];
	/** Are the article's people and places in order of their starts (then a sentence's are found by a binary search)? */
	private readonly peopleSorted: boolean;
	private readonly placesSorted: boolean;
	/** Where the article first names each person asked of firstNamed. */
	private first: Map<string, number> | null = null;
	constructor(
		readonly doc: Doc,
		private readonly people: PersonMention[],
		private readonly places: PlaceMention[],
		private readonly registry: PeopleRegistry,
		private readonly gaz: Gazetteer,
		readonly cityInfo: Map<string, CityInfo>
	) {
		this.ids = new Array(people.length).fill(undefined);
		this.peopleSorted = byStart(people);
		this.placesSorted = byStart(places);
	}

	/** The id of the article's `i`-th person: the registry is complete before any article's events are read, so once per page. */
	private idAt(i: number): string | null {
		let id = this.ids[i];
		if (id === undefined) this.ids[i] = id = this.registry.resolve(this.people[i], this.doc.id);
		return id;
	}

	mentions(s: Sentence): InSentence {
		let hit = this.bySentence.get(s);
		if (!hit) {
			// The people within the sentence, in the article's order, with their indices (for their ids).
			const people: PersonMention[] = [];
			const at: number[] = [];
			if (this.peopleSorted) {
				// (A mention within the sentence starts in [s.start, s.end]: from the first that starts at s.start or after.)
				for (let i = firstFrom(this.people, s.start); i < this.people.length && this.people[i].start <= s.end; i++)
					if (within(this.people[i], s)) (people.push(this.people[i]), at.push(i));
			} else for (let i = 0; i < this.people.length; i++) if (within(this.people[i], s)) (people.push(this.people[i]), at.push(i));
			// A wire's dateline ("VIENTIANE, Nov 22 (KPL):") names where it was filed, not where it happened.
			const filed = datelineLength(s.text);
			// Nor is the province a border gate is in, bracketed after its name ("Đoàn xuất cảnh qua cửa khẩu quốc tế Tây Trang
			// (Điện Biên), đến thành phố Xay"): the way out, not a place the delegation comes from or goes to.
			// Nor a stop in a route's name ("qua hành lang kinh tế Côn Minh - Lào Cai - Hà Nội"): the route's, not the happening's.
			const inside = this.placesSorted ? this.places.slice(firstFrom(this.places, s.start), firstFrom(this.places, s.end + 1)) : this.places;
			const named = inside.filter((m) => within(m, s) && m.start >= s.start + filed && !gateProvince(s.text, m.start - s.start, m.end - s.start) && !(dashBy(s.text, m.start - s.start, m.end - s.start) && inRouteName(s.text, m.start - s.start, m.end - s.start)));
			// Places in quoted speech ("\"Xê Kông mong muốn … mà tỉnh Sóc Trăng trước đây đã dày công vun đắp\", ông X nói khi
			// tiếp Đoàn …") are what was said, not where it happened, when the sentence tells its place outside the quote.
			const speech = named.length > 1 ? speechSpans(s.text) : [];
			const outside = speech.length ? named.filter((m) => !speech.some(([a, b]) => m.start - s.start >= a && m.end - s.start <= b)) : named;
			let places = outside.length ? outside : named;
			const ids: (string | null)[] = [];
			const localPeople: Mentioned[] = [];
			for (let j = 0; j < people.length; j++) {
				const m = people[j];
				const id = this.idAt(at[j]);
				ids.push(id);
				if (id) localPeople.push({ start: m.start - s.start, end: m.end - s.start, id });
			}
			// (An airport or a border gate the sentence passes is read for where it happened, "The delegation returned home via Bo Y",
			// but is no city the event names of itself: "Đoàn đến thành phố Hòa Bình sau khi nhập cảnh qua cửa khẩu …" is in Hòa Bình.)
			const localCities = places.map((p) => ({ start: p.start - s.start, end: p.end - s.start, id: p.cityId }));
			if (places.some(isGateway)) places = places.filter((p) => !isGateway(p));
			const cities = places.map((p) => ({ start: p.start, end: p.end, id: p.cityId }));
			// `own` is made when first asked (own()), but named here: every InSentence then has one shape.
			this.bySentence.set(s, (hit = { people, ids, places, localPeople, localCities, cities, own: undefined }));
		}
		return hit;
	}

	/** What the sentence says of its parties and place, whatever the frame: readSetting's own reading, made once per sentence. */
	own(s: Sentence): OwnReading {
		const m = this.mentions(s);
		if (m.own) return m.own;
		let own = ownReading(s.text, m.localPeople, m.localCities, this.cityInfo);
		// "… do tôi làm trưởng đoàn": the page's speaker, where nothing in the sentence says who "tôi" is.
		if (s.text.includes('do tôi') && own.parties.some((p) => !p.leader)) {
			const speaker = this.speaker();
			if (speaker) own = ledBySpeaker(s.text, own, speaker);
		}
		return (m.own = own);
	}

	/**
	 * The side the page's speaker speaks for: their home, the province their title names where the page first names them ("đồng
	 * chí X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Y"), and the partner, the headline's or lead's province in the other country.
	 */
	speakerSide(): { home: string; country: string | null; partner: string } | null {
		if (this.side !== undefined) return this.side;
		this.side = null;
		const speaker = this.speaker();
		const s = speaker ? this.doc.sentences.find((x) => this.mentions(x).localPeople.some((p) => p.id === speaker)) : undefined;
		if (!s) return null;
		const m = this.mentions(s);
		const home = titleCity(s.text, m.localPeople.find((p) => p.id === speaker)!, m.localPeople, m.localCities)?.id;
		const country = home ? this.cityInfo.get(home)?.country ?? null : null;
		const partner = country ? this.headlineCities().find((id) => { const c = this.cityInfo.get(id)?.country; return !!c && c !== country; }) : undefined;
		return (this.side = home && partner ? { home, country, partner } : null);
	}

	/** Who says "tôi" on the page (pageSpeaker), found when first asked. */
	speaker(): string | null {
		if (this.talker === undefined) this.talker = pageSpeaker(Array.from(this.doc.sentences, (s) => ({ text: s.text, people: this.mentions(s).localPeople })));
		return this.talker;
	}

	/** Does the person named take part in what the sentence tells? Decided once per sentence and mention. */
	participates(s: Sentence, m: PersonMention): boolean {
		let known = this.participation.get(s);
		if (!known) this.participation.set(s, (known = new Map()));
		let yes = known.get(m);
		if (yes === undefined) known.set(m, (yes = isParticipant(s, m)));
		return yes;
	}

	/** The country of a person named: the mention's, or the one the registry gives the person ("Mr Y" alone says none). */
	countryOf(m: PersonMention, id: string): string | null {
		return m.country ?? this.registry.get(id)?.country ?? null;
	}

	/** Where the article first names the person `id` (Infinity if never). */
	firstNamed(id: string): number {
		// (The people are resolved only up to the first one that is `id`, each once per page (idAt); the answer kept per id.)
		let at = (this.first ??= new Map()).get(id);
		if (at === undefined) {
			at = Infinity;
			for (let i = 0; i < this.people.length; i++)
				if (this.idAt(i) === id) {
					at = this.people[i].start;
					break;
				}
			this.first.set(id, at);
		}
		return at;
	}

	/** The province the page's masthead names as its own (mastheadProvince), if any. */
	ownProvince(): string | null {
		if (this.masthead === undefined) this.masthead = mastheadProvince(this.doc.text, this.gaz);
		return this.masthead;
	}
	/** Cities of the headline and the lead. */
	headlineCities(): string[] {
		if (this.headline) return this.headline;
		const doc = this.doc;
		const lead = doc.sentences[0];
		// The headline often lies above the body, where no place was looked for.
		// (Not the home of a delegation the headline names: "… tiếp Đoàn đại biểu cấp cao tỉnh Hủa Phăn (Lào) và Đoàn công tác Tỉnh
		// ủy Nghệ An" tells a second, domestic delegation from Nghệ An; the Lao one's meeting was not there.)
		const title = doc.title ?? '';
		const inTitle = title ? findPlaces(title, this.gaz, { includeMedia: true }).filter((p) => p.sense !== 'media' && p.sense !== 'clock' && !DELEGATION_HOME.test(title.slice(Math.max(0, p.start - 80), p.start))) : [];
		const inLead = lead ? this.places.filter((p) => within(p, lead)) : [];
		return (this.headline = [...inTitle, ...inLead].map((p) => p.cityId));
	}
}

// A delegation's name up to its home: "Đoàn công tác Tỉnh ủy ", "Đoàn đại biểu cấp cao tỉnh " (no verb nor place word between:
// "Đoàn … thăm Đắk Lắk", "Đoàn … tại Viêng Chăn" name where it went).
const DELEGATION_HOME = /(?<![\p{L}])[Đđ]oàn(?:\s+(?!(?:tại|ở|thăm|sang|đến|tới|tiếp|với|và|làm|về|dự|gặp|in|to|at|visits?)(?![\p{L}]))[\p{L}]+){1,8}\s+$/u;

/** Is `at` after `d`'s sentence, in the telling of the trip's own journey there (a visit's sentence, its arrival)? */
function toldApart(drafts: EventDraft[], d: EventDraft, at: number): boolean {
	return at >= d.sentence.end && drafts.some((o) => o !== d && o.type === 'visit' && o.sentence.start <= at && at < o.sentence.end);
}

/** `d` is a trip to come told in a clause after the first of its sentence, a clause that names its own people (see its use). */
function ownClauseTrip(known: ArticleSentences, d: EventDraft): boolean {
	return d.status === 'planned' && d.type === 'visit' && d.quote.start > d.sentence.start && known.mentions(d.sentence).people.some((m) => within(m, d.quote));
}

/** Adds `id` to `list` unless it is null or there already. */
function addNew(list: string[], id: string | null): void {
	if (id && !list.includes(id)) list.push(id);
}

/** The people of `s` who take part in what it tells, added to `out` (an id already there needs no second look). */
function addParticipants(known: ArticleSentences, s: Sentence, out: string[], hostCountry: string | null = null): void {
	const { people, ids } = known.mentions(s);
	for (let i = 0; i < people.length; i++) {
		const id = ids[i];
		if (id && !out.includes(id) && (!hostCountry || known.countryOf(people[i], id) !== hostCountry) && known.participates(s, people[i])) out.push(id);
	}
}

/** The people of `s` of the delegation's own country (`country`) who take part in what it tells, added to `out`. */
function addOwnParticipants(known: ArticleSentences, s: Sentence, out: string[], country: string): void {
	const { people, ids } = known.mentions(s);
	for (let i = 0; i < people.length; i++) {
		const id = ids[i];
		if (id && !out.includes(id) && known.countryOf(people[i], id) === country && known.participates(s, people[i])) out.push(id);
	}
}

/**
 * The country of the host the event's own sentence names, one of the other country than the visitor's ("The delegation …
 * was welcomed at Wattay International Airport by Deputy Governor … X"): who of that side the next sentences name ("During
 * the talks, Mr Y briefed the guests …") was at another moment; null when the sentence names no host.
 */
function namedHostCountry(known: ArticleSentences, s: Sentence, visitorCountry: string | null | undefined): string | null {
	if (!visitorCountry) return null;
	const { people, ids } = known.mentions(s);
	for (let i = 0; i < people.length; i++)
		if (ids[i] && people[i].country && people[i].country !== visitorCountry && known.participates(s, people[i])) return people[i].country!;
	return null;
}

// (A gate is "Cửa khẩu" too: "qua Cửa khẩu quốc tế Bờ Y (tỉnh Kon Tum)".)
const GATE_BEFORE = /[Cc]ửa\s+khẩu(?:\s+(?:quốc\s+tế|chính|phụ))?(?:\s+\p{Lu}[\p{L}-]*){1,4}\s*\(\s*(?:tỉnh\s+)?$/u;
/** The place at `start`–`end` of `text` is the bracketed province of a border gate: "cửa khẩu quốc tế Tây Trang (Điện Biên)". */
function gateProvince(text: string, start: number, end: number): boolean {
	return text.charCodeAt(start - 1) === 40 || text.charCodeAt(start - 1) === 32 ? /^\s*\)/.test(text.slice(end, end + 3)) && GATE_BEFORE.test(text.slice(Math.max(0, start - 70), start)) : false;
}

/** An event's setting, from its sentence and the article's frame `f`; its cities in article offsets. */
/** The people taking part in the article's main happenings, each with the city of their own title (if any), as the ways
 * of finding a delegation's untold head read them. */
function* titledParticipants(drafts: EventDraft[], known: ArticleSentences) {
	for (const d of drafts) {
		if (d.role !== 'main' || d.status !== 'occurred') continue;
		const m = known.mentions(d.sentence);
		for (let i = 0; i < m.people.length; i++) {
			const id = m.ids[i];
			const local = id && m.localPeople.find((p) => p.id === id && p.start === m.people[i].start - d.sentence.start);
			if (!id || !local || !known.participates(d.sentence, m.people[i])) continue;
			yield { id, local, city: titleCity(d.sentence.text, local, m.localPeople, m.localCities), text: d.sentence.text };
		}
	}
}

// The host's own provincial body, its province unnamed, receiving: "Phó Bí thư Thường trực Tỉnh ủy tiếp Đoàn …", "Chủ tịch UBND
// tỉnh đón …" (not "Tỉnh ủy Luông Pha-bang", a named one).
const OWN_BODY_RECEIVES = /(?<![\p{L}])(?:Tỉnh\s+(?:ủy|uỷ)|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân)\s+tỉnh)(?!\s+\p{Lu})[^.;]{0,40}?\s(?:tiếp|đón)\s/u;
function settingOf(known: ArticleSentences, d: EventDraft, f: Setting | null): { cities: Mentioned[]; setting: Setting } {
	const cityInfo = known.cityInfo;
	const own = known.mentions(d.sentence);
	const cities = own.cities;
	let setting = readSetting(d.sentence.text, own.localPeople, own.localCities, cityInfo, f, known.own(d.sentence), known.ownProvince());
	// "Chiều 5/10, Phó Chủ tịch UBND tỉnh … đã tiếp Đoàn đại biểu tỉnh Chămpasắc": no place in the sentence
	// nor the frame, but the headline or the lead names both sides ("Đắk Lắk tiếp Đoàn … Chămpasắc"): the
	// one in the other country than the delegation's is where it went.
	const party = setting.visitor ?? setting.hosts[0];
	if (party?.country && !setting.place && !setting.placeCountry) {
		// (Only one such city: "lãnh đạo huyện A và huyện B", districts of two provinces, leave no one side the other went to.)
		let there: string | undefined;
		for (const id of known.headlineCities()) {
			const country = cityInfo.get(id)?.country;
			if (!country || country === party.country || id === there) continue;
			if (there) {
				there = undefined;
				break;
			}
			there = id;
		}
		// (Nor there: a provincial portal's own body receiving, its province unnamed ("- 14h00: Đồng chí Phó Bí thư Thường trực
		// Tỉnh ủy tiếp Đoàn … tỉnh Y (Lào) …" under "ĐẢNG BỘ TỈNH X - CỔNG THÔNG TIN ĐIỆN TỬ"): the page's own province hosts.)
		if (!there && setting.visitor && OWN_BODY_RECEIVES.test(d.sentence.text)) {
			const home = known.ownProvince();
			if (home && cityInfo.get(home)?.country !== party.country) there = home;
		}
		if (there) setting = readSetting(d.sentence.text, own.localPeople, own.localCities, cityInfo, { visitor: null, hosts: [], ...f, place: there, placeCountry: cityInfo.get(there)?.country ?? null }, known.own(d.sentence), known.ownProvince());
	}
	// A sapo names the delegation ("Đoàn đại biểu cấp cao tỉnh X đang có chuyến thăm … từ ngày 4-7/9")
	// and the lead's next, undated sentence its leader ("Đoàn … tỉnh X do đồng chí Y … làm Trưởng đoàn"):
	// the same delegation, so the leader is the event's.
	const v = setting.visitor;
	if (d.role === 'main' && v && !v.leader && v.fromCity)
		for (let i = 0; i < 2 && i < d.followers.length; i++) {
			const s = d.followers[i];
			const m = known.mentions(s);
			const other = readSetting(s.text, m.localPeople, m.localCities, cityInfo, f, known.own(s)).visitor;
			if (other?.leader && other.fromCity === v.fromCity) {
				setting.visitor = { ...v, leader: other.leader };
				break;
			}
			// (Or "đoàn" alone, led by one of the delegation's country: "Ông Y khẳng định sẽ trực tiếp dẫn đoàn sang …" after the
			// trip agreed for "Đoàn tỉnh X" names the delegation just told, and Y its head.)
			const bare = known.own(s).parties.find((p) => p.leader && !p.fromCity && !p.fromBody && !p.country);
			if (bare && countryOfId(known, m, bare.leader!) === v.country) {
				setting.visitor = { ...v, leader: bare.leader };
				break;
			}
		}
	// "Chiều 12/6, tại … Pác Xế, UBND tỉnh Bình Phước … tổ chức Diễn đàn …" then "Đoàn doanh nghiệp tỉnh Bình Phước
	// … do ông X … làm trưởng đoàn.": the delegation at the event, introduced right after it, travelled to where it was.
	if (d.role === 'main' && !v && (setting.place || setting.placeCountry))
		for (let i = 0; i < 2 && i < d.followers.length; i++) {
			const s = d.followers[i];
			// (Not a trip still to come: "Trong dịp này, ông X nhận lời mời dẫn Đoàn … sang thăm Hà Nội" after "- Sáng 22/11: Đoàn
			// về nước." is the host's return visit, not the delegation going home.)
			if (isPlanned(s.text)) continue;
			const m = known.mentions(s);
			const read = readSetting(s.text, m.localPeople, m.localCities, cityInfo, { ...setting, visitor: null, hosts: [] }, known.own(s));
			const other = read.visitor;
			if (other?.leader && other.fromCity) {
				setting.visitor = other;
				// (With the delegations named beside it: "Tham dự Trại có Đoàn … do A … và Đoàn … do B …".)
				if (read.also) setting.also = read.also;
				break;
			}
		}
	return { cities, setting };
}

/** The country of the person `id` named in the sentence whose mentions are `m`. */
function countryOfId(known: ArticleSentences, m: InSentence, id: string): string | null {
	const i = m.ids.indexOf(id);
	return i >= 0 ? known.countryOf(m.people[i], id) : null;
}

// A notice's contact line: "Đầu mối liên hệ: …", "Người liên hệ: …", "Liên hệ: …".
const CONTACT_LINE = /^(?:(?:đầu\s+mối|người|thông\s+tin)\s+)?liên\s+hệ\s*:/iu;
// A periodical's line on its author: "Về tác giả: ThS. X, …", "Tác giả: X", "Thông tin tác giả: …". Who wrote the page is never
// one who took part in what it tells (the writer who went along says "tôi", "người viết", and names no one).
const AUTHOR_LINE = /^(?:về\s+tác\s+giả|thông\s+tin\s+(?:về\s+)?tác\s+giả|tác\s+giả(?:\s+liên\s+hệ)?)\s*:/iu;
// A receiving verb just before a delegation's phrase: "tiếp Đoàn …", "đón Đoàn …", "received a delegation …".
const RECEIVED_BEFORE = /(?<![\p{L}])(?:tiếp|đón(?:\s+tiếp)?|received|welcomed|hosted)\s+(?:(?:a|an|the)\s+)?$/u;
/**
 * Does `s` tell the receiving of a delegation led by another than `v`'s leader, from a city of the country `v` went to, in that
 * country (`placeCountry`, when the sentence says it)? (Not the visitor's home receiving the hosts' return visit: "Theo kế hoạch,
 * … tỉnh Quảng Nam sẽ đón Đoàn lãnh đạo tỉnh Chăm-pa-xắc do đồng chí X …" is a Vietnam–Laos trip.)
 */
function receivesDomestic(known: ArticleSentences, s: Sentence, v: Party, placeCountry: string | null): boolean {
	const { parties, phrases } = known.own(s);
	if (parties.some((p) => sameOrigin(p, v))) return false;
	return parties.some((p, i) => !!p.leader && p.leader !== v.leader && !!p.country && p.country !== v.country && (!placeCountry || placeCountry === p.country) && !!p.fromCity && RECEIVED_BEFORE.test(s.text.slice(Math.max(0, phrases[i][0] - 20), phrases[i][0])));
}

// A person's name, then the delegation they came with: "X (Phó Tỉnh trưởng) và Đoàn đại biểu tỉnh Y", "X và Đoàn công tác tỉnh Y".
const WITH_DELEGATION = /^(?:\s*\([^()]{0,80}\))?\s+và\s+(?:các\s+thành\s+viên\s+)?[Đđ]oàn\s+(?:đại\s+biểu|công\s+tác)(?:\s+cấp\s+cao)?\s[^,;.()]{0,60}/u;
/** Does `s` name the frame's delegation: its leader, a delegation from its home, or one named apart from the others' ("Đoàn")? */
function namesFrameDelegation(known: ArticleSentences, s: Sentence, v: Party): boolean {
	if (v.leader && known.mentions(s).localPeople.some((p) => p.id === v.leader)) return true;
	const own = known.own(s);
	if (own.parties.some((p) => sameOrigin(p, v))) return true;
	// (What is left once the other groups are taken out: "đoàn y, bác sĩ Bệnh viện … tỉnh Thanh Hóa" is not the delegation.)
	let rest = s.text;
	for (const [a, b] of [...own.phrases].reverse()) rest = rest.slice(0, a) + rest.slice(b);
	return NAMES_DELEGATION.test(rest);
}

/** How many of the round-up's item starts lie at or before `at`: the item a sentence belongs to. */
function itemAt(items: number[], at: number): number {
	let k = 0;
	for (const start of items) if (start <= at) k++;
	return k;
}

// A delegation told apart from the article's: "một đoàn đại biểu khác", "another delegation".
// (The per-draft patterns that open on "no letter before" are WordPatterns: their words looked for first, the letter before
// a match checked after it, not the look-behind tried at every position of the sentence.)
const OTHER_DELEGATION = new WordPattern(/(?<![\p{L}])(?:đoàn(?:\s+(?:đại\s+biểu|công\s+tác|cán\s+bộ))?\s+khác|another\s+(?:[\p{L}-]+\s+)?delegation)(?![\p{L}])/iu);
// The delegation gone home, as the subject of a time clause: "sau khi Đoàn về nước", "after the delegation returned home".
const AFTER_IT_LEFT = new WordPattern(/(?<![\p{L}])(?:sau\s+khi\s+(?:[Đđ]oàn|phái\s+đoàn)\s+(?:đã\s+)?(?:về\s+nước|trở\s+về|rời)|after\s+the\s+delegation\s+(?:had\s+)?(?:returned|left|went\s+home))(?![\p{L}])/u);
// Leaving, said of the delegation ("Đoàn sẽ ở lại Hà Tĩnh đến hết ngày 8/12", "kết thúc chuyến thăm và trở về nước").
const LEAVING = new WordPattern(/(?<![\p{L}])(?:ở\s+lại[^.;]{0,40}?đến\s+hết|kết\s+thúc\s+chuyến|về\s+nước|rời\s|trở\s+về|return(?:s|ed)?\s+home|leaves?\s|left\s)/iu);
// Going home: "Đoàn về nước qua cửa khẩu …", "lên đường trở về nước", "The delegation returned home on Saturday".
const GOING_HOME = new WordPattern(/(?<![\p{L}])(?:về\s+nước|return(?:s|ed|ing)?\s+home|(?:left|leaves?|leaving)\s+for\s+home|head(?:s|ed)?\s+home)(?![\p{L}])/iu);
// Seeing the guests off: "đã tiễn Đoàn tại cửa khẩu", "saw the delegation off at the airport", "bade farewell to".
const SEEN_OFF = new WordPattern(/(?<![\p{L}])(?:tiễn|chia\s+tay|(?:see|sees|saw|seen|seeing)\s[^.;]{0,60}?\soff|bid\s+farewell|bade\s+farewell|(?:said|says)\s+goodbye)(?![\p{L}])/iu);
// Both sides named, whoever is: "hai bên", "hai đoàn", "both sides".
// Another delegation's trip agreed on, put off or announced, with its leader: "dời lại chuyến thăm … của Đoàn … do X … làm trưởng
// đoàn", "sẽ cử Đoàn … do X dẫn đầu sang …".
// A sentence whose subject is a group told by what it is, after its time if any: "A group of …", "Một nhóm …", "Một số doanh nghiệp …".
const SOME_GROUP = /^(?:[^,;.]{0,40},\s+)?(?:(?:A|An)\s+(?:group|number|handful)\s+of|Some\s+\d*\s*(?:[\p{L}-]+\s+){0,3}(?:businesses|companies|firms|enterprises)|Một\s+(?:nhóm|số)\s+(?:doanh\s+nghiệp|doanh\s+nhân|công\s+ty|hộ|nông\s+dân|người))(?![\p{L}])/u;
// The chair of the happening just told, named in a sentence of its own: "Chủ trì hội đàm về phía tỉnh bạn có đồng chí X, …",
// "Chủ trì buổi làm việc là ông X": that sentence tells the same talks (its kind must be the happening's), not new ones.
const CHAIRED = /^(?:Cùng\s+)?[Cc]hủ\s+trì\s+(?:buổi\s+|cuộc\s+)?(?:hội\s+đàm|làm\s+việc|tiếp|hội\s+kiến|hội\s+nghị|(?:tọa|toạ)\s+đàm)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:có|là|gồm)\s+(?:các\s+)?(?:đồng\s+chí|ông|bà)(?![\p{L}])/u;
// A photo's caption as news prints it, a paragraph of one sentence opening with the person shown, with no tense and no
// date: "Đồng chí X tặng quà lưu niệm cho Đoàn đại biểu tỉnh …", "Ông X (thứ 3 từ trái) chụp ảnh lưu niệm cùng Đoàn".
// (Its verb one of a photo's, not of speech: "Đồng chí X đề nghị hai huyện …" tells what was said at the happening.)
const CAPTION_LIKE = /^(?:[Đđ]ồng\s+chí|Ông|Bà)\s+\p{Lu}[^\d.;:]{0,100}?(?<![\p{L}])(?:tặng|trao|chụp\s+ảnh|bắt\s+tay|trao\s+đổi|chúc\s+mừng)(?![\p{L}])[^\d.;:]{0,80}[.]?$/u;
const TENSED = new WordPattern(/(?<![\p{L}])(?:đã|sẽ|đang|vừa|được|bị|từng)(?![\p{L}])/u);
// An invitation to come over some other time: "mời đồng chí Y dẫn đoàn sang thăm …", "mời … sang thăm … vào thời gian thích hợp",
// "invited Y to lead a delegation to …", "invited … to visit … at a convenient time". (Not "lời mời của", "được mời": a trip made
// at one's invitation, or one invited to this happening.) So is one accepted, a trip still to come: "Đồng chí X nhận lời dẫn
// đoàn … sang tỉnh Y dự hội chợ" after "Chiều 12/5, Đoàn thăm Hội chợ …" names one not at that visit.
const INVITED_OVER = /(?<![\p{L}])nhận\s+lời(?:\s+mời)?\s+(?:sẽ\s+)?(?:dẫn\s+(?:đầu\s+)?(?:một\s+)?đoàn|sang\s)|(?<![\p{L}])(?<!(?:lời|được)\s)mời(?!\s+của(?![\p{L}]))(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?:dẫn\s+(?:đầu\s+)?(?:một\s+)?đoàn|sang\s+thăm|thời\s+gian\s+thích\s+hợp|dịp\s+thích\s+hợp)(?![\p{L}])|(?<![\p{L}])invit(?:ed|es)\s[^.;]{0,160}?(?:to\s+lead\s+(?:a|an|the)\s|at\s+(?:a|an)\s+(?:convenient|appropriate|suitable)\s+time)/iu;
// A numbered photo's caption: "Ảnh 1: …", "Hình 2: …", "Photo 3: …", "[Ảnh 4] …".
const NUMBERED_CAPTION = /^(?:(?:Ảnh|Hình|Photo)\s*\d{1,2}\s*[:.]|\[(?:Ảnh|Hình|Photo)\s*\d{0,2}\])\s/u;
// A day and month in a caption: "sáng 20/11", "ngày 20-11".
const CAPTION_DAY = /(?<![\d/.-])(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d])/u;
/** `d` is on one day (a picture shows a moment, not a stay of days), and the caption names no other. */
function onTheDay(text: string, d: EventDraft): boolean {
	if (d.date && d.date.start !== d.date.end) return false;
	const m = CAPTION_DAY.exec(text);
	if (!m) return true;
	if (!d.date) return false;
	const [, mm, dd] = d.date.start.split('-').map(Number);
	return Number(m[1]) === dd && Number(m[2]) === mm;
}
/** `s` is the only sentence of its paragraph. */
function aloneInParagraph(sentences: Sentence[], s: Sentence): boolean {
	const i = sentences.indexOf(s);
	return i >= 0 && sentences[i - 1]?.paragraph !== s.paragraph && sentences[i + 1]?.paragraph !== s.paragraph;
}
// Where two countries meet: "tại cửa khẩu quốc tế …", "ở khu vực cửa khẩu …", "at the … border gate".
const AT_GATE = new WordPattern(/(?<![\p{L}])(?:(?:tại|ở)\s+(?:khu\s+vực\s+)?cửa\s+khẩu|at\s+the\s+[^,.;]{0,40}?border\s+gate)(?![\p{L}])/iu);
// Given: "trao tặng", "bàn giao", "handed over". (Talks at a gate, "tại Cửa khẩu quốc tế …, Công an hai tỉnh tổ chức hội đàm",
// may be the delegation's, come over for them.)
const GAVE = new WordPattern(/(?<![\p{L}])(?:trao(?:\s+tặng)?|bàn\s+giao|tặng|handed\s+over|presented|donated)(?![\p{L}])/iu);
// Going through it: "xuất cảnh", "nhập cảnh", "qua cửa khẩu", "sang", "về nước", "crossed", "entered".
const CROSSING = new WordPattern(/(?<![\p{L}])(?:xuất\s+cảnh|nhập\s+cảnh|qua\s+cửa\s+khẩu|sang|về\s+nước|crossed|entered|returned|arrived|left)(?![\p{L}])/iu);
// A visit told on the day it ends: "wrapped up a four-day working visit", "concluded its visit", "kết thúc chuyến thăm"; or on
// the day the delegation went home ("… returned home on Thursday after a three-day visit to …", "Đoàn đã về nước"), not
// "trước khi về nước", the day's doing before it.
const WRAPPED_UP = new WordPattern(/(?<![\p{L}])(?:wrap(?:ped|s)?\s+up|conclud(?:ed|es)|kết\s+thúc\s+(?:tốt\s+đẹp\s+)?(?:chuyến|đợt)|(?:returned|flew|headed|went)\s+(?:back\s+)?home|(?<!(?:trước|sau)\s+khi\s+(?:trở\s+)?)về\s+nước)(?![\p{L}])/iu);
// A programme's bullet ("- Ngày 20/11: …").
const BULLET = /^[-–•+]\s/u;
// Who goes with the delegation, told as a list: "Cùng đi với Đoàn có …", "Cùng đi có …", "Tham gia Đoàn có …", "Đi cùng Đoàn có …".
const WENT_WITH = /^(?:Cùng\s+đi(?:\s+với\s+[Đđ]oàn)?|Tham\s+gia\s+[Đđ]oàn|Đi\s+cùng(?:\s+với)?\s+[Đđ]oàn|Tháp\s+tùng\s+[Đđ]oàn)\s+(?:còn\s+)?(?:có|gồm)(?![\p{L}])/u;
// Words said to the paper, in a paragraph of their own ("Trao đổi với phóng viên, đồng chí X, Giám đốc Sở … cho biết, …",
// "Trả lời phỏng vấn, ông X nói …", "Speaking to reporters, X said …"): the source of the story, not one at the happening told
// before. (Said there, "bên lề hội nghị" / "on the sidelines", he was at it.)
const SAID_QUOTE = /^["“][^"“”]{8,}["”]\s*,/u;
const TO_REPORTER = /^(?:(?:Trao\s+đổi|Chia\s+sẻ|Trả\s+lời|Nói)\s+với\s+(?:phóng\s+viên|PV|báo\s+chí|các\s+phóng\s+viên)|Trả\s+lời\s+phỏng\s+vấn|(?:Speaking|Talking)\s+to\s+(?:reporters|journalists|the\s+press))(?![\p{L}])(?![^.;]{0,80}?(?:bên\s+lề|sidelines))/u;
// Figures of the years up to now, told by someone: "X … cho biết, từ năm 2018 đến nay, …".
// (Not when said at the happening: "Tại buổi tiếp, Thứ trưởng X cho biết …".)
const YEARS_TOLD = /^(?!(?:Tại|Trong|Phát\s+biểu|Thông\s+tin|Chia\s+sẻ)\s)[^.;]{0,200}?(?<![\p{L}])cho\s+biết\s*,?\s+từ\s+năm\s+\d{4}\s+đến\s+nay(?![\p{L}])/u;
// Memories told by the one who lived them, with the years they go back to: "Ông X, 78 tuổi, nguyên chiến sĩ …, kể lại: từ năm 1969
// …", "Bà Y, nguyên chuyên gia giai đoạn 1978 - 1986, nhớ lại …". Whoever recalls the past in a paragraph after the happening is
// its witness, quoted for the story, not a party to it. (Looked for only in a sentence naming a year of the last century or this.
// Not when said at the happening, "Phát biểu tại lễ kỷ niệm, đồng chí X … ôn lại: trong những năm 1945 - 1975 …": the speaker is
// at it; nor a leader's review of history, "ôn lại".)
const RECALLED = /^(?!(?:Tại|Trong|Phát\s+biểu|Thay\s+mặt)\s)[^.;]{0,200}?(?<![\p{L}])(?:kể\s+lại|nhớ\s+lại|hồi\s+tưởng)(?![\p{L}])/u;
const PAST_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// Words put to their speaker by the paper, "Theo PGS.TS X, Học viện …, quan hệ giữa hai tỉnh …": a source the story cites.
const ACCORDING_TO = /^Theo\s+(?:(?:PGS|GS|TS|ThS|BS)[.\s]|ông\s|bà\s|đồng\s+chí\s|\p{Lu}\p{Ll}*\s+\p{Lu})/u;
// A sentence opening with a time of its own, after a caption's mark if any: "- Ngày 13/11: …", "Chiều cùng ngày, …", "Ngày thứ hai
// của chuyến công tác, …", "Sáng hôm sau, …", "On the 4th, …", "On Wednesday, …", "The next day, …". Days told as a run are
// their own moment too: "Trong các ngày 15, 16 và 17/10, Đoàn chia thành hai tổ …", "Từ ngày 15 đến 17/10, …", "From 15 to 17
// October, …" move the story on, and who speaks after them was not at the meeting told before.
const OWN_MOMENT = /^(?:\[[^\]]{1,20}\]\s*)?(?:[-–•+]\s+[^\d.;:]{0,24}\d{1,2}\s*[/-]\s*\d{1,2}|(?:Trong\s+)?(?:các|những)\s+ngày\s+\d{1,2}(?!\d)|(?:Từ|From)\s+(?:ngày\s+)?\d{1,2}\s*(?:[/-]\s*\d{1,2}\s*)?(?:đến|tới|to|-|–)\s*(?:ngày\s+)?\d|(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)\s+(?:\d{1,2}[/-]\d|cùng\s+ngày|hôm\s+(?:sau|trước)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)\s+của|tiếp\s+theo|kế\s+tiếp|sau(?![\p{L}]))|On\s+(?:the\s+(?:\d{1,2}(?:st|nd|rd|th)|following\s+day|next\s+day|same\s+day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\p{L}])|The\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening))/u;
// Words that tell a happening as one gone before the story's: "Trước đó", "hai ngày trước", "tuần trước", "cũng đã", "earlier".
const TOLD_AS_BEFORE = /(?<![\p{L}])(?:[Tt]rước\s+đó|(?:ngày|hôm|tuần|tháng)\s+trước|cũng\s+đã|[Ee]arlier|[Pp]reviously)(?![\p{L}])/u;
// A sentence that goes back before the news just told: "Earlier in the day, …", "Earlier, …", "Before that, …", "Trước đó, …",
// and the day or evening before it, "Tối hôm trước, Đoàn đã gặp mặt …", "The evening before, …".
const FLASHBACK = /^(?:Earlier(?:\s+(?:in\s+the\s+day|that\s+day|in\s+the\s+morning|that\s+morning))?|Before\s+that|Prior\s+to\s+that|Trước\s+đó|(?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày)\s+hôm|Hôm)\s+trước|The\s+(?:day|morning|afternoon|evening|night)\s+before|The\s+previous\s+(?:day|morning|afternoon|evening|night))(?![\p{L}])/u;
// (Or put off after it is named: "Chuyến thăm … của Đoàn … do Đại tá X … làm trưởng đoàn, dự kiến vào tháng 10, tiếp tục được lùi
// lại …": X leads a trip still to come, not one at the happening told before.)
const OTHER_TRIP = /(?<![\p{L}])(?:dời\s+lại|lùi\s+lại|hoãn|sẽ|dự\s+kiến)(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])[Đđ]oàn(?![\p{L}])[^.;]{0,120}?\sdo\s[^.;]{0,120}?(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn|làm\s+Trưởng\s+đoàn)|(?<![\p{L}])[Đđ]oàn(?![\p{L}])[^.;]{0,120}?\sdo\s[^.;]{0,120}?(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)[^.;]{0,80}?(?<![\p{L}])(?:hoãn|dời|lùi)(?![\p{L}])/u;
// (Both alternatives need "Đoàn"/"đoàn" and "do" (" do "): looked for plainly first, the pattern tried only where both are.)
const otherTrip = (text: string) => text.includes('oàn') && text.includes('do') && OTHER_TRIP.test(text);
// A sentence about "the visit" just named: "Chuyến thăm dự kiến …", "The visit, planned for …".
// "lùi lại chuyến thăm sang …", "dời chuyến công tác đến …": the visit named before, put off.
const PUT_OFF_VISIT = new WordPattern(/(?<![\p{L}])(?:lùi|dời|hoãn)\s+(?:lại\s+)?(?:chuyến|đợt)\s+(?:thăm|công\s+tác)(?![\p{L}])/iu);
// "… của Đoàn … do đồng chí Y … làm trưởng đoàn đã được hoãn": the led delegation's trip, told put off.
// (Or the plan told first, then put off in the same sentence: "Đoàn … do Đại tá Y làm trưởng đoàn sẽ sang thăm … vào tháng 6,
// song do dịch …, chuyến thăm đã phải hoãn lại".)
const PUT_OFF_TOLD = /(?<![\p{L}])[Đđ]oàn(?![\p{L}])[^.;]{0,120}?\sdo\s[^.;]{0,120}?(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)(?:\s+(?:đã\s+)?(?:được\s+|bị\s+)?|[^.;]{0,160}?(?:chuyến|đợt)\s+(?:thăm|công\s+tác)[^.;]{0,20}?\s(?:đã\s+|bị\s+|được\s+|phải\s+){0,3})(?:hoãn|dời|lùi)(?![\p{L}])/u;
const PUT_OFF_WORD = /(?<![\p{L}])(?:hoãn|dời|lùi)(?![\p{L}])/u;
// A province sending its people over with no place named: "tỉnh X sẽ đưa đoàn nghệ thuật sang biểu diễn tại Lễ hội …", "tỉnh X
// sẽ cử đoàn sang dự …", "tỉnh X sẽ sang …" (not "sang năm", next year).
const SENT_OVER = /(?<![\p{L}])(?:(?:đưa|cử)\s+(?:một\s+)?(?:đoàn|đội)(?![\p{L}])[^,;.]{0,60}?\s|(?:sẽ|đã|dự\s+kiến)\s+)sang\s+(?!(?:năm|tháng|tuần|ngày|đầu|cuối|giữa)(?![\p{L}]))/u;
/**
 * Where a province named just before the verb sends its people "sang", no place named (SENT_OVER): "sang" crosses the border,
 * so they go to the other country's side of the page, the province whose page it is (its masthead), when that lies across the
 * line from the sender. Null otherwise.
 */
function sentOverTo(known: ArticleSentences, s: Sentence): string | null {
	const m = s.text.includes('sang') ? SENT_OVER.exec(s.text) : null;
	if (!m) return null;
	const cities = known.mentions(s).localCities;
	const sender = cities.findLast((c) => c.end <= m.index);
	if (!sender || m.index - sender.end > 40 || /[,;.]/u.test(s.text.slice(sender.end, m.index)) || cities.some((c) => c.start >= m.index)) return null;
	const home = known.ownProvince();
	const across = home ? known.cityInfo.get(home)?.country : null;
	return home && across && across !== known.cityInfo.get(sender.id)?.country ? home : null;
}
// A delegation sent to a happening named by its kind alone, no place of its own: "Tỉnh X nhận lời sẽ cử đoàn sang dự Lễ hội vào
// tháng 2 tới", "… sẽ cử đoàn sang tham dự Hội chợ". Group 1 the kind, group 2 its own name if any ("dự Lễ hội Thạt Luổng").
const SENT_TO_HAPPENING = /(?<![\p{L}])cử\s+(?:một\s+)?đoàn(?![\p{L}])[^.;]{0,80}?\s(?:sang|đến|tới)\s+(?:tham\s+)?dự\s+((?:[Ll]ễ|[Nn]gày|[Hh]ội|[Đđ]ại)\s+hội|[Hh]ội\s+(?:chợ|nghị|thảo|thao|thi|diễn|báo)|[Dd]iễn\s+đàn|[Ll]iên\s+hoan|[Tt]riển\s+lãm|[Tt]uần\s+lễ|[Ff]estival)(?![\p{L}])((?:\s+\p{Lu}[\p{L}-]*)*)/u;
/**
 * The place of the happening a delegation is sent to with no place of its own ("… sẽ cử đoàn sang dự Lễ hội vào tháng 2 tới"):
 * the definite kind refers back to the one named in the sentences just before, with its place in its name or after it
 * ("… mời lãnh đạo tỉnh X sang dự Lễ hội Y tỉnh Z năm 2020." names Z). Null when none is named so.
 */
function sentHappeningPlace(known: ArticleSentences, doc: Doc, s: Sentence): string | null {
	const m = s.text.includes('cử') ? SENT_TO_HAPPENING.exec(s.text) : null;
	// (Not when the sentence names a place after the kind: "cử đoàn sang dự Lễ hội … tại tỉnh Y" is read by readSetting.)
	if (!m || known.mentions(s).localCities.some((c) => c.start >= m.index)) return null;
	// (The kind as written or opening a sentence, "lễ hội" or "Lễ hội"; its name word for word. Letters, dashes and spaces only.)
	const c0 = m[1][0];
	const kind = new RegExp(`(?<![\\p{L}])[${c0.toLowerCase()}${c0.toUpperCase()}]${(m[1].slice(1) + m[2]).replace(/-/g, '\\-').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u');
	const k = doc.sentences.indexOf(s);
	for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
		const prev = doc.sentences[j];
		const at = kind.exec(prev.text);
		if (!at) continue;
		// Its name runs to the end of the clause: "Lễ hội Vắt Phu Chăm-pa-xắc năm 2020", "Hội chợ … tổ chức tại thành phố Y".
		const from = at.index + at[0].length;
		const to = from + (/^[^,;.()]{0,100}/u.exec(prev.text.slice(from))?.[0].length ?? 0);
		const own = known.mentions(s).localCities.map((c) => c.id);
		const c = known.mentions(prev).localCities.find((x) => x.start >= at.index && x.start < to);
		return c && !own.includes(c.id) ? c.id : null;
	}
	return null;
}
const THE_VISIT = /^(?:chuyến\s+(?:thăm|công\s+tác)|the\s+(?:visit|trip))(?![\p{L}])/iu;
const OPENS_BOTH_SIDES = /^hai\s+bên(?![\p{L}])/iu;
const BOTH_SIDES = new WordPattern(/(?<![\p{L}])(?:hai\s+(?:bên|đoàn|tỉnh|thành\s+phố|địa\s+phương)|(?:both|two)\s+(?:sides|provinces|cities|localities))(?![\p{L}])/iu);
// The delegation named, if only as "Đoàn" ("Trước đó, chiều 11/3, Đoàn đã đến chào …"), or its guests.
// ("đoàn kết" is solidarity, "đoàn viên" a member, "đoàn thể" the mass organisations: no delegation.)
/** The leader of a delegation the sentence names by its kind alone ("Đoàn do bà X, Chủ tịch Hội … Thành phố làm trưởng đoàn"). */
function bareLed(known: ArticleSentences, s: Sentence): Party | null {
	if (!s.text.includes('oàn')) return null;
	const own = known.own(s);
	// (Its kind is no body: "Đoàn công tác do ông X, Chủ tịch Liên đoàn Lao động tỉnh làm trưởng đoàn" is read with the body
	// "công tác", and the bare phrase says it names none.)
	return own.parties.find((p, i) => p.leader && !p.fromCity && !p.country && BARE_DELEGATION.test(s.text.slice(own.phrases[i][0], own.phrases[i][1]))) ?? null;
}
const BOTH_DELEGATIONS = new WordPattern(/(?<![\p{L}])(?:(?:cả\s+)?hai\s+đoàn|both\s+delegations)(?![\p{L}])/iu);
// A delegation named by no place nor body, only its kind: "Đoàn", "Đoàn công tác", "đoàn đại biểu".
const BARE_DELEGATION = /^[Đđ]oàn(?:\s+(?:công\s+tác|đại\s+biểu|cán\s+bộ))?$/u;
// A sentence whose subject is named bodies (after an opening phrase set off by a comma), then its verb's tense: "Trong dịp này, Sở
// Giáo dục và Đào tạo Hà Nội và Sở Giáo dục … sẽ ký …", "UBND tỉnh X và Hội Y đã trao …", "The Department of Education of X and
// the Y Department will sign …" (a "Đoàn", "hai bên" or a named person is checked apart); or its verb of giving with no tense,
// "Dịp này, Liên đoàn Lao động thành phố trao tặng …". (The bodies of both sides at once too: "Công an hai Thủ đô đã ký kết …".)
const BODIES_ACT = /^(?:[^,;.]{0,40},\s*)?(?:(?:(?:Sở|Bộ|Hội|Ban|Cục|Viện|Học\s+viện|Trường|Bệnh\s+viện|Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Ngân\s+hàng|Trung\s+tâm|Liên\s+đoàn|Liên\s+hiệp|Mặt\s+trận|Công\s+an|Đại\s+học)\s+(?:\p{Lu}|hai\s)|(?:Ủy|Uỷ)\s+ban\s|(?:UBND|HĐND|Tỉnh\s+(?:ủy|uỷ|đoàn)|Thành\s+(?:ủy|uỷ|đoàn))(?![\p{L}]))(?:(?!\s(?:[Đđ]oàn|hai\s+bên|đồng\s+chí|[Ôô]ng|[Bb]à)\s)[^,;.]){0,140}?\s(?:đã|sẽ|vừa|đang|cũng|dự\s+kiến|tiếp\s+tục|trao|tặng)\s|[Tt]he\s+(?:\p{Lu}[\p{L}&-]*\s+){0,5}(?:Department|Committee|Union|Association|University|Hospital|Company|Ministry|Bank|Council|Federation|College|Chamber)(?:(?!\s(?:delegations?|sides|guests)\s)[^,;.]){0,140}?\s(?:will|have|has|had|signed|agreed)\s)/u;
// The sentence's subject, a named person opening its clause (after an opening phrase set off by a comma, and a rank or an
// honorific), then their titles after a comma, then a verb of meeting or giving.
const SUBJECT_BEFORE = /^(?:[^,;.]{0,60},\s*){0,2}(?:(?!(?:tiếp|đón|với|và|cùng|gặp|thăm|của|cho|có)\s)[\p{L}.]+\s+){0,3}$/u;
const SUBJECT_ACTS = /^(?:\s*\([^()]{0,80}\)|,[^;.]{0,160}?,?)?\s+(?:(?:đã|đang|vừa|cũng|sẽ|tiếp\s+tục)\s+)*(?:có\s+buổi\s+)?(?:làm\s+việc|hội\s+đàm|gặp(?:\s+gỡ)?|hội\s+kiến|trao(?:\s+tặng)?|tặng|chào\s+xã\s+giao)(?![\p{L}])([^;.]{0,120})/u;
/**
 * Is `s` told of one named member of the visiting delegation acting on their own: its subject a named person other than the
 * leader, with no word of the delegation, meeting or giving to a body or person of the hosts' side ("Chiều cùng ngày, đồng chí
 * X đã làm việc với Liên hiệp Công đoàn tỉnh Y", "Sáng 30/12, Thiếu tướng X trao tặng Công an tỉnh Y 2 xe ô tô", the hosts'
 * city named after the verb)? Then the leader, not named, was not there: the member's own meeting. (Not a host acting, whose
 * own title names the hosts' city before the verb.)
 */
function memberActsAlone(known: ArticleSentences, s: Sentence, setting: Setting, participants: string[]): boolean {
	const v = setting.visitor;
	if (!v?.leader || !v.country || participants.includes(v.leader)) return false;
	const m = known.mentions(s);
	const p = m.localPeople[0];
	if (!p || p.id === v.leader || !SUBJECT_BEFORE.test(s.text.slice(0, p.start))) return false;
	const acts = SUBJECT_ACTS.exec(s.text.slice(p.end));
	if (!acts || namesDelegationNotUnion(s.text, m.localPeople)) return false;
	const objectAt = p.end + acts[0].length - acts[1].length;
	const side = (c: Mentioned) => known.cityInfo.get(c.id)?.country ?? null;
	// The subject's own city, before the verb, is of the visitors' side or none; the object's, after it, of the hosts'.
	return m.localCities.every((c) => c.start >= objectAt || side(c) !== setting.placeCountry || side(c) === v.country) && m.localCities.some((c) => c.start >= objectAt && c.end <= p.end + acts[0].length && !!side(c) && side(c) !== v.country);
}

// A trade union's name before a "đoàn": "Công đoàn", "Liên đoàn Lao động".
const UNION_BEFORE = /(?:[Cc]ông|[Ll]iên)\s+$/u;
/**
 * NAMES_DELEGATION, but for a trade union's name: "Dịp này, Liên đoàn Lao động thành phố trao tặng Liên hiệp Công đoàn tỉnh Y …"
 * names two unions, no delegation (the bodies act: BODIES_ACT). Nor is a person's surname a delegation: "BSCKII Đoàn Văn X,
 * Giám đốc Bệnh viện …" (a mention of `people` opens there).
 */
function namesDelegationNotUnion(text: string, people: Mentioned[]): boolean {
	for (let m = NAMES_DELEGATION.exec(text); m; m = NAMES_DELEGATION.exec(text, m.index + 1))
		if (!UNION_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) && !people.some((p) => p.start === m!.index)) return true;
	return false;
}

// (An art troupe is a "đoàn" in English too: "Over the weekend, the Champassak Provincial Art Troupe performed …".)
const NAMES_DELEGATION_RE = /(?<![\p{L}])(?:đoàn(?!\s+(?:kết(?!\s+thúc)|viên|thể|tụ)(?![\p{L}]))|delegation|delegates|guests?|visitors?|khách|troupe)(?![\p{L}])/iu;
// Tested as a WordPattern (the words first, the letter before them checked after): tested on every draft's sentence, several
// times, and a pattern opening on a look-behind is tried at every position. So are LEAVING, AT_GATE and WRAPPED_UP.
const NAMES_DELEGATION = new WordPattern(NAMES_DELEGATION_RE);

// A visit made: "đã sang thăm", "đã đến thăm", "visited", "paid a working visit to".
// Or led there: "ông đã dẫn đầu Đoàn công tác tỉnh … sang Hà Nội", "led a delegation to Hanoi". Or gone across, the
// word of a trip abroad: "Đoàn … do đồng chí X dẫn đầu đã sang Huế chúc Tết …". Or the led delegation going, in a dated recollection
// with no "đã" (a year review's month list): "Tháng 3/2023, Đoàn … do đồng chí X làm trưởng đoàn sang thăm, làm việc tại tỉnh …".
// Or named as a visit, the noun, of a delegation, in a recollection dated and done: "Đây là chuyến thăm đáp lễ chuyến thăm, làm
// việc của Đoàn … do đồng chí X dẫn đầu tại tỉnh … vào tháng 9 năm ngoái", "a return visit for a visit to … by a delegation led by
// X last year" (the verb of going is the noun's).
/** May the sentence's delegation be the frame's? Not when it names one of its own by city or body (not the bare 'Đoàn') and no leader. */
const mayBeFramed = (own: OwnReading) => !own.parties.length || own.parties.some((p) => p.leader || (!p.fromCity && !p.fromBody));
const PAST_VISIT = new WordPattern(/(?<![\p{L}])(?:(?:đã|từng)\s+(?:sang\s+|đến\s+|tới\s+)?thăm|chuyến\s+(?:thăm|công\s+tác)(?:\s*(?:,|và)\s*làm\s+việc)?\s+của\s+(?:[Đđ]oàn|phái\s+đoàn)|an?\s+(?:[\p{L}-]+\s+)?visit\s+(?:to\s+[^.;]{1,60}?\s+)?by\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}delegation|(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)\s+(?:sang|đến|tới)\s+thăm|(?:đã|từng)\s+sang(?=\s)|(?:đã|từng)\s+dẫn\s+đầu\s+(?:một\s+)?đoàn(?![\p{L}])[^.;]{0,100}?\s(?:sang|đến|tới|thăm)|visited|paid\s+an?\s+(?:[\p{L}-]+\s+){0,2}visit|led\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}delegation\s+to)(?![\p{L}])/iu);

// A delegation named by its country only, in English: "The Lao delegation", "the Vietnamese delegation".
const COUNTRY_DELEGATION = new WordPattern(/(?<![\p{L}])(Lao|Vietnamese)\s+delegation(?![\p{L}])/u);
const NAMES_DELEGATION_ALL = new RegExp(NAMES_DELEGATION_RE.source, 'giu');
/** The sentence names a delegation, not a person whose name holds the word: "Đại tá Cầm Văn Đoàn", "ông Đoàn Minh Khôi". */
function namesDelegation(known: ArticleSentences, s: Sentence): boolean {
	if (!NAMES_DELEGATION.test(s.text)) return false;
	const people = known.mentions(s).people;
	if (!people.length) return true;
	for (const m of s.text.matchAll(NAMES_DELEGATION_ALL)) {
		const at = s.start + m.index!;
		if (!people.some((p) => p.start <= at && at < p.end)) return true;
	}
	return false;
}

// What one side proposes or wishes the other to do: the places it names are its matter, not where anyone is.
// (The words alone, a letter before each match looked at after it (proposedAt): a look-behind first is tried at every position.)
const PROPOSED = /(?:should|proposed\s+that|suggested\s+that|urged|đề\s+nghị|đề\s+xuất|kiến\s+nghị|mong\s+muốn)(?![\p{L}])/giu;
const LETTER_LAST = /\p{L}$/u;
/** Where PROPOSED's first words with no letter just before them stand in `text` (-1 if nowhere). */
function proposedAt(text: string): number {
	PROPOSED.lastIndex = 0;
	for (let m = PROPOSED.exec(text); m; m = PROPOSED.exec(text)) {
		if (!LETTER_LAST.test(text.slice(Math.max(0, m.index - 2), m.index))) return m.index;
		PROPOSED.lastIndex = m.index + 1;
	}
	return -1;
}

// The next leg told after what the sentence tells: "… will visit the X Zone on March 13 before travelling to Y province to …".
// Y is where the delegation goes afterwards, not where this happens.
const NEXT_LEG = /(?<![\p{L}])before\s+(?:travell?ing|heading|leaving|moving\s+on|going|flying|departing)(?![\p{L}])/iu;
/** Where the next leg is told in `text` (-1 if nowhere). */
const nextLegAt = (text: string) => (text.includes('before') ? text.search(NEXT_LEG) : -1);

// A fair's booths and where their exhibitors come from: "Hội chợ diễn ra … với 230 gian hàng của gần 150 doanh nghiệp đến từ A, B,
// C và các tỉnh …", "… 300 booths of exhibitors from A, B and C". The fair is held where it is held, by its organisers; the
// provinces its firms come from are not its cities. (Not "từ ngày …", "from March 12": the fair's days.)
const EXHIBITORS = /(?<![\p{L}])(?:gian\s+hàng|booths?|stalls?|exhibitors?)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:(?:đến|tới)\s+từ|từ|from)(?=\s+(?:\p{Lu}|các\s|nhiều\s|\d+\s+(?:tỉnh|quốc|nước|địa|provinces|countries|localities)))(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))/iu;
/** Where the places a fair's exhibitors come from begin in `text` (-1 if it names none). */
function exhibitorsAt(text: string): number {
	if (!text.includes('gian hàng') && !/booth|stall|xhibitor/i.test(text)) return -1;
	const m = EXHIBITORS.exec(text);
	return m ? m.index + m[0].length : -1;
}

// The members of a cooperation, listed after "among" or "giữa các tỉnh": "the sixth meeting reviewing cooperation in 2024 among A,
// B, C and D", "Hội nghị đánh giá hợp tác giữa các tỉnh A, B (Việt Nam) và C, D (Lào) tại tỉnh B". They name who takes part in
// the cooperation, not where the happening is (that comes after "tại", "in", or from the trip: the list ends before it); the
// host's place and the visitor's home are the event's by the trip.
const MEMBERS = /(?<![\p{L}])(?:among|giữa\s+(?:các|ba|bốn|năm|\d)\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?:\s+(?:bạn|biên\s+giới))?)\s+(?=\p{Lu})/u;
const MEMBER_LIST = /^(?:(?:\s*,\s*|\s+(?:và|and)\s+|\s*,\s*(?:và|and)\s+)?(?:(?:tỉnh|thành\s+phố)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*\([^()]{1,20}\))?)+/u;
/** Where the members a cooperation is between are listed in `text` ([start, end), sentence offsets), or null. */
function membersAt(text: string): [number, number] | null {
	if (!text.includes('among') && !text.includes('giữa')) return null;
	const m = MEMBERS.exec(text);
	if (!m) return null;
	const start = m.index + m[0].length;
	const list = MEMBER_LIST.exec(text.slice(start));
	return list ? [start, start + list[0].length] : null;
}

// One end of an online link, named by its place: "giữa điểm cầu Hà Nội và điểm cầu Viêng Chăn", "tại điểm cầu tỉnh X".
const LINK_END_BEFORE = /(?<![\p{L}])điểm\s+cầu\s+(?:(?:tỉnh|thành\s+phố|TP\.?|thủ\s+đô|huyện)\s+)?$/iu;
/**
 * An online happening with one end ("điểm cầu X") where the framed delegation is staying, on a day between its arrival and its
 * leaving: the delegation is at that end.
 */
function linkEndOfStay(known: ArticleSentences, d: EventDraft, f: Setting, arrived: string | null, leaves: string | null): boolean {
	if (!f.place || !f.visitor || !arrived || !leaves || !d.date || d.date.start < arrived || d.date.end > leaves) return false;
	const text = d.sentence.text;
	return known.mentions(d.sentence).localCities.some((c) => c.id === f.place && LINK_END_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)));
}

// Held over a link, not in one place: "hội nghị trực tuyến", "theo hình thức trực tuyến", "cầu truyền hình", "held online talks".
const ONLINE = new WordPattern(/(?<![\p{L}])(?:trực\s+tuyến|cầu\s+truyền\s+hình|online|video\s*conference|virtual(?:ly)?)(?![\p{L}])/iu);
// A gift's verb, then in the same clause the online word: "trao tặng … thiết bị phục vụ phiên tòa trực tuyến", "donated … for online
// classes" (the thing given, not how the happening was held). Not "trao đổi" (exchanged).
const GIFT_OF_ONLINE = /(?<![\p{L}])(?:trao\s+tặng|tặng|bàn\s+giao|handed\s+over|presented|donated)(?![\p{L}])[^.;:]*?(?<![\p{L}])(?:trực\s+tuyến|online)(?![\p{L}])/iu;
const giftForOnline = (text: string) => GIFT_OF_ONLINE.test(text) && !/(?<![\p{L}])(?:hình\s+thức|qua|via|held)\s+(?:trực\s+tuyến|online)(?![\p{L}])/iu.test(text);

/**
 * A trip announced for a later month ("sẽ sang thăm … vào tháng 12 tới", "đầu tháng 9 tới"), or for a week or a month
 * counted from now ("Tuần sau, một đoàn doanh nghiệp … sẽ sang …"): its delegation is not the one the article follows.
 */
// (A quarter, "in the first quarter of 2026", is a span of months: as coarse as a month.)
const announcedAhead = (d: EventDraft) => d.status === 'planned' && !!d.date && ((d.date.granularity !== 'day' && d.date.granularity !== 'span') || (d.date.granularity === 'span' && dayDiff(parseIso(d.date.end), parseIso(d.date.start)) >= 28) || (d.mention?.relation === 'deictic' && (d.mention.unit === 'week' || d.mention.unit === 'month') && (d.mention.offset ?? 0) > 0));

/** What every article's reading shares: the corpus's people and the gazetteer. */
interface Context {
	registry: PeopleRegistry;
	gaz: Gazetteer;
	cityInfo: Map<string, CityInfo>;
}

/**
 * Events of one article with their people, cities and setting.
 *
 * Memory: on a corpus, the article's reading (its Doc, sentences, mentions) was made in the first pass and
 * has reached V8's old generation by now. Anything this reading hung on it (the date scan's memo, the
 * sentences' mentions, the year evidence) would be held by those old objects through every young-generation
 * collection, and copied twice before it could be freed. So nothing is hung on them: what the reading makes
 * (the mentions' memo, the sentences' people and places: `kept`) is kept in its own maps, which point to the
 * old objects and are freed young with the reading — unless the article may be read again (buildTimeline).
 */
function readEvents(r: Read, context: Context, kept: Kept): Working[] {
	const doc = r.doc;
	// Where each sentence first stands in the page (doc.sentences.indexOf, worked out once, when first asked).
	let order: Map<Sentence, number> | null = null;
	const indexOf = (s: Sentence) => {
		if (!order) {
			order = new Map();
			for (const [j, t] of doc.sentences.entries()) if (!order.has(t)) order.set(t, j);
		}
		return order.get(s) ?? -1;
	};
	// The stamp's hour, where it gives one ("2025-12-26T07:02:00+07:00").
	const hour = r.stamp && doc.published ? stampHourOf(doc.published) : null;
	// The mentions of its sentences, found once for the events and the year evidence (dates/index.ts), and once for both
	// readings of an article read again with another's year (Read.kept), as are their types, people and places.
	const mentions = kept.mentions;
	const drafts = extractEvents(doc, { stamp: r.stamp, yearFor: r.yearFor ?? ownYears(doc, mentions), stampHour: hour, mentions, types: kept.types, page: kept.page });
	const known = kept.known;
	// The article's frame: the first main event sentence that names a travelling delegation. It frames
	// the events told before it too (a lead on the signing, then "Trước đó, … hội đàm với Đoàn … do X dẫn đầu").
	let frame: Setting | null = null;
	// The places its sentence names ("… thăm, làm việc tại hai tỉnh Xê Kông và Át-tạ-pư"): the trip's, each day's bullet one of them.
	let framePlaces: string[] = [];
	// The day the frame's delegation is first told somewhere.
	let arrived: string | null = null;
	// The last day of the stay its sentence tells, if a range ("Từ ngày 11 đến 14/12, Đoàn … thăm và làm việc tại …").
	let stayEnd: string | null = null;
	const unframed: ReturnType<typeof settingOf>[] = [];
	for (const d of drafts) {
		const read = settingOf(known, d, null);
		unframed.push(read);
		// Background (a return visit announced, a trip recalled) names another delegation than the news; so does a trip
		// announced for a later month ("Đoàn … do ông X dẫn đầu sẽ sang thăm … vào tháng 12 tới"), news of its own.
		if (read.setting.visitor && d.role === 'main' && !announcedAhead(d)) {
			frame = read.setting;
			framePlaces = Array.from(known.mentions(d.sentence).places, (p) => p.cityId);
			// (Not a day the sentence tells the visit ending on: "… wrapped up a four-day working visit to … on 22nd November" came
			// days after the delegation arrived.)
			arrived = d.date && !(d.date.start === d.date.end && WRAPPED_UP.test(d.sentence.text)) ? d.date.start : null;
			stayEnd = arrived && d.date!.end > d.date!.start ? d.date!.end : null;
			break;
		}
	}
	// The trip told over its days by the same delegation after a lead on one meeting ("\"…\", ông X nói khi tiếp Đoàn công tác
	// thành phố Cần Thơ sáng 20/11" / "Đoàn do ông Y … thăm và làm việc tại hai tỉnh Xê Kông và Chăm-pa-sắc trong hai ngày 20
	// và 21/11"): the places it names are the trip's too.
	if (frame?.visitor?.fromCity)
		for (let i = unframed.length; i < drafts.length; i++) {
			const d = drafts[i];
			if (d.role !== 'main' || d.type !== 'visit' || !d.date || d.date.start === d.date.end) continue;
			if (settingOf(known, d, null).setting.visitor?.fromCity !== frame.visitor.fromCity && !bareLed(known, d.sentence)) continue;
			for (const p of known.mentions(d.sentence).places) if (!framePlaces.includes(p.cityId)) framePlaces.push(p.cityId);
			break;
		}
	// A lead that tells the trip by its delegation alone ("Trong chuyến công tác tại Lào từ 7 – 10/10, Đoàn công tác Sở Du lịch
	// Hà Nội đã làm việc tại Thủ đô Viêng Chăn và tỉnh Luông Pha-bang"), its leader named further on ("Chiều 9/10, tại thành phố
	// Luông Pha-bang, Đoàn … do bà X … làm trưởng đoàn đã hội đàm …"): the sentence with the leader frames the article, as
	// it would without the lead.
	if (frame?.visitor && !frame.visitor.leader && frame.visitor.fromCity) {
		for (let i = unframed.length; i < drafts.length; i++) {
			const d = drafts[i];
			// (A delegation still to come, "dự kiến … sẽ sang", is not yet the one the lead prepares for: "chuẩn bị đón Đoàn …".)
			if (d.role !== 'main' || d.status !== 'occurred') continue;
			const { setting } = settingOf(known, d, null);
			if (setting.visitor?.leader && setting.visitor.fromCity === frame.visitor.fromCity) {
				frame = setting;
				break;
			}
		}
	}
	// Still none: a sentence with no date of its own may name who leads it ("Đồng chí X dẫn đầu Đoàn đại biểu tỉnh … cùng 30
	// doanh nghiệp sang tham gia Hội chợ"): the same delegation, led by X.
	if (frame?.visitor && !frame.visitor.leader && frame.visitor.fromCity) {
		for (const s of doc.sentences) {
			// (Not a plan: "Theo kế hoạch, Đoàn … do đồng chí X làm trưởng đoàn dự kiến … sẽ sang thăm" is still to come.)
			if ((!s.text.includes('oàn') && !s.text.includes('delegation')) || isPlanned(s.text)) continue;
			const m = known.mentions(s);
			if (!m.localPeople.length) continue;
			// (Or a "Đoàn" named by its leader alone, its title naming no place: "Đoàn do bà X, Chủ tịch Hội Liên hiệp Phụ nữ
			// Thành phố làm trưởng đoàn, thăm …" after a lead on the host's words to "Đoàn đại biểu Hội LHPN TPHCM".)
			const v = known.own(s).parties.find((p) => p.leader && p.fromCity === frame!.visitor!.fromCity) ?? bareLed(known, s);
			if (v) {
				frame = { ...frame, visitor: { ...frame.visitor, leader: v.leader } };
				break;
			}
		}
	}
	// Still none, and the article names one person by a title of the delegation's home, in a sentence of the trip ("The signing
	// followed a working session in Vientiane co-chaired by X, Chairman of the Can Tho City People's Council, and …" after "The
	// Can Tho delegation is on a working visit to Laos"): news names the head and calls the rest "the delegation", so X leads.
	// (Only one such person: two from home leave the head untold.)
	if (frame?.visitor && !frame.visitor.leader && frame.visitor.fromCity) {
		const home = frame.visitor.fromCity;
		const from = new Set<string>();
		for (const { id, local, city: c, text } of titledParticipants(drafts, known))
			// (A city before the name is its title's only with no comma between: "X, Chairman of the Can Tho City People's
			// Council, and Y, Chairman of …" gives Y no Can Tho.)
			if (c?.id === home && (c.start > local.start || !text.slice(c.end, local.start).includes(','))) from.add(id);
		if (from.size === 1) frame = { ...frame, visitor: { ...frame.visitor, leader: [...from][0] } };
	}
	// Still none, and a person of the delegation's country is named with it, the two attending together ("… với sự tham dự
	// của đồng chí X và Đoàn đại biểu tỉnh Y", "đồng chí X (Phó Tỉnh trưởng) và Đoàn công tác tỉnh Y"): the one named beside
	// "Đoàn" heads it, as "do X làm trưởng đoàn" would say.
	if (frame?.visitor && !frame.visitor.leader && frame.visitor.fromCity) {
		const home = frame.visitor.fromCity;
		const country = context.cityInfo.get(home)?.country;
		let head: string | null = null;
		for (const d of drafts) {
			if (head || d.role !== 'main' || d.status !== 'occurred' || !country) continue;
			const m = known.mentions(d.sentence);
			for (let i = 0; i < m.people.length && !head; i++) {
				const id = m.ids[i];
				if (!id || m.people[i].country !== country) continue;
				const at = m.people[i].end - d.sentence.start;
				const tail = WITH_DELEGATION.exec(d.sentence.text.slice(at));
				if (tail && m.localCities.some((c) => c.id === home && c.start >= at && c.end <= at + tail[0].length)) head = id;
			}
		}
		if (head) frame = { ...frame, visitor: { ...frame.visitor, leader: head } };
	}
	// No event sentence names the delegation, but one with no date does, the lead or another ("Do ảnh hưởng của bão, Đoàn đại
	// biểu tỉnh Bình Định do đồng chí X … đã hoãn chuyến thăm … tại tỉnh Attapư"; "Đoàn công tác Công an tỉnh Xiêng Khoảng do
	// Đại tá X … làm trưởng đoàn đã sang Nghệ An dự hội đàm" after the talks' dated sentence): it frames the article. (Not a
	// plan: a delegation still to come is not yet the one the article tells.)
	if (!frame && drafts.length) {
		const told = new Set(drafts.map((d) => d.sentence));
		for (const s of doc.sentences) {
			if (told.has(s) || (!s.text.includes('oàn') && !s.text.includes('delegation')) || (s !== doc.sentences[0] && isPlanned(s.text))) continue;
			const m = known.mentions(s);
			if (!m.localPeople.length) continue;
			let own = readSetting(s.text, m.localPeople, m.localCities, context.cityInfo, null, known.own(s));
			// (Named where it is told what it is, no place said: "Đoàn gồm 06 đồng chí do đồng chí X, Giám đốc Sở Y tế tỉnh Y làm
			// Trưởng đoàn." under "Chương trình làm việc của Đoàn … tỉnh Y (Lào) tại Z": the headline's city in the other country is
			// where it went, as settingOf reads an event's.)
			const led = !own.visitor && !own.place && !own.placeCountry ? own.hosts.find((p) => p.leader && p.country) : undefined;
			const there = led && known.headlineCities().find((id) => context.cityInfo.get(id)?.country && context.cityInfo.get(id)?.country !== led.country);
			if (there) own = readSetting(s.text, m.localPeople, m.localCities, context.cityInfo, { visitor: null, hosts: [], place: there, placeCountry: context.cityInfo.get(there)?.country ?? null }, known.own(s));
			if (own.visitor?.leader) {
				frame = own;
				break;
			}
		}
	}
	// Still none: the trip told by "Đoàn do đồng chí X làm trưởng đoàn đã thăm …" (no place of its own), and X named in another
	// sentence beside "Đoàn đại biểu tỉnh Y", a quote lead ('"…" - đồng chí X, Phó Tỉnh trưởng tỉnh Y chia sẻ trong chuyến thăm …
	// của Đoàn đại biểu tỉnh Y (Lào)'): X leads the delegation from Y.
	if (!frame)
		for (const d of drafts) {
			const led = d.role === 'main' && d.status === 'occurred' ? bareLed(known, d.sentence) : null;
			if (!led) continue;
			const here = settingOf(known, d, null).setting;
			const named = doc.sentences.find((s) => s !== d.sentence && known.mentions(s).localPeople.some((p) => p.id === led.leader));
			const from = named && known.own(named).parties.find((p) => !p.leader && p.fromCity && p.fromCity !== here.place && (!here.placeCountry || !p.country || p.country !== here.placeCountry));
			if (from) frame = { ...here, visitor: { ...from, leader: led.leader } };
			break;
		}
	// A leader of a body of the paper's own province, left unnamed ("Đoàn công tác Hội Nông dân tỉnh do đồng chí X …"), and
	// "Đoàn" setting off from a city of a province the lead names ("Đoàn khởi hành từ TP Vị Thanh", the lead naming Hậu Giang):
	// that is where the delegation comes from.
	if (frame?.visitor?.leader && !frame.visitor.fromCity && frame.visitor.country && framePlaces.length)
		for (const d of drafts) {
			if (d.role !== 'main' || !NAMES_DELEGATION.test(d.sentence.text)) continue;
			const v = settingOf(known, d, null).setting.visitor;
			if (v && !v.leader && v.fromCity && v.country === frame.visitor.country && framePlaces.includes(v.fromCity)) {
				frame = { ...frame, visitor: { ...frame.visitor, fromCity: v.fromCity } };
				break;
			}
		}
	// Still none, in English: the trip told by "the Lao delegation" (its country only: "The Lao delegation is on a working visit
	// to Quang Tri …"), and one person alone named in the trip's news by a title of a province of that country ("Vice Governor
	// of Savannakhet province X said at talks with …"): news names the head and calls the rest "the delegation", so X leads
	// it from there, and what "the delegation" or "the guests" do after is theirs.
	if (!frame)
		for (const d of drafts) {
			if (d.role !== 'main' || d.status !== 'occurred' || d.type !== 'visit') continue;
			const kind = COUNTRY_DELEGATION.exec(d.sentence.text);
			if (!kind) continue;
			const country = kind[1] === 'Lao' ? 'LA' : 'VN';
			const from = new Map<string, string>();
			for (const { id, city: c } of titledParticipants(drafts, known)) if (c && context.cityInfo.get(c.id)?.country === country) from.set(id, c.id);
			if (from.size === 1) {
				const [[leader, fromCity]] = [...from];
				frame = { ...settingOf(known, d, null).setting, visitor: { leader, fromCity, fromBody: null, country } };
			}
			break;
		}
	// A round-up ("Nghệ An - Xiêng Khoảng: …", "Cần Thơ: …") tells one story per item: each item has its
	// own frame, and an item naming no delegation has none (another item's visitor is not its own).
	// Without several items (most articles), every event has the article's frame.
	let frames: Map<number, { setting: Setting | null; own: boolean }> | null = null;
	// The happenings of a leaderless group told inside an item the article's delegation holds: read on their own, and no
	// delegation of the timeline (as weekAside below).
	const ownGroup = new Set<EventDraft>();
	const items: number[] = [];
	// (The numbers, as itemAt counts them, of the items that are bullets of one programme, "- Ngày 20/11: …", rather than labelled stories, "Cần Thơ: …".)
	const bullets = new Set<number>();
	// A programme's last bullet ends with its paragraph ("- Sáng 22/11: Đoàn về nước." / "Trong dịp này, ông X nhận lời mời dẫn
	// Đoàn … sang thăm Hà Nội …"): what the article tells after the list is no longer that day's, so another delegation named
	// there does not take the bullet over.
	let bulletParagraph: number | null = null;
	if (frame)
		for (const [j, s] of doc.sentences.entries()) {
			// (Or a story under a heading of its own, in capitals or numbered, between it and the sentence before.)
			const gapStart = j ? doc.sentences[j - 1].end : doc.body.start;
			if (opensItem(s.text) || (s.start > gapStart && itemHeading(doc.text.slice(gapStart, s.start)) !== null)) {
				items.push(s.start);
				const bullet = BULLET.test(s.text);
				if (bullet) bullets.add(items.length);
				bulletParagraph = bullet ? s.paragraph : null;
			} else if (bulletParagraph !== null && s.paragraph !== bulletParagraph) {
				items.push(s.start);
				bulletParagraph = null;
			}
		}
	if (frame && items.length >= 2) {
		// An item naming no delegation of its own keeps the article's frame unless it names another place
		// (a trip's programme, bullet by bullet, is one story; "Cần Thơ: …" is another).
		const knownPlaces = [frame.place, frame.visitor?.fromCity, ...framePlaces];
		frames = new Map();
		for (const [i, d] of drafts.entries()) {
			const k = itemAt(items, d.sentence.start);
			const got = frames.get(k);
			if (got?.own) continue;
			const read = unframed[i] ?? settingOf(known, d, null);
			// (As for the article's frame, background names another delegation: "Dịp này, … mời Đoàn … tỉnh Át-tạ-pư do đồng chí X
			// … sang thăm Hậu Giang" under the programme's last day is an invitation, not that day's delegation.)
			// A "Đoàn" with no leader, from the home the lead names ("- Ngày 19/11: Đoàn khởi hành từ TP Vị Thanh …" under "Đoàn công
			// tác Hội Nông dân tỉnh do đồng chí X …", the lead naming Hậu Giang), is the article's own delegation.
			const v = read.setting.visitor;
			// (A group with no leader told after the item's first happening, framed by the article's delegation, does not take the
			// item over: "Hôm thứ Sáu, …, Đoàn đã thăm Bệnh viện …" / "Cách đây một tuần, Đoàn công tác Sở Y tế … cũng đã sang …".)
			if (got && got.setting === frame && v && !v.leader && !(frame.visitor && sameOrigin(v, frame.visitor))) {
				if (d.role === 'main') ownGroup.add(d);
				continue;
			}
			const same = !!v && !v.leader && !!frame.visitor?.leader && !!v.fromCity && v.fromCity === frame.visitor.fromCity;
			// (Nor, under a programme's bullet, a trip still to come led by someone else, whatever its day: "Trong dịp này, ông X nhận
			// lời mời dẫn Đoàn … sang thăm Hà Nội vào dịp kỷ niệm … (28/7/…)" after "- Sáng 22/11: Đoàn về nước.")
			// (Nor, after the bullets, a return visit agreed on: "Dịp này, hai bên thống nhất Đoàn đại biểu tỉnh X do đồng chí Y …
			// làm trưởng đoàn sẽ sang thăm … vào ngày 9/1" is a trip of its own, not the one the item's talks and "Đoàn" tell.)
			const invited = d.status === 'planned' && !!v?.leader && !!frame.visitor?.leader && v.leader !== frame.visitor.leader;
			if (v && d.role === 'main' && !announcedAhead(d) && !invited) frames.set(k, { setting: same ? frame : read.setting, own: true });
			else if (!got) {
				// (A programme's bullet that names where it is, among the trip's places (not its home), keeps the frame whatever else it names in
				// passing: "- Ngày 20/11: Đoàn đến tỉnh Xê Kông, …; thăm Trường … do tỉnh Sóc Trăng (cũ) tài trợ".)
				const named = known.mentions(d.sentence).places;
				const there = (id: string) => id !== frame!.visitor?.fromCity && knownPlaces.includes(id);
				const other = named.some((p) => !knownPlaces.includes(p.cityId)) && !(bullets.has(k) && named.some((p) => there(p.cityId)));
				frames.set(k, { setting: other ? null : frame, own: false });
			}
		}
	}
	// The day the frame's delegation is told to leave ("Đoàn sẽ ở lại Hà Tĩnh đến hết ngày 8/12", "Đoàn kết thúc chuyến thăm
	// và trở về nước").
	let departed: string | null = null;
	if (frame) for (const d of drafts) if (d.role === 'main' && d.date && NAMES_DELEGATION.test(d.sentence.text) && LEAVING.test(d.sentence.text) && (!departed || d.date.end > departed)) departed = d.date.end;
	const out: Working[] = [];
	// A second delegation introduced with its own leader further on ("Cũng trong dịp này, Đoàn đại biểu Hội
	// Nông dân tỉnh … do bà X làm trưởng đoàn đã thăm …") frames what the article tells after it.
	let later = frame;
	// (So does one inside a bulletin's or digest's item, for the rest of that item: "Ngày 5/3, … tiếp Đoàn … do X …" then "…, Đoàn
	// đại biểu tỉnh … do đồng chí Y … làm Trưởng đoàn đã thăm … tại …" and the days of Y's trip after it; the next item starts
	// afresh from its own frame.)
	const laterIn = new Map<number, Setting>();
	// Where a delegation was at the main event last told, on the latest day told so far.
	// (By delegation: a return visit agreed on, "Đoàn … tỉnh X … sẽ sang thăm … vào ngày 9/1", does not move the first one.)
	const lastPlaces = new Map<string, { place: string; day: string }>();
	// The place each visitor spent each day, as a programme's bullet tells it (by "key|day").
	const dayPlace = new Map<string, string>();
	let newest = '';
	// The undated main events read, by draft: where a reception's lead was.
	const received = new Map<EventDraft, Working>();
	let chairs: Sentence[] | null = null;
	// The main event just read in the frame's delegation, if any (a detail of its days may follow).
	let prevFramed: EventDraft | null = null;
	for (const [i, d] of drafts.entries()) {
		// Without a frame every reading is the unframed one already made.
		const item = frames ? itemAt(items, d.sentence.start) : 0;
		let f = ownGroup.has(d) ? null : frames ? (frames.get(item)?.setting ?? null) : later;
		if (f && frames) f = laterIn.get(item) ?? f;
		// What others did told by the week, not a day of it ("Tuần trước, Bộ đội Biên phòng tỉnh đã trao 150 suất quà Tết …", "Cũng trong đầu
		// tuần này, đoàn y, bác sĩ Bệnh viện … đang khám bệnh …" after the trip's days): with no word of the delegation, but for a
		// group from elsewhere, nor of its leader, a week's doings are background, not the trip's.
		// (Nor a trip of its own: a group with no leader, "đoàn y, bác sĩ …", is no delegation of the timeline.)
		const weekAside = !!f && f === frame && !!frame.visitor && d.role === 'main' && d.mention?.relation === 'deictic' && d.mention.unit === 'week' && !!d.date && d.date.start !== d.date.end && !namesFrameDelegation(known, d.sentence, frame.visitor);
		if (weekAside) f = null;
		// The hosts' own doings before the delegation was there ("Cũng trong đầu tuần này, Hội hữu nghị tỉnh đã tổ chức
		// tọa đàm …" after a visit of the 12th), told with no "Đoàn", are not the delegation's.
		// (Unless its leader is named there: "Tối 5/12, đồng chí X … và đồng chí Y, Phó Tỉnh trưởng … đã cắt băng khai mạc Hội chợ".)
		// (Nor a detail of the days just told, in the very next sentence: "Over the weekend, the … Art Troupe performed … in Cai Lay
		// town and Go Cong town." / "The show in Go Cong on Saturday evening drew more than 3,000 people": that show is theirs.)
		const detail = !!prevFramed && !!d.date && !!prevFramed.date && prevFramed.date.start !== prevFramed.date.end && indexOf(d.sentence) === indexOf(prevFramed.sentence) + 1 && d.date.start >= prevFramed.date.start && d.date.end <= prevFramed.date.end;
		if (f && f === frame && arrived && d.role === 'main' && d.date && d.date.end < arrived && !detail && !NAMES_DELEGATION.test(d.sentence.text) && !(frame.visitor?.leader && known.mentions(d.sentence).localPeople.some((p) => p.id === frame!.visitor!.leader))) f = null;
		// Nor is what is still to come after its last day told ("Đoàn sẽ ở lại Hà Tĩnh đến hết ngày 8/12 …" / "Hội chợ sẽ bế mạc
		// vào tối 9/12"), with no word of the delegation, of both sides or of its leader: the delegation will have gone.
		// (But for a host's own accepted visit, "Nhân dịp này, ông X nhận lời mời sang thăm, làm việc tại Thủ đô Viêng Chăn vào quý
		// IV": a trip of X's, the frame's other way, even with no "Đoàn".)
		if (f && f === frame && departed && d.role === 'main' && d.status === 'planned' && d.date && d.date.start > departed && !NAMES_DELEGATION.test(d.sentence.text) && !BOTH_SIDES.test(d.sentence.text) && !(frame.visitor?.leader && known.mentions(d.sentence).localPeople.some((p) => p.id === frame!.visitor!.leader)) && !ACCEPTS_COMING.test(d.sentence.text)) f = null;
		// Nor is a meeting held online ("Đầu tuần này, hai tỉnh đã tổ chức hội nghị trực tuyến giữa các sở, ngành"): no one
		// travelled to it, unless the delegation is named taking part.
		// (Not a gift of what serves online work: "Dịp này, TAND tỉnh X trao tặng TAND tỉnh Y 10 bộ máy tính và thiết bị phục vụ
		// phiên tòa trực tuyến" is handed over in person; the word is in what was given.)
		// (Held between both sides, "the two provinces will hold an online review meeting …", it is at both ends: where the trip went
		// and where its delegation is from, as "giữa điểm cầu X và điểm cầu Y" names them.)
		// (But one end of the link where the delegation is staying, on a day of its stay, is where it took part: "Sáng 12/12, hai
		// trường tổ chức lễ ký kết trực tuyến … giữa điểm cầu <city of the stay> và điểm cầu <home>" — it signed at its end.)
		let ends: (string | null)[] = [];
		if (f && d.role === 'main' && ONLINE.test(d.sentence.text) && !giftForOnline(d.sentence.text) && !namesDelegation(known, d.sentence) && !(f === frame && linkEndOfStay(known, d, f, arrived, departed ?? stayEnd))) {
			if (BOTH_SIDES.test(d.sentence.text)) ends = [f.place, f.visitor?.fromCity ?? null];
			f = null;
		}
		// Nor is a handover at a border gate with no word of the delegation nor of crossing ("Trước đó, sáng 17/3, tại cửa khẩu
		// quốc tế …, Bộ CHQS tỉnh … đã trao tặng Bộ CHQS tỉnh bạn 5.000 bộ kit …"): given at one's own gate, no one travelled.
		if (f && d.role === 'main' && AT_GATE.test(d.sentence.text) && GAVE.test(d.sentence.text) && !namesDelegation(known, d.sentence) && !CROSSING.test(d.sentence.text)) f = null;
		// Nor is a delegation to be sent ("Can Tho will send a youth delegation to Vientiane in April next year"): another one.
		if (f && d.status === 'planned' && SENT_DELEGATION.test(d.sentence.text)) f = null;
		// Nor is an act both sides agreed to do later ("The two sides agreed to sign a memorandum … in the third quarter"): no one
		// of the delegation is said to travel for it.
		if (f && d.agreed) f = null;
		// Nor is a happening both sides will hold after the delegation has gone, or over a month or a year ("Trong năm 2025, hai tỉnh
		// sẽ phối hợp tổ chức Tuần Văn hóa tỉnh X tại tỉnh Y"): the two provinces' doing, led by no one of the delegation.
		if (f && d.status === 'planned' && d.date && ((!!departed && d.date.start > departed) || (d.date.granularity !== 'day' && d.date.granularity !== 'span')) && BOTH_WILL_HOLD.test(d.sentence.text)) f = null;
		// Nor is one the article calls another ("Cũng trong tuần này, một đoàn đại biểu khác của tỉnh Phông-xa-lỳ do Phó Tỉnh
		// trưởng dẫn đầu đã sang thăm … tỉnh Lai Châu", "another delegation from …").
		if (f && OTHER_DELEGATION.test(d.sentence.text)) f = null;
		// Nor is what others did once the delegation had gone home, the delegation the subject of a time clause only ("ngay sau khi
		// Đoàn về nước, ông X, Tổng Lãnh sự … đã đến chào …", "after the delegation returned home, …"): a clause of its own subject
		// names it; the delegation's own act would read "Sau khi về nước, Đoàn …".
		if (f && AFTER_IT_LEFT.test(d.sentence.text)) f = null;
		// Nor is a group told by what it is, with no leader and no word of the delegation ("A group of Nghe An businesses will stay
		// on for the … fair this weekend", "Một nhóm doanh nghiệp … sẽ ở lại …"): some of the people, not the delegation's trip.
		if (f && d.role === 'main' && SOME_GROUP.test(d.sentence.text) && !NAMES_DELEGATION.test(d.sentence.text) && !known.mentions(d.sentence).localPeople.length) f = null;
		// Nor is "Hai bên thống nhất …" right after a sentence that names two other sides ("Đầu tuần, Sở Tài chính Hà Tĩnh và Sở Tài
		// chính tỉnh Bô-li-khăm-xay đã tổ chức hội nghị trực tuyến"): both sides are those, not the frame's.
		const k = f && OPENS_BOTH_SIDES.test(d.sentence.text) ? indexOf(d.sentence) : -1;
		const sides = k > 0 ? known.mentions(doc.sentences[k - 1]).places.map((p) => p.cityId) : [];
		if (f && new Set(sides).size >= 2 && !sides.includes(f.place ?? '') && !sides.includes(f.visitor?.fromCity ?? '')) f = null;
		// Nor is a plan for a coming week or month told of someone else, going somewhere else ('Theo kế hoạch, tuần tới, Đội K52
		// sẽ tiếp tục sang tỉnh Hủa Phăn …'): with no word of the delegation, it is that team's. (The hosts' return visit to
		// 'tỉnh bạn' names no other place: it keeps the article's two.)
		if (f && announcedAhead(d) && !NAMES_DELEGATION.test(d.sentence.text) && known.mentions(d.sentence).places.some((p) => p.cityId !== f!.place && p.cityId !== f!.visitor?.fromCity)) f = null;
		// Two delegations told side by side ("Đoàn công tác tỉnh Gia Lai …" / "Cùng thời gian, Đoàn … Tập đoàn … (VRG) do ông Y …"):
		// a sentence naming the first one's home ("Trưa qua, Đoàn tỉnh Gia Lai thăm …") is the first one's, though the second was told
		// last; so is one of both ("… đã tiếp và làm việc với hai đoàn"), the first being the article's.
		if (f && f === later && later !== frame && !frames && frame?.visitor && later.visitor) {
			const own = known.own(d.sentence).parties;
			if ((own.some((p) => sameOrigin(p, frame!.visitor!)) && !own.some((p) => sameOrigin(p, later!.visitor!))) || BOTH_DELEGATIONS.test(d.sentence.text)) f = frame;
		}
		prevFramed = f && f === frame && d.role === 'main' ? d : null;
		const read = !f && unframed[i] ? unframed[i] : settingOf(known, d, f);
		const { cities } = read;
		let { setting } = read;
		// "Tháng 4 vừa qua, chúng tôi đã theo đồng chí Bí thư Tỉnh ủy sang làm việc với tỉnh bạn" in an interview or a speech: the
		// speaker's side went over from the speaker's home, to the province of the page in the other country ("tỉnh bạn"), whatever
		// delegation the page is about. (Where the sentence names its own, "Đoàn … do tôi …", that one.)
		if (weWentOver(d.sentence.text) && !known.own(d.sentence).parties.length) {
			const we = known.speakerSide();
			if (we) setting = { ...setting, visitor: { leader: null, fromCity: we.home, fromBody: null, country: we.country }, place: we.partner, placeCountry: context.cityInfo.get(we.partner)?.country ?? null };
		}
		// A delegation sent to a happening named before ("… sang dự Lễ hội Y Z năm 2020. Tỉnh X nhận lời sẽ cử đoàn sang dự Lễ hội
		// vào tháng 2 tới"): it goes where that happening is.
		if (!setting.place && !setting.placeCountry) {
			const there = sentHappeningPlace(known, doc, d.sentence);
			if (there) setting = { ...setting, place: there, placeCountry: context.cityInfo.get(there)?.country ?? null };
		}
		// (Or sent over by a province of the other side, no place named: to the page's own province, sentOverTo.)
		if (!setting.place && !setting.placeCountry) {
			const there = sentOverTo(known, d.sentence);
			if (there) setting = { ...setting, place: there, placeCountry: context.cityInfo.get(there)?.country ?? null };
		}
		// A programme's bullet naming its own province, of the country the trip went to, and not the frame's ("- Ngày 18/11: Làm việc
		// với lãnh đạo tỉnh Sa-la-van; …" after the bullet of Chăm-pa-xắc): that day was there.
		if (frames && f && setting.place === f.place && d.role === 'main' && bullets.has(itemAt(items, d.sentence.start))) {
			// (Not a stop on the way: "- Ngày 15/8: Đoàn bay từ Cần Thơ ra Hà Nội, sang Viêng Chăn và đến huyện …" went on.)
			const named = known.mentions(d.sentence).localCities.filter((c) => !onTheWay(d.sentence.text, c)).map((c) => c.id);
			const there = [...new Set(named)].filter((id) => id !== f!.visitor?.fromCity && context.cityInfo.get(id)?.country === f!.placeCountry);
			if (there.length === 1 && there[0] !== f.place) setting = { ...setting, place: there[0] };
		}
		// Staff of the other side taken in by an institution not named by its place ("Bệnh viện sẽ tiếp nhận 10 y, bác sĩ của tỉnh X
		// sang thực tập"): they come to the story's own side, the home of the delegation it follows; no one of it goes.
		const home = f?.visitor?.fromCity ?? null;
		if (home && STAFF_TAKEN_IN.test(d.sentence.text) && !known.mentions(d.sentence).places.some((p) => context.cityInfo.get(p.cityId)?.country === context.cityInfo.get(home)?.country))
			setting = { ...setting, place: home, placeCountry: context.cityInfo.get(home)?.country ?? null, visitor: null };
		// The host receiving the undated lead's delegation ("Tiếp Đoàn, Đại sứ X …"), with no "tại" of its own, received it where
		// the lead was (not in a city named in what was said, "đánh giá cao việc thành phố Cần Thơ …").
		const lead = d.receives ? received.get(d.receives) : undefined;
		if (lead?.place && !/(?<![\p{L}])(?:tại|ở)\s/u.test(d.sentence.text)) setting = { ...setting, place: lead.place, placeCountry: lead.placeCountry };
		if (((weekAside || ownGroup.has(d)) && !setting.visitor?.leader) || d.agreed) setting = { ...setting, visitor: null };
		// A trip to "hai tỉnh Cà Mau và Bạc Liêu": once the story is in Bạc Liêu ("… Phó Chủ tịch UBND tỉnh Bạc Liêu đã tiếp …"),
		// what it tells next with no place of its own ("Sau buổi làm việc, hai bên đã ký kết …", "Sáng hôm sau, Đoàn tham quan …")
		// is still there, not at the frame's first-named place. (The sentence read alone says whether it names a place.)
		// (Not a flashback's place: "Trước đó, ngày 20/11, Đoàn đã làm việc với … tỉnh Lai Châu" is not where the news goes on; nor
		// another delegation's, in a round-up.)
		const key = setting.visitor ? visitorKey(setting.visitor) : null;
		// Above all, the place a programme's bullet gives the day ("- Ngày 18/11: Làm việc với lãnh đạo tỉnh Sa-la-van …"): the
		// bullets run ahead over the whole trip, so "Trong dịp này, đại diện doanh nghiệp … đã khảo sát …" told after "Ngày thứ hai
		// của chuyến thăm, Đoàn đến tỉnh Sa-la-van" is in Sa-la-van though the last day's bullet was told before. (Not a sentence
		// naming a place of that country itself: "trước khi rời Luông Pha-bang" is still there; but the day's own province named as
		// the host, "Tối cùng ngày, tỉnh Hủa Phăn tổ chức tiệc chiêu đãi …" under the bullet of Hủa Phăn, says that place.)
		const oneDay = d.date?.granularity === 'day' && d.date.start === d.date.end ? d.date.start : null;
		const lastPlace = key ? lastPlaces.get(key) : undefined;
		const spent = f && d.role === 'main' && key && oneDay && setting.place === f.place ? dayPlace.get(`${key}|${oneDay}`) : undefined;
		if (spent && spent !== f!.place && context.cityInfo.get(spent)?.country === f!.placeCountry && !known.mentions(d.sentence).places.some((p) => p.cityId !== spent && context.cityInfo.get(p.cityId)?.country === f!.placeCountry) && !(unframed[i] ?? settingOf(known, d, null)).setting.place) setting = { ...setting, place: spent };
		else if (f && d.role === 'main' && lastPlace && setting.place === f.place && lastPlace.place !== f.place && context.cityInfo.get(lastPlace.place)?.country === f.placeCountry && d.date && d.date.start >= lastPlace.day) {
			if (!(unframed[i] ?? settingOf(known, d, null)).setting.place) setting = { ...setting, place: lastPlace.place };
		}
		// (Not a gate gone home through: "Trên đường về, Đoàn đã dâng hương … tại Khu di tích …" after "Đoàn về nước qua cửa khẩu
		// quốc tế Cha Lo" is not at the gate.)
		const stayed = setting.place && setting.place !== setting.via;
		if (d.role === 'main' && key && stayed && oneDay && bullets.has(itemAt(items, d.sentence.start))) dayPlace.set(`${key}|${oneDay}`, setting.place!);
		if (d.role === 'main' && key && stayed && d.date?.granularity === 'day' && d.date.start >= newest) lastPlaces.set(key, { place: setting.place!, day: d.date.start });
		// (Not a window some day of which it was: "returned home … earlier this week" in the lead, under a Wednesday's stamp, is no
		// day after the ones the story then tells, "On the 31st, … travelled on to Houaphanh".)
		const someDay = (!!d.mention?.recent || d.mention?.partOfWeek === 'sofar') && d.date?.granularity === 'span';
		if (d.role === 'main' && d.date && d.date.start > newest && !someDay) newest = d.date.start;
		// (Its role too: the trip announced with its leader is news of its own, as a led delegation's plan is, events.ts.)
		let role = d.role;
		// A delegation of the hosts' own country, with a leader of its own, received where the foreign delegation the article tells
		// was ("Chiều cùng ngày, đồng chí X tiếp Đoàn công tác Tỉnh ủy Nghệ An do đồng chí Y … làm trưởng đoàn" beside a Lao
		// delegation in Thanh Hóa): a trip between two provinces of one country, no Vietnam–Laos delegation; background to the news,
		// going to no place of the other country.
		if (role === 'main' && frame?.visitor?.country && receivesDomestic(known, d.sentence, frame.visitor, setting.placeCountry)) {
			role = 'context';
			setting = { ...setting, visitor: null };
		}
		// (Done by the week the delegation came, before it was there, "Tuần trước, Bộ đội Biên phòng … đã trao …": background to the
		// trip, in its places; of other places, "Đầu tuần, Sở Tài chính Hà Tĩnh và Sở Tài chính tỉnh Bô-li-khăm-xay đã tổ chức hội
		// nghị trực tuyến" beside a trip of two other provinces, it is news of its own.)
		if (weekAside && d.status === 'occurred' && arrived && d.date!.end <= arrived && known.mentions(d.sentence).places.every((p) => p.cityId === frame!.place || p.cityId === frame!.visitor?.fromCity || framePlaces.includes(p.cityId))) role = 'context';
		// "… dời lại chuyến thăm tỉnh Vĩnh Long của Đoàn đại biểu tỉnh Khăm Muồn do đồng chí X … làm trưởng đoàn. Chuyến thăm dự kiến
		// cuối tháng 6 nay được lùi sang tháng 9/2025": the visit dated is the one the sentence before names, with its leader.
		// So is the visit put off by both sides ("hai bên thống nhất lùi lại chuyến thăm sang giữa tháng 12") after the lead that named
		// it put off ("chuyến thăm … của Đoàn đại biểu tỉnh X do đồng chí Y … làm trưởng đoàn đã được hoãn"), a sentence of the
		// original plan between: the visit the lead names, not a trip told after it.
		const putOff = d.status === 'planned' && PUT_OFF_VISIT.test(d.sentence.text);
		if (d.status === 'planned' && (THE_VISIT.test(d.sentence.text) || putOff) && !(setting.visitor?.leader && setting.visitor.leader !== frame?.visitor?.leader && !putOff)) {
			const k = indexOf(d.sentence);
			for (let j = k - 1; j >= 0 && j >= k - (putOff ? 6 : 1); j--) {
				const prev = doc.sentences[j];
				if (!putOff && prev.paragraph !== d.sentence.paragraph) break;
				if (putOff ? !PUT_OFF_TOLD.test(prev.text) && !(otherTrip(prev.text) && PUT_OFF_WORD.test(prev.text)) : !otherTrip(prev.text)) continue;
				const m = known.mentions(prev);
				const named = readSetting(prev.text, m.localPeople, m.localCities, context.cityInfo, null, known.own(prev));
				if (named.visitor?.leader) (setting = named), (role = 'main');
				break;
			}
		}
		// (Not a plan of another delegation, "đúng một tuần sau, Đoàn … do X dẫn đầu sẽ sang …": the story goes on with its own.)
		// (Nor another delegation recalled, said to be done before, on a day before the latest the story has told: "Chỉ hai ngày
		// trước, ngày 9/10, lãnh đạo tỉnh cũng đã đón tiếp Đoàn … do đồng chí X dẫn đầu" in the story of the 11th is told in passing;
		// "Theo chương trình, … Đoàn sẽ …" after it is still the story's own delegation. A round-up's next delegation, told with
		// its own days and no word of going back, "Từ ngày 17 đến 19/11, Đoàn … do Y …" after another's 20/11, takes the story over;
		// so does the hosts' own trip the other way, recalled ("Trước đó, … Đoàn đại biểu tỉnh X do … đã sang thăm …"), which the
		// story may go on with: "Dự kiến …, lãnh đạo tỉnh X sẽ sang thăm … tỉnh bạn".)
		const recalled = d.status === 'occurred' && !!d.date && d.date.end < newest && !!setting.visitor?.country && setting.visitor.country === f?.visitor?.country && TOLD_AS_BEFORE.test(d.sentence.text);
		if (frame && d.role === 'main' && !announcedAhead(d) && !recalled && !(d.status === 'planned' && d.date && frame.visitor?.leader && arrived && d.date.start > (departed ?? arrived)) && setting.visitor?.leader && f?.visitor?.leader && setting.visitor.leader !== f.visitor.leader) {
			if (!frames) later = setting;
			else laterIn.set(item, setting);
		}
		// An earlier trip told in passing by a delegation named anew, with no leader of its own ("Trước đó, ngày 5 và 6/4, Đoàn công
		// tác Sở X tỉnh Y đã sang … khảo sát"): a body's team sent before the news, not led by the leader of the trip the page
		// tells, though from the same city.
		if (role === 'context' && setting.visitor?.leader && setting.visitor.leader === f?.visitor?.leader && !mayBeFramed(known.own(d.sentence)))
			setting = { ...setting, visitor: { ...setting.visitor, leader: null } };
		// A trip of its own told in passing, done, with its leader and the verb of going ("Tháng 12 năm ngoái, cũng Đoàn đại biểu
		// thành phố do đồng chí X dẫn đầu đã sang thăm tỉnh …"): background to the news, yet a delegation of the timeline.
		const pastTrip = role === 'context' && d.status === 'occurred' && !!d.date && !!setting.visitor?.leader && PAST_VISIT.test(d.sentence.text);
		// Participants: in the event's sentence and, for a main event, in the sentences that go on telling it.
		const participants: string[] = [];
		addParticipants(known, d.sentence, participants);
		// (A stay told as the occasion, ", nhân dịp Đoàn thăm … từ ngày 11 đến 13/3", is not the host's of the happening before it.)
		// (Nor is a trip announced in a clause of its own after ';' the first clause's: "Ông X mời lãnh đạo Nhà trường sang thăm tỉnh
		// …; ông Y nhận lời và sẽ dẫn đoàn sang …" is Y's trip, X the one who invited him.)
		if (d.occasion || ownClauseTrip(known, d)) {
			const { people, ids } = known.mentions(d.sentence);
			for (let k = participants.length - 1; k >= 0; k--) if (!people.some((m, i) => ids[i] === participants[k] && within(m, d.quote))) participants.splice(k, 1);
		}
		if (role === 'main') {
			// (Not who leads another trip the meeting agreed on: "Tại hội đàm, hai bên thống nhất dời lại chuyến thăm … của Đoàn …
			// do đồng chí X … làm trưởng đoàn" names X, who was not there.)
			// A flashback ("Earlier in the day, the Lao guests toured …", "Trước đó, Đoàn đã thăm …") breaks into the news told just
			// before ("The delegation was received by Vice Chairman X …"): its host, named again after it ("X said …") and not in
			// the flashback's own sentence, speaks at the news, not at what the guests did before it.
			// (The news is a moment, not the stay told by its days in between: "Chuyến công tác … nằm trong chương trình … của Đoàn
			// từ ngày 7 đến 12/10. Trước đó, …" still breaks into the reception told before the stay.)
			const news = FLASHBACK.test(d.sentence.text) ? out.findLast((o) => o.role === 'main' && !(o.type === 'visit' && o.date && o.date.start < o.date.end)) : undefined;
			const own = news ? participants.slice() : null;
			// Who chairs the happening, told in a sentence of its own: quoted with it (CHAIRED).
			chairs = null;
			const hostNamed = namedHostCountry(known, d.sentence, setting.visitor?.country);
			// The delegation going home ("- Ngày 6/7: Đoàn về nước qua cửa khẩu …") is its own members' move: a host named after it
			// ("Tại buổi tiếp, đồng chí X, Chủ tịch UBND tỉnh …") was at another moment, not on the way home. (One who sees it off is
			// at it: "Đại tá X cùng lãnh đạo … đã tiễn Đoàn tại cửa khẩu.")
			const homeward = d.type === 'visit' && GOING_HOME.test(d.quote.text) ? (setting.visitor?.country ?? null) : null;
			// The paragraph of words said to the paper (TO_REPORTER), its quotes with it.
			let toReporter = -1;
			for (const s of d.followers) {
				// (The story goes on to another moment, told with its own time though read with no event: "On the 4th, CTUMP Rector X
				// held talks with the delegation" after the arrival, "[Ảnh 4] Ngày thứ hai của chuyến công tác, anh X … đón Đoàn", the next
				// dated bullet "- Ngày 13/11: Thăm tỉnh …; làm việc với đồng chí X": who is there was not at this one.)
				if (OWN_MOMENT.test(s.text)) break;
				// (Nor, at a happening of the trip, who is only said to go with the delegation, "Cùng đi với Đoàn có đồng chí X, Chủ tịch
				// Hội …" (the trip itself has its members); nor one who, in a
				// paragraph of his own, gives the figures of years past, "Bác sĩ X, Giám đốc Bệnh viện … cho biết, từ năm 2018 đến nay, …":
				// the source of the background, not one at this happening; nor one who speaks to the paper in a paragraph of his
				// own, "Trao đổi với phóng viên, đồng chí X … cho biết": TO_REPORTER.)
				// (So is the paragraph of a voice the paper quotes, of a business it leaves unnamed: "Ông X, Giám đốc một công ty logistics
				// ở …, cho biết …" and his words after it are about his firm, not said at this happening: voxPop.)
				if (s.paragraph !== d.sentence.paragraph && s.paragraph !== toReporter && (TO_REPORTER.test(s.text) || voxPop(s.text))) toReporter = s.paragraph;
				if ((d.type !== 'visit' && WENT_WITH.test(s.text)) || (s.paragraph !== d.sentence.paragraph && s.text.includes('đến nay') && YEARS_TOLD.test(s.text)) || s.paragraph === toReporter) continue;
				if (s.paragraph !== d.sentence.paragraph && PAST_YEAR.test(s.text) && RECALLED.test(s.text)) continue;
				// (Nor who a photo's caption names under it: "Đồng chí X tặng quà lưu niệm cho Đoàn đại biểu tỉnh …" after "Dịp này, đồng
				// chí Y đã nhận lời dẫn đoàn … sang thăm …" shows another moment.)
				if (s.paragraph !== d.sentence.paragraph && CAPTION_LIKE.test(s.text) && !TENSED.test(s.text) && aloneInParagraph(doc.sentences, s)) continue;
				// (Nor who is invited to come over some other time: "X trân trọng mời đồng chí Y dẫn đoàn sang thăm … vào thời gian thích
				// hợp", "X invited Y to lead a delegation to … at a convenient time" names a trip to come, not one at this happening.)
				if (INVITED_OVER.test(s.text)) continue;
				// (Nor, at a stay of days told by the delegation alone, who speaks in a paragraph of quoted words after it: '"Thừa Thiên
				// Huế luôn là người anh em …", đồng chí X nói.' after "Đoàn thăm và làm việc tại tỉnh … vào các ngày 10, 11 và 12/4" is said at
				// the meeting told before, not over the whole stay.)
				if (d.type === 'visit' && d.date && d.date.start !== d.date.end && s.paragraph !== d.sentence.paragraph && SAID_QUOTE.test(s.text) && known.mentions(d.sentence).ids.length === 0) continue;
				// (Nor, at a stay of days (however the sentence names it), the one the paper cites in a paragraph of his own, "Theo PGS.TS X, …": what he said was said at a
				// meeting of the stay, or to the paper, not over the whole stay.)
				if (d.date && d.date.start !== d.date.end && s.paragraph !== d.sentence.paragraph && ACCORDING_TO.test(s.text)) continue;
				// (Nor who a numbered photo's caption shows at its own moment: "Ảnh 1: Đồng chí X … phát biểu chào mừng Đoàn sáng 20/11."
				// under the stay of two days is at the welcome of 20/11, its own event, not at the whole stay nor another day's.)
				if (NUMBERED_CAPTION.test(s.text) && !onTheDay(s.text, d)) continue;
				if (otherTrip(s.text)) continue;
				// (Nor who a notice gives to call: "Đầu mối liên hệ: đồng chí X, chuyên viên …", "Liên hệ: ông X".)
				if (CONTACT_LINE.test(s.text) || AUTHOR_LINE.test(s.text)) continue;
				if (homeward && !SEEN_OFF.test(s.text)) addOwnParticipants(known, s, participants, homeward);
				// (A list of those present is of this moment, the host's side too: "Cùng dự có …", "Về phía tỉnh X có các đồng chí: …".)
				else addParticipants(known, s, participants, hostNamed && !listsThosePresent(s.text) ? hostNamed : null);
				if (CHAIRED.test(s.text) && classify(s.text) === d.type) (chairs ??= []).push(s);
			}
			if (news && own) for (let k = participants.length - 1; k >= 0; k--) if (!own.includes(participants[k]) && news.people.includes(participants[k])) participants.splice(k, 1);
			// A dated bullet is its own day's: one named by another bullet of the programme ("- Ngày 13/11: Thăm tỉnh …; làm việc với
			// đồng chí X") and not by this one is that day's, though what he said is told after the list ("Tại tỉnh …, đồng chí X mong muốn …").
			if (opensItem(d.sentence.text) && BULLET.test(d.sentence.text)) {
				const ownIds = known.mentions(d.sentence).ids;
				for (const o of drafts)
					if (o.sentence !== d.sentence && BULLET.test(o.sentence.text) && opensItem(o.sentence.text))
						for (const id of known.mentions(o.sentence).ids) {
							const k = id && !ownIds.includes(id) ? participants.indexOf(id) : -1;
							if (k >= 0) participants.splice(k, 1);
						}
			}
			// The frame's leader, unless the story names him only after a sentence that names no one and no delegation, in the
			// telling of the trip's journey: "Trong hai ngày 9 và 10 tháng 12, … Bộ Chỉ huy Bộ đội Biên phòng tỉnh X và Bộ Chỉ huy
			// Quân sự tỉnh Y (Lào) đã tổ chức Hội đàm …" then "Đoàn đại biểu … do Đại tá Z … làm trưởng đoàn nhập cảnh … sáng 9/12":
			// the sentence names two commands; who took part comes from it and what goes on telling it, not from the next
			// happening told. (One told at this happening, "Attending the opening ceremony were X, …", still is.)
			const leader = setting.visitor?.leader ?? null;
			// (Nor what named bodies do as the sentence's subject, "Trong dịp này, Sở Giáo dục … Hà Nội và Sở Giáo dục … Viêng Chăn sẽ
			// ký Kế hoạch hợp tác …", "The Department of Health of X and Y Hospital signed …": the bodies act, not the delegation.
			// A trip they put off, "UBND tỉnh đã thống nhất với tỉnh bạn lùi thời gian sang …", is still the delegation's.)
			// (Nor a member's own doing: see memberActsAlone.)
			if (leader && !memberActsAlone(known, d.sentence, setting, participants) && (participants.includes(leader) || namesDelegationNotUnion(d.sentence.text, known.mentions(d.sentence).localPeople) || known.mentions(d.sentence).localPeople.length > 0 || (!toldApart(drafts, d, known.firstNamed(leader)) && !(d.type !== 'visit' && BODIES_ACT.test(d.quote.text))))) {
				addNew(participants, leader);
				// (So are the leaders of the delegations named with it: "Đoàn … do A … và Đoàn … do B …".)
				for (const a of setting.also ?? []) addNew(participants, a.leader);
			}
			for (const h of setting.hosts) addNew(participants, h.leader);
		}
		const cityIds: string[] = [];
		addNew(cityIds, setting.place);
		// (Not a ward's old province where the host's own is named: "tại phường Đồng Hới, … tỉnh Quảng Trị".)
		const wardOf = (c: Mentioned) => !!setting.place && c.id !== setting.place && /(?:phường|xã|đặc\s+khu)\s+$/u.test(d.sentence.text.slice(Math.max(0, c.start - d.sentence.start - 12), c.start - d.sentence.start)) && context.cityInfo.get(c.id)?.country === context.cityInfo.get(setting.place)?.country;
		// (Nor a place named in what someone proposes there: "During talks …, Mr X said the two provinces should make better use of
		// the road link … through A and B", "đề nghị … kết nối giao thông qua tỉnh A": what was said, not where it was said.)
		const proposal = proposedAt(d.sentence.text);
		const proposed = (c: Mentioned) => proposal >= 0 && c.start - d.sentence.start > proposal;
		// (Nor the next leg's place: see NEXT_LEG.)
		const leg = nextLegAt(d.sentence.text);
		const nextLeg = (c: Mentioned) => leg >= 0 && c.start - d.sentence.start > leg;
		// (Nor where a fair's exhibitors come from: see EXHIBITORS.)
		const from = exhibitorsAt(d.sentence.text);
		const exhibitors = (c: Mentioned) => from >= 0 && c.start - d.sentence.start >= from;
		// (Nor the members of a cooperation: see MEMBERS.)
		const listed = membersAt(d.sentence.text);
		const member = (c: Mentioned) => !!listed && c.start - d.sentence.start >= listed[0] && c.end - d.sentence.start <= listed[1];
		for (const c of cities) if ((within(c, d.quote) || d.quote.text === d.sentence.text) && !wardOf(c) && !proposed(c) && !nextLeg(c) && !exhibitors(c) && !member(c)) addNew(cityIds, c.id);
		for (const c of ends) addNew(cityIds, c);
		if (role === 'main') {
			addNew(cityIds, setting.visitor?.fromCity ?? null);
			for (const a of setting.also ?? []) addNew(cityIds, a.fromCity);
		}
		out.push({
			draft: { type: d.type, role: role, status: d.status, date: d.date, mention: d.mention },
			article: r.doc.id,
			type: d.type,
			role: role,
			status: d.status,
			date: d.date,
			people: participants,
			place: setting.place,
			placeCountry: setting.placeCountry,
			cities: cityIds,
			setting: role === 'main' || pastTrip ? setting : { ...setting, visitor: null },
			visitorFrom: role === 'main' || pastTrip ? (setting.visitor?.fromCity ?? null) : null,
			...(role === 'context' && !pastTrip && setting.visitor?.fromCity ? { recalledFrom: setting.visitor.fromCity } : {}),
			sources: [{ article: r.doc.id, quote: d.quote.text, start: d.quote.start, end: d.quote.end, dateText: d.mention?.text ?? null }, ...Array.from(chairs ?? [], (c) => ({ article: r.doc.id, quote: c.text, start: c.start, end: c.end, dateText: null }))] as Source[],
			conflicts: d.date?.conflict ? [{ field: 'date', article: r.doc.id, value: d.date.start, note: d.date.conflict } as Conflict] : [],
			delegation: null,
			apart: OTHER_DELEGATION.test(d.sentence.text),
			...(frames ? { item: itemAt(items, d.sentence.start) } : {}),
			// ("Earlier this week" is such a window too: some day of the week before the stamp.)
			window: (!!d.mention?.recent || d.mention?.partOfWeek === 'sofar') && d.date?.granularity === 'span',
			withLead: lead
		});
		if (!d.date && d.role === 'main') received.set(d, out[out.length - 1]);
	}
	foldProgrammeTalks(out);
	return out;
}

/**
 * A programme's bullet for a day's talks ("- Ngày 20/11: Hội đàm với Ban Thường vụ Tỉnh đoàn …") and the talks the page then
 * tells of that day ("Sáng 20/11, … đã chủ trì hội đàm với Đoàn") are one happening: the bullet folds into the told talks when
 * the page tells just one of that day, so a second outlet's "held talks on 20 November" meets one event, not two.
 */
function foldProgrammeTalks(out: Working[]): void {
	for (let i = 0; i < out.length; i++) {
		const b = out[i];
		const day = b.date;
		if (b.type !== 'talks' || b.role !== 'main' || day?.granularity !== 'day' || day.start !== day.end || !BULLET.test(b.sources[0].quote)) continue;
		let told: Working | null = null;
		let n = 0;
		for (const o of out)
			if (o !== b && o.type === 'talks' && o.role === 'main' && o.status === b.status && o.date?.granularity === 'day' && o.date.start === day.start && o.date.end === day.end && !BULLET.test(o.sources[0].quote)) (told = o), n++;
		if (n !== 1 || out.some((o) => o.withLead === b)) continue;
		absorb(told!, b);
		out.splice(i--, 1);
	}
}

/** A day the article gives itself, not one inferred at low confidence. */
// The hosts meeting a delegation, a reception or talks as the outlet calls it (step 4's fold).
const HOSTED = new Set(['reception', 'talks']);
const strong = (d: Resolved | null) => !!d && d.granularity === 'day' && (d.dating !== 'inferred' || d.confidence >= 0.6);

/** Day and month as written, whether or not the article could give them a year ("Sáng 14/9" in an article with no year at all). */
function monthDay(e: Working): string | null {
	if (e.date?.granularity === 'day') return e.date.start;
	const m = e.draft.mention;
	return m?.shape === 'day' && m.month && m.day ? `2000-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}` : null;
}

/** A main event with a day and month and a visitor (or, with none read, someone taking part), in an article that may take another's year. */
const isWeak = (e: Working) => e.role === 'main' && !!monthDay(e) && (!!e.setting.visitor || e.people.length > 0);

/** Can shareYears give this article's events (all of one article) another article's year? Only if no main event has a strong day of its own. */
function mayTakeYear(events: Working[]): boolean {
	let weak = false;
	for (const e of events) {
		if (e.role !== 'main') continue;
		if (strong(e.date)) return false;
		weak ||= isWeak(e);
	}
	return weak;
}

/**
 * Articles whose year rests on weak evidence take the year of a better-dated article about the
 * same trip: same visitor, same destination country, days and months within a few days (or, when the weak page reads no
 * visitor, the same meeting: see sameMeeting).
 */
function shareYears(events: Working[]): Map<string, YearDecision> {
	const out = new Map<string, YearDecision>();
	const byArticle = new Map<string, Working[]>();
	for (const e of events) {
		if (e.role !== 'main') continue;
		const list = byArticle.get(e.article);
		if (list) list.push(e);
		else byArticle.set(e.article, [e]);
	}
	// The main events with a strong day and a visitor, in the corpus's order, with their visitors' keys: the only ones a twin can
	// be, picked out once rather than tested again among all the corpus's events for each weak one (the first that fits is the
	// same, the order kept).
	let lenders: Working[] | null = null;
	let lenderKeys: string[] = [];
	for (const [article, list] of byArticle) {
		if (!mayTakeYear(list)) continue;
		if (!lenders) {
			lenders = events.filter((o) => o.role === 'main' && strong(o.date) && !!o.setting.visitor);
			lenderKeys = Array.from(lenders, (o) => visitorKey(o.setting.visitor!));
		}
		const weak = list.filter(isWeak);
		for (const w of weak) {
			const v = w.setting.visitor;
			let twin: Working | undefined;
			if (v) {
				const key = visitorKey(v);
				const day = monthDay(w)!;
				for (let k = 0; k < lenders.length && !twin; k++) {
					const o = lenders[k];
					if (o.article !== article && sameVisitor(v, key, o.setting.visitor!, lenderKeys[k]) && samePlaceCountry(w, o) && monthDayGap(o.date!.start, day) <= 10) twin = o;
				}
				// (Or the same meeting told by a dated page that reads no visitor of its own: "the team held a working session with the
				// … Health Department" on the page of "Đoàn y, bác sĩ Bệnh viện … do X làm trưởng đoàn".)
				twin ??= events.find((o) => o.article !== article && o.role === 'main' && !o.setting.visitor && strong(o.date) && sameMeeting(w, o) && samePlaceCountry(w, o));
			} else twin = events.find((o) => o.article !== article && o.role === 'main' && strong(o.date) && sameMeeting(w, o) && samePlaceCountry(w, o));
			if (twin) {
				out.set(article, { year: +twin.date!.start.slice(0, 4), confidence: Math.min(0.7, twin.date!.confidence * 0.85), how: note(`một bài khác về cùng chuyến công tác (${twin.article}),`, `another article about the same trip (${twin.article}),`) });
				break;
			}
		}
	}
	return out;
}

/*
 * The visitor of a weak page and of a dated one (`key`, `oKey` their visitorKeys) are the same party when their keys are, or by sameDelegation (merge.ts):
 * "Đoàn đại biểu cấp cao tỉnh X" on the days another page gives X's delegation is that delegation.
 */
const sameVisitor = (v: Party, key: string, o: Party, oKey: string) => oKey === key || sameDelegation(v, o);

/*
 * With no visitor read on the weak page (a hospital's team, a school's group: no province named as theirs), the same meeting told
 * by both pages: the same day and month, and someone at it on both ("Sáng thứ Hai (14/10), BS X … đến chào xã giao đồng chí Y"
 * and "On the morning of their arrival, Vice Governor Y received Dr. X": the one happening, so the one year).
 */
const sameMeeting = (w: Working, o: Working) => monthDayGap(o.date!.start, monthDay(w)!) === 0 && w.people.some((p) => o.people.includes(p));

/** Two reports placed in different countries tell different happenings. */
const samePlaceCountry = (w: Working, o: Working) => !o.placeCountry || !w.placeCountry || o.placeCountry === w.placeCountry;

/** Day of the year 2000 of an ISO date's month and day. */
const dayOf2000 = (s: string) => Date.UTC(2000, +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;

/** Distance in days between two dates ignoring their years (12/3 and 11/3 are 1 apart, whatever the years). */
function monthDayGap(a: string, b: string): number {
	const d = Math.abs(dayOf2000(a) - dayOf2000(b));
	return Math.min(d, 366 - d);
}

export type { Party };
