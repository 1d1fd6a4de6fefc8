/**
 * Delegations (trips). The press introduces a travelling delegation in a few fixed shapes:
 *   "Đoàn đại biểu cấp cao Thành phố Hồ Chí Minh do ông X, <titles>, dẫn đầu"
 *   "X … dẫn đầu Đoàn đại biểu cấp cao Thủ đô Hà Nội"      "X cùng đoàn đại biểu thành phố Hà Nội"
 *   "Đoàn Văn phòng Trung ương Đảng … do ông X … làm trưởng đoàn"
 * and the place in "tại <city>" or in the frame "trong khuôn khổ chuyến thăm … tại <country>".
 * Of the delegations a sentence names, the visitor is the one that is not at home; the other is
 * the host (who takes part in the event but does not make a trip). Events of the same visitor
 * to the same country, close in time, form one trip.
 */
import type { Doc } from './types';
import { WordPattern, TRIP_GAP_DAYS } from './events';
import { endsClauseAt } from './segment';

export interface Mentioned {
	start: number;
	end: number;
	id: string;
}

export interface CityInfo {
	id: string;
	country: string | null;
}

export interface Party {
	leader: string | null;
	fromCity: string | null;
	/** The sending body when it is not a city ("Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"). */
	fromBody: string | null;
	country: string | null;
}

export interface Setting {
	place: string | null;
	placeCountry: string | null;
	visitor: Party | null;
	hosts: Party[];
	/** The place, when it is only a way through: an airport or a border gate ("returned home via Bo Y"). */
	via?: string;
	/** Other delegations named with the visitor, each led by its own ("Đoàn … tỉnh X do … làm trưởng đoàn và Đoàn … tỉnh Y do …"). */
	also?: Party[];
}

const COUNTRY_WORDS: [string, WordPattern][] = [
	// (Not the Vietnamese province "Lào Cai": "tại thị xã Sa Pa (tỉnh Lào Cai)" is in Vietnam.)
	['LA', new WordPattern(/(?<![\p{L}])(?:Lào(?!\s+Cai(?![\p{L}]))|CHDCND\s+Lào|Cộng\s+hòa\s+Dân\s+chủ\s+Nhân\s+dân\s+Lào|Cộng\s+hoà\s+Dân\s+chủ\s+Nhân\s+dân\s+Lào|Laos|Lao\s+PDR)(?![\p{L}])/u)],
	['VN', new WordPattern(/(?<![\p{L}])(?:Việt\s+Nam|Vietnam|Viet\s+Nam)(?![\p{L}])/u)]
];

const EMBASSY_OF = /(?<![\p{L}])(?:Đại\s+sứ\s+quán|(?:Tổng\s+)?Lãnh\s+sự\s+quán|[Ee]mbassy|[Cc]onsulate(?:[\s-]+[Gg]eneral)?)(?:\s+(?:of|nước|the))*\s+(?:CHDCND\s+)?\p{Lu}[\p{L}]*(?:\s+(?:PDR|Nam))?/gu;

export function countryIn(text: string): string | null {
	let best: { c: string; at: number } | null = null;
	for (const [c, re] of COUNTRY_WORDS) {
		const m = re.exec(text);
		if (m && (!best || m.index < best.at)) best = { c, at: m.index };
	}
	return best?.c ?? null;
}

// A delegation noun phrase: "Đoàn đại biểu cấp cao Thủ đô Hà Nội", "Đoàn Văn phòng Trung ương…", "đoàn công tác".
// A team led by someone travels as a delegation does: "a CTUMP team led by Vice Rector X will travel to Pakse"; so does a famtrip
// or a study tour ("a famtrip for 30 Savannakhet tour operators, led by Somphone, is scheduled to visit …"); so does a group
// someone leads to a named place: "X led a working group to Dong Hoi on Sept. 26".
// The travellers may be named by what they are, led by someone: "Officials from Champasak Province led by …",
// "lãnh đạo tỉnh Chămpasắc do ông X … dẫn đầu".
// Not "Trưởng đoàn" (a title), "đoàn kết" (solidarity), "tập đoàn" (a company), "Thành đoàn", "Tỉnh đoàn",
// "Huyện đoàn" (the youth union of a city, a province, a district)… ("Tập đoàn" too, a company's name: "Tập đoàn Công nghiệp
// Cao su Việt Nam (VRG)".) Nor "Đoàn Thanh niên", the youth union, but when led or sent ("nhận lời mời dẫn Đoàn Thanh niên tỉnh X
// sang dự …"), or led ("Đoàn Thanh niên tỉnh X do đồng chí Y, Bí thư Tỉnh đoàn làm trưởng đoàn"), a youth delegation. Nor "Công đoàn", "Liên đoàn", written with capitals in a body's name ("Liên hiệp Công đoàn Thủ đô
// Viêng Chăn", "Liên đoàn Lao động thành phố Hà Nội"): a trade union, not a delegation.
const DELEGATION = new WordPattern(/(?<![\p{L}])(?<!(?:[Tt]rưởng|[Pp]hó|[Tt]ập|quân|[Tt]hành|Tỉnh|Huyện|Quận|Xã|[Cc]ông|binh|sư|lữ|giáo|[Ll]iên)\s)(?:Đoàn|đoàn|delegation|(?:[Oo]fficials|[Rr]epresentatives|[Aa]\s+team|[Aa]\s+group\s+of\s+officials)(?=\s+from\s[^.;]{0,80}?\s(?:led|headed)\s+by\s)|[Aa]n?\s+(?:[\p{L}-]+\s+){0,2}?team(?=\s+(?:led|headed)\s+by\s)|[Aa]n?\s+(?:[\p{L}-]+\s+){0,2}?(?:famtrip|fam\s+trip|study\s+tour)(?=(?:\s+(?:for|of)\s+[^.;,]{1,60}?)?,?\s+(?:led|headed)\s+by\s)|(?:group|team|mission)(?<=(?:[Ll]ed|[Ll]ead(?:s|ing)?)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|team|mission))(?=\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?to\s+\p{Lu})|(?:[Ll]ãnh\s+đạo|[Cc]án\s+bộ)(?=\s+(?:tỉnh|thành\s+phố|[Tt]hủ\s+đô)\s[^.;]{0,80}?\sdo\s[^.;]{0,160}?\s(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)))(?![\p{L}])(?!\s+(?:kết|viên|thể|TNCS|văn\s+công|luật\s+sư))(?!(?<!(?:dẫn|dẫn\s+đầu|cử)\s+[Đđ]oàn)\s+Thanh\s+niên(?![^.;,]{0,80}?\sdo\s(?:(?!\s(?:và|cùng|với)\s+[Đđ]oàn\s)[^.;]){0,160}?\s(?:làm\s+[Tt]rưởng\s+đoàn|dẫn\s+đầu)(?![\p{L}])))/u);
// "dẫn đầu" within 260 characters of the same clause: see inClause.
// "do đồng chí X … dẫn đầu / đứng đầu / làm Trưởng đoàn", "led by": the leader's name comes before.
const LEADS_AFTER = new WordPattern(/(?<![\p{L}])(?:dẫn\s+đầu|đứng\s+đầu|làm\s+trưởng\s+đoàn|làm\s+Trưởng\s+đoàn|led\s+by|headed\s+by)(?![\p{L}])/u);
/**
 * The first match of `words` that opens within `limit` characters of `s` and before any full stop or
 * semicolon: what /^[^.;]{0,limit}?(?<![\p{L}])(?:…)/u finds, with m.index + m[0].length for its length,
 * without the lazy opening that tries the words at every position up to the limit.
 */
export function inClause(words: WordPattern, s: string, limit: number): RegExpExecArray | null {
	const m = words.exec(s);
	if (!m) return null;
	// (A period inside a name or after an abbreviation, "Bí thư Thành Đoàn TP.HCM làm trưởng đoàn", ends no clause.)
	let dot = s.indexOf('.');
	while (dot >= 0 && dot < m.index && !endsClauseAt(s, dot)) dot = s.indexOf('.', dot + 1);
	const semi = s.indexOf(';');
	if ((dot >= 0 && dot < m.index) || (semi >= 0 && semi < m.index)) return null;
	// The u flag counts code points: an astral character is one of the `limit`.
	return m.index <= limit || codePoints(s, m.index) <= limit ? m : null;
}
function codePoints(s: string, end: number): number {
	let n = 0;
	for (let i = 0; i < end; i++, n++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
	}
	return n;
}
// "… dẫn đầu Đoàn", "X led a delegation", "X is leading a high-level delegation of …", "X said she will lead a delegation".
// ("X dẫn đoàn" leads it; "hướng dẫn đoàn" only guides it.)
const LEADS_BEFORE = /(?<![\p{L}])(?:dẫn\s+đầu|(?<!hướng\s)dẫn|(?:led|lead|leads|leading|headed|head|heads|heading)(?:\s+(?:a|an|the|his|her|its))?(?:\s+(?!(?:with|to|of|from|in|at|on)\s)[\p{L}-]+){0,4})\s*$/u;
const LEADS_BEFORE_AT = new RegExp(LEADS_BEFORE.source, 'uy');
/**
 * LEADS_BEFORE.test(s), tried only where a match can start: at one of its words ("dẫn", "led", "lead",
 * "head"; it is case-sensitive). An end-anchored pattern is otherwise tried at every position of `s`,
 * here the whole sentence before a delegation.
 */
function leadsBefore(s: string): boolean {
	for (const word of LEAD_WORDS)
		for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
			LEADS_BEFORE_AT.lastIndex = at;
			if (LEADS_BEFORE_AT.test(s)) return true;
		}
	return false;
}
const LEAD_WORDS = ['dẫn', 'led', 'lead', 'head'];
// The inviter named after "lời mời của": "nhận lời mời của ông Lâm Văn Tùng".
// (With the inviter's titles before the name: "nhận lời mời của Phó Chủ tịch UBND tỉnh Y dẫn đoàn", "accepted an invitation from
// Vice Chairman Y to lead a … delegation": Y invites, the one who accepts leads.)
const INVITER = /(?<![\p{L}])(?:mời\s+của|invitation\s+(?:from|of))\s+[^,;.()]{0,80}$/u;
// The inviter named before the invitation, in English: "Trieu's invitation".
const INVITER_AFTER = /^['’]s?\s+invitation(?![\p{L}])/u;

/** The text between two offsets; the period of an honorific ("Vice Governor of Xekong province, Mr. X") ends no clause. */
const between = (text: string, from: number, to: number) => text.slice(from, to).replace(/(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|H\.E)\./gu, '');

/**
 * The text with the periods that end no clause ("UBND TP.HCM", "TP. Hồ Chí Minh") made a middle dot, offsets kept: a
 * sentence is read so (ownReading), its patterns then stop at a clause's end only.
 */
function softDots(s: string): string {
	if (!s.includes('.')) return s;
	let out = '';
	let from = 0;
	for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1))
		if (!endsClauseAt(s, i)) (out += s.slice(from, i) + '·'), (from = i + 1);
	return from ? out + s.slice(from) : s;
}

// A verb in the past right after the comma that follows a name: the sentence's own verb, no title in apposition.
const CLAUSE_AFTER_NAME_EN = /^,\s+(?:\p{Ll}+ed|left|met|paid|made|went|came|took|began|spent|brought)\s/u;
/** The city in a person's own title: just before the name (no other name between), or in the appositive after it. */
export function titleCity(text: string, p: Mentioned, people: Mentioned[], cities: Mentioned[]): Mentioned | null {
	const prevPerson = Math.max(-1, ...people.filter((o) => o.end <= p.start).map((o) => o.end));
	const before = cities.filter((c) => c.end <= p.start && c.start > prevPerson && p.start - c.end <= 60 && !/[;.]|\s(?:do|cùng|với|tiếp|đón|with|received|led|by)\s/u.test(between(text, c.end, p.start)));
	if (before.length) return before[before.length - 1];
	// (The title ends at "làm trưởng đoàn" whatever follows, a comma too: "Đoàn do bà X, Chủ tịch Hội … Thành phố làm trưởng
	// đoàn, thăm và làm việc tại hai tỉnh …" is not led from where it goes.)
	// (Nor is a clause the sentence goes on with after an English "led by X,": "… led by Governor X, returned home after a
	// visit to Y" names where the delegation went, not X's own province.)
	const after = text.slice(p.end);
	const tail = CLAUSE_AFTER_NAME_EN.test(after) ? '' : /^,[^;.]{0,160}?(?=\s(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn|đã|đang|sẽ|who|is|was|will|led|held)(?:\s|,)|[;.]|$)/u.exec(after)?.[0] ?? '';
	return cities.find((c) => c.start >= p.end && c.end <= p.end + tail.length && !people.some((o) => o.start > p.end && o.start < c.start)) ?? null;
}

// A military region or corps by its number, or a ministry by its name: "Quân khu 4", "Quân đoàn 12", "Bộ Quốc phòng", "Bộ Công an".
const NATIONAL_BODY_VI = /(?<![\p{L}])(?:Quân\s+khu\s+\d|Quân\s+đoàn\s+\d|Bộ\s+(?:Quốc\s+phòng|Công\s+an|Ngoại\s+giao|Tư\s+lệnh\s+(?:Quân|Bộ\s+đội\s+Biên\s+phòng|Cảnh\s+sát)))(?![\p{L}])/u;
const TRIP_FOR = /^[Aa]n?\s+(?:[\p{L}-]+\s+){0,2}?(?:famtrip|fam\s+trip|study\s+tour)\s+for\s/u;
function partyFrom(phrase: string, cities: Mentioned[], offset: number, info: Map<string, CityInfo>): Omit<Party, 'leader'> {
	// Where a delegation comes from is named before where it goes: "a delegation on a working visit
	// to the Lao capital", "đoàn công tác sang thăm tỉnh Hủa Phăn" name a destination.
	// (Those a famtrip is for are who travel: "a famtrip for 30 Savannakhet tour operators" comes from Savannakhet.)
	// (A "for" inside a body's capitalised name goes on with it: "a delegation of the Lao Front for National Development (LFND)
	// of X province" is from X.)
	const origin = phrase.replace(TRIP_FOR.test(phrase) ? /\s(?:on|to|in|at|visiting)\s.*$/u : /\s(?:on|to|in|at|for(?!(?<=\p{Lu}[\p{L}-]*\s+for)\s+\p{Lu})|visiting|tại|sang|đến|tới|thăm)\s.*$/u, '');
	const inPhrase = cities.filter((c) => c.start >= offset && c.end <= offset + origin.length);
	const city = inPhrase[0]?.id ?? null;
	// (A body of the nation, with no country named, is Vietnam's in Vietnamese news: "Đoàn công tác Bộ Tư lệnh Quân khu 4",
	// "đoàn cán bộ Quân khu 4", "Đoàn công tác Bộ Quốc phòng"; "Bộ Quốc phòng Lào" names its own.)
	const country = city ? (info.get(city)?.country ?? null) : (countryIn(origin) ?? (NATIONAL_BODY_VI.test(origin) ? 'VN' : null));
	// English names a delegation's body after "of" or "from" only: "the delegation attended the inauguration of …" names none.
	const body = city || /^delegation\s+(?!of\s|from\s)/u.test(origin)
		? null
		: origin
				.replace(/^(?:Đoàn|đoàn|delegation)(?:\s+(?:đại\s+biểu|cấp\s+cao|of|from))*\s*/u, '')
				.replace(/\s+(?:do|cùng|đã|đến|sang|tới)\s.*$/u, '')
				// "a CTUMP team" is CTUMP's; "a medical team" names no body.
				.replace(/^[Aa]n?\s+(?:(\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*)*)\s+|[^]*)team$/u, '$1')
				.trim() || null;
	// (A body's initials are a name: "Đoàn VRG", once "Tập đoàn Công nghiệp Cao su Việt Nam (VRG)" has been told.)
	// (What is told to the delegation is no body of it: "thông tin với Đoàn về tình hình kinh tế - xã hội …".)
	return { fromCity: city, fromBody: body && (body.length > 3 || ACRONYM.test(body)) && !/^(?:về|với|cho)\s/u.test(body) ? body : null, country };
}

// The indefinite "một" just before a delegation ("một đoàn cán bộ tỉnh X"): one the story brings in, not one it told before.
const INDEFINITE = /(?<![\p{L}])một\s+(?:phái\s+)?$/iu;
/** Is the party whose phrase starts `phrase` brought in by "một" ("một đoàn …")? */
const broughtIn = (text: string, phrase: [number, number] | undefined) => !!phrase && INDEFINITE.test(text.slice(Math.max(0, phrase[0] - 12), phrase[0]));

/**
 * Who travels and who hosts, from one sentence. `people` and `cities` are mentions with ids and
 * offsets in `text`; `info` gives each city's country.
 */
export function readSetting(text: string, people: Mentioned[], cities: Mentioned[], info: Map<string, CityInfo>, frame: Setting | null, own?: OwnReading, pageHome: string | null = null): Setting {
	// `own`: ownReading(text, people, cities, info) when the caller keeps it (index.ts, per sentence).
	// `pageHome`: the page's own province or city, named by its masthead (places.ts mastheadProvince), if the caller knows it.
	const read = own ?? ownReading(text, people, cities, info);
	const { parties, phrases } = read;
	let { place, placeCountry } = read;
	// A visit and its return: a delegation from where the frame's trip goes travels the other way, to
	// the frame visitor's home ("Đoàn tỉnh Sê Kông … đến chào xã giao" beside Quảng Nam's trip to Sê Kông).
	// Not when the frame's own delegation is named too: then the other one is its host ("hai đoàn hội đàm").
	// (Nor when the frame's delegation is the bare "Đoàn" meeting it: see metByBareDelegation.)
	const home = frame?.visitor?.fromCity;
	if (!place && frame?.place && home && home !== frame.place && parties.some((p) => p.fromCity === frame.place && p.leader) && !parties.some((p) => p.fromCity === home) && !metByBareDelegation(text, parties, phrases, frame.place)) {
		place = home;
		placeCountry = info.get(place)?.country ?? null;
	}
	// "X, Bí thư Tỉnh ủy Gia Lai đã tiếp …": whoever receives is at home — the city of the receiver's title, just before the
	// verb, is where it happened; before the frame's place, since a round-up's second delegation is received elsewhere
	// ("Cũng trong tuần, … bà X, Chủ tịch Hội LHPN tỉnh Quảng Trị đã tiếp Đoàn … Sa-vẳn-na-khẹt" after a visit to Nghệ An).
	// And over a ward's or a commune's old province ("tại phường Đồng Hới, ông X, Giám đốc Sở Tài chính tỉnh Quảng Trị đã tiếp …":
	// since the 2025 merger Đồng Hới is in Quảng Trị, and the host's title says so).
	const ward = place && WARD_PLACE.test(text);
	if ((!place && !placeCountry) || ward) {
		const recv = RECEIVER_VERB.exec(text);
		const c = recv && [...cities].reverse().find((x) => x.end <= recv.index && recv.index - x.end <= 40 && !/[,;.]/u.test(text.slice(x.end, recv.index)));
		if (c && (!ward || info.get(c.id)?.country === info.get(place!)?.country)) place = c.id;
	}
	// A body of a province organising the happening, on its own or with the partner ("Tỉnh đoàn Lào Cai phối hợp với Đoàn Thanh
	// niên … tỉnh U-đôm-xay tổ chức chương trình giao lưu …"): it holds it at home, in the province its name gives.
	if (!place && !placeCountry && cities.length && text.includes('tổ chức')) {
		const org = ORGANISER.exec(text);
		const c = org && cities.find((x) => x.start >= org.index && x.end <= org.index + org[0].length - org[1].length);
		if (c) (place = c.id), (placeCountry = info.get(c.id)?.country ?? null);
	}
	// "- Ngày 21/11: Làm việc với Hội Nông dân tỉnh Át-tạ-pư" in a trip to two provinces: the host's province, in the country
	// the trip went to, is where that day was spent, before the frame's first stop.
	if (!place && !placeCountry && frame?.placeCountry && cities.length) {
		const host = HOST_BODY.exec(text);
		const c = host && cities.find((x) => x.start >= host.index && x.start - host.index < 60);
		if (c && info.get(c.id)?.country === frame.placeCountry) (place = c.id), (placeCountry = frame.placeCountry);
	}
	// A delegation of the sentence's own, led by someone other than the frame's leader and from nowhere it names, gone over to the
	// other side ("Hồi tháng 3/2024, Đoàn công tác của tỉnh do đồng chí X dẫn đầu đã sang thăm … và làm việc với lãnh đạo tỉnh Y",
	// in the story of Y's delegation): it went to the place it names after going over, not to the frame's.
	let wentTo = false;
	if (!place && !placeCountry && frame?.visitor?.leader && cities.length && text.includes('sang') && parties.some((p) => p.leader && p.leader !== frame.visitor!.leader && !p.fromCity && !p.country)) {
		const went = WENT_OVER_TO.exec(text);
		const c = went && cities.find((x) => x.start >= went.index + went[0].length);
		if (c) (place = c.id), (placeCountry = info.get(c.id)?.country ?? null), (wentTo = !!placeCountry);
	}
	// A body's team gone over the border to do its work, where named after the work: "Đoàn y, bác sĩ Bệnh viện … do X làm trưởng
	// đoàn đã sang khám bệnh, cấp thuốc miễn phí cho người dân tỉnh Y, nước CHDCND Lào" went to Y. (A Vietnamese team: a body
	// named by its kind alone is the page's own, BODY_ALONE; so the place is a province abroad.)
	if (!place && !placeCountry && cities.length && text.includes('sang') && parties.some((p, i) => p.leader && !p.fromCity && !p.country && BODY_ALONE.test(text.slice(phrases[i][0], phrases[i][1])))) {
		const went = WENT_ACROSS.exec(text);
		const at = went ? went.index + went[0].length : -1;
		const c = went && cities.find((x) => x.start >= at && x.start - at <= 120 && !/;|\.\s/u.test(text.slice(at, x.start)) && (info.get(x.id)?.country ?? 'VN') !== 'VN');
		if (c) (place = c.id), (placeCountry = info.get(c.id)!.country), (wentTo = true);
	}
	if (!place && !placeCountry && frame) ({ place, placeCountry } = frame);
	if (!place && frame?.place && (!placeCountry || placeCountry === frame.placeCountry)) place = frame.place;
	// "làm việc với Thành ủy Hà Nội": the host's city is where it happened.
	let hostNamed = false;
	if (!place && cities.length) {
		const host = HOST_BODY.exec(text);
		const c = host && cities.find((x) => x.start >= host.index && x.start - host.index < 40);
		if (c) {
			place = c.id;
			placeCountry = info.get(c.id)?.country ?? null;
			hostNamed = true;
		}
	}
	// "Chủ tịch UBND TP Cần Thơ đã tiếp Đoàn đại biểu tỉnh Sê Kông (Lào)": with no "tại", the city
	// named outside the delegation's own phrase, in the other country, is the host's: it happened there.
	// (So with two delegations of one country named together: "Tham dự Trại có Đoàn Thanh niên tỉnh X do … và Đoàn Thanh niên tỉnh
	// Y do …, cùng hơn 100 đoàn viên … của Quảng Trị".)
	const oneCountry = parties.length > 0 && phrases.length === parties.length && !!parties[0].country && parties.every((p) => p.country === parties[0].country);
	if (!place && !placeCountry && oneCountry) {
		const outside = (c: Mentioned) => phrases.every((own) => c.end <= own[0] || c.start >= own[1]);
		// (Not a stop on the way: "Đoàn bay từ Cần Thơ ra Hà Nội, sang Viêng Chăn và đến huyện …" went through Viêng Chăn.)
		const host = cities.find((c) => outside(c) && info.get(c.id)?.country && info.get(c.id)?.country !== parties[0].country && !onTheWay(text, c));
		if (host) place = host.id;
		// (Though the last stop on the way is in the country it went to: "sang Viêng Chăn và đến huyện …" is in Laos.)
		else {
			const stop = cities.findLast((c) => outside(c) && info.get(c.id)?.country && info.get(c.id)?.country !== parties[0].country && onTheWay(text, c));
			if (stop) placeCountry = info.get(stop.id)!.country;
		}
	}
	if (place && !placeCountry) placeCountry = info.get(place)?.country ?? null;

	// "Đoàn công tác huyện Cầu Ngang do đồng chí X … đã thăm, làm việc tại huyện Xay-bu-li, tỉnh Sa-van-na-khẹt (Lào)": a district
	// no gazetteer lists, led by someone, somewhere in the other country of the two: from this one. (So is a provincial city or
	// town no gazetteer lists: "Đoàn công tác thành phố Uông Bí do đồng chí X … tại huyện …, tỉnh Luông Nặm Thà".)
	// A body named by its kind alone, no city nor country ("đoàn đại biểu Hội do ông X làm Trưởng đoàn sẽ sang thăm, làm việc
	// với Hội Hữu nghị … tỉnh Y", "Đoàn Ủy ban MTTQ do bà X dẫn đầu …"): Vietnamese news names a foreign body with its country or
	// province, so one left unnamed is the page's own, Vietnamese. Either way such a party is of the page's own province or city
	// (`pageHome`, its masthead's), when the page names one of that country; not a body of the centre ("Đoàn công tác Ban …
	// Trung ương"), whose home is the capital.
	let ps = parties;
	// (Only where the sentence itself says where, or names the host it works with: a place taken from the article's frame may be
	// the other end of the trip.)
	if (placeCountry && (read.placeCountry || wentTo || hostNamed) && parties.some((p) => p.leader && !p.fromCity && !p.country))
		ps = parties.map((p, i) => {
			if (!p.leader || p.fromCity || p.country) return p;
			const phrase = text.slice(phrases[i][0], phrases[i][1]);
			const country = DISTRICT.test(phrase) || UNNAMED_OWN.test(phrase) ? otherCountry(placeCountry) : BODY_ALONE.test(phrase) ? 'VN' : null;
			if (!country) return p;
			return { ...p, country, ...(pageHome && country === info.get(pageHome)?.country && !CENTRAL.test(phrase) ? { fromCity: pageHome } : {}) };
		});
	let visitor = ps.find((p) => p.leader && away(p, place, placeCountry)) ?? ps.find((p) => away(p, place, placeCountry)) ?? null;
	// "X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào)": the receiver's province goes
	// unnamed (the paper's own), but whoever is received from abroad is the visitor, wherever it is.
	// So is another delegation of the frame's visitors' country, of its own leader and province, received by the same hosts ("- 14h00:
	// Đồng chí Phó Bí thư … tiếp Đoàn cán bộ Ban … tỉnh Y (Lào) do đồng chí Z … làm Trưởng đoàn" in the week of X's trip): another
	// trip. (Not one of the hosts' own country, "tiếp Đoàn công tác Tỉnh ủy Nghệ An do đồng chí …": a domestic visit.)
	const otherLed = (p: Party) => !frame?.visitor || (p.leader !== frame.visitor.leader && !!p.fromCity && p.fromCity !== frame.visitor.fromCity && p.country === frame.visitor.country);
	if (!visitor && !place && !placeCountry && parties.length === 1 && parties[0].leader && parties[0].country && otherLed(parties[0]) && RECEIVER_VERB.test(text)) visitor = parties[0];
	// A leader received alone, with no "Đoàn" named: "đã tiếp đồng chí X, Bí thư Tỉnh ủy … tỉnh Luông Nặm Tha
	// đang có chuyến thăm …". The guest's own title names where they come from.
	visitor ??= guestLeader(softDots(text), people, cities, info, place, placeCountry);
	// "Đoàn công tác tỉnh Bô-li-khăm-xay trở về nước qua cửa khẩu Nậm Phao": the delegation named going home is the visitor,
	// though the border gate it goes through is at home.
	// (So is one named by its leader alone, from nowhere said: "The delegation, led by Governor X, returned home on Thursday after a
	// visit to Y" — whoever goes home from Y was visiting it.)
	if (!visitor && GOING_HOME.test(text)) visitor = ps.find((p) => p.fromCity && p.fromCity === place) ?? (place ? ps.find((p) => p.leader && !p.fromCity && !p.fromBody && !p.country) : null) ?? null;
	// (From `ps`: the visitor may be its copy of a party, with the country inferred above.)
	const hosts = ps.filter((p) => p !== visitor);
	// "hội đàm với Đoàn đại biểu cấp cao tỉnh Xiêng Khoảng": the delegation the article introduced,
	// named again without its leader, is still led by them.
	// (Not one brought in as new, "một đoàn cán bộ tỉnh X đã sang dâng hương": "một", a delegation, is not the one told before.)
	const framed = frame?.visitor;
	if (visitor && !visitor.leader && framed?.leader && sameOrigin(visitor, framed) && !broughtIn(text, phrases[ps.indexOf(visitor)])) visitor = { ...framed, ...visitor, leader: framed.leader };
	// "cũng Đoàn đại biểu thành phố do đồng chí X dẫn đầu": the frame's leader, of a city left unnamed, is from the frame's city.
	if (visitor?.leader && !visitor.fromCity && framed?.fromCity && visitor.leader === framed.leader) visitor = { ...visitor, fromCity: framed.fromCity, country: framed.country ?? visitor.country };
	// Another leader's delegation, from nowhere the gazetteer knows, announced in the article of a trip ("Chủ huyện X nhận lời mời
	// dẫn đoàn huyện Xay-bu-li sang thăm huyện Cầu Ngang vào tháng 2 năm sau"): the hosts' return visit, the other way, to
	// the frame's home.
	if (!visitor && framed?.leader && framed.country && RETURN_PLAN.test(text)) {
		const invited = invitedUnnamed(text, people, cities, info, framed);
		if (invited) return invited;
		// (Or from where the frame's trip went: "đoàn huyện Xay-bu-li", its province read off the page, is the hosts' own.)
		const other = parties.find((p) => p.leader && p.leader !== framed.leader && ((!p.fromCity && !p.country) || (!!p.fromCity && p.fromCity === place && p.country === otherCountry(framed.country))));
		if (other) return { place: framed.fromCity, placeCountry: framed.country, visitor: { ...other, country: otherCountry(framed.country) }, hosts: parties.filter((p) => p !== other) };
	}
	// The host who accepts an invitation to come ("Trong dịp này, đồng chí X nhận lời mời sang dự Lễ hội Dừa Bến Tre vào tháng 4
	// năm tới", X the frame's host): the hosts' return visit, led by X, from where the frame's trip went to its home.
	// (So with the frame's place unnamed, the hosts' province left to the page, "tại trụ sở UBND tỉnh": the sentence names the
	// visitors' home as where X goes, "X nhận lời mời sang thăm … tỉnh Y trong năm 2025"; from where, the page does not say.)
	if (!visitor && !parties.length && framed?.leader && framed.fromCity && (frame?.place || place === framed.fromCity) && people.length) {
		const said = ACCEPTS_COMING.exec(text);
		const p = said && [...people].reverse().find((x) => x.end <= said.index && said.index - x.end <= 30 && !/[,;.]/u.test(text.slice(x.end, said.index)));
		const from = frame?.place ?? null;
		const country = frame?.placeCountry ?? (from && info.get(from)?.country) ?? otherCountry(framed.country);
		if (p && p.id !== framed.leader) return { place: framed.fromCity, placeCountry: framed.country, visitor: { leader: p.id, fromCity: from, fromBody: null, country }, hosts: [] };
		// (So does the host who says they hope to come, the sentence's subject: "Mr X recalled that …, and said he looked forward to
		// returning for … in mid-April", "Ông X … và mong muốn sớm trở lại …": "he" is X, the one named first.)
		const subject = !said && people[0] && SUBJECT_BEFORE.test(text.slice(0, people[0].start)) ? people[0] : null;
		if (subject && subject.id !== framed.leader && !people.some((x) => x.id === framed.leader) && HOPES_TO_COME.test(text))
			return { place: framed.fromCity, placeCountry: framed.country, visitor: { leader: subject.id, fromCity: from, fromBody: null, country }, hosts: [] };
	}
	// The hosts' own body going the other way, to the visitors' home ("Dịp này, Tỉnh đoàn Lào Cai đã nhận lời mời sang thăm tỉnh
	// U-đôm-xay …" in the story of the U-đôm-xay youth in Lào Cai): that body travels, not the delegation the article tells.
	if (!visitor && framed && frame?.place && place && place === framed.fromCity && place !== frame.place) {
		const body = BODY_FIRST.exec(text);
		const c = body && cities.find((x) => x.start >= body.index && x.start - body.index - body[0].length <= 60);
		if (c && c.id === frame.place) return { place, placeCountry, visitor: { leader: null, fromCity: c.id, fromBody: null, country: info.get(c.id)?.country ?? null }, hosts };
	}
	// A delegation of a named body with no city of its own, gone to where the sentence says, the visitors' home ("Tháng 5/2024, đoàn
	// giảng viên Nhà trường đã sang Sầm Nưa …" on a school's page about the Hủa Phăn delegation): the visitors go home, they do not
	// go over to it, so the body is the hosts' side's, led by whom it names, if anyone — not the frame's delegation and its leader.
	if (!visitor && framed?.fromCity && read.place === framed.fromCity && place === read.place && place !== frame?.place && !GOING_HOME.test(text)) {
		const own = ps.find((p) => p.fromBody && !p.fromCity && !p.country && p.leader !== framed.leader && UPPER.test(p.fromBody));
		if (own) return { place, placeCountry, visitor: { ...own, country: frame?.placeCountry ?? otherCountry(placeCountry) }, hosts: hosts.filter((h) => h !== own) };
	}
	// The hosts' own leaders gone over to the visitors' side ("Dịp Tết Bunpimay vừa qua, lãnh đạo tỉnh Nghệ An cũng đã sang thăm,
	// chúc Tết … tỉnh Xiêng Khoảng" in the story of the Xiêng Khoảng delegation in Nghệ An): their trip, from their home, not the
	// frame's delegation's; no one named leads it.
	if (!visitor && framed && !parties.length && text.includes('lãnh đạo')) {
		const own = hostLeadersWent(text, cities);
		if (own && own.id !== framed.fromCity) {
			const to = place && place !== own.id ? place : framed.fromCity;
			return { place: to, placeCountry: to ? (info.get(to)?.country ?? null) : null, visitor: { leader: null, fromCity: own.id, fromBody: null, country: info.get(own.id)?.country ?? null }, hosts };
		}
	}
	// A happening the visitors' home is to host ("Salavan will host the seventh meeting in 2025", "Hội nghị lần thứ 7 sẽ tổ chức
	// tại tỉnh Sa-la-van"): at home, no happening of the frame's trip abroad.
	// (The home the only city the sentence names: the place lent by the frame is not where it is to be.)
	if (!visitor && framed?.fromCity && cities.length && (text.includes('host') || text.includes('sẽ')) && cities.every((c) => c.id === framed.fromCity) && framed.fromCity !== frame?.place && HOME_TO_HOST.test(text) && !GOING_HOME.test(text)) {
		const home = framed.fromCity;
		return { place: home, placeCountry: info.get(home)?.country ?? null, visitor: null, hosts };
	}
	// "Tuần qua, Hội LHPN các tỉnh … lần lượt đón tiếp hai đoàn đại biểu …": several delegations received, none of them the frame's alone.
	if (!visitor && SEVERAL_RECEIVED.test(text)) return { place, placeCountry, visitor: null, hosts };
	// Two delegations of one sentence, each led by its own, joined by "và" ("Đoàn Thanh niên tỉnh X do đồng chí A … làm trưởng đoàn
	// và Đoàn Thanh niên tỉnh Y do đồng chí B … làm trưởng đoàn"): both travel, to the same happening. A sentence that names no
	// delegation of its own, framed by such a pair, is the pair's ("… đã tiếp và làm việc với hai Đoàn Thanh niên tỉnh bạn").
	const also = visitor ? coVisitors(text, ps, phrases, visitor, place, placeCountry) : framed && frame?.also ? frame.also : undefined;
	return { place, placeCountry, visitor: visitor ?? framed ?? null, hosts: also ? hosts.filter((h) => !also.includes(h)) : hosts, ...(read.via && place === read.via ? { via: place } : {}), ...(also ? { also } : {}) };
}

// A happening still to come, hosted by or held in the place named: "will host", "sẽ đăng cai", "sẽ (được) tổ chức tại".
const HOME_TO_HOST = /(?<![\p{L}])(?:will\s+host|sẽ\s+(?:là\s+nơi\s+)?(?:đăng\s+cai|được\s+tổ\s+chức|tổ\s+chức))(?![\p{L}])/iu;
// A bare "Đoàn" opening a clause, as the subject of a meeting "with" what follows: "Ngày 29/12, Đoàn hội đàm với …", "Đoàn đã
// có buổi làm việc với …", "the delegation held talks with …".
const BARE_DELEGATION_MEETS = /(?:^|[,:;]\s*)(?:[Đđ]oàn|[Tt]he\s+delegation)\s+(?:(?:đã|đang|vừa|sẽ|cũng|tiếp\s+tục|có\s+(?:buổi|cuộc))\s+)*(?:hội\s+đàm|làm\s+việc|gặp(?:\s+gỡ)?|hội\s+kiến|trao\s+đổi|held\s+talks|met)\s+(?:với|with)\s+$/u;
/**
 * Is the delegation led from `place` met by a bare "Đoàn", the sentence's subject ("Ngày 29/12, Đoàn hội đàm với Đoàn đại biểu
 * Thủ đô X do đồng chí Y … dẫn đầu")? The bare word is the article's own travelling delegation, named without its home: the
 * delegation it meets, led in its own city, is its host there, not a visit the other way.
 */
function metByBareDelegation(text: string, parties: Party[], phrases: [number, number][], place: string): boolean {
	if (phrases.length !== parties.length) return false;
	return parties.some((p, i) => p.leader && p.fromCity === place && BARE_DELEGATION_MEETS.test(text.slice(0, phrases[i][0])));
}

// "lãnh đạo tỉnh " before a city, and after it the going: " cũng đã sang thăm", " đã đến thăm".
const LEADERS_OF = /(?<![\p{L}])[Ll]ãnh\s+đạo\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?$/u;
const WENT_OVER = /^\s+(?:cũng\s+)?(?:đã\s+)?(?:sang|đến|tới)\s+(?:thăm|làm\s+việc|chúc)(?![\p{L}])/u;
/** The city whose leaders the sentence tells going over ("lãnh đạo tỉnh X cũng đã sang thăm …"), if any. */
function hostLeadersWent(text: string, cities: Mentioned[]): Mentioned | null {
	for (const c of cities) if (LEADERS_OF.test(text.slice(Math.max(0, c.start - 30), c.start)) && WENT_OVER.test(text.slice(c.end, c.end + 40))) return c;
	return null;
}

// What joins a led delegation to the next one named: "… làm trưởng đoàn và", "… dẫn đầu, cùng".
const JOINED_LED = /(?<![\p{L}])(?:làm\s+[Tt]rưởng\s+đoàn|dẫn\s+đầu)\s*,?\s*(?:và|cùng(?:\s+với)?)\s+$/u;
/** The delegations named after the visitor, each led, away and joined to the one before it (JOINED_LED). */
function coVisitors(text: string, ps: Party[], phrases: [number, number][], visitor: Party, place: string | null, placeCountry: string | null): Party[] | undefined {
	if (ps.length < 2 || phrases.length !== ps.length) return undefined;
	const out: Party[] = [];
	let prev = ps.indexOf(visitor);
	for (let i = prev + 1; prev >= 0 && i < ps.length; i++) {
		const p = ps[i];
		if (!p.leader || p.leader === visitor.leader || !away(p, place, placeCountry) || !JOINED_LED.test(text.slice(phrases[prev][0], phrases[i][0]))) break;
		out.push(p);
		prev = i;
	}
	return out.length ? out : undefined;
}

// A city the journey goes through, reached and then left for a further leg: "… ra Hà Nội, sang Viêng Chăn và đến huyện …", "flew
// to Hanoi and then on to …": LEG_TO, the way to it; LEG_ON, the leg after it.
const LEG_TO = /(?<![\p{L}])(?:ra|sang|qua|đến|tới|to|via|through)\s+(?:(?:thủ\s+đô|thành\s+phố|TP\.?|tỉnh)\s+)?$/iu;
const LEG_ON = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:rồi\s+|sau\s+đó\s+)?|\s+(?:rồi|và|sau\s+đó|then|and(?:\s+then)?)\s+(?:tiếp\s+tục\s+)?)(?:sang|đến|tới|ra|vào|về|on\s+to|to)\s/iu;
/** The city mentioned at `c` is only a stop on the way (LEG_TO, LEG_ON). */
export function onTheWay(text: string, c: Mentioned): boolean {
	return LEG_ON.test(text.slice(c.end, c.end + 40)) && LEG_TO.test(text.slice(Math.max(0, c.start - 24), c.start));
}

/** The other country of the two the timeline follows (Vietnam and Laos). */
const otherCountry = (c: string | null) => (c === 'VN' ? 'LA' : c === 'LA' ? 'VN' : null);
// The organiser opening the sentence, after its time: a body and its province's name, then "(phối hợp với …) tổ chức"; group 1 is
// what lies past the organiser's own name (not "Đoàn …", a delegation, which may organise where it goes).
// A body opening the sentence, after its occasion or time ("Dịp này, Tỉnh đoàn Lào Cai …", "UBND tỉnh …").
const BODY_FIRST = /^(?:[^,;.]{0,40},\s*)?(?:Tỉnh\s+đoàn|Thành\s+đoàn|UBND|HĐND|Tỉnh\s+(?:ủy|uỷ)|Thành\s+(?:ủy|uỷ)|Hội|Sở|Ban|Liên\s+đoàn|Liên\s+hiệp|Mặt\s+trận|Công\s+an|Bộ\s+Chỉ\s+huy)\s/u;
const ORGANISER = /^(?:[^,;.]{0,40},\s*)?(?:Tỉnh\s+đoàn|Thành\s+đoàn|UBND|HĐND|Tỉnh\s+(?:ủy|uỷ)|Thành\s+(?:ủy|uỷ)|Hội|Sở|Ban|Liên\s+đoàn|Liên\s+hiệp|Mặt\s+trận|Công\s+an|Bộ\s+Chỉ\s+huy)\s[^,;.]{1,60}?((?:\s+(?:đã|vừa))?\s+(?:phối\s+hợp\s+với\s+[^,;.]{1,100}?\s+)?tổ\s+chức)(?![\p{L}])/u;
// (WARD_PLACE, GOING_HOME, RETURN_PLAN, SEVERAL_RECEIVED, tried on every sentence readSetting reads: WordPatterns, their words
// looked for first and the letter before a match checked after it, not the opening look-behind tried at every position.)
const WARD_PLACE = new WordPattern(/(?<![\p{L}])tại\s+(?:phường|xã|đặc\s+khu)\s+\p{Lu}/u);
const GOING_HOME = new WordPattern(/(?<![\p{L}])(?:về\s+nước|trở\s+về|returned\s+home|return\s+home)(?![\p{L}])/u);
export const ACCEPTS_COMING = /(?<![\p{L}])(?:nhận\s+lời\s+mời\s+(?:sẽ\s+)?(?:sang|đến|tới|thăm|dự)|accepted\s+(?:an|the)\s+invitation\s+to\s+(?:visit|come|attend))(?![\p{L}])/u;
// A hope of coming over said by the sentence's subject: "…, and said he looked forward to returning …", "…, và mong muốn sớm trở lại …".
const HOPES_TO_COME = /(?<![\p{L}])(?:(?:said|added)\s+(?:that\s+)?(?:he|she)\s+(?:looked|looks)\s+forward\s+to\s+(?:returning|visiting|coming)|mong\s+(?:muốn|mỏi|đợi)\s+(?:được\s+)?(?:sớm\s+)?(?:trở\s+lại|quay\s+lại|sang\s+thăm))(?![\p{L}])/iu;
// What may stand before the subject opening a sentence: a title of address ("Mr", "Ông", "Đồng chí").
const SUBJECT_BEFORE = /^(?:(?:Mr|Mrs|Ms|Madam|Ông|Bà|Đồng\s+chí)\.?\s+)?$/u;
// (Or the host invited to lead it, the answer told after: "Hoa … invited Vanmaly to lead a delegation to Dien Bien in March next year".)
// Going over to the other side to visit or work: "đã sang thăm", "sang làm việc", "sang công tác".
// Going over to attend: "sang dự buổi lễ", "sang tham dự Lễ hội" (not "sang năm", next year; "sang dự kiến" is no verb).
const GOES_OVER_TO_ATTEND = /(?<![\p{L}])sang\s+(?:tham\s+)?dự(?![\p{L}])(?!\s+(?:kiến|định|án|báo|thảo|toán|trữ)(?![\p{L}]))/u;
// Gone (or going) over the border to do something: "đã sang khám bệnh", "sẽ sang giảng dạy" (not "sang năm", next year).
const WENT_ACROSS = /(?<![\p{L}])(?:đã|vừa|sẽ)\s+sang\s+(?!(?:năm|tháng|tuần)(?![\p{L}]))(?=\p{Ll})/u;
const WENT_OVER_TO = /(?<![\p{L}])sang\s+(?:thăm|làm\s+việc|công\s+tác)(?![\p{L}])/u;
// "X invited the Salavan governor to lead a delegation to Hue in April": the one invited leads the trip to come, from the
// province his title names, to where the invitation says; X, the one person named, only invites and stays home.
const INVITED_UNNAMED = /(?<![\p{L}])(invit(?:ed|es)\s+)([^.;]{1,60}?)\s+to\s+lead\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?delegation\s+to\s+/u;
/**
 * The planned trip of one invited by title, not by name, to lead a delegation ("invited the Salavan governor to lead a
 * delegation to Hue"): from the invitee's province, led by the frame's leader when the frame's delegation is of it (the
 * story's own governor), to the destination named right after "to". Null when a name is given (the named one leads: the
 * party read) or a province or destination is not.
 */
function invitedUnnamed(text: string, people: Mentioned[], cities: Mentioned[], info: Map<string, CityInfo>, framed: Party): Setting | null {
	if (!text.includes('invit')) return null;
	const m = INVITED_UNNAMED.exec(text);
	if (!m) return null;
	const from = m.index + m[1].length;
	const to = from + m[2].length;
	const after = m.index + m[0].length;
	if (people.some((p) => p.start >= from && p.end <= to)) return null;
	const origin = cities.find((c) => c.start >= from && c.end <= to);
	const dest = cities.find((c) => c.start >= after && c.start - after <= 40 && !/[,;.]/u.test(text.slice(after, c.start)));
	if (!origin || !dest || dest.id === origin.id) return null;
	const country = info.get(origin.id)?.country ?? null;
	const leader = framed.fromCity === origin.id ? framed.leader : null;
	return { place: dest.id, placeCountry: info.get(dest.id)?.country ?? null, visitor: { leader, fromCity: origin.id, fromBody: null, country }, hosts: [] };
}
const RETURN_PLAN = new WordPattern(/(?<![\p{L}])(?:nhận\s+lời|sẽ|dự\s+kiến|will|accepted|invited\s+[^.;]{1,60}?\sto\s+lead)(?![\p{L}])/iu);
// "Đoàn công tác Hội Nông dân tỉnh do đồng chí X … thăm, làm việc tại hai tỉnh Xê Kông và Át-tạ-pư": a body of a province left
// unnamed is the paper's own ("tỉnh", "tỉnh nhà"), not "tỉnh bạn", the partner across the border.
const UNNAMED_OWN = /(?<![\p{L}])(?:tỉnh|thành\s+phố|huyện)(?![\p{L}])(?!\s+(?:\p{Lu}|bạn(?![\p{L}])))/u;
const DISTRICT = /(?<![\p{L}])(?:huyện|thị\s+xã|quận|thành\s+phố)\s+\p{Lu}/u;
const CENTRAL = /(?<![\p{L}])(?:Trung\s+ương|TƯ|TW)(?![\p{L}])/u;
// A delegation of a body named by its kind alone: "đoàn đại biểu Hội", "Đoàn công tác Ủy ban MTTQ", "Đoàn Hội Hữu nghị" (its
// place, if any, and its country are looked for apart). So is a hospital's, a school's team, however the team is called:
// "Đoàn y, bác sĩ Bệnh viện Đa khoa khu vực …", "Đoàn giảng viên Trường Cao đẳng …" (a foreign one has its country or province).
const BODY_ALONE = /^[Đđ]oàn(?:\s+(?:đại\s+biểu|công\s+tác|cán\s+bộ|cấp\s+cao|y\s*,?\s*bác\s+sĩ|y\s+tế|thầy\s+thuốc|giảng\s+viên|chuyên\s+gia))*\s+(?:của\s+)?(?:Bệnh\s+viện|Trường|Học\s+viện|Hội|Ủy\s+ban|Uỷ\s+ban|Mặt\s+trận|MTTQ|Liên\s+hiệp|Liên\s+đoàn|Công\s+an|Bộ\s+Chỉ\s+huy|Sở|Ban|Tỉnh\s+[Đđ]oàn|Thành\s+[Đđ]oàn)(?![\p{L}])/u;
const SEVERAL_RECEIVED = new WordPattern(/(?<![\p{L}])(?:tiếp|đón(?:\s+tiếp)?|received|welcomed|hosted)\s+(?:(?:hai|ba|bốn|các|những|nhiều|\d+)\s+đoàn|(?:two|three|four|several)\s+(?:[\p{L}-]+\s+)?delegations)(?![\p{L}])/iu);
const HOST_BODY = new WordPattern(/(?<![\p{L}])(?:với|tiếp|đón)\s+(?:Thành\s+ủy|Thành\s+uỷ|UBND|HĐND|Tỉnh\s+ủy|Tỉnh\s+uỷ|lãnh\s+đạo|Hội|Sở|Ban|Ủy\s+ban|Uỷ\s+ban|Mặt\s+trận|Liên\s+hiệp|Công\s+an|Bộ\s+Chỉ\s+huy)\s/u);
// (Not "trực tiếp", "gián tiếp": directly, indirectly — "những người trực tiếp vun đắp tình hữu nghị".)
const RECEIVER_VERB = new WordPattern(/(?<![\p{L}])(?<!(?:[Tt]rực|[Gg]ián)\s)(?:tiếp(?!\s+(?:tục|nối|theo|thu|cận|xúc|đó|kiến))|đón(?!\s+nhận)|received|welcomed|hosted)\s/u);

/** The visitor is away from home: a party from another city, or from another country. */
function away(p: Party, place: string | null, placeCountry: string | null): boolean {
	return (p.fromCity !== null && place !== null && p.fromCity !== place) || (p.country !== null && placeCountry !== null && p.country !== placeCountry);
}

/** What a sentence says of itself, whatever the article's frame: its parties, and the place it names. */
export interface OwnReading {
	parties: Party[];
	/** Where each party's phrase lies, to tell its own cities from the others in the sentence. */
	phrases: [number, number][];
	place: string | null;
	placeCountry: string | null;
	/** The place, when read off an airport or a border gate. */
	via?: string;
}

/**
 * What a sentence says of itself (its parties and own place), whatever the frame. (Made once per sentence by the caller,
 * index.ts ArticleSentences.own, which every reading of the sentence, with the frame and without, asks.)
 */
export function ownReading(text: string, people: Mentioned[], cities: Mentioned[], info: Map<string, CityInfo>): OwnReading {
	// (Read with the periods that end no clause softened: "Đoàn công tác Văn phòng Thành ủy TP.HCM do đồng chí X …" is one phrase.)
	return readOwn(softDots(text), people, cities, info);
}

const COUNTED = /(?<![\p{L}])(?:hai|ba|bốn|năm|các|những|nhiều|\d+)\s+$/iu;
// ("sang thăm, chúc Tết thành phố Hà Nội": the place after a second verb joined by a comma.)
// ("sang" is where one goes once the trip is to come: "sẽ sang Hà Nội", "nhận lời mời dẫn đoàn … sang Đà Nẵng dự Lễ hội …";
// looked behind only once "sang" is there, not at every position; so is a delegation sent, "sẽ cử đoàn do đồng chí X dẫn đầu
// sang Hà Nam dự Liên hoan …".) Once done too: "Đoàn công tác Sở Y tế tỉnh … đã sang huyện …, tỉnh … khám bệnh" (a team
// gone over, whose place is the other side's).)
const PLACE_CUE = new WordPattern(/(?<![\p{L}])(?:tại|ở|thăm(?:,\s+\p{Ll}+(?:\s+\p{L}+)?(?=\s+(?:tỉnh|thành\s+phố|TP|[Tt]hủ\s+đô|huyện)\s))?|sang(?<=(?:sẽ|đã|vừa|nhận\s+lời[^.;]{0,120}?|cử\s+(?:một\s+)?đoàn(?![\p{L}])[^.;]{0,120}?)\ssang)(?!\s+(?:năm|tháng|tuần|ngày|đầu|cuối|giữa)(?![\p{L}]))|in|at|(?:visit|trip|tour|journey|delegation)\s+to|(?<=(?:to|will)\s)visit|(?:travell?ed|went|headed|came|returned|moved\s+on)\s+to|arrived\s+in|(?:đến|tới)(?!\s+từ(?![\p{L}])))\s/u);
// ("returned to Hanoi" is where the delegation went back to: "Two days later, the delegation returned to Hanoi to work with …".)
// What lies between "tại" and a city after a venue: the venue's name, a comma, the level of the place.
// (The place's mention may hold its level: "tỉnh Thanh Hóa".)
// Or a district with its province in brackets: "tại thị xã Sa Pa (tỉnh Lào Cai)"; or a venue with its district: "tại cửa khẩu
// quốc tế Bờ Y (huyện Ngọc Hồi)", the gate on that district's side of the line.
const VENUE_THEN_PLACE = /^(?:[^,;.]{1,60},|[^,;.()]{1,60}\()\s*(?:(?:tỉnh|thành\s+phố|TP\.?|thủ\s+đô|Thủ\s+đô|huyện|thị\s+xã)\s+)?$/u;
// Or a named fair, festival or forum that ends with its city's name: "sang dự Hội chợ Thương mại quốc tế Đà Nẵng", "tại Lễ hội
// Pháo hoa quốc tế Đà Nẵng" (the place is where it is held; not "… với nhân dân Đà Nẵng", another clause).
const NAMED_EVENT_THEN_PLACE = /^(?:(?:tham\s+)?dự\s+)?(?:Hội\s+chợ|Lễ\s+hội|Festival|Diễn\s+đàn|Triển\s+lãm|Ngày\s+hội|Liên\s+hoan|Hội\s+nghị|Hội\s+thảo)\s+(?:(?!(?:với|của|cùng|và|tại|ở|cho|giữa)\s)[\p{L}\d-]+\s+){0,8}$/u;
// Or a body of the host named by its province: "thăm và làm việc tại Viện Kiểm sát nhân dân tỉnh Xê Kông (Lào)", "tại Sở Y tế
// tỉnh …" (the body sits in the province it is named after, with the province's level said: not "tại Trường Đại học Kiên Giang",
// a name kept from before the 2025 merger; nor past a place of the body's own, "thăm Trường Đại học Cần Thơ trước khi về TP …").
const BODY_THEN_PLACE = /^(?:trụ\s+sở\s+)?(?:Viện|Sở|Bộ\s+Chỉ\s+huy|Bệnh\s+viện|Trường|UBND|Ủy\s+ban|Tỉnh\s+ủy|Thành\s+ủy|Công\s+an|Tòa\s+án|Cục|Chi\s+cục|Văn\s+phòng|Trung\s+tâm|Bảo\s+tàng|Hội|Liên\s+đoàn|Ban)\s+(?:(?!(?:với|của|cùng|và|tại|ở|cho|giữa|trước|sau|rồi|về|để)\s)[\p{L}\d-]+\s+){0,7}$/u;
const PROVINCE_LEVEL = /^(?:tỉnh|thành\s+phố|TP\.?)\s/u;
const LEVEL_BEFORE = /(?:tỉnh|thành\s+phố|TP\.?)\s+$/u;
/** "tại Viện Kiểm sát nhân dân tỉnh Xê Kông": the body's name, then its province with the level. */
const bodyThenPlace = (text: string, at: number, c: Mentioned) => {
	const between = text.slice(at, c.start);
	return BODY_THEN_PLACE.test(between) && (LEVEL_BEFORE.test(between) || PROVINCE_LEVEL.test(text.slice(c.start, c.end)));
};
// An opening that sets a meeting somewhere ("Tại buổi làm việc ở X, …", "Tại buổi hội đàm, …"), and a trip promised after it.
const PROMISE_AT = /^(?:Tại|Trong)\s+(?:buổi|cuộc)\s+(?:làm\s+việc|hội\s+đàm|tiếp|gặp|hội\s+kiến)[^,;.]{0,60},/u;
const TRIP_PROMISED = /(?<![\p{L}])(?:nhận\s+lời(?:\s+mời)?|sẽ)\s+(?:(?:dẫn\s+đầu|dẫn)\s+(?:một\s+)?đoàn[^.;]{0,120}?\s)?(?:sang|đến|tới)(?![\p{L}])/u;
// An airport's or a border gate's mention (gateways.ts), or a gate named after the way through it ("via Bo Y").
const GATEWAY = /^(?:[Ss]ân\s+bay|[Cc]ảng\s+[Hh]àng|CHK|[Cc]ửa\s+khẩu)|(?:[Aa]irport|gate|checkpoint|crossing)$/u;
const AFTER_DOING = /(?<![\p{L}])(?:trước\s+khi|sau\s+đó|rồi|và|before|then|and)(?:\s+(?:lên\s+đường|đoàn|[Đđ]oàn|the\s+delegation|it))?\s+$/u;
const LEFT_FIRST = /;|(?<![\p{L}])(?:rời|left|leaving)\s/u;
const AIRPORT_SURFACE = /^(?:[Ss]ân\s+bay|[Cc]ảng\s+[Hh]àng|CHK)|[Aa]irport$/u;
const THROUGH = /(?<![\p{L}])(?:via|through|qua)\s+(?:the\s+)?$/u;
// Going home and the way it went: "về nước qua", "nhập cảnh qua", "returned home via", "entered Vietnam through the".
const CROSSED_VIA = /(?<![\p{L}])(?:(?:trở\s+)?về\s+nước|trở\s+về|return(?:s|ed|ing)?\s+home|(?:fly|flew|flying)\s+home|left\s+for\s+home)(?:\s+[^,;.]{0,40}?)?\s+(?:qua|via|through)\s+(?:the\s+)?/u;
// The trip a going home ends, and where it was: "returned home through the Thong Thu border gate …, ending a five-day trip to the
// Lao provinces of X and Y".
const ENDED_TRIP_TO = /(?<![\p{L}])(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|complet(?:e|es|ed|ing))\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:trip|tour|mission|visit)\s+to\s+/u;
const TOWARDS = new WordPattern(/(?<![\p{L}])(?:tại|sang|đến|in|to)\s+([^,;.]{0,60})/u);

// Where a delegation's name goes on past a comma: the next level up of its place ("Đoàn công tác huyện X, tỉnh Y"), up to its
// country, named as a country ("Đoàn đại biểu cấp cao tỉnh X, nước CHDCND Lào do …"), or the list of fields in a department's
// name ("Đoàn công tác Sở Thông tin, Văn hóa và Du lịch tỉnh Y").
const UP_LEVEL = String.raw`\s*(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|Thủ\s+đô|nước(?=\s+(?:CHDCND|Cộng\s+hòa|Cộng\s+hoà|Lào|Việt\s+Nam)(?![\p{L}])))\s`;
const NAME_LIST = String.raw`\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*(?:,\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*)*\s+và\s+\p{Lu}`;
// Who the delegation is made of, in pairs joined by a comma: "Đoàn y, bác sĩ Bệnh viện …", "Đoàn cán bộ, chiến sĩ …".
// ("Đoàn đại biểu Tỉnh đoàn Sơn La gồm 40 đoàn viên, thanh niên do anh X …": the youth union's members.)
const MEMBERS = String.raw`\s+(?:bác\s+sĩ|chiến\s+sĩ|học\s+sinh|sinh\s+viên|nghệ\s+sĩ|diễn\s+viên|vận\s+động\s+viên|chuyên\s+gia|nhân\s+viên|giảng\s+viên|cô\s+giáo|thanh\s+niên|hội\s+viên|doanh\s+nghiệp|nghệ\s+nhân)\s`;
// A body's appositive naming its country: "Đoàn đại biểu Bộ Tư lệnh Quân khu 4, Quân đội nhân dân Lào do …" is the Lao army's
// Military Region 4 (a body numbered alike in both armies), not Vietnam's; "…, Bộ Công an Lào". No clause's verb in it.
const COUNTRY_BODY = String.raw`\s+\p{Lu}(?:(?!\s(?:do|dẫn|sang|thăm|đến|tới|đã|đang|sẽ|vừa|và|tại|với|led|to|in)\s)[^,;.()]){0,50}?(?<![\p{L}])(?:Lào(?!\s+Cai)|Việt\s+Nam|Laos|Vietnam)(?![\p{L}])`;
// The delegation's phrase: it runs to "do", a verb, a comma or the end of the clause (a bracket's commas aside). A verb
// right after a bare "Đoàn" ("Sáng 2/12, Đoàn dự Lễ mít tinh …", "Đoàn dâng hương …", "- Ngày 10/4: Đoàn chúc Tết lãnh đạo
// tỉnh X", whose X is the host) ends it: no body is named. So does
// going back ("Đoàn về TP Hồ Chí Minh", "trở về Thủ đô Hà Nội"): where it goes, not where it is from; so does travelling
// ("Đoàn bay ra Đà Nẵng, rồi theo đường bộ …": a stop on the way). So does leaving, told or reported ("the delegation would
// leave Luang Prabang for Vientiane": where it leaves, not where it is from). So does any English verb of what it did: in "the X
// delegation joined Y officials at …", X is where it is from and Y its hosts, where it was.
const PHRASE = new RegExp(String.raw`^(?:\([^();.]*\)|,(?=${UP_LEVEL})|,(?=${NAME_LIST})|,(?=${MEMBERS})|,(?=${COUNTRY_BODY})|[^,;.])*?(?=\s+(?:do|cùng|đã|đến|sang|tới|có|tiếp\s+tục|hội\s+đàm|làm\s+việc|thăm|tham\s+dự|dự|dâng|đặt|viếng|trao|tặng|tham\s+quan|khảo\s+sát|chúc|nhập\s+cảnh|xuất\s+cảnh|ký(?:\s+kết)?|trồng|rời|về\s+nước|về(?=\s+(?:TP|thành\s+phố|tỉnh|[Tt]hủ\s+đô|\p{Lu}))|trở\s+về|trở\s+lại|quay\s+về|quay\s+lại|về\s+đến|về\s+tới|gặp|chào|được|sẽ|đang|vừa|lên\s+đường|bay|đi|di\s+chuyển|theo\s+đường|kết\s+thúc|bắt\s+đầu|led|headed|will|would|is|was|has|had|held|paid|visited|arrived|left|leaves?|leaving|departed|met|also|toured|returned|entered|crossed|flew|joined|attended|took|laid|offered|signed|handed|presented|received|hosted|witnessed)\s|,(?!${UP_LEVEL})(?!${NAME_LIST})(?!${MEMBERS})(?!${COUNTRY_BODY})|[;.]|$)`, 'u');
// A leader named by an honorific alone: "do đồng chí làm Trưởng đoàn", "do ông dẫn đầu".
const BARE_LEADER = /^(?:đồng\s+chí|ông|bà)\s+(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)(?![\p{L}])/u;
// The first person leading it, in what someone says: "do tôi dẫn đầu", "do tôi làm trưởng đoàn".
const SELF_LEADER = /^tôi\s+(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)(?![\p{L}])/u;
// An interview's answer opened by its speaker's label, an honorific or a title and the name, then a colon ("Ông X: …",
// "Đồng chí X: …", "Chủ tịch X: …"): the one who says "tôi" in it.
const LABEL_BEFORE = /^\s*(?:\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3}\s+)?$/u;
function speakerOf(text: string, people: Mentioned[]): Mentioned | null {
	const p = people[0];
	return p && p.start <= 40 && LABEL_BEFORE.test(text.slice(0, p.start)) && /^\s*:/u.test(text.slice(p.end, p.end + 3)) ? p : null;
}
// "do tôi dẫn đầu" right after a delegation's phrase, its leader the first person.
const LED_BY_SELF = /^\s*,?\s*do\s+tôi\s+(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)(?![\p{L}])/u;
/**
 * The sentence's reading with a delegation "do tôi dẫn đầu" led by the page's `speaker` (pageSpeaker), where no label in the
 * sentence says who "tôi" is (speakerOf): a speech's "Tháng 4 vừa qua, Đoàn đại biểu tỉnh X do tôi làm trưởng đoàn đã sang …"
 * is its speaker's trip, as an interview's is its interviewee's. A copy: readings are shared.
 */
export function ledBySpeaker(text: string, own: OwnReading, speaker: string): OwnReading {
	const parties = own.parties.map((p, i) => (!p.leader && LED_BY_SELF.test(text.slice(own.phrases[i][1], own.phrases[i][1] + 40)) ? { ...p, leader: speaker } : p));
	return parties.some((p, i) => p !== own.parties[i]) ? { ...own, parties } : own;
}
// The speaker's own side going over, as its subject: "Tháng 4 vừa qua, chúng tôi đã theo đồng chí Bí thư Tỉnh ủy sang làm việc với
// tỉnh bạn", "chúng tôi cùng đoàn doanh nghiệp đã sang …". ("Chúng tôi rất vui mừng được đón tiếp Đoàn …" receives: no going.)
const WE_WENT = /^(?:[^,;.:]{0,40},\s*)?[Cc]húng\s+tôi\s+(?:(?:đã|từng|cũng|vừa)\s+)*(?:(?:theo|cùng)\s+[^,;.]{1,60}?\s+)?(?:sang|qua)\s+(?:thăm|làm\s+việc|công\s+tác|tỉnh|nước|Lào|Việt\s+Nam)(?![\p{L}])/u;
/** Does the sentence tell the page's speaker's side going over ("chúng tôi đã … sang làm việc với tỉnh bạn")? */
export const weWentOver = (text: string) => text.includes('húng tôi') && WE_WENT.test(text);
// A speech printed whole, told by its lead or its title: "Phát biểu của đồng chí X tại …", "toàn văn bài phát biểu của ông X"; or
// the one the paper talked to: "phóng viên đã có cuộc trao đổi với đồng chí X", "PV phỏng vấn ông X".
const SPEECH_OF = /(?<![\p{L}])(?:phát\s+biểu\s+của|(?:phóng\s+viên|PV)(?![\p{L}])[^.;:]{0,50}?(?:trao\s+đổi|phỏng\s+vấn|trò\s+chuyện)(?:\s+(?:với|cùng))?)\s+(?:đồng\s+chí|ông|bà)\s+$/iu;
/**
 * Who says "tôi" on the page: the speaker of a speech the lead names (SPEECH_OF, in its first `lead` sentences), or the one
 * person every interview answer's label names ("Đồng chí X: …", "Ông X: …"); null when neither, or labels of several people.
 * `sentences`: each sentence's text and its people, in order.
 */
export function pageSpeaker(sentences: Iterable<{ text: string; people: Mentioned[] }>, lead = 4): string | null {
	let labelled: string | null = null, k = 0;
	for (const { text, people } of sentences) {
		if (k++ < lead) for (const p of people) if (SPEECH_OF.test(text.slice(Math.max(0, p.start - 100), p.start))) return p.id;
		const label = people.length ? speakerOf(text, people) : null;
		if (!label) continue;
		if (labelled && labelled !== label.id) return null;
		labelled = label.id;
	}
	return labelled;
}
// "Đoàn … do X": the "do" of this delegation, not of the next one named in the sentence ("Tỉnh Đoàn Phú Yên", the Youth Union,
// is part of this one's name), as is a trade union, "Đoàn đại biểu Liên hiệp Công đoàn tỉnh X do ông Y …").
const LED_BY = new RegExp(String.raw`^(?:\([^();.]*\)|,(?=${UP_LEVEL})|,(?=${NAME_LIST})|,(?=${MEMBERS})|,(?=${COUNTRY_BODY})|(?!(?<!(?:Tỉnh|Thành|Huyện|Quận|[Tt]ập|[Cc]ông|[Ll]iên))\s[Đđ]oàn\s(?!Thanh\s+niên|TNCS|viên))[^,;.])*?\s(?:do|led\s+by|headed\s+by)\s`, 'u');

// "… sẽ cử đoàn", "cử một đoàn": the place just before sends it; ", do đồng chí X làm trưởng đoàn." closing the sentence leads it.
const SENDS = /(?:sẽ\s+|đã\s+)?cử\s+(?:một\s+)?$/u;
const UPPER = /\p{Lu}/u;
const LED_LAST = /^[^;.]*?,\s+do\s+(?:(?:đồng\s+chí|ông|bà)\s+)?(?=[^;.,]{2,60}?(?:,[^;.]{0,120}?)?\s(?:làm\s+[Tt]rưởng\s+đoàn|dẫn\s+đầu)\s*[.;]?\s*$)/u;
// The title after a name, then the head of the delegation: ", Giám đốc Sở … (Lào), trưởng đoàn", ", head of the … delegation".
// Not the standing office "Trưởng đoàn ĐBQH tỉnh Quảng Ninh" (head of the province's deputies to the National Assembly), a
// host's title: "09h30: …, đồng chí X, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh … tiếp Đoàn" leads no delegation of his own.
const HEAD_APPOSITION = /^(?:,[^;.]{0,200}?)?,\s*(?:[Tt]rưởng\s+[Đđ]oàn(?!\s+(?:ĐBQH|[Đđ]ại\s+biểu\s+Quốc\s+hội)(?![\p{L}]))|head\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}delegation)(?![\p{L}])/u;

function readOwn(text: string, people: Mentioned[], cities: Mentioned[], info: Map<string, CityInfo>): OwnReading {
	const parties: Party[] = [];
	const phrases: [number, number][] = [];
	for (let m = DELEGATION.exec(text); m; m = DELEGATION.exec(text, DELEGATION.lastIndex)) {
		// "hai đoàn công tác của nước CHDCND Lào", "các đoàn": delegations counted, none named.
		if (COUNTED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
		// "do BSCKII Đoàn Văn X, Giám đốc …": a person whose surname is Đoàn, not a delegation.
		if (people.some((p) => p.start === m!.index)) continue;
		const rest = text.slice(m.index);
		const phrase = PHRASE.exec(rest)?.[0] ?? '';
		const base = partyFrom(phrase, cities, m.index, info);
		// English names the origin before the noun: "the Hanoi delegation", "a Lao delegation".
		if (!base.fromCity && !base.country && /^delegation/.test(phrase)) {
			// (With what the delegation is of between: "a Da Nang business delegation", "the Hanoi youth delegation".)
			const adj = cities.find((c) => c.end <= m!.index && /^\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(c.end, m!.index)));
			if (adj) Object.assign(base, { fromCity: adj.id, fromBody: null, country: info.get(adj.id)?.country ?? null });
			else {
				const word = /(?<![\p{L}])(Lao|Laotian|Vietnamese|Viet\s+Nam|Vietnam)\s+(?:[\p{L}-]+\s+)?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
				if (word) base.country = /^Lao/.test(word[1]) ? 'LA' : 'VN';
			}
		}
		let leader: string | null = null;
		// "Đoàn … do X … dẫn đầu"
		// "do" must belong to this delegation, not to the next one named in the sentence (the youth union "Đoàn Thanh niên" is no delegation).
		// A bracket may set off where the delegation is from, commas and all: "Đoàn công tác phường X (thành phố Y, tỉnh Z) do …";
		// so may the next level up after a comma: "Đoàn công tác huyện Khăm Cợt, tỉnh Bô-ly-khăm-xay do …".
		// English sets "led by" off after an appositive: "a delegation from Vientiane, Laos, led by …".
		// (A leader is one of the sentence's people: with none, the patterns below are not tried.)
		// (Both patterns need a "do" or a "by", which most delegations named have not after them.)
		const doAt = !people.length || !(rest.includes('do') || rest.includes('by')) ? null : LED_BY.exec(rest) ?? /^(?:(?!\sdelegation\s)[^;.]){0,80}?,\s(?:led|headed)\s+by\s/u.exec(rest);
		if (doAt) {
			const after = m.index + doAt[0].length;
			const p = people.find((x) => x.start >= after && x.start - after < 160);
			// (Led by "đồng chí" with no name, "đoàn đại biểu thành phố do đồng chí làm Trưởng đoàn sẽ sang …" in what đồng chí X said:
			// the word refers back to the sentence's subject, the first one it names.)
			if (BARE_LEADER.test(text.slice(after, after + 40))) leader = people[0].end <= m.index ? people[0].id : null;
			// (Led by "tôi" in an answer its speaker's label opens, "Ông X: Dự kiến …, đoàn tỉnh do tôi dẫn đầu sẽ sang …": the speaker.)
			else if (SELF_LEADER.test(text.slice(after, after + 40))) leader = speakerOf(text, people)?.id ?? null;
			else if (p && inClause(LEADS_AFTER, text.slice(after), 260)) leader = p.id;
			else if (p && /led\s+by|headed\s+by/.test(doAt[0])) leader = p.id;
		}
		// "X … dẫn đầu Đoàn …" / "X cùng Đoàn …"
		if (!leader && people.length) {
			const before = text.slice(0, m.index);
			// Each end-anchored pattern is tried at every position of `before`: only where its words are.
			if (leadsBefore(before) || (before.trimEnd().endsWith('cùng') && /(?<![\p{L}])cùng\s*$/u.test(before))) {
				// (Not the one whose invitation it was: "X đã nhận lời mời của ông Y dẫn đoàn …" is led by X.)
				// (Nor the inviter named before it: "Vongxay accepted Trieu's invitation to lead a … delegation" is led by Vongxay.)
				const p = [...people].reverse().find((x) => x.end <= m!.index && m!.index - x.end < 220 && !INVITER.test(text.slice(Math.max(0, x.start - 100), x.start)) && !INVITER_AFTER.test(text.slice(x.end, x.end + 20)));
				if (p) leader = p.id;
			}
		}
		// A delegation a place sends ("Hai bên thống nhất huyện Mốc-mày sẽ cử đoàn sang thăm … tại huyện Tương Dương vào đầu năm
		// 2020, do đồng chí X làm trưởng đoàn"): from that place, and led by whom the sentence's last clause names.
		// ("đoàn công tác", "đoàn cán bộ": the kind of delegation, in lower case, names no body that sends it.)
		const sent = !base.fromCity && (!base.fromBody || !UPPER.test(base.fromBody)) ? SENDS.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
		// (Only with its leader named: "Hai bên thống nhất Hội Cựu chiến binh tỉnh X sẽ cử đoàn sang thăm …" alone is a plan of a
		// body, not yet a delegation to follow.)
		if (sent) {
			const led = !leader && people.length ? LED_LAST.exec(text.slice(m.index + phrase.length)) : null;
			const p = led && people.find((x) => x.start === m!.index + phrase.length + led.index + led[0].length);
			if (p) leader = p.id;
			const by = leader && cities.find((c) => c.end <= m!.index && /^\s*$/.test(text.slice(c.end, m!.index - sent[0].length)));
			if (by) Object.assign(base, { fromCity: by.id, fromBody: null, country: info.get(by.id)?.country ?? null });
		}
		// A delegation named by its leader only ("đoàn công tác do đồng chí X, Bí thư Tỉnh ủy Điện Biên dẫn đầu",
		// "Vice Chairman of the Hanoi People's Committee X, who is leading a delegation"): the leader's title says where from.
		if (leader && !base.fromCity) {
			const p = people.find((x) => x.id === leader)!;
			const own = titleCity(text, p, people, cities);
			if (own) Object.assign(base, { fromCity: own.id, fromBody: null, country: info.get(own.id)?.country ?? base.country });
		}
		if (leader || base.fromCity || base.fromBody) {
			parties.push({ leader, ...base });
			phrases.push([m.index, m.index + phrase.length]);
		}
	}
	// "Trưởng đoàn X" names the leader of the sentence's delegation.
	const head = people.length ? /(?<![\p{L}])[Tt]rưởng\s+đoàn\s+(?:là\s+)?/u.exec(text) : null;
	if (head) {
		const p = people.find((x) => x.start === head.index + head[0].length);
		if (p && !parties.some((q) => q.leader === p.id)) parties.push({ leader: p.id, fromCity: null, fromBody: null, country: null });
	}
	// "Đồng chí X, Giám đốc Sở … tỉnh Phông-xa-lỳ (Lào), trưởng đoàn công tác của tỉnh bạn, chia sẻ …", "X, head of the Sekong
	// delegation, said …": the leader named in apposition, from where the title says.
	if (people.length && !parties.some((q) => q.leader) && (text.includes('rưởng đoàn') || text.includes('head of'))) {
		for (const p of people) {
			const tail = HEAD_APPOSITION.exec(text.slice(p.end));
			if (!tail || people.some((o) => o.start > p.end && o.start < p.end + tail[0].length)) continue;
			const own = cities.find((c) => c.start >= p.end && c.end <= p.end + tail[0].length) ?? titleCity(text, p, people, cities);
			parties.push({ leader: p.id, fromCity: own?.id ?? null, fromBody: null, country: own ? (info.get(own.id)?.country ?? null) : null });
			phrases.push([p.start, p.end + tail[0].length]);
			break;
		}
	}

	// Place: "tại <city>", else "tại <country>" (else the article's frame: see readSetting).
	let place: string | null = null;
	let placeCountry: string | null = null;
	// "sẽ sang thăm tỉnh Savannakhet", a trip announced "sẽ sang Hà Nội làm việc", "will lead a delegation to Savannakhet": the
	// place visited, like "tại" ("sang năm", "sang tháng" are time); so is where the delegation arrived ("đã đến
	// tỉnh Sê Kông, bắt đầu chuyến thăm"), not where it came from ("đến từ").
	// (Not where the promise of a trip was made: "Tại buổi làm việc ở Sa-van-na-khệt, ông X nhận lời dẫn đoàn … sang tham quan
	// … tại Hải Phòng vào tháng 3" is a trip to Hải Phòng.)
	const promised = PROMISE_AT.exec(text);
	const from = promised && TRIP_PROMISED.test(text.slice(promised[0].length)) ? promised[0].length : 0;
	// (An airport or a border gate is a way through, second to any other place the sentence names: "Sáng 19-3, tại Cảng hàng
	// không quốc tế Nội Bài, Đoàn … đã lên đường thăm và làm việc tại nước … Lào" is a trip to Laos.)
	const ways = cities.filter((c) => GATEWAY.test(text.slice(c.start, c.end)) || THROUGH.test(text.slice(Math.max(0, c.start - 12), c.start)));
	const cued = (pool: Mentioned[]): string | null => {
		for (let m = pool.length ? PLACE_CUE.exec(text) : null; m; m = PLACE_CUE.exec(text, PLACE_CUE.lastIndex)) {
			if (m.index < from || diedAt(text, m.index) || cameFrom(text, m.index)) continue;
			const at = m.index + m[0].length;
			// "tại Quảng trường Lam Sơn, tỉnh Thanh Hóa": a venue, then the province or city it is in. Not the delegation's own
			// home named in the venue ("tại buổi tiếp Đoàn công tác huyện Khăm Cợt, tỉnh Bô-ly-khăm-xay (Lào)" is where it is from).
			const c = pool.find((x) => x.start >= m!.index && (x.start - at <= 12 || VENUE_THEN_PLACE.test(text.slice(at, x.start)) || NAMED_EVENT_THEN_PLACE.test(text.slice(at, x.start)) || (bodyThenPlace(text, at, x) && !pool.some((y) => y.start >= at && y.start < x.start))) && !phrases.some(([s, e]) => s >= at && x.start >= s && x.end <= e));
			if (c) return c.id;
		}
		return null;
	};
	place = cued(ways.length ? cities.filter((c) => !ways.includes(c)) : cities);
	// With no other place, a gate the happening is held at, not gone through: "Ngày 20/4, tại cửa khẩu quốc tế Bờ Y (huyện Ngọc
	// Hồi), Bộ Chỉ huy Quân sự tỉnh … tổ chức lễ bàn giao hài cốt liệt sĩ … hy sinh tại tỉnh …" is on the gate's side.
	// (A stop of its own, then: not only the way through.)
	const heldAtGate = !place && ways.length > 0 && OPENS_AT_GATE.test(text) && !GONE_THROUGH.test(text);
	if (heldAtGate) place = cued(ways);
	// (Unless the trip it ends is said, and where: "… returned home through the Lao Bao border gate earlier this week, ending a
	// four-day trip to the Lao provinces of X and Y" was in X.)
	const ended = !place && ways.length ? ENDED_TRIP_TO.exec(text) : null;
	const end = ended ? ended.index + ended[0].length : 0;
	const dest = ended ? cities.find((c) => !ways.includes(c) && c.start >= end && c.start - end <= 40) : undefined;
	if (dest) place = dest.id;
	// Going home through a border gate or an airport, with no other place said: there ("The delegation returned home via Bo Y
	// late on Saturday" is at the gate, in Kon Tum; "Đoàn về nước qua cửa khẩu quốc tế Cầu Treo" in Hà Tĩnh).
	if (!place && ways.length) {
		const via = CROSSED_VIA.exec(text);
		// (Going home after the day's doing is not where that was: "Đoàn sẽ tham quan Lăng Tự Đức trước khi về nước qua cửa khẩu
		// quốc tế Lao Bảo" is in Huế; so is "- Ngày 7/7: Dâng hương tại …; về nước qua cửa khẩu …" where the first clause was,
		// and "Đoàn rời Phôn-xa-vẳn, về nước qua …" where it left.)
		const c = via && !AFTER_DOING.test(text.slice(Math.max(0, via.index - 20), via.index)) && !LEFT_FIRST.test(text.slice(0, via.index)) && ways.find((x) => x.start >= via.index + via[0].length && x.start - via.index - via[0].length <= 4);
		if (c) place = c.id;
	}
	// Else the airport the sentence is at ("On arrival at Noi Bai International Airport …"), unless it tells the country it goes
	// to. (Not a border gate: who stands at the line, "tại cửa khẩu quốc tế …, Bộ CHQS tỉnh … đã trao tặng Bộ CHQS tỉnh bạn …",
	// is on neither side's soil more than the other's.)
	const airports = ways.length ? ways.filter((c) => AIRPORT_SURFACE.test(text.slice(c.start, c.end))) : ways;
	if (!place && airports.length) {
		let country: string | null = null;
		for (let m = TOWARDS.exec(text); m && !country; m = TOWARDS.exec(text, TOWARDS.lastIndex)) country = countryIn(m[1].replace(EMBASSY_OF, ' '));
		if (!country) place = cued(airports);
	}
	if (place) placeCountry = info.get(place)?.country ?? null;
	else {
		// Every "tại", not the first only: "Sáng 19-3, tại sân bay Nội Bài, Đoàn … đã lên đường thăm và làm việc tại nước … Lào".
		// A country's embassy ("tại Đại sứ quán Lào tại Việt Nam") is in the other country: its name says nothing.
		for (let m = TOWARDS.exec(text); m && !placeCountry; m = TOWARDS.exec(text, TOWARDS.lastIndex)) if (!diedAt(text, m.index)) placeCountry = countryIn(m[1].replace(EMBASSY_OF, ' '));
		// A led delegation that "goes over to attend", no place named ("Đoàn … do Đại tá X làm Trưởng đoàn qua cửa khẩu … sang dự
		// buổi lễ"): "sang" is crossing to the other side, so the happening is in the other country than the delegation's own.
		const led = !placeCountry && text.includes('sang') ? parties.find((p) => p.leader && p.country) : undefined;
		if (led && GOES_OVER_TO_ATTEND.test(text)) placeCountry = otherCountry(led.country);
	}
	return { parties, phrases, place, placeCountry, via: place && !heldAtGate && ways.some((w) => w.id === place) ? place : undefined };
}

// Where the fallen died, in a handover of remains: "hài cốt liệt sĩ … hy sinh tại tỉnh Át-tạ-pư (Lào)", "soldiers who died in
// Laos". That names the martyrs, not where the happening is.
const DIED_BEFORE = /(?<![\p{L}])(?:hy\s+sinh|tử\s+trận|ngã\s+xuống|died|fell|killed)\s+$/iu;
const diedAt = (text: string, at: number) => DIED_BEFORE.test(text.slice(Math.max(0, at - 14), at));
// Where a delegation comes from on a tour of several stops: "Sau chương trình làm việc tại tỉnh X, chiều 10/10, Đoàn … đã đến
// thăm và làm việc tại tỉnh Y", "Sau chuyến thăm tỉnh X, …", "Sau khi thăm và làm việc tại X, …". The place of the trip or
// programme told as over is the stop before, not where this event is. (Not "Sau buổi làm việc tại …": a session of the same
// stop, whose next doing is mostly in the same place.)
const CAME_FROM_BEFORE = /(?<![\p{L}])[Ss]au\s+(?:khi\s+(?:kết\s+thúc\s+)?)?(?:(?:chương\s+trình|chuyến|đợt|thời\s+gian|các\s+hoạt\s+động)\s+)?(?:(?:thăm|làm\s+việc|công\s+tác)(?:\s*(?:,|và)\s*(?:thăm|làm\s+việc|công\s+tác))?\s+)?$/u;
const cameFrom = (text: string, at: number) => {
	const before = at > 3 ? text.slice(Math.max(0, at - 60), at) : '';
	return before.includes('au ') && CAME_FROM_BEFORE.test(before);
};
// A sentence set at a border gate, after its time if any: "Ngày 20/4, tại cửa khẩu quốc tế …", "Sáng 5/3, at the … border gate".
// (After the outlet's credit opening the lead, the paper's and not the fact's: "(Tên Báo) - Sáng 16/6, tại cửa khẩu …".)
const OPENS_AT_GATE = /^(?:(?:\([^()]{2,30}\)|[\p{Lu}\d.]{2,12})\s*[-–—]\s+)?(?:[^,;.]{0,40},\s*)?(?:tại|ở|at)\s+(?:khu\s+vực\s+)?(?:cửa\s+khẩu|the\s+[^,;.]{0,40}?border\s+gate)/iu;
// Gone through it: crossing, leaving or coming home.
const GONE_THROUGH = /(?<![\p{L}])(?:xuất\s+cảnh|nhập\s+cảnh|qua\s+cửa\s+khẩu|về\s+nước|lên\s+đường|crossed|entered|returned|arrived|left|departed)(?![\p{L}])/iu;

const RECEIVES = new WordPattern(/(?<![\p{L}])(?:tiếp|đón|hội\s+kiến|tiếp\s+kiến|hội\s+đàm\s+với|làm\s+việc\s+với|received|welcomed|hosted|met\s+with|held\s+talks\s+with)(?:\s+(?:đồng\s+chí|ông|bà|ngài|Mr|Mrs|Ms|H\.E\.?))?\s+$/iu);
// "was received by Governor X": the passive names the host after the verb, not the guest.
const VERB_BEFORE_NAME = new WordPattern(/(?<![\p{L}])(?:tiếp|đón|hội\s+kiến|tiếp\s+kiến|hội\s+đàm\s+với|làm\s+việc\s+với|(?:received|welcomed|hosted)(?!\s+by(?![\p{L}]))|met\s+with|held\s+talks\s+with)\s(?:(?![,;.]).){0,120}$/iu);
// Within 220 characters of the same clause: see inClause.
const VISITING = new WordPattern(/(?<![\p{L}])(?:(?:đang|đã|vừa)\s+có\s+chuyến|đang\s+thăm|sang\s+thăm|đến\s+thăm|nhân\s+dịp\s+(?:sang|đến|thăm)|(?:is\s+(?:paying|on)|paid|made)\s+an?\s+(?:\S+\s+){0,2}visit|who\s+is\s+visiting)/iu);

/**
 * The one person a sentence receives, or says is visiting, whose own title (between the verb and the
 * name, or in the appositive after it) names a city of the other side: the leader of a trip without a "Đoàn".
 */
function guestLeader(text: string, people: Mentioned[], cities: Mentioned[], info: Map<string, CityInfo>, place: string | null, placeCountry: string | null): Party | null {
	const homeCountry = placeCountry ?? (place ? info.get(place)?.country ?? null : null);
	// Only against a known place: a leader's own city is no sign of travel when nothing says where it
	// happened. And with no city named, no guest's city is either.
	if (!homeCountry || !cities.length) return null;
	for (const p of people) {
		const received = RECEIVES.test(text.slice(Math.max(0, p.start - 60), p.start));
		const before = text.slice(0, p.start);
		// The title between the verb and the name: "tiếp Bí thư Tỉnh ủy Luông Nặm Tha X". Neither holds
		// a comma, semicolon or full stop: the verb is looked for after the last of them only.
		const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1;
		const found = VERB_BEFORE_NAME.exec(before.slice(cut))?.index ?? -1;
		const verbAt = found < 0 ? -1 : cut + found;
		const afterName = text.slice(p.end);
		const visiting = inClause(VISITING, afterName, 220);
		if (!received && verbAt < 0 && !visiting) continue;
		if (people.some((o) => o !== p && verbAt >= 0 && o.start > verbAt && o.start < p.start)) continue;
		const appositiveEnd = p.end + (visiting ? visiting.index + visiting[0].length : Math.min(afterName.search(/[.;]|$/u), 200));
		const own = cities.filter((c) => (verbAt >= 0 && c.start > verbAt && c.end <= p.start) || (c.start >= p.end && c.end <= appositiveEnd && !people.some((o) => o.start > p.end && o.start < c.start)));
		// "Attapeu Governor X and his entourage paid a working visit to …": the title before the visiting name.
		const titled = visiting && !own.length ? titleCity(text, p, people, cities) : null;
		if (titled) own.push(titled);
		const from = own.find((c) => {
			const country = info.get(c.id)?.country ?? null;
			return country && country !== homeCountry;
		});
		if (from) return { leader: p.id, fromCity: from.id, fromBody: null, country: info.get(from.id)?.country ?? null };
	}
	return null;
}

/** Two mentions of a delegation from the same city or body (a country alone is not enough). */
export function sameOrigin(a: Party, b: Party): boolean {
	if (a.fromCity || b.fromCity) return a.fromCity === b.fromCity;
	return !!a.fromBody && !!b.fromBody && (a.fromBody === b.fromBody || initialsOf(a.fromBody, b.fromBody) || initialsOf(b.fromBody, a.fromBody));
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** "VRG" the initials the body "công tác Tập đoàn Công nghiệp Cao su Việt Nam (VRG)" gives itself in brackets. */
const initialsOf = (short: string, long: string) => ACRONYM.test(short) && long.endsWith(`(${short})`);

/** The trip frame of an article: "Trong khuôn khổ chuyến thăm và làm việc tại Lào", "Nhân chuyến thăm … tại …". */
export function readFrame(doc: Doc, settings: Setting[]): Setting | null {
	const withVisitor = settings.find((s) => s.visitor?.leader);
	if (withVisitor) return withVisitor;
	return settings.find((s) => s.visitor) ?? null;
}

export interface TripEvent {
	key: number;
	visitor: Party | null;
	placeCountry: string | null;
	place: string | null;
	role: 'main' | 'context';
	start: string | null;
	end: string | null;
	/** A trip of its own told in passing ("Tháng 12 năm ngoái, Đoàn … do X dẫn đầu đã sang thăm …"): background, yet a trip. */
	pastTrip?: boolean;
	/** Still to come ("sẽ sang", "dự kiến"). */
	planned?: boolean;
	/** Told as another delegation than the article's ("một đoàn đại biểu khác"): it joins a led trip only where that trip is. */
	apart?: boolean;
	/** The article and the kind of happening: an undated article goes to the trip that holds what it tells. */
	article?: string;
	type?: string;
	/** Told as the undated lead's own happening ("Tiếp Đoàn, Đại sứ X …" after the lead's visit). */
	withLead?: boolean;
	/** Its place is only the way through (Setting.via): no stop of the trip. */
	via?: boolean;
	/** The item of its article's round-up or digest it is told in, when the article has several. */
	item?: number;
	/** Every article that tells it, when several do (merged reports): each tells the trip it joins. */
	articles?: string[];
	/** The hosts' evening for their guests, told with the delegation or both sides and no one of the trip (forTheGuests). */
	forGuests?: boolean;
}

// The hosts' evening for their guests: a show, a banquet, a dinner ("Tối 25/5, … tổ chức đêm giao lưu văn nghệ chào mừng đoàn",
// "… chiêu đãi hai đoàn"). Who gives it and for whom the story has said already, so the sentence often names no place or person
// of the trip, only the delegation ("đoàn", not "đoàn kết", "đoàn viên", "Tỉnh đoàn", "Công đoàn", "Sư đoàn") or both sides.
const EVENING_FOR_GUESTS = /(?<![\p{L}])(?:giao\s+lưu\s+văn\s+nghệ|chiêu\s+đãi|tiệc|banquet|dinner)(?![\p{L}])/iu;
const GUESTS_NAMED = /(?<![\p{L}])(?:(?<!(?:[Tt]hành|Tỉnh|Huyện|[Cc]ông|[Ll]iên|[Tt]ập|[Ss]ư|[Qq]uân|[Bb]inh|[Ll]ữ|[Tt]rung)\s)[Đđ]oàn(?![\p{L}])(?!\s+(?:kết|viên|thể|TNCS|Thanh\s+niên)(?![\p{L}]))|hai\s+bên(?![\p{L}])|the\s+delegation(?![\p{L}])|both\s+sides(?![\p{L}]))/u;
export const forTheGuests = (text: string) => EVENING_FOR_GUESTS.test(text) && GUESTS_NAMED.test(text);

export interface Trip {
	visitor: Party;
	country: string | null;
	/** Indexes of the events in the caller's list. */
	members: number[];
	start: string | null;
	end: string | null;
	/** The city visited most often (the host city). */
	to: string | null;
}

// How far apart two events of one trip may be (TRIP_GAP_DAYS, events.ts): delegations travel for days, not weeks.
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
export const visitorKey = (p: Party) => p.leader ?? (p.fromCity ? `city:${p.fromCity}` : p.fromBody ? `body:${p.fromBody}` : '');
/**
 * The same travelling delegation: the same leader, or — when outlets spell the leader differently
 * ("Phonxay Khammany", "Phon-xay Khăm-ma-ni") or one leaves them out — the same home city.
 */
export const sameVisitor = (a: Party, b: Party) => visitorKey(a) === visitorKey(b) || (!!a.fromCity && a.fromCity === b.fromCity);

/**
 * Another leader from the trip's city, somewhere the trip is not: another delegation. (At module level:
 * tsx's keepNames makes a named closure cost a defineProperty on each call of the function holding it.)
 */
function elsewhere(t: Trip, e: TripEvent, placeOf: Map<number, string | null>, apart: Set<number>, through: Set<number>): boolean {
	const a = t.visitor.leader, b = e.visitor!.leader;
	if (a === b || !e.place || e.place === e.visitor!.fromCity) return false;
	// (A delegation told as another, with no leader named, from the trip's city, somewhere the trip is not: "một đoàn đại
	// biểu khác của tỉnh Hủa Phăn … đã sang thăm … tỉnh Thanh Hóa" beside a trip to Sơn La — whichever is told first.)
	if (!a ? !t.members.every((k) => apart.has(k)) : !b && !e.apart) return false;
	// (Not the gate it goes home through: "Đoàn thăm Khu du lịch Sìn Hồ, sau đó về nước qua cửa khẩu quốc tế Tây Trang" is no stop in
	// Điện Biên, where another delegation of the same province may be.)
	const places = t.members.filter((k) => !through.has(k)).map((k) => placeOf.get(k)).filter((p) => p && p !== t.visitor.fromCity);
	return places.length > 0 && !places.includes(e.place);
}

/**
 * Another leader named in another item of the same round-up or digest ("3. … Đoàn y, bác sĩ Bệnh viện tỉnh do bác sĩ X làm trưởng
 * đoàn đã lên đường sang …" / "4. … Tuần tới, Đoàn công tác Hội Liên hiệp Phụ nữ tỉnh do bà Y làm trưởng đoàn sẽ sang …"): a digest
 * gives each story an item, and one page spells one leader one way, so it is another delegation from the same home, however close
 * in time. (Two outlets may spell one leader two ways: that is why a trip otherwise goes by its home city too.)
 */
function otherItemLeader(t: Trip, e: TripEvent, itemOf: Map<number, number | undefined>, articleOf: Map<number, string | undefined>): boolean {
	const a = t.visitor.leader, b = e.visitor!.leader;
	if (!a || !b || a === b || e.item === undefined) return false;
	let otherItem = false;
	for (const k of t.members) {
		if (articleOf.get(k) !== e.article) continue;
		if (itemOf.get(k) === e.item) return false;
		otherItem = true;
	}
	return otherItem;
}

/**
 * Whether two leaders' ids (a name folded, its syllables joined by hyphens) may spell one name: half the syllables of one or
 * more are in the other, hyphens left out ("phonxay-khammany" holds "phon", "xay", "kham" and "ma" of "phon-xay-kham-ma-ni").
 * Lao names share common syllables ("vông", "xay", "phon"): one alone does not make two names one.
 */
export function mayBeOneName(a: string, b: string): boolean {
	const sa = a.split('-'), sb = b.split('-');
	const half = (of: string[], joined: string) => of.filter((s) => s && joined.includes(s)).length * 2 >= of.length;
	return half(sa, sb.join('')) || half(sb, sa.join(''));
}

/**
 * Two trips from one home told with two named leaders, not one trip told twice:
 * - a trip only planned and a trip done, to the same place in the same weeks ("Thiếu tá X nhận lời mời dẫn đoàn … sang thăm …
 *   vào giữa tháng 4 tới" on one page, "Sáng Chủ nhật (14/4), Đoàn công tác xã Y do đồng chí Z …" on another): a trip done is
 *   told by the leader it went with;
 * - two plans whose leaders' names share few syllables ("Đầu năm nay, Đoàn Công an Thủ đô … do Thiếu tướng X dẫn đầu sẽ sang …"
 *   beside "đồng chí Y nhận lời dẫn Đoàn đại biểu cấp cao Thủ đô … sang thăm … trong năm nay"): a police force's and the city's.
 * (Two trips done go by their home city still, as outlets name one co-leader or the other; a trip of both plans and deeds is
 * left to the other checks.)
 */
/**
 * A trip known only as a plan for a period of months ("hẹn sẽ dẫn đoàn sang thăm … vào dịp cuối năm", October to December) is
 * no stay of days: what happened within those months, unplanned and not named with its leader, is another trip of the same side.
 */
function withinVaguePlan(t: Trip, e: TripEvent, planned: Set<number>): boolean {
	// (Unless its own leader is named at it: the plan put off and then made, "lùi thời gian chuyến thăm" then "Trong hai ngày …,
	// Đoàn … do đồng chí X dẫn đầu".)
	return !e.planned && e.visitor!.leader !== t.visitor.leader && dayNumber(t.end!) - dayNumber(t.start!) > TRIP_GAP_DAYS && t.members.every((k) => planned.has(k));
}

function apartByLeader(t: Trip, e: TripEvent, planned: Set<number>): boolean {
	const a = t.visitor.leader, b = e.visitor!.leader;
	if (!a || !b || a === b) return false;
	const plans = t.members.filter((k) => planned.has(k)).length;
	const allPlans = plans === t.members.length;
	return e.planned ? plans === 0 || (allPlans && !mayBeOneName(a, b)) : allPlans;
}


/**
 * Of several trips one undated event may belong to (a council's two visits to Vientiane a year apart), the one whose other
 * reports tell the happenings its article tells, kind and place ("đến thăm Đại sứ quán … và gặp gỡ đại diện cộng đồng" on a
 * page with no date, "Late on Wednesday, the delegation visited the Vietnamese Embassy … and met representatives of the
 * community" in one trip's English report): the trip that holds most of them, if one does; else all stay in doubt.
 */
function telling(fits: Trip[], e: TripEvent, events: TripEvent[], byKey: Map<number, TripEvent>): Trip[] {
	if (!e.article) return fits;
	// (A reception told as the lead's own, "Tiếp Đoàn, Đại sứ X …", is that happening again, not one more to find.)
	const told = events.filter((x) => x.article === e.article && !x.start && x.type && !x.withLead);
	const scores = fits.map((t) => {
		const held = new Set<string>();
		for (const k of t.members) {
			const m = byKey.get(k);
			if (m && m.article !== e.article && m.type) held.add(`${m.type}@${m.place}`);
		}
		return told.filter((x) => held.has(`${x.type}@${x.place}`)).length;
	});
	const best = Math.max(...scores);
	return best > 0 && scores.filter((n) => n === best).length === 1 ? [fits[scores.indexOf(best)]] : fits;
}

/** Adds `e` to the one trip its article tells (`told`: each article's event keys), when `e`'s days lie within that trip's. */
function joinPageTrip(trips: Trip[], told: Map<string, Set<number>>, e: TripEvent): void {
	const keys = told.get(e.article!);
	const tells = keys ? trips.filter((t) => t.members.some((k) => keys.has(k))) : [];
	const t = tells.length === 1 ? tells[0] : null;
	if (t && t.start! <= e.start! && e.end! <= t.end! && !t.members.includes(e.key)) t.members.push(e.key);
}

/** The keys of the events each article tells (every article of a merged report). */
function keysByArticle(events: TripEvent[]): Map<string, Set<number>> {
	const out = new Map<string, Set<number>>();
	const add = (a: string, k: number) => {
		const keys = out.get(a);
		if (keys) keys.add(k);
		else out.set(a, new Set([k]));
	};
	for (const e of events) {
		if (e.article) add(e.article, e.key);
		for (const a of e.articles ?? []) add(a, e.key);
	}
	return out;
}

/** Every event of the trip in a city of its visitor's own country, other than its home, none on the way out (groupTrips). */
function domestic(t: Trip, byKey: Map<number, TripEvent>, through: Set<number>): boolean {
	const country = t.visitor.country;
	if (!country || t.country || !t.visitor.fromCity) return false;
	return t.members.every((k) => {
		const e = byKey.get(k)!;
		return e.placeCountry === country && !!e.place && e.place !== t.visitor.fromCity && !through.has(k);
	});
}
/** Groups the main events with a visitor into trips; undated events join the one trip they can belong to. */
export function groupTrips(events: TripEvent[]): { trips: Trip[]; undatedLeft: number[] } {
	const dated = events.filter((e) => (e.role === 'main' || e.pastTrip) && e.visitor && visitorKey(e.visitor) && e.start).sort((a, b) => a.start!.localeCompare(b.start!) || a.key - b.key);
	const trips: Trip[] = [];
	// Two leaders from one city in two other cities at once are two delegations (a youth union in one, a friendship association in another).
	const placeOf = new Map(events.map((e) => [e.key, e.place]));
	const apart = new Set(events.filter((e) => e.apart).map((e) => e.key));
	const through = new Set(events.filter((e) => e.via).map((e) => e.key));
	const itemOf = new Map(events.map((e) => [e.key, e.item]));
	const articleOf = new Map(events.map((e) => [e.key, e.article]));
	const planned = new Set(events.filter((e) => e.planned).map((e) => e.key));
	for (const e of dated) {
		// Back home ("Đêm 2/12, Đoàn đã về đến Tây Ninh an toàn"): the end of the trip abroad, in whatever country it went to.
		const home = !!e.visitor!.country && e.placeCountry === e.visitor!.country;
		const trip = trips.find(
			(t) => sameVisitor(t.visitor, e.visitor!) && (!t.country || !e.placeCountry || t.country === e.placeCountry || home) && dayNumber(e.start!) - dayNumber(t.end!) <= TRIP_GAP_DAYS && !elsewhere(t, e, placeOf, apart, through) && !otherItemLeader(t, e, itemOf, articleOf) && !apartByLeader(t, e, planned) && !withinVaguePlan(t, e, planned)
		);
		if (trip) {
			trip.members.push(e.key);
			if (e.end! > trip.end!) trip.end = e.end;
			if (!home) trip.country ??= e.placeCountry;
			// A leader found in a later report completes a trip first seen without one.
			trip.visitor = { ...trip.visitor, leader: trip.visitor.leader ?? e.visitor!.leader, fromCity: trip.visitor.fromCity ?? e.visitor!.fromCity, fromBody: trip.visitor.fromBody ?? e.visitor!.fromBody, country: trip.visitor.country ?? e.visitor!.country };
		// (A trip first told leaving home, "Sáng 22/11, Đoàn xuất cảnh qua cửa khẩu quốc tế Nam Giang …": its country is the next
		// report's, abroad.)
		} else trips.push({ visitor: e.visitor!, country: home ? null : e.placeCountry, members: [e.key], start: e.start, end: e.end, to: null });
	}
	// A trip only announced, by no one named to lead it ("Tuần sau, một đoàn doanh nghiệp du lịch của thành phố Huế sẽ sang
	// …"): a plan told, not yet a delegation to follow (its events stay on the timeline).
	for (let i = trips.length - 1; i >= 0; i--) if (!trips[i].visitor.leader && trips[i].members.every((k) => planned.has(k))) trips.splice(i, 1);
	// The hosts' evening for the guests, naming no one of the trip ("Tối 25/5, … huyện X tổ chức đêm giao lưu văn nghệ chào mừng
	// đoàn"), on a page whose happenings of a trip are all one trip's, within that trip's days: that trip's evening. (A page with
	// no place the gazetteer knows frames no delegation: its other happenings join the trip only through another outlet's reports
	// of them, and one told by this page alone would be left out.)
	const evenings = events.filter((e) => e.forGuests && !e.visitor && e.role === 'main' && !e.planned && e.start && e.end && e.article);
	if (evenings.length) {
		const told = keysByArticle(events);
		for (const e of evenings) joinPageTrip(trips, told, e);
	}
	// Each event by its key, looked up in a map: a search of the events per member made a corpus's many-member trips quadratic.
	const byKey = new Map<number, TripEvent>();
	for (const e of events) if (!byKey.has(e.key)) byKey.set(e.key, e);
	// A trip that never leaves its own country ("Đoàn đại biểu tỉnh Thừa Thiên Huế … tại Quảng Trị", a Lao province's team in
	// Vientiane) is a domestic journey, not a delegation between the two countries: its events stay, its trip is none. (Not one
	// told at a border gate or an airport on its way out, "Đoàn xuất cảnh qua cửa khẩu …": it is going abroad.)
	for (let i = trips.length - 1; i >= 0; i--) if (domestic(trips[i], byKey, through)) trips.splice(i, 1);
	const undatedLeft: number[] = [];
	for (const e of events.filter((x) => x.role === 'main' && x.visitor && !x.start)) {
		let fits = trips.filter((t) => sameVisitor(t.visitor, e.visitor!) && (!t.country || !e.placeCountry || t.country === e.placeCountry));
		// The one led by its own leader, among trips from the same city (a youth union's visit planned for later besides).
		const led = e.visitor!.leader && fits.length > 1 ? fits.filter((t) => t.visitor.leader === e.visitor!.leader) : [];
		if (led.length) fits = led;
		// (With its leader named, never a trip another leader led: a women's union's undated visit is no part of the chairman's trip
		// from the same province, whatever else fits; outlets spelling one name two ways still meet, mayBeOneName.)
		else if (e.visitor!.leader) fits = fits.filter((t) => !t.visitor.leader || mayBeOneName(t.visitor.leader, e.visitor!.leader!));
		if (fits.length > 1) fits = telling(fits, e, events, byKey);
		if (fits.length === 1) fits[0].members.push(e.key);
		else undatedLeft.push(e.key);
	}
	for (const t of trips) {
		const counts = new Map<string, number>();
		for (const i of t.members) {
			const p = byKey.get(i)?.place;
			if (p && p !== t.visitor.fromCity && !through.has(i)) counts.set(p, (counts.get(p) ?? 0) + 1);
		}
		// (A way through counts only where the trip names no other place.)
		if (!counts.size)
			for (const i of t.members) {
				const p = byKey.get(i)?.place;
				if (p && p !== t.visitor.fromCity) counts.set(p, (counts.get(p) ?? 0) + 1);
			}
		t.to = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
	}
	return { trips, undatedLeft };
}
