/**
 * English names for the bodies delegations come from, for the English side of a delegation's title:
 * "Ban Tuyên giáo Tỉnh ủy Nghệ An" → "Commission for Information and Education of the Nghe An Provincial Party Committee".
 *
 * Written by hand because no library translates Vietnamese institution names, and a general translator would need a
 * model the browser cannot fetch. The table holds the standard English names the two states' own English pages use
 * for their kinds of body (ministries, departments, Party commissions, mass organisations, commands); never a name of
 * one body. A name with a word outside the table (a company's, a school's) is not guessed at: the caller keeps it as
 * written.
 */
import { wordKey, type Gazetteer } from './gazetteer';

interface Head {
	en: string;
	/** A body whose English name reads without "the" after "of": "Command of Military Region 4". */
	bare?: boolean;
	/** Named after the body it belongs to, in English: "Bộ Tư lệnh Quân khu 4" → "Military Region 4 Command". */
	suffix?: boolean;
	/** Takes the number that follows: "Quân khu 4" → "Military Region 4". */
	numbered?: boolean;
}

// What a ministry or a department is for: "Bộ Tư pháp" is the Ministry of Justice, "Sở Tư pháp" a province's Department.
const PORTFOLIOS: [string, string][] = [
	['Ngoại giao', 'Foreign Affairs'],
	['Ngoại vụ', 'Foreign Affairs'],
	['Quốc phòng', 'National Defence'],
	['Công an', 'Public Security'],
	['An ninh', 'Security'],
	['Tư pháp', 'Justice'],
	['Nội vụ', 'Home Affairs'],
	['Tài chính', 'Finance'],
	['Y tế', 'Health'],
	['Xây dựng', 'Construction'],
	['Công Thương', 'Industry and Trade'],
	['Kế hoạch và Đầu tư', 'Planning and Investment'],
	['Giáo dục và Đào tạo', 'Education and Training'],
	['Giáo dục và Thể thao', 'Education and Sports'],
	['Văn hóa, Thể thao và Du lịch', 'Culture, Sports and Tourism'],
	['Thông tin, Văn hóa và Du lịch', 'Information, Culture and Tourism'],
	['Thông tin và Truyền thông', 'Information and Communications'],
	['Nông nghiệp và Phát triển nông thôn', 'Agriculture and Rural Development'],
	['Nông nghiệp và Môi trường', 'Agriculture and Environment'],
	['Nông nghiệp và Lâm nghiệp', 'Agriculture and Forestry'],
	['Tài nguyên và Môi trường', 'Natural Resources and Environment'],
	['Giao thông vận tải', 'Transport'],
	['Công chính và Vận tải', 'Public Works and Transport'],
	['Lao động - Thương binh và Xã hội', 'Labour, Invalids and Social Affairs'],
	['Lao động và Phúc lợi xã hội', 'Labour and Social Welfare'],
	['Khoa học và Công nghệ', 'Science and Technology'],
	['Năng lượng và Mỏ', 'Energy and Mines']
];

const HEADS: [string, Head][] = [
	...PORTFOLIOS.flatMap(([vi, en]): [string, Head][] => [
		[`Bộ ${vi}`, { en: `Ministry of ${en}` }],
		[`Sở ${vi}`, { en: `Department of ${en}` }]
	]),
	// The Party and its commissions.
	['Đảng Cộng sản Việt Nam', { en: 'Communist Party of Vietnam' }],
	['Đảng Nhân dân Cách mạng Lào', { en: "Lao People's Revolutionary Party" }],
	['Đảng', { en: 'Party' }],
	['Trung ương', { en: 'Central Committee' }],
	['Văn phòng Trung ương Đảng', { en: 'Party Central Office' }],
	['Văn phòng Trung ương', { en: 'Central Office' }],
	['Văn phòng', { en: 'Office' }],
	['Ban Đối ngoại Trung ương', { en: 'Central External Relations Commission' }],
	['Ban Đối ngoại', { en: 'External Relations Commission' }],
	['Ban Tuyên giáo Trung ương', { en: 'Central Commission for Information and Education' }],
	['Ban Tuyên giáo', { en: 'Commission for Information and Education' }],
	['Ban Tuyên giáo và Dân vận', { en: 'Commission for Information, Education and Mass Mobilisation' }],
	['Ban Tổ chức Trung ương', { en: 'Central Organisation Commission' }],
	['Ban Tổ chức', { en: 'Organisation Commission' }],
	['Ban Dân vận', { en: 'Mass Mobilisation Commission' }],
	['Ban Nội chính', { en: 'Internal Affairs Commission' }],
	['Ban Kinh tế', { en: 'Economic Commission' }],
	['Ủy ban Kiểm tra', { en: 'Inspection Commission' }],
	['Tỉnh ủy', { en: 'Provincial Party Committee' }],
	['Thành ủy', { en: 'Party Committee' }],
	['Huyện ủy', { en: 'District Party Committee' }],
	['Quận ủy', { en: 'District Party Committee' }],
	['Thị ủy', { en: 'Town Party Committee' }],
	['Đảng ủy', { en: 'Party Committee', suffix: true }],
	// The state.
	['Hội đồng nhân dân', { en: "People's Council" }],
	['HĐND', { en: "People's Council" }],
	['Ủy ban nhân dân', { en: "People's Committee" }],
	['UBND', { en: "People's Committee" }],
	['Quốc hội', { en: 'National Assembly' }],
	['Tòa án nhân dân', { en: "People's Court" }],
	['Viện Kiểm sát nhân dân', { en: "People's Procuracy" }],
	['Hải quan', { en: 'Customs' }],
	['Cục Hải quan', { en: 'Customs Department' }],
	['Chi cục Hải quan', { en: 'Customs Sub-department' }],
	['Thông tấn xã Việt Nam', { en: 'Vietnam News Agency' }],
	// Forces.
	['Bộ Tư lệnh', { en: 'Command', suffix: true }],
	['Bộ Chỉ huy Quân sự', { en: 'Military Command' }],
	['Bộ Chỉ huy Bộ đội Biên phòng', { en: 'Border Guard Command' }],
	['Bộ đội Biên phòng', { en: 'Border Guard' }],
	['Công an', { en: 'Police' }],
	['Quân khu', { en: 'Military Region', bare: true, numbered: true }],
	['Quân đoàn', { en: 'Army Corps', bare: true, numbered: true }],
	['Sư đoàn', { en: 'Division', bare: true, numbered: true }],
	// Mass organisations.
	['Ủy ban Mặt trận Tổ quốc Việt Nam', { en: 'Vietnam Fatherland Front Committee' }],
	['Ủy ban Mặt trận Tổ quốc', { en: 'Fatherland Front Committee' }],
	['Mặt trận Tổ quốc Việt Nam', { en: 'Vietnam Fatherland Front' }],
	['Mặt trận Tổ quốc', { en: 'Fatherland Front' }],
	['Mặt trận Lào xây dựng đất nước', { en: 'Lao Front for National Development' }],
	['Hội Liên hiệp Phụ nữ', { en: "Women's Union" }],
	['Hội Phụ nữ', { en: "Women's Union" }],
	['Hội Liên hiệp Phụ nữ Lào', { en: "Lao Women's Union" }],
	['Liên hiệp Phụ nữ Lào', { en: "Lao Women's Union" }],
	['Đoàn Thanh niên Cộng sản Hồ Chí Minh', { en: 'Ho Chi Minh Communist Youth Union' }],
	['Đoàn Thanh niên Nhân dân Cách mạng Lào', { en: "Lao People's Revolutionary Youth Union" }],
	['Đoàn Thanh niên', { en: 'Youth Union' }],
	['Tỉnh đoàn', { en: 'Provincial Youth Union' }],
	['Thành đoàn', { en: 'City Youth Union' }],
	['Hội Cựu chiến binh', { en: "Veterans' Association" }],
	['Hội Nông dân', { en: "Farmers' Union" }],
	['Liên đoàn Lao động', { en: 'Federation of Labour' }],
	['Liên hiệp Công đoàn', { en: 'Federation of Trade Unions' }],
	['Công đoàn', { en: 'Trade Union' }],
	['Hội Hữu nghị Việt Nam - Lào', { en: 'Vietnam–Laos Friendship Association' }],
	['Hội Hữu nghị Lào - Việt Nam', { en: 'Laos–Vietnam Friendship Association' }],
	['Hội Hữu nghị Việt - Lào', { en: 'Vietnam–Laos Friendship Association' }],
	['Hội Hữu nghị Lào - Việt', { en: 'Laos–Vietnam Friendship Association' }],
	['Liên hiệp các tổ chức hữu nghị', { en: 'Union of Friendship Organisations' }]
];

// A place's kind before its name: "tỉnh Sơn La" is Son La, "huyện Mường Xén" the Muong Xen District.
const DESIGNATORS: [string, string][] = [
	['tỉnh', ''],
	['thành phố', ''],
	['TP', ''],
	['TP.', ''],
	['thủ đô', ''],
	['Thủ đô', ''],
	['huyện', 'District'],
	['quận', 'District'],
	['thị xã', 'Town'],
	['xã', 'Commune'],
	['phường', 'Ward'],
	['bản', 'Village'],
	['khu vực', 'Region']
];

const COUNTRIES: [string, string][] = [
	['Việt Nam', 'Vietnam'],
	['Lào', 'Lao'],
	['nước Cộng hòa Dân chủ Nhân dân Lào', 'Lao'],
	['nước CHDCND Lào', 'Lao'],
	['Cộng hòa Dân chủ Nhân dân Lào', 'Lao'],
	['CHDCND Lào', 'Lao']
];

// Words that only say what kind of delegation it is ("Đoàn công tác …", "đoàn cán bộ …"): no part of the body's name.
const KIND_WORDS = /^(?:(?:công\s+tác|cán\s+bộ|đại\s+biểu|cấp\s+cao|liên\s+ngành)\s+)+/iu;

type Piece = { kind: 'head'; head: Head } | { kind: 'designator'; en: string } | { kind: 'country'; en: string };

const keyOf = (phrase: string) =>
	phrase
		.normalize('NFC')
		.split(/\s+/u)
		.map((w) => wordKey(w.replace(/,$/u, '')))
		.filter(Boolean)
		.join(' ');

const TABLE = new Map<string, Piece>();
for (const [vi, head] of HEADS) TABLE.set(keyOf(vi), { kind: 'head', head });
for (const [vi, en] of DESIGNATORS) TABLE.set(keyOf(vi), { kind: 'designator', en });
for (const [vi, en] of COUNTRIES) TABLE.set(keyOf(vi), { kind: 'country', en });
const MAX_WORDS = Math.max(...[...TABLE.keys()].map((k) => k.split(' ').length));

/** Places of the gazetteer by their key, with their English names; built once per gazetteer. */
const placeTables = new WeakMap<Gazetteer, { names: Map<string, string>; maxWords: number }>();
function placesOf(gaz: Gazetteer) {
	let t = placeTables.get(gaz);
	if (!t) {
		const names = new Map<string, string>();
		for (const c of gaz.cities) for (const n of [c.name.vi, c.name.en, ...c.aliases, ...(c.afterDesignator ?? [])]) names.set(keyOf(n), c.name.en);
		t = { names, maxWords: Math.max(1, ...[...names.keys()].map((k) => k.split(' ').length)) };
		placeTables.set(gaz, t);
	}
	return t;
}

/** Vietnamese letters without their marks, as English writes Vietnamese places: "Mường Xén" → "Muong Xen". */
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');

const isName = (w: string) => /^[\p{Lu}\d]/u.test(w);

interface Unit {
	head: Head;
	number?: string;
	before: string[];
}

/**
 * The English name of a body named in Vietnamese, or null when a word of it is not one the table knows (a company's
 * or a school's own name). "Bộ Giáo dục và Thể thao Lào" → "Lao Ministry of Education and Sports".
 */
export function bodyInEnglish(body: string, gaz: Gazetteer): string | null {
	return readBody(body, gaz)?.name ?? null;
}

/** The English name, and whether it goes without "the" (initials, "Military Region 4"). */
function readBody(body: string, gaz: Gazetteer): { name: string; bare: boolean } | null {
	const words = body.normalize('NFC').replace(KIND_WORDS, '').trim().split(/\s+/u).filter(Boolean);
	if (!words.length) return null;
	const keys = words.map((w) => wordKey(w.replace(/,$/u, '')));
	const places = placesOf(gaz);
	// Longest reading first, with a step back when the rest cannot be read ("Văn phòng Trung ương Đảng Nhân dân Cách mạng
	// Lào" is the Central Office of the Lao People's Revolutionary Party, not the Party Central Office and unread words).
	const read = (i: number, units: Unit[]): Unit[] | null => {
		if (i === words.length) return units.length ? units : null;
		const last = units[units.length - 1];
		for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
			const piece = TABLE.get(keys.slice(i, i + n).join(' '));
			if (!piece) continue;
			if (piece.kind === 'head') {
				const number = piece.head.numbered && /^\d+$/u.test(words[i + n] ?? '') ? words[i + n] : undefined;
				if (piece.head.numbered && !number) continue;
				const got = read(i + n + (number ? 1 : 0), [...units, { head: piece.head, number, before: [] }]);
				if (got) return got;
			} else if (last) {
				if (piece.kind === 'country') {
					const got = read(i + n, [...units.slice(0, -1), { ...last, before: [...last.before, piece.en] }]);
					if (got) return got;
					continue;
				}
				// A designator's place: the gazetteer's English name, else the capitalised words that follow, unmarked
				// ("huyện Pha-u-đôm" → "Pha-u-dom District"); a number is a district's own ("Quận 1" → "District 1").
				for (let m = Math.min(places.maxWords, words.length - i - n); m >= 1; m--) {
					const en = places.names.get(keys.slice(i + n, i + n + m).join(' '));
					if (!en) continue;
					const got = read(i + n + m, [...units.slice(0, -1), { ...last, before: [...last.before, piece.en ? `${en} ${piece.en}` : en] }]);
					if (got) return got;
				}
				let m = 0;
				while (i + n + m < words.length && isName(words[i + n + m]) && !TABLE.has(keys[i + n + m])) m++;
				if (m) {
					const name = ascii(words.slice(i + n, i + n + m).join(' '));
					const place = /^\d+$/u.test(name) ? `${piece.en || 'Area'} ${name}` : piece.en ? `${name} ${piece.en}` : name;
					const got = read(i + n + m, [...units.slice(0, -1), { ...last, before: [...last.before, place] }]);
					if (got) return got;
				}
			}
		}
		// A place named with no designator ("Hội Nông dân Sơn La").
		if (last) {
			for (let m = Math.min(places.maxWords, words.length - i); m >= 1; m--) {
				const en = places.names.get(keys.slice(i, i + m).join(' '));
				if (!en) continue;
				const got = read(i + m, [...units.slice(0, -1), { ...last, before: [...last.before, en] }]);
				if (got) return got;
			}
		}
		// Initials in brackets after a name keep their place: "(VRG)".
		if (last && /^\([\p{Lu}\d]{2,}\)$/u.test(words[i])) {
			const got = read(i + 1, [...units.slice(0, -1), { ...last, head: { ...last.head, en: `${last.head.en} ${words[i]}` } }]);
			if (got) return got;
		}
		return null;
	};
	// A body known by its initials alone is its name in both languages ("CTUMP").
	if (words.length === 1 && /^[\p{Lu}\d&-]{2,}$/u.test(words[0]) && !TABLE.has(keys[0])) return { name: words[0], bare: true };
	const units = read(0, []);
	if (!units) return null;
	const name = (u: Unit) => [...u.before.filter((b, k, all) => all.indexOf(b) === k), u.number ? `${u.head.en} ${u.number}` : u.head.en].join(' ');
	// English names a body before the one it belongs to: "Ban Tuyên giáo Tỉnh ủy X" → "Commission … of the X Provincial
	// Party Committee"; a command or a Party committee is named after its unit ("Military Region 4 Command").
	let out = '';
	for (let k = units.length - 1; k >= 0; k--) {
		const u = units[k];
		if (!out) out = name(u);
		else if (u.head.suffix && !u.before.length) out = `${out} ${u.head.en}`;
		else out = `${name(u)} of ${units[k + 1].head.bare && !units[k + 1].before.length ? '' : 'the '}${out}`;
	}
	return { name: out, bare: units.length === 1 && !!units[0].head.bare && !units[0].before.length };
}

/**
 * The body's name for an English title, with its article: "the Lao Ministry of Education and Sports", "CTUMP", "Pha-u-dom
 * District"; else the name as written when it is one; null when its words only describe the delegation.
 */
export function bodyTitleEnglish(body: string, gaz: Gazetteer): string | null {
	const en = readBody(body, gaz);
	if (en) return en.bare ? en.name : `the ${en.name}`;
	const rest = body.normalize('NFC').replace(KIND_WORDS, '').trim();
	// A place's own delegation, by its kind and name ("huyện Pha-u-đôm" → "Pha-u-dom District", "Quận 1" → "District 1").
	const place = /^(\S+(?:\s+xã)?)\s+([\p{Lu}\d][^]*)$/u.exec(rest);
	const kind = place && TABLE.get(keyOf(place[1]));
	if (place && kind?.kind === 'designator' && place[2].split(/\s+/u).every(isName)) {
		const name = placesOf(gaz).names.get(keyOf(place[2])) ?? ascii(place[2]);
		return /^\d+$/u.test(name) ? `${kind.en || 'Area'} ${name}` : kind.en ? `${name} ${kind.en}` : name;
	}
	// A name the table cannot read stays as written ("Tập đoàn Công nghiệp Cao su Việt Nam (VRG)"); words that only
	// describe the delegation ("nông dân tiêu biểu của tỉnh") are no name and the English title goes without them.
	return rest && isName(rest) ? rest : null;
}

/**
 * The body's English name on its own, for a route line ("Central Office of the Lao People's Revolutionary Party →
 * Hanoi"): as in a title but without the article; null when its words only describe the delegation.
 */
export function bodyNameEnglish(body: string, gaz: Gazetteer): string | null {
	return readBody(body, gaz)?.name ?? bodyTitleEnglish(body, gaz);
}
