/**
 * One happening told by several articles becomes one event with all its sources. Two reports
 * are the same happening when they are of the same type, their days overlap, and they share a
 * participant or the place — unless they follow delegations from different cities. Disagreements (planned in one, occurred in another; different part
 * of day) are kept on the event as conflicts rather than dropped.
 */
import type { Conflict, Source } from '../timeline/schema';
import type { Resolved } from './dates/index';
import { BURIAL, HANDOVER_OF_REMAINS } from './events';
import { gateNamesIn } from './gateways';
import { isVietnameseSyllable } from './people';

export interface Mergeable {
	article: string;
	type: string;
	role: 'main' | 'context';
	status: 'occurred' | 'planned';
	date: Resolved | null;
	people: string[];
	place: string | null;
	cities: string[];
	sources: Source[];
	conflicts: Conflict[];
	/** The home city of the delegation whose programme this is, when known. */
	visitorFrom?: string | null;
	/** Who travels, as the report's own sentence tells it (delegations.ts Setting): a leader one report names completes another's. */
	setting?: { visitor: { leader: string | null; fromCity: string | null } | null };
	/** The home of the delegation a trip told in passing goes from, with no leader (no trip of the timeline): for sameVisitor. */
	recalledFrom?: string;
	/** Dated only by a window of recent days ("Vừa qua, …", "Mới đây, …"): the happening lies somewhere within it. */
	window?: boolean;
}

const overlaps = (a: Resolved, b: Resolved) => a.start <= b.end && b.start <= a.end;
const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));
// The kinds a trip as a whole is told as: going to visit, and going to see a site.
const TRIP_KINDS = new Set(['visit', 'field_trip']);
/** Who travels, as far as two reports of one delegation must agree on it. */
interface Travelling {
	leader: string | null;
	fromCity: string | null;
	fromBody?: string | null;
}
/**
 * Two reports' delegations are one: the same leader when both name one; else the same home, city or body (a page that names
 * no leader, or spells a Lao name its own way, "Khămsay Vilavong", tells the delegation another page names by its leader).
 * Used by merging (sameVisitor below) and by index.ts's shareYears.
 */
export function sameDelegation(v: Travelling, w: Travelling): boolean {
	if (v.leader && w.leader) return v.leader === w.leader;
	return (!!v.fromCity && v.fromCity === w.fromCity) || (!!v.fromBody && v.fromBody === w.fromBody);
}
/** Two reports' delegations are one (sameDelegation), a trip told in passing by its home (recalledFrom). */
const travelling = (x: Mergeable): Travelling => ({ leader: x.setting?.visitor?.leader ?? null, fromCity: x.setting?.visitor?.fromCity ?? x.recalledFrom ?? null });
const sameVisitor = (a: Mergeable, b: Mergeable) => sameDelegation(travelling(a), travelling(b));
/** `a` a month that holds `b`'s days. */
const inMonth = (a: Resolved, b: Resolved) => a.granularity === 'month' && a.start <= b.start && b.end <= a.end;
/** `a` only inferred to lie within days that hold `b`'s one day (or told by a window of recent days, `loose`). */
const inStay = (a: Resolved, b: Resolved, loose = false) => (a.dating === 'inferred' || loose) && a.granularity !== 'day' && b.granularity === 'day' && a.start <= b.start && b.end <= a.end;
/**
 * Days a report tells outright by their numbers ("Ngày 12 và 13/3", "từ ngày 17 đến hết ngày 19/3", "March 12-13"), though its
 * year came from the page's evidence (dating 'inferred' on a page with no stamp): not a stay's days guessed for an undated
 * report. Two happenings told by days of their own that differ are two, as with the year printed: a two-day conference
 * ("Ngày 19 và 20/5, Đoàn … tổ chức hội nghị …") is not another outlet's one-day conference of 19/5 within it. (A feast's days,
 * "Dịp này", "Cùng ngày" give no numbers: still the stay's.)
 */
const DAY_NUMBERS = /\d{1,2}\D{1,24}?\d{1,2}/u;
export const daysTold = (x: Mergeable): boolean => x.date?.granularity === 'span' && x.date.start < x.date.end && DAY_NUMBERS.test(x.sources[0]?.dateText ?? '');

// What a visit or a ceremony is at, named after its verb: "Đoàn thăm Trung tâm Thông tin chỉ huy …", "cũng đã đến thăm Trung tâm
// Thông tin chỉ huy …" (its first words, capitalised: a name, not "thăm, tặng quà công nhân"). English tells a plan by the bare
// verb ("will visit the … Zone on March 13", "is to tour …") as well as the past; not "visiting", an adjective as often ("the
// visiting Lao delegation").
const OBJECT = /(?<![\p{L}])(?:thăm|tham\s+quan|khảo\s+sát|viếng|visit(?:ed|s)?|tour(?:ed|s)?)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){2,3})/gu;
// A wreath or flowers laid at a memorial, in either language ("đặt vòng hoa tại Tượng đài …", "laid a wreath at the … Monument").
const MEMORIAL = /(?<![\p{L}])(?:tượng\s+đài|đài\s+tưởng\s+niệm|nghĩa\s+trang|monument|memorial|cemetery)(?![\p{L}])/iu;
const TRIBUTE = /(?<![\p{L}])(?:vòng\s+hoa|dâng\s+hoa|dâng\s+hương|wreaths?|flowers|incense)(?![\p{L}])/iu;
const foldWords = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

/**
 * What the rules below read in a report's quotes, worked out once per report (and each quote once) in one mergeReports call:
 * every pair compared read them again from all the quotes of both, and a merged report piles up the quotes of many articles.
 * Each is a pure function of the quotes; a report's facts are read again once absorb has added quotes to it (its sources
 * grown). Outside a mergeReports call (index.ts's sameHappening) nothing is kept.
 */
class ReportFacts {
	objects: string[] | undefined = undefined;
	tribute: boolean | undefined = undefined;
	sites: string[] | undefined = undefined;
	allBanquet: boolean | undefined = undefined;
	mealTold: boolean | undefined = undefined;
	goesHome: boolean | undefined = undefined;
	atGate: boolean | undefined = undefined;
	onlyHandover: boolean | undefined = undefined;
	onlyBurial: boolean | undefined = undefined;
	gateNames: string[] | undefined = undefined;
	gateWelcome: boolean | undefined = undefined;
	route: boolean | undefined = undefined;
	arrival: boolean | undefined = undefined;
	seat: boolean | undefined = undefined;
	siteKinds: string[] | undefined = undefined;
	happenings: Happenings | undefined = undefined;
	saysAfter: boolean | undefined = undefined;
	articles: Set<string> | undefined = undefined;
	hosts: string[] | undefined = undefined;
	visitedSites: string[] | undefined = undefined;
	landmarks: string[] | undefined = undefined;
	constructor(
		readonly sources: Source[],
		readonly n: number
	) {}
}
/** The happenings a quote names (HAPPENING_NAME): their first words (`names`), their kind and first words as its own or as a time. */
interface Happenings {
	names: string[];
	own: string[];
	asTime: string[];
}
/** One quote's facts: those of a report read from the facts of its quotes. */
class SourceFacts {
	objects: string[] | undefined = undefined;
	tribute: boolean | undefined = undefined;
	sites: string[] | undefined = undefined;
	banquet: boolean | undefined = undefined;
	goesHome: boolean | undefined = undefined;
	gate: boolean | undefined = undefined;
	handover: boolean | undefined = undefined;
	burial: boolean | undefined = undefined;
	gateNames: string[] | undefined = undefined;
	gateWelcome: boolean | undefined = undefined;
	route: boolean | undefined = undefined;
	arrival: boolean | undefined = undefined;
	seat: boolean | undefined = undefined;
	siteKinds: string[] | undefined = undefined;
	happenings: Happenings | undefined = undefined;
	host: string | null | undefined = undefined;
	visitedSite: string | null | undefined = undefined;
	landmarks: string[] | undefined = undefined;
	constructor(readonly quote: string) {}
}
/** The facts kept in the one mergeReports call under way (by report and by source object), or null. */
let memo: { reports: Map<Mergeable, ReportFacts>; sources: Map<Source, SourceFacts> } | null = null;
function facts(x: Mergeable): ReportFacts {
	if (!memo) return new ReportFacts(x.sources, x.sources.length);
	let f = memo.reports.get(x);
	// (absorb pushes the quotes of the report folded in: the facts are read again.)
	if (!f || f.sources !== x.sources || f.n !== x.sources.length) memo.reports.set(x, (f = new ReportFacts(x.sources, x.sources.length)));
	return f;
}
function sourceFacts(src: Source): SourceFacts {
	if (!memo) return new SourceFacts(src.quote);
	let f = memo.sources.get(src);
	if (!f) memo.sources.set(src, (f = new SourceFacts(src.quote)));
	return f;
}
/** Some quote of `x` for which `test` holds. */
function someSource(x: Mergeable, test: (f: SourceFacts) => boolean): boolean {
	for (const src of x.sources) if (test(sourceFacts(src))) return true;
	return false;
}
/** The lists of `x`'s quotes, one after the other. */
function allSources<T>(x: Mergeable, list: (f: SourceFacts) => T[]): T[] {
	const out: T[] = [];
	for (const src of x.sources) for (const v of list(sourceFacts(src))) out.push(v);
	return out;
}

/** The named things each report's quotes say were visited. */
function objects(x: Mergeable): string[] {
	const f = facts(x);
	return (f.objects ??= allSources(x, quoteObjects));
}
function quoteObjects(f: SourceFacts): string[] {
	if (f.objects) return f.objects;
	const out: string[] = [];
	for (const m of f.quote.matchAll(OBJECT)) out.push(foldWords(m[1]));
	return (f.objects = out);
}

/**
 * Two reports of one trip's days, one dated only by the trip or a window, name the same thing done: the same place visited by
 * name ("Trung tâm Thông tin chỉ huy …" in both), or a tribute at a memorial in both ("Dịp này, Đoàn đã đặt vòng hoa tại Tượng
 * đài …" / "the delegation laid a wreath at the … Monument").
 */
function sameObject(a: Mergeable, b: Mergeable): boolean {
	const oa = objects(a);
	if (oa.length && objects(b).some((o) => oa.includes(o))) return true;
	return a.type === 'ceremony' && tribute(a) && tribute(b);
}
const tribute = (x: Mergeable) => (facts(x).tribute ??= someSource(x, (f) => (f.tribute ??= MEMORIAL.test(f.quote) && TRIBUTE.test(f.quote))));

// The proper name of the site a visit goes to, a few lower-case words of its kind after the verb ("đi thăm khu kinh tế đặc
// biệt Bò-tên", "visited the Boten Special Economic Zone"): its first capitalised word, a hyphenated one whole.
const SITE_NAME = /(?<![\p{L}])(?:thăm|tham\s+quan|khảo\s+sát|visited|toured)((?:\s+\p{Ll}+){0,5}?)\s+(\p{Lu}\p{L}*(?:-\p{L}+)*)/gu;
// Kinds that name a province, city or district as a whole ("thăm tỉnh …", "visited the capital …"), not a site in it.
const WHOLE_KIND = /(?<![\p{L}])(?:tỉnh|thành\s+phố|thủ\s+đô|huyện|quận|xã|phường|thị\s+xã|province|city|capital|district)(?![\p{L}])/u;
/**
 * The sites each report's quotes name as visited, folded with hyphens and spaces dropped, so a transliteration and its
 * Latin spelling meet ("Bò-tên" and "Boten").
 */
function sites(x: Mergeable): string[] {
	const f = facts(x);
	return (f.sites ??= allSources(x, quoteSites));
}
function quoteSites(f: SourceFacts): string[] {
	if (f.sites) return f.sites;
	const out: string[] = [];
	for (const m of f.quote.matchAll(SITE_NAME)) {
		// A Vietnamese syllable unhyphenated opens a kind or a Vietnamese name, not a foreign site's name ("Công ty …", "Nhà
		// máy …", "Trường …", "Đền Hùng").
		if (WHOLE_KIND.test(m[1]) || (!m[2].includes('-') && isVietnameseSyllable(m[2]))) continue;
		out.push(foldWords(m[2]).replace(/[^a-z0-9]/g, ''));
	}
	return (f.sites = out);
}
// What a delegation does at a site, told as a visit, a field trip or a working session by one outlet or another.
const AT_SITE = new Set(['visit', 'field_trip', 'working_session']);
/**
 * Two outlets' reports of one day at one site, one told as a visit and the other as a working session there ("Ngày 5/6,
 * Đoàn đi thăm chợ biên giới Đen-sa-vẳn và làm việc với …" / "On Thursday, the delegation visited the Densavan border market"): one happening.
 */
function sameSiteDay(a: Mergeable, b: Mergeable): boolean {
	if (a.type === b.type || !AT_SITE.has(a.type) || !AT_SITE.has(b.type) || !a.date || !b.date || !oneDay(a.date) || !oneDay(b.date) || a.date.start !== b.date.start) return false;
	const sa = sites(a);
	return sa.length > 0 && sites(b).some((x) => x.length >= 4 && sa.includes(x));
}

// One encounter told from either side: the host "tiếp Đoàn" / "received", the guests "met" or "paid a
// courtesy call on" the host. Told so by two outlets, it is the same happening when they share a person.
const ENCOUNTER = new Set(['reception', 'meeting', 'courtesy_call']);
// A host's banquet is a reception of its own, never the guests' courtesy call: "Tối hôm trước, … tổ chức tiệc chiêu đãi … Đoàn"
// and "Earlier in the day, … paid a courtesy call on Vice Governor …" are two happenings, whoever attends both.
const BANQUET = /(?<![\p{L}])(?:tiệc|chiêu\s+đãi|mời\s+cơm|banquet|dinner|luncheon)(?![\p{L}])/iu;
const quoteBanquet = (f: SourceFacts) => (f.banquet ??= BANQUET.test(f.quote));
const banquet = (x: Mergeable) => x.type === 'reception' && x.sources.length > 0 && (facts(x).allBanquet ??= !someSource(x, (f) => !quoteBanquet(f)));
const mealTold = (x: Mergeable) => (facts(x).mealTold ??= someSource(x, quoteBanquet));

// The journey home, told by the delegation's going ("Chiều 8/3, Đoàn về nước qua cửa khẩu …", "Đoàn đã trở về nước", "the
// delegation returned to Vietnam via …", "returned home", "to leave Nghe An for home"): not one with a visit of that day ("Chiều cùng ngày, Đoàn thăm trang
// trại …"), though both read as visits. ("Trước khi về nước, Đoàn thăm …", "before returning home": the visit.)
const HOME = /(?<![\p{L}])(?<!(?:khi|before|after)\s+)(?:(?:đã\s+|sẽ\s+)?(?:lên\s+đường\s+|trở\s+)?về\s+nước|(?:returned|flew|headed|went|travell?ed)\s+(?:back\s+)?(?:home|to\s+(?:Vietnam|Viet\s+Nam|Laos|Lao\s+PDR))|returning\s+home|(?:leav(?:e|es|ing)|left)\s+(?:[\p{L}-]+\s+){0,4}?for\s+home)(?![\p{L}])/iu;
// (Told after a visit in one sentence, "Ngày 12/8, Đoàn sẽ thăm thành phố X, sau đó về nước", it is the visit's sentence.)
const VISITED = /(?<![\p{L}])(?:thăm|tham\s+quan|làm\s+việc|visit(?:ed|ing)?|toured)(?![\p{L}])/iu;
const goesHome = (x: Mergeable) => (facts(x).goesHome ??= someSource(x, (f) => (f.goesHome ??= quoteGoesHome(f.quote))));
function quoteGoesHome(quote: string): boolean {
	const m = HOME.exec(quote);
	return !!m && !VISITED.test(quote.slice(0, m.index));
}
// The way in told at the border: "nhập cảnh qua cửa khẩu …", "crossed the … border gate".
const GATE = /(?<![\p{L}])(?:nhập\s+cảnh|cửa\s+khẩu|border\s+(?:gate|checkpoint|crossing)|checkpoint)(?![\p{L}])/iu;
const atGate = (x: Mergeable) => (facts(x).atGate ??= someSource(x, (f) => (f.gate ??= GATE.test(f.quote))));
// The remains handed over ("Lễ tiếp nhận, bàn giao 21 hài cốt …", "handed over the remains of …") and their burial ("Lễ truy điệu và
// an táng …", "a memorial and burial service"): two ceremonies of one day, at the border and at the cemetery, the burial after.
// A report that tells one and not the other is no report of the other, whoever attends both.
const handover = (f: SourceFacts) => (f.handover ??= HANDOVER_OF_REMAINS.test(f.quote));
const burial = (f: SourceFacts) => (f.burial ??= BURIAL.test(f.quote));
const onlyHandover = (x: Mergeable) => (facts(x).onlyHandover ??= someSource(x, (f) => handover(f) && !burial(f)));
const onlyBurial = (x: Mergeable) => (facts(x).onlyBurial ??= someSource(x, (f) => burial(f) && !handover(f)));
const handoverAndBurial = (a: Mergeable, b: Mergeable) => (onlyHandover(a) && onlyBurial(b)) || (onlyBurial(a) && onlyHandover(b));
/** One day each (not a trip told from its end, "Tối 21-3, Đoàn … đã về nước an toàn, kết thúc … chuyến thăm 3 ngày"). */
const oneDay = (d: Resolved) => d.granularity === 'day' && d.start === d.end;

const PARTS = ['morning', 'noon', 'afternoon', 'evening', 'night'];
/** Parts of a day with another between them: morning and afternoon, morning and evening. */
const apart = (a: string | null, b: string | null) => !!a && !!b && Math.abs(PARTS.indexOf(a) - PARTS.indexOf(b)) >= 2;

// A place named as a whole, not a site in it: "thăm Thủ đô Viêng Chăn", "thăm Tỉnh ủy …".
const WHOLE_PLACE = /^(?:thu do|tinh|thanh pho|huyen|tp|quan|xa|phuong|thi xa)(?![a-z])/;
/** A visit to a site named ("Đoàn sẽ thăm Nhà máy Thủy điện Nậm Thơn 2"), one day, not the journey home. */
const siteVisit = (x: Mergeable) => x.type === 'visit' && !!x.date && oneDay(x.date) && !goesHome(x) && objects(x).some((o) => !WHOLE_PLACE.test(o));

// The delegation welcomed at a border gate, told by the host's welcome ("Chiều 20/11, ông X … đón Đoàn tại cửa khẩu quốc tế Y", a
// reception) or by the arrival ("Từ chiều 20/11, Đoàn nhập cảnh qua cửa khẩu quốc tế Y và được … đón tại cửa khẩu", a visit):
// one happening. In English: "was welcomed at the Y International Border Gate".
const GATE_WELCOME = /(?<![\p{L}])(?:đón(?:\s+tiếp)?\s+(?:[^.;]{0,80}?\s)?(?:tại|ở)\s+(?:các\s+)?cửa\s+khẩu|(?:welcomed|greeted|received)\s+(?:[^.;]{0,80}?\s)?at\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:border\s+gate|checkpoint))(?![\p{L}])/iu;
const gateNames = (x: Mergeable) => (facts(x).gateNames ??= allSources(x, (f) => (f.gateNames ??= gateNamesIn(f.quote).map(foldWords))));
// A transport link to be opened, told by two outlets ("hai bên thống nhất mở tuyến xe khách A - B qua cửa khẩu quốc tế Y trong quý
// III" / "a direct bus route linking A and B via the Y International Border Gate is expected to open in the third quarter"): one
// plan when both name the gate it crosses, though neither names a person and one says no place (a route runs between two).
const ROUTE = /(?<![\p{L}])(?:tuyến|routes?)(?![\p{L}])/iu;
const routeTold = (x: Mergeable) => x.type === 'ceremony' && x.status === 'planned' && (facts(x).route ??= someSource(x, (f) => (f.route ??= ROUTE.test(f.quote))));
const sameRoute = (a: Mergeable, b: Mergeable) => routeTold(a) && routeTold(b) && shares(gateNames(a), gateNames(b));
const welcomedAtGate = (x: Mergeable) => (facts(x).gateWelcome ??= someSource(x, (f) => (f.gateWelcome ??= GATE_WELCOME.test(f.quote))));
/** A reception and an arrival, both one day, both the welcome at a gate (the same gate when both name it). */
function gateWelcome(a: Mergeable, b: Mergeable): boolean {
	if (!((a.type === 'reception' && b.type === 'visit') || (a.type === 'visit' && b.type === 'reception'))) return false;
	if (!a.date || !b.date || !oneDay(a.date) || !oneDay(b.date) || a.date.partOfDay !== b.date.partOfDay) return false;
	if (!welcomedAtGate(a) || !welcomedAtGate(b)) return false;
	const ga = gateNames(a), gb = gateNames(b);
	return !ga.length || !gb.length || shares(ga, gb);
}

// The welcome on arrival, at the airport or the border gate ("Earlier in the day, on arrival at X International Airport, the
// delegation was welcomed by …", "… đón Đoàn tại sân bay …", "… đón Đoàn tại cửa khẩu …"), and the hosts' banquet or reception
// at their seat that day ("Tối cùng ngày, … chủ trì tiệc chiêu đãi Đoàn", "… tiếp Đoàn tại trụ sở UBND tỉnh") are two
// happenings at two places, whoever attends both: the way in comes first, the table or the seat later.
// (Told at the place, not as a topic: "hội đàm … về công tác quản lý biên giới và cửa khẩu" is no arrival.)
const ARRIVAL = /(?<![\p{L}])(?:(?:on|upon)\s+(?:(?:their|its|his|her)\s+)?arrival|(?:tại|ở)\s+(?:các\s+)?(?:sân\s+bay|cảng\s+hàng\s+không|nhà\s+ga|cửa\s+khẩu)|at\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:airport|border\s+(?:gate|checkpoint|crossing)|checkpoint))(?![\p{L}])/iu;
const SEAT = /(?<![\p{L}])(?:trụ\s+sở|hội\s+trường|headquarters)(?![\p{L}])/iu;
const onArrival = (x: Mergeable) => (facts(x).arrival ??= someSource(x, (f) => (f.arrival ??= ARRIVAL.test(f.quote))));
const atTableOrSeat = (x: Mergeable) => mealTold(x) || (facts(x).seat ??= someSource(x, (f) => (f.seat ??= SEAT.test(f.quote))));
/** Two encounters, one the welcome on arrival, the other the banquet or the reception at the hosts' seat (and not told at the arrival). */
const arrivalAndTable = (a: Mergeable, b: Mergeable) => {
	if (!ENCOUNTER.has(a.type) || !ENCOUNTER.has(b.type)) return false;
	const aa = onArrival(a), ba = onArrival(b);
	return aa !== ba && atTableOrSeat(aa ? b : a);
};

// The hosts sitting down with the delegation, told by one outlet as a reception and by the other as talks: "Chiều 6/5, … X …
// đã tiếp và làm việc với Đoàn" / "Later that day, Mr. Y held talks with Mr. X".
const hostedTalks = (a: Mergeable, b: Mergeable) => (a.type === 'reception' && b.type === 'talks' && !banquet(a)) || (a.type === 'talks' && b.type === 'reception' && !banquet(b));
/** A person both reports name other than the delegation's leader (a host): the same sides met, not only the same guests. */
const sharesHost = (a: Mergeable, b: Mergeable) => {
	const guests = [a.setting?.visitor?.leader, b.setting?.visitor?.leader];
	return a.people.some((x) => b.people.includes(x) && !guests.includes(x));
};

// What a visit is to, by its kind, in either language: a programme told in Vietnamese ("Theo chương trình, sáng nay, Đoàn thăm
// Trường Phổ thông dân tộc nội trú tỉnh …") and the English report of that morning ("On Friday morning, the delegation visited
// the Provincial Ethnic Boarding School and presented gifts") name one site in two ways.
const VISIT_OBJECT = /(?<![\p{L}])(?:thăm|tham\s+quan|khảo\s+sát|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?)\s+([^,;.]{3,80}?)(?=\s+(?:và|and|để|to|where|nơi|sau\s+đó|then|before)\s|[,;.]|$)/giu;
const SITE_KINDS: [string, RegExp][] = [
	// (Not "thị trường", a market in trade; "môi trường", the environment; "quảng trường", a square.)
	['school', /(?<![\p{L}])(?:(?<!(?:thị|môi|hiện|quảng|chiến|công)\s)trường|school)(?![\p{L}])/iu],
	['hospital', /(?<![\p{L}])(?:bệnh\s+viện|trạm\s+y\s+tế|hospital|clinic|health\s+(?:centre|center|station))(?![\p{L}])/iu],
	['factory', /(?<![\p{L}])(?:nhà\s+máy|xưởng|factory|plant|mill)(?![\p{L}])/iu],
	['market', /(?<![\p{L}])(?:chợ|market)(?![\p{L}])/iu],
	['museum', /(?<![\p{L}])(?:bảo\s+tàng|museum)(?![\p{L}])/iu],
	['farm', /(?<![\p{L}])(?:trang\s+trại|nông\s+trại|farm)(?![\p{L}])/iu],
	['cemetery', /(?<![\p{L}])(?:nghĩa\s+trang|cemetery)(?![\p{L}])/iu],
	['monument', /(?<![\p{L}])(?:tượng\s+đài|đài\s+tưởng\s+niệm|monument|memorial)(?![\p{L}])/iu],
	['temple', /(?<![\p{L}])(?:chùa|đền|pagoda|temple)(?![\p{L}])/iu],
	['industrial', /(?<![\p{L}])(?:khu\s+công\s+nghiệp|khu\s+kinh\s+tế|industrial\s+(?:park|zone)|economic\s+zone)(?![\p{L}])/iu]
];
/** The kinds of site a report's visit verbs go to ("school", "hospital" …). */
function siteKinds(x: Mergeable): string[] {
	const f = facts(x);
	if (f.siteKinds) return f.siteKinds;
	// (Each quote's kinds in the order found, the first time each: the same list as read from all the quotes in a row.)
	const out: string[] = [];
	for (const src of x.sources) for (const kind of quoteSiteKinds(sourceFacts(src))) if (!out.includes(kind)) out.push(kind);
	return (f.siteKinds = out);
}
function quoteSiteKinds(f: SourceFacts): string[] {
	if (f.siteKinds) return f.siteKinds;
	const out: string[] = [];
	for (const m of f.quote.matchAll(VISIT_OBJECT)) for (const [kind, re] of SITE_KINDS) if (re.test(m[1]) && !out.includes(kind)) out.push(kind);
	return (f.siteKinds = out);
}
/**
 * A programme's item ("Theo chương trình, sáng nay (29/8), Đoàn thăm Trường …", planned) and another outlet's report of it once
 * done ("On Friday morning, the delegation visited the … School and presented gifts", occurred): the same morning or afternoon,
 * a person of both, a site of the same kind visited — one happening, whatever kind each was typed (the report's status wins:
 * absorb).
 */
function plannedThenDone(a: Mergeable, b: Mergeable): boolean {
	if (a.status === b.status || !a.date || !b.date || !oneDay(a.date) || !oneDay(b.date) || a.date.start !== b.date.start) return false;
	if (!a.date.partOfDay || a.date.partOfDay !== b.date.partOfDay || !shares(a.people, b.people)) return false;
	const ka = siteKinds(a);
	return ka.length > 0 && shares(ka, siteKinds(b));
}

// A happening named only as the time of the sentence's own act: "Hôm qua, ngay sau lễ khánh thành Trường …, Hội Khuyến học … đã
// trao 50 suất học bổng", "Sau khi kết thúc hội nghị …, hai bên …". The report tells what came after (or before) it, not that
// happening: another outlet's report of the inauguration itself is another event.
const AS_TIME = /(?<![\p{L}])(?:sau|trước)(?:\s+khi(?:\s+kết\s+thúc)?)?\s+(?:buổi\s+)?$/iu;
/** The happenings (their kind and first words, folded: "le khanh thanh") a report names, as its own or as a time reference. */
function namedHappenings(x: Mergeable): Happenings {
	const f = facts(x);
	if (f.happenings) return f.happenings;
	const names: string[] = [], own: string[] = [], asTime: string[] = [];
	for (const src of x.sources) {
		const h = quoteHappenings(sourceFacts(src));
		names.push(...h.names);
		own.push(...h.own);
		asTime.push(...h.asTime);
	}
	return (f.happenings = { names, own, asTime });
}
/** The happenings one quote names: HAPPENING_NAME read once for happeningNames and namedHappenings. */
function quoteHappenings(f: SourceFacts): Happenings {
	if (f.happenings) return f.happenings;
	const names: string[] = [], own: string[] = [], asTime: string[] = [];
	const quote = f.quote;
	for (const m of quote.matchAll(HAPPENING_NAME)) {
		names.push(foldWords(m[1].trim()));
		const key = foldWords(m[0]).split(/\s+/).slice(0, 3).join(' ');
		(AS_TIME.test(quote.slice(Math.max(0, m.index - 24), m.index)) ? asTime : own).push(key);
	}
	return (f.happenings = { names, own, asTime });
}
/** The articles of a report's quotes. */
const articlesOf = (x: Mergeable) => (facts(x).articles ??= new Set(x.sources.map((s) => s.article)));
/** `x` tells what came after or before a happening `y` names as its own. */
function afterThat(x: Mergeable, y: Mergeable): boolean {
	// A page that reports the happening itself and then what followed it ("Ngay sau lễ khai trương, chuyến xe đầu tiên …")
	// tells one happening: the sentence after is its detail. Only another outlet's report is kept apart.
	// (The tests that read `x` alone, kept per report, first: most pairs end there, before the articles of `y` are gathered.)
	// ("rước": "Trước" opening a sentence too.)
	if (!(facts(x).saysAfter ??= x.sources.some((src) => src.quote.includes('sau') || src.quote.includes('Sau') || src.quote.includes('rước')))) return false;
	const { asTime } = namedHappenings(x);
	if (!asTime.length) return false;
	const ya = articlesOf(y);
	if (x.sources.some((s) => ya.has(s.article))) return false;
	return shares(asTime, namedHappenings(y).own);
}

// An institution welcoming the delegation, told by its own page ("Chiều ngày 11/9, Trường Đại học X vinh dự đón tiếp Đoàn …"),
// and the delegation's visit there, told by another outlet ("Chiều 11/9, Đoàn thăm Trường Đại học X, gặp mặt …"): the same
// afternoon at one place, told from either side. (The institution the subject of the welcome, the object of the visit.)
const INSTITUTION = String.raw`((?:Trường(?:\s+(?:Đại\s+học|Cao\s+đẳng|Trung\s+cấp|THPT|Phổ\s+thông))?|Học\s+viện|Bệnh\s+viện|Viện|Bảo\s+tàng|Nhà\s+máy|Công\s+ty)(?:\s+\p{Lu}[\p{L}-]*){1,5})`;
const WELCOMED_BY = new RegExp(String.raw`${INSTITUTION}[^,.;]{0,30}?\s(?:đón\s+tiếp|tiếp\s+đón|đón|tiếp)\s+(?:các\s+)?[Đđ]oàn(?![\p{L}])`, 'u');
const VISITED_SITE = new RegExp(String.raw`(?<![\p{L}])(?:thăm|tham\s+quan|làm\s+việc\s+(?:tại|với))\s+${INSTITUTION}`, 'u');
const placeKey = (name: string) => foldWords(name).replace(/\s+/g, ' ');
function siteWelcome(a: Mergeable, b: Mergeable): boolean {
	const [host, guest] = a.type === 'reception' ? [a, b] : [b, a];
	if (host.type !== 'reception' || !AT_SITE.has(guest.type) || banquet(host) || !host.date || !guest.date || !oneDay(host.date) || !oneDay(guest.date) || host.date.start !== guest.date.start) return false;
	const hosts = (facts(host).hosts ??= welcomers(host));
	return hosts.length > 0 && (facts(guest).visitedSites ??= visitedSites(guest)).some((site) => hosts.includes(site));
}
/** The institutions a report's quotes tell welcoming the delegation (WELCOMED_BY), by placeKey. */
function welcomers(x: Mergeable): string[] {
	const out: string[] = [];
	for (const src of x.sources) {
		const f = sourceFacts(src);
		if (f.host === undefined) {
			const name = f.quote.includes('oàn') ? WELCOMED_BY.exec(f.quote)?.[1] : undefined;
			f.host = name ? placeKey(name) : null;
		}
		if (f.host !== null) out.push(f.host);
	}
	return out;
}
/** The institution each of a report's quotes tells visited first (VISITED_SITE), by placeKey. */
function visitedSites(x: Mergeable): string[] {
	const out: string[] = [];
	for (const src of x.sources) {
		const f = sourceFacts(src);
		if (f.visitedSite === undefined) {
			const m = VISITED_SITE.exec(f.quote);
			f.visitedSite = m ? placeKey(m[1]) : null;
		}
		if (f.visitedSite !== null) out.push(f.visitedSite);
	}
	return out;
}

// A landmark by its name, in either language: the kind first in Vietnamese ("Đền Kiếp Bạc", "chùa Phật Tích", "Bảo tàng Hải
// Dương"), last in English ("Kiep Bac Temple", "the Phat Tich Pagoda"); the name's capitalised words only, folded without
// diacritics and spaces, so "Kiếp Bạc" meets "Kiep Bac".
const LANDMARK_VI = /(?<![\p{L}])(?:[Đđ]ền|[Cc]hùa|[Đđ]ình|[Mm]iếu|[Bb]ảo\s+tàng|[Kk]hu\s+di\s+tích(?:\s+lịch\s+sử)?|[Dd]i\s+tích|[Nn]hà\s+tưởng\s+niệm|[Nn]hà\s+thờ|[Tt]hành\s+cổ)((?:\s+\p{Lu}[\p{L}-]*){1,4})/gu;
const LANDMARK_EN = /((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:Temple|Pagoda|Shrine|Museum|Communal\s+House|Relic\s+Site|Historical\s+Site|Cathedral|Citadel)(?![\p{L}])/gu;
const LANDMARK_WORD = /(?:ền|hùa|ình|iếu|tàng|tích|niệm|thờ|cổ|Temple|Pagoda|Shrine|Museum|House|Site|Cathedral|Citadel)/u;
/** The landmarks a report's quotes name, folded ("kiepbac"). */
function landmarks(x: Mergeable): string[] {
	const f = facts(x);
	return (f.landmarks ??= allSources(x, quoteLandmarks));
}
function quoteLandmarks(f: SourceFacts): string[] {
	if (f.landmarks) return f.landmarks;
	const out: string[] = [];
	const quote = f.quote;
	if (LANDMARK_WORD.test(quote)) {
		for (const m of quote.matchAll(LANDMARK_VI)) out.push(foldWords(m[1]).replace(/[^a-z0-9]/g, ''));
		for (const m of quote.matchAll(LANDMARK_EN)) out.push(foldWords(m[1].replace(/^(?:The|At|In|To)\s+/u, '')).replace(/[^a-z0-9]/g, ''));
	}
	return (f.landmarks = out);
}
// What a delegation does at a landmark, told as a tribute ("dâng hương tại Đền …", "offered incense at … Temple"), a visit or a
// field trip ("tham quan Khu di tích …").
const AT_LANDMARK = new Set(['ceremony', 'visit', 'field_trip']);
/**
 * Two outlets' reports of one day at one named landmark, of one delegation, one told as the incense offered and the other as the
 * visit ("Sáng 11/10, Đoàn dâng hương tại Đền X và tham quan …" / "On October 11, the delegation offered incense at X Temple"):
 * one happening, whatever kind each was typed. (A landmark sees many delegations: the same one only, sameVisitor.)
 */
function sameLandmarkDay(a: Mergeable, b: Mergeable): boolean {
	if (a.type === b.type || !AT_LANDMARK.has(a.type) || !AT_LANDMARK.has(b.type) || !a.date || !b.date || !oneDay(a.date) || !oneDay(b.date) || a.date.start !== b.date.start) return false;
	const la = landmarks(a);
	return la.length > 0 && landmarks(b).some((x) => x.length >= 4 && la.includes(x)) && sameVisitor(a, b);
}

// A conference gathers several delegations, and each outlet follows its own ("Đoàn đại biểu tỉnh X … đã dự Hội nghị …"): the
// session is one happening whoever went to it. Told by its number ("Hội nghị lần thứ 6", "the sixth meeting"; numbered), or by
// one place and its co-chairs named alike (two of them at least), on one day.
const SESSION_KINDS = new Set(['conference', 'meeting']);
// (A quote that names no numbered happening is passed over without running the two patterns.)
const NUMBER_WORD = /lần\s+thứ|meeting|session|conference|seminar|workshop|forum|fair|festival/iu;
const sessionsNamed = (x: Mergeable) => x.sources.flatMap((src) => (NUMBER_WORD.test(src.quote) ? numbered(src.quote) : []));
const sameDayTold = (a: Mergeable, b: Mergeable) => !!a.date && !!b.date && oneDay(a.date) && oneDay(b.date) && a.date.start === b.date.start && !apart(a.date.partOfDay, b.date.partOfDay);
// (A session to come is told by its month or year alone: "Hội nghị lần thứ 7 sẽ tổ chức … vào năm 2025", "will host the seventh
// meeting in 2025". Its number and the same month or year make it one.)
const samePeriodTold = (a: Mergeable, b: Mergeable) => !!a.date && !!b.date && (a.date.granularity === 'year' || a.date.granularity === 'month') && a.date.granularity === b.date.granularity && a.date.start === b.date.start && a.date.end === b.date.end;
function sameSession(a: Mergeable, b: Mergeable): boolean {
	if (!SESSION_KINDS.has(a.type) || !SESSION_KINDS.has(b.type)) return false;
	const day = sameDayTold(a, b);
	if (!day && !samePeriodTold(a, b)) return false;
	if (day && a.type === 'conference' && b.type === 'conference' && a.place !== null && a.place === b.place && a.people.filter((x) => b.people.includes(x)).length >= 2) return true;
	const na = sessionsNamed(a);
	return na.length > 0 && sessionsNamed(b).some((n) => na.includes(n));
}
// The minutes of a conference are signed once, at its close, by all its delegations ("Kết thúc Hội nghị, lãnh đạo các tỉnh đã
// ký Biên bản Hội nghị …", "the heads of delegation signed the minutes of the meeting"): two outlets' signings of a conference's
// minutes at one place on one day are one, whichever delegation each follows. (Not the minutes of talks: a host signs those
// with each delegation it meets.)
const CONFERENCE_MINUTES = /(?<![\p{L}])(?:biên\s+bản\s+(?:của\s+)?(?:hội\s+nghị|kỳ\s+họp)|minutes\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|conference))(?![\p{L}])/iu;
const signsMinutes = (x: Mergeable) => x.sources.some((src) => (src.quote.includes('iên bản') || src.quote.includes('inutes')) && CONFERENCE_MINUTES.test(src.quote));
const sameMinutes = (a: Mergeable, b: Mergeable) => a.type === 'signing' && b.type === 'signing' && a.place !== null && a.place === b.place && sameDayTold(a, b) && signsMinutes(a) && signsMinutes(b);
// The hosts sitting down with one delegation, told by one outlet as a working session ("chiều 14-12, đồng chí X đã có buổi làm
// việc riêng với Đoàn đại biểu tỉnh Y") and by the other as talks ("held talks with X"): one happening at the same part of
// the day, the same delegation and a host both name.
const sittingDown = (a: Mergeable, b: Mergeable) =>
	((a.type === 'working_session' && b.type === 'talks') || (a.type === 'talks' && b.type === 'working_session')) && sameDayTold(a, b) && a.date!.partOfDay === b.date!.partOfDay && sameVisitor(a, b) && sharesHost(a, b);
/** Two outlets' reports of one gathering that the rules of a delegation's own programme below would keep apart. */
const oneGathering = (a: Mergeable, b: Mergeable) => a.article !== b.article && a.role === b.role && (sameSession(a, b) || sameMinutes(a, b) || sittingDown(a, b));

export function sameHappening(a: Mergeable, b: Mergeable): boolean {
	if (oneGathering(a, b)) return true;
	const talks = a.article !== b.article && hostedTalks(a, b);
	const sides =
		a.type !== b.type &&
		((ENCOUNTER.has(a.type) && ENCOUNTER.has(b.type) && !((a.type === 'courtesy_call' && banquet(b)) || (b.type === 'courtesy_call' && banquet(a)))) || gateWelcome(a, b) || talks || (a.article !== b.article && siteWelcome(a, b)));
	// A site visited is a field trip told by "thăm": "trong ngày 5/10, Đoàn sẽ thăm Nhà máy Thủy điện Nậm Thơn 2" and "will tour the
	// Nam Theun 2 hydropower plant … the following day" are one happening (on one day, at one place or with one person).
	const site = (a.type === 'field_trip' && siteVisit(b)) || (b.type === 'field_trip' && siteVisit(a));
	if (site && !(a.date && b.date && oneDay(a.date) && oneDay(b.date))) return false;
	const atSite = !sides && !site && a.article !== b.article && sameSiteDay(a, b);
	const programme = !sides && !site && !atSite && a.type !== b.type && a.article !== b.article && plannedThenDone(a, b);
	const landmark = !sides && !site && !atSite && !programme && a.article !== b.article && sameLandmarkDay(a, b);
	// A trip recalled by its month on two pages, one telling the going ("đã sang thăm, làm việc tại tỉnh Y") and the other what
	// was done there ("… sang làm việc với tỉnh bạn, khảo sát vùng trồng chè …"): one trip, whichever kind each names.
	const recalled = !sides && !site && !atSite && !programme && !landmark && a.type !== b.type && TRIP_KINDS.has(a.type) && TRIP_KINDS.has(b.type) && a.role === 'context' && b.date?.granularity === 'month' && a.date?.granularity === 'month';
	if (a.article === b.article || (a.type !== b.type && !sides && !site && !atSite && !programme && !landmark && !recalled) || a.role !== b.role) return false;
	if (!a.date || !b.date) return false;
	// Days that overlap, or the very same span ("ngày 22-24/11/2023" and "from November 22 to 24").
	const sameSpan = a.date.granularity === 'span' && b.date.granularity === 'span' && a.date.start === b.date.start && a.date.end === b.date.end;
	// A happening one article leaves undated within its stay ("Vừa qua, Đoàn … sang thăm …", then "… đã chủ trì hội đàm với
	// Đoàn"), another dates ("held talks … on Thursday (Nov 20)"): the day lies within the stay.
	// (So does one told "Vừa qua, …" by a second outlet: the day lies within its window.)
	// (Not days the report tells outright: daysTold.)
	const placed = (inStay(a.date, b.date, a.window) && !daysTold(a)) || (inStay(b.date, a.date, b.window) && !daysTold(b));
	// A past trip recalled by its month in two outlets ("… chuyến thăm … của Đoàn … do đồng chí X dẫn đầu tại tỉnh Y vào tháng
	// 9/2023" / "a visit to Y by a … delegation led by Mr X last September"): the same month, told by its place and its people below.
	// (So is a part of one month told alike by both: "vào giữa tháng 4 tới" / "in mid-April this year".)
	const sameMonth = (a.date.granularity === 'month' || a.date.granularity === 'part_of_month') && a.date.granularity === b.date.granularity && a.date.start === b.date.start && a.date.end === b.date.end;
	if (!sameSpan && !placed && !sameMonth && (a.date.granularity !== 'day' || b.date.granularity !== 'day' || !overlaps(a.date, b.date))) return false;
	// A morning and an evening of one day are two happenings, whatever their kind: "Sáng 15/1, … tiếp Đoàn" and "Tối 15/1, … mời
	// cơm thân mật Đoàn" (the hours of parts next to each other may be told either way: "chiều" / "tối").
	if (apart(a.date.partOfDay, b.date.partOfDay)) return false;
	// Next parts of a day are one happening told either way, unless one is the host's banquet and the other no meal: "Chiều
	// cùng ngày, X đã tiếp Đoàn" and "Tối cùng ngày, Y chủ trì tiệc chiêu đãi Đoàn" are two.
	if (a.date.partOfDay && b.date.partOfDay && a.date.partOfDay !== b.date.partOfDay && banquet(a) !== banquet(b) && !(mealTold(a) && mealTold(b))) return false;
	if (a.type === 'visit' && oneDay(a.date) && oneDay(b.date) && goesHome(a) !== goesHome(b)) return false;
	if (arrivalAndTable(a, b)) return false;
	if (afterThat(a, b) || afterThat(b, a)) return false;
	if (a.type === 'ceremony' && handoverAndBurial(a, b)) return false;
	// Crossing at the gate and being in the city are two steps of the way, at parts of the day told apart: "Đoàn … sẽ nhập cảnh
	// qua cửa khẩu quốc tế … vào trưa mai (20/6) rồi về thành phố …" and "Đoàn … đã có mặt tại Hà Tĩnh từ chiều 20/6".
	if (a.type === 'visit' && b.type === 'visit' && a.date.partOfDay && b.date.partOfDay && a.date.partOfDay !== b.date.partOfDay && atGate(a) !== atGate(b)) return false;
	// Two delegations from different cities at one memorial on one day (Vientiane's monuments see several a week): two happenings.
	if (a.visitorFrom && b.visitorFrom && a.visitorFrom !== b.visitorFrom) return false;
	// Days only inferred from a stay: every event of a trip shares its leader and its province. The talks with the hosts come
	// once to a province; anything else must share two people (a host besides the leader).
	// (Or the same thing done: sameObject.) So must two sides of an encounter: "Earlier this week, X received a delegation of …"
	// is not the delegation's own meeting with students that week, which shares only its leader.
	// (The same named site that day is evidence enough, though one outlet names no one: "the delegation visited …".)
	if (atSite || programme || landmark) return true;
	// (A month holds many happenings: the same place and a person of both, the leader named, make it one.)
	// (Or the same delegation, told by its leader or its home, "Đoàn đại biểu tỉnh X do tôi làm trưởng đoàn" in the speech of the
	// leader another page names: a trip recalled by its month is made once by one delegation, whoever each recall names in it.)
	if (sameMonth) return a.place !== null && a.place === b.place && (recalled ? sameVisitor(a, b) : shares(a.people, b.people) || sameVisitor(a, b));
	// (A reception and talks of one day are one meeting with the same host only, one day each (a stay's or a window's
	// report is folded once its trip is known, index.ts): the guests' leader meets several hosts a day.)
	if (talks) return oneDay(a.date) && oneDay(b.date) && sharesHost(a, b);
	if (placed && !(a.date.granularity === 'day' && b.date.granularity === 'day')) return a.place !== null && a.place === b.place && (a.type === 'talks' || a.people.filter((x) => b.people.includes(x)).length >= 2 || sameObject(a, b));
	if (sides) return shares(a.people, b.people);
	if (sameSpan && sameRoute(a, b)) return true;
	return (a.place !== null && a.place === b.place) || shares(a.people, b.people);
}

/**
 * A copy of `d` with another part of the day and note, its fields written out in the order every date has them. (A spread,
 * "{ ...d, partOfDay }", made here, where only a run of several articles comes, changed a shape V8 shares with the {start,
 * end} objects of tokens and mentions: some thirty compiled readers of those were thrown away and compiled again.)
 */
function dated(d: Resolved, partOfDay: Resolved['partOfDay'], note: Resolved['note']): Resolved {
	const out: Resolved = { start: d.start, end: d.end, granularity: d.granularity, partOfDay, dating: d.dating, confidence: d.confidence, note };
	if (d.conflict !== undefined) out.conflict = d.conflict;
	return out;
}

/** Folds `b` into `a` (mutating `a`): sources, people, cities; conflicts recorded. */
export function absorb(a: Mergeable, b: Mergeable): void {
	const article = b.sources[0]?.article ?? b.article;
	if (a.status !== b.status) {
		a.conflicts.push({ field: 'status', article, value: b.status, note: `reported as ${b.status} in ${article}, as ${a.status} elsewhere; a report that it happened wins over an announcement` });
		// An event reported as done outranks one announced beforehand.
		if (b.status === 'occurred') a.status = 'occurred';
	}
	if (a.date && b.date) {
		if (a.date.partOfDay && b.date.partOfDay && a.date.partOfDay !== b.date.partOfDay)
			a.conflicts.push({ field: 'partOfDay', article, value: b.date.partOfDay, note: `part of day differs: ${a.date.partOfDay} vs ${b.date.partOfDay}` });
		// (Days only inferred from a stay that holds the other's day are no disagreement.)
		// (Nor is a month that holds the other's days: "Tháng 10, Đoàn … đã sang thăm …" beside "từ ngày 3 đến hết ngày 6/10".)
		if ((a.date.start !== b.date.start || a.date.end !== b.date.end) && !inStay(a.date, b.date, a.window) && !inStay(b.date, a.date, b.window) && !inMonth(a.date, b.date) && !inMonth(b.date, a.date))
			a.conflicts.push({ field: 'date', article, value: `${b.date.start}..${b.date.end}`, note: 'the articles give different days' });
		if (!a.date.partOfDay && b.date.partOfDay) a.date = dated(a.date, b.date.partOfDay, a.date.note);
		if (b.date.confidence > a.date.confidence) a.date = dated(b.date, b.date.partOfDay ?? a.date.partOfDay, b.date.note);
	}
	for (const p of b.people) if (!a.people.includes(p)) a.people.push(p);
	for (const c of b.cities) if (!a.cities.includes(c)) a.cities.push(c);
	a.place ??= b.place;
	// A delegation one report tells with no one to lead it, another with its leader: "Khiem said Hanoi will send a delegation to
	// Vientiane in the third quarter" and "… Khiêm nhận lời mời dẫn Đoàn đại biểu Thành phố Hà Nội sang thăm Thủ đô Viêng Chăn trong
	// quý III": the one delegation, led by him.
	const av = a.setting?.visitor, bv = b.setting?.visitor;
	// (Or with no delegation at all, a trip to the same place: "Hanoi will send a delegation to Vientiane …" reads no visitor.)
	// (Or told by one outlet with no delegation read at all, by the other with its leader: "… Vixay Keosouvanh said at talks with
	// … in Dong Ha city on Wednesday" and "Sáng 19/3, … đã hội đàm với Đoàn đại biểu tỉnh Sa-van-na-khẹt … do đồng chí Vi-xay …
	// làm trưởng đoàn": the one happening, of that delegation. A plan told with no one to lead it keeps the rule above.)
	if (a.setting && bv?.leader && (av ? !av.leader && !!av.fromCity && av.fromCity === bv.fromCity : (a.type === 'visit' && b.type === 'visit' && !!a.place && a.place === b.place && bv.fromCity !== a.place) || a.status === 'occurred'))
		a.setting = { ...a.setting, visitor: av ? { ...av, leader: bv.leader } : bv };
	a.sources.push(...b.sources);
}

/** Merges reports of the same happening; order of the result follows the first report of each. */
export function mergeReports<T extends Mergeable>(items: T[]): T[] {
	const outer = memo;
	memo = { reports: new Map(), sources: new Map() };
	try {
		return mergeAll(items);
	} finally {
		memo = outer;
	}
}
function mergeAll<T extends Mergeable>(items: T[]): T[] {
	// Two reports can be one happening only on the same day or over the very same span, so each report
	// kept is filed under its first day and a new one is compared with those of its day, not with every
	// report kept: over a corpus of thousands of distinct events the plain search was quadratic. A report
	// with granularity 'day' spread over several days is compared with all ("loose"), as it overlaps many; so is a span
	// inferred from a stay.
	const out: T[] = [];
	const files = new Files();
	for (const item of items) {
		const twin = files.first(out, item);
		if (twin < 0) {
			files.add(filing(item.date, item.window), out.length);
			out.push(item);
			continue;
		}
		const kept = out[twin];
		const was = filing(kept.date, kept.window);
		absorb(kept, item);
		// The more confident report's days replace the kept ones: file it again if that moved it.
		const now = filing(kept.date, kept.window);
		if (now !== was) files.move(twin, was, now);
	}
	return foldMonthMentions(out);
}

// A numbered happening ("Hội nghị thường niên lần thứ 5", "Kỳ họp lần thứ II", "the fifth session"): its kind and its number.
const NUMBERED_VI = /(?<![\p{L}])(hội\s+nghị|kỳ\s+họp|phiên\s+họp|hội\s+thảo|diễn\s+đàn|hội\s+chợ|lễ\s+hội|liên\s+hoan)(?:\s+[\p{L}-]+){0,4}?\s+lần\s+thứ\s+([\p{L}\d]+)/giu;
const NUMBERED_EN = /(?<![\p{L}])(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}?(meeting|session|conference|seminar|workshop|forum|fair|festival)(?![\p{L}])/giu;
const KIND: Record<string, string> = { 'hoi nghi': 'meeting', 'ky hop': 'meeting', 'phien hop': 'meeting', meeting: 'meeting', session: 'meeting', conference: 'meeting', 'hoi thao': 'forum', 'dien dan': 'forum', seminar: 'forum', workshop: 'forum', forum: 'forum', 'hoi cho': 'fair', fair: 'fair', 'le hoi': 'festival', 'lien hoan': 'festival', festival: 'festival' };
const ORDINAL: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
const ordinal = (w: string) => { const f = foldWords(w); return ORDINAL[f] ?? (/^\d+/.test(f) ? parseInt(f, 10) : NaN); };
/** The numbered happenings a quote names, as "meeting 5". */
function numbered(quote: string): string[] {
	const out: string[] = [];
	for (const m of quote.matchAll(NUMBERED_VI)) { const n = ordinal(m[2]); if (n) out.push(`${KIND[foldWords(m[1]).replace(/\s+/g, ' ')]} ${n}`); }
	for (const m of quote.matchAll(NUMBERED_EN)) { const n = ordinal(m[1]); if (n) out.push(`${KIND[m[2].toLowerCase()]} ${n}`); }
	return out;
}
/** Several days each, not guessed from a stay nor a window: a trip's days as a report tells them ("từ ngày 3 đến hết ngày 6/10"). */
const toldDays = (x: Mergeable) => !!x.date && (x.date.granularity === 'span' || x.date.granularity === 'day') && x.date.start < x.date.end && x.date.dating !== 'inferred' && !x.window;

/**
 * A trip told by its month alone in an overview ("Tháng 10, Đoàn đại biểu cấp cao tỉnh … đã sang thăm, làm việc tại tỉnh Khăm
 * Muồn và đồng chủ trì Hội nghị thường niên lần thứ 5 …") that another article tells by its days ("… chuyến thăm, làm việc tại
 * tỉnh Khăm Muồn từ ngày 3 đến hết ngày 6/10 của Đoàn …") is that trip: folded into the report of its days, which keeps them.
 * Same place, the days within the month, and something to tell it by: a person of both, or the same numbered happening named
 * by the trip's article within its days. (Two delegations may go to one province in a month; its numbered meeting is one.)
 */
function foldMonthMentions<T extends Mergeable>(out: T[]): T[] {
	let trips: Map<string, T[]> | null = null;
	let named: Map<string, { date: Resolved; names: string[] }[]> | null = null;
	const folded = new Set<T>();
	for (const b of out) {
		if (b.date?.granularity !== 'month' || !b.place || b.status !== 'occurred' || !b.sources.some((src) => VISITED.test(src.quote))) continue;
		if (!trips) {
			trips = new Map();
			for (const a of out) if (a.place && a.role === 'main' && toldDays(a)) { const l = trips.get(a.place); if (l) l.push(a); else trips.set(a.place, [a]); }
		}
		const names = b.sources.flatMap((src) => numbered(src.quote));
		let best: T | null = null;
		for (const a of trips.get(b.place) ?? []) {
			if (folded.has(a) || a.article === b.article || a.date!.start < b.date.start || a.date!.end > b.date.end) continue;
			if (a.type !== b.type && a.type !== 'visit' && b.type !== 'visit') continue;
			if (a.visitorFrom && b.visitorFrom && a.visitorFrom !== b.visitorFrom) continue;
			let linked = shares(a.people, b.people);
			if (!linked && names.length) {
				if (!named) {
					named = new Map();
					for (const x of out) for (const src of x.sources) {
						if (!x.date) continue;
						const n = numbered(src.quote);
						if (!n.length) continue;
						const l = named.get(src.article);
						if (l) l.push({ date: x.date, names: n }); else named.set(src.article, [{ date: x.date, names: n }]);
					}
				}
				const days = a.date!;
				linked = a.sources.some((src) => named!.get(src.article)?.some((r) => days.start <= r.date.start && r.date.end <= days.end && r.names.some((n) => names.includes(n))));
			}
			// The longest stay told, when two fit.
			if (linked && (!best || spanLength(a.date!) > spanLength(best.date!))) best = a;
		}
		if (!best) continue;
		const days = best.date!;
		absorb(best, b);
		best.date = { ...days };
		folded.add(b);
	}
	return folded.size ? out.filter((x) => !folded.has(x)) : out;
}
// A span's length in milliseconds, to pick the longest stay (not a count of days: see calendar.ts dayDiff).
const spanLength = (d: Resolved) => Date.parse(d.end) - Date.parse(d.start);

/** Where a report is filed: its first day, its month, LOOSE, or null for a date no other report can share (a year, none). */
function filing(d: Resolved | null, window = false): string | null {
	if (!d) return null;
	// Days inferred from a stay, or a window of recent days, may hold another report's day anywhere within them (inStay):
	// compared with all, as they are few.
	if (d.granularity === 'span') return d.dating === 'inferred' || window ? LOOSE : d.start;
	if (d.granularity === 'day') return d.start === d.end ? d.start : LOOSE;
	// A month is compared with the same month only (sameHappening); a part of a month with the same part.
	if (d.granularity === 'month' || d.granularity === 'part_of_month') return MONTH + d.start;
	// A year is shared by one session to come only (first, below): "Hội nghị lần thứ 7 … vào năm 2025", "the seventh meeting in 2025".
	if (d.granularity === 'year' && d.start.endsWith('-01-01') && d.end.endsWith('-12-31')) return YEAR + d.start;
	return null;
}
const MONTH = 'month:';
const YEAR = 'year:';
const LOOSE = '';

/** Indices of kept reports by filing, each list in the order the reports were kept. */
class Files {
	private readonly byDay = new Map<string, number[]>();
	add(key: string | null, index: number): void {
		if (key === null) return;
		const list = this.byDay.get(key);
		if (list) list.push(index);
		else this.byDay.set(key, [index]);
	}
	move(index: number, from: string | null, to: string | null): void {
		if (from !== null) {
			const list = this.byDay.get(from)!;
			list.splice(list.indexOf(index), 1);
		}
		if (to === null) return;
		const list = this.byDay.get(to);
		if (!list) return void this.byDay.set(to, [index]);
		let at = list.length;
		while (at > 0 && list[at - 1] > index) at--;
		list.splice(at, 0, index);
	}
	/**
	 * Index of the kept report that is the same happening as `item`, or −1: the first, as a search of all of `out` in order
	 * would find, unless a later one is told at the same part of the day (of those, one of its own kind first). ("The previous evening, the host union had staged a
	 * cultural exchange …" is the page's "Tối hôm trước, … tổ chức chương trình giao lưu văn nghệ …", not its "Chiều cùng ngày,
	 * Đoàn đã dâng hoa …" of the hour before, though both are ceremonies of that day.)
	 */
	first<T extends Mergeable>(out: T[], item: T): number {
		const key = filing(item.date, item.window);
		if (key === null) return -1;
		if (key === LOOSE) return bestOf(out, item, null);
		// (Many plans share a year: only a numbered session is told by it, sameSession.)
		if (key.startsWith(YEAR)) return this.byDay.get(key)?.find((i) => oneGathering(out[i], item)) ?? -1;
		const a = firstIn(this.byDay.get(key), out, item);
		const b = firstIn(this.byDay.get(LOOSE), out, item);
		if (a < 0 || b < 0) return a < 0 ? b : a;
		const part = partOf(item);
		// (Both at its part of the day: the one of its own kind, as bestOf would choose.)
		if (part && partOf(out[a]) === part && partOf(out[b]) === part && (out[a].type === item.type) !== (out[b].type === item.type)) return out[a].type === item.type ? a : b;
		if (part && partOf(out[a]) !== partOf(out[b])) return partOf(out[a]) === part ? a : partOf(out[b]) === part ? b : Math.min(a, b);
		return Math.min(a, b);
	}
}

const partOf = (x: Mergeable) => x.date?.partOfDay ?? null;

// A happening named by its kind and the words after it: "Hội nghị kết nối giao thương", "Diễn đàn xúc tiến đầu tư", "the Trade
// Connection Conference" is not matched (English names end in their kind) and goes by the first report.
const HAPPENING_NAME = /(?<![\p{L}])(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|hội\s+chợ|tọa\s+đàm|toạ\s+đàm|lễ\s+hội|lễ)((?:\s+[\p{L}-]+){2,3})/giu;
/** The first words of the happenings a report names, folded ("ket noi giao"). */
const happeningNames = (x: Mergeable): string[] => namedHappenings(x).names;

/**
 * In `list` (or all of `out`), the first report that is the same happening as `item`, or the first at its part of the day if
 * that is another. With no part of the day, the one naming the same happening: "Cũng trong ngày hôm qua, tại Hội nghị kết nối
 * giao thương, doanh nghiệp hai bên đã ký …" is the other page's "buổi chiều dự Hội nghị kết nối giao thương …", not its
 * morning forum of that day.
 */
function bestOf<T extends Mergeable>(out: T[], item: T, list: number[] | null): number {
	let first = -1;
	// Of several at its part of the day, the one of its own kind: "Sáng thứ Bảy vừa qua, … hai đoàn đã hội đàm" is the other
	// page's talks of that morning ("Tại buổi hội đàm diễn ra ngay sau đó, …"), not the welcome told before them.
	let atPart = -1;
	let names: string[] | null = null;
	const n = list ? list.length : out.length;
	for (let k = 0; k < n; k++) {
		const i = list ? list[k] : k;
		if (!sameHappening(out[i], item)) continue;
		if (item.date?.partOfDay) {
			if (first < 0) first = i;
			if (partOf(out[i]) !== item.date.partOfDay) continue;
			if (out[i].type === item.type) return i;
			if (atPart < 0) atPart = i;
			continue;
		}
		// The first that names the happening the item names; the first of all when the item names none (looked no further).
		names ??= happeningNames(item);
		if (first < 0) first = i;
		if (!names.length) return first;
		const these = happeningNames(out[i]);
		if (names.some((x) => these.includes(x))) return i;
	}
	return atPart >= 0 ? atPart : first;
}

function firstIn<T extends Mergeable>(list: number[] | undefined, out: T[], item: T): number {
	return list ? bestOf(out, item, list) : -1;
}
