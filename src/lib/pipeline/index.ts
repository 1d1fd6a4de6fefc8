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
import { datelineLength, extractEvents, opensItem, type EventDraft } from './events';
import { collectYearEvidence, decideYear, type Reference, type Resolved, type YearDecision } from './dates/index';
import { parseIso } from './dates/calendar';
import { note } from './dates/note';
import { defaultGazetteer, type Gazetteer } from './gazetteer';
import { findPlacesAndPeople, isParticipant, PeopleRegistry, type PersonMention } from './people';
import type { PlaceMention } from './places';
import { readSetting, groupTrips, visitorKey, type CityInfo, type Mentioned, type Party, type Setting } from './delegations';
import { mergeReports, type Mergeable } from './merge';
import { eventTitle, delegationLabel } from './titles';

export interface ArticleInput {
	/** Path as given on input; kept in the timeline. */
	file: string;
	text: string;
}

export interface BuildOptions {
	gazetteer?: Gazetteer;
}

export function detectLanguage(text: string): Language {
	// Vietnamese letters need only outnumber the English function words: stop counting once they do.
	const words = (text.match(/\b(the|and|of|to|in|with)\b/gi) ?? []).length;
	const re = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
	let vi = 0;
	while (vi < words && re.exec(text)) vi++;
	return vi >= words ? 'vi' : 'en';
}

/** What one article knows once read: its people and places by offset. */
interface Read {
	doc: Doc;
	people: PersonMention[];
	places: PlaceMention[];
	stamp: Reference | null;
	yearFor: (month?: number) => YearDecision | null;
}

/** An event while the pipeline works on it. */
interface Working extends Mergeable {
	draft: EventDraft;
	setting: Setting;
	placeCountry: string | null;
	delegation: string | null;
}

const PHOTO_CREDIT = /(?<![\p{L}])(?:Ảnh|Photo)\s*:[^()\n]{0,60}?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/gu;
const within = (m: { start: number; end: number }, s: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;

const cityInfos = new WeakMap<Gazetteer, Map<string, CityInfo>>();
/** Each city's country, made once per gazetteer (the pipeline is often called one article at a time). */
function cityInfoOf(gaz: Gazetteer): Map<string, CityInfo> {
	let m = cityInfos.get(gaz);
	if (!m) cityInfos.set(gaz, (m = new Map(gaz.cities.map((c) => [c.id, { id: c.id, country: c.country }]))));
	return m;
}

export function buildTimeline(inputs: ArticleInput[], options: BuildOptions = {}): Timeline {
	const gaz = options.gazetteer ?? defaultGazetteer;
	const cityInfo = cityInfoOf(gaz);
	const warnings: Warning[] = [];

	// 1. normalize and segment, in a stable order with unique ids
	const seen = new Map<string, number>();
	const docs: Doc[] = [...inputs]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
		.map((input) => {
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
			return doc;
		});

	// 2. people and places of each body; one registry for the whole corpus
	const registry = new PeopleRegistry(gaz);
	const reads: Read[] = docs.map((doc) => {
		for (const w of doc.warnings) warnings.push({ article: doc.id, message: w });
		const bodyText = doc.text.slice(doc.body.start, doc.body.end);
		// The mentions are fresh objects of this call: shift them in place into article offsets.
		const shift = <T extends { start: number; end: number }>(m: T): T => {
			m.start += doc.body.start;
			m.end += doc.body.start;
			return m;
		};
		// One tokenisation for both; newspapers named after a place ("Hà Nội mới") are kept so they are not taken for people, then dropped.
		const found = findPlacesAndPeople(bodyText, gaz, doc.language);
		const places = found.places;
		const people = found.people.map(shift);
		registry.add(doc.id, people);
		const stamp: Reference | null = doc.published ? { date: parseIso(doc.published.slice(0, 10)), dating: 'publication', confidence: 0.9, how: 'stamp' } : null;
		// A photo's credit in the body may carry the day it was taken ("(Ảnh: Minh Duy - 14/11/2023)"): the year of the news.
		const credits = bodyText.includes('Ảnh') || bodyText.includes('Photo') ? [...bodyText.matchAll(PHOTO_CREDIT)].map((m) => ({ text: m[0] })) : [];
		const evidence = collectYearEvidence(credits.length ? [...doc.sentences, ...credits] : doc.sentences, doc.language);
		return { doc, people, places: places.filter((p) => p.sense !== 'media').map(shift), stamp, yearFor: (month?: number) => decideYear(evidence, month) };
	});

	// 3. events of each article, then years shared between articles about the same trip
	const first = reads.map((r) => readEvents(r));
	let working = first.flat();
	const better = shareYears(working);
	if (better.size) {
		// Only the articles whose year changed are read again.
		working = reads.flatMap((r, i) => {
			const y = better.get(r.doc.id);
			return y ? readEvents({ ...r, yearFor: () => y }) : first[i];
		});
	}

	// 4. one event per happening, then trips
	const merged = mergeReports(working);
	const { trips, undatedLeft } = groupTrips(
		merged.map((w, key) => ({ key, visitor: w.setting.visitor, placeCountry: w.placeCountry, place: w.place, role: w.role, start: w.date?.start ?? null, end: w.date?.end ?? null }))
	);
	const delegationIds = new Set<string>();
	const delegations = trips.map((t) => {
		const members = t.members.map((i) => merged[i]);
		const dated = members.filter((m) => m.date);
		const start = dated.map((m) => m.date!.start).sort()[0] ?? null;
		const end = dated.map((m) => m.date!.end).sort().at(-1) ?? null;
		let id = `dl-${slug(t.visitor.leader ?? t.visitor.fromCity ?? t.visitor.fromBody ?? 'delegation')}-${start ?? 'undated'}`;
		while (delegationIds.has(id)) id += '-b';
		delegationIds.add(id);
		for (const m of members) {
			m.delegation = id;
			// An event the article never dates lies within its trip.
			if (!m.date && start && end) {
				m.date = {
					start, end, granularity: start === end ? 'day' : 'span', partOfDay: null, dating: 'inferred',
					confidence: Math.min(0.5, Math.min(...dated.map((d) => d.date!.confidence)) * 0.6),
					note: note(`bài không ghi ngày; bài nói về chuyến công tác ${start}..${end} mà các bài khác ghi ngày`, `the article gives no date; it reports the trip of ${start}..${end} told by other articles`)
				};
			}
			if (!m.place && t.to && (!m.placeCountry || m.placeCountry === cityInfo.get(t.to)?.country)) m.place = t.to;
			if (m.place && !m.cities.includes(m.place)) m.cities.push(m.place);
		}
		return { trip: t, id, start, end, members };
	});
	for (const i of undatedLeft) {
		const w = merged[i];
		warnings.push({ article: w.article, message: `no date for “${w.sources[0].quote.slice(0, 80)}…”: the article gives none and no single trip of the same delegation was found` });
	}

	// 5. the timeline
	const personOut = new Map<string, Person>();
	const allPersons = new Map(registry.persons().map((p) => [p.id, p]));
	const usePerson = (id: string | null) => {
		if (!id || personOut.has(id)) return;
		const p = allPersons.get(id);
		if (p) personOut.set(id, { id: p.id, name: p.name, aliases: p.aliases, country: p.country, titles: p.titles });
	};
	const cityOut = new Map<string, City>();
	const useCity = (id: string | null) => {
		if (!id || cityOut.has(id)) return;
		const c = gaz.cityById.get(id);
		if (c) cityOut.set(id, { id: c.id, name: { vi: c.name.vi, en: c.name.en }, aliases: [...c.aliases, ...(c.afterDesignator ?? [])], country: c.country });
	};
	const nameOf = (id: string) => personOut.get(id)?.name ?? allPersons.get(id)?.name ?? id;
	const cityName = (id: string | null) => (id ? gaz.cityById.get(id)?.name ?? null : null);

	const events: TimelineEvent[] = merged.map((w) => {
		w.people.forEach(usePerson);
		w.cities.forEach(useCity);
		useCity(w.place);
		const first = w.sources[0];
		return {
			id: `ev-${w.date?.start ?? 'undated'}-${shortHash(`${first.article}:${first.start}`)}`,
			type: w.draft.type,
			title: eventTitle(w.draft.type, w.people.map(nameOf), cityName(w.place), w.status),
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
	const idOf = new Map(merged.map((w, i) => [w, events[i].id]));
	const delegationsOut = delegations.map((d) => {
		usePerson(d.trip.visitor.leader);
		useCity(d.trip.visitor.fromCity);
		useCity(d.trip.to);
		return {
			id: d.id,
			label: delegationLabel(d.trip.visitor.leader ? nameOf(d.trip.visitor.leader) : null, cityName(d.trip.visitor.fromCity), d.trip.visitor.fromBody, cityName(d.trip.to)),
			leader: d.trip.visitor.leader,
			from: d.trip.visitor.fromCity,
			to: d.trip.to,
			fromBody: d.trip.visitor.fromBody,
			start: d.start,
			end: d.end,
			events: d.members.map((m) => idOf.get(m)!).sort()
		};
	});
	events.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));
	delegationsOut.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));

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
		articles: docs.map((d) => ({ id: d.id, file: d.file, title: d.title, ...publication(d), language: d.language, text: d.text, body: d.body })),
		events,
		delegations: delegationsOut,
		people: [...personOut.values()].sort((a, b) => a.id.localeCompare(b.id)),
		cities: [...cityOut.values()].sort((a, b) => a.id.localeCompare(b.id)),
		warnings
	};

	/** The page's stamp, else the last day the article reports as done: it was written on or after it. */
	function publication(d: Doc): { published: string | null; publishedHow: 'stamp' | 'metadata' | 'inferred' | null } {
		if (d.published) return { published: d.published, publishedHow: d.publishedHow };
		const day = lastReported.get(d.id);
		return day ? { published: day, publishedHow: 'inferred' } : { published: null, publishedHow: null };
	}

	/** Events of one article with their people, cities and setting. */
	function readEvents(r: Read): Working[] {
		const drafts = extractEvents(r.doc, { stamp: r.stamp, yearFor: r.yearFor });
		// Each sentence's mentions, worked out once: followers are read by several events, and an
		// event sentence is read twice when the article's frame is found after it.
		interface InSentence {
			people: PersonMention[];
			places: PlaceMention[];
			/** People with their ids and cities, in the sentence's own offsets, as readSetting takes them. */
			localPeople: Mentioned[];
			localCities: Mentioned[];
			/** The cities with their ids, in the article's offsets. */
			cities: Mentioned[];
		}
		const bySentence = new Map<Sentence, InSentence>();
		const sentenceMentions = (s: Sentence): InSentence => {
			let hit = bySentence.get(s);
			if (!hit) {
				const people = r.people.filter((m) => within(m, s));
				const filed = datelineLength(s.text);
				const places = r.places.filter((m) => within(m, s) && m.start >= s.start + filed);
				const localPeople: Mentioned[] = [];
				for (const m of people) {
					const id = registry.resolve(m, r.doc.id);
					if (id) localPeople.push({ start: m.start - s.start, end: m.end - s.start, id });
				}
				const cities = places.map((p) => ({ start: p.start, end: p.end, id: p.cityId }));
				const localCities = cities.map((c) => ({ start: c.start - s.start, end: c.end - s.start, id: c.id }));
				bySentence.set(s, (hit = { people, places, localPeople, localCities, cities }));
			}
			return hit;
		};
		// The sentences that go on telling an event are read again for each of its events: decide once per sentence and mention.
		const participation = new Map<Sentence, Map<PersonMention, boolean>>();
		const participates = (s: Sentence, m: PersonMention) => {
			let known = participation.get(s);
			if (!known) participation.set(s, (known = new Map()));
			let yes = known.get(m);
			if (yes === undefined) known.set(m, (yes = isParticipant(s, m)));
			return yes;
		};
		const settingOf = (d: EventDraft, f: Setting | null) => {
			const own = sentenceMentions(d.sentence);
			const cities = own.cities;
			let setting = readSetting(d.sentence.text, own.localPeople, own.localCities, cityInfo, f);
			// "Chiều 5/10, Phó Chủ tịch UBND tỉnh … đã tiếp Đoàn đại biểu tỉnh Chămpasắc": no place in the sentence
			// nor the frame, but the headline or the lead names both sides ("Đắk Lắk tiếp Đoàn … Chămpasắc"): the
			// one in the other country than the delegation's is where it went.
			const party = setting.visitor ?? setting.hosts[0];
			if (party?.country && !setting.place && !setting.placeCountry) {
				const there = headlineCities().find((id) => cityInfo.get(id)?.country && cityInfo.get(id)?.country !== party.country);
				if (there) setting = readSetting(d.sentence.text, own.localPeople, own.localCities, cityInfo, { visitor: null, hosts: [], ...f, place: there, placeCountry: cityInfo.get(there)?.country ?? null });
			}
			// A sapo names the delegation ("Đoàn đại biểu cấp cao tỉnh X đang có chuyến thăm … từ ngày 4-7/9")
			// and the lead's next, undated sentence its leader ("Đoàn … tỉnh X do đồng chí Y … làm Trưởng đoàn"):
			// the same delegation, so the leader is the event's.
			const v = setting.visitor;
			if (d.role === 'main' && v && !v.leader && v.fromCity)
				for (const s of d.followers.slice(0, 2)) {
					const m = sentenceMentions(s);
					const other = readSetting(s.text, m.localPeople, m.localCities, cityInfo, f).visitor;
					if (other?.leader && other.fromCity === v.fromCity) {
						setting.visitor = { ...v, leader: other.leader };
						break;
					}
				}
			return { cities, setting };
		};
		let headline: string[] | null = null;
		const headlineCities = (): string[] => {
			if (headline) return headline;
			const doc = r.doc;
			const lead = doc.sentences[0];
			// The headline often lies above the body, where no place was looked for.
			const inTitle = doc.title ? findPlacesAndPeople(doc.title, gaz, doc.language).places.filter((p) => p.sense !== 'media') : [];
			const inLead = lead ? r.places.filter((p) => within(p, lead)) : [];
			return (headline = [...inTitle, ...inLead].map((p) => p.cityId));
		};
		// The article's frame: the first event sentence that names a travelling delegation. It frames
		// the events told before it too (a lead on the signing, then "Trước đó, … hội đàm với Đoàn … do X dẫn đầu").
		let frame: Setting | null = null;
		const unframed: ReturnType<typeof settingOf>[] = [];
		for (const d of drafts) {
			const read = settingOf(d, null);
			unframed.push(read);
			if (read.setting.visitor) {
				frame = read.setting;
				break;
			}
		}
		// A round-up ("Nghệ An - Xiêng Khoảng: …", "Cần Thơ: …") tells one story per item: each item has its
		// own frame, and an item naming no delegation has none (another item's visitor is not its own).
		let frameOf = (_d: EventDraft): Setting | null => frame;
		const items = r.doc.sentences.filter((s) => opensItem(s.text)).map((s) => s.start);
		if (frame && items.length >= 2) {
			const itemOf = (d: EventDraft) => items.filter((at) => at <= d.sentence.start).length;
			// An item naming no delegation of its own keeps the article's frame unless it names another place
			// (a trip's programme, bullet by bullet, is one story; "Cần Thơ: …" is another).
			const known = [frame.place, frame.visitor?.fromCity];
			const frames = new Map<number, { setting: Setting | null; own: boolean }>();
			for (const [i, d] of drafts.entries()) {
				const k = itemOf(d);
				const got = frames.get(k);
				if (got?.own) continue;
				const read = unframed[i] ?? settingOf(d, null);
				if (read.setting.visitor) frames.set(k, { setting: read.setting, own: true });
				else if (!got) frames.set(k, { setting: sentenceMentions(d.sentence).places.some((p) => !known.includes(p.cityId)) ? null : frame, own: false });
			}
			frameOf = (d) => frames.get(itemOf(d))?.setting ?? null;
		}
		const out: Working[] = [];
		for (const [i, d] of drafts.entries()) {
			// Without a frame every reading is the unframed one already made.
			const f = frameOf(d);
			const { cities, setting } = !f && unframed[i] ? unframed[i] : settingOf(d, f);
			// Participants: in the event's sentence and, for a main event, in the sentences that go on telling it.
			const participants: string[] = [];
			const add = (id: string | null) => id && !participants.includes(id) && participants.push(id);
			for (const s of d.role === 'main' ? [d.sentence, ...d.followers] : [d.sentence]) {
				for (const m of sentenceMentions(s).people) if (participates(s, m)) add(registry.resolve(m, r.doc.id));
			}
			if (d.role === 'main') {
				add(setting.visitor?.leader ?? null);
				for (const h of setting.hosts) add(h.leader);
			}
			const cityIds: string[] = [];
			const addCity = (id: string | null) => id && !cityIds.includes(id) && cityIds.push(id);
			addCity(setting.place);
			for (const c of cities) if (within(c, d.quote) || d.quote.text === d.sentence.text) addCity(c.id);
			if (d.role === 'main') addCity(setting.visitor?.fromCity ?? null);
			out.push({
				draft: d,
				article: r.doc.id,
				type: d.type,
				role: d.role,
				status: d.status,
				date: d.date,
				people: participants,
				place: setting.place,
				placeCountry: setting.placeCountry,
				cities: cityIds,
				setting: d.role === 'main' ? setting : { ...setting, visitor: null },
				sources: [{ article: r.doc.id, quote: d.quote.text, start: d.quote.start, end: d.quote.end, dateText: d.mention?.text ?? null }] as Source[],
				conflicts: d.date?.conflict ? [{ field: 'date', article: r.doc.id, value: d.date.start, note: d.date.conflict } as Conflict] : [],
				delegation: null
			});
		}
		return out;
	}
}

/**
 * Articles whose year rests on weak evidence take the year of a better-dated article about the
 * same trip: same visitor, same destination country, days and months within a few days.
 */
function shareYears(events: Working[]): Map<string, YearDecision> {
	const strong = (d: Resolved | null) => !!d && d.granularity === 'day' && (d.dating !== 'inferred' || d.confidence >= 0.6);
	const out = new Map<string, YearDecision>();
	const byArticle = new Map<string, Working[]>();
	for (const e of events) if (e.role === 'main') byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
	for (const [article, list] of byArticle) {
		if (list.some((e) => strong(e.date))) continue;
		// Day and month as written, whether or not the article could give them a year ("Sáng 14/9" in an article with no year at all).
		const monthDay = (e: Working) => {
			if (e.date?.granularity === 'day') return e.date.start;
			const m = e.draft.mention;
			return m?.shape === 'day' && m.month && m.day ? `2000-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}` : null;
		};
		const weak = list.filter((e) => monthDay(e) && e.setting.visitor);
		for (const w of weak) {
			const key = visitorKey(w.setting.visitor!);
			const twin = events.find(
				(o) =>
					o.article !== article && o.role === 'main' && strong(o.date) && o.setting.visitor && visitorKey(o.setting.visitor) === key &&
					(!o.placeCountry || !w.placeCountry || o.placeCountry === w.placeCountry) && monthDayGap(o.date!.start, monthDay(w)!) <= 10
			);
			if (twin) {
				out.set(article, { year: +twin.date!.start.slice(0, 4), confidence: Math.min(0.7, twin.date!.confidence * 0.85), how: note(`một bài khác về cùng chuyến công tác (${twin.article}),`, `another article about the same trip (${twin.article}),`) });
				break;
			}
		}
	}
	return out;
}

/** Distance in days between two dates ignoring their years (12/3 and 11/3 are 1 apart, whatever the years). */
function monthDayGap(a: string, b: string): number {
	const day = (s: string) => Date.UTC(2000, +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
	const d = Math.abs(day(a) - day(b));
	return Math.min(d, 366 - d);
}

export type { Party };
