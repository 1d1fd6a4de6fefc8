/**
 * People named in a text, found from how the press introduces them rather than from a list:
 *  - an honorific right before the name ("đồng chí", "ông", "bà", "Ngài", "Mr");
 *  - a chain of roles, each with its body and place, before the name ("Ủy viên Bộ Chính trị,
 *    Bí thư Thành ủy Hà Nội Đinh Tiến Dũng", "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith");
 *  - roles after the name, set off by a comma ("Sisavath Phommachanh, Phó Chủ tịch thủ đô Viêng Chăn");
 *  - the shape of the name itself: a Vietnamese name is 2–4 syllables starting with a family name;
 *    a Lao name in Latin script is two or three words that are not Vietnamese syllables and read
 *    like Lao romanisation ("Anouphap Tounalom"); a Lao name transcribed into Vietnamese is
 *    hyphenated syllables ("Xổm-sạ-vạt Lềnh-xạ-vắt").
 * Places (places.ts), bodies, countries and role words are labelled first, so they are never
 * taken for names; photographers' credits ("Ảnh: Trịnh Dũng") are returned with `credit: true`.
 *
 * Then, across articles, `PeopleRegistry` gives one id per person, merging spelling variants, and
 * `isParticipant` tells a person who takes part from one only named (a greeting's sender, the leader
 * under whom something happened).
 */
import {
	defaultGazetteer,
	editDistance,
	isAllCaps,
	isAscii,
	isCapitalised,
	PhraseTable,
	tokCap,
	tokenize,
	tokenizeUnkept,
	tokFold,
	tokKey,
	VN_SURNAMES,
	VN_SURNAMES_FOLD,
	HIGHLAND_SURNAMES,
	wordFold,
	wordKey,
	type Country,
	type Gazetteer,
	type PhraseNode,
	type Token,
	WordTrie
} from './gazetteer';
import { placesInTokens, type PlaceMention } from './places';
import { slug } from './ids';
import { toneKey } from './normalize';
import type { Language } from './types';

export interface PersonMention {
	/** UTF-16 offsets of the name in the text given, end exclusive. */
	start: number;
	end: number;
	/** The name as written. */
	name: string;
	/** Titles written just before or after the name, as written, one per role ("Bí thư Thành ủy Hà Nội"). */
	titles: string[];
	/** Guessed from the titles' places and countries, else from the shape of the name. */
	country: Country | null;
	/** Id of the gazetteer entry whose name or alias this is. */
	knownId?: string;
	/** A photographer's or source's credit ("Ảnh: Trịnh Dũng"): not a participant. */
	credit?: boolean;
	/** The mention this one spells again, in brackets ("Khăm-phon Xay-nha-lạt (Khamphone Saynalath)"): one person. */
	sameAs?: PersonMention;
	/** One word only ("ông Dũng", "đồng chí Anouphap"): the registry links it to a full name of the same article. */
	partial?: boolean;
	/** How the name is written: Vietnamese, Latin script (Lao or other foreign), or Vietnamese transcription of Lao. */
	script: 'vn' | 'latin' | 'transcribed';
}


export interface FindPeopleOptions {
	/** Place mentions already found in the same text (findPlaces with includeMedia), to avoid finding them twice. */
	places?: PlaceMention[];
}

/* ------------------------------------------------------------------------------------------------
 * Vocabulary: how the press writes roles, honorifics, bodies and countries. Facts about Vietnamese
 * and English news style, not about any article. Case matters where a lexicon word is written in
 * lower case: there the text must be lower case too (unless it opens a sentence), so "Anh Hùng"
 * in a name is not the title "Anh hùng", nor "Anh" the honorific "anh".
 * ---------------------------------------------------------------------------------------------- */

/** Word lists are written naturally; keys use canonical tone placement ("ủy" and "uỷ" are one word). */
function keySet(words: string[]): Set<string> {
	return new Set(words.map((w) => w.split(' ').map(wordKey).join(' ')));
}

const ROLES_VI = [
	'Ủy viên Bộ Chính trị', 'Ủy viên Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng', 'Ủy viên dự khuyết Trung ương Đảng',
	'Ủy viên Ban Thường vụ', 'Ủy viên Thường vụ', 'Ủy viên Ban Bí thư', 'Ủy viên', 'Tổng Bí thư', 'Bí thư', 'Phó Bí thư',
	'Phó Bí thư Thường trực', 'Bí thư Thường trực', 'Thường trực Ban Bí thư', 'Bí thư Trung ương Đảng', 'Bí thư Thứ nhất',
	'Bí thư Thành ủy', 'Bí thư Tỉnh ủy', 'Bí thư Huyện ủy', 'Bí thư Đảng ủy', 'Bí thư Thành đoàn',
	'Chủ tịch', 'Chủ tịch nước', 'Phó Chủ tịch', 'Phó Chủ tịch nước', 'Phó Chủ tịch Thường trực', 'Chủ tịch Quốc hội',
	'Phó Chủ tịch Quốc hội', 'Chủ tịch UBND', 'Chủ tịch HĐND', 'Phó Chủ tịch UBND', 'Phó Chủ tịch HĐND', 'Chủ tịch Ủy ban nhân dân',
	'Chủ tịch Hội đồng nhân dân', 'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội', 'Thủ tướng', 'Phó Thủ tướng', 'Phó Thủ tướng Thường trực',
	'Thủ tướng Chính phủ', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Trưởng Ban', 'Phó Trưởng Ban', 'Trưởng Ban Thường trực',
	'Phó Trưởng Ban Thường trực', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh án', 'Viện trưởng', 'Phó Viện trưởng',
	'Tổng Thư ký', 'Phó Tổng Thư ký', 'Tổng Kiểm toán', 'Tổng Thanh tra', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng Đoàn',
	'Phó Trưởng Đoàn', 'Trưởng Đoàn đại biểu Quốc hội', 'Phó Trưởng Đoàn đại biểu Quốc hội', 'Đại biểu Quốc hội', 'Đại sứ',
	'Đại sứ đặc mệnh toàn quyền', 'Tổng Lãnh sự', 'Phó Tổng Lãnh sự', 'Lãnh sự', 'Tham tán', 'Tham tán Công sứ', 'Công sứ',
	'Đại biện', 'Tùy viên', 'Thị trưởng', 'Phó Thị trưởng', 'Tỉnh trưởng', 'Phó Tỉnh trưởng', 'Đô trưởng', 'Phó Đô trưởng',
	// A Lao district's chief ("Chủ huyện Xay-bu-li"), as its province's is the Tỉnh trưởng.
	'Chủ huyện', 'Phó Chủ huyện', 'Huyện trưởng', 'Phó Huyện trưởng',
	'Thống đốc', 'Phó Thống đốc', 'Tổng thống', 'Phó Tổng thống', 'Quốc vương', 'Nhà vua', 'Hoàng tử', 'Công chúa', 'Nữ hoàng',
	'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Hiệu trưởng',
	'Phó Hiệu trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Tổng cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Trưởng phòng',
	'Phó Trưởng phòng', 'Người phát ngôn', 'Người Phát ngôn', 'Trưởng Đại diện', 'Tư lệnh', 'Phó Tư lệnh', 'Chính ủy', 'Tham mưu trưởng',
	'Tổng Tham mưu trưởng', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
	'Thiếu tá', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'GS', 'PGS', 'TS', 'ThS',
	'GS.TS', 'PGS.TS', 'TSKH', 'BS', 'Bác sĩ', 'Nhà báo', 'Nhà văn', 'Nhà thơ', 'Họa sĩ', 'Nhạc sĩ', 'Nghệ sĩ Nhân dân',
	'Nghệ sĩ Ưu tú', 'NSND', 'NSƯT', 'Nghệ nhân', 'Nghệ nhân Nhân dân', 'Anh hùng Lao động', 'Anh hùng Lực lượng vũ trang',
	'Luật sư', 'Kiến trúc sư', 'Hòa thượng', 'Thượng tọa', 'Đại đức', 'Linh mục', 'Giám mục', 'Tổng Giám mục', 'Phu nhân',
	'Trợ lý', 'Thư ký'
];
const ROLES_EN = [
	'General Secretary', 'Secretary General', 'Party General Secretary', 'Party Secretary', 'Party Chief', 'Secretary',
	'Deputy Secretary', 'Standing Deputy Secretary', 'Permanent Deputy Secretary', 'President', 'Vice President', 'State President',
	'Prime Minister', 'Deputy Prime Minister', 'Permanent Deputy Prime Minister', 'PM', 'Minister', 'Deputy Minister',
	'Vice Minister', 'Foreign Minister', 'Ambassador', 'Consul General', 'Consul', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
	'Vice Chairman', 'Vice Chairwoman', 'Vice Chair', 'Mayor', 'Vice Mayor', 'Deputy Mayor', 'Governor', 'Vice Governor',
	'Deputy Governor', 'Head', 'Chief', 'Director', 'Deputy Director', 'Director General', 'Spokesperson', 'Spokeswoman', 'Spokesman',
	'Politburo Member', 'Member of the Politburo', 'Chief of Office', 'General', 'Lieutenant General', 'Major General',
	'Senior Lieutenant General', 'Colonel',
	// Ranks before a name, as English pages give a Vietnamese or Lao officer's ("Senior Lieutenant Colonel Somsanith
	// Vongxay, Commander of …"): each is a title as 'Colonel' is.
	'Lieutenant Colonel', 'Senior Lieutenant Colonel', 'Senior Colonel', 'Senior Major General', 'Major', 'Senior Major', 'Captain',
	'Admiral', 'Vice Admiral', 'Rear Admiral', 'Professor', 'Prof', 'King', 'Queen', 'Prince', 'Princess', 'Speaker', 'Envoy',
	'Chief Justice', 'Editor-in-Chief', 'Leader',
	// Lao titles English pages keep in Lao, often with a gloss in brackets ("Chao Khoueng (Governor) of … province X"):
	// the province's governor, the capital's mayor, a district's governor, each a title as 'Tỉnh trưởng' is, never a name.
	'Chao Khoueng', 'Chao Khouang', 'Chao Kouang', 'Chao Nakhone', 'Chao Nakhon', 'Chao Muang', 'Chao Mueang', 'Rong Chao Khoueng',
	'Rong Chao Khouang', 'Rong Chao Kouang', 'Rong Chao Nakhone', 'Rong Chao Nakhon', 'Rong Chao Muang', 'Rong Chao Mueang'
];
const HONORIFICS = [
	'đồng chí', 'ông', 'bà', 'Ngài', 'anh', 'chị', 'Mr', 'Mrs', 'Ms', 'Miss', 'Madam', 'Madame', 'Mme', 'Dr', 'H.E', 'His Excellency',
	'Her Excellency', 'Comrade'
];
// The last word of a local committee's name ("Huyện ủy", "Tỉnh ủy", "UBND", "HĐND"): what follows it is its place.
const COMMITTEE_LAST = keySet(['ủy', 'ubnd', 'hđnd']);
// Honorifics a person's name follows, never a place's (the last word of each: 'chí' of 'đồng chí').
const NAME_HONORIFIC = keySet(['ông', 'bà', 'ngài', 'chí', 'mr', 'mrs', 'ms', 'madam', 'madame']);
// Honorifics after which one word alone names a person ("ông Dũng", "đồng chí Anouphap").
const SHORT_NAME_HONORIFICS = keySet(['đồng chí', 'ông', 'bà', 'ngài', 'mr', 'mrs', 'ms', 'madam', 'madame', 'mme']);
const BODIES = [
	'Bộ Chính trị', 'Ban Bí thư', 'Trung ương', 'Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Thành ủy', 'Tỉnh ủy', 'Huyện ủy',
	'Quận ủy', 'Đảng ủy', 'Đảng bộ', 'Đảng', 'UBND', 'HĐND', 'MTTQ', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban', 'Mặt trận',
	'Tổ quốc', 'Quốc hội', 'Chính phủ', 'Nhà nước', 'Văn phòng', 'Bộ', 'Ban', 'Sở', 'Cục', 'Tổng cục', 'Viện', 'Đoàn đại biểu',
	'Đoàn công tác', 'Thành đoàn', 'Đoàn Thanh niên', 'Đoàn TNCS', 'Hội Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Nhân dân', 'Cách mạng', 'Cộng sản', 'Ngoại giao', 'Đối ngoại', 'Thường trực', 'Thường vụ',
	'Đại sứ quán', 'Tổng Lãnh sự quán', 'Lãnh sự quán', 'Dân chủ', 'Cộng hòa', 'Xã hội Chủ nghĩa', 'thành phố', 'tỉnh', 'Thủ đô',
	'nước', 'CHDCND', 'CHXHCN', 'Công an', 'Quân đội', 'Quân khu', 'Bộ Tư lệnh', 'Hội đồng', 'Hội Liên hiệp', 'Liên hiệp',
	'Hội hữu nghị', 'Tổng công ty', 'Công ty', 'Trung tâm', 'Học viện', 'Đại học', 'Báo', 'Đài', 'Thông tấn xã', 'TTXVN',
	'Tòa án', 'Viện Kiểm sát', 'Kiểm toán', 'Hội nghị', 'Đại hội', 'Party', 'Party Committee', 'Central Committee', 'Party Central Committee',
	"People's Committee", "People's Council", 'Politburo', 'Secretariat', 'Office', 'Ministry', 'Government', 'National Assembly',
	'Front', 'Fatherland Front', 'Municipal', 'Provincial', 'City', 'Province', 'Capital', 'Embassy', 'Consulate', 'Department',
	"Lao People's Revolutionary Party", 'LPRP', 'Communist Party', 'CPV', 'Committee', 'Council', 'Commission', 'Central', 'Standing',
	'Permanent', 'External Relations', 'Foreign Affairs',
	// Heads of business and civic bodies: "Chủ tịch Phòng Thương mại và Công nghiệp …", "Chủ tịch Hiệp hội Doanh nghiệp …".
	'Phòng Thương mại', 'Hiệp hội', 'Liên đoàn', 'Ngân hàng', 'Hợp tác xã', 'Câu lạc bộ', 'Business Association', 'Association',
	'Chamber of Commerce', 'Chamber', 'Federation', 'Bank', 'Cooperative', 'Club'
];
type Other = 'other';
const COUNTRIES: [string, Country | Other][] = [
	['Việt Nam', 'VN'], ['Viet Nam', 'VN'], ['Vietnam', 'VN'], ['Vietnamese', 'VN'], ['Lào', 'LA'], ['Laos', 'LA'], ['Lao', 'LA'],
	['Lao PDR', 'LA'], ['Laotian', 'LA'],
	...(
		'Campuchia|Cambodia|Thái Lan|Thailand|Trung Quốc|China|Nhật Bản|Japan|Hàn Quốc|Korea|Triều Tiên|Malaysia|Singapore|Indonesia|' +
		'Philippines|Myanmar|Brunei|Ấn Độ|India|Russia|Hoa Kỳ|United States|USA|US|France|Germany|Britain|UK|Australia|Cuba|Ukraine|' +
		'Dominicana|Brazil|Hà Lan|Châu Âu|EU|ASEAN|Mông Cổ|Canada|Italy|Italia|Tây Ban Nha|Bồ Đào Nha|Thụy Sĩ|Thụy Điển|Ba Lan|Séc|' +
		'Hungary|Bulgaria|Romania|Israel|Ai Cập|Nam Phi|Mexico|Argentina|Chile|Venezuela|Morocco|Senegal|Đài Loan|Hồng Kông|' +
		'New Zealand|Hoa Kỳ|Belarus|Kazakhstan|Mozambique|Angola|Algeria|Nigeria|Thổ Nhĩ Kỳ|Iran|Iraq|Pakistan|Bangladesh|Sri Lanka|Nepal|' +
		'Hong Kong|Thai|Cambodian|Chinese|Japanese|Korean|Malaysian|Singaporean|Indonesian|Philippine|Filipino|Russian|American|' +
		'French|German|British|Australian|Indian|Cuban|Mongolian|Timorese'
	)
		.split('|')
		.map((c): [string, Other] => [c, 'other'])
];
const OTHER_COUNTRY_NAMES = new Set([...COUNTRIES, ['Anh'], ['Nga'], ['Pháp'], ['Đức'], ['Mỹ'], ['Úc'], ['Ý']].filter((c) => c[1] !== 'VN' && c[1] !== 'LA').map((c) => c[0].toLowerCase()));
/** A country other than Vietnam and Laos, named alone ("Hàn Quốc", "Campuchia", "Japan"). */
export function isOtherCountry(name: string): boolean {
	return OTHER_COUNTRY_NAMES.has(name.normalize('NFC').trim().toLowerCase());
}
// Country names that are also given names ("Nguyễn Thị Nga", "Lê Đức Anh"): countries only right after a role or body.
const WEAK_COUNTRIES: [string, Other][] = ['Anh', 'Nga', 'Pháp', 'Đức', 'Mỹ', 'Úc', 'Ý'].map((c) => [c, 'other']);
const CREDITS = ['Ảnh', 'Photo', 'Photos', 'Nguồn', 'Source', 'Bài', 'Video', 'Clip', 'Đồ họa', 'Thực hiện', 'Tác giả', 'Bài và ảnh', 'Ảnh minh họa', 'Ảnh tư liệu', 'By'];

// Lower-case words that may sit inside a chain of titles ("Đại sứ Việt Nam tại Lào", "Secretary of the ... Committee").
const CONNECTORS = keySet([
	'tại', 'và', 'kiêm', 'nguyên', 'quyền', 'phó', 'khóa', 'cấp', 'cao', 'đại', 'biểu', 'nhân', 'dân', 'thường', 'trực', 'vụ',
	'of', 'the', 'and', 'for', 'in', 'to', 'at', 'former', 'acting', 'deputy', 'vice'
]);
// The levels of the Youth Union before "Đoàn": "Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn", "Quận Đoàn".
const UNION_LEVEL = keySet(['tỉnh', 'thành', 'huyện', 'quận']);
// Verbs that end a title even right after a capitalised word ("…, Chủ huyện Khăm Cợt dẫn đầu"): not a second syllable.
const TITLE_VERBS = keySet(['dẫn', 'làm', 'đã', 'sẽ', 'đang', 'vừa', 'đến', 'tới', 'sang', 'tiếp', 'cùng', 'thăm', 'có', 'phát', 'chủ']);
// What follows a delegation's leader's name: "do ông X dẫn đầu", "do đồng chí X làm trưởng đoàn".
const LED_AFTER = /^ (?:dẫn đầu|làm [Tt]rưởng [Đđ]oàn)(?![\p{L}])/u;
// Words that may open a title set off after a name (", nguyên Bí thư…"); "và"/"and" open a new person instead.
const TITLE_OPENERS = keySet(['nguyên', 'quyền', 'kiêm', 'former', 'acting', 'cũng là', 'also']);
// A place or country after these is where the person serves, not where they come from ("Đại sứ Việt Nam tại Lào").
const LOCATIVE = keySet(['tại', 'ở', 'in', 'at', 'to', 'cạnh', 'sang', 'đến', 'tới']);
// A name right after these is a street, school, island…: "đường Nguyễn Huệ", "Trường THPT Lê Quý Đôn".
const PLACE_NOUNS = keySet(
	('đường phố phường xã quận huyện trấn đô trường cầu lăng đền chùa tượng đài giải quỹ viện tàu đảo sông núi hồ vịnh bãi đèo khu ' +
		'tàng chương thưởng dịch niệm ' +
		'thôn bản làng ấp ngõ hẻm chợ bến cảng ga thpt thcs học street road avenue school university bridge district ward ' +
		'commune hall mausoleum temple pagoda square hospital').split(' ')
);
// The words of an institution's kind between its noun and its namesake: "Trường Chính trị …", "Trường Đại học Sư phạm …",
// "Trường THPT chuyên …", "Khu di tích …", "Học viện Chính trị Quốc gia …", "Nhà hát Lớn …".
const INSTITUTION_KIND = keySet(
	('chính trị đại học cao đẳng trung phổ thông cơ sở tiểu mầm non thpt thcs chuyên quốc gia sư phạm y dược khoa kỹ thuật nghệ ' +
		'văn hóa quân sự hành dân tộc nội trú kinh tế luật di tích lịch sử cách mạng bách tổng hợp lớn').split(' ')
);
// The last word of the noun of a unit a title may be of ("Thị trưởng thành phố", "TP", "Tỉnh trưởng tỉnh", "Chủ huyện huyện"),
// and of a site ("Giám đốc Bảo tàng", "Khu tưởng niệm", "Quảng trường", "đường"), before the unit's or the site's own name.
// Not a village's ("Trưởng bản", "Trưởng thôn": the head's name may follow those nouns).
const UNIT_NOUNS = keySet(['phố', 'tp', 'tỉnh', 'huyện', 'quận', 'đô']);
const SITE_NOUNS = keySet(['tàng', 'niệm', 'trường', 'đường']);
// Institution nouns whose last word is not one of PLACE_NOUNS: "Nhà hát", "Đại lộ".
const INSTITUTION_ENDS = keySet(['hát', 'lộ']);
// Two words that end a school's or park's kind before the person it is named after ("Vườn quốc gia …",
// "Trường Đại học Y khoa Phạm Ngọc Thạch", "Đại học Bách khoa …", "Đại học Sư phạm …", "Đại học Y Dược …").
const PLACE_NOUN_PAIRS = new Set(['quốc gia', 'y khoa', 'bách khoa', 'sư phạm', 'y dược']);
// Their second words: the pair's string is built only after one of these.
const PLACE_NOUN_PAIR_ENDS = new Set([...PLACE_NOUN_PAIRS].map((p) => p.split(' ')[1]));
// Family names that also open names of lakes, islands, citadels ("Hồ Tây", "Bạch Long Vĩ", "Hoàng Thành", "Ma Lù Thàng").
// "Y" in "Sở Y Tế", "Đại học Y Dược", "Y Khoa", "Y Học": medicine, not a woman's given-name marker.
const MEDICAL_AFTER_Y = keySet(['tế', 'dược', 'khoa', 'học', 'sĩ', 'sinh']);
const PLACE_LIKE_SURNAMES = keySet(['hồ', 'hoàng', 'cao', 'ma', 'hà', 'mai', 'lâm', 'hoa', 'giang', 'kim', 'châu', 'lạc', 'ninh', 'thạch', 'bạch', 'quan', 'tô', 'ho', 'hoang', 'ha', 'lam', 'chau', 'thach', 'bach', 'to']);
// Usual middle names (and given names used as middle names): a fact of Vietnamese naming.
const MIDDLE_NAMES = keySet(
	('văn thị đức hữu quốc minh thanh xuân ngọc kim hồng bá đình công quang anh tiến phú chí trọng tấn duy mạnh thế trung ' +
		'hoàng thu hải việt nam như bảo gia khắc sỹ sĩ hoài tuấn vĩnh đăng huy thành trường phương diệu mỹ thúy thùy bích ' +
		'lan tuyết vân thái ánh hoài trí đại nhật phúc tân thiện viết ích doãn hoàng hoà hòa sơn tùng khánh lệ mai ' +
		'van thi duc huu quoc thanh xuan ngoc hong cong tien phu chi trong tan manh the hai viet nhu bao khac sy hoai tuan vinh dang thuy bich anh')
		.split(' ')
);
// The last word of an English event's name, never of a person's.
const EVENT_NOUNS_EN = keySet(['week', 'festival', 'fair', 'exhibition', 'expo', 'games', 'forum', 'conference', 'summit', 'year', 'day', 'days', 'tournament', 'cup']);
// The last word of an English facility's name, never of a person's ("the Bo Y International Border Gate", "Wattay
// International Airport", "Nam Khan Bridge"): not the words that are also surnames ("Park", "Hall", "Temple", "Lake") or,
// written without diacritics, Vietnamese syllables ("Dam").
const FACILITY_NOUNS_EN = keySet(
	('gate checkpoint crossing airport bridge port seaport harbour harbor station terminal road street avenue highway zone ' +
		'hospital university school hotel stadium museum mausoleum memorial monument cemetery pagoda market factory international border').split(' ')
);
// The nouns of English organisations' names, before "for" and their purpose ("Union for …", "Association for …"); ending a
// name of several words, they end a body's name, never a person's ("Head of the Propaganda and Training Board").
const ORG_NOUNS_EN = keySet(
	('front union association federation foundation institute centre center organisation organization society alliance league ' +
		'fund council committee commission agency office ministry department board network partnership').split(' ')
);
// Capitalised English words that open sentences or name dates, never names.
const EN_STOP = new Set(
	('the a an on in at for with and of to by from this that these those it its he she they we his her their our after before ' +
		'during while when meanwhile also but as monday tuesday wednesday thursday friday saturday sunday january february march ' +
		'april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec photo ' +
		'source according both other all some last next new first second third').split(' ')
);

const enum L {
	None = 0,
	Place = 1,
	Role = 2,
	Hon = 3,
	Body = 4,
	Country = 5,
	Credit = 6
}

interface Lex {
	label: L;
	/** Per word: written lower case in the lexicon (so it must be lower case in the text). */
	lower: boolean[];
	country?: Country | Other;
	weak?: boolean;
	key: string;
	/** A one-word acronym ("UBND", "TS", "US"). */
	acronym: boolean;
}

const LEXICON: PhraseTable<Lex> = (() => {
	const t = new PhraseTable<Lex>();
	const add = (phrase: string, label: L, extra: Partial<Lex> = {}) => {
		const ws = tokenize(phrase.normalize('NFC'));
		const keys = ws.map((w) => wordKey(w.text));
		t.add(keys, { label, lower: ws.map((w) => !isCapitalised(w.text)), key: keys.join(' '), acronym: ws.length === 1 && isAllCaps(ws[0].text), ...extra });
	};
	// Order sets precedence where two lists hold the same phrase: the first one added wins.
	for (const p of CREDITS) add(p, L.Credit);
	for (const p of HONORIFICS) add(p, L.Hon);
	for (const p of [...ROLES_VI, ...ROLES_EN]) add(p, L.Role);
	for (const [p, c] of COUNTRIES) add(p, L.Country, { country: c });
	for (const [p, c] of WEAK_COUNTRIES) add(p, L.Country, { country: c, weak: true });
	for (const p of BODIES) add(p, L.Body);
	return t;
})();
// The lexicon's keys come from tokenize (single words), so its tree matches the joined keys exactly.
const LEXICON_TREE: PhraseNode<Lex> =
	LEXICON.tree() ??
	(() => {
		throw new Error('people.ts: a lexicon phrase produced an empty or spaced word key; its tree would not match the joined keys');
	})();
// The same tree with words and nodes numbered: matchLexicon steps by a token's word number, kept on its form.
const LEXICON_TRIE = new WordTrie(LEXICON_TREE, LEXICON.maxWords);
// The trie's node after 'đoàn' from the root: peopleInTokens knows a token keyed 'đoàn' by it (one number per first word),
// so 'đoàn' must open a lexicon phrase ('Đoàn đại biểu', …).
const DOAN_FIRST = LEXICON_TRIE.word('đoàn') < 0 ? -1 : LEXICON_TRIE.step(0, LEXICON_TRIE.word('đoàn'));
if (DOAN_FIRST < 0) throw new Error("people.ts: the lexicon must hold a phrase opening with 'Đoàn'");

/** The lexicon's number for a token's word (-1: in no phrase), kept on its word form (the lexicon never changes). */
function lexWord(t: Token): number {
	const form = t.form;
	if (!form) return LEXICON_TRIE.word(tokKey(t));
	let w = form.lexWord;
	if (w === undefined || w === -2) form.lexWord = w = LEXICON_TRIE.word(form.key);
	return w;
}

/** The lexicon's node after a token's word from the root, or -1 (no phrase starts with it), kept on its word form. */
function lexiconFirst(t: Token): number {
	const form = t.form;
	if (!form) {
		const w = LEXICON_TRIE.word(tokKey(t));
		return w < 0 ? -1 : LEXICON_TRIE.step(0, w);
	}
	let first = form.lexFirst;
	if (first === undefined || first === -2) {
		const w = lexWord(t);
		form.lexFirst = first = w < 0 ? -1 : LEXICON_TRIE.step(0, w);
	}
	return first;
}

/* ------------------------------------------------------------------------------------------------
 * Shapes of words.
 * ---------------------------------------------------------------------------------------------- */

// One Vietnamese syllable, folded to ASCII: onset, vowel nucleus, coda.
const VN_SYLLABLE =
	/^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(uye|uya|uyu|oai|oay|oeo|ieu|yeu|uoi|uou|uay|uai|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|ya|a|e|i|o|u|y)(ch|nh|ng|c|m|n|p|t)?$/;

const sylCache = new Map<string, boolean>();
/** Could this word be one Vietnamese syllable? ("Dũng", "Dung" yes; "Anouphap", "Kang", "Sok" no.) */
export function isVietnameseSyllable(word: string): boolean {
	let r = sylCache.get(word);
	if (r !== undefined) return r;
	const f = wordFold(word);
	const m = VN_SYLLABLE.exec(f);
	r = !!m;
	if (m) {
		const onset = m[1] ?? '';
		const front = /^[eiy]/.test(m[2]);
		if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) r = false;
		if ((onset === 'c' || onset === 'ng') && front) r = false;
	}
	if (sylCache.size > 50_000) sylCache.clear();
	sylCache.set(word, r);
	return r;
}

// One syllable of a Khmer, Hmong or Central Highlands name written with Vietnamese letters, folded: consonants, one
// group of vowels, consonants. Vietnamese spelling lacks the endings in -l, -r, -s, -k and the onsets "kđ", "hl", "ks"
// ("Phol", "Sal", "Kđăm", "Ksor"); two groups of vowels ("Anouphap", "Vilay") are Lao romanisation or English, not this.
const MINORITY_SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}[bcdfghjklmnpqrstvwxz]{0,2}$/;
const nameSylCache = new Map<string, boolean>();
/** Could this word be one syllable of a Vietnamese citizen's name, of whatever people? ("Phol", "Kđăm" yes; "Anouphap" no.) */
function isNameSyllable(word: string): boolean {
	let r = nameSylCache.get(word);
	if (r === undefined) {
		r = isVietnameseSyllable(word) || (!isAllCaps(word) && MINORITY_SYLLABLE.test(wordFold(word).toLowerCase()));
		if (nameSylCache.size > 50_000) nameSylCache.clear();
		nameSylCache.set(word, r);
	}
	return r;
}

// Marks of Lao romanisation: digraphs and endings that English and Vietnamese spellings rarely share.
const LAO_MARKS = /ph|th|kh|ou|ao|ae|oo|vanh|xay|sone|chanh|vong|(one|ane|ith|it|eth|ath|oth|ak|ack|ek|ong|ang|eng|ay|ai|ny|dy|sy|ly|vy|om|am|anh|inh|ne)$/;
const laoCache = new Map<string, boolean>();
/** Does this Latin word read like a romanised Lao name word? ("Anouphap", "Sisoulith" yes; "Santo", "World" no.) */
export function looksLao(word: string): boolean {
	// Asked of the same few spellings again and again (a word's text is its form's string, whose hash the
	// engine keeps): remembered, like isVietnameseSyllable, rather than lower-cased and matched each time.
	let r = laoCache.get(word);
	if (r === undefined) {
		const f = word.toLowerCase();
		r = f.length >= 4 && /^[a-z]+$/.test(f) && LAO_MARKS.test(f);
		if (laoCache.size > 50_000) laoCache.clear();
		laoCache.set(word, r);
	}
	return r;
}

/** As /[0-9]/.test(w), by a loop over the word's few characters (asked of every word of every run, twice). */
const hasDigit = (w: string) => {
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
};

const enum G {
	Space = 0,
	Comma,
	Sep,
	Dot,
	Apos,
	Hyphen,
	Newline,
	Other
}
// Tests of the text between two words, asked for many words of every text: module constants (a regex literal
// in a function's body is a new RegExp object every time it runs).
// (A caption's tag closes before its text: "[Ảnh 6] Anh Khăm-pheng …" opens with the honorific "anh".)
const SENTENCE_END_GAP = /[.!?\n“"‘(\[\]:;]\s*$/;
const BULLET_GAP = /^\s*[-–—•]\s*$/;
const SPACES_GAP = /^[ \t]{1,2}$/;
const ABBREVIATION_GAP = /^\.\s?$/;
const CLAUSE_END = /[.;!?]/;
const LINE_START_GAP = /\n\s*$/;
const CREDIT_GAP = /^\s*[:\-–—]\s*$/;
const PLACE_ROLE_GAP = /^[ \t]{1,2}$|^['’]$/;
const APOSTROPHE_GAP = /^['’]$/;
const SHORT_CAPITALISED = /^[A-Z][a-z]{0,2}$/;
// A hyphen broken at a line's end inside a word ("Khăm-⏎phăn", "Khăm- phăn"), and a word opening in lower case.
const BROKEN_HYPHEN = /-\s/g;
const LOWER_OPEN_WORD = /^\p{Ll}/u;

// The brackets around a title's gloss, seen from the words on either side: "Chao Khoueng (Governor) of".
const GLOSS_OPEN = /^ ?\($/;
const GLOSS_CLOSE = /^\) ?$/;

/** Kind of the text between two words: one or two spaces, ", ", ": " or " – ", ". ", a bare hyphen… */
function classifyGap(text: string, a: number, b: number): G {
	let mark = -1;
	let spaces = 0;
	for (let i = a; i < b; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) return G.Newline;
		if (c === 32 || c === 9) spaces++;
		else if (mark >= 0) return G.Other;
		else mark = c;
	}
	if (mark < 0) return spaces <= 2 ? G.Space : G.Other;
	if (mark === 44) return G.Comma;
	if (mark === 58 || mark === 0x2013 || mark === 0x2014) return G.Sep;
	if (mark === 45) return spaces ? G.Sep : G.Hyphen;
	if (mark === 46) return b - a <= 2 && text.charCodeAt(a) === 46 ? G.Dot : G.Other;
	if (mark === 39 || mark === 0x2019) return spaces ? G.Other : G.Apos;
	return G.Other;
}

/* ------------------------------------------------------------------------------------------------
 * Recogniser.
 * ---------------------------------------------------------------------------------------------- */

interface Word {
	t0: number;
	t1: number;
	start: number;
	end: number;
	text: string;
	/** wordKey and wordFold of a one-token word (its form's); '' for a hyphenated one, which no word list holds. */
	key: string;
	fold: string;
}

// 'vn-loose': a family name and syllables of which some are spelt as Vietnamese never is ("Thạch Văn Phol").
type Shape = 'vn' | 'vn-loose' | 'vn-bare' | 'latin' | 'transcribed' | 'single';
interface Candidate {
	w0: number;
	w1: number;
	shape: Shape;
	runStart: number;
}

interface Chain {
	/** Token index of the earliest role of the chain before the name, or -1. */
	roleStart: number;
	/** Index of the honorific before the name (and its roles), or -1. */
	hon: number;
	honKey: string;
	credit: boolean;
	/** Token index where the chain starts (for country clues). */
	from: number;
	/** Last token of the titles when they stand before an honorific ("Governor, Mr X"), else -1. */
	titleEnd: number;
}

interface GazetteerPeopleIndex {
	byKey: Map<string, string>;
	/** Capitalised phrases that are neither places nor people (cities' notPartOf). */
	notNames: Set<string>;
	/**
	 * The first words of byKey's and notNames' keys: a run whose first word (key or fold) is in neither
	 * can match no key, so its joined keys need not be built. Token keys hold no space, so a key's
	 * first word is what comes before its first space.
	 */
	byKeyFirsts: Set<string>;
	notNameFirsts: Set<string>;
	/**
	 * byKey's keys as phrases of words, numbered: a run is looked up by walking its tokens' words (their
	 * numbers kept on their forms, see personWord) rather than by joining their keys into a new string
	 * and hashing it. Values are ids; the first name to give a key keeps it, as in byKey.
	 */
	trie: WordTrie<string>;
}
const firstWord = (key: string) => {
	const sp = key.indexOf(' ');
	return sp < 0 ? key : key.slice(0, sp);
};
const peopleIndexCache = new WeakMap<Gazetteer, GazetteerPeopleIndex>();
function peopleIndex(g: Gazetteer): GazetteerPeopleIndex {
	let idx = peopleIndexCache.get(g);
	if (!idx) {
		const byKey = new Map<string, string>();
		for (const p of g.people)
			for (const n of [p.name, ...p.aliases]) {
				const k1 = nameKey(n);
				if (!byKey.has(k1)) byKey.set(k1, p.id);
				const k2 = nameFold(n);
				if (!byKey.has(k2)) byKey.set(k2, p.id);
			}
		const notNames = new Set(g.cities.flatMap((c) => c.notPartOf ?? []).map(nameKey));
		const byKeyFirsts = new Set([...byKey.keys()].map(firstWord));
		const notNameFirsts = new Set([...notNames].map(firstWord));
		// Keys join tokens' keys (or folds) with single spaces, and no key or fold holds a space: so a key
		// split at its spaces gives back its words, and a run's joined key is a key exactly when its words
		// walk the tree to a node with a value.
		const root: PhraseNode<string> = { next: new Map(), value: undefined, has: false };
		let maxWords = 0;
		for (const [k, id] of byKey) {
			const ws = k.split(' ');
			maxWords = Math.max(maxWords, ws.length);
			let node = root;
			for (const w of ws) {
				let child = node.next.get(w);
				if (!child) node.next.set(w, (child = { next: new Map(), value: undefined, has: false }));
				node = child;
			}
			node.value = id;
			node.has = true;
		}
		const trie = new WordTrie(root, maxWords);
		peopleIndexCache.set(g, (idx = { byKey, notNames, byKeyFirsts, notNameFirsts, trie }));
	}
	return idx;
}

/** A token's key's (fold's, with `fold`) number in the gazetteer's name trie, kept on its form for the last index asked. */
function personWord(t: Token, idx: GazetteerPeopleIndex, fold: boolean): number {
	const form = t.form;
	if (!form) return idx.trie.word(fold ? tokFold(t) : tokKey(t));
	if (form.peopleFor !== idx) {
		form.peopleFor = idx;
		form.peopleKey = idx.trie.word(form.key);
		form.peopleFold = idx.trie.word(form.fold);
	}
	return (fold ? form.peopleFold : form.peopleKey)!;
}

/** The gazetteer id whose key the words of tokens t0..t1 spell, keys (or folds, with `fold`) joined: byKey.get of the run's key. */
function knownRun(tokens: Token[], t0: number, t1: number, idx: GazetteerPeopleIndex, fold: boolean): string | undefined {
	const trie = idx.trie;
	if (t1 - t0 >= trie.maxWords) return undefined;
	let node = 0;
	for (let t = t0; t <= t1; t++) {
		const w = personWord(tokens[t], idx, fold);
		if (w < 0) return undefined;
		node = trie.step(node, w);
		if (node < 0) return undefined;
	}
	return trie.values[node];
}

/** Key of a full name: words lower case with canonical tone marks ("Nguyễn Phú Trọng" = "nguyễn phú trọng"). */
export function nameKey(name: string): string {
	return tokenize(name.normalize('NFC'))
		.map((t) => wordKey(t.text))
		.join(' ');
}
/** Key of a name folded to ASCII ("Nguyen Phu Trong"). */
export function nameFold(name: string): string {
	return tokenize(name.normalize('NFC'))
		.map((t) => wordFold(t.text))
		.join(' ');
}

/**
 * Finds the people named in `text`, in order. Offsets are into `text` as given.
 * `lang` is the article's language: in Vietnamese text a Vietnamese name written without
 * diacritics needs an honorific or a role to count.
 */
export function findPeople(text: string, gazetteer: Gazetteer = defaultGazetteer, lang: Language = 'vi', options: FindPeopleOptions = {}): PersonMention[] {
	return peopleInTokens(text, tokenize(text), gazetteer, lang, options.places);
}

/**
 * Places and people of one text from a single pass over its words (the cheaper way to get both).
 * `places` includes media senses ("Hà Nội mới"); filter on `sense` where only places count.
 */
export function findPlacesAndPeople(
	text: string,
	gazetteer: Gazetteer = defaultGazetteer,
	lang: Language = 'vi'
): { places: PlaceMention[]; people: PersonMention[] } {
	const tokens = tokenizeUnkept(text);
	const found = placesInTokens(text, tokens, gazetteer, { includeMedia: true });
	const people = peopleInTokens(text, tokens, gazetteer, lang, found);
	// A place read inside a person's name ("đồng chí Phon-xạ-vẳn Xi-thi-xay") is the name's.
	const places = people.length ? found.filter((pl) => !overlapsAny(people, pl.start, pl.end)) : found;
	// "Khăm-phon Xay-nha-lạt (Khamphone Saynalath)": the Latin spelling in brackets right after a name is the same person.
	for (let i = 1; i < people.length; i++) {
		const a = people[i - 1], b = people[i];
		if (b.script === 'latin' && a.script !== 'latin' && text.charCodeAt(b.end) === 0x29 && /^\s*\($/.test(text.slice(a.end, b.start))) b.sameAs = a;
	}
	return { places, people };
}

/**
 * Does any of `people` overlap start..end? The mentions are in text order and never overlap (each is read off its own
 * run of words), so their ends rise too: only the first ending after `start` can (a binary search, not a scan of all).
 */
function overlapsAny(people: PersonMention[], start: number, end: number): boolean {
	let lo = 0, hi = people.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (people[mid].end <= start) lo = mid + 1;
		else hi = mid;
	}
	return lo < people.length && people[lo].start < end;
}

/** A token's country, as PeopleScan keeps it. */
const enum C {
	None = 0,
	VN = 1,
	LA = 2,
	Other = 3
}
function countryCode(c: Country | Other | null): C {
	return c === 'VN' ? C.VN : c === 'LA' ? C.LA : c === 'other' ? C.Other : C.None;
}

interface TitlesAfter {
	titles: string[];
	from: number;
	to: number;
}

/**
 * One text being read for people: its tokens, their labels, and the gaps between them, with the
 * questions the steps of peopleInTokens ask of them. Methods of a class rather than closures made
 * in peopleInTokens: tsx compiles with keepNames, so every named closure made per call cost an
 * Object.defineProperty (about a tenth of peopleInTokens' time).
 */
// The bytes behind PeopleScan's arrays, reused by each scan (one text is read at a time).
let scanBytes = new Uint8Array(0);

class PeopleScan {
	readonly n: number;
	/** What separates token j from token j-1, plus one, classified once (chains look at gaps many times); 0 = not yet
	 * (so the array needs no fill). */
	private readonly gapKinds: Uint8Array;
	readonly label: Uint8Array;
	readonly labelStart: Uint8Array;
	/** Country of each place or country token, as a CountryCode (a byte, not an array of strings to fill). */
	readonly tokCountry: Uint8Array;
	/** Tokens inside a name: titles never run through them. */
	readonly inName: Uint8Array;
	readonly words: Word[] = [];
	/** The lexicon phrase matchLexicon found last (its length is what it returns): no result object per match. */
	matched: Lex | null = null;

	constructor(
		readonly text: string,
		readonly tokens: Token[]
	) {
		const n = tokens.length;
		this.n = n;
		// Five views of one scratch buffer kept between texts: a typed array longer than a few dozen
		// bytes gets a backing store of its own (a malloc and external-memory bookkeeping), five per
		// text before. Views of exact length read `undefined` past the end, as fresh arrays did.
		const need = 5 * n;
		if (scanBytes.length < need) scanBytes = new Uint8Array(Math.max(need, 2 * scanBytes.length));
		else scanBytes.fill(0, 0, need);
		this.gapKinds = scanBytes.subarray(0, n);
		this.label = scanBytes.subarray(n, 2 * n);
		this.labelStart = scanBytes.subarray(2 * n, 3 * n);
		this.tokCountry = scanBytes.subarray(3 * n, 4 * n);
		this.inName = scanBytes.subarray(4 * n, need);
	}

	gap(j: number): string {
		return this.text.slice(this.tokens[j - 1].end, this.tokens[j].start);
	}

	gapKind(j: number): G {
		const g = this.gapKinds[j];
		if (g) return (g - 1) as G;
		const k = j > 0 ? classifyGap(this.text, this.tokens[j - 1].end, this.tokens[j].start) : G.Other;
		this.gapKinds[j] = k + 1;
		return k;
	}

	sentenceStart(j: number): boolean {
		if (j === 0) return true;
		const g = this.gap(j);
		return SENTENCE_END_GAP.test(g) || BULLET_GAP.test(g);
	}

	/** May token j continue a lexicon phrase begun before it? */
	lexJoin(j: number): boolean {
		const tokens = this.tokens, text = this.text;
		const a = tokens[j - 1].end, b = tokens[j].start;
		const c = text.charCodeAt(a);
		if (b - a === 1 && (c === 32 || c === 39 || c === 0x2019)) return true;
		// Both patterns below open with a space, a tab or a dot: any other gap (", ") needs no string.
		if (c !== 32 && c !== 9 && c !== 46) return false;
		const g = text.slice(a, b);
		return SPACES_GAP.test(g) || (ABBREVIATION_GAP.test(g) && tokens[j - 1].text.length <= 3 && isAllCapsOrShort(tokens[j - 1].text));
	}

	hyphenGap(j: number): boolean {
		const tokens = this.tokens;
		return tokens[j].start - tokens[j - 1].end === 1 && (this.text.charCodeAt(tokens[j - 1].end) === 45 || this.text.charCodeAt(tokens[j - 1].end) === 0x2010);
	}

	/**
	 * A hyphenated Lao name broken at a PDF's line end ("đồng chí Bun-mi Khăm-⏎phăn-thạ, …", read with the break as a
	 * space): the hyphen, one break, then a syllable in lower case that goes on hyphenated, or after a hyphenated one.
	 */
	brokenHyphenGap(j: number): boolean {
		const tokens = this.tokens, text = this.text;
		const a = tokens[j - 1].end;
		if (tokens[j].start - a !== 2 || text.charCodeAt(a) !== 45) return false;
		const w = text.charCodeAt(a + 1);
		if ((w !== 10 && w !== 32) || !LOWER_OPEN_WORD.test(tokens[j].text)) return false;
		return (j + 1 < tokens.length && this.hyphenGap(j + 1)) || (j > 1 && this.hyphenGap(j - 1));
	}

	spaceGap(j: number): boolean {
		return this.gapKind(j) === G.Space;
	}

	/** Is the name t0..t1 the leader's of "do ông X dẫn đầu" / "do đồng chí X làm trưởng đoàn"? */
	ledBy(t0: number, t1: number): boolean {
		const tokens = this.tokens, label = this.label;
		let h = t0 - 1;
		while (h > 0 && label[h - 1] === L.Hon && !this.labelStart[h]) h--;
		if (h < 1 || label[h] !== L.Hon || tokKey(tokens[h - 1]) !== 'do') return false;
		return t1 + 2 < tokens.length && this.spaceGap(t1 + 1) && LED_AFTER.test(this.text.slice(tokens[t1].end, tokens[t1].end + 20));
	}

	/** First token of the lexicon phrase (or place) that token j belongs to. */
	lexStartOf(j: number): number {
		const label = this.label, labelStart = this.labelStart;
		let s = j;
		while (s > 0 && !labelStart[s] && label[s - 1] === label[j]) s--;
		return s;
	}

	keyOf(t0: number, t1: number): string {
		const tokens = this.tokens;
		let k = tokKey(tokens[t0]);
		for (let t = t0 + 1; t <= t1; t++) k += ' ' + tokKey(tokens[t]);
		return k;
	}

	foldOf(t0: number, t1: number): string {
		const tokens = this.tokens;
		let k = tokFold(tokens[t0]);
		for (let t = t0 + 1; t <= t1; t++) k += ' ' + tokFold(tokens[t]);
		return k;
	}

	/** Roles, bodies, places and an honorific before token t. */
	chainBefore(t: number): Chain {
		const { tokens, label, labelStart, inName } = this;
		const ch: Chain = { roleStart: -1, hon: -1, honKey: '', credit: false, from: t, titleEnd: -1 };
		let j = t - 1;
		let skipGap = false;
		while (j >= 0 && t - j <= 40) {
			const g = skipGap ? G.Space : this.gapKind(j + 1);
			skipGap = false;
			if (g === G.Newline) break;
			const lj = label[j];
			// A title's gloss in brackets is part of it: "Chao Khoueng (Governor) of Xieng Khouang province X" runs on
			// over "(Governor) " to the Lao title before it.
			if (g === G.Other && lj === L.Role && this.text.charCodeAt(tokens[j].end) === 41 && GLOSS_CLOSE.test(this.gap(j + 1))) {
				const s = this.lexStartOf(j);
				if (s > 0 && label[s - 1] === L.Role && GLOSS_OPEN.test(this.gap(s))) {
					ch.roleStart = this.lexStartOf(s - 1);
					ch.from = ch.roleStart;
					j = ch.roleStart - 1;
					continue;
				}
			}
			if (g === G.Comma) {
				// Commas separate roles: "Ủy viên Bộ Chính trị, Bí thư Thành ủy".
				if (ch.roleStart !== j + 1) break;
			} else if ((g === G.Sep || g === G.Hyphen || (g === G.Space && tokKey(tokens[j]) === 'by')) && lj === L.Credit) {
				ch.credit = true;
				break;
			} else if (g === G.Dot && (lj === L.Hon || lj === L.Role) && isAllCapsOrShort(tokens[j].text)) {
				// An abbreviation's dot: "Mr. Nguyen Van Nen", "TS. Lê Văn Hòa", "PGS.TS".
			} else if (g !== G.Space && !(lj !== L.None && label[j + 1] === lj && !labelStart[j + 1])) break;
			if (lj === L.Hon) {
				const s = this.lexStartOf(j);
				ch.hon = s;
				ch.honKey = this.keyOf(s, j);
				ch.from = s;
				// Titles may stand before the honorific: "Champassak provincial Governor, Mr Khamphan",
				// "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn A".
				const before = s - 1;
				if (ch.roleStart < 0 && ch.titleEnd < 0 && before >= 0 && this.gapKind(s) === G.Comma && label[before] !== L.None && label[before] !== L.Hon && label[before] !== L.Credit) {
					ch.titleEnd = before;
					skipGap = true;
					j = before;
					continue;
				}
				break;
			}
			if (lj === L.Credit) break;
			if (inName[j]) break;
			if (lj === L.Role || lj === L.Body || lj === L.Place || lj === L.Country) {
				if (lj === L.Role && labelStart[j]) ch.roleStart = j;
			} else {
				const w = tokens[j].text;
				const k = tokKey(tokens[j]);
				const prevCapFree = j > 0 && !label[j - 1] && tokCap(tokens[j - 1]) && this.gapKind(j) === G.Space && !inName[j - 1];
				if (!(isCapitalised(w) || CONNECTORS.has(k) || prevCapFree || this.bodyNameTail(j))) break;
				if (hasDigit(w)) break;
			}
			ch.from = j;
			j--;
		}
		return ch;
	}

	/** Titles after the name, set off by a comma: ", Ủy viên Bộ Chính trị, Bí thư Thành ủy, …". */
	titlesAfter(t: number): TitlesAfter | null {
		const { n, tokens, label, labelStart, inName } = this;
		let j = t + 1;
		if (j >= n || this.gapKind(j) !== G.Comma) return null;
		const titles: string[] = [];
		const from = j;
		let to = t;
		while (j < n) {
			// "nguyên" (former), "kiêm" (also) may open a title.
			let s = j;
			while (s + 1 < n && !label[s] && TITLE_OPENERS.has(tokKey(tokens[s])) && this.spaceGap(s + 1)) s++;
			if (label[s] !== L.Role || !labelStart[s]) break;
			let e = s;
			while (e + 1 < n && (this.spaceGap(e + 1) || this.hyphenGap(e + 1) || this.gapKind(e + 1) === G.Apos) && !inName[e + 1]) {
				const x = e + 1;
				const lx = label[x];
				if (lx === L.Hon || lx === L.Credit) break;
				if (!lx) {
					const w = tokens[x].text;
					if (hasDigit(w)) break;
					// Capitalised words and their lower-case second syllables ("Bộ Tư pháp"), and every syllable of a hyphenated word
					// ("Bô-li-khăm-xay"), belong to the title; verbs do not.
					const ok = isCapitalised(w) || this.hyphenGap(x) || CONNECTORS.has(tokKey(tokens[x])) || (!label[e] && tokCap(tokens[e]) && !TITLE_VERBS.has(tokKey(tokens[x])));
					if (!ok) break;
				}
				e = x;
			}
			while (e > s && !label[e] && !tokCap(tokens[e]) && CONNECTORS.has(tokKey(tokens[e]))) e--;
			// "X, Phó Chủ tịch UBND thành phố Y": a title running into the next name is that name's.
			if (e + 1 < n && inName[e + 1] && this.spaceGap(e + 1)) break;
			titles.push(this.text.slice(tokens[j].start, tokens[e].end));
			to = e;
			j = e + 1;
			if (j >= n || this.gapKind(j) !== G.Comma) break;
		}
		return titles.length ? { titles, from, to } : null;
	}

	/**
	 * Is token j, lower case, the third or fourth word of a body's name capitalised on its first word only, right after
	 * the body's kind ("Chủ tịch Hội Cựu chiến binh tỉnh", "Hội Chữ thập đỏ")? A title runs on through it as through
	 * the second ("Hội Nông dân"); only when the body's place follows, as lower-case words before a name may be a verb's
	 * ("Trưởng Ban Tổ chức cảm ơn Trần Văn An").
	 */
	bodyNameTail(j: number): boolean {
		const { tokens, label, inName } = this;
		if (j + 1 >= this.n || (label[j + 1] !== L.Body && label[j + 1] !== L.Place)) return false;
		for (let m = j - 1, lower = 0; m > 0 && lower <= 2; m--) {
			if (label[m] || inName[m] || this.gapKind(m + 1) !== G.Space || TITLE_VERBS.has(tokKey(tokens[m + 1]))) return false;
			if (tokCap(tokens[m])) return lower >= 1 && this.gapKind(m) === G.Space && (label[m - 1] === L.Body || label[m - 1] === L.Role);
			lower++;
		}
		return false;
	}

	// Without any title, a family name that is also a common noun of place names ("Hồ Hoàn Kiếm",
	// "Bạch Long Vĩ") needs a usual middle name after it to read as a person ("Hồ Đức Phớc").
	plainName(w0: number): boolean {
		const { tokens, words } = this;
		const first = tokKey(tokens[words[w0].t0]);
		if (!PLACE_LIKE_SURNAMES.has(first) && !PLACE_LIKE_SURNAMES.has(tokFold(tokens[words[w0].t0]))) return true;
		const second = tokens[words[w0 + 1].t0];
		return MIDDLE_NAMES.has(tokKey(second)) || MIDDLE_NAMES.has(tokFold(second));
	}

	// "Y" and "A" standing alone open such names; "Y" before a medical noun is the word for medicine ("Sở Y Tế").
	highlandGiven(w0: number): boolean {
		const words = this.words;
		const w = words[w0].text;
		return (w === 'Y' || w === 'A') && isSingle(words, w0) && !(w === 'Y' && MEDICAL_AFTER_Y.has(words[w0 + 1].key));
	}

	/** Is a Lao place or country named shortly before token t, in the same sentence (and not as where one goes)? */
	laoNearBefore(t: number): boolean {
		const { tokens, label, tokCountry } = this;
		for (let j = t - 1; j >= 0 && t - j <= 15; j--) {
			const g = this.gapKind(j + 1);
			if (g === G.Newline || (g === G.Other && CLAUSE_END.test(this.gap(j + 1))) || (g === G.Dot && label[j] !== L.Hon)) return false;
			if ((label[j] === L.Place || label[j] === L.Country) && tokCountry[j] === C.LA) {
				const s = this.lexStartOf(j);
				return !(s > 0 && LOCATIVE.has(tokKey(tokens[s - 1])));
			}
		}
		return false;
	}

	/** The country of the first place or country word in tokens from..to not after a locative; undefined if none. */
	clue(from: number, to: number): Country | null | undefined {
		const { tokens, label, labelStart, tokCountry } = this;
		for (let j = from; j <= to; j++) {
			if (label[j] !== L.Place && label[j] !== L.Country) continue;
			if (!labelStart[j] && j > from && label[j - 1] === label[j]) continue;
			if (j > 0 && LOCATIVE.has(tokKey(tokens[j - 1]))) continue;
			const cc = tokCountry[j];
			return cc === C.VN ? 'VN' : cc === C.LA ? 'LA' : null;
		}
		return undefined;
	}
}

interface Found {
	c: Candidate;
	t0: number;
	t1: number;
	chain: Chain;
	after: TitlesAfter | null;
	accepted: boolean;
	deferred: boolean;
	/** Sure by its shape: its tokens stopped titles in step 4. */
	sure: boolean;
}

const nameWord = (w: Word) => !hasDigit(w.text);
/** Questions about words w0..w1 of a run, as loops (no slice and callback per candidate). */
function allLookLao(words: Word[], w0: number, w1: number): boolean {
	for (let k = w0; k <= w1; k++) if (!looksLao(words[k].text)) return false;
	return true;
}
function allVnSyllables(words: Word[], w0: number, w1: number): boolean {
	for (let k = w0; k <= w1; k++) if (!isVietnameseSyllable(words[k].text)) return false;
	return true;
}
function allAscii(words: Word[], w0: number, w1: number): boolean {
	for (let k = w0; k <= w1; k++) if (!isAscii(words[k].text)) return false;
	return true;
}
/** How many of the words are hyphenated (more than one token). */
function hyphenatedCount(words: Word[], w0: number, w1: number): number {
	let h = 0;
	for (let k = w0; k <= w1; k++) if (words[k].t1 > words[k].t0) h++;
	return h;
}

function peopleInTokens(text: string, tokens: Token[], gazetteer: Gazetteer, lang: Language, knownPlaces: PlaceMention[] | undefined): PersonMention[] {
	const n = tokens.length;
	if (!n) return [];
	const sc = new PeopleScan(text, tokens);
	const { label, labelStart, tokCountry, inName, words } = sc;
	// "tiếp Đoàn Công an tỉnh …", "Đoàn Hội Liên hiệp Phụ nữ tỉnh …": a "Đoàn" standing alone before a body is the
	// delegation noun, not the family name Đoàn. A name keeps its honorific or title before it ("ông Đoàn Văn Phòng").
	const delegationNoun = (k: number) =>
		tokKey(tokens[k]) === 'đoàn' &&
		!(k > 0 && (label[k - 1] === L.Hon || label[k - 1] === L.Role || (!label[k - 1] && tokCap(tokens[k - 1]) && tokens[k].start - tokens[k - 1].end === 1)));

	// 1. Labels: places first, then the vocabulary.
	const places = knownPlaces ?? placesInTokens(text, tokens, gazetteer, { includeMedia: true });
	const cityCountry = gazetteer.cityById;
	// The first token of each place, in order: the two loops after this one look at those alone.
	const placeStarts: number[] = [];
	{
		let p = 0;
		// The country of place p, looked up once for all its tokens.
		let codeOf = -1;
		let code = C.None;
		for (let i = 0; i < n && p < places.length; i++) {
			while (p < places.length && places[p].end <= tokens[i].start) p++;
			// Tokens ending before the place are neither in it nor past it: jump over them.
			if (p < places.length && tokens[i].end <= places[p].start) {
				i = firstEndingAfter(tokens, places[p].start, i) - 1;
				continue;
			}
			if (p < places.length && tokens[i].start < places[p].end && tokens[i].end > places[p].start) {
				label[i] = L.Place;
				labelStart[i] = tokens[i].start <= places[p].start ? 1 : 0;
				if (labelStart[i]) placeStarts.push(i);
				if (codeOf !== p) {
					codeOf = p;
					code = countryCode(cityCountry.get(places[p].cityId)?.country ?? null);
				}
				tokCountry[i] = code;
			}
		}
	}
	// A Lao given name that is also a town's ("đồng chí Phon-xạ-vẳn Xi-thi-xay": Phonsavan is Xiêng Khoảng's capital): a
	// hyphenated place after an honorific and before a second hyphenated word is the first word of a person's name.
	// (Each loop clears only the place it is at, so it meets the same place starts as a loop over every token would.)
	for (const a of placeStarts) {
		if (a < 1 || label[a] !== L.Place || !labelStart[a] || a + 1 >= n || !sc.hyphenGap(a + 1)) continue;
		let b = a;
		while (b + 1 < n && label[b + 1] === L.Place && !labelStart[b + 1]) b++;
		const next = b + 1;
		if (next + 1 >= n || label[next] || !tokCap(tokens[next]) || tokens[next].start - tokens[b].end !== 1 || !sc.hyphenGap(next + 1)) continue;
		const prev = tokKey(tokens[a - 1]);
		if (tokens[a].start - tokens[a - 1].end !== 1 || !(prev === 'ông' || prev === 'bà' || prev === 'ngài' || (prev === 'chí' && a > 1 && tokKey(tokens[a - 2]) === 'đồng'))) continue;
		for (let k = a; k <= b; k++) (label[k] = L.None), (labelStart[k] = 0), (tokCountry[k] = C.None);
	}
	// So is a Lao family name that is a province's ("bà Mạ-ly-vẳn Xay-xổm-bun", "Thượng tá Phết-lăm Xay-xổm-bun"): a hyphenated
	// place one space after a capitalised hyphenated word no list knows, a Lao given name, is the name's second word.
	for (const a of placeStarts) {
		if (a < 2 || label[a] !== L.Place || !labelStart[a] || a + 1 >= n || !sc.hyphenGap(a + 1) || label[a - 1] || !sc.hyphenGap(a - 1) || tokens[a].start - tokens[a - 1].end !== 1) continue;
		let w = a - 1;
		while (w > 0 && sc.hyphenGap(w) && !label[w - 1]) w--;
		if (!tokCap(tokens[w]) || (w > 0 && sc.hyphenGap(w))) continue;
		let b = a;
		while (b + 1 < n && label[b + 1] === L.Place && !labelStart[b + 1]) b++;
		for (let k = a; k <= b; k++) (label[k] = L.None), (labelStart[k] = 0), (tokCountry[k] = C.None);
	}
	// And a name of two or three words right after an honorific whose first word is a place's ("led by Mr. Champasak Keovilay":
	// Champasak is a Lao province): an honorific is followed by a person, never by a place, so the place reading gives way when a
	// capitalised word of no title or body follows it.
	for (const a of placeStarts) {
		if (a < 1 || label[a] !== L.Place || !labelStart[a] || !NAME_HONORIFIC.has(tokKey(tokens[a - 1])) || (sc.gapKind(a) !== G.Space && sc.gapKind(a) !== G.Dot)) continue;
		if (tokKey(tokens[a - 1]) === 'chí' && !(a > 1 && tokKey(tokens[a - 2]) === 'đồng')) continue;
		let b = a;
		while (b + 1 < n && label[b + 1] === L.Place && !labelStart[b + 1]) b++;
		const next = b + 1;
		if (b - a > 1 || next >= n || label[next] || !tokCap(tokens[next]) || tokens[next].start - tokens[b].end !== 1 || text.charCodeAt(tokens[b].end) !== 32 || lexiconFirst(tokens[next]) >= 0) continue;
		for (let k = a; k <= b; k++) (label[k] = L.None), (labelStart[k] = 0), (tokCountry[k] = C.None);
	}
	// Where a capitalised 'Đoàn' may follow a unit's word (read after this loop): a token this loop finds unlabelled, keyed 'đoàn'
	// (its first node is DOAN_FIRST) and written 'Đ' (labels are only ever set here, so one unlabelled after it was unlabelled
	// when reached).
	const doanAt: number[] = [];
	for (let i = 0; i < n; i++) {
		if (label[i]) continue;
		// The lexicon's first words are its tree's first level (keys are single words): one lookup
		// both tests the word and starts the walk.
		const first = lexiconFirst(tokens[i]);
		if (first < 0) continue;
		if (first === DOAN_FIRST && i > 0 && text.charCodeAt(tokens[i].start) === 0x110) doanAt.push(i);
		const mn = matchLexicon(sc, i, first);
		if (!mn) continue;
		const lx = sc.matched!;
		let free = true;
		for (let j = i; j < i + mn; j++) if (label[j]) free = false;
		if (!free) continue;
		// A role or body word right after a capitalised unlabelled word is inside a name ("Nguyễn Anh Thư ký kết").
		if ((lx.label === L.Role || lx.label === L.Body) && i > 0 && !label[i - 1] && tokens[i].start - tokens[i - 1].end === 1 && sc.gapKind(i) === G.Space &&
			tokCap(tokens[i - 1]) && !sc.sentenceStart(i - 1) && tokCap(tokens[i]) && !isAllCaps(tokens[i].text) &&
			!isAllCaps(tokens[i - 1].text) &&
			!delegationNoun(i - 1))
			continue;
		if (lx.weak && !(i > 0 && (label[i - 1] === L.Role || label[i - 1] === L.Body))) continue;
		// A country word that is also a family name written without diacritics ("Thai Van Hao") is the
		// country only before a title ("Thai Prime Minister").
		if (lx.label === L.Country && mn === 1 && VN_SURNAMES_FOLD.has(tokFold(tokens[i])) && isAscii(tokens[i].text)) {
			const next = i + 1 < n ? matchLexicon(sc, i + 1) : 0;
			if (!next || (sc.matched!.label !== L.Role && sc.matched!.label !== L.Body)) continue;
		}
		// A credit word counts only before a colon or dash ("Ảnh: Trịnh Dũng").
		if (lx.label === L.Credit) {
			const after = i + mn < n ? sc.gap(i + mn) : '';
			// A byline opens its line: "By Phonsavanh Vongsay".
			const byline = lx.key === 'by' && (i === 0 || LINE_START_GAP.test(sc.gap(i))) && tokCap(tokens[i]);
			if (!CREDIT_GAP.test(after) && !byline) continue;
		}
		for (let j = i; j < i + mn; j++) {
			label[j] = lx.label;
			tokCountry[j] = countryCode(lx.country ?? null);
		}
		labelStart[i] = 1;
		i += mn - 1;
	}

	// "Tỉnh Đoàn Phú Yên", "Bí thư Thành Đoàn Hà Nội": the Youth Union of a province or a city (a body), never a man named Đoàn.
	// (A capitalised 'đoàn' starts with 'Đ', U+0110; the lexicon loop kept the tokens that do, in order: no pass over every token.)
	for (const i of doanAt)
		if (!label[i] && tokCap(tokens[i]) && UNION_LEVEL.has(tokKey(tokens[i - 1])) && tokCap(tokens[i - 1]) && (!label[i - 1] || label[i - 1] === L.Body)) {
			label[i] = L.Body;
			if (!label[i - 1]) (label[i - 1] = L.Body), (labelStart[i - 1] = 1);
		}

	// 2. Words: tokens joined by a bare hyphen stay one word ("Xổm-sạ-vạt").
	// Only capitalised, unlabelled words can be part of a name, so only they are made.
	for (let i = 0; i < n; i++) {
		if (label[i] || !tokCap(tokens[i])) continue;
		let j = i;
		let broken = false;
		while (j + 1 < n && !label[j + 1] && (sc.hyphenGap(j + 1) || (sc.brokenHyphenGap(j + 1) && (broken = true)))) j++;
		words.push(
			j === i
				? { t0: i, t1: j, start: tokens[i].start, end: tokens[j].end, text: tokens[i].text, key: tokKey(tokens[i]), fold: tokFold(tokens[i]) }
				: { t0: i, t1: j, start: tokens[i].start, end: tokens[j].end, text: broken ? text.slice(tokens[i].start, tokens[j].end).replace(BROKEN_HYPHEN, '-') : text.slice(tokens[i].start, tokens[j].end), key: '', fold: '' }
		);
		i = j;
	}

	// 3. Runs of capitalised, unlabelled words separated by single spaces, and the name each ends with.
	const candidates: Candidate[] = [];
	// (An office title just before token t, a space between: "Bí thư Tỉnh ủy", "Chủ tịch UBND".)
	const afterTitle = (t: number) => t > 0 && (label[t - 1] === L.Role || (label[t - 1] === L.Body && COMMITTEE_LAST.has(tokKey(tokens[t - 1])))) && tokens[t].start - tokens[t - 1].end === 1;
	for (let k = 0; k < words.length; k++) {
		if (!nameWord(words[k])) continue;
		let e = k;
		// Consecutive in the text: the next word starts one space after, and no token lies between.
		while (
			e + 1 < words.length &&
			words[e + 1].t0 === words[e].t1 + 1 &&
			words[e + 1].start - words[e].end === 1 &&
			text.charCodeAt(words[e].end) === 32 &&
			nameWord(words[e + 1])
		)
			e++;
		const hon = words[k].t0 > 0 && label[words[k].t0 - 1] === L.Hon;
		let c = parseRun(words, k, e, hon);
		// (After an honorific the name starts at once: a Vietnamese name read off the run's end, "Phi Xít" of "đồng chí Khăm Xẻn
		// Vông Phi Xít", leaves the words before it no one's, and the whole run is a Lao name in spaced syllables if it can be.)
		if (hon && (!c || c.w0 > k)) c = spacedLaoName(words, k, e) ?? c;
		// (So is a Lao name in joined syllables whose last word needs no diacritics, "đồng chí Khămsay Vilavong", "Tỉnh trưởng
		// Khămphon Sivongsa": read off the run's end, "Vilavong" alone looks a Latin name and leaves "Khămsay" no one's; after an
		// honorific or a title the whole run is the name.)
		if (c && c.w0 > k && (c.shape === 'single' || c.shape === 'latin')) c = joinedLaoName(words, k, e, hon || (words[k].t0 > 0 && label[words[k].t0 - 1] === L.Role), sc) ?? c;
		c ??= joinedLaoName(words, k, e, hon, sc);
		// Three Vietnamese syllables right after an office title are one name though a family name stands second ("Bí thư Tỉnh ủy
		// Chế Quang Tài": Chế is a rarer family name, Quang a common one and a middle name): a name has three syllables mostly, and
		// a place between a title and a name would have two, leaving one.
		if (c && c.shape === 'vn' && c.w0 === k + 1 && e - k === 2 && afterTitle(words[k].t0) && allVnSyllables(words, k, e)) c = { w0: k, w1: e, shape: 'vn', runStart: k };
		if (c) candidates.push(c);
		k = e;
	}
	// Titles never run through a name; only names sure by their shape alone can stop them here
	// ("Friendship Association" is two Latin words, but not a name).
	// (Loops over the run's words rather than a slice of them and a callback: this runs for every candidate.)
	// (Which candidates are sure, by their index: step 6 asks whether the names titles stop at are still these.)
	const sureOf: boolean[] = [];
	for (const c of candidates) {
		const sure =
			(c.shape === 'vn' && c.w1 - c.w0 + 1 >= 3) ||
			(c.shape === 'latin' && allLookLao(words, c.w0, c.w1)) ||
			(c.shape === 'transcribed' && hyphenatedCount(words, c.w0, c.w1) >= 2);
		sureOf.push(sure);
		if (sure) for (let t = words[c.w0].t0; t <= words[c.w1].t1; t++) inName[t] = 1;
	}

	// 4. Evidence for each candidate.
	const gIndex = peopleIndex(gazetteer);
	const found: Found[] = [];
	for (const c of candidates) {
		const t0 = words[c.w0].t0;
		const t1 = words[c.w1].t1;
		const chain = sc.chainBefore(t0);
		const after = sc.titlesAfter(t1);
		const len = c.w1 - c.w0 + 1;
		const prevTok = t0 > 0 ? t0 - 1 : -1;
		const prevGapOk = t0 > 0 && (sc.gapKind(t0) === G.Space || sc.gapKind(t0) === G.Dot);
		const honAdjacent = chain.hon >= 0 && chain.roleStart < 0 && prevTok >= 0 && label[prevTok] === L.Hon;
		const roleEvidence = chain.roleStart >= 0 || chain.hon >= 0;
		// Right after a role, honorific or country (a bare name) or also a place (a Lao given name alone):
		// `adjacent` holds but for the label of the token before, which each case tests itself.
		const adjacent = c.w0 === c.runStart && prevTok >= 0 && prevGapOk && (roleEvidence || chain.credit);
		const prevLabel = prevTok >= 0 ? label[prevTok] : L.None;
		const evidence = roleEvidence || !!after || chain.credit;
		// Whether the gazetteer knows the name matters only without other evidence (every use is
		// "evidence || known …"), so the keys are built only then.
		// And only when the run's first word opens some key.
		const k0 = tokKey(tokens[t0]), f0 = tokFold(tokens[t0]);
		const mayKnow = !evidence && (gIndex.byKeyFirsts.has(k0) || gIndex.byKeyFirsts.has(f0));
		// The run's key is joined only for notNames (a key whose first word opens none is in none).
		const runKey = !evidence && gIndex.notNameFirsts.has(k0) ? sc.keyOf(t0, t1) : '';
		const known = mayKnow && (knownRun(tokens, t0, t1, gIndex, false) !== undefined || knownRun(tokens, t0, t1, gIndex, true) !== undefined);
		const blocked =
			prevTok >= 0 &&
			tokens[t0].start - tokens[prevTok].end === 1 &&
			sc.gapKind(t0) === G.Space &&
			!roleEvidence &&
			(PLACE_NOUNS.has(tokKey(tokens[prevTok])) || (prevTok > 0 && PLACE_NOUN_PAIR_ENDS.has(tokKey(tokens[prevTok])) && PLACE_NOUN_PAIRS.has(`${tokKey(tokens[prevTok - 1])} ${tokKey(tokens[prevTok])}`)));
		// (Or after such a noun and its kind: "Trường Chính trị Nguyễn Chí Thanh", "Trường THPT chuyên Lê Quý Đôn", "Khu di tích
		// Nguyễn Sinh Sắc": the institution's namesake, not one who is there.)
		const namesake = !blocked && prevTok > 0 && ((!roleEvidence && afterInstitution(tokens, sc, prevTok)) || afterNamedBody(tokens, sc, prevTok, roleEvidence));
		// A Lao-shaped name of one or two words right after a title's unit noun or a site's (or "TP."), even at a title's end
		// ("Xẻng-phết Lạ-tha-vông, Thị trưởng thành phố Kay-xỏn Phôm-vi-hẳn", "Giám đốc Bảo tàng Cay-xỏn Phôm-vi-hản"), is the unit's
		// or the site's name (a city or a museum may bear a leader's): a Lao official's name follows his title, never the unit's
		// noun. (A Vietnamese-shaped name may: "Phó Chủ tịch UBND tỉnh Hồ Văn Niên" leaves the province unsaid; so may any name
		// after a body's unit, "Phó Chủ tịch HĐND tỉnh Bun-khong Xay-nhạ-sẳn" of the council of the province told, and after "Chủ
		// huyện", the district chief's own title; a longer run may hold the unit and a name.)
		const unitName =
			c.w1 - c.w0 <= 1 && (c.shape === 'transcribed' || c.shape === 'latin') && prevTok > 0 &&
			((tokens[t0].start - tokens[prevTok].end === 1 && sc.gapKind(t0) === G.Space) || (sc.gapKind(t0) === G.Dot && isAllCaps(tokens[prevTok].text))) &&
			unitNounBefore(tokens, label, prevTok);
		// Phrases the gazetteer marks as not places ("Thái Bình Dương") are not people either.
		const notPerson = runKey !== '' && gIndex.notNames.has(runKey);
		// "the Lao Front for National Development", "the Association for Educational Promotion": capitalised words right after
		// an organisation's noun and "for" are the organisation's name, never a person's.
		const orgFor =
			c.w0 === c.runStart && prevTok > 0 && tokKey(tokens[prevTok]) === 'for' && !tokCap(tokens[prevTok]) &&
			sc.gapKind(t0) === G.Space && sc.gapKind(prevTok) === G.Space &&
			(label[prevTok - 1] === L.Body || ORG_NOUNS_EN.has(tokKey(tokens[prevTok - 1]))) && tokCap(tokens[prevTok - 1]);
		let caps = false;
		for (let k = c.w0; k <= c.w1 && !caps; k++) caps = isAllCaps(words[k].text);
		let accepted = false;
		let deferred = false;
		if (caps && !chain.credit) accepted = false;
		// "Chủ huyện Khăm Cợt": right after a Lao district chief's title, a name with fewer than two hyphenated words is the
		// district's ("Chủ huyện Khăm-phăn Xỉ-xu-vông" is a man).
		else if (t0 > 1 && tokKey(tokens[t0 - 1]) === 'huyện' && tokKey(tokens[t0 - 2]) === 'chủ' && hyphenatedCount(words, c.w0, c.w1) < 2) accepted = false;
		// "the Ninh Binh Culture and Tourism Week", "the Trang An Festival": an event's name ends in what it is, not a person's.
		// "Hiệu trưởng Trường Đại học Cần Thơ": a school's noun and its kind ("Đại học", "Cao đẳng"), never a name.
		else if (schoolKind(tokens, sc, t0, t1)) accepted = false;
		// Nor a facility's, whatever stands before it ("the Bo Y International Border Gate").
		else if (blocked || namesake || unitName || notPerson || orgFor || (!evidence && c.shape === 'transcribed' && listedAmongPlaces(tokens, sc, t0, t1)) || (lang === 'en' && !evidence && EVENT_NOUNS_EN.has(tokKey(tokens[t1]))) || FACILITY_NOUNS_EN.has(tokKey(tokens[t1])) || (lang === 'en' && t1 > t0 && ORG_NOUNS_EN.has(tokKey(tokens[t1])))) accepted = false;
		else
			switch (c.shape) {
				case 'vn': {
					if (evidence || known) accepted = true;
					else if (len >= 3 && (lang === 'en' || !allAscii(words, c.w0, c.w1)) && sc.plainName(c.w0)) accepted = true;
					else deferred = true;
					break;
				}
				// Syllables Vietnamese lacks may be a foreign word's: a name only where a title or honorific says so,
				// or where it is written whole so elsewhere in the text.
				case 'vn-loose': {
					if (evidence || known) accepted = true;
					else deferred = true;
					break;
				}
				case 'vn-bare':
					accepted =
						// "Bí thư Huyện ủy Hương Sơn": after a committee's own word, two words with no surname name its place; three or
						// four are a name whose family name is a rarer one ("Bí thư Thành ủy Văn Quốc Hưng"): a place of Vietnam has two
						// syllables, a person's name mostly three.
						(adjacent && (prevLabel === L.Role || prevLabel === L.Hon || prevLabel === L.Country) && (len >= 3 || !(t0 > 0 && COMMITTEE_LAST.has(tokKey(tokens[t0 - 1]))))) ||
						(chain.credit && c.w0 === c.runStart) ||
						// A Bahnar or Xơ Đăng name opens with "A" (men) or "Y" (women), its other syllables spelt the
						// Vietnamese way ("A Pớt", "Y Ngọc"): after a title, even with its province between
						// ("Phó Chủ tịch HĐND tỉnh Kon Tum A Pớt"), as a Vietnamese name is.
						(chain.roleStart >= 0 &&
							sc.highlandGiven(c.w0) &&
							adjacent &&
							(prevLabel === L.Role || prevLabel === L.Hon || prevLabel === L.Country || prevLabel === L.Place || prevLabel === L.Body)) ||
						// So is a Khmer name with no family name Vietnamese knows, after its title's province ("Chủ tịch Hội Cựu
						// chiến binh tỉnh Kiên Giang Danh Văn Phol"): a syllable Vietnamese spelling lacks names no place of Vietnam.
						(chain.roleStart >= 0 && adjacent && prevLabel === L.Place && !allVnSyllables(words, c.w0, c.w1));
					break;
				case 'latin': {
					if (evidence || known || allLookLao(words, c.w0, c.w1)) accepted = true;
					else deferred = true;
					break;
				}
				case 'transcribed': {
					// Right after a body ("Bí thư Tỉnh Đoàn Bô-li-khăm-xay"), one hyphenated word is the body's place.
					if (prevLabel === L.Body && adjacent && hyphenatedCount(words, c.w0, c.w1) < 2 && c.w0 === c.w1) accepted = false;
					// A Lao name in spaced syllables with no title after it ("do ông Khăm Xinh Phon Thạ Vông dẫn đầu"): the leader's,
					// or one the text names so beside his titles (step 5), else not sure.
					else if (hyphenatedCount(words, c.w0, c.w1) === 0 && c.w1 - c.w0 >= 2 && isNameSyllable(words[c.w0].text) && !after && !sc.ledBy(t0, t1)) deferred = true;
					else if (evidence || known || hyphenatedCount(words, c.w0, c.w1) >= 2) accepted = true;
					else deferred = true;
					break;
				}
				case 'single': {
					const w = words[c.w0];
					if (honAdjacent && SHORT_NAME_HONORIFICS.has(chain.honKey)) accepted = true;
					else if (
						adjacent &&
						(prevLabel === L.Role || prevLabel === L.Place || prevLabel === L.Country) &&
						chain.roleStart >= 0 &&
						isAscii(w.text) &&
						!isVietnameseSyllable(w.text) &&
						looksLao(w.text)
					)
						accepted = true;
					// A credit to an agency ("Photo: VNA") is not a person.
					else if (chain.credit && c.w0 === c.runStart && !(isAllCaps(w.text) && !isVietnameseSyllable(w.text))) accepted = true;
					break;
				}
			}
		// (One entry per candidate, in order: found.length is this candidate's index.)
		found.push({ c, t0, t1, chain, after, accepted, deferred, sure: sureOf[found.length] });
	}
	// 5. A name accepted once in the text is a name everywhere in it (captions repeat names bare).
	if (found.some((f) => f.deferred)) {
		const acceptedKeys = new Set(found.filter((f) => f.accepted && f.c.shape !== 'single').map((f) => sc.foldOf(f.t0, f.t1)));
		for (const f of found) if (f.deferred && acceptedKeys.has(sc.foldOf(f.t0, f.t1))) f.accepted = true;
	}
	// A given name alone, once the full name has been written: Lao names by their first word
	// ("Anouphap thanked…"), and in English also Vietnamese names by their last ("Hoai said").
	const givenNames = new Set<string>();
	for (const f of found) {
		if (!f.accepted || f.c.shape === 'single' || f.chain.credit) continue;
		if (f.c.shape === 'latin') givenNames.add(tokFold(tokens[f.t0]));
		else if (f.c.shape === 'vn' && lang === 'en') givenNames.add(tokFold(tokens[f.t1]));
	}
	if (givenNames.size)
		for (const f of found)
			if (!f.accepted && f.c.shape === 'single' && !f.chain.credit && f.t1 - f.t0 === 0 && (tokens[f.t0].text.length >= 3 || beforeVerb(tokens, f.t0)) && !isAllCaps(tokens[f.t0].text) && givenNames.has(tokFold(tokens[f.t0])))
				f.accepted = true;

	// 6. Mentions, with titles and country; titles now stop at every accepted name.
	// When the names accepted are just those sure by shape, titles stop where they did in step 4 (the candidates' tokens are
	// apart, and nothing else those readings look at has changed since): its chains and titles stand, read again otherwise.
	let sameStops = true;
	for (const f of found) if (f.accepted !== f.sure) sameStops = false;
	if (!sameStops) {
		inName.fill(0);
		for (const f of found) if (f.accepted) for (let t = f.t0; t <= f.t1; t++) inName[t] = 1;
	}
	const out: PersonMention[] = [];
	for (const f of found) {
		if (!f.accepted) continue;
		const { c, t0, t1 } = f;
		const chain = sameStops ? f.chain : sc.chainBefore(t0);
		const after = sameStops ? f.after : sc.titlesAfter(t1);
		// A name read across a PDF's broken hyphen is written whole ("Khăm-⏎phăn-thạ" is "Khăm-phăn-thạ").
		const raw = text.slice(tokens[t0].start, tokens[t1].end);
		const name = raw.includes('-') ? raw.replace(BROKEN_HYPHEN, '-') : raw;
		const titles: string[] = [];
		if (chain.roleStart >= 0) {
			// English puts the place or country first: "Vientiane Mayor", "Lao Deputy Prime Minister".
			let ts = chain.roleStart;
			while (
				lang === 'en' &&
				ts - 1 >= chain.from &&
				(label[ts - 1] === L.Place || label[ts - 1] === L.Country || label[ts - 1] === L.Body) &&
				PLACE_ROLE_GAP.test(sc.gap(ts))
			)
				ts--;
			if (ts > 0 && ts < chain.roleStart && APOSTROPHE_GAP.test(sc.gap(ts))) ts = chain.roleStart;
			const end = chain.titleEnd >= 0 ? chain.titleEnd : t0 - 1;
			// Split at commas and trimmed: the same pieces as split(/\s*,\s*/) then trim (\s and trim
			// know the same spaces), without a regex, nor the arrays of split/map/filter.
			const to = tokens[end].end;
			for (let a = tokens[ts].start; ; ) {
				const comma = text.indexOf(',', a);
				const b = comma < 0 || comma > to ? to : comma;
				const piece = text.slice(a, b).trim();
				if (piece) titles.push(piece);
				if (b === to) break;
				a = b + 1;
			}
		}
		if (after) titles.push(...after.titles);
		let country: Country | null | undefined;
		const vnShaped = c.shape === 'vn' || c.shape === 'vn-loose' || (c.shape === 'vn-bare' && !allAscii(words, c.w0, c.w1));
		if (c.shape === 'vn') country = 'VN';
		else {
			if (chain.roleStart >= 0 || chain.hon >= 0) country = sc.clue(Math.max(chain.from, 0), t0 - 1);
			if (country === undefined && after) country = sc.clue(after.from, after.to);
			if (country === undefined) {
				if (vnShaped) country = 'VN';
				else if (c.shape === 'latin' && allLookLao(words, c.w0, c.w1)) country = 'LA';
				// A Latin-script name led in by a Lao body a few words before: "Đoàn tỉnh Bô Ly Khăm Xay do ông X".
				else if (sc.laoNearBefore(t0)) country = 'LA';
				else if (c.shape === 'transcribed') country = 'LA';
				else country = null;
			}
		}
		const m: PersonMention = {
			start: tokens[t0].start,
			end: tokens[t1].end,
			name,
			titles,
			country: country ?? null,
			script: c.shape === 'latin' || (c.shape === 'single' && isAscii(name) && !isVietnameseSyllable(name)) ? 'latin' : c.shape === 'transcribed' ? 'transcribed' : 'vn',
			// Every optional field made here, unset: set later, each would give the mention another hidden class, and
			// the registry, isParticipant and the events' readers, which read mentions of every kind, would see four or more.
			knownId: undefined,
			credit: undefined,
			sameAs: undefined,
			partial: undefined
		};
		const known =
			gIndex.byKeyFirsts.has(tokKey(tokens[t0])) || gIndex.byKeyFirsts.has(tokFold(tokens[t0]))
				? (knownRun(tokens, t0, t1, gIndex, false) ?? knownRun(tokens, t0, t1, gIndex, true))
				: undefined;
		if (known && c.shape !== 'single') m.knownId = known;
		if (chain.credit) m.credit = true;
		if (c.shape === 'single') m.partial = true;
		out.push(m);
	}
	return out;
}

/** The first token from `from` on that ends after `offset` (tokens are in text order), or tokens.length. */
function firstEndingAfter(tokens: Token[], offset: number, from: number): number {
	let lo = from, hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function isAllCapsOrShort(w: string): boolean {
	return isAllCaps(w) || SHORT_CAPITALISED.test(w);
}

/**
 * Length in tokens of the longest lexicon phrase at token i, or 0; its entry is left in sc.matched
 * (matchLexicon runs for every word that opens a lexicon phrase: a result object each cost more).
 */
function matchLexicon(
	sc: PeopleScan,
	i: number,
	/** The trie's node for token i, when the caller has looked it up already (else -1). */
	firstNode = -1
): number {
	const { tokens, label } = sc;
	// Word by word down the lexicon's trie: the same phrases as the joined keys "w1 w2 …", found
	// without building and hashing a new string at every step. A step is by the word's number (kept
	// on its form): a word that no phrase holds ends the walk without a lookup.
	let node = 0;
	let bestN = 0;
	let bestLex: Lex | null = null;
	for (let j = i; j < tokens.length && j - i < LEXICON_TRIE.maxWords; j++) {
		if (j === i && firstNode >= 0) node = firstNode;
		else {
			const w = lexWord(tokens[j]);
			if (w < 0) break;
			node = LEXICON_TRIE.step(node, w);
			if (node < 0) break;
			if (j > i && (!sc.lexJoin(j) || label[j])) break;
		}
		const lex = LEXICON_TRIE.values[node];
		if (!lex) continue;
		let ok = true;
		// Only roles and honorifics collide with name syllables; bodies and countries match in any case.
		if (lex.label === L.Role || lex.label === L.Hon)
			for (let x = 0; x <= j - i && ok; x++) {
				const w = tokens[i + x].text;
				if (lex.lower[x] && isCapitalised(w) && !isAllCaps(w)) ok = x === 0 && sc.sentenceStart(i);
			}
		// Acronyms must be upper case in the text ("TS", "US"; not "ts", "us").
		if (ok && lex.acronym && !isAllCaps(tokens[i].text)) ok = false;
		if (ok) {
			bestN = j - i + 1;
			bestLex = lex;
		}
	}
	sc.matched = bestLex;
	return bestN;
}

/** The name a run of capitalised words ends with, and its shape. */
// Shapes of word k of a run: functions of the module, not closures made again for every run
// (parseRun runs for every run of capitalised words of every text).
const isSingle = (words: Word[], k: number) => words[k].t1 === words[k].t0;
const isVnSyllable = (words: Word[], k: number) => isSingle(words, k) && isVietnameseSyllable(words[k].text);
const ASCII_WORD = /^[A-Za-z][A-Za-z-]*$/;
const isAsciiWord = (words: Word[], k: number) => ASCII_WORD.test(words[k].text);
// A hyphenated word is never a family name (no list holds a hyphen), and its key is ''.
const isSurname = (words: Word[], k: number) => {
	const w = words[k];
	return isAscii(w.text) ? VN_SURNAMES_FOLD.has(w.fold) : VN_SURNAMES.has(w.key);
};
// Module constants: esbuild turns a /u regex with a non-ASCII character into `new RegExp(…)`, made
// again wherever the literal stands (here, for every word of every run).
const HK_NAME_OPENER = /^[HK]['’]\p{Lu}/u;
const HK_PEOPLE_NAME = /^H['’](?:mông|mong|rê|re)$/iu;
/** A hyphenated word whose parts are all Vietnamese syllables ("Phon-xay"). */
/**
 * A two-letter given name ("Ha", "An") is a person only as a sentence's subject, a lower-case word right after it ("Ha
 * hosted a dinner", "An said"): not "Ha Long", "An Giang".
 */
function beforeVerb(tokens: Token[], t: number): boolean {
	const next = tokens[t + 1];
	return !!next && next.start === tokens[t].end + 1 && !tokCap(next) && /^\p{Ll}{2,}$/u.test(next.text);
}
const isHyphenatedVn = (words: Word[], k: number) => !isSingle(words, k) && words[k].text.split('-').every((w) => isVietnameseSyllable(w));

// Family names that are also common words ("Đồng" of "Đồng thời", "Đồng bào"): one only right after an honorific
// ("đồng chí Đồng Thị Minh Hà", "ông Đồng Văn Tư").
const SURNAMES_AFTER_HONORIFIC = keySet(['đồng']);

/**
 * A Lao name some outlets write in separate syllables without hyphens ("do ông Khăm Xinh Phon Thạ Vông, Bí thư Huyện
 * ủy"): after an honorific and before a title, five or six capitalised syllables (more than a Vietnamese name has),
 * or three or four with no Vietnamese family name and one Vietnamese spelling lacks, are one transcribed name. Its
 * syllables are those of the hyphenated spelling ("Khăm-xinh Phon-thạ-vông"), so the registry joins the two.
 */
function spacedLaoName(words: Word[], a: number, b: number): Candidate | null {
	const len = b - a + 1;
	if (len < 3 || len > 6 || isSurname(words, a)) return null;
	for (let k = a; k <= b; k++) if (!isSingle(words, k) || !isNameSyllable(words[k].text) || isAllCaps(words[k].text)) return null;
	if (len <= 4 && allVnSyllables(words, a, b)) return null;
	// (Without a title after it, it is sure only as a delegation's leader or as the text names it elsewhere: step 4.)
	return { w0: a, w1: b, shape: 'transcribed', runStart: a };
}

/**
 * A Lao name some outlets write in joined syllables with Vietnamese tones ("ông Khămphăn Xaysổmphêng, Phó Đô trưởng"): two
 * or three capitalised words, none a Vietnamese syllable, each read as Lao romanisation once folded, and one at least with
 * Vietnamese marks (in plain ASCII it is a Latin name, read above), right after an honorific or before a title.
 */
function joinedLaoName(words: Word[], a: number, b: number, hon: boolean, sc: PeopleScan): Candidate | null {
	const s = hon ? a : Math.max(a, b - 2);
	const len = b - s + 1;
	if (len < 2 || len > 3) return null;
	let marks = false;
	for (let k = s; k <= b; k++) {
		const w = words[k].text;
		if (!isSingle(words, k) || isAllCaps(w) || isVietnameseSyllable(w) || !looksLao(wordFold(w))) return null;
		if (!marks) marks = !isAscii(w);
	}
	return marks && (hon || sc.titlesAfter(words[b].t1)) ? { w0: s, w1: b, shape: 'transcribed', runStart: a } : null;
}

/**
 * Is the run t0..t1 an item of a list of places, a place named on one side of it across the list's comma or "và"/"and"
 * ("nối Huế, Đông Hà, Cay-xỏn Phôm-vi-hản và Pắc-xế")? A transcribed name with no title there is a place bearing a leader's
 * name, not a person: people in a list keep their titles, and the list is not one of people.
 */
function listedAmongPlaces(tokens: Token[], sc: PeopleScan, t0: number, t1: number): boolean {
	const label = sc.label, n = tokens.length;
	const before = t0 > 0 && sc.gapKind(t0) === G.Comma && label[t0 - 1] === L.Place;
	const sep = t1 + 1 < n && sc.gapKind(t1 + 1) === G.Comma ? t1 + 1 : t1 + 2 < n && sc.spaceGap(t1 + 1) && LIST_AND.has(tokKey(tokens[t1 + 1])) ? t1 + 2 : -1;
	const after = sep > 0 && label[sep] === L.Place && (sep === t1 + 1 || sc.spaceGap(sep));
	// (Both sides a list's: one place beside it and the other side still listing.)
	return (before && (after || sep > 0)) || (after && t0 > 0 && sc.gapKind(t0) === G.Comma);
}
const LIST_AND = new Set(['và', 'and']);
/**
 * Does token p end the noun of a site ("Bảo tàng") or of a unit right after its head's title ("Thị trưởng thành phố", "Tỉnh
 * trưởng tỉnh", "Thị trưởng TP", "Chủ huyện huyện")? Not a unit after a body ("Phó Chủ tịch HĐND tỉnh", "UBND thành phố": the
 * body of the province told, its member's name may follow), nor the district chief's own title ("Chủ huyện").
 */
function unitNounBefore(tokens: Token[], label: Uint8Array, p: number): boolean {
	const k = tokKey(tokens[p]);
	if (SITE_NOUNS.has(k)) return true;
	if (!UNIT_NOUNS.has(k)) return false;
	const u = p > 0 && ((k === 'phố' && tokKey(tokens[p - 1]) === 'thành') || (k === 'đô' && tokKey(tokens[p - 1]) === 'thủ')) ? p - 1 : p;
	if (u < 2 || label[u - 1] !== L.Role) return false;
	const head = tokKey(tokens[u - 1]);
	return head === 'trưởng' || (head === 'huyện' && tokKey(tokens[u - 2]) === 'chủ');
}

// A school's noun and the first word of its kind, written before the kind's lower-case second word: "Trường Đại học",
// "Viện Đại học", "Trường Cao đẳng", "Trường Trung cấp", "Trường Trung học", and the Party's and the army's schools, "Trường
// Chính trị tỉnh …", "Học viện Chính trị", "Trường Quân sự": a name matched across the kind ("Trường Chính" beside the
// famous "Trường Chinh") is the school's, whatever title stands before it ("Hiệu trưởng Trường Chính trị tỉnh").
const SCHOOL_HEADS = keySet(['trường', 'viện']);
const SCHOOL_KINDS = keySet(['đại học', 'cao đẳng', 'trung cấp', 'trung học', 'tiểu học', 'chính trị', 'quân sự', 'mầm non', 'sư phạm', 'phổ thông']);
function schoolKind(tokens: Token[], sc: PeopleScan, t0: number, t1: number): boolean {
	for (let j = t0; j <= t1; j++)
		if (SCHOOL_HEADS.has(tokKey(tokens[j])) && j + 2 < tokens.length && !tokCap(tokens[j + 2]) && sc.spaceGap(j + 1) && sc.spaceGap(j + 2) && SCHOOL_KINDS.has(`${tokKey(tokens[j + 1])} ${tokKey(tokens[j + 2])}`))
			return true;
	return false;
}

function parseRun(words: Word[], a: number, b: number, afterHonorific = false): Candidate | null {
	// Vietnamese: a family name and 1–3 more syllables, ending the run. Three syllables are the
	// commonest, so prefer them; two only when nothing longer fits.
	let best: { s: number; pref: number } | null = null;
	// A run that opens with a family name is one name ("Lương Nguyễn Minh Triết" has two).
	let whole = b - a + 1 >= 2 && b - a + 1 <= 4 && (isSurname(words, a) || (afterHonorific && SURNAMES_AFTER_HONORIFIC.has(words[a].key)));
	for (let k = a; k <= b && whole; k++) whole = isVnSyllable(words, k);
	if (whole) return { w0: a, w1: b, shape: 'vn', runStart: a };
	// A Central Highlands name: a Jrai clan name and 1–3 more words, whatever their spelling ("Rơ Mah Hlin"),
	// or an Ê Đê man's "Y" and 2–4 more with a syllable Vietnamese lacks ("Y Biêr Niê", "Y Giang Gry Niê Knơng").
	for (let s = a; s < b; s++) {
		if (b - s <= 3 && isSingle(words, s) && HIGHLAND_SURNAMES.has(words[s].key)) return { w0: s, w1: b, shape: 'vn', runStart: a };
		// Its words are Ê Đê syllables, never an English facility's ("the Bo Y International Border Gate").
		if (words[s].text === 'Y' && b - s >= 2 && b - s <= 4) {
			let foreign = false, facility = false;
			for (let k = s + 1; k <= b; k++) {
				if (!isVnSyllable(words, k)) foreign = true;
				if (FACILITY_NOUNS_EN.has(words[k].key)) facility = true;
			}
			if (foreign && !facility) return { w0: s, w1: b, shape: 'vn', runStart: a };
		}
		// An Ê Đê woman's name opens with "H'" ("H'Yim Kđoh", "H'Ăng Niê"), a Cơ Ho one with "K'" ("K'Lơi Sơn"):
		// that word and 1–3 more, whatever their spelling.
		// Not the peoples' names written so ("người H'Mông", "dân tộc H'Rê").
		if (b - s >= 1 && b - s <= 3 && isSingle(words, s) && HK_NAME_OPENER.test(words[s].text) && !HK_PEOPLE_NAME.test(words[s].text))
			return { w0: s, w1: b, shape: 'vn', runStart: a };
	}
	for (let s = a; s <= b; s++) {
		const len = b - s + 1;
		if (len < 2 || len > 4 || !isSurname(words, s)) continue;
		let all = true;
		for (let k = s; k <= b && all; k++) all = isVnSyllable(words, k);
		if (!all) continue;
		const pref = len === 3 ? 0 : len === 4 ? 1 : 2;
		if (!best || pref < best.pref) best = { s, pref };
	}
	if (best) return { w0: best.s, w1: b, shape: 'vn', runStart: a };
	// Khmer, Hmong and Central Highlands names keep syllables Vietnamese spelling lacks ("Thạch Văn Phol", "Lý Sol",
	// "Danh Văn Phol"): the same shapes with such syllables, when some word has Vietnamese diacritics (written in
	// plain ASCII, "Kim Sal" and "Phol Sen" are read as Latin script below, as before). Not the Latin or transcribed
	// names: a hyphenated word is not one syllable, and Lao romanisation has two groups of vowels ("Khamphan").
	let vnMarks = false, odd = false;
	for (let x = a; x <= b && !(vnMarks && odd); x++) {
		if (!vnMarks) vnMarks = !isAscii(words[x].text);
		if (!odd) odd = !isVnSyllable(words, x);
	}
	if (vnMarks && odd) {
		for (let s = a; s <= b; s++) {
			const len = b - s + 1;
			if (len < 2 || len > 4 || !isSurname(words, s)) continue;
			let all = true;
			for (let k = s; k <= b && all; k++) all = isSingle(words, k) && isNameSyllable(words[k].text);
			if (!all) continue;
			const pref = len === 3 ? 0 : len === 4 ? 1 : 2;
			if (!best || pref < best.pref) best = { s, pref };
		}
		if (best) return { w0: best.s, w1: b, shape: 'vn-loose', runStart: a };
		// No family name Vietnamese spelling knows ("Danh", "Sơn", "Kiên" open Khmer names): read as the words of a
		// Vietnamese name without one, after a title or honorific only.
		let all = b - a + 1 >= 2 && b - a + 1 <= 4;
		for (let k = a; k <= b && all; k++) all = isSingle(words, k) && isNameSyllable(words[k].text);
		if (all) return { w0: a, w1: b, shape: 'vn-bare', runStart: a };
	}
	// Latin script: the ASCII words at the end of the run, at least one of them not Vietnamese.
	let k = b;
	while (k >= a && isAsciiWord(words, k) && !isAllCaps(words[k].text)) k--;
	let s = k + 1;
	// A word's key is its lower case but for tone placement, which no (ASCII) stop word has.
	while (s <= b && EN_STOP.has(words[s].key)) s++;
	if (s <= b) {
		const len = b - s + 1;
		let foreign = false;
		for (let x = s; x <= b; x++) if (!isVnSyllable(words, x)) foreign = true;
		let stop = false;
		for (let x = s; x <= b; x++) if (EN_STOP.has(words[x].key)) stop = true;
		// A hyphenated part that needs no diacritics after a transcribed one ends that name ("Ma-ni-vông Xu-li-ya").
		let tail = s > a && !isSingle(words, s - 1) && !isAsciiWord(words, s - 1);
		for (let x = s; x <= b && tail; x++) tail = isHyphenatedVn(words, x);
		// Nor is a hyphenated part that needs none after a given name that does ("Lỉ Phim-ma-xay", "Khăm Xay-nha-vong"): the
		// whole is one transcribed name, not a Latin one that starts halfway.
		let given = !tail && s > a && isSingle(words, s - 1) && !isAsciiWord(words, s - 1) && isVnSyllable(words, s - 1) && !isSurname(words, s - 1) && len <= 3;
		for (let x = s; x <= b && given; x++) given = isHyphenatedVn(words, x);
		if (given) return { w0: s - 1, w1: b, shape: 'transcribed', runStart: a };
		if (foreign && !stop && len <= 4 && !tail) return { w0: s, w1: b, shape: len === 1 ? 'single' : 'latin', runStart: a };
	}
	// Lao transcribed into Vietnamese syllables, hyphenated: "Xổm-sạ-vạt Lềnh-xạ-vắt".
	let firstHy = -1;
	for (let x = a; x <= b; x++)
		if (!isSingle(words, x) && !isAsciiWord(words, x)) {
			firstHy = x;
			break;
		}
	if (firstHy >= 0) {
		let ok = true;
		for (let x = firstHy; x <= b && ok; x++) ok = !isSingle(words, x) || isVnSyllable(words, x);
		// Syllables written apart before the hyphenated ones belong to the same name ("Bua Khăm Thip-pha-vông"),
		// and so does a hyphenated part that happens to need no diacritics ("Phon-xay Khăm-ma-ni").
		let from = firstHy;
		while (from > a && (isVnSyllable(words, from - 1) || isHyphenatedVn(words, from - 1)) && !isSurname(words, from - 1) && b - from + 2 <= 4) from--;
		if (ok && b - from + 1 <= 4) return { w0: from, w1: b, shape: 'transcribed', runStart: a };
	}
	let allVn = true;
	for (let x = a; x <= b && allVn; x++) allVn = isVnSyllable(words, x);
	if (allVn && b - a + 1 >= 2 && b - a + 1 <= 4) return { w0: a, w1: b, shape: 'vn-bare', runStart: a };
	if (a === b) return { w0: a, w1: b, shape: 'single', runStart: a };
	return null;
}

/* ------------------------------------------------------------------------------------------------
 * Registry: one id per person across the corpus.
 * ---------------------------------------------------------------------------------------------- */

export interface RegistryPerson {
	/** Gazetteer id when the person is in the gazetteer, else the slug of the canonical name ("dinh-tien-dung"). */
	id: string;
	/** The gazetteer's spelling when known, else the most frequent spelling (ties: the first seen). */
	name: string;
	/** Every other spelling seen, in order of first appearance. */
	aliases: string[];
	country: Country | null;
	/** Titles as written, in order of first appearance, without repeats. */
	titles: string[];
}

interface Entry {
	article: string;
	m: PersonMention;
	order: number;
	words: string[];
	folds: string[];
	/** words and folds joined by spaces, and whether the name is written without diacritics: made once, read many times. */
	wordsKey: string;
	foldsKey: string;
	ascii: boolean;
	spelling: string;
	/** The spelling's parts, shared by every entry of that spelling (what the gazetteer says of it is kept there). */
	parts: NameParts;
}

interface Resolution {
	persons: RegistryPerson[];
	byMention: Map<PersonMention, string>;
	/** The full-name entries and the id of each, in the order added; then the one-word entries linked to a full name, with theirs. */
	full: Entry[];
	fullIds: string[];
	linked: Entry[];
	linkedIds: string[];
	/**
	 * The tables of lookups for a mention not added as such (by article and offsets, by key, by Latin
	 * likeness), each made on the first lookup that needs it: the pipeline resolves the very mentions it
	 * added, so most builds never need them.
	 */
	byPlace: Map<string, string> | null;
	byKey: Map<string, string> | null;
	latin: { folds: string[]; id: string }[] | null;
}

const mentionPlace = (article: string, m: { start: number; end: number }) => `${article}\u0000${m.start}\u0000${m.end}`;

/** Lao romanisations of one name differ by a letter or two ("Anouphap"/"Anouphab", "Thoongsalith"/"Thongsalith"). */
/** A transcribed Lao name's words as they sound: the vowels Vietnamese spelling writes two ways written one way. */
function transcribedKey(folds: string[]): string[] {
	return folds.map((w) => w.replace(/oo/g, 'o').replace(/y/g, 'i'));
}

function sameLatinName(a: string[], b: string[]): boolean {
	if (a.length !== b.length || a.length < 2) return false;
	let total = 0;
	let same = 0;
	for (let i = 0; i < a.length; i++) {
		const limit = Math.min(a[i].length, b[i].length) >= 7 ? 2 : 1;
		const d = editDistance(a[i], b[i], limit);
		if (d > limit) return false;
		total += d;
		if (d === 0) same++;
	}
	return total <= 2 && (same > 0 || total <= 1);
}

interface NameParts {
	readonly words: string[];
	readonly folds: string[];
	readonly wordsKey: string;
	readonly foldsKey: string;
	readonly ascii: boolean;
	/** The name with its spaces made single: the spelling the registry counts. */
	readonly spelling: string;
	/** The gazetteer id the words or folds spell (byKey), for the index `gazFor` (null: not asked yet): looked up
	 * once per spelling rather than once per entry at every build. */
	gazFor: GazetteerPeopleIndex | null;
	gazKnown: string | undefined;
}
// A name's keys by spelling: an article names its leaders again and again, and so do the articles
// of one trip. Entries share the arrays and only read them. Bounded, as the word forms are.
const namePartsCache = new Map<string, NameParts>();

function nameParts(name: string): NameParts {
	let p = namePartsCache.get(name);
	if (!p) {
		const toks = tokenize(name);
		const words = toks.map((t) => wordKey(t.text));
		const folds = toks.map((t) => wordFold(t.text));
		p = { words, folds, wordsKey: words.join(' '), foldsKey: folds.join(' '), ascii: isAscii(name.replace(/[\s-]/g, '')), spelling: name.replace(/\s+/g, ' '), gazFor: null, gazKnown: undefined };
		if (namePartsCache.size >= 20_000) namePartsCache.clear();
		namePartsCache.set(name, p);
	}
	return p;
}

/** gIdx.byKey's id for the spelling's words, else for its folds (kept on the parts for the last index asked). */
function gazetteerId(p: NameParts, gIdx: GazetteerPeopleIndex): string | undefined {
	if (p.gazFor !== gIdx) {
		p.gazFor = gIdx;
		p.gazKnown = gIdx.byKey.get(p.wordsKey) ?? gIdx.byKey.get(p.foldsKey);
	}
	return p.gazKnown;
}

/**
 * Collects person mentions from all articles and gives each person one id.
 * Add articles in a stable order (the pipeline sorts by file): ties are broken by what was seen first.
 *
 *   const reg = new PeopleRegistry(gazetteer);
 *   reg.add('article-1', findPeople(text1, gazetteer));
 *   reg.resolve(mention) // → 'dinh-tien-dung' | null (credits and unlinkable one-word mentions)
 *   reg.persons()        // → [{ id, name, aliases, country, titles }]
 */
export class PeopleRegistry {
	private readonly entries: Entry[] = [];
	private result: Resolution | null = null;

	constructor(private readonly gazetteer: Gazetteer = defaultGazetteer) {}

	add(articleId: string, mentions: PersonMention[]): void {
		for (const m of mentions) {
			const parts = nameParts(m.name);
			const { words, folds, wordsKey, foldsKey, ascii, spelling } = parts;
			this.entries.push({ article: articleId, m, order: this.entries.length, words, folds, wordsKey, foldsKey, ascii, spelling, parts });
		}
		this.result = null;
	}

	/** The person id of a mention added before (or, for a mention not added, of the same full name), or null. */
	resolve(mention: PersonMention, articleId?: string): string | null {
		const r = this.build();
		const direct = r.byMention.get(mention);
		if (direct) return direct;
		if (articleId !== undefined) {
			const byPlace = (r.byPlace ??= placeTable(r)).get(mentionPlace(articleId, mention));
			if (byPlace) return byPlace;
		}
		if (mention.credit || mention.partial) return null;
		const byKey = (r.byKey ??= keyTable(r));
		const k = byKey.get(nameKey(mention.name)) ?? byKey.get(nameFold(mention.name));
		if (k) return k;
		if (mention.script === 'latin') {
			const folds = tokenize(mention.name).map((t) => wordFold(t.text));
			for (const l of (r.latin ??= latinTable(r))) if (sameLatinName(l.folds, folds)) return l.id;
		}
		return null;
	}

	persons(): RegistryPerson[] {
		return this.build().persons;
	}

	get(id: string): RegistryPerson | undefined {
		return this.build().persons.find((p) => p.id === id);
	}

	private build(): Resolution {
		if (this.result) return this.result;
		const gIdx = peopleIndex(this.gazetteer);
		const full: Entry[] = [];
		for (const e of this.entries) if (!e.m.credit && !e.m.partial) full.push(e);
		const nf = full.length;
		// Union-find over full-name entries (findRoot, unionRoots, link below).
		const parent: number[] = [];
		const known: (string | undefined)[] = [];
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			parent.push(i);
			known.push(e.m.knownId ?? gazetteerId(e.parts, gIdx));
		}
		// One table per kind of key (rather than "kind:key" strings built for every entry).
		const byKnown = new Map<string, number>(), byTone = new Map<string, number>(), byFold = new Map<string, number>();
		let anyAscii = false;
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (known[i]) link(parent, byKnown, known[i]!, i);
			// Same words up to case and tone-mark placement.
			link(parent, byTone, e.wordsKey, i);
			// Latin script and English texts: diacritics are absent, so the folded form is the name.
			if (e.m.script === 'latin' || e.ascii) link(parent, byFold, e.foldsKey, i);
			if (e.ascii) anyAscii = true;
		}
		// A name written without diacritics joins the one diacritic spelling that folds to it, if only one does
		// (no table to make when every name has its diacritics).
		if (anyAscii) {
			const diacriticByFold = new Map<string, Set<number>>();
			for (let i = 0; i < nf; i++) {
				const e = full[i];
				if (e.ascii) continue;
				const k = e.foldsKey;
				const set = diacriticByFold.get(k) ?? new Set<number>();
				set.add(findRoot(parent, i));
				diacriticByFold.set(k, set);
			}
			for (let i = 0; i < nf; i++) {
				if (!full[i].ascii) continue;
				const roots = diacriticByFold.get(full[i].foldsKey);
				if (roots && oneRoot(parent, roots)) unionRoots(parent, i, roots.values().next().value!);
			}
		}
		// Lao names romanised a letter apart. Such pairs always share one word at the same place,
		// so only names sharing a word are compared (linear in the corpus, not quadratic).
		const latinByName = new Map<string, number>();
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (e.m.script !== 'latin') continue;
			const k = e.foldsKey;
			const f = latinByName.get(k);
			if (f === undefined) latinByName.set(k, i);
			else unionRoots(parent, f, i);
		}
		// Two names at least to compare (one alone shares its words with no other).
		if (latinByName.size > 1) {
			const byWord = new Map<string, number[]>();
			for (const i of latinByName.values())
				full[i].folds.forEach((w, pos) => {
					const k = `${full[i].folds.length}:${pos}:${w}`;
					const list = byWord.get(k) ?? [];
					list.push(i);
					byWord.set(k, list);
				});
			for (const list of byWord.values())
				for (let x = 0; x < list.length; x++)
					for (let y = x + 1; y < list.length; y++) {
						const a = list[x], b = list[y];
						if (findRoot(parent, a) !== findRoot(parent, b) && sameLatinName(full[a].folds, full[b].folds)) unionRoots(parent, a, b);
					}
		}
		// Lao names transcribed into Vietnamese spelling, a vowel written apart from one outlet to another ("Bun-thoong
		// Chít-ma-ni" and "Bun-thông Chít-ma-ny"): without diacritics, with "oo" as "o" and "y" as "i", they are one
		// name, or a letter apart as romanised ones are.
		const byTranscribed = new Map<string, number>();
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (e.m.script !== 'transcribed' || e.folds.length < 2) continue;
			const k = transcribedKey(e.folds).join(' ');
			const f = byTranscribed.get(k);
			if (f === undefined) byTranscribed.set(k, i);
			else unionRoots(parent, f, i);
		}
		// A Lao name in Vietnamese transcription and in its romanisation ("Lỉ-xay Xi-xổm-phon" on a Vietnamese page,
		// "Lixay Sisomphone" on an English one) is one person when they sound alike and an office of theirs agrees
		// ("Tỉnh trưởng" and "Governor"): a page in each language tells one trip.
		if (latinByName.size && byTranscribed.size) joinTranscribedLatin(full, parent, latinByName, byTranscribed);
		// One Lao name hyphenated on one page, run together or spaced on another ("Khăm-phết Xay-nha-vông", "Khămphết Xaynhavông",
		// "Khăm Phết Xay Nha Vông"): outlets cut its syllables their own way, so it is one name when its sounds are.
		if (byTranscribed.size > 1) joinLaoSpellings(full, parent, byTranscribed);
		// The entries of each article, made when a name without its family name or a one-word mention first asks.
		let byArticle: Map<string, Entry[]> | null = null;
		// A Vietnamese name without its family name ("Tiến Dũng") joins the full name it ends in, same article.
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (e.m.script !== 'vn' || VN_SURNAMES.has(e.words[0]) || VN_SURNAMES_FOLD.has(e.folds[0])) continue;
			const host = nearest((byArticle ??= entriesByArticle(full)).get(e.article) ?? [], e, (o) => o.words.length > e.words.length && endsWith(o.words, e.words));
			// Rare: the host's index is looked up only then (not a map of every entry built each time).
			if (host) unionRoots(parent, i, full.indexOf(host));
		}
		// A spelling in brackets after a name is that name's ("Khăm-phon Xay-nha-lạt (Khamphone Saynalath)").
		for (let i = 0; i < nf; i++) {
			const same = full[i].m.sameAs;
			if (!same) continue;
			const j = full.findIndex((o) => o.m === same);
			if (j >= 0) unionRoots(parent, i, j);
		}
		// A Lao name by its given name alone ("Đồng chí Khăm-phon mong muốn …"): the Lao given name comes first, so it
		// joins the full transcribed name it opens ("Khăm-phon Xay-nha-lạt"), same article.
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (e.m.script !== 'transcribed' || e.m.name.includes(' ')) continue;
			const host = nearest((byArticle ??= entriesByArticle(full)).get(e.article) ?? [], e, (o) => o.m.script === 'transcribed' && o.words.length > e.words.length && e.words.every((w, k) => o.words[k] === w));
			if (host) unionRoots(parent, i, full.indexOf(host));
		}
		// One Lao name written two ways on one page ("Xổm-phon Phôm-ma-chăn", then "Đồng chí Sổm Phon Phôm-ma-chăn cảm ơn …"): the
		// same family name, and given names alike once tone marks, hyphens and spaces are dropped and "s" and "x" (one Lao sound in
		// Vietnamese letters) are one letter.
		const byGiven = new Map<string, number>();
		for (let i = 0; i < nf; i++) {
			const e = full[i];
			if (e.m.script !== 'transcribed') continue;
			const words = e.m.name.trim().split(/\s+/);
			if (words.length < 2) continue;
			const given = words.slice(0, -1).map(wordFold).join('').replace(/-/g, '').replace(/x/g, 's');
			const k = `${e.article}\u0000${wordFold(words[words.length - 1])}\u0000${given}`;
			const f = byGiven.get(k);
			if (f === undefined) byGiven.set(k, i);
			else unionRoots(parent, f, i);
		}

		// Groups in order of first appearance. A root is its group's smallest index (unionRoots keeps the
		// smaller), so a group starts when i reaches its root, in increasing order, and its members follow.
		const groupOf = new Int32Array(nf);
		const groups: number[][] = [];
		for (let i = 0; i < nf; i++) {
			const r = findRoot(parent, i);
			if (r === i) {
				groupOf[i] = groups.length;
				groups.push([i]);
			} else groups[groupOf[r]].push(i);
		}
		const persons: RegistryPerson[] = [];
		const groupIds: string[] = [];
		const usedIds = new Map<string, number>();
		for (const members of groups) {
			let knownId: string | undefined;
			for (const i of members)
				if (known[i]) {
					knownId = known[i];
					break;
				}
			const entry = knownId ? this.gazetteer.personById.get(knownId) : undefined;
			// Spellings in order of first appearance, with how often and where first: a group has few
			// spellings, so lists searched in turn rather than a Map and the arrays spread from it.
			const spellings: string[] = [];
			const counts: number[] = [];
			const firsts: number[] = [];
			for (const i of members) {
				const s = full[i].spelling;
				const k = spellings.indexOf(s);
				if (k >= 0) counts[k]++;
				else {
					spellings.push(s);
					counts.push(1);
					firsts.push(full[i].order);
				}
			}
			// Prefer spellings with diacritics and not in capitals, then the commonest, then the first seen.
			const name = entry ? entry.name : spellings.length > 1 ? spellings[bestSpelling(spellings, counts, firsts)] : spellings[0];
			let id = entry?.id ?? (slug(name) || 'person');
			const n = usedIds.get(id) ?? 0;
			usedIds.set(id, n + 1);
			if (n) id = `${id}-${n + 1}`;
			groupIds.push(id);
			const aliases = spellings.filter((s) => s !== name);
			const titles: string[] = [];
			// Keys of the titles kept, made only once a second title comes to be compared: the first is
			// always kept, and most people have one title in all (toneKey hashes the whole new string).
			let seenTitles: Set<string> | null = null;
			for (const i of members)
				for (const t of full[i].m.titles) {
					if (!titles.length) {
						titles.push(t);
						continue;
					}
					// A title written exactly as one kept has its key among those seen: no key to make (the
					// articles of one trip repeat a leader's titles word for word).
					if (titles.includes(t)) continue;
					seenTitles ??= new Set([toneKey(titles[0])]);
					const k = toneKey(t);
					if (!seenTitles.has(k)) {
						seenTitles.add(k);
						titles.push(t);
					}
				}
			// The commonest country, counted only for a person named more than once (most are named once).
			const country = entry?.country ?? (members.length > 1 ? commonestCountry(full, members) : full[members[0]].m.country || null);
			persons.push({ id, name, aliases, country, titles });
		}

		const byMention = new Map<PersonMention, string>();
		const fullIds: string[] = [];
		for (let i = 0; i < nf; i++) {
			const id = groupIds[groupOf[findRoot(parent, i)]];
			fullIds.push(id);
			byMention.set(full[i].m, id);
		}
		// One-word mentions: the full name of the same article that this word is the given name of
		// (last syllable of a Vietnamese name, first word of a Lao one), nearest before, else after.
		const linked: Entry[] = [];
		const linkedIds: string[] = [];
		for (const e of this.entries) {
			if (!e.m.partial || e.m.credit) continue;
			const w = e.words[0], f = e.folds[0];
			const latin = e.m.script === 'latin';
			const pool = (byArticle ??= entriesByArticle(full)).get(e.article) ?? [];
			const host =
				nearest(pool, e, (o) =>
					latin
						? o.m.script === 'latin' && (o.folds[0] === f || editDistance(o.folds[0], f, 1) <= 1)
						: o.words[o.words.length - 1] === w
				) ??
				(latin
					? nearest(pool, e, (o) => o.m.script === 'latin' && o.folds[o.folds.length - 1] === f)
					: // A hyphenated word is no Vietnamese given name but a Lao one, even when its syllables read as Vietnamese
						// ("đồng chí Xổm-phet" after "Xổm-phet Keo-ma-ni"): the first word of the full transcribed name.
						e.m.name.includes('-')
						? nearest(pool, e, (o) => o.m.script === 'transcribed' && o.words.length > e.words.length && e.words.every((x, k) => o.words[k] === x))
						: undefined);
			if (!host) continue;
			const id = byMention.get(host.m)!;
			byMention.set(e.m, id);
			linked.push(e);
			linkedIds.push(id);
		}
		this.result = { persons, byMention, full, fullIds, linked, linkedIds, byPlace: null, byKey: null, latin: null };
		return this.result;
	}
}

/** The words before token `prev` (itself included), each one space apart, are an institution's capitalised noun and its kind
 * (INSTITUTION_KIND): "Trường Chính trị", "Trường THPT chuyên", "Khu di tích" (the noun alone right before is PLACE_NOUNS'). */
function afterInstitution(tokens: Token[], sc: { gapKind(j: number): G }, prev: number): boolean {
	for (let j = prev, n = 0; j >= 0 && n < 5; j--, n++) {
		if (sc.gapKind(j + 1) !== G.Space) return false;
		const k = tokKey(tokens[j]);
		if ((j < prev && PLACE_NOUNS.has(k)) || INSTITUTION_ENDS.has(k)) return tokCap(tokens[j]) || (j > 0 && tokCap(tokens[j - 1]));
		if (!INSTITUTION_KIND.has(k)) return false;
	}
	return false;
}

// The kinds of mass organisation that bear a namesake after them: the Youth Union is the "Đoàn Thanh niên Cộng sản (TNCS) Hồ
// Chí Minh", the Pioneers the "Đội Thiếu niên Tiền phong (TNTP) Hồ Chí Minh". A member is named after the whole body's name,
// never between its kind and its namesake; bare "Đoàn Thanh niên"/"Đội Thiếu niên" may be a title's body ("Bí thư Đoàn Thanh
// niên X"), so only where no title or honorific leads to the name.
const NAMED_BODY_INITIALS = keySet(['tncs', 'tntp']);
const NAMED_BODY_PAIRS = keySet(['cộng sản', 'tiền phong']);
const NAMED_BODY_BARE = keySet(['thanh niên', 'thiếu niên']);
// Their last words: the pair's string is built only after one of these.
const NAMED_BODY_ENDS = new Set([...NAMED_BODY_PAIRS, ...NAMED_BODY_BARE].map((p) => p.split(' ')[1]));
/** Is token `prev`, a space before the name, the end of a mass organisation's kind that its namesake follows ("Đoàn TNCS",
 * "Đoàn Thanh niên Cộng sản", "Đội Thiếu niên Tiền phong"; "Đoàn Thanh niên" with no title before)? */
function afterNamedBody(tokens: Token[], sc: { gapKind(j: number): G }, prev: number, titled: boolean): boolean {
	if (sc.gapKind(prev + 1) !== G.Space) return false;
	const k = tokKey(tokens[prev]);
	if (NAMED_BODY_INITIALS.has(k)) return isAllCaps(tokens[prev].text);
	// The kind's first word capitalised, as in a body's name ("Cộng sản", "Tiền phong"; not a phrase's "thanh niên").
	if (!NAMED_BODY_ENDS.has(k) || prev < 1 || sc.gapKind(prev) !== G.Space || !tokCap(tokens[prev - 1])) return false;
	const pair = `${tokKey(tokens[prev - 1])} ${k}`;
	return NAMED_BODY_PAIRS.has(pair) || (!titled && NAMED_BODY_BARE.has(pair));
}

/** A Lao name's words (split at spaces) as both spellings sound: folded, unhyphenated, 'x' and 's' one letter, 'ou' as 'u', 'ny'/'gn' as
 * 'nh', a final 'e' or one after 'n' ("Phonesavanh"), 'h' after a final 'n' or 't' dropped, a letter doubled written once
 * ("Bun-nhạ-vông" and "Bounyavong") ("Xi-xổm-phon" and "Sisomphone" are "sisomphon"; "Vông-xa-văn" and
 * "Vongsavanh" are "vongsavan"), then transcribedKey's 'oo' and 'y'. A syllable's final 'nh' or 'th' inside a romanised word, a
 * consonant after it, is that final too ("Vanhxay" and "Văn-xay" are "vansay"): the romanised word runs its syllables together
 * where the transcription hyphenates them. */
function laoSoundKey(name: string): string[] {
	return transcribedKey(
		name.split(/\s+/).map((w) =>
			tokenize(w)
				.map((t) => wordFold(t.text))
				.join('')
				.replace(/x/g, 's')
				.replace(/ou/g, 'u')
				.replace(/gn|ny(?=[aeiou])/g, 'nh')
				.replace(/(?<=[^aeiouy])e$|(?<=[aiou]n)e(?=[^aeiouy])/g, '')
				.replace(/(?<=[nt])h(?![aeiouy])/g, '')
				.replace(/(.)\1/g, '$1')
		)
	);
}

/** Offices a title names, in either language ("Tỉnh trưởng tỉnh Át-tạ-pư" and "Attapeu Governor" are both 'governor'). */
const OFFICES: [RegExp, string][] = [
	[/phó\s+tỉnh\s+trưởng|phó\s+đô\s+trưởng|(?:vice|deputy)[\s-]+(?:governor|mayor)|rong\s+chao\s+(?:kh?ou?[ae]ng|nakhone?)/iu, 'vice-governor'],
	[/tỉnh\s+trưởng|đô\s+trưởng|governor|mayor|chao\s+(?:kh?ou?[ae]ng|nakhone?)/iu, 'governor'],
	[/phó\s+bí\s+thư|(?:vice|deputy)[\s-]+(?:\p{L}+\s+)?secretary/iu, 'vice-secretary'],
	[/tổng\s+bí\s+thư|general\s+secretary|secretary[\s-]+general/iu, 'general-secretary'],
	[/bí\s+thư|secretary/iu, 'secretary'],
	[/thứ\s+trưởng|(?:vice|deputy)[\s-]+minister/iu, 'vice-minister'],
	[/bộ\s+trưởng|minister/iu, 'minister'],
	// An English 'President' heads a committee, a union or a school: 'Chủ tịch', 'Hiệu trưởng' or 'Giám đốc' ("NUOL President" is
	// the 'Hiệu trưởng Đại học Quốc gia Lào').
	[/(?:vice|deputy)[\s-]+president/iu, 'vice-chair vice-rector vice-director'],
	[/president/iu, 'chair rector director'],
	[/phó\s+chủ\s+tịch|(?:vice|deputy)[\s-]+(?:chairman|chairwoman|chairperson)/iu, 'vice-chair'],
	[/chủ\s+tịch|chairman|chairwoman|chairperson/iu, 'chair'],
	[/phó\s+giám\s+đốc|(?:vice|deputy)[\s-]+director/iu, 'vice-director'],
	[/giám\s+đốc|director/iu, 'director'],
	[/phó\s+hiệu\s+trưởng|vice[\s-]+rector/iu, 'vice-rector'],
	[/hiệu\s+trưởng|rector/iu, 'rector'],
	[/đại\s+sứ|ambassador/iu, 'ambassador'],
	[/tổng\s+lãnh\s+sự|consul/iu, 'consul']
];
function officesOf(titles: string[], into: Set<string>): void {
	for (const t of titles)
		for (const [re, office] of OFFICES)
			if (re.test(t)) {
				for (const o of office.split(' ')) into.add(o);
				// 'Phó Bí thư' is no 'Bí thư': the first (most specific) office a title names is its own.
				break;
			}
}

/** Joins transcribed and romanised Lao names that sound the same (laoSoundKey) unless their groups' offices differ, or a
 * letter apart (sameLatinName) when their groups share an office; names compared only when they share a word at one place (linear, as the Latin pairs). */
function joinTranscribedLatin(full: Entry[], parent: number[], latinByName: Map<string, number>, byTranscribed: Map<string, number>): void {
	const byWord = new Map<string, { latin: number[]; trans: number[] }>();
	const keys = new Map<number, string[]>();
	const add = (i: number, latin: boolean) => {
		const k = laoSoundKey(full[i].spelling);
		if (k.length < 2) return;
		keys.set(i, k);
		k.forEach((w, pos) => {
			const key = `${k.length}:${pos}:${w}`;
			let b = byWord.get(key);
			if (!b) byWord.set(key, (b = { latin: [], trans: [] }));
			(latin ? b.latin : b.trans).push(i);
		});
	};
	for (const i of latinByName.values()) add(i, true);
	for (const i of byTranscribed.values()) add(i, false);
	let offices: Map<number, Set<string>> | null = null;
	const officesOfRoot = (r: number) => (offices ??= rootOffices(full, parent)).get(r);
	for (const b of byWord.values()) {
		if (!b.latin.length || !b.trans.length) continue;
		for (const a of b.latin)
			for (const t of b.trans) {
				const ra = findRoot(parent, a), rt = findRoot(parent, t);
				const ka = keys.get(a)!, kt = keys.get(t)!;
				if (ra === rt || !sameLatinName(ka, kt)) continue;
				// Sounding the same, they are one unless both have offices and none is shared; a letter apart, an office must agree.
				// (A rank is no office: "Đại tá" and "Colonel" give titles but an empty set of offices, which is none.)
				const oa = officesOfRoot(ra), ot = officesOfRoot(rt);
				const agree = !!oa && !!ot && [...oa].some((o) => ot.has(o));
				if (!agree && !(ka.join(' ') === kt.join(' ') && (!oa?.size || !ot?.size))) continue;
				unionRoots(parent, a, t);
				if (oa || ot) offices!.set(findRoot(parent, a), new Set([...(oa ?? []), ...(ot ?? [])]));
			}
	}
}

/** The offices named by each root's names (a name with no titles adds none): gathered when first asked for, as few pages need them. */
function rootOffices(full: Entry[], parent: number[]): Map<number, Set<string>> {
	const offices = new Map<number, Set<string>>();
	for (let i = 0; i < full.length; i++) {
		if (!full[i].m.titles.length) continue;
		const root = findRoot(parent, i);
		const set = offices.get(root) ?? new Set<string>();
		officesOf(full[i].m.titles, set);
		offices.set(root, set);
	}
	return offices;
}

/**
 * Joins transcribed Lao names whose sounds agree once the breaks between syllables are dropped (laoSoundKey of the words run
 * together, a final 'd' as 't': Lao writes one final stop both ways), unless both name offices and none is shared (two men
 * of one name are told apart by what they are). Short names (two syllables, "Khăm Xay") are left alone: too many share them.
 */
function joinLaoSpellings(full: Entry[], parent: number[], byTranscribed: Map<string, number>): void {
	const firstBySound = new Map<string, number>();
	let offices: Map<number, Set<string>> | null = null;
	const officesOfRoot = (r: number) => (offices ??= rootOffices(full, parent)).get(r);
	for (const i of byTranscribed.values()) {
		const e = full[i];
		const k = laoSoundKey(e.spelling).join('').replace(/d(?![aeiouy])/g, 't');
		if (k.length < 9) continue;
		const f = firstBySound.get(k);
		if (f === undefined) {
			firstBySound.set(k, i);
			continue;
		}
		const ra = findRoot(parent, f), rb = findRoot(parent, i);
		if (ra === rb) continue;
		const oa = officesOfRoot(ra), ob = officesOfRoot(rb);
		if (oa?.size && ob?.size && ![...oa].some((o) => ob.has(o))) continue;
		unionRoots(parent, f, i);
		if (oa || ob) offices!.set(findRoot(parent, f), new Set([...(oa ?? []), ...(ob ?? [])]));
	}
}

/** The full-name entries of each article, in order. */
function entriesByArticle(full: Entry[]): Map<string, Entry[]> {
	const byArticle = new Map<string, Entry[]>();
	for (const e of full) {
		const list = byArticle.get(e.article);
		if (list) list.push(e);
		else byArticle.set(e.article, [e]);
	}
	return byArticle;
}

/** The registry's ids by article and offsets, the later of two for one place winning (full names, then one-word mentions). */
function placeTable(r: Resolution): Map<string, string> {
	const byPlace = new Map<string, string>();
	for (let i = 0; i < r.full.length; i++) byPlace.set(mentionPlace(r.full[i].article, r.full[i].m), r.fullIds[i]);
	for (let i = 0; i < r.linked.length; i++) byPlace.set(mentionPlace(r.linked[i].article, r.linked[i].m), r.linkedIds[i]);
	return byPlace;
}

/** The registry's ids by a full name's key and fold, the first entry to give one keeping it. */
function keyTable(r: Resolution): Map<string, string> {
	const byKey = new Map<string, string>();
	for (let i = 0; i < r.full.length; i++) {
		const e = r.full[i];
		if (!byKey.has(e.wordsKey)) byKey.set(e.wordsKey, r.fullIds[i]);
		if (!byKey.has(e.foldsKey)) byKey.set(e.foldsKey, r.fullIds[i]);
	}
	return byKey;
}

/** The full names in Latin script, by their folds, with their ids. */
function latinTable(r: Resolution): { folds: string[]; id: string }[] {
	return r.full.filter((e) => e.m.script === 'latin').map((e) => ({ folds: e.folds, id: r.byMention.get(e.m)! }));
}

/* Union-find over the registry's entries, and the first-seen tables that link entries sharing a
 * key: module functions rather than closures in build (tsx's keepNames makes each closure made per
 * call cost a defineProperty). */
function findRoot(parent: number[], i: number): number {
	return parent[i] === i ? i : (parent[i] = findRoot(parent, parent[i]));
}
function unionRoots(parent: number[], a: number, b: number): void {
	const ra = findRoot(parent, a), rb = findRoot(parent, b);
	if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}
function link(parent: number[], firstBy: Map<string, number>, key: string, i: number): void {
	const f = firstBy.get(key);
	if (f === undefined) firstBy.set(key, i);
	else unionRoots(parent, f, i);
}
/**
 * The index of the spelling to name a person by: with diacritics and not in capitals first (with diacritics
 * only when some spelling of the person has them), then the commonest, then the first seen.
 */
function bestSpelling(spellings: string[], counts: number[], firsts: number[]): number {
	let diacritics = false;
	for (const s of spellings)
		if (!isAscii(s.replace(/[\s-]/g, ''))) {
			diacritics = true;
			break;
		}
	// (A Lao given name alone, "Khăm-phon", joins the full name it opens, "Khăm-phon Xay-nha-lạt", and is often written more
	// often than it: it is how the page calls the person again, not the person's name.)
	const spaced = spellings.some((s) => s.includes(' '));
	let best = -1, bestBare = 0, bestCaps = 0, bestAlone = 0;
	for (let k = 0; k < spellings.length; k++) {
		const s = spellings[k];
		const bare = diacritics && isAscii(s.replace(/[\s-]/g, '')) ? 1 : 0;
		const caps = s === s.toUpperCase() ? 1 : 0;
		const alone = spaced && !s.includes(' ') ? 1 : 0;
		const better =
			best < 0 ||
			bare < bestBare ||
			(bare === bestBare &&
				(alone < bestAlone || (alone === bestAlone && (caps < bestCaps || (caps === bestCaps && (counts[k] > counts[best] || (counts[k] === counts[best] && firsts[k] < firsts[best])))))));
		if (better) {
			best = k;
			bestBare = bare;
			bestCaps = caps;
			bestAlone = alone;
		}
	}
	return best;
}

/** Do the roots given all belong to one group now? */
function oneRoot(parent: number[], roots: Set<number>): boolean {
	let root = -1;
	for (const r of roots) {
		const x = findRoot(parent, r);
		if (root < 0) root = x;
		else if (x !== root) return false;
	}
	return true;
}

/** The country the members' mentions give most often (ties: the first given), or null. */
function commonestCountry(full: Entry[], members: number[]): Country | null {
	const countries: Country[] = [];
	const counts: number[] = [];
	for (const i of members) {
		const c = full[i].m.country;
		if (!c) continue;
		const k = countries.indexOf(c);
		if (k >= 0) counts[k]++;
		else {
			countries.push(c);
			counts.push(1);
		}
	}
	// In order of first appearance, so the first of the most frequent is the one an ordered sort would give.
	let best = -1;
	for (let k = 0; k < countries.length; k++) if (best < 0 || counts[k] > counts[best]) best = k;
	return best < 0 ? null : countries[best];
}

function endsWith(a: string[], b: string[]): boolean {
	for (let i = 1; i <= b.length; i++) if (a[a.length - i] !== b[b.length - i]) return false;
	return true;
}

/** The entry of the same article matching `ok`, nearest before `e`, else nearest after. */
function nearest(pool: Entry[], e: Entry, ok: (o: Entry) => boolean): Entry | undefined {
	let before: Entry | undefined;
	let after: Entry | undefined;
	for (const o of pool) {
		if (o === e || o.article !== e.article || !ok(o)) continue;
		if (o.m.start <= e.m.start) {
			if (!before || o.m.start > before.m.start) before = o;
		} else if (!after || o.m.start < after.m.start) after = o;
	}
	return before ?? after;
}

/* ------------------------------------------------------------------------------------------------
 * Participation.
 * ---------------------------------------------------------------------------------------------- */

// "chuyển lời thăm hỏi … của đồng chí X tới …": X sends greetings and is not there.
const GREETING_NOUN =
	/(^|\s)(lời thăm hỏi|lời hỏi thăm|lời chào|lời chúc|lời cảm ơn|tình cảm|thư chúc mừng|thư thăm hỏi|bức thư|lá thư|điện mừng|điện chúc mừng|thông điệp|lẵng hoa|quà tặng|món quà|tặng phẩm|thăm hỏi|hỏi thăm|chúc mừng|chỉ đạo|căn dặn|lời dạy|di huấn)(\s|,|$)/;
const GREETING_EN_BEFORE = /\b(greetings|regards|wishes|message|letter|congratulations)\s+(from|of)\s+[^.;]{0,80}$/i;
const GREETING_EN_AFTER = /^['’]s\s+(warm\s+|best\s+|cordial\s+)?(greetings|regards|wishes|message|letter)/i;
// "dưới sự lãnh đạo của Đảng … do đồng chí X đứng đầu": X heads the Party, the event is not his.
// Its word start is a lookbehind under the u flag: without u, \b sees no boundary before "đ".
// Not a delegation's "Đoàn … do đồng chí X đứng đầu": that X leads the visit (DELEGATION_BY below).
const HEADS_AFTER = /^[^.;]{0,60}?(?<![\p{L}])đứng đầu/u;
// The "do" of a delegation's leader: "Đoàn …" before it in the same clause (pre is lower case).
const DELEGATION_BY = /(?<![\p{L}])(?:đoàn|delegation)(?![\p{L}])[^.;]{0,200}\sdo\s[^.;]{0,80}$/u;
const UNDER_LEADERSHIP = /(dưới sự lãnh đạo của|under the leadership of)\s+[^.;]{0,80}$/i;
const ON_BEHALF = /(thay mặt|on behalf of)\s+[^.;,]{0,60}$/i;
// Names in memorials and teachings: "Lăng Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh".
// Module constants: a regex literal in the function body is a new RegExp object on every call.
/** Exported for the test that holds byBefore to it. */
export const BY_BEFORE = /(^|\s)do\s[^.;]{0,80}$/;
/**
 * BY_BEFORE.test(lower), over the end of the text only: a match's "do" starts at most 83 characters
 * from the end ("do", one space, then up to 80 others), with the space or start before it at most 84
 * (a match at the window's start through `^` would leave 81 after the space, which the pattern refuses).
 */
export function byBefore(lower: string): boolean {
	const len = lower.length;
	// As lastIndexOf('do') < len - 83 (no "do" from there on), by indexOf: lastIndexOf is a builtin of the
	// engine's C++ side, several times the cost of the search itself on a window this short.
	const from = len - 83;
	if (from >= 0 && lower.indexOf('do', from) < 0) return false;
	return BY_BEFORE.test(len > 84 ? lower.slice(len - 84) : lower);
}
const NOT_A_CUE = /[.;:]|(^|\s)(tới|đến|với|cho)(\s|$)/;
const AS_BEFORE = /(^|\s)như\s+[^.;,]{0,40}$/;
const SAID_AFTER = /^\s*(?:(?:đã|từng|có\s+lần)\s+)+(?:nói|dạy|căn dặn|khẳng định|viết)/;
// The honoured dead are named after where they lie or are remembered: "lăng Chủ tịch Hồ Chí Minh", "nơi an nghỉ
// của Đại tướng Võ Nguyên Giáp", "quê hương Chủ tịch Hồ Chí Minh", "the mausoleum of President Kaysone", or after the
// tribute paid them: "dâng hương tưởng niệm Chủ tịch …", "offered flowers and incense to President …".
const MEMORIAL_WORDS = ['lăng', 'tư tưởng', 'di chúc', 'lời dạy', 'tấm gương', 'ngày sinh', 'tượng đài', 'tượng', 'bảo tàng', 'di tích', 'nhà lưu niệm', 'khu lưu niệm', 'đền thờ', 'viếng', 'tưởng niệm', 'tưởng nhớ', 'dâng hương', 'dâng hoa', 'an nghỉ', 'yên nghỉ', 'phần mộ', 'khu mộ', 'mộ', 'quê hương', 'mausoleum', 'thought', 'legacy', 'birthday', 'statue', 'tomb', 'grave', 'hometown', 'birthplace', 'incense to', 'flowers to', 'wreath to', 'wreaths to', 'tribute to', 'homage to', 'in memory of', 'commemorate', 'commemorated', 'commemorating'];
// Between them, the titles of the honoured: "Đền thờ Anh hùng dân tộc Nguyễn Trung Trực", "Mộ cụ Phó bảng Nguyễn Sinh Sắc".
const MEMORIAL_TITLES = ['chủ tịch', 'bác', 'đồng chí', 'cố', 'nguyên', 'đại tướng', 'anh hùng', 'dân tộc', 'liệt sĩ', 'cụ', 'phó bảng', 'danh nhân', 'nhà thơ', 'đại thi hào', 'thủ tướng', 'tổng bí thư', 'vua', 'president', 'late', 'general', 'national hero', 'hero', 'the'];
const MEMORIAL = new RegExp(`(?:^|\\s)(${MEMORIAL_WORDS.join('|')})(\\s+(?:của|of))?(\\s+(${MEMORIAL_TITLES.join('|')}))*\\s*$`, 'i');
// … or with the place after the name: "President Ho Chi Minh's hometown", "Kaysone Phomvihane's mausoleum".
const MEMORIAL_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:hometown|birthplace|mausoleum|tomb|grave|statue|memorial|monument|museum|relic)/iu;
// Words of thanks up to the name, a few words and "đối với"/"tới" and titles between ("lòng biết ơn vô hạn đối với Chủ tịch ").
const GRATITUDE_BEFORE = new RegExp(`(?:^|\\s)(?:(?:biết|nhớ)\\s+ơn|tri\\s+ân|tưởng\\s+nhớ)(?:\\s+[^\\s.;,:]+){0,5}?(?:\\s+(?:đối\\s+với|tới|đến|với))?(?:\\s+(?:${MEMORIAL_TITLES.join('|')}))*\\s*$`, 'u');
// A tribute told in the sentence: a wreath, flowers or incense laid, a visit to the dead.
const TRIBUTE_IN = /(?<![\p{L}])(?:viếng|vòng\s+hoa|dâng\s+(?:hoa|hương)|thắp\s+hương|tưởng\s+niệm|lăng)(?![\p{L}])/iu;
// A relative clause of a past deed after a name or its appositive's dash or comma, the name inside it ("- người đã cùng Chủ tịch ").
const DEED_CLAUSE_BEFORE = /[,–—-]\s*người\s+(?:đã|từng)\s+[^.;,:()]{0,120}$/u;
// The opening of a relative clause before a name, with no clause's end between ("mà cố Chủ tịch X và Chủ tịch "), and what follows
// the name: its past tense ("đã dày công xây dựng", "từng …").
const WHOSE_DEED_BEFORE = /(?<![\p{L}])mà\s+[^.;:!?"“”]{0,120}$/u;
// (After the first of two: "mà Chủ tịch X và Chủ tịch Y đã …".)
const WHOSE_DEED_AFTER = /^(?:\s*,[^.;:]{0,80}?,|\s+(?:và|cùng)\s+[^.;:,]{1,80}?)?\s+(?:(?:cùng|đều|cũng)\s+)?(?:đã|từng)\s/u;
// The maker of a work named before: "của nhà văn", "của tác giả", "by the writer", "by poet".
const AUTHOR_BEFORE = /(?<![\p{L}])(?:của|by)\s+(?:the\s+)?(?:(?:cố\s+|late\s+)?(?:nhà\s+văn|nhà\s+thơ|tác\s+giả|nhạc\s+sĩ|họa\s+sĩ|hoạ\s+sĩ|nhà\s+báo|writer|poet|author|novelist|composer|painter))\s+$/u;
/**
 * A match of MEMORIAL ends the text but for white space, with a memorial word, "của" or a title word:
 * a lower-case text ending otherwise (trimEnd drops what \s matches) cannot match, and most do not.
 */
const MEMORIAL_ENDS = [...MEMORIAL_WORDS, 'của', 'of', ...MEMORIAL_TITLES];
// The same words by their last character: the text's last character picks the few to try.
const MEMORIAL_ENDS_BY_LAST = new Map<number, string[]>();
for (const w of MEMORIAL_ENDS) {
	const last = w.charCodeAt(w.length - 1);
	const list = MEMORIAL_ENDS_BY_LAST.get(last);
	if (list) list.push(w);
	else MEMORIAL_ENDS_BY_LAST.set(last, [w]);
}
function mayBeMemorial(lower: string): boolean {
	const t = lower.trimEnd();
	const ends = t.length ? MEMORIAL_ENDS_BY_LAST.get(t.charCodeAt(t.length - 1)) : undefined;
	if (ends) for (const w of ends) if (t.endsWith(w)) return true;
	return false;
}

/** As s.lastIndexOf(w), by indexOf from each occurrence to the next (see byBefore: lastIndexOf's call costs more). */
function lastIndexOf(s: string, w: string): number {
	let last = -1;
	for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) last = at;
	return last;
}

// Only an honorific or a title before the name, at the sentence's start (pre is lower case).
const SPEAKER_LABEL_BEFORE = /^\s*(?:(?:ông|bà|đồng\s+chí|anh|chị|ngài|mr\.?|ms\.?|mrs\.?)\s+)?(?:(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|tỉnh\s+trưởng|giám\s+đốc)\s+)?$/u;
/**
 * Does the person named take part in what the sentence reports? No for a photographer, for the
 * sender of greetings passed on by someone else, for the leader under whom something was achieved,
 * for someone another acts on behalf of, and for names of memorials; yes otherwise (the host who
 * receives, the guest, the speaker).
 * `sentence` is the sentence text with the offset of its first character in the text the mention's
 * offsets point into (a Sentence from segment.ts fits), or a plain string when the mention was
 * found in that string.
 */
export function isParticipant(sentence: string | { text: string; start: number }, mention: PersonMention): boolean {
	if (mention.credit) return false;
	const s = typeof sentence === 'string' ? sentence : sentence.text;
	const base = typeof sentence === 'string' ? 0 : sentence.start;
	let at = mention.start - base;
	// Is the name where its offsets say? Compared in place (a slice was a new string per call); a negative
	// offset keeps slice's reading from the end.
	if (at >= 0 ? !s.startsWith(mention.name, at) : s.slice(at, at + mention.name.length) !== mention.name) at = s.indexOf(mention.name);
	if (at < 0) return true;
	// Only the words near the name matter; none of the cue words has a variable tone placement,
	// so lower-casing is key enough (and cheap).
	const pre = s.slice(Math.max(0, at - 320), at).toLowerCase();
	const rawPost = s.slice(at + mention.name.length, at + mention.name.length + 160);
	// Lower-cased only when a cue before the name asks about the words after it (most calls never do).
	let post: string | undefined;

	// An interview's answer opened by its speaker's label ("Đồng chí X: Trong ba ngày, Đoàn … đã …", "Ông X: …"): the one
	// telling it, not a party to what is told (a "tôi" in it is read for the speaker where it leads, delegations.ts).
	if (rawPost.startsWith(':') && at <= 40 && SPEAKER_LABEL_BEFORE.test(pre)) return false;
	const cua = lastIndexOf(pre, 'của ');
	if (cua >= 0 && (cua === 0 || /\s/.test(pre[cua - 1]))) {
		const between = pre.slice(cua + 4);
		const window = pre.slice(Math.max(0, cua - 140), cua);
		if (between.length <= 160 && !NOT_A_CUE.test(between) && GREETING_NOUN.test(window)) return false;
	}
	// The English cue holds "from" or "of", which a Vietnamese sentence seldom has: looked for first
	// (pre is lower case, and the pattern's /i matches only ASCII letters to these).
	if (((pre.includes('of') || pre.includes('from')) && GREETING_EN_BEFORE.test(pre)) || GREETING_EN_AFTER.test(rawPost)) return false;
	// Each cue's words are looked for as plain text before its pattern is run over the window (a
	// search that stops at no word); pre is lower case, and /i pairs these letters only with their capitals.
	if (byBefore(pre) && HEADS_AFTER.test((post ??= rawPost.toLowerCase())) && !DELEGATION_BY.test(pre)) return false;
	if ((pre.includes('lãnh đạo của') || pre.includes('leadership of')) && UNDER_LEADERSHIP.test(pre)) return false;
	if ((pre.includes('thay mặt') || pre.includes('behalf of')) && ON_BEHALF.test(pre)) return false;
	if (mayBeMemorial(pre) && MEMORIAL.test(pre)) return false;
	if ((rawPost.startsWith("'s") || rawPost.startsWith('’s')) && MEMORIAL_AFTER.test(rawPost)) return false;
	// At a tribute, the one its words of thanks are for ("Sau lễ viếng, Đoàn … bày tỏ lòng biết ơn vô hạn đối với Chủ tịch X"): the
	// honoured dead, not one of those who came. (Thanks told elsewhere may be to a host who is there.)
	if ((pre.includes(' ơn') || pre.includes('tri ân') || pre.includes('tưởng nhớ')) && GRATITUDE_BEFORE.test(pre) && TRIBUTE_IN.test(s)) return false;
	// Those a relative clause tells a past deed of ("Chủ tịch X - người đã cùng Chủ tịch Y và Chủ tịch Z đặt nền móng cho …"): figures
	// of the story told about, not at the happening.
	if ((pre.includes('người đã') || pre.includes('người từng')) && DEED_CLAUSE_BEFORE.test(pre)) return false;
	// So are the subjects of a relative clause "mà … đã …" ("mối quan hệ mà Chủ tịch X và Chủ tịch Y đã dày công xây dựng"): who
	// built what is spoken of, long before, not who is at the happening.
	if (pre.includes('mà ') && WHOSE_DEED_BEFORE.test(pre) && WHOSE_DEED_AFTER.test(rawPost)) return false;
	// Nor the author of a work spoken of ("cuốn \"…\" của nhà văn X", "a novel by the writer X").
	if ((pre.includes('của') || pre.includes('by')) && AUTHOR_BEFORE.test(pre)) return false;
	// A shrine told by whom it honours ("Kiep Bac Temple, which honours the 13th-century general Tran Hung Dao").
	if (pre.includes('which') || pre.includes('that')) if (HONOURED_BY_PLACE.test(pre)) return false;
	// A place named after a person ("visited a handicraft village in Kaysone Phomvihane", "the conference in Kaysone Phomvihane
	// city"): where it happened, not who took part. (Not "in X's honour": the person, then.)
	if (placeBefore(pre) && !/^['’]s(?![\p{L}])/u.test(rawPost)) return false;
	if (PLACE_AFTER.test(rawPost)) return false;
	// The household owning the place visited ("Thăm trang trại chăn nuôi bò của hộ ông X", "vườn cà phê của gia đình bà Y"):
	// whose farm it is, not a party to the visit.
	if (pre.includes('của') && HOUSEHOLD_BEFORE.test(pre)) return false;
	// "Như Chủ tịch Hồ Chí Minh đã nói, …": a saying recalled, not a presence.
	if (pre.includes('như') && AS_BEFORE.test(pre) && SAID_AFTER.test((post ??= rawPost.toLowerCase()))) return false;
	// A pupil quoted by the story ("Em X, sinh viên năm thứ ba ngành …, chia sẻ: …", "Y, a third-year student, said …"): a voice
	// of those the delegation met, not one of its party or its hosts.
	if (rawPost.charCodeAt(0) === 44 && STUDENT_AFTER.test(rawPost)) return false;
	// Who tells of a dated happening ("Theo BSCKII X, đầu tháng 3/2026, Bệnh viện sẽ tiếp nhận …"): the source of what follows,
	// not one who does it. (Not "Theo lời mời của X": the inviter is the host; nor "Theo ông X, …, những năm qua, hàng hóa …": what
	// X said at the meeting told, with no day of its own.)
	if (at < 80 && pre.startsWith('theo ') && ACCORDING_TO.test(pre) && TOLD_DATED.test(rawPost)) return false;
	// Nor who opens the sentence recalling a dated happening ("Đồng chí X nhắc lại chuyến thăm …: tháng 8 năm ngoái, Đoàn … do
	// đồng chí Y làm trưởng đoàn đã sang …", "Ông X cho biết: ngày 12/3, Đoàn …"): the speaker tells it, the happening is another
	// day's. (Not one telling what they did themselves: "Ông X nhớ lại: năm 1998, ông đã sang …". Nor one speaking at a happening
	// the sentence opens with, "Tại buổi hội đàm, ông X cho biết, năm 2023, …": there, at the talks.)
	if (at < 80 && !pre.includes(',') && (rawPost.includes('lại') || rawPost.includes('cho biết')) && recallsDated(rawPost)) return false;
	return true;
}
// The speaker, then the verb, then the recalled happening's time: after a colon or a comma for a verb of recalling, after a colon
// for "cho biết" (with a comma it mostly gives the figures of years past, said at the happening told). The title may stand
// between name and verb.
const RECALLED_DATED = /^(?:\s*,[^.;:]{0,120}?)?\s+(?:(?:nhắc\s+lại|nhớ\s+lại|ôn\s+lại|kể\s+lại)(?![\p{L}])[^.;:]{0,100}?[:,]|cho\s+biết(?![\p{L}])[^.;:,]{0,100}?:)\s*["“]?(?:vào\s+)?(?:(?:đầu|giữa|cuối)\s+)?(?:ngày|tháng|năm|hôm|tuần|dịp|sáng|chiều|tối|trưa|mùng|mồng|cách\s+đây)(?![\p{L}])/iu;
// The speaker named again after the recall as a bare word ("ông đã sang", "tôi cùng đoàn"): their own happening.
// (Case kept: a name after it is capitalised, "đồng chí Vũ Văn Nam" names another.)
const SELF_AFTER = /(?<![\p{L}])(?:[Tt]ôi|[Cc]húng\s+tôi|[Ôô]ng|[Bb]à(?!\s+con)|[Đđ]ồng\s+chí)(?![\p{L}])(?!\s+\p{Lu})/u;
/** Does `post` (what follows a name) recall a dated happening the named one is not said to be part of? */
function recallsDated(post: string): boolean {
	const m = RECALLED_DATED.exec(post);
	return !!m && !SELF_AFTER.test(post.slice(m[0].length));
}
// (a place) "which honours / is dedicated to" (a title or two) the name.
const HONOURED_BY_PLACE = /(?:^|\s)(?:which|that)\s+(?:honou?rs|commemorates|worships|is\s+dedicated\s+to)\s+(?:[^\s.,;]+\s+){0,3}$/u;
// The words that set a place before its name ("in", "at"), and the kind of place after it ("city", "district").
/** Does the window end in "in" or "at" and spaces, the word standing alone? /(?:^|\s)(?:in|at)\s+$/ read from the end (the
 * pattern, anchored at the end, was tried at every position of the window). */
function placeBefore(pre: string): boolean {
	let e = pre.length;
	while (e > 0 && isSpaceCode(pre.charCodeAt(e - 1))) e--;
	if (e === pre.length || e < 2) return false;
	const a = pre.charCodeAt(e - 2), b = pre.charCodeAt(e - 1);
	if (!((a === 0x69 && b === 0x6e) || (a === 0x61 && b === 0x74))) return false;
	return e === 2 || isSpaceCode(pre.charCodeAt(e - 3));
}
/** A code unit \s matches. */
function isSpaceCode(c: number): boolean {
	return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const HOUSEHOLD_BEFORE = /(?:^|\s)của\s+(?:hộ(?:\s+gia\s+đình)?|gia\s+đình|nhà)\s+(?:ông|bà|anh|chị|cụ)\s+$/u;
const PLACE_AFTER = /^\s+(?:city|district|province|town|township|municipality)(?![\p{L}])/iu;
const ACCORDING_TO = /^theo\s+(?:(?!của|lời|mời|kế\s+hoạch|chương\s+trình|chỉ\s+đạo|hướng\s+dẫn)[^\s,.;]+\s+){0,5}$/u;
const TOLD_DATED = /^(?:\s*,[^,.;]{0,80}?)?\s*,\s*(?:vào\s+)?(?:(?:đầu|giữa|cuối)\s+)?(?:ngày|tháng|năm|quý)\s+\d/iu;
const STUDENT_AFTER = /^,\s*(?:(?:là|em\s+là)\s+)?(?:(?:lưu\s+)?học\s+sinh|sinh\s+viên|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:student|pupil))(?![\p{L}])/iu;
