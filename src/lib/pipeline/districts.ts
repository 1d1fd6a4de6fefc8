/**
 * The districts (huyện) and district towns (thị xã) of the ten Vietnamese provinces that border Laos, as places of their
 * province: "tại trụ sở UBND huyện Nam Giang" is in Quảng Nam, "Huong Hoa district" in Quảng Trị. News of Vietnam–Laos
 * local cooperation names these districts (twinned border districts, gates, markets) without their province far more
 * often than any other; the gazetteer lists provinces, and a page pairing a district with its province is read by
 * places.ts (pageDistricts) first.
 *
 * Source: the administrative units of Vietnam as listed by the General Statistics Office (Danh mục đơn vị hành chính Việt
 * Nam, 2024), before the 2025 reform that ended the district level. Left out: names that are also a province ("Quảng Ninh"
 * of Quảng Bình, "Điện Biên", "Quảng Trị": the province is found already) or a district elsewhere ("Phong Điền" of Huế is
 * also Cần Thơ's; "Hoàng Mai" is a district of Hanoi too), and provincial cities, which the gazetteer keeps as aliases when they count as the province.
 */
import type { Gazetteer } from './gazetteer';
import { canonicalTones, foldKey } from './normalize';
import type { PlaceMention } from './places';

const TABLE: Record<string, string[]> = {
	'dien-bien': ['Mường Lay', 'Điện Biên Đông', 'Mường Ảng', 'Mường Chà', 'Mường Nhé', 'Nậm Pồ', 'Tủa Chùa', 'Tuần Giáo'],
	'son-la': ['Bắc Yên', 'Mai Sơn', 'Mộc Châu', 'Mường La', 'Phù Yên', 'Quỳnh Nhai', 'Sông Mã', 'Sốp Cộp', 'Thuận Châu', 'Vân Hồ', 'Yên Châu'],
	'thanh-hoa': ['Bỉm Sơn', 'Nghi Sơn', 'Tĩnh Gia', 'Bá Thước', 'Cẩm Thủy', 'Đông Sơn', 'Hà Trung', 'Hậu Lộc', 'Hoằng Hóa', 'Lang Chánh', 'Mường Lát', 'Nga Sơn', 'Ngọc Lặc', 'Như Thanh', 'Như Xuân', 'Nông Cống', 'Quan Hóa', 'Quan Sơn', 'Quảng Xương', 'Thạch Thành', 'Thiệu Hóa', 'Thọ Xuân', 'Thường Xuân', 'Triệu Sơn', 'Vĩnh Lộc', 'Yên Định'],
	'nghe-an': ['Cửa Lò', 'Thái Hòa', 'Anh Sơn', 'Con Cuông', 'Diễn Châu', 'Đô Lương', 'Hưng Nguyên', 'Kỳ Sơn', 'Nam Đàn', 'Nghi Lộc', 'Nghĩa Đàn', 'Quế Phong', 'Quỳ Châu', 'Quỳ Hợp', 'Quỳnh Lưu', 'Tân Kỳ', 'Thanh Chương', 'Tương Dương', 'Yên Thành'],
	'ha-tinh': ['Hồng Lĩnh', 'Kỳ Anh', 'Cẩm Xuyên', 'Can Lộc', 'Đức Thọ', 'Hương Khê', 'Hương Sơn', 'Lộc Hà', 'Nghi Xuân', 'Thạch Hà', 'Vũ Quang'],
	'quang-binh': ['Ba Đồn', 'Bố Trạch', 'Lệ Thủy', 'Minh Hóa', 'Quảng Trạch', 'Tuyên Hóa'],
	'quang-tri': ['Cam Lộ', 'Cồn Cỏ', 'Đakrông', 'Đa Krông', 'Gio Linh', 'Hải Lăng', 'Hướng Hóa', 'Triệu Phong', 'Vĩnh Linh'],
	hue: ['Hương Thủy', 'Hương Trà', 'A Lưới', 'Phú Lộc', 'Phú Vang', 'Quảng Điền', 'Nam Đông'],
	'quang-nam': ['Điện Bàn', 'Bắc Trà My', 'Đại Lộc', 'Đông Giang', 'Duy Xuyên', 'Hiệp Đức', 'Nam Giang', 'Nam Trà My', 'Nông Sơn', 'Núi Thành', 'Phú Ninh', 'Phước Sơn', 'Quế Sơn', 'Tây Giang', 'Thăng Bình', 'Tiên Phước'],
	'kon-tum': ['Đắk Glei', 'Đăk Glei', 'Đắk Hà', 'Đăk Hà', 'Đắk Tô', 'Đăk Tô', "Ia H'Drai", 'Kon Plông', 'Kon Rẫy', 'Ngọc Hồi', 'Sa Thầy', 'Tu Mơ Rông']
};

// Written with its tones, a name must have the right ones ("huyện Mường La" is Sơn La's; a Lao "Mương …" is not); written
// without any, only its letters can be compared ("huyen Nam Giang", "Nam Giang district").
const tonedKey = (s: string) => canonicalTones(s.normalize('NFC')).toLowerCase().replace(/[\s'’-]+/g, ' ').trim();
// (Without tones "Phu Yen" is also the province Phú Yên, "Phu Ninh" also Phù Ninh of Phú Thọ: those only with their tones.)
const TONELESS_ELSEWHERE = new Set(['phu yen', 'phu ninh']);
const TONED = new Map<string, string>();
const FOLDED = new Map<string, string>();
for (const [city, names] of Object.entries(TABLE))
	for (const name of names) {
		TONED.set(tonedKey(name), city);
		if (!TONELESS_ELSEWHERE.has(foldKey(name))) FOLDED.set(foldKey(name), city);
	}
const isAscii = (s: string) => !/[^\x00-\x7f’]/.test(s);
const provinceOf = (words: string[]) => {
	const name = words.join(' ');
	return isAscii(name) ? FOLDED.get(foldKey(name)) : TONED.get(tonedKey(name));
};

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
// "huyện Nam Giang", "thị xã Kỳ Anh", "huyen Nam Giang": the name after its designator; so is the district's Party committee,
// "Bí thư Huyện ủy Hương Sơn", as "Tỉnh ủy Hà Tĩnh" is the province's.
// (Run without its opening "no letter before", checked at each match found: a pattern opening on a look-behind is tried at
// every position of the page, one opening on its words only where they are; the first match with no letter before it is
// the one the whole pattern finds.)
const AFTER = new RegExp(String.raw`(?:[Hh]uyện(?:\s+(?:ủy|uỷ))?|[Tt]hị\s+xã|[Tt]hị\s+(?:ủy|uỷ)|[Hh]uyen|[Tt]hi\s+xa)\s+(${WORD}(?:\s+${WORD}){0,3})`, 'gu');
const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
/**
 * The matches in `text` of a global pattern that opened on look-behinds, run without them (`rest`) and each match found
 * checked with them (`before`, sticky; NO_LETTER_BEFORE for "(?<![\p{L}])" alone): as `text.matchAll` of the whole pattern.
 * A pattern opening on a look-behind is tried at every position of the page, one opening on its words only where they
 * are; the first match whose look-behinds hold is the one the whole pattern finds. (`rest` is shared: one loop at a time.)
 */
export function* matchesAfter(text: string, rest: RegExp, before: RegExp = NO_LETTER_BEFORE): Generator<RegExpExecArray> {
	rest.lastIndex = 0;
	for (let m = rest.exec(text); m; m = rest.exec(text)) {
		const c = m.index > 0 ? text.charCodeAt(m.index - 1) : 0x20;
		// (An ASCII character is a letter only if it is one of A–Z, a–z.)
		const free = before === NO_LETTER_BEFORE && c < 0x80 ? (c | 0x20) < 0x61 || (c | 0x20) > 0x7a : ((before.lastIndex = m.index), before.test(text));
		if (!free) {
			rest.lastIndex = m.index + 1;
			continue;
		}
		const end = m.index + m[0].length;
		yield m;
		rest.lastIndex = end;
	}
}
/** The matches of AFTER in `body` that have no letter before them, as `body.matchAll` of it with "(?<![\p{L}])" first. */
const afterMatches = (body: string) => matchesAfter(body, AFTER);
// "Nam Giang district", "the Huong Hoa border district": the name before it.
const BEFORE = new RegExp(String.raw`(${WORD}(?:\s+${WORD}){0,3})\s+(?:border\s+|mountainous\s+)?[Dd]istrict(?![\p{L}])`, 'gu');

/** The districts of the border provinces named in `body` (article offsets from `at`) that no place in `found` covers. */
export function borderDistricts(body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
	const out: PlaceMention[] = [];
	const add = (start: number, end: number, city: string, designator: string | null) => {
		const entry = gazetteer.cityById.get(city);
		if (!entry || found.some((f) => f.start < end && start < f.end)) return;
		out.push({ start, end, surface: body.slice(start - at, end - at), cityId: city, country: entry.country, designator, sense: 'place' });
	};
	if (body.includes('huy') || body.includes('Huy') || body.includes('thị xã') || body.includes('Thị xã') || body.includes('thi xa')) {
		for (const m of afterMatches(body)) {
			const words = m[1].split(/\s+/);
			// The longest run of the name's first words that is a district ("huyện Nam Giang vào …" is "Nam Giang").
			for (let n = words.length; n > 0; n--) {
				const city = provinceOf(words.slice(0, n));
				if (!city) continue;
				const start = at + m.index!;
				const nameAt = m[0].length - m[1].length;
				add(start, start + nameAt + words.slice(0, n).join(' ').length, city, m[0].slice(0, nameAt).trim());
				break;
			}
		}
	}
	if (body.includes('istrict')) {
		for (const m of body.matchAll(BEFORE)) {
			const words = m[1].split(/\s+/);
			// The longest run of the name's last words ("The Nam Giang district" is "Nam Giang").
			for (let n = words.length; n > 0; n--) {
				const name = words.slice(words.length - n);
				const city = provinceOf(name);
				if (!city) continue;
				const start = at + m.index! + m[1].length - name.join(' ').length;
				add(start, at + m.index! + m[0].length, city, 'district');
				break;
			}
		}
	}
	return out;
}

// A district named as a Vietnamese district is ("huyện Vân Hồ", "Huyện ủy Tây Giang", "Nam Giang district"), not a province.
const DISTRICT_DESIGNATOR = /^(?:[Hh]uyện|[Tt]hị\s+xã|[Hh]uyen|[Tt]hi\s+xa|district)/u;
// A district portal's masthead, its first line: "Cổng thông tin điện tử huyện Sốp Cộp", "HUYỆN VÂN HỒ - CỔNG THÔNG TIN ĐIỆN TỬ".
const MASTHEAD_DISTRICT = /(?<![\p{L}])(?:huyện|HUYỆN|Huyện)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;
// A commune as Vietnamese news names one: "xã Xuân Nha", "Xã Mường Lạn"; not "thị xã", a town. Its name unhyphenated, as
// Vietnamese names are (a Lao village's "bản Pạc-xẻng" is no commune, and Vietnamese news never calls one "xã").
// (Run by matchesAfter: its look-behinds checked at each match of the rest.)
const COMMUNE_NAMED = /[Xx]ã\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?![\p{L}-])/gu;
const COMMUNE_BEFORE = /(?<![\p{L}])(?<!(?:[Tt]hị|THỊ)\s+)/uy;
// A Vietnamese border post, named after the commune it stands in: "Đồn Biên phòng Mường Lạn", "đồn Biên phòng Ia Mơr"
// (Laos's border units are companies, "Đại đội bảo vệ biên giới", never "Đồn Biên phòng"). Its name unhyphenated, as a
// commune's; not a port's or a gate's post named after it, "Đồn Biên phòng Cửa khẩu …", which the gateways place.
const POST_NAMED = /(?<![\p{L}])[Đđ]ồn\s+[Bb]iên\s+phòng\s+(?!Cửa\s+khẩu|Cảng)(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?![\p{L}-])/gu;
// A masthead's capitals as a name is written ("VÂN HỒ" → "Vân Hồ").
const asWritten = (s: string) => (s !== s.toLocaleUpperCase('vi') ? s : s.toLocaleLowerCase('vi').replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toLocaleUpperCase('vi')));

/**
 * The page's own district, resolved once: the Vietnamese province of the districts its body names ("… một xã của huyện Vân
 * Hồ"), or else of the district its masthead names (a district portal, "Cổng thông tin điện tử huyện Sốp Cộp", names its
 * home only there); null when they lie in two provinces.
 */
function homeProvince(page: string, found: PlaceMention[]): string | null {
	const home = oneCity(found, (f) => f.country === 'VN' && f.sense === 'place' && !!f.designator && DISTRICT_DESIGNATOR.test(f.designator));
	if (home !== undefined) return home;
	const first = page.slice(0, 200).split('\n').find((l) => l.trim()) ?? '';
	const m = MASTHEAD_DISTRICT.exec(first);
	if (!m) return null;
	const words = asWritten(m[1]).split(/\s+/);
	// The longest run of the name's first words that is a district ("HUYỆN VÂN HỒ - CỔNG …" is "Vân Hồ").
	for (let n = words.length; n > 0; n--) {
		const city = provinceOf(words.slice(0, n));
		if (city) return city;
	}
	return null;
}

/**
 * The communes (xã) no gazetteer lists, in the body, as places of the page's own district's province ("Đoàn công tác xã
 * Xuân Nha …" on a page naming "huyện Vân Hồ", or on the Vân Hồ district portal): a commune is told of by the district
 * it lies in, seldom with its province, and the country's ten thousand communes are in no table. Only when the page's
 * districts lie in one province.
 */
export function pageCommunes(page: string, body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
	const communes = body.includes('xã') || body.includes('Xã');
	const posts = body.includes('Biên phòng') || body.includes('biên phòng');
	if (!communes && !posts) return [];
	let home: string | null | undefined;
	const out: PlaceMention[] = [];
	const read = (matches: Iterable<RegExpExecArray>, designator: (named: string) => string) => {
		for (const m of matches) {
			const start = at + m.index!;
			const end = start + m[0].length;
			if (found.some((f) => f.start < end && start < f.end)) continue;
			if (home === undefined) home = homeProvince(page, found);
			const entry = home ? gazetteer.cityById.get(home) : undefined;
			if (!entry) return;
			out.push({ start, end, surface: m[0], cityId: home!, country: entry.country, designator: designator(m[0]), sense: 'place' });
		}
	};
	if (communes) read(matchesAfter(body, COMMUNE_NAMED, COMMUNE_BEFORE), (named) => named.slice(0, 2));
	// (So is a border post named after its commune, told of by the district portal it serves: "Đồn Biên phòng Mường Lạn" on the
	// Sốp Cộp portal is in Sơn La.)
	if (posts && home !== null) read(body.matchAll(POST_NAMED), () => 'xã');
	return out.sort((a, b) => a.start - b.start);
}

// A Lao village or district as Vietnamese news spells a Lao name, its syllables hyphenated: "bản Huổi-hẹ", "mường Viêng-thoong",
// "Mường Xốp-bâu" (not "bản Pa Háng", a Vietnamese village of the Thái or the Mông, nor "Mường Lạn", a Vietnamese commune).
// (Run by matchesAfter, without its opening "no letter before", checked at each match.)
const LAO_LOCAL_NAMED = /(?:[Bb]ản|[Mm]ường)\s+(\p{Lu}\p{Ll}*(?:-\p{L}+)+)(?![\p{L}-])/gu;

/**
 * The Lao villages (bản) and districts (mường) no gazetteer lists, in the body, as places of the one Lao province the body
 * names ("… với Đại đội bảo vệ biên giới mường Xốp-bâu, tỉnh Hủa Phăn (Lào)", then "… nhân dân bản Huổi-hẹ"): news of local
 * twinning names the Lao province once, in the lead, and its villages and districts alone after; there are too many to
 * list. Not when the body names two Lao provinces (which of them is not said).
 */
export function pageLaoVillages(body: string, at: number, found: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
	if (!body.includes('-') || (!body.includes('ản ') && !body.includes('ường '))) return [];
	let province: string | null | undefined;
	const out: PlaceMention[] = [];
	for (const m of matchesAfter(body, LAO_LOCAL_NAMED)) {
		const start = at + m.index!;
		const end = start + m[0].length;
		if (found.some((f) => f.start < end && start < f.end)) continue;
		if (province === undefined) province = onlyLaoProvince(found);
		if (!province) return [];
		out.push({ start, end, surface: m[0], cityId: province, country: 'LA', designator: m[0].slice(0, m[0].length - m[1].length).trim(), sense: 'place' });
	}
	return out;
}

/**
 * The one city or province the places `keep` picks name: undefined when they name none, null when they name two or more.
 */
function oneCity(found: PlaceMention[], keep: (f: PlaceMention) => boolean): string | null | undefined {
	let one: string | undefined;
	for (const f of found) {
		if (!keep(f)) continue;
		if (one && one !== f.cityId) return null;
		one = f.cityId;
	}
	return one;
}

/** The one Lao province or city the places found name, if only one (as a place or a body's home: "lãnh đạo tỉnh X" names X). */
const onlyLaoProvince = (found: PlaceMention[]): string | null => oneCity(found, (f) => f.country === 'LA') ?? null;
