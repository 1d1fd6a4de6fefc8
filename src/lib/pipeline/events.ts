/**
 * Events: which sentences report something that happened or will happen, its type, status,
 * role and date. An event sentence has a trigger (hội đàm, chào xã giao, tiếp, làm việc với,
 * hội nghị, ký kết, thăm, khảo sát…) and a date the narrative can resolve; the undated
 * sentences after it continue the same episode (the host who "bày tỏ niềm vui khi đón đoàn"
 * in the next sentence took part in it). An article that never gives a date still yields its
 * lead event, undated, for the delegation stage to place within its trip.
 */
import type { EventType } from '../timeline/schema';
import { occasionYear } from './dates/year-evidence';
import { MentionMemo, resolveMention, stampHourOf, stampReference, type Reference, type Resolved, type TimeMention, type YearDecision } from './dates/index';
import { addDays, dayDiff, iso, isValid, parseIso, weekday } from './dates/calendar';
import { stretchToTrip } from './dates/trip-length';
import { partOfDayFromClock } from './dates/part-of-day';
import { parseStamp, type Stamp } from './dates/stamp';
import { cat, note, type Note } from './dates/note';
import { foldKey, foldKeyEquals } from './normalize';
import { isOtherCountry, isVietnameseSyllable } from './people';
import type { Doc, Sentence, Span } from './types';

/**
 * text.includes(head + tail), looked for from the tail: String.includes stops at every place its first character is, and a
 * common one (a space, "h", "n", "t") makes it cost more than the regex it guards; the tail opens with a rarer one ("ận lời").
 */
export function holds(text: string, head: string, tail: string): boolean {
	for (let i = text.indexOf(tail, head.length); i >= 0; i = text.indexOf(tail, i + 1)) if (text.startsWith(head, i - head.length)) return true;
	return false;
}

/**
 * A pattern that opens with lookbehinds ("(?<![\p{L}])": no letter before, it opens a word), run fast.
 * V8 skips ahead to where a pattern may match by its opening characters, but not past a lookbehind
 * that opens it: such a pattern is tried whole at every position of the text, about three times slower
 * on a sentence. Here the rest of the pattern is looked for, and the lookbehinds checked where it matched:
 * the same matches as the pattern's own.
 */
export class WordPattern {
	/** The pattern after its opening lookbehinds, global. */
	private readonly rest: RegExp;
	/** The opening lookbehinds, sticky, with the pattern's flags (under "i" a mark like U+0345 folds to a letter). */
	private readonly before: RegExp;
	constructor(pattern: RegExp) {
		const src = pattern.source;
		let i = 0;
		while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) i = groupEnd(src, i);
		const lead = src.slice(0, i);
		// A capture in the lookbehinds would renumber the rest's groups.
		if (!lead || /\((?!\?)/.test(lead.replace(/\\./g, '').replace(/\[(?:\\.|[^\]])*\]/g, ''))) throw new Error(`WordPattern: /${src}/ must open with lookbehinds that capture nothing; write it so, or use a plain RegExp`);
		const flags = pattern.flags.replace(/[gy]/g, '');
		this.rest = new RegExp(src.slice(i), flags + 'g');
		this.before = new RegExp(lead, flags + 'y');
		this.noLetter = lead === String.raw`(?<![\p{L}])`;
	}
	/** The lookbehinds are only "(?<![\p{L}])": an ASCII character before the match is then checked here, without a regex. */
	private readonly noLetter: boolean;
	/** Where the last match ended: a search for the next one starts there. */
	get lastIndex(): number {
		return this.rest.lastIndex;
	}
	/** The first match at or after `from`. */
	exec(text: string, from = 0): RegExpExecArray | null {
		const { rest, before } = this;
		rest.lastIndex = from;
		for (let m = rest.exec(text); m; m = rest.exec(text)) {
			const c = m.index > 0 ? text.charCodeAt(m.index - 1) : 0x20;
			// (An ASCII character is a letter, with or without "i", only if it is one of A–Z, a–z.)
			if (this.noLetter && c < 0x80) {
				if (((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) return m;
			} else {
				before.lastIndex = m.index;
				if (before.test(text)) return m;
			}
			rest.lastIndex = m.index + 1;
		}
		return null;
	}
	test(text: string): boolean {
		return this.exec(text) !== null;
	}
}

/** Index just after the group that opens at `at` in a pattern's source (escapes and classes skipped). */
function groupEnd(src: string, at: number): number {
	let depth = 0;
	for (let i = at; i < src.length; i++) {
		const c = src[i];
		if (c === '\\') i++;
		else if (c === '[') {
			for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
		} else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i + 1;
	}
	throw new Error(`WordPattern: unbalanced group at ${at} in /${src}/`);
}

export interface EventDraft {
	doc: Doc;
	sentence: Sentence;
	/** The quoted clause: the sentence, or the part of it between semicolons that holds the event. */
	quote: Span & { text: string };
	type: EventType;
	status: 'occurred' | 'planned';
	role: 'main' | 'context';
	mention: TimeMention | null;
	date: Resolved | null;
	/** Undated sentences after the event sentence that continue its episode. */
	followers: Sentence[];
	/** The undated lead whose delegation this reception receives, where it was (RECEIVED_THEM). */
	receives?: EventDraft;
	/** A stay told as the occasion of its sentence's happening (OCCASION_STAY): only who its own words name takes part. */
	occasion?: boolean;
	/** An act both sides agreed to do in a period to come (AGREED_ACT): no trip of the delegation told. */
	agreed?: boolean;
}

// "Trong khuôn khổ chuyến thăm và làm việc tại Lào", "Nhân chuyến công tác tại…": the frame of a
// trip, not an event in itself; masked before looking for the event's own verb.
// So is the meeting just told, as the time of what follows: "Sau buổi hội đàm, hai bên đã ký kết …".
// The trip is written three times, after "trong khuôn khổ"/"nhân"/"trong"/"dịp", after white space, and alone,
// rather than once after "(?:…)?\s*": the same matches, but V8 need not try the pattern at every position
// (an optional opening matches everywhere); 1.7x faster on a sentence.
const TRIP_WORDS = String.raw`(?:chuyến|đợt)\s+(?:thăm|công\s+tác)(?:\s+(?:chính\s+thức|hữu\s+nghị|cấp\s+cao|làm\s+việc))*(?:\s+và\s+làm\s+việc)?(?:\s+(?:tại|ở|đến|tới)\s+[^,;.]*)?`;
const FRAME = new RegExp(String.raw`(?:trong\s+khuôn\s+khổ|nhân|trong|dịp)\s*${TRIP_WORDS}|\s+${TRIP_WORDS}|${TRIP_WORDS}|` + /within\s+the\s+framework\s+of\s+[^,;.]*|on\s+the\s+occasion\s+of\s+[^,;.]*|(?:ngay\s+)?(?:sau|kết\s+thúc)\s+(?:(?:buổi|cuộc)\s+(?:làm\s+việc|hội\s+đàm|tiếp|gặp|hội\s+kiến)|(?:khi\s+)?hội\s+đàm)(?=\s*,)|(?:after|following)\s+the\s+(?:talks|meeting|working\s+session)(?=\s*,)/.source, 'giu');

/**
 * Triggers by priority: the first that matches names the type. Beside each regex, words (lower case,
 * white space as one space) of which every match holds one: the regexes are costly (tried at every
 * position of the sentence), a word is cheap to look for, and most sentences hold none of them.
 */
const TRIGGERS: [EventType, string[], WordPattern][] = [
	// "held talks" (or "co-chaired talks", as "đồng chủ trì hội đàm"), and with what they were: "held online talks", "held
	// bilateral talks"; "Talks were held on the 20th"; and who held them, said before the verb: "Talks between the two sides
	// took place on the 15th".
	['talks', ['hội đàm', 'talks'], new WordPattern(/(?<![\p{L}])(?:hội\s+đàm|(?:held|(?:co-?)?chair(?:ed|s|ing)?)\s+(?:[\p{L}-]+\s+){0,2}talks|talks\s+with|talks(?:\s+(?:between|among|of)(?:\s+[^\s,.;]+){1,4}?)?\s+(?:(?:were|was)\s+held|took\s+place))(?![\p{L}])/iu)],
	// "Đoàn đến chào Đại sứ quán …", "đến chào lãnh đạo tỉnh", "đến chào Ban Đối ngoại Trung ương": a call paid, as "chào xã giao" is;
	// so is a mission presenting itself ("Đoàn ra mắt chính quyền địa phương").
	['courtesy_call', ['xã giao', 'ra mắt', 'chào từ biệt', 'chào cấp cao', 'đến chào', 'courtesy'], new WordPattern(/(?<![\p{L}])(?:chào\s+xã\s+giao|ra\s+mắt\s+(?:lãnh\s+đạo|chính\s+quyền|cấp\s+ủy|Ban|UBND|Tỉnh\s+ủy|Huyện\s+ủy)|chào\s+từ\s+biệt|thăm\s+xã\s+giao|chào\s+cấp\s+cao|đến\s+chào\s+(?:(?:Đại\s+sứ|Tổng\s+Lãnh\s+sự|Lãnh\s+sự)(?:\s+quán)?|lãnh\s+đạo|Ban|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|HĐND|Sở|Văn\s+phòng|ông|bà|ngài|đồng\s+chí|Bí\s+thư|Chủ\s+tịch|Tỉnh\s+trưởng|Đô\s+trưởng|Thống\s+đốc)|courtesy\s+(?:call|visit))(?![\p{L}])/iu)],
		// Handing over the signed text is the signing told by its ceremony: "Sở Công Thương hai tỉnh đã trao thỏa thuận hợp tác …",
		// "trao biên bản ghi nhớ" ("trao đổi", "trao tặng" are other acts). A programme's "dự lễ trao thỏa thuận …" after a visit
		// on its line ("Thăm mô hình …; dự lễ trao …") leaves the line the visit it opens with.
		// A signing told by what is signed: "sẽ ký Kế hoạch hợp tác giai đoạn …" (not only "ký kết", "ký thỏa thuận").
		// (Not "ký kết" qualifying what was signed before, "triển khai các nội dung đã ký kết", "các văn bản vừa ký kết": a
		// relative clause naming the texts, no signing told.)
		// Or by how, when the talks were online: "hai bên ký trực tuyến Kế hoạch hợp tác …" (not "đăng ký trực tuyến", registering,
		// nor "chữ ký", a signature).
		['signing', ['ký ', 'sign', 'trao '], new WordPattern(/(?<![\p{L}])(?:(?<!(?:nội\s+dung|văn\s+bản)\s+(?:(?:đã|vừa)\s+)?)ký\s+kết|(?<!(?:đăng|chữ|lượt)\s)ký\s+(?:trực\s+tuyến|online)(?!\s+(?:tại|trên|qua)\s+(?:cổng|hệ\s+thống|website|trang))|ký\s+(?:thỏa|thoả)\s+thuận|ký\s+(?:bản|biên\s+bản)|ký\s+(?:các\s+)?(?:kế\s+hoạch\s+hợp\s+tác|chương\s+trình\s+hợp\s+tác|hiệp\s+định|nghị\s+định\s+thư|văn\s+kiện|ghi\s+nhớ)|signed|signing|(?<!lễ\s+)trao(?:\s+và\s+nhận)?\s+(?:(?:các|bản|văn\s+bản|biên\s+bản)\s+)?(?:thỏa\s+thuận|thoả\s+thuận|ghi\s+nhớ|hiệp\s+định\s+hợp\s+tác))(?![\p{L}])/iu)],
	// A delegation attending a fair, festival or forum at a named place has made the trip there, and the lead telling it is the
	// trip: "Đoàn công tác Hội Nông dân tỉnh X do ông Y làm trưởng đoàn đã tham dự Hội chợ … năm 2024 tại tỉnh Chăm-pa-xắc" (the fair's
	// own opening, "Hội chợ khai mạc …", is the ceremony below). Before the conference and the ceremony, which "Diễn đàn", "Lễ hội" are.
	['visit', ['hội chợ', 'lễ hội', 'festival', 'diễn đàn', 'triển lãm', 'ngày hội'], new WordPattern(/(?<![\p{L}])[Đđ]oàn(?![\p{L}])[^.;]{0,160}?\s(?:(?:đã|vừa|sẽ)\s+)?(?:tham\s+dự|dự|tham\s+gia)\s+(?:Hội\s+chợ|Lễ\s+hội|Festival|Diễn\s+đàn|Triển\s+lãm|Ngày\s+hội)(?![\p{L}])[^.;]{0,120}?\s(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|[Tt]hủ\s+đô|TP\.?)\s+)?\p{Lu}/u)],
	// (An event that opens, as "khai mạc": "The Ninh Binh Culture and Tourism Week opened in … Luang Prabang on …", "The … Trade
	// Fair 2024 opened the same afternoon" (its year in its name), or that a
	// province brings to another: "Luang Prabang will bring its own culture week to Ninh Binh next year".)
	// A committee's session in English, as "Hội nghị thường niên" is: "co-chaired the fifth session of the two provinces'
	// cooperation committee", "held the annual session of the joint commission", "The session was co-chaired by X and Y" (not "a
	// working session", below, nor "a training session" with no committee).
	['conference', ['session'], new WordPattern(/(?<![\p{L}])(?:co-?chair(?:ed|s|ing)?\s+(?:the|a|an|its|their)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?<!working\s)session|(?:chair(?:ed|s|ing)?|held|hold(?:s|ing)?|convene[sd]?|convening|opened)\s+(?:the|a|an|its|their)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?<!working\s)session\s+of\s+(?:the\s+)?(?:[^\s,.;]+\s+){0,5}?(?:committee|council|commission|board)|(?<!working\s)session(?:\s+[^\s,.;]+){0,6}?\s+(?:was|were|is|will\s+be)\s+(?:co-?)?chaired\s+by)(?![\p{L}])/iu)],
	// A business matching session is a conference of firms: "phiên kết nối giao thương", "buổi kết nối cung cầu", "held a business
	// matching session with companies of …", "a B2B meeting" (not "kết nối giao thông", a road link).
	// (Not "Hội nghị tập huấn …", "hội nghị bồi dưỡng …": a training course a department gives officials, "cho cán bộ cấp huyện",
	// is the department's own work, no meeting between two places.)
	['conference', ['hội nghị', 'hội thảo', 'diễn đàn', 'đàm', 'khai mạc', 'xúc tiến', 'kết nối', 'conference', 'forum', 'seminar', 'workshop', 'opened', 'bring', 'match', 'b2b'], new WordPattern(/(?<![\p{L}])(?:(?:phiên|buổi)\s+kết\s+nối\s+(?:giao\s+thương|cung\s+cầu|doanh\s+nghiệp|đầu\s+tư)|business\s+match(?:ing|making)|matchmaking\s+(?:session|event|meeting)|B2B\s+(?:session|meeting)|hội\s+nghị(?!\s+(?:tập\s+huấn|bồi\s+dưỡng)(?![\p{L}]))|hội\s+thảo|diễn\s+đàn|(?:tọa|toạ)\s+đàm|khai\s+mạc|xúc\s+tiến\s+(?:du\s+lịch|đầu\s+tư|thương\s+mại)|conference|forum|seminar|workshop|(?:week|festival|fair|exhibition|expo)(?:\s+(?:19|20)\d\d)?\s+(?:was\s+)?(?:officially\s+)?opened|bring(?:s|ing)?\s+(?:its|their|a|an)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,3}?(?:week|festival|fair|exhibition)\s+to(?=\s))(?![\p{L}])/iu)],
	// Sitting in on a court hearing or a class ("Đoàn dự phiên tòa xét xử …", "dự buổi tập huấn") is a study visit, as a field trip is.
	// (A caption in the present: "The delegation tours a rubber plantation in …".)
	// So is a border guards' joint patrol, or a look at the border markers, done by the visiting delegation with its hosts
	// ("Đoàn cùng lực lượng Bộ đội biên phòng Lào … tổ chức tuần tra song phương, kiểm tra hệ thống mốc quốc giới khu vực mốc
	// 419", "the two delegations conducted a joint patrol"); not the patrols counted in a year's record ("đã tổ chức 24 đợt tuần
	// tra song phương", "phối hợp tuần tra song phương 12 lần", "conducted 24 joint patrols") nor those agreed on ("duy trì
	// tuần tra song phương mỗi quý một lần", "tăng cường tuần tra song phương").
	// A survey that is a questionnaire or a market study ('Theo khảo sát của Hiệp hội …', 'Kết quả khảo sát …', 'so với khảo sát
	// năm trước', 'khảo sát cho thấy') is figures, no trip; a delegation surveying ('Đoàn khảo sát', 'đến khảo sát thực tế tại …') is one.
	['field_trip', ['khảo sát', 'tham quan', 'mô hình', 'field trip', 'tour', 'dự phiên', 'dự buổi', 'tuần tra', 'mốc', 'joint patrol', 'marker'], new WordPattern(/(?<![\p{L}])(?:(?<!(?:đợt|cuộc|lần|chuyến|duy\s+trì|tăng\s+cường|đẩy\s+mạnh|việc)\s+)tuần\s+tra\s+(?:song\s+phương|chung|liên\s+hợp)(?!\s+\d)|kiểm\s+tra\s+(?:(?:hệ\s+thống|khu\s+vực|các|một\s+số)\s+)?(?:cột\s+)?mốc\s+(?:quốc\s+giới|biên\s+giới)|(?:conduct(?:ed|s|ing)?|h[eo]ld(?:s|ing)?|carr(?:ied|ies|ying)\s+out|join(?:ed|s|ing)?|ma(?:de|kes?|king))\s+(?:a\s+)?joint\s+(?:border\s+)?patrol(?!s)|inspect(?:ed|s|ing)?\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:border\s+)?markers?|(?<!(?:kết\s+quả|theo|so\s+với|phiếu|bảng\s+hỏi)\s+)khảo\s+sát(?!\s+(?:năm\s+(?:trước|ngoái)|(?:mới|gần)\s+(?:nhất|đây))|[^.;]{0,80}?\s(?:cho\s+thấy|chỉ\s+ra)(?![\p{L}]))|tham\s+quan|thăm\s+mô\s+hình|(?:tham\s+)?dự\s+(?:phiên\s+(?:tòa|toà|xét\s+xử)|buổi\s+(?:học|giảng|tập\s+huấn|diễn\s+tập))|field\s+trip|tour(?:ed|ing)|(?:will|to)\s+tour|tour\s+of|(?:delegation|delegates|guests|visitors)\s+tours)(?![\p{L}])/iu)],
	// A host's banquet for the visiting delegation is a reception: "chủ trì tiệc chiêu đãi", "hosted a banquet", "had held a
	// banquet in honour of the delegation", "X … đã mời cơm thân mật Đoàn" (a dinner, not an invitation to come);
	// so is "X tiếp Phó Tỉnh trưởng tỉnh …", "… tiếp Tổng Lãnh sự …": receiving someone by their title; and "anh X, Bí thư Tỉnh
	// đoàn … tiếp và trao đổi với Đoàn về …".
	// Told of the guests, the host after "được": "Đoàn … được đồng chí X, Phó Tỉnh trưởng tỉnh …, tiếp tại thành phố …".
	// (A caption tells it in the present: "Vice Governor X receives Vice Chairwoman Y at the provincial office on …".)
	// Met on arrival: "On arrival at Noi Bai International Airport on Monday afternoon, the delegation was greeted by …".
	// A host's party named by what it greets: "chủ trì tiệc chào mừng Đoàn", "tổ chức tiệc đón Đoàn".
	// ("đã tiếp nhận" is taking delivery of what is handed over, "đã tiếp nhận 16 hài cốt liệt sĩ do phía bạn bàn giao", "đã tiếp
	// nhận 38 lưu học sinh": no guests received.)
	// (Nor is a school, a clinic or a resort welcoming those it serves: "The school will welcome its first pupils when the school
	// year opens", "the centre received 300 patients", "welcomed 2,000 tourists" — no delegation, no host.)
	['reception', ['chiêu đãi', 'hosted a', 'tiếp', 'đón đoàn', 'receive', 'welcome', 'banquet', 'mời cơm', 'greeted by', 'tiệc'], new WordPattern(/(?<![\p{L}])(?:(?:tiệc\s+)?chiêu\s+đãi|(?:chủ\s+trì|tổ\s+chức|mở)\s+(?:buổi\s+)?tiệc(?:\s+(?:chào\s+mừng|đón|thân\s+mật))?|mời\s+cơm|hosted\s+a\s+(?:banquet|dinner)|(?:held|gave|threw)\s+a\s+(?:[\p{L}-]+\s+)?banquet|(?:đã|có\s+buổi|đón)\s+tiếp(?!\s+(?:tục|nối|theo|thu|cận|xúc|đó|nhận))|tiếp\s+(?:đoàn|ông|bà|đồng\s+chí|ngài|xã\s+giao|thân\s+mật)|tiếp\s+và\s+(?:trao\s+đổi|nói\s+chuyện)\s+với\s+đoàn|tiếp\s+(?:(?:Phó|Tổng|Quyền)\s+)?(?:Bí\s+thư|Chủ\s+tịch|Tỉnh\s+trưởng|Thị\s+trưởng|Đô\s+trưởng|Đại\s+sứ|Lãnh\s+sự|Bộ\s+trưởng|Thứ\s+trưởng|Chánh\s+Văn\s+phòng|Trưởng\s+ban|lãnh\s+đạo)|được\s+(?:đồng\s+chí|ông|bà|ngài|lãnh\s+đạo)\s[^.;]{0,160}?\stiếp(?=\s+(?:tại|ở)\s)|đón\s+đoàn|(?:receive[sd]?|welcome[sd]?)(?!\s+(?:(?:its|their|the|some|about|over|nearly|more\s+than|[\d,.]+)\s+)*(?:(?:first|new|young)\s+)?(?:pupils|students|schoolchildren|children|patients|tourists|passengers|customers|learners)(?![\p{L}'’])(?!\s+(?:delegation|union|association)))|greeted\s+by)(?![\p{L}])/iu)],
	// A closing review of what the delegation came to do, told by the bare verb and the stint it reviews: "Chiều 25/11, Đoàn sẽ
	// tổng kết đợt khám tại …", "sơ kết chương trình tình nguyện" (as "tổ chức lễ tổng kết" is a ceremony). Not a report's name
	// ("báo cáo tổng kết đợt …"), nor a conference's ("Hội nghị tổng kết …", typed above). (In this entry, not one of its own:
	// the triggers' bits and the three after them must fit in 32.)
	// A review held, by the verb holding it: "hai bên thống nhất tổ chức sơ kết 6 tháng vào tháng 8 tới", what both sides meet to do.
	// Doctors of both sides consulting together on cases ("Bệnh viện X và Bệnh viện tỉnh Y đã tổ chức hội chẩn trực tuyến hai ca
	// bệnh", "hội chẩn từ xa") and a training held online between them ("tập huấn trực tuyến cho cán bộ …") are sessions of work
	// between the two, as a working session is. Only as a thing held (online, or "tổ chức"/"buổi" before it): a doctors' team on
	// a trip that examines and consults is the trip; a system or a room for it ("hệ thống hội chẩn từ xa") is a gift; a count
	// ("đã hội chẩn trực tuyến hơn 300 ca") is a record.
	// A visit to a site named first ("Đoàn sẽ thăm Khu di tích lịch sử X và làm việc với Bệnh viện Y", "thăm Bảo tàng tỉnh … rồi
	// làm việc với …") is a visit: a landmark is toured, not worked with, and the work after it is the day's next item
	// (the visit trigger below types it).
	['working_session', ['làm việc', 'working session', 'worked with', 'tổng kết', 'sơ kết', 'hội chẩn', 'tập huấn trực tuyến', 'tập huấn online', 'consultation'], new WordPattern(/(?<![\p{L}])(?:(?<!(?<![\p{L}])thăm\s+(?:[Kk]hu\s+(?:di\s+tích|lưu\s+niệm|tưởng\s+niệm)|[Dd]i\s+tích|[Nn]hà\s+(?:lưu\s+niệm|tưởng\s+niệm)|[Đđ]ài\s+tưởng\s+niệm|Bảo\s+tàng|Lăng|Đền|Chùa|Tượng\s+đài|Nghĩa\s+trang|Quảng\s+trường|Thành\s+cổ|Địa\s+đạo|Văn\s+Miếu|Hoàng\s+thành|Cố\s+đô)(?![\p{L}])[^.;]{0,160}?\s(?:và|rồi|sau\s+đó)\s+)làm\s+việc\s+với|buổi\s+làm\s+việc|phiên\s+làm\s+việc|working\s+sessions?|worked\s+with|(?:tổng|sơ)(?<!(?:báo\s+cáo|văn\s+bản)\s+(?:tổng|sơ))\s+kết\s+(?:(?:lại|toàn\s+bộ)\s+)?(?:đợt|chương\s+trình|chuyến|hành\s+trình|khóa|khoá)|tổ\s+chức\s+(?:(?:buổi|cuộc)\s+)?(?:tổng|sơ)\s+kết|(?:hội(?<=(?:tổ\s+chức|buổi|cuộc|phiên)\s+hội)(?<!(?:hệ\s+thống|phòng|thiết\s+bị|phần\s+mềm|nền\s+tảng|trung\s+tâm|mạng|mô\s+hình)\s+hội)\s+chẩn|hội(?<!(?:hệ\s+thống|phòng|thiết\s+bị|phần\s+mềm|nền\s+tảng|trung\s+tâm|mạng|mô\s+hình)\s+hội)\s+chẩn\s+(?:trực\s+tuyến|từ\s+xa|online)|tập(?<!(?:hệ\s+thống|phòng|thiết\s+bị|phần\s+mềm|nền\s+tảng|trung\s+tâm|mạng|mô\s+hình)\s+tập)\s+huấn\s+(?:trực\s+tuyến|online))(?!\s+(?:(?:cho|được)\s+)?(?:(?:hơn|gần|trên|khoảng|hàng)\s+)?(?:\d|chục|trăm|nghìn|ngàn))|(?:held|conducted|organi[sz]ed|h[eo]ld(?:s|ing)?)\s+(?:a|an|the|their)\s+(?:joint\s+)?(?:online|remote|virtual|video)\s+(?:medical\s+)?consultations?)(?![\p{L}])/iu)],
	// The delegation briefed by its hosts or its own side's officers is a working session of the trip: "Đoàn đã nghe lãnh đạo Bộ
	// đội Biên phòng tỉnh … báo cáo tình hình …", "Đoàn được nghe Sở … báo cáo kết quả …" (the delegation hearing, not a speech heard).
	// So is its head hearing the officer of a team it came to visit: "Chiều cùng ngày, tại bản …, nơi Đội … đóng quân, đồng chí X
	// đã nghe Thượng tá Y, Đội trưởng, báo cáo kết quả thực hiện nhiệm vụ" (a leader's visit to those at work there).
	['working_session', ['nghe'], new WordPattern(/(?<![\p{L}])(?:Đoàn|[Đđ]ồng\s+chí|[Tt]rưởng\s+đoàn)(?:\s+[^\s,.;]+){0,8}?\s+(?:đã\s+|được\s+|đã\s+được\s+)?nghe\s+(?:[^.;]{0,120}?\s)?báo\s+cáo(?![\p{L}])/u)],
	// Friendship exchange evenings ("chương trình giao lưu văn nghệ hữu nghị") are part of such trips' programme.
	// Visiting delegations lay flowers at memorials: "dâng hoa", "đặt vòng hoa", "laid a wreath", "offered flowers", "paid floral tribute".
	// The hosts seeing the delegation off ("đã tiễn Đoàn tại cửa khẩu") close its programme as the welcome opens it.
	// Anniversaries are celebrated: "celebrated the 10th anniversary of their twinning on March 21".
	// Delegations hand over gifts and scholarships ("đã trao 100 suất quà cho học sinh nghèo", "trao tặng học bổng"),
	// funds and equipment ("trao kinh phí 500 triệu đồng hỗ trợ xây trường", "trao 2 tỷ đồng", "trao biển tượng trưng"),
	// and decorations ("trao Huân chương Lao động"); whatever is "trao tặng" ("trao tặng tỉnh bạn bức tranh"); not "trao đổi" (to discuss). In English they "presented 200 million
	// VND to build a classroom", "handed over gifts", "donated equipment" (or a list of it, "handed over an ultrasound machine, an X-ray
// unit and other medical equipment"), and honours "presented 30 officials with the
	// Friendship Medal", "awarded the Labour Order to …".
	// Sports are exchanged as culture is: "giải bóng đá hữu nghị giữa đội tuyển thanh niên hai tỉnh", "thi đấu giao hữu
	// bóng chuyền", "giao lưu thể thao", "a friendly football match".
	// Festivals and performances: "Ngày hội diễn ra vào các ngày 24, 25 và 26/12", "liên hoan", "chương trình giao lưu nghệ thuật",
	// "Đoàn thưởng thức chương trình nghệ thuật …"; a donated building handed over: "trao công trình \"Thư viện thanh niên\"";
	// a celebration attended or held ("dự chương trình đón năm mới tại quảng trường …", "tham dự đêm chào xuân", "dự chương trình
	// vui Tết Bun-pi-mày với lưu học sinh Lào", "Trường … tổ chức chương trình mừng Tết cổ truyền …"); what young people do
	// at a camp (a camp joined is a trip, below): a campfire night ("các trại sinh đã có đêm lửa trại giao lưu bên bờ biển"), trees
	// planted ("Đoàn trồng 200 cây xanh tại …"), volunteer work ("ra quân tình nguyện sửa chữa 2 phòng học"), the youth of both
	// sides doing something together ("trại sinh hai nước cùng gói bánh chưng"; not "hai bên cùng đánh giá", the talks' words).
	// A fair or an exhibition held ("Hội chợ thương mại Việt - Lào năm 2025 diễn ra từ ngày 5 đến 9/12"), a closing ("bế mạc");
	// so is a culture or film week one province brings to another ("Tuần Văn hóa tỉnh X tại tỉnh Y đã diễn ra từ ngày 3 đến 8/9",
	// "Những ngày Văn hóa … được tổ chức", or one that will be: "hai tỉnh sẽ phối hợp tổ chức Tuần Văn hóa tỉnh X tại tỉnh Y" —
	// not one agreed on, "thống nhất sẽ tổ chức …", read by agreedAct for its own time, nor "gắn với tổ chức …", a trip's aim);
	// businesses showing their goods at one ("12 doanh nghiệp của tỉnh X đã trưng bày cà phê, chè … tại Hội chợ …", "bố trí 20
	// gian hàng tại Triển lãm …").
	// In English, an exchange or a show put on for the guests: "the host union had staged a cultural exchange in their honour".
	// (Or one the guests joined: "the delegation had joined a friendship exchange with ethnic Lao people in …".)
	// (Not "thăm đáp lễ", a return visit: the "lễ" of returning a courtesy, no ceremony.)
	// A tournament named again as "giải" alone, by its being held ("năm 2026, giải sẽ được tổ chức tại …"); not "giải Nhất", "giải pháp".
	// A transport link opened, as the English "launched a passenger bus route": "Tuyến xe khách quốc tế A - B chính thức khai trương
	// sáng 29/8", "khai trương tuyến vận tải …" (not a shop's or an office's opening).
	// In English, the ceremonies of remains brought home: handed over ("… on Tuesday handed over the remains of 21 …") and buried
	// ("a memorial and burial service at …"); not the "burial sites" searched for.
	// A volunteer campaign, a camp, a week is a happening of its own, as a fair is: launched ("Chiến dịch được phát động từ sáng
	// …", "ra quân chiến dịch …"), held over days told outright ("Chiến dịch … diễn ra từ ngày 3 đến ngày 9/8", not one said to
	// be under way), and closed by its review ("tổng kết Chiến dịch …", "tổng kết hội trại", as "bế mạc"; a stint of work
	// reviewed, "tổng kết đợt công tác", is the working session above). So is one still to be held ("trong năm 2026 sẽ tổ chức
	// chiến dịch tại huyện X"), as a fair is.
	['ceremony', ['staged', 'cultural exchange', 'friendship exchange', 'lễ', 'giao lưu', 'đón năm mới', 'chào năm mới', 'mừng năm mới', 'đón tết', 'chào tết', 'mừng tết', 'vui tết', 'đón xuân', 'chào xuân', 'mừng xuân', 'đón giao thừa', 'chào giao thừa', 'trồng', 'ra quân', 'hai nước cùng', 'hai tỉnh cùng', 'hai bên cùng', 'giao hữu', 'giải', 'hội chợ', 'triển lãm', 'văn hóa', 'văn hoá', 'phim', 'bế mạc', 'tổng kết', 'phát động', 'chiến dịch', 'friendly', 'ngày hội', 'liên hoan', 'biểu diễn', 'trại hè', 'hội trại', 'lửa trại', 'campfire', 'bonfire', 'mít', 'khánh thành', 'khởi công', 'bàn giao', 'trao', 'dâng', 'thắp hương', 'vòng hoa', 'viếng', 'tiễn', 'ceremony', 'inaugurat', 'celebrat', 'wreath', 'flowers', 'incense', 'tribute', 'presented', 'awarded', 'conferred', 'bestowed', 'handed over', 'hands over', 'burial', 'funeral', 'memorial service', 'donated', 'nghệ thuật', 'văn nghệ', 'ca múa', 'trưng bày', 'gian hàng', 'khai trương'], new WordPattern(/(?<![\p{L}])(?:(?<!đáp\s+)lễ(?!\s+(?:tân|nghi|độ))|(?:tuyến|đường\s+bay)[^.;]{0,80}?\s(?:chính\s+thức\s+)?(?:được\s+)?khai\s+trương|khai\s+trương\s+(?:tuyến|đường\s+bay)|(?:trưng\s+bày|gian\s+hàng)[^.;]{0,200}?\s(?:tại|ở)\s+(?:hội\s+chợ|triển\s+lãm)(?![\p{L}])|(?:thưởng\s+thức|xem|dự|tham\s+dự)\s+(?:chương\s+trình|đêm|buổi)\s+(?:biểu\s+diễn\s+)?(?:nghệ\s+thuật|văn\s+nghệ|ca\s+múa(?:\s+nhạc)?)|tiễn(?:\s+đưa)?\s+(?:đoàn|ông|bà|đồng\s+chí|ngài|các\s+đồng\s+chí)|giao\s+lưu\s+(?:văn\s+nghệ|văn\s+hóa|văn\s+hoá|hữu\s+nghị|thể\s+thao|bóng\s+(?:đá|chuyền)|nghệ\s+thuật)|(?:dự|tham\s+dự|tham\s+gia|tổ\s+chức)\s+(?:chương\s+trình|buổi|đêm)\s+(?:giao\s+lưu|(?:đón|chào|mừng|vui)\s+(?:năm\s+mới|xuân|giao\s+thừa|Tết))|trồng\s+(?:[\d.]+\s+)?cây|ra\s+quân\s+tình\s+nguyện|(?:trại\s+sinh|thanh\s+niên|đoàn\s+viên|học\s+sinh|sinh\s+viên|nghệ\s+sĩ|diễn\s+viên|vận\s+động\s+viên)\s+(?:của\s+)?hai\s+(?:nước|tỉnh|bên)\s+cùng\s+(?:nhau\s+)?\p{L}+|ngày\s+hội|liên\s+hoan|biểu\s+diễn|tổ\s+chức\s+(?:trại\s+hè|hội\s+trại)|(?:đêm|buổi|đốt|thắp)\s+lửa\s+trại|(?:campfire|bonfire)\s+(?:night|evening|party)|giải\s+bóng\s+(?:đá|chuyền)|(?<=(?<!(?:thống\s+nhất|nhất\s+trí)\s+)sẽ\s+(?:phối\s+hợp\s+|cùng\s+)?tổ\s+chức\s+)(?:hội\s+chợ|triển\s+lãm|chiến\s+dịch|(?:tuần|những\s+ngày)\s+(?:văn\s+(?:hóa|hoá)|phim))(?![\p{L}])|(?:hội\s+chợ|triển\s+lãm|(?:tuần|những\s+ngày)\s+(?:văn\s+(?:hóa|hoá)|phim))(?=[^.;]{0,120}?\s(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|được\s+tổ\s+chức)(?![\p{L}]))|bế\s+mạc|(?:chiến\s+dịch|hội\s+trại|trại\s+hè)(?=[^.;]{0,120}?\s(?:diễn\s+ra|được\s+tổ\s+chức)\s+(?:trong\s+\d+\s+ngày,?\s+)?từ\s+(?:ngày\s+)?\d)|chiến\s+dịch(?:\s+[^\s,.;]+){0,8}?\s+(?:đã\s+)?(?:được\s+)?(?:chính\s+thức\s+)?(?:phát\s+động|ra\s+quân)|(?:phát\s+động|ra\s+quân)\s+chiến\s+dịch|(?<!(?:báo\s+cáo|văn\s+bản)\s+)tổng\s+kết\s+(?:chiến\s+dịch|hội\s+trại|trại\s+hè|tuần\s+(?:lễ\s+)?(?:văn\s+(?:hóa|hoá)|phim|thể\s+thao|du\s+lịch|hữu\s+nghị))|giải(?:\s+đấu)?\s+(?:(?:năm\s+(?:nay|sau|tới)|lần\s+tới)\s+)?(?:sẽ\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khởi\s+tranh)(?![\p{L}])|(?:thi\s+đấu|trận(?:\s+đấu)?)\s+(?:[\p{L}]+\s+){0,2}?giao\s+hữu|giao\s+hữu\s+(?:bóng\s+(?:đá|chuyền)|thể\s+thao)|friendly\s+(?:(?:football|soccer|volleyball)\s+)?(?:match|game|tournament)|mít[-\s]?tinh|khánh\s+thành|khởi\s+công|bàn\s+giao|trao\s+tặng(?![\p{L}])|trao\s+(?:(?:[\d.]+\s+)?(?:suất\s+|phần\s+)?(?:quà|học\s+bổng)|(?:số\s+)?(?:kinh\s+phí|tiền)|[\d.,]+\s+(?:triệu|tỷ|tỉ)(?=\s)|biển\s+(?:tượng\s+trưng|công\s+trình)|công\s+trình|(?:trang\s+)?thiết\s+bị|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương|bằng\s+khen)|(?:dâng|thắp)\s+hương|dâng\s+hoa|đặt\s+vòng\s+hoa|viếng|ceremony|inaugurat\w*|celebrat(?:e|es|ed|ing)|(?:laid|lay|laying|offer(?:ed|s|ing)?)\s+(?:a\s+)?(?:wreaths?|flowers|incense)|(?:paid|pay|paying)\s+(?:floral\s+)?tribute|(?:presented|handed\s+over|donated)\s+(?:[\p{L}\d.,$-]+\s+){0,3}?(?:VND|USD|dollars|kip|gifts?|scholarships?|funds?|equipment|computers|books)|(?:presented|handed\s+over|donated)\s+[\d.,]+\s+(?:million|billion|thousand)(?=\s)|(?:handed\s+over|donated)\s+(?:an?|the|\d+)\s+[^.;]{0,80}?\s(?:machines?|(?:medical\s+)?equipment)(?![\p{L}])|hand(?:ed|s)\s+over\s+(?:the\s+)?(?:[\d,]+\s+(?:sets\s+of\s+)?)?remains|(?:memorial|burial|reburial|funeral)(?:\s+and\s+(?:memorial|burial|reburial|funeral))?\s+service|(?:presented|awarded|conferred|bestowed)\s+[^.;]{0,80}?(?:insignias?|medals?|decorations?|badges?|certificates?\s+of\s+(?:merit|commendation)|(?:friendship|labou?r|independence|freedom|issara)\s+orders?)|(?:staged|held|organi[sz]ed|hosted|put\s+on)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?cultural\s+exchange|(?:joined|attended|took\s+part\s+in)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:friendship|cultural)\s+exchange|staged\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:performance|concert|show|(?:cultural|art|arts|music)\s+(?:evening|night|programme|program)))(?![\p{L}])/iu)],
	// English happenings of a visit or a culture week told by their own verbs: a closing ("The Days of X Culture …, which ran
	// from …, closed late on Wednesday"), a troupe's shows ("the Provincial Art Troupe performed for thousands …", "The show in
	// X on Saturday evening drew more than 3,000 people"), a gathering joined ("the guests joined local veterans at a
	// get-together marking …"), a transport link opened ("the two sides launched a passenger bus route linking …"), or to be ("a
	// direct bus route linking A and B is expected to open in the third quarter": its opening, planned). Not "the
	// border gate was closed", "drew lessons", "launched a campaign".
	['ceremony', ['closed', 'performed', 'staged', 'drew', 'attracted', 'get-together', 'launch', 'opening', 'to open', 'to start', 'to begin'], new WordPattern(/(?<![\p{L}])(?:(?:week|festival|fair|exhibition|expo|games|days\s+of)(?:\s+[^.;]{0,160}?)?\s+(?:was\s+|were\s+)?(?:officially\s+)?closed(?=\s+(?:on|late|early|in|at|yesterday|today|last|this|with)(?![\p{L}]))|(?:troupes?|artists|artistes|singers|dancers|band|ensemble|performers|musicians|actors)(?:\s+[^\s,.;]+){0,2}?\s+(?:performed|staged\s+(?:a\s+)?(?:shows?|performances?))|(?:shows?|performances?|concerts?|galas?)(?:\s+[^\s,.;]+){0,8}?\s+(?:drew|attracted)\s+(?:(?:more\s+than|over|nearly|about|some|around|almost)\s+)?(?:thousands|hundreds|\d)|(?:joined|attended|held|had|hosted|organi[sz]ed)\s+(?:[^\s,.;]+\s+){0,6}?get-togethers?|(?:attended|joined)\s+the\s+(?:grand\s+|official\s+)?opening\s+(?:night\s+|ceremony\s+)?of|launch(?:ed|es|ing)?\s+(?:a|an|the)\s+(?:new\s+)?(?:[\p{L}-]+\s+){0,3}?(?:route|service|flight|line)s?|(?:routes?|flights?|bus\s+services?)\s(?:[^.;]{0,160}?\s)?(?:is|are|will\s+be)\s+(?:expected|scheduled|set|due|slated)\s+to\s+(?:open|launch|start|begin)(?![\p{L}]))(?![\p{L}])/iu)],
	// Not "gặp (nhiều) khó khăn", "gặp phải …": to meet with difficulties is no meeting.
	['meeting', ['hội kiến', 'tiếp kiến', 'gặp', 'met', 'meeting'], new WordPattern(/(?<![\p{L}])(?:hội\s+kiến|tiếp\s+kiến|(?:cuộc\s+)?gặp(?:\s+gỡ|\s+mặt)?(?!\s+phải(?![\p{L}]))(?!(?:\s+(?:rất|nhiều|không|ít|một|số|những|các|không\s+ít))*\s+(?:khó\s+khăn|trở\s+ngại|thách\s+thức|vướng\s+mắc|sự\s+cố|rủi\s+ro|bất\s+lợi|hạn\s+chế|thiên\s+tai|tai\s+nạn)(?![\p{L}]))|met|meeting)(?![\p{L}])/iu)],
	// "Đoàn đã đến …, bắt đầu chuyến công tác 3 ngày", "đang có chuyến công tác tại …": the trip, told as a working trip.
	// Arriving opens it and leaving closes it, told in English by the place ("The delegation arrived in Quang Ninh the
	// previous day", "They will leave for Hanoi on Saturday").
	// Going back to a named place closes it too ("The delegation returned to Vientiane on Wednesday", "is expected back in Nha
	// Trang this evening"); a delegation sent is
	// the trip, announced by who sends it ("Can Tho will send a youth delegation to Vientiane in April next year").
	// "X led a provincial delegation to Gia Lai": the trip, told by its leader; "The Hanoi delegation was in
	// Vientiane from April 9 to 10": the trip, told by where the delegation stayed; "was on a working trip to …" too.
	// "Đoàn đã nhập cảnh qua cửa khẩu quốc tế Cầu Treo", "nhập cảnh Lào qua cửa khẩu …": the arrival that opens the trip;
	// "Đoàn xuất phát từ …" the setting off. "Sở Y tế … đã cử 5 bác sĩ
	// sang khám bệnh …": a team sent over.
	// "Đoàn … đã làm việc tại Thủ đô Viêng Chăn và tỉnh Luông Pha-bang": the trip, told by the provinces it worked in (a
	// working session is "làm việc với" someone); so is going over to attend and work there ("Đoàn … sang dự và làm việc tại tỉnh
	// bạn trong dịp này"). With the delegation its subject, no tense word is needed: "Ngày thứ hai của chuyến thăm, Đoàn làm việc
	// tại tỉnh …" tells that day's stop (without "Đoàn", "cán bộ làm việc tại tỉnh …" is a job; lower-case "đoàn làm
	// việc" names a working group).
	// A medical team's mission is its trip: "Đoàn y, bác sĩ … đã khám bệnh, cấp thuốc miễn phí cho … người dân", "the team provided
	// free medical check-ups for 600 villagers", "doctors … examined and gave free medicines to 900 people … from 3-7 May".
	// Going home closes the trip as arriving opens it: "Sáng mai (22/11), Đoàn về nước qua Cửa khẩu …", "Đoàn rời …, lên
	// đường về nước", "It will return home on Saturday"; "Trưa 24/12, Đoàn đã đến Thanh Hóa qua Cửa khẩu …"; "The visitors entered
	// Laos through the Phou Keua checkpoint on Tuesday afternoon" (the arrival, told by the country crossed into).
	// Landing is arriving, told by the airport that names its city: "The delegation landed at Noi Bai International Airport on the
	// evening of Nov 18".
	['visit', ['landed', 'touched down'], new WordPattern(/(?<![\p{L}])(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:landed|touched\s+down)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}/iu)],
	// Who leads a delegation over ("ông X sẽ dẫn đoàn cán bộ kỹ thuật Sở … tỉnh Y sang Quảng Nam tập huấn …") makes the trip, as "led
	// a delegation to" does.
	// An arrival told by its day or its way in, with no place after "arrived": "The delegation arrived late on Wednesday through
	// the Cha Lo border gate", "the guests arrived via Noi Bai airport"; or after its leader's appositive, often backwards: "The
	// group, led by X, Vice Chairman of …, had arrived at the border area the previous evening", or in a place named whole ("…,
	// arrived in Pakse on Monday": the name's first letter alone left the match ending inside a word).
	['visit', ['thăm', 'visit', 'led ', 'lead', 'dẫn', 'delegation ', 'chuyến công tác', 'chuyến nghiên cứu', 'chuyến học tập', 'chuyến trao đổi', 'khám bệnh', 'medical', 'free medicine', 'nhập cảnh', 'xuất cảnh', 'xuất phát', 'khởi hành', 'cử ', 'home', 'return', 'back to', 'expected back', 'due back', 'send', 'sent', 'arriv', 'leav', 'left', 'depart', 'entered', 'crossed', 'việc tại', 'travel'], new WordPattern(/(?<![\p{L}])(?:(?:đến|sang|đi)\s+thăm|thăm|(?:dẫn\s+đầu|dẫn)\s+(?:một\s+)?đoàn(?![\p{L}])[^.;]{0,100}?\s(?:sang|đến|tới)(?=\s+[^\s,.;])|nhập\s+cảnh\s+(?:(?:vào\s+)?(?:Lào|Việt\s+Nam|nước\s+bạn)\s+)?(?:qua|vào|tại)|(?:[Đđ]oàn|delegation)[^.;]{0,40}?\sxuất\s+cảnh\s+(?:qua|tại)\s+(?:cặp\s+)?cửa\s+khẩu|(?:Đoàn|đoàn)(?:\s+[^\s,.;]+){0,6}?\s+(?:đã\s+)?(?:xuất\s+phát|khởi\s+hành)\s+(?:từ|đi|sang|lên\s+đường)|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:return(?:ed|s)?|fl(?:y|ew|ies)|head(?:ed|s)?|left\s+for)\s+(?:back\s+)?home|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:return(?:ed|s)?|(?:fl(?:y|ew|ies)|head(?:ed|s)?)\s+back)\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|work|normal|discuss\w*|talk\w*)(?![\p{L}]))\p{L}+|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:is|are|was|were)\s+(?:expected|due)\s+back\s+(?:home|(?:in|to|at)\s+\p{L}+)|(?:send|sends|sent|sending)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|group|team|mission)(?:\s+of(?:\s+[\p{L}-]+){1,4}?)?\s+to|(?:delegation|delegates|group|team),\s+(?:led|headed)\s+by\s+[^.;]{1,160}?,\s+(?:had\s+)?arrived\s+(?:at|in)\s+(?:the\s+)?(?:border\s+(?:area|gate|crossing)|\p{Lu}\p{L}*)|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:arriv(?:ed|es|ing|e)\s+in|(?:leav(?:e|es|ing)|left|depart(?:ed|s|ing)?)\s+for)\s+(?!(?:the|a|an|its|their|this|that|time|good|talks)(?![\p{L}]))\p{L}+|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+crossed\s+(?:the\s+)?(?:[^\s,.;]+\s+){0,6}?border\s+(?:gate|crossing)|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+(?:entered|crossed\s+into)\s+(?!(?:the|a|an|its|their|this|that|into|talks|negotiations|an?\s+agreement)(?![\p{L}]))\p{L}+|(?:delegation|delegates|guests|visitors|it|they)(?:\s+[^\s,.;]+){0,3}?\s+arriv(?:ed|es|e)\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|(?:through|via)\s+(?:the\s+)?(?:[^\s,.;]+\s+){0,5}?(?:border\s+gate|border\s+crossing|airport))(?![\p{L}])|cử\s+(?:(?:một\s+)?(?:đoàn|đội|tổ|nhóm|kíp)|(?:\d+\s+)?(?:y\s+)?(?:bác\s+sĩ|cán\s+bộ|chuyên\s+gia|giáo\s+viên|kỹ\s+sư|kỹ\s+thuật\s+viên))[^.;]{0,60}?\s(?:sang|đến|tới)(?=\s)|khám\s+bệnh(?:,|\s+và)?\s+(?:cấp|phát)\s+thuốc|(?:provid(?:ed|es|ing)|offer(?:ed|s|ing)|gave|giv(?:es|ing)|conduct(?:ed|s|ing)|carr(?:ied|ies|ying)\s+out)\s+(?:[\p{L}-]+\s+){0,2}?(?:free\s+)?medical\s+(?:check-?ups?|examinations?)|(?:gave|giv(?:es|ing)|provid(?:ed|es|ing)|distribut(?:ed|es|ing)|dispens(?:ed|es|ing))\s+(?:out\s+)?free\s+medicines?|(?:có|bắt\s+đầu|kết\s+thúc(?:\s+tốt\s+đẹp)?)\s+chuyến\s+(?:công\s+tác|nghiên\s+cứu|học\s+tập|trao\s+đổi\s+kinh\s+nghiệm)|(?:đã|đang)\s+(?:đến\s+)?làm\s+việc\s+tại\s+(?:[Tt]hủ\s+đô|tỉnh|thành\s+phố|TP\.?)(?=\s)|(?:làm\s+[Tt]rưởng\s+đoàn|dẫn\s+đầu)\s+(?:đã|đang|vừa)\s+(?:đến\s+)?làm\s+việc\s+tại\s+(?!(?:Hội|Lễ|Buổi|Trụ|Nhà\s+(?:máy|hát|văn|khách|thi)|Trung\s+tâm|Quảng\s+trường|Sân|Khu|Trường|Đại\s+(?:học|sứ|hội)|Học|Bệnh|Công|Tập|Văn\s+phòng|Phòng|Sở|Ban|Bộ|Cục|Viện|Ủy|Uỷ|UBND|HĐND|(?:Tỉnh|Thành|Huyện)\s+(?:ủy|uỷ|đoàn)|Cảng|Chi\s+cục|Tổng\s+(?:cục|công|lãnh))(?![\p{L}]))\p{Lu}\p{L}*|Đoàn(?:\s+(?:công\s+tác|đại\s+biểu))?\s+(?:(?:cũng|tiếp\s+tục)\s+)?(?:đến\s+)?làm\s+việc\s+tại\s+(?:[Tt]hủ\s+đô|tỉnh|thành\s+phố|TP\.?)(?=\s)|(?:sang|đến|tới)\s+(?:tham\s+)?dự(?:\s[^.;]{0,80}?)?\s+và\s+làm\s+việc\s+tại(?=\s)|visit(?:ed|s|ing)?|travel(?:s|led|ed|ling|ing)?\s+to|(?:was|is|were|are)\s+on\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:trip|visit|tour|mission)|(?:led|lead|leads|leading)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}delegation(?:\s+of(?:\s+[\p{L}-]+){1,4}?)?\s+to|delegation(?:\s+[^\s,.;]+){0,4}?\s+(?:was|is|were|are|will\s+be)\s+in(?!\s+(?:charge|talks|favou?r|line|touch|need|time|order|turn|fact|addition|particular|general|return)(?![\p{L}])))(?![\p{L}])/iu)],
	// A group led to a named place is the trip, as a delegation led there is: "X led a working group to Dong Hoi on Sept. 26",
	// "will lead a team of doctors to Attapeu" (the place capitalised: not "led the team to victory").
	['visit', ['led ', 'lead'], new WordPattern(/(?<![\p{L}])(?:[Ll]ed|[Ll]ead(?:s|ing)?)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|team|mission)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?to\s+\p{Lu}/u)],
	// The delegation arriving, told by where ("Đoàn đã đến Thanh Hóa qua Cửa khẩu …", "Đoàn đến Đồng Nai từ đầu tuần này": a
	// capital letter names the place, "đến nay", "đến tháng 12" are no arrival; case matters, so no "i" flag), or leaving
	// ("Sáng mai (22/11), Đoàn về nước qua Cửa khẩu …", "Đoàn rời Phôn-xa-vẳn, về nước"). Students seen off "về nước" are no trip.
	// A programme's clause has no subject: "- Ngày 5/3: về nước", "…; buổi chiều về nước qua cửa khẩu …" (the delegation's).
	// A ward or commune names the place since the 2025 merger ("Tối 14/11, Đoàn đến phường Rạch Giá sau chuyến bay …"); going
	// over is "sang" a province ("Đội K52 sẽ tiếp tục sang tỉnh Hủa Phăn …"), a team as a delegation; and whoever "sẽ sang"
	// a named place to do something there ("các y, bác sĩ … sẽ sang Sơn La thực tập chuyên môn") is going on a trip. Crossing the
	// border at a gate is arriving ("Đoàn … làm thủ tục tại cửa khẩu quốc tế Nậm Phao và sang phía Việt Nam"); a led delegation
	// going over, however long its name ("Đoàn công tác Công an thành phố Đà Nẵng do Đại tá X dẫn đầu sẽ sang tỉnh Sê Kông"), too.
	// A programme's last bullet, subject left out: "- Ngày 20/11: Về nước."; landing is arriving: "Đoàn đã đến sân bay quốc tế
	// Cần Thơ và được … ra đón".
	// Staff coming, told from the side that takes them in: "Bệnh viện sẽ tiếp nhận 10 y, bác sĩ của tỉnh X sang thực tập" is their
	// trip, as "… sẽ sang Quảng Ngãi thực tập" is.
	// A chain of travel ends in the arrival, however long the way told: "Ngày 9/7, Đoàn bay ra Đà Nẵng, rồi theo đường bộ qua cửa
	// khẩu … (Quảng Trị) và đến thành phố …" is the day the delegation arrived.
	// Flying back to a named home is going home too, said right after "Đoàn": "tối 21/11 (giờ địa phương), Đoàn về TPHCM bằng
	// đường hàng không" ("Đoàn trao đổi về Dự án …" is not: nothing may come between).
	// The subject may carry an aside set off by commas, a tense word after it: "Đoàn công tác tỉnh X gồm 30 thành viên, trong đó
	// có 12 doanh nghiệp, đã đến thành phố Y …".
	['visit', ['đến', 'tới', 'về nước', 'rời', 'sang', 'oàn về ', 'oàn trở về ', 'oàn đã về ', 'oàn sẽ về '], new WordPattern(/(?<![\p{L}])(?:(?<=:\s{0,3}|^\s*(?:[Bb]uổi\s+)?(?:sáng|trưa|chiều|tối)(?:\s+cùng\s+ngày)?,?\s+)(?:[Vv]ề|[Tt]rở\s+về)\s+nước(?![\p{L}])|[Đđ]oàn\s+(?:(?:đã|sẽ)\s+)?(?:trở\s+)?về\s+(?:(?:tỉnh|thành\s+phố|[Tt]hủ\s+đô|TP\.?)\s*)?\p{Lu}|(?:[Đđ]oàn|[Đđ]ội)(?:\s+[^\s,.;]+){0,8}?(?:,[^.;]{1,100}?,(?=\s*(?:đã|vừa|sẽ)\s))?\s+(?:(?:đã|vừa|sẽ)\s+)?(?:(?:tiếp\s+tục\s+)?sang\s+(?:(?:tỉnh|thành\s+phố|thủ\s+đô|Thủ\s+đô|TP\.?)\s+)?\p{Lu}|(?:đến|tới)\s+(?:(?:tỉnh|thành\s+phố|thủ\s+đô|Thủ\s+đô|TP\.?|phường|xã|đặc\s+khu|huyện|quận|thị\s+xã|thị\s+trấn|(?:sân\s+bay|cảng\s+hàng\s+không)(?:\s+quốc\s+tế)?)\s+)?\p{Lu}|(?:lên\s+đường\s+|trở\s+)?về\s+nước|rời\s)|[Đđ]oàn\s+(?:(?:đã|vừa)\s+)?(?:bay|đi|di\s+chuyển|theo\s+đường\s+(?:bộ|hàng\s+không)|lên\s+đường|xuất\s+phát|khởi\s+hành)\s[^.;]{0,160}?[\s,]\s*(?:(?:rồi|sau\s+đó|và|tiếp\s+tục|đã)\s+)+(?:đến|tới)\s+(?:(?:tỉnh|thành\s+phố|thủ\s+đô|Thủ\s+đô|TP\.?|huyện|thị\s+xã|(?:sân\s+bay|cảng\s+hàng\s+không)(?:\s+quốc\s+tế)?)\s+)?\p{Lu}|(?:[Đđ]oàn|[Đđ]ội)[^.;]{0,120}?\ssang\s+phía\s+(?:Việt\s+Nam|Lào|bạn)(?![\p{L}])|(?:[Đđ]oàn|[Đđ]ội)[^.;]{0,160}?\s(?:dẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)\s+(?:(?:đã|sẽ|vừa)\s+)?(?:sang|đến|tới)\s+(?:(?:tỉnh|thành\s+phố|[Tt]hủ\s+đô|TP\.?)\s+)?\p{Lu}|sẽ\s+(?:tiếp\s+tục\s+)?sang\s+(?:(?:tỉnh|thành\s+phố|Thủ\s+đô|TP\.?)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:thực\s+tập|học\s+tập|tập\s+huấn|đào\s+tạo|công\s+tác|làm\s+việc|khảo\s+sát|giao\s+lưu|tham\s+dự|dự)(?![\p{L}])|(?:sẽ|dự\s+kiến)\s+tiếp\s+nhận\s+(?:\d+\s+)?(?:y,?\s+)?(?:bác\s+sĩ|cán\s+bộ|chuyên\s+gia|giáo\s+viên|sinh\s+viên|học\s+viên|kỹ\s+sư|điều\s+dưỡng)[^.;]{0,80}?\s(?:sang|đến|tới)\s+(?:[^\s.;]+\s+){0,4}?(?:thực\s+tập|học\s+tập|tập\s+huấn|đào\s+tạo|làm\s+việc|công\s+tác)(?![\p{L}]))/u)],
	// Being there since a time is the arrival told from the stay: "Đoàn đại biểu tỉnh X do đồng chí Y làm trưởng đoàn đã có mặt
	// tại Hà Tĩnh từ chiều 20/6", "Từ chiều 20/6, Đoàn … đã có mặt tại Sa-van-na-khẹt". The place is a named one (a capital
	// letter, after its unit's word); a venue ("có mặt tại Hội trường …", "tại Lễ khai mạc") is attending there, not arriving.
	// So is a stay told by its programme: "Đoàn … đã có chương trình làm việc dày đặc tại Phú Yên", "Đoàn sẽ có chương trình thăm,
	// làm việc tại tỉnh …": the delegation was (or will be) in that place, as "thăm và làm việc tại" says.
	['visit', ['có mặt', 'chương trình làm việc', 'chương trình công tác', 'chương trình thăm'], new WordPattern(/(?<![\p{L}])(?:[Đđ]oàn|[Đđ]ội)(?![\p{L}])[^.;]{0,200}?\s(?:(?:đã|vừa|sẽ)\s+)?có\s+(?:mặt|chương\s+trình\s+(?:thăm(?:\s+và|\s*,)?\s+)?(?:làm\s+việc|công\s+tác|thăm)(?:\s+\p{Ll}+){0,3}?)\s+(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|[Tt]hủ\s+đô|TP\.?|huyện|thị\s+xã|(?:sân\s+bay|cửa\s+khẩu)(?:\s+quốc\s+tế)?)\s+)?(?!(?:Hội|Lễ|Buổi|Trụ\s+sở|Nhà\s+(?:hát|văn|khách|máy|thi)|Trung\s+tâm|Quảng\s+trường|Sân|Khu|Trường|Đại\s+(?:học|hội)|Bệnh\s+viện|Công\s+(?:viên|ty)|Văn\s+phòng|Phòng)(?![\p{L}]))\p{Lu}/u)],
	// "Trong hai ngày qua, Đoàn cũng đã trao đổi kinh nghiệm lập quy hoạch … với cán bộ hai tỉnh": what such delegations come
	// to do, a working session; after the visit's words ("chuyến nghiên cứu, trao đổi kinh nghiệm tại …" is the trip). Said of
	// both sides ("Sáng 6/6, hai bên trao đổi kinh nghiệm …") it is what was discussed at the meeting told.
	['working_session', ['trao đổi kinh nghiệm'], new WordPattern(/(?<![\p{L}])[Đđ]oàn(?:\s+[^\s,.;]+){0,3}?\s+trao\s+đổi\s+kinh\s+nghiệm(?![\p{L}])/u)],
	// A camp joined abroad is the trip: "Đoàn đại biểu Tỉnh đoàn … đã tham gia Trại hè Thanh niên Việt Nam - Lào năm 2018 tại tỉnh
	// U Đôm Xay (Lào)". After the others: a delegation sent to one ("sẽ cử đoàn thanh niên … sang Phú Yên dự Trại hè") is read above.
	['visit', ['trại hè', 'hội trại'], new WordPattern(/(?<![\p{L}])(?:dự|tham\s+dự|tham\s+gia)\s+(?:trại\s+hè|hội\s+trại)(?![\p{L}])/iu)],
	// In English, a stay told by its days and its place ("It will then spend Sept. 7 and 8 in Quang Ninh province"), a leaving
	// told from where to where ("The delegation will leave Tien Giang for Ho Chi Minh City on Friday", or "… to leave Nghe An
	// for home later today"): case matters, the places are capitalised (no "i" flag). So is a leaving told by its day or the way
	// on ("The delegation left Savannakhet on Monday", "… left Pakse last Thursday and travelled by road through …"): the trip's
	// first act, or its last. A stop on the way, told by its place ("the delegation had stopped in A Luoi district to meet …",
	// "stopped over in Vinh").
	['visit', ['spend', 'spent', 'leav', 'left', 'stop'], new WordPattern(/(?<![\p{L}])(?:[Dd]elegation|[Dd]elegates|[Gg]uests|[Vv]isitors|[Ii]t|[Tt]hey)(?:\s+[^\s,.;]+){0,3}?\s+(?:spen(?:d|ds|t|ding)\s+(?:[^\s;]+\s+){1,6}?in\s+\p{Lu}|stop(?:ped|s)?\s+(?:over\s+|off\s+)?(?:in|at)\s+\p{Lu}|(?:leav(?:e|es|ing)|left)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+for\s+(?:\p{Lu}|home(?![\p{L}]))|left\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:(?:on|last|early|late|this|yesterday)(?![\p{L}])|and\s+(?:travel(?:l)?ed|flew|drove|crossed|went)(?![\p{L}])))/u)],
	// A trip told done by its end, in English ("…, returned home through the Thong Thu border gate earlier this week, ending a
	// five-day trip to the Lao provinces of …", "wrapped up a three-day visit to …"): the trip itself, as "kết thúc chuyến công tác".
	['visit', ['trip', 'mission', 'tour'], new WordPattern(/(?<![\p{L}])(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|complet(?:e|es|ed|ing))\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:trip|tour|mission)\s+(?:to|in)\s+(?:the\s+)?\p{Lu}/u)],
	// A stay told with an aside between the delegation and its place ("A delegation from … led by X, vice chairwoman of …, was in
	// the Lao province from June 20 to 23"): the trip, as "The Hanoi delegation was in Vientiane …" is. The place is capitalised.
	['visit', ['was in', 'is in', 'were in', 'are in'], new WordPattern(/(?<![\p{L}])[Dd]elegation(?![\p{L}])[^.;]{0,200}?,\s+(?:was|is|were|are)\s+in\s+(?:the\s+)?\p{Lu}/u)],
	// A field trip in English, told by the delegation: "the Vietnamese delegation surveyed tour routes to …" (as "Đoàn khảo sát").
	['field_trip', ['survey'], new WordPattern(/(?<![\p{L}])(?:[Dd]elegation|[Dd]elegates|[Gg]uests|[Vv]isitors|[Tt]hey)(?:\s+(?:also|then|later|had))?\s+survey(?:ed|s)(?![\p{L}])/u)],
	// A joint team searching for fallen soldiers' remains is on its mission abroad: "Next week, a joint search team … will
	// start a new search for the remains of fallen soldiers in …" (the search as a thing done, not "cooperation in the search").
	['visit', ['search'], new WordPattern(/(?<![\p{L}])(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un)|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|resum(?:e|es|ed|ing)|carr(?:y|ies|ied)\s+out)\s+(?:(?:a|an|the|their|its)\s+)?(?:(?:new|joint|fresh|another)\s+)?search(?:es)?\s+for\s+(?:the\s+)?remains(?![\p{L}])/iu)],
	// A group coming with no leader named, in English ("This week, a group of teachers from Quang Nam College of Education will
	// arrive in Sekong to open Vietnamese language classes"): their trip, told by the arrival.
	['visit', ['group of', 'team of'], new WordPattern(/(?<![\p{L}])(?:group|team)\s+of\s+(?:[^\s,.;]+\s+){1,10}?(?:(?:will|would)\s+)?arriv(?:ed|es|e)\s+in\s+\p{Lu}\p{L}*(?![\p{L}])/u)],
	// A fair in English ("will stay on for the Xieng Khouang agricultural fair this weekend"), last: a trip to one ("will
	// visit Hai Phong … to attend the Hai Phong International Trade Fair") is the visit. Not "a fair deal".
	['ceremony', ['fair'], new WordPattern(/(?<![\p{L}])(?<!(?:a|very|quite|more|less|is|was|be|and)\s)fairs?(?![\p{L}])/iu)],
	// Crossing at a border gate, told with "qua" alone, is arriving: "Chiều 2/5, Đoàn qua Cửa khẩu Quốc tế Lao Bảo và được … đón"
	// (the delegation named: "hàng hóa qua cửa khẩu" is trade). Before the welcome at the border, which it is.
	['visit', ['qua cửa khẩu', 'qua cặp cửa khẩu'], new WordPattern(/(?<![\p{L}])Đoàn(?:\s+[^\s,.;]+){0,8}?\s+(?:đã\s+|đi\s+)?qua\s+(?:cặp\s+)?[Cc]ửa\s+khẩu(?![\p{L}])/u)],
	// The delegation met on arrival, told in the passive ("Tối hôm trước, Đoàn được lãnh đạo Sở Y tế tỉnh … đón tại cửa khẩu …" =
	// "… đón Đoàn"), last: with the arrival told too ("Đoàn nhập cảnh qua … và được lãnh đạo huyện … đón tại …") it is the arrival.
	['reception', ['đón tại', 'đón ở'], new WordPattern(/(?<![\p{L}])[Đđ]oàn(?:\s+[^\s,.;]+){0,8}?\s+được\s+(?:[^.;]{0,160}?\s)?đón\s+(?:tại|ở)\s/u)]
];

// "its plans to attract investment" is a noun, not an announcement.
// Agreeing to lead a delegation is the trip announced, as "nhận lời dẫn Đoàn" is: "Thai also agreed to lead a delegation of Gia
// Lai businesses to the Attapeu Trade Fair in December".
const PLANNED = new WordPattern(/(?<![\p{L}])(?:dự\s+kiến|sẽ|theo\s+kế\s+hoạch|sắp\s+tới|will|is\s+scheduled|(?<!(?:its|their|his|her|the|our|with)\s)plans?\s+to|is\s+expected|(?:agreed|accepted|promised|pledged)\s+to\s+lead)(?![\p{L}])/iu);
// A past marker before the future one: the sentence tells what happened, then what it leads to
// ("Chiều 9/8, hai bên đã hội đàm và nhất trí sẽ phối hợp…").
const DONE_BEFORE = new WordPattern(/(?<![\p{L}])(?:đã|vừa|held|signed|visited|met|received|paid|attended|had)(?![\p{L}])/iu);

// Words quoted at the opening of a sentence, then who said them: '"Các em … sẽ là …", đồng chí X nói …' (in English the comma
// goes inside: '"… not only in speeches," Le Hoang Phuc … said').
const QUOTE_LEAD = /^["“][^"“”]{8,}(?:["”]\s*,|,\s*["”])\s/u;
// Who said the quoted words, in the past: '"…," Somphone Keovongsa, director of …, told the opening session …'.
const TOLD_AFTER_QUOTE = /^[^.;"“”]{0,200}?(?<![\p{L}])(?:told|said|added|noted|stressed|stated|remarked)(?![\p{L}])/u;
/** Where the opening quotation of a sentence ends (0 if it does not open with one). */
function quoteLeadEnd(text: string): number {
	const c = text.charCodeAt(0);
	return c === 0x22 || c === 0x201c ? (QUOTE_LEAD.exec(text)?.[0].length ?? 0) : 0;
}

// The terms of a document, told after it: "… witnessed the signing of a contract under which X will buy 5,000 tonnes …", "…
// ký hợp đồng, theo đó Công ty X sẽ mua …". Their future is the document's, not the sentence's.
const TERMS = /(?<![\p{L}])(?:(?:under|by|according\s+to)\s+which|whereby)(?![\p{L}])|,\s*theo\s+đó(?![\p{L}])/iu;
// What is to become of the thing just named, in a clause of its own after a comma: "… dự lễ khởi công Nhà máy …, công suất 300
// tấn/ngày, dự kiến đi vào hoạt động trong quý II năm 2026", "… khánh thành cây cầu …, dự kiến sẽ hoàn thành vào cuối năm",
// "…, which is expected to become operational in 2026". The plant's or the project's future, not the act's: the act told before it is done.
// (Read at the first future word only, so "Sáng 5/3, Đoàn sẽ dự lễ khởi công …, dự kiến hoàn thành …" stays planned by its "sẽ".)
const AFTER_COMMA = /,\s*(?:which\s+)?$/u;
const OBJECT_FUTURE = /^(?:dự\s+kiến|is\s+expected\s+to)\s+(?:sẽ\s+)?(?:được\s+)?(?:đi\s+vào\s+(?:hoạt\s+động|vận\s+hành|sử\s+dụng)|đưa\s+vào\s+(?:hoạt\s+động|vận\s+hành|sử\s+dụng)|vận\s+hành|hoàn\s+thành|khánh\s+thành|hoạt\s+động|be\s+completed|be\s+put\s+into|become\s+operational|go\s+into\s+operation|begin\s+operation|start\s+operation)(?![\p{L}])/iu;
/** Is the event announced rather than reported? Judged on what comes first: a past or a future marker. */
// Reported speech's future with its weekday: "Mr. X said the delegation would leave Y for Z on Tuesday" is the coming Tuesday,
// still to come (as "will"), not the one before the page.
const WOULD_ON_WEEKDAY = new WordPattern(/(?<![\p{L}])(?:said|told|added|noted|announced|informed|stated)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])would\s+(?!have(?![\p{L}]))[\p{L}][^.;]{0,120}?(?<![\p{L}])on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/iu);
export function isPlanned(text: string): boolean {
	const f = PLANNED.exec(text);
	if (!f) return false;
	// (A future only within the terms is none: "witnessed the signing of a contract under which X will buy …" is done.)
	const t = f.index > 0 ? TERMS.exec(text) : null;
	if (t && t.index > 0 && t.index < f.index) return false;
	// (Nor a future only of the thing just named, OBJECT_FUTURE: the plant's, not the ground-breaking's.)
	if (f.index > 0 && AFTER_COMMA.test(text.slice(Math.max(0, f.index - 8), f.index)) && OBJECT_FUTURE.test(text.slice(f.index, f.index + 60))) return false;
	const d = DONE_BEFORE.exec(text);
	return !d || d.index > f.index;
}
// "mời … sang thăm", "mời … sang dự Lễ hội …" (to come over for it), "đã nhận lời mời sang thăm … vào tháng 8 tới" (one
// accepted), "invited … to visit". Not "lời mời của X": "Nhận lời mời của Tỉnh ủy …, từ ngày 1/12 đến hết ngày 3/12, Đoàn …
// đã sang thăm …", "Theo lời mời của …" report a trip made at someone's invitation, and its tense is the rest of the sentence's.
const INVITATION_TO_VISIT = new WordPattern(/(?<![\p{L}])(?:mời(?!\s+của(?![\p{L}]))|invited?)(?![\p{L}])[^.;]*(?<![\p{L}])(?:thăm|visit|sang\s+(?:tham\s+)?dự)/iu);
// "mời lãnh đạo Sở … dự Lễ hội Dừa …, dự kiến tổ chức vào tháng 4 tới": invited to a happening named by its capitalised
// name (case-sensitive: no "i" flag, under which \p{Lu} matches any letter). Not "được mời dự Lễ khai mạc", one who was
// invited and went.
const INVITATION_TO_ATTEND = new WordPattern(/(?<![\p{L}])(?<!được\s)[Mm]ời(?!\s+của(?![\p{L}]))(?![\p{L}])[^.;]*(?<![\p{L}])dự(?=\s+\p{Lu})/u);
const INVITATION = { test: (text: string): boolean => INVITATION_TO_VISIT.test(text) || INVITATION_TO_ATTEND.test(text) };

// Words of which every FRAME, PLANNED and INVITATION match holds one (as for TRIGGERS): most event
// sentences hold none of the last two, and their regexes need not be tried there.
const FRAME_WORDS = ['chuyến', 'đợt', 'framework', 'occasion', 'sau buổi', 'sau cuộc', 'kết thúc buổi', 'kết thúc cuộc', 'sau hội đàm', 'sau khi hội đàm', 'kết thúc hội đàm', 'after the', 'following the'];
const PLANNED_WORDS = ['dự kiến', 'sẽ', 'kế hoạch', 'sắp tới', 'will', 'scheduled', 'plan', 'expected', 'to lead'];
// ('nhận lời' alone answers an invitation too: "đồng chí X nhận lời dẫn Đoàn … sang thăm … vào đầu tháng 2".)
const INVITATION_WORDS = ['mời', 'invite', 'invitation', 'nhận lời'];
// "nhận lời mời", "mời … sang thăm Hậu Giang …; phía bạn đã nhận lời", "accepted an invitation".
// (The inviter may be named: "Vongxay accepted Trieu's invitation to lead …", "accepted the governor's invitation".)
// (Or the acceptance told after, of the invitation: "X invited Y to lead …, an invitation the Lao leader accepted with pleasure".)
// Accepting said as the trip promised, in English: "X invited Y to lead a … delegation to Salavan, and Y said the delegation
// would make the trip in the first quarter of 2019" (as "Y nhận lời dẫn đoàn … sang …").
const ACCEPTED = new WordPattern(/(?<![\p{L}])(?:nhận\s+lời|accept(?:ed|s)?\s+(?:the|an|their|his|her|(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?['’]s?)\s+invitation|invitation\s+(?:(?:that|which)\s+)?(?:(?:was|had\s+been)\s+|(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?)accepted|accepted(?=\s*(?:[.;]|$))|(?:said|replied|confirmed|promised|pledged)\s+(?:that\s+)?(?:the|his|her|a|its)\s+(?:[\p{L}-]+\s+){0,3}?delegation\s+would\s+(?:make\s+the\s+(?:trip|visit|journey)|visit|come|travel|go))(?![\p{L}])/iu);
// A short sentence that only answers the invitation before it: "Vanmaly accepted the invitation.", "Phía bạn đã nhận lời."
const ANSWER = /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|phía\s+bạn|(?:ông|bà|đồng\s+chí)\s+\p{Lu}[^,.;]{0,40}?|he|she|they)\s+(?:đã\s+)?(?:vui\s+vẻ\s+)?(?:nhận\s+lời(?:\s+mời)?|accepted(?:\s+(?:the|an|her|his|their)\s+invitation)?)\s*[.!]?$/iu;
/** The sentence after `s`, in its paragraph, only answers the invitation `s` tells (ANSWER). */
/** The new time of a trip put off holds the days of the trip told as done (lead): the move led to it. */
function movedToTrip(moved: TimeMention, lead: EventDraft | null, now: Reference | null, anchor: Resolved | null, opts: ExtractOptions): boolean {
	if (!lead || lead.status !== 'occurred' || !lead.date) return false;
	const to = resolveMention(moved, { now, anchor, year: now ? null : opts.yearFor(moved.month) });
	return !!to && to.start <= lead.date.start && lead.date.end <= to.end;
}

/** s tells a plan (ORIGINAL_PLAN) and, after every date it holds, that it was called off (CALLED_OFF), with no new time (PUT_OFF). */
function undonePlan(s: Sentence, memo: MentionMemo): boolean {
	const plan = ORIGINAL_PLAN.exec(s.text);
	const off = plan && CALLED_OFF.exec(s.text, plan.index);
	if (!off || PUT_OFF.test(s.text)) return false;
	const found = memo.of(s);
	return found.length > 0 && found.every((m) => m.start > plan.index && m.start < off.index);
}

/** The sentence after s tells that the trip was called off or put off ("Tuy nhiên, …, chuyến thăm đã bị hủy."). */
function calledOffNext(sentences: Sentence[], s: Sentence): boolean {
	const next = sentences[sentences.indexOf(s) + 1];
	return !!next && CALLED_OFF_HINT.test(next.text) && CALLED_OFF.test(next.text);
}

function answeredNext(sentences: Sentence[], s: Sentence): boolean {
	const next = sentences[sentences.indexOf(s) + 1];
	return !!next && next.paragraph === s.paragraph && next.text.length < 80 && ANSWER.test(next.text.trim());
}
// Who accepts says they are coming: "nhận lời mời sang dự Lễ hội Dừa … vào tháng 4 năm tới", "accepted an invitation to visit
// …"; or the invitation named the delegation and its leader (LED_DELEGATION).
const COMING = new WordPattern(/(?<![\p{L}])(?:nhận\s+lời(?:\s+mời)?\s+(?:sẽ\s+)?(?:sang|đến|tới|thăm|dự)|invitation\s+to\s+(?:visit|come|lead|attend|travel))(?![\p{L}])/iu);
// The past said of the trip, not of the acceptance: "đã nhận lời" is the answer given, "Đoàn … đã sang thăm" the trip made.
// (Nor is the invitation: "Chúng tôi đã mời ông X dẫn đoàn … sang thăm … vào tháng 3 năm sau, và ông đã vui vẻ nhận lời".)
const DONE_WORD = new WordPattern(/(?<![\p{L}])đã(?!\s+(?:\p{Ll}+\s+){0,2}nhận\s+lời|\s+mời)(?![\p{L}])/u);

/*
 * Which triggers (bit i for TRIGGERS[i], FRAME_BIT for the frame) have a word in a sentence, found
 * in one pass over it (wordsIn).
 */
const FRAME_BIT = 1 << TRIGGERS.length;
const PLANNED_BIT = FRAME_BIT << 1;
const INVITATION_BIT = FRAME_BIT << 2;
// Bits are 32: one more trigger would wrap INVITATION_BIT onto the first trigger's, and silently type sentences anew.
if (TRIGGERS.length + 3 > 32) throw new Error(`events: ${TRIGGERS.length} triggers and 3 word sets do not fit in 32 bits`);
/** The bits of every trigger of a type. */
const TYPE_BITS = new Map<EventType, number>();
TRIGGERS.forEach(([type], i) => TYPE_BITS.set(type, (TYPE_BITS.get(type) ?? 0) | (1 << i)));
const WORD_SETS: [string[], number][] = [
	...TRIGGERS.map(([, words], i): [string[], number] => [words, 1 << i]),
	[FRAME_WORDS, FRAME_BIT],
	[PLANNED_WORDS, PLANNED_BIT],
	[INVITATION_WORDS, INVITATION_BIT]
];

/*
 * The words are looked for as they read in the sentence's view: lower case (as the regexes' case-insensitive matching sees
 * every letter of them, "s" in "ſ" too), each run of white space one space (\s+ in the regexes is one space in the words).
 * A code unit of the text is read as its class: 0 for one no word holds, else its lower case's place in the words' alphabet
 * (WORD_UNIT); white space is read as a space, once a run (IS_SPACE). "İ", whose lower case is two units, is read as both.
 */
const IS_SPACE = new Uint8Array(0x10000);
const WORD_UNIT = new Uint8Array(0x10000);
const TWO_UNITS = 255;
const UNIT_PAIRS = new Map<number, number[]>();
const WORD_UNITS = new Map<number, number>();
for (const [words] of WORD_SETS) for (const w of words) for (let i = 0; i < w.length; i++) if (!WORD_UNITS.has(w.charCodeAt(i))) WORD_UNITS.set(w.charCodeAt(i), WORD_UNITS.size + 1);
if (WORD_UNITS.size >= TWO_UNITS) throw new Error('events: the trigger words hold too many distinct letters for WORD_UNIT');
// (Lower-cased a block of 1,024 units at a time, not unit by unit: ~10x faster at load. A block's units lower-case one by one
// as they do alone, "Σ" aside, whose "σ" or "ς" is in no word; "İ" makes its block longer, which is then done unit by unit.
// The surrogates are in no word.)
for (let from = 0; from < 0x10000; from += 0x400) {
	if (from >= 0xd800 && from < 0xe000) continue;
	const block = String.fromCharCode(...Array.from({ length: 0x400 }, (_, i) => from + i));
	for (const m of block.matchAll(/\s/g)) IS_SPACE[from + m.index] = 1;
	const lowerBlock = block.toLowerCase();
	for (let i = 0; i < 0x400; i++) {
		const c = from + i;
		const lower = (lowerBlock.length === block.length ? lowerBlock[i] : block[i].toLowerCase()).replaceAll('ſ', 's');
		if (IS_SPACE[c]) WORD_UNIT[c] = WORD_UNITS.get(0x20) ?? 0;
		else if (lower.length === 1) WORD_UNIT[c] = WORD_UNITS.get(lower.charCodeAt(0)) ?? 0;
		else (WORD_UNIT[c] = TWO_UNITS), UNIT_PAIRS.set(c, Array.from(lower, (u) => WORD_UNITS.get(u.charCodeAt(0)) ?? 0));
	}
}
/*
 * The words as one automaton (Aho–Corasick): NEXT[state * UNITS + class] is the state after a code unit, WORD_OUT[state] the
 * bits of every word that ends there. One step a code unit finds every word wherever it starts, overlapping or inside
 * another; so the bits are those of every word the view holds. (Built here rather than taken from an Aho–Corasick package:
 * those match a string as given, so they would need the lower-cased, space-folded copy of every sentence that this pass is
 * there to avoid making; the automaton is some forty lines.)
 */
const UNITS = WORD_UNITS.size + 1;
const { NEXT, WORD_OUT } = (() => {
	const children: Map<number, number>[] = [new Map()];
	const out = [0];
	for (const [words, bit] of WORD_SETS)
		for (const w of words) {
			let n = 0;
			for (let i = 0; i < w.length; i++) {
				const k = WORD_UNITS.get(w.charCodeAt(i))!;
				let m = children[n].get(k);
				if (m === undefined) children[n].set(k, (m = children.push(new Map()) - 1)), out.push(0);
				n = m;
			}
			out[n] |= bit;
		}
	const next = new Int32Array(children.length * UNITS);
	const wordOut = Int32Array.from(out);
	const fail = new Int32Array(children.length);
	// Breadth first: a state's fallback (the longest proper suffix of its text that is a state) is worked out before it.
	const queue = [0];
	for (let q = 0; q < queue.length; q++) {
		const n = queue[q];
		for (let k = 1; k < UNITS; k++) {
			const m = children[n].get(k);
			const onFail = n === 0 ? 0 : next[fail[n] * UNITS + k];
			if (m === undefined) next[n * UNITS + k] = onFail;
			else {
				next[n * UNITS + k] = m;
				fail[m] = onFail;
				wordOut[m] |= wordOut[onFail];
				queue.push(m);
			}
		}
	}
	return { NEXT: next, WORD_OUT: wordOut };
})();

/** The bits of the word sets (WORD_SETS) of which `text`, read as its view, holds a word. */
function wordsIn(text: string): number {
	const isSpace = IS_SPACE, unit = WORD_UNIT, next = NEXT, out = WORD_OUT, units = UNITS;
	let bits = 0;
	let state = 0;
	let space = false;
	for (let i = 0, n = text.length; i < n; i++) {
		const c = text.charCodeAt(i);
		if (isSpace[c] === 1) {
			if (space) continue;
			space = true;
		} else space = false;
		const k = unit[c];
		if (k === TWO_UNITS) {
			for (const u of UNIT_PAIRS.get(c)!) bits |= out[(state = next[state * units + u])];
		} else bits |= out[(state = next[state * units + k])];
	}
	return bits;
}

export function classify(text: string): EventType | null {
	return typeOf(text, wordsIn(text));
}

/**
 * A sentence's trigger words (wordsIn of its view) and its type by them (typeOf), each worked out once per sentence
 * when first asked. The caller may keep it across readings of one article: read again with another article's year
 * (index.ts), an article's sentences are the same, and so are their words and types.
 */
export class SentenceTypes {
	private readonly read = new Map<Sentence, { words: number; type: EventType | null | undefined }>();
	private entry(s: Sentence) {
		let e = this.read.get(s);
		if (!e) this.read.set(s, (e = { words: wordsIn(s.text), type: undefined }));
		return e;
	}
	/** wordsIn of the sentence. */
	words(s: Sentence): number {
		return this.entry(s).words;
	}
	/** typeOf the sentence. */
	type(s: Sentence): EventType | null {
		const e = this.entry(s);
		if (e.type === undefined) e.type = typeOf(s.text, e.words);
		return e.type;
	}
}

// What makes a frame the event told: "có", "bắt đầu", "kết thúc" just before it; its review, "Đoàn sẽ tổng kết đợt công tác";
// or "đáp lễ", the visit a return visit returns ("Đây là chuyến thăm đáp lễ chuyến thăm … của Đoàn … tỉnh X … vào tháng
// 9/2023": that earlier visit, told with its month).
const TRIP_TOLD = new WordPattern(/(?<![\p{L}])(?:có|bắt\s+đầu|kết\s+thúc(?:\s+tốt\s+đẹp)?|tổng\s+kết|sơ\s+kết|đáp\s+lễ)\s*$/u);

/** classify, given the words `text` holds (wordsIn). */
function typeOf(text: string, bits: number): EventType | null {
	let masked = text;
	// "Đoàn … đang có chuyến thăm và làm việc tại …" is the trip itself, told as the event, and so is an
	// arrival "đã đến …, bắt đầu chuyến thăm …" or the end "đã kết thúc chuyến thăm …": only a frame without
	// "có"/"bắt đầu"/"kết thúc" before it is masked.
	// Words are then looked for in what is left.
	if (bits & FRAME_BIT) {
		masked = text.replace(FRAME, (m, at: number) => (TRIP_TOLD.test(text.slice(0, at + m.length - m.trimStart().length)) ? m : ' '.repeat(m.length)));
		if (masked !== text) bits = wordsIn(masked);
	}
	// "phường Đông Lễ", "xã Mỹ Lễ": a place named with "Lễ" is no ceremony ("Lễ ký kết" goes on with its kind).
	if (masked.includes('Lễ') && PLACE_LE.test(masked)) {
		masked = masked.replace(PLACE_LE, '  ');
		bits = wordsIn(masked);
	}
	// Training for a happening is its background, not a happening: "Suốt tuần qua, các đội bóng đá, bóng chuyền đã tập luyện
	// cho ngày hội", "the teams have been practising for the festival" (whatever it names after "cho"/"for").
	if ((holds(masked, 't', 'ập') || masked.includes('ing for')) && TRAINING_FOR.test(masked)) return null;
	// A ceremony attended, and a signing witnessed there after it: "Đoàn dự Lễ tốt nghiệp … và chứng kiến ký kết biên bản ghi
	// nhớ …" tells the ceremony (its main verb), which other reports tell alone; the signing is what happened at it.
	if (bits & TYPE_BITS.get('signing')! && holds(masked, 'ch', 'ứng kiến') && ATTENDED_THEN_WITNESSED.test(masked)) return 'ceremony';
	for (let i = 0; i < TRIGGERS.length; i++) if (bits & (1 << i) && TRIGGERS[i][2].test(masked)) return TRIGGERS[i][0];
	// With nothing told but the frame, a frame that gives the trip's days is the stay told by them: "Chuyến công tác tại tỉnh X
	// nằm trong chương trình thăm và làm việc tại Việt Nam của Đoàn từ ngày 7 đến 12/10" (PROGRAMME_DAYS).
	if (masked !== text && holds(text, 't', 'ừ') && PROGRAMME_DAYS.test(text)) return 'visit';
	return null;
}
// A delegation's programme told with its days, inside "nằm trong" or "trong khuôn khổ": "… nằm trong chương trình thăm và làm
// việc tại Việt Nam của Đoàn từ ngày 7 đến 12/10", "trong khuôn khổ chuyến công tác tại Lào từ ngày 3 đến hết ngày 6/5".
const PROGRAMME_DAYS = /(?<![\p{L}])(?:nằm\s+trong|trong\s+khuôn\s+khổ)\s+(?:(?:chương\s+trình|chuyến|đợt)\s+)+(?:thăm|làm\s+việc|công\s+tác)(?![\p{L}])[^,;.]*?\stừ\s+(?:ngày\s+)?\d{1,2}(?:\/\d{1,2})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d/iu;
// "dự Lễ tốt nghiệp … và chứng kiến (lễ) ký kết …": not a ceremony that is itself the signing ("dự Lễ ký kết", "dự lễ trao
// thỏa thuận"), and the witnessing joined to the attending by "và" in the same clause.
const ATTENDED_THEN_WITNESSED = new WordPattern(/(?<![\p{L}])(?:tham\s+)?dự\s+(?:buổi\s+)?[Ll]ễ\s+(?!(?:ký|kí|trao|bàn\s+giao)(?![\p{L}]))[^.;]*?\s(?:và|đồng\s+thời)\s+(?:cùng\s+)?chứng\s+kiến\s+(?:(?:buổi\s+)?lễ\s+|việc\s+)?(?:ký|kí)(?![\p{L}])/u);
const TRAINING_FOR = new WordPattern(/(?<![\p{L}])(?:(?:đã|đang|khẩn\s+trương|tích\s+cực|miệt\s+mài)\s+(?:tập\s+luyện|luyện\s+tập|tập\s+dượt)(?:\s+[^\s.;]+){0,6}?\s+(?:cho|để\s+chuẩn\s+bị|chuẩn\s+bị\s+cho)|ha(?:ve|s|d)\s+been\s+(?:training|practi[cs]ing|rehearsing)(?:\s+[^\s.;]+){0,4}?\s+for)(?![\p{L}])/iu);

/**
 * A happening lasts days, not months: a longer span of days is an anniversary's or a programme's
 * ("kỷ niệm 60 năm … (5/9/1962 - 5/9/2022)", "từ 1/6 đến 31/12"), never the date of the event told.
 */
const MAX_EVENT_SPAN_DAYS = 31;
function spanDays(m: TimeMention): number {
	if (m.day === undefined || m.month === undefined) return 0;
	const y0 = m.year ?? 2000;
	const endMonth = m.endMonth ?? m.month;
	const y1 = m.endYear ?? (endMonth < m.month ? y0 + 1 : y0);
	return (Date.UTC(y1, endMonth - 1, m.endDay ?? m.day) - Date.UTC(y0, m.month - 1, m.day)) / 86_400_000;
}

const LONG_AGO_DAYS = 366;
const TRIP_WINDOW_DAYS = 31;
// A delegation's visit told at its end: "A delegation of X … has concluded a two-day visit to Y", "… wrapped up its three-day
// working visit in Y" (not "concluded talks", not a visit of the hosts' told in passing).
const ENDED_VISIT = /(?<![\p{L}])(?:delegation|delegates|mission)(?![\p{L}])[^.;]{0,200}?\s(?:(?:has|have|had)\s+)?(?:concluded|wrapped\s+up|ended|completed)\s+(?:a|an|its|their|his|her)\s+\S+-day\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|mission)\s+(?:to|in)\s+(?:the\s+)?\p{L}/iu;

// "VIENTIANE, March 12 (KPL) –", "Hanoi, Oct. 9 (VNA) -": a place, a date and an agency, then a dash.
// The agency may be written out and the dateline closed by a colon: "VIENTIANE, Nov 22 (Lao News Agency):"; the
// date may be left out: "Vientiane (VNA) –".
const DATELINE = /^[\p{Lu}][\p{L} .'-]{1,40}(?:,\s+[^–—()\-]{3,30}?)?\s*\((?:[A-Z]{2,}|Xinhua|Reuters|AFP|AP|Vietnam\+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\)\s*(?:[–—-]|:(?=\s))\s*/u;

/** Length of the wire dateline that opens a sentence, 0 when none: its city is where the story was filed, not where it happened. */
export const datelineLength = (text: string): number => (text.includes('(') ? DATELINE.exec(text)?.[0].length ?? 0 : 0);
// The outlet's tag that opens a lead: "ANTĐ - ", "(VOH) - ", "HNM – ".
const OUTLET_TAG = /^\(?[\p{Lu}\d.+]{2,14}\)?\s*[-–—]\s+/u;
/** Length of what opens a sentence before its first word of its own: a wire dateline or an outlet's tag. */
const leadInLength = (text: string): number => datelineLength(text) || (OUTLET_TAG.exec(text)?.[0].length ?? 0);

// Words after which a bracketed date is a founding day, not the day of the event told:
// "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - …)", "62nd anniversary of … (September 5, 1962 - 2024)".
// A visit for an anniversary comes in the days up to it.
const ANNIVERSARY_LEAD_DAYS = 3;
/** The days up to an anniversary bracketed after its name in `text` ("kỷ niệm … (30/4/1975 - 30/4/2020)"), if `found` holds one. */
function anniversaryAhead(found: TimeMention[], text: string): TimeMention | undefined {
	const a = found.find((m) => m.shape === 'span' && m.endDay && m.endMonth && m.endYear && m.year && m.endYear > m.year && FOUNDING.test(text.slice(Math.max(0, m.start - 160), m.start)));
	if (!a) return undefined;
	const day = Date.UTC(a.endYear!, a.endMonth! - 1, a.endDay!);
	const from = new Date(day - ANNIVERSARY_LEAD_DAYS * 86_400_000);
	return { start: a.start, end: a.end, text: a.text, shape: 'span', day: from.getUTCDate(), month: from.getUTCMonth() + 1, year: from.getUTCFullYear(), endDay: a.endDay, endMonth: a.endMonth, endYear: a.endYear, partOfDay: null };
}
const FOUNDING = /(?:kỷ\s+niệm|anniversary|thành\s+lập|founding|ngày\s+sinh|birthday)[^.;()]{0,140}\(\s*$/iu;
// A year alone dates an event only after a word of time ("trong năm 2022", "in 2023"); after a noun
// it names what the year qualifies: "kết quả hợp tác năm 2023", "kế hoạch hợp tác năm 2024". Not after
// "từ", "since": "quan hệ … được xây dựng từ năm 2009" says how long something has lasted, not when it happened.
const YEAR_CUE = /(?:^|[,;:(–-]\s*|(?<![\p{L}])(?:trong|vào|hồi|đến|tới|suốt|cả|sang|cuối|đầu|giữa|in|during|by|until|through)\s+)$/iu;

// ... unless the happening it names is said to be held then: "hội đàm định kỳ năm 2027 sẽ được tổ chức tại …".
// (So does what a report shows: "Báo cáo tại buổi hội đàm cho thấy, năm 2024 kinh tế tỉnh … tăng trưởng 7,6%".)
const SAID_BEFORE = /(?<![\p{L}])(?:cho\s+biết|cho\s+thấy|thông\s+tin|nhấn\s+mạnh|khẳng\s+định|nói|chia\s+sẻ|báo\s+cáo|said|noted|stressed|reported|showed|shows)(?:\s+rằng|\s+that)?\s*[,:]?\s*(?:trong\s+|in\s+)?$/iu;
const PLAN_AFTER = /^[^.;]*?(?<![\p{L}])(?:sẽ|dự\s+kiến|will|plans?\s+to)(?![\p{L}])/iu;
const HELD_AFTER = /^\s+(?:sẽ\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|khởi\s+tranh)(?![\p{L}])/iu;

// A document named with the day it was signed: "Biên bản ghi nhớ hợp tác ký ngày 20/10/2022", "the agreement signed on …";
// or with the place, the day in brackets ("Thỏa thuận kết nghĩa … được ký kết tại thành phố X (ngày 5/9/2016)"): history
// recalled, as a speech at an anniversary does. (Not a weekday before the bracket: "The agreement was signed in Sekong on
// Monday (Sept 16)" is the news, told with its day.)
const DOCUMENT_SIGNED = /(?:biên\s+bản|bản\s+ghi\s+nhớ|ghi\s+nhớ|thỏa\s+thuận|thoả\s+thuận|hiệp\s+định|văn\s+bản|kế\s+hoạch|memorandum|agreement|MoU)[^.;]{0,80}?\s(?:(?:được|đã)\s+)?(?:ký|ký\s+kết|kí|ban\s+hành|signed)\s+(?:(?:tại|ở)\s+(?:(?!(?:thứ|chủ\s+nhật|sáng|chiều|tối|hôm)(?![\p{L}]))[^.;()]){1,60}?\s*\(\s*|(?:vào\s+|on\s+|in\s+)?(?:ngày\s+)?)$/iu;
// ... unless a visit of that time follows, told as when it was signed: "Biên bản ghi nhớ ký tháng 4/2023, khi Đoàn đại biểu tỉnh
// X sang thăm tỉnh Y", "the memorandum signed in April 2023, when a delegation of X visited Y": the day is the visit's too.
const VISIT_WHEN_SIGNED = /^\s*,?\s*(?:khi|lúc|nhân\s+dịp|trong\s+(?:chuyến|dịp)|when|during)\s[^.;]{0,100}?(?<![\p{L}])(?:sang\s+thăm|đến\s+thăm|tới\s+thăm|thăm(?:\s*,|\s+và)\s+làm\s+việc|visit(?:ed|ing|s)?)(?![\p{L}])/iu;

// A day told of a disaster, in the clause that names it ("… gửi lời thăm hỏi tới nhân dân các địa phương bị thiệt hại do cơn bão số
// 3 đổ bộ ngày 7/9", "the floods that hit the province on September 10"): when the storm struck, not when the visit or the
// greeting was. (The disaster named, then its own verb, with no comma between.)
const DISASTER_HINT = /bão|lũ|lụt|sạt\s+lở|động\s+đất|thiên\s+tai|storm|typhoon|flood|earthquake|landslide/iu;
const DISASTER_STRUCK = /(?<![\p{L}])(?:bão|áp\s+thấp\s+nhiệt\s+đới|lũ(?:\s+(?:lụt|quét|ống))?|mưa\s+lũ|ngập\s+lụt|sạt\s+lở(?:\s+đất)?|động\s+đất|thiên\s+tai|storm|typhoon|floods?|flooding|earthquake|landslides?)(?![\p{L}])[^,.;:()]{0,60}?(?<![\p{L}])(?:đổ\s+bộ|đi\s+qua|quét\s+qua|xảy\s+ra|ập\s+(?:vào|đến|xuống)|gây\s+ra|làm\s+sập|hit|struck|made\s+landfall|swept|battered)(?![\p{L}])(?:[^,.;:()]{0,40}?)\s+(?:vào\s+|on\s+|in\s+)?(?:(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$/iu;

/** Can this mention date what the sentence tells? */
function datesTheSentence(m: TimeMention, text: string): boolean {
	const before = text.slice(Math.max(0, m.start - 160), m.start);
	if (!m.relation && DOCUMENT_SIGNED.test(before) && !VISIT_WHEN_SIGNED.test(text.slice(m.end, m.end + 160))) return false;
	if (!m.relation && DISASTER_HINT.test(before) && DISASTER_STRUCK.test(before)) return false;
	// FOUNDING ends in "(": only then is the end-anchored pattern (tried at every position) worth trying.
	if (before.trimEnd().endsWith('(') && FOUNDING.test(before)) return false;
	if (m.shape === 'year' && !m.relation && !YEAR_CUE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !HELD_AFTER.test(text.slice(m.end, m.end + 40))) return false;
	// The year of what someone said ("X cho biết, năm 2025 tổng thu ngân sách … ước đạt 2.450 tỷ đồng"): a figure's, not the
	// meeting's. (Unless it tells a plan: "… cho biết, năm 2026 tỉnh sẽ cử đoàn sang …".)
	if (m.shape === 'year' && !m.relation && SAID_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !PLAN_AFTER.test(text.slice(m.end, m.end + 120))) return false;
	// A figure's comparison ("tăng 35% so với năm trước", "so với cùng kỳ năm ngoái") dates nothing.
	if (m.relation === 'deictic' && m.unit !== 'day' && COMPARED.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
	// A yearly custom's time ("Lễ hội … được tổ chức hằng năm vào dịp rằm tháng 12 theo Phật lịch", "held annually in
	// November", "Mỗi năm, cứ đến ngày 15 tháng Giêng âm lịch, Hội lại tổ chức gặp mặt …", "Ngày 27/7 hằng năm", "Cứ đến
	// ngày 10 tháng Ba âm lịch, … lại …", "Hội nghị được tổ chức thường niên vào dịp cuối năm": a habit) dates no one happening.
	if (yearlyTime(m, text)) return false;
	return true;
}
/** Is `m` the time of a yearly custom (see datesTheSentence)? */
function yearlyTime(m: TimeMention, text: string): boolean {
	return !m.year && !m.relation && (YEARLY.test(text.slice(Math.max(0, m.start - 40), m.start)) || YEARLY_AFTER.test(text.slice(m.end, m.end + 24)) || (HABIT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && HABIT_AGAIN.test(text.slice(m.end, m.end + 100))));
}
/** The occasion ("Dịp này", "On this occasion") among `mentions` when the sentence's own time, among `found`, is a yearly custom's. */
function occasionOfCustom(mentions: TimeMention[], found: TimeMention[], text: string): TimeMention | undefined {
	const occasion = mentions.find((m) => m.relation === 'anaphoric' && OCCASION.test(m.text));
	return occasion && found.some((m) => !mentions.includes(m) && yearlyTime(m, text)) ? occasion : undefined;
}
const YEARLY_AFTER = /^\s*(?:(?:hằng|hàng|mỗi)\s+năm|every\s+year|each\s+year|annually)(?![\p{L}])/iu;
// "Cứ đến …, X lại …", "cứ vào dịp …": whenever the day comes round, the same again.
const HABIT_BEFORE = /(?<![\p{L}])cứ\s+(?:đến|tới|vào)\s+(?:dịp\s+)?(?:ngày\s+)?$/iu;
const HABIT_AGAIN = /^[^.;]*?(?<![\p{L}])lại(?![\p{L}])/iu;
const YEARLY = /(?<![\p{L}])(?:(?:hằng|hàng|mỗi)\s+năm|thường\s+niên|annually|every\s+year|each\s+year)\s*,?\s+(?:cứ\s+)?(?:(?:vào|trong|từ|đến|tới|on|in|at|during)\s+)?(?:(?:dịp|khoảng|the)\s+)?(?:ngày\s+)?$/iu;
// "sang dự Techmart", "sang tham dự Lễ hội …": what one comes over for, by its first word. (Or by its kind, the place gone to
// between: "sang Hà Tĩnh dự hội chợ" is the fair just named, "Hội chợ Thương mại … vào tháng 4/2026".)
const ATTEND = /(?<![\p{L}])(?:sang|đến|tới)\s+(?:tham\s+)?dự\s+(\p{Lu}[\p{L}-]+)|(?<![\p{L}])(?:sang|đến|tới)\s+(?:[^\s,.;]+\s+){0,4}?(?:tham\s+)?dự\s+(hội\s+chợ|lễ\s+hội|hội\s+nghị|diễn\s+đàn|triển\s+lãm|hội\s+thảo|ngày\s+hội|festival)(?![\p{L}])/u;
/**
 * The time to come of what `s` accepts to attend, told in the sentence before it with that name; undefined when none. (Its
 * month written after the page's day is to come as "tới" is: "… tổ chức Hội chợ … vào tháng 4/2026" under a stamp of 2025; so
 * with no year, the page's year or the next as the month falls: "… tổ chức Diễn đàn … vào trung tuần tháng 11" under August's.)
 */
function attendedAhead(s: Sentence, prev: Sentence | null, memo: MentionMemo, now: Reference | null): TimeMention | undefined {
	const a = ATTEND.exec(s.text);
	const what = a?.[1] ?? a?.[2];
	// (A kind named again is the happening of the sentence just before, in the paragraph before too: a page's paragraphs are short.)
	if (!what || !prev || (a![1] ? prev.paragraph !== s.paragraph : prev.paragraph < s.paragraph - 1)) return undefined;
	if (!new RegExp(`(?<![\\p{L}])${what.replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, a![1] ? 'u' : 'iu').test(prev.text)) return undefined;
	return memo.of(prev).find((m) => m.tense === 'future' || (m.relation === 'deictic' && (m.offset ?? 0) > 0) || (!!now && !m.relation && m.shape !== 'day' && (resolveMention(m, { now, anchor: null, year: null })?.start ?? '') > iso(now.date)));
}
// The stay a happening was told on the occasion of, closing its sentence: ", nhân dịp Đoàn thăm và làm việc tại Hà Nội từ ngày
// 11 đến 13/3", ", trong dịp Đoàn công tác sang thăm tỉnh … từ 5 - 7/4", ", nhân chuyến thăm … của Đoàn từ ngày …".
const OCCASION_STAY = /,\s*((?:nhân|trong)\s+(?:dịp|chuyến)\s+(?:(?:[Đđ]oàn|chuyến)\s+)?[^,;.]{0,120}?(?<![\p{L}])(?:thăm|công\s+tác|làm\s+việc)(?![\p{L}])[^,;]{0,120})$/u;
// "… kết thúc (tốt đẹp) chuyến thăm Việt Nam " just before a date: the trip's days, not the sentence's.
const ENDED_TRIP = /(?<![\p{L}])kết\s+thúc(?:\s+tốt\s+đẹp)?\s+(?:chuyến|đợt)\s+(?:thăm|công\s+tác)[^,;.]{0,80}$/iu;
const COMPARED = /(?<![\p{L}])(?:so\s+với|compared\s+(?:with|to))(?:\s+cùng\s+kỳ)?\s*$/iu;

const SHAPE_RANK = { day: 60, span: 50, part_of_month: 40, month: 30, year: 20 };
// "before returning home", "before leaving for …", "before heading back": the act after the one the sentence tells.
// The delegation going on from Laos to a third country: "Đoàn tiếp tục sang tỉnh Mukdahan (Thái Lan) …" (group 1 the place, 2
// the country in brackets), "Đoàn rời Lào sang Vương quốc Campuchia" (3 the country), "… before leaving for Cambodia" (4).
// (Each alternative opens with the same lookbehind, written once in front of them all: the same matches, run as a WordPattern.)
const ONWARD = new WordPattern(/(?<![\p{L}])(?:(?:sang|đến|tới)\s+(?:(?:tỉnh|thành\s+phố|thủ\s+đô|bang|vùng)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*\(([^()]{2,30})\)|(?:rời\s+(?:Lào|Việt\s+Nam)\s+|tiếp\s+tục\s+)(?:sang|đến|tới)\s+(?:(?:Vương\s+quốc|nước|Cộng\s+hòa)\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})|(?:leaving|left|leave|heading|headed|moving\s+on|went\s+on|travell?ing\s+on)\s+(?:for|to)\s+(\p{Lu}\p{L}+))/u);
/** `text` names the folded `place` as whole words. */
function namesPlace(text: string, place: string): boolean {
	const k = ` ${foldKey(text)} `;
	return k.includes(` ${place} `);
}
/** Where in `text` the delegation goes on to a country other than Vietnam and Laos, and the place it names there. */
function onward(text: string): { at: number; place: string } | null {
	if (!/[Đđ]oàn|delegation/u.test(text)) return null;
	const m = ONWARD.exec(text);
	if (!m) return null;
	const country = m[2] ?? m[3] ?? m[4];
	if (!isOtherCountry(country)) return null;
	return { at: m.index, place: foldKey(m[1] ?? country) };
}
// A hope or a wish said after a comma: ", and said he looked forward to …", ", và mong muốn …", ", bày tỏ mong muốn …".
const HOPE_AFTER = /,\s*(?:and\s+)?(?:(?:said|added)\s+(?:that\s+)?(?:he|she|they|it)\s+)?(?:looked|looks|look)\s+forward|,\s*(?:và\s+)?(?:bày\s+tỏ\s+)?mong\s+(?:muốn|mỏi|đợi)/iu;
// The hope of coming over, after HOPE_AFTER: "… he looked forward to returning for …", "… to visiting …", "mong muốn sớm trở lại …".
const HOPE_TO_COME = /(?<![\p{L}])(?:to\s+(?:returning|visiting|coming\s+(?:back|to))|(?:trở\s+lại|quay\s+lại|sang\s+thăm|được\s+đón))(?![\p{L}])/iu;
// "trước khi …", "sau khi …" up to the clause's end: a time clause of its own.
const WHEN_CLAUSE = new WordPattern(/(?<![\p{L}])(?:trước|sau)\s+khi(?![\p{L}])[^,;.]*/iu);
/** The text of the clause between semicolons that holds `m`, when it tells a happening of its own; else the whole sentence's. */
function tenseClause(s: Sentence, m: TimeMention): string {
	const c = clauseAround(s, m.start);
	return c.text.length < s.text.length && classify(c.text) ? c.text : s.text;
}
/** The spans of `text` held by "trước khi …" / "sau khi …" clauses (WHEN_CLAUSE). */
function whenClauses(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (let m = WHEN_CLAUSE.exec(text); m; m = WHEN_CLAUSE.exec(text, m.index + m[0].length)) out.push([m.index, m.index + m[0].length]);
	return out;
}
const BEFORE_LATER_ACT = new WordPattern(/(?<![\p{L}])before\s+(?:returning|leaving|heading|flying|departing|travell?ing|crossing)(?![\p{L}])/iu);
/** The mention that dates the event: days first, then spans, parts of months, months, years. */
function rank(m: TimeMention): number {
	if (m.shape === 'period' || m.untilNow || (m.shape === 'vague' && m.relation !== 'anaphoric')) return -1;
	if (m.shape === 'span' && spanDays(m) > MAX_EVENT_SPAN_DAYS) return -1;
	if (m.shape === 'vague') return 0;
	const base = SHAPE_RANK[m.shape as 'day'] ?? 0;
	const rel = m.relation === 'anaphoric' ? -2 : m.relation === 'deictic' ? -1 : 0;
	return base + rel;
}

/** The sentence's words up to `end` (its offset in the sentence): the arrival told before the stay ("Đoàn đến Đà Nẵng tối hôm trước"). */
function upTo(s: Sentence, end: number): Span & { text: string } {
	const c = clauseAround(s, 0);
	const text = s.text.slice(c.start - s.start, end).trim();
	return { start: c.start, end: c.start + text.length, text };
}

function clauseAround(s: Sentence, at: number): Span & { text: string } {
	// Cut at semicolons: Vietnamese news strings several facts into one sentence with them.
	let a = 0, b = s.text.length;
	const before = at > 0 ? s.text.lastIndexOf(';', at - 1) : -1;
	const after = s.text.indexOf(';', at);
	if (before >= 0) a = before + 1;
	if (after >= 0) b = after;
	// The outlet's credit opening the lead ("BHG - ", "(BTV) - ", "KTĐT - ", "VOV.VN - ", "(BDO) ") is the paper's, not the fact's.
	if (a === 0) a = OUTLET_CREDIT.exec(s.text)?.[0].length ?? 0;
	const raw = s.text.slice(a, b);
	const lead = raw.length - raw.trimStart().length;
	const text = raw.trim();
	if (text.length < 20) return { start: s.start, end: s.end, text: s.text };
	return { start: s.start + a + lead, end: s.start + a + lead + text.length, text };
}
// "has been on a working visit to … since ", "have been in Vientiane since ": a stay still going on, told from its start.
const HAS_BEEN_SINCE = /(?<![\p{L}])(?:has|have)\s+been\s[^.;]{0,180}?\ssince\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/iu;
// ", which was on a working visit to Laos from August 15 to 17,", ", who were in Hanoi on May 3,": a non-restrictive relative clause.
const RELATIVE_ASIDE = /,\s+(?:which|who)\s[^,;]{4,120},/iu;
const OUTLET_CREDIT = /^(?:\(?[\p{Lu}\d.]{2,10}\)?\s*[-–—]\s+|\([\p{Lu}\d.]{2,10}\)\s+)(?=\p{Lu})/u;

export interface ExtractOptions {
	/** The publication stamp as the article's "now", when the page has one. */
	stamp: Reference | null;
	/** The article's year for an event in a given month, from its own evidence (or another article about the same trip). */
	yearFor: (month?: number) => YearDecision | null;
	/** The hour of the stamp (0–23), when the page gives it: what of the stamp's day was still to come. */
	stampHour?: number | null;
	/** The reading's memo of its sentences' mentions, shared with its year evidence (made here when not given). */
	mentions?: MentionMemo;
	/** The sentences' trigger words and types, kept by the caller across readings of the article (made here when not given). */
	types?: SentenceTypes;
	/** The sentences read and what is noted of them, kept by the caller across readings of the article (made here when not given). */
	page?: PageSentences;
}

/** The hour each part of the day begins: a page stamped before it was written before that part of the day. */
const POD_STARTS: Record<string, number> = { morning: 5, noon: 11, afternoon: 13, evening: 18, night: 21 };

// Capitalised words (a place, or two joined by a dash) and a colon, then a capital: a round-up item's label.
const ITEM_LABEL = /^\p{Lu}[\p{L}.\-]*(?:[ \u00a0]+(?:[-–][ \u00a0]+)?\p{Lu}[\p{L}.\-]*){0,7}:[ \u00a0]+\p{Lu}/u;
// A bullet that opens with its date ("- Ngày 12/9, …", "• Chiều 5/4, …"): an item of a list of happenings.
// (Two days too: "- Ngày 20 và 21/11: …".)
const DATED_BULLET = /^[-–•+]\s+[^\d.;]{0,24}(?:\d{1,2}\s*(?:và|,)\s*)?\d{1,2}\s*[/-]\s*\d{1,2}/u;
/** Main events among `which` that end more than `days` before the latest of them become context. */
/** Was the happening `d` told of a day longer before the news day than a trip lasts (TRIP_WINDOW_DAYS)? Background, however told. */
function recalledLongBefore(d: EventDraft, news: Resolved): boolean {
	return !!d.date && dayDiff(parseIso(news.start), parseIso(d.date.end)) > TRIP_WINDOW_DAYS;
}

function demoteOlder(drafts: EventDraft[], days: number, which: (d: EventDraft) => boolean): void {
	const main = drafts.filter((d) => d.role === 'main' && d.date && which(d));
	// (The latest happening told done: a plan for next year is no time of writing.)
	const last = main.reduce((m, d) => (d.status === 'occurred' && d.date!.end > m ? d.date!.end : m), '');
	if (last) for (const d of main) if (dayDiff(parseIso(last), parseIso(d.date!.end)) > days) d.role = 'context';
}

// "Lễ" as the last syllable of a place's name: after a capitalised syllable, and followed by no word of its own.
const PLACE_LE = /(?<=\p{Lu}\p{Ll}*\s)Lễ(?![\p{L}])(?=\s*[^\s\p{L}]|\s*$|\s+(?:\p{Lu}|đã|sẽ|đang|và|với|của|thuộc|có|là|được)(?![\p{L}]))/gu;
// A stop of the trip's programme told without its day: "Trong chương trình làm việc, …", "During the visit, …", or the
// same words closing the sentence ("… also presented scholarships to 25 Lao students during the visit.", "Đoàn cũng đã
// trao 50 suất quà … trong thời gian thăm tỉnh.").
// The hosts meeting the delegation, said in full: "đã chủ trì hội đàm với Đoàn", "đã tiếp và làm việc với Đoàn", "held talks
// with the delegation". Or the host named with the title, then "tiếp Đoàn" with no "đã" ("đồng chí X, Bí thư Tỉnh đoàn Y tiếp
// Đoàn; …"), not a clause of time or manner ("Tiếp Đoàn, ông X …", "khi tiếp Đoàn").
// The meeting itself opening the sentence, as its subject: "Buổi hội đàm giữa hai Ban Thường vụ kéo dài …", "Cuộc hội đàm diễn ra
// trong không khí …" (the definite "buổi", "cuộc": a meeting of the trip the reader knows of).
const MEETING_TOLD = /^(?:[Bb]uổi|[Cc]uộc)\s+(?:hội\s+đàm|hội\s+kiến|làm\s+việc)(?![\p{L}])/u;
const STAY_MEETING = new WordPattern(/(?<![\p{L}])(?:đã\s+(?:chủ\s+trì\s+)?(?:(?:tiếp\s+và\s+)?hội\s+đàm|tiếp(?:\s+(?:xã\s+giao|thân\s+mật))?(?:\s+và\s+làm\s+việc)?|hội\s+kiến|làm\s+việc)\s+(?:với\s+)?[Đđ]oàn|(?<=\p{L}\s)(?<!(?:[Kk]hi|[Ll]úc|[Đđ]ể|[Ss]au|[Tt]rực|[Gg]ián)\s)tiếp(?:\s+và\s+(?:hội\s+đàm|làm\s+việc)\s+với)?\s+[Đđ]oàn(?!\s*,|\s+(?:viên|kết|thể)(?![\p{L}]))|(?:held\s+talks|met)\s+with\s+the\s+(?:[\p{L}-]+\s+)?delegation)(?![\p{L}])/u);
// ("Trong thời gian ở Đà Nẵng, Đoàn … cũng đã đến thăm …": the stay, told by where it was.)
const PROGRAMME = /(?:^|(?<=\s))(?:trong\s+(?:chương\s+trình|thời\s+gian)\s+(?:làm\s+việc|thăm|công\s+tác|(?:ở|tại)(?=\s+\p{Lu}))|trong\s+khuôn\s+khổ\s+(?:chuyến|đợt)\s+(?:thăm|công\s+tác|làm\s+việc)|during\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|stay))(?![\p{L}])/iu;
// The days just past, told in the middle of a stay ("Những ngày qua, tại Bệnh viện tỉnh …, các y, bác sĩ của Bệnh viện … đã khám
// bệnh, phát thuốc miễn phí cho …" after "Trong 5 ngày (…), Đoàn công tác …"): the team's work, on some of the stay's days.
const DAYS_PAST = /^(?:[Tt]rong\s+)?(?:[Nn]hững|[Mm]ấy)\s+ngày\s+(?:vừa\s+)?qua(?=\s*,)/u;
// What the delegation did before going home, opening the sentence: "Trước khi về nước, …", "Trước khi rời tỉnh …", "Before
// leaving Vientiane, …", "Before returning home, …".
const BEFORE_LEAVING = /^(?:[Tt]rước\s+khi\s+(?:(?:trở\s+)?về\s+nước|rời|trở\s+về|lên\s+đường\s+về|kết\s+thúc\s+chuyến)|Before\s+(?:leaving|departing|returning\s+home|heading\s+home|flying\s+home))(?![\p{L}])/u;
// The delegation's other doings, told with no day after its days ("The delegation also met Lao students … and presented them with
// 50 scholarships", "Đoàn cũng thăm và tặng …"): a stop of the trip too.
const ALSO_DID = /^(?:The\s+(?:[\p{L}-]+\s+){0,3}delegation|Đoàn(?:\s+(?:công\s+tác|đại\s+biểu))?)\s+(?:also|cũng)\s/u;
// The delegation visiting and handing gifts, told with no day ("Tại U-đôm-xay, Đoàn thăm và tặng 30 suất quà cho …", "Đoàn đã
// đến thăm, tặng quà gia đình chính sách …"): a stop of the trip of its own, not words said at the happening before.
export const GIFT_VISIT = /^(?:(?:[Tt]ại|[Ởở])\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|thủ\s+đô)\s+)?\p{Lu}[^,;.]{0,40},\s*)?(?:[Đđ]oàn(?:\s+(?:công\s+tác|đại\s+biểu))?)\s+(?:(?:cũng|đã|còn|tiếp\s+tục)\s+)*(?:đến\s+|tới\s+)?thăm(?:\s+và\s+|,\s*)(?:trao\s+)?tặng(?![\p{L}])/u;
// The trip's last or first day, told as such.
// A working day counted ("Ngày làm việc thứ hai, lúc 8 giờ 30, …", "Ngày làm việc cuối cùng, …": no weekday is "ngày làm việc
// thứ …") and an itinerary's line ("Ngày thứ nhất: Đoàn xuất cảnh …", "Ngày thứ tư: thăm …, về nước" under "diễn ra trong 4
// ngày, từ ngày 8 đến 11/10"), the ordinal in lower case ("Ngày thứ Hai:" heads a weekday's programme): groups 4 and 5.
// Or the last, first or a counted day alone, set off by a comma, early in the sentence: "Nhưng xúc động nhất là ngày cuối, chúng
// tôi về huyện … thắp hương …" in an interview's answer, "Ngày thứ ba, Đoàn được … tiếp" in a reportage of the stay ("ngày cuối
// tuần", "ngày đầu năm" are other days; "Ngày thứ Hai," capitalised, or "thứ 2", is a Monday).
const TRIP_EDGE = /^(?:(?:(?:cũng\s+)?trong\s+)?ngày\s+(cuối(?:\s+cùng)?|đầu(?:\s+tiên)?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-9]))\s+của\s+(?:chuyến|đợt)\s+(?:thăm|công\s+tác|làm\s+việc)(?![\p{L}])|[^,.;:]{0,40}?(?<![\p{L}])ngày\s+(cuối(?:\s+cùng)?|đầu\s+tiên|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))(?=\s*,))|^(?:on\s+)?the\s+(final|last|first|second|third|fourth)\s+day\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|stay|mission)(?![\p{L}])|^(?:(?:cũng\s+)?trong\s+)?ngày\s+(?:làm\s+việc\s+(cuối(?:\s+cùng)?|đầu\s+tiên|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|[2-9]))(?![\p{L}])[^,.;:]{0,40}?(?=\s*,)|(thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy)|đầu\s+tiên|cuối\s+cùng)(?=\s*:))/iu;
// The hour right after TRIP_EDGE's day: ", lúc 8 giờ 30,", ", 14h00,".
const EDGE_CLOCK = /^\s*,\s*(?:(?:vào\s+)?lúc\s+)?(\d{1,2})\s*(?:h|giờ)(?![\p{L}])/iu;
// The English ordinals of TRIP_EDGE, in the Vietnamese words the rule reads.
const EDGE_EN: Record<string, string> = { final: 'cuối', last: 'cuối', first: 'đầu', second: 'thứ hai', third: 'thứ ba', fourth: 'thứ tư' };
// Where an arrival's own day is told: "Đoàn đến Ninh Thuận ", "… đến Tiền Giang vào " (a capital names the place).
// In English: "had arrived late on Thursday", "arrived in Vientiane on".
const ARRIVED_AT = /(?<![\p{L}])(?:(?:đến|tới)\s+(?:(?:tỉnh|thành\s+phố|TP\.?|[Tt]hủ\s+đô)\s+)?\p{Lu}[^,;.]{0,40}?\s(?:vào\s+)?|(?:had\s+)?arrived(?:\s+in\s+[^,;.]{1,40}?)?\s+(?:on\s+)?)$/u;
// An arrival told after the day put first: "sẽ đến Hà Nội", "bắt đầu chuyến thăm".
const FRONT_ARRIVAL = new WordPattern(/(?<![\p{L}])(?:(?:đến|tới)\s+(?:(?:tỉnh|thành\s+phố|TP\.?|[Tt]hủ\s+đô)\s+)?\p{Lu}|bắt\s+đầu\s+(?:chuyến|đợt))/u);
/** Whether the clause of `text` before mention `m` tells an arrival there (ARRIVED_AT). */
const arrivedBefore = (text: string, m: TimeMention) => ARRIVED_AT.test(text.slice(Math.max(0, text.lastIndexOf(',', m.start) + 1), m.start));
// Both sides agreeing on what comes next: "Hai bên thống nhất, …", "hai bên nhất trí …", "The two sides agreed …".
const AGREED = new WordPattern(/(?<![\p{L}])(?:thống\s+nhất|nhất\s+trí|agreed)(?![\p{L}])/iu);
// An exchange both sides agree to hold ("hai bên thống nhất tổ chức Trại hè Thanh niên … vào tháng 7/2026 tại …", "agreed to
// hold a youth festival …"): a plan, with or without "sẽ" (background still, with no delegation named).
// An act both sides agree to do, named right after "agreed to" ("The two sides agreed to sign a memorandum of understanding on
// trade in the second quarter", "agreed to organise a famtrip for … to Quang Tri later this year"): that act (a signing, a
// field trip) planned for the period told in the same clause, news of its own though no delegation is named. Group 1 is the signing.
const AGREED_ACT = /(?<![\p{L}])agreed\s+to\s+(?:jointly\s+)?(?:(sign)|(?:organi[sz]e|hold|conduct|arrange)\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:fam-?trips?|familiari[sz]ation\s+trips?|field\s+trips?|study\s+tours?|survey\s+trips?))(?![\p{L}])/iu;
// The same in Vietnamese, a fair or a forum both sides agree to hold, named right after "tổ chức" ("Hai bên thống nhất tổ chức
// Hội chợ thương mại … lần thứ 3 tại … vào tháng 5/2027", "nhất trí phối hợp tổ chức Diễn đàn doanh nghiệp … trong quý I/2027"):
// a happening of its own, though "Hội chợ" with no "diễn ra" types nothing. So is a scholars' one two schools agree to hold ("Hai
// trường thống nhất phối hợp tổ chức Hội thảo khoa học quốc tế về … vào tháng 3 năm sau"). So is a transport link they agree to open
// ("hai bên thống nhất mở tuyến xe khách A - B … trong quý III/2024"): its opening, a ceremony as "khai trương tuyến" is.
// Group 1 is the signing, 2 the forum (a conference).
const AGREED_ACT_VI = new WordPattern(/(?<![\p{L}])(?:thống\s+nhất|nhất\s+trí)\s+(?:sẽ\s+)?(?:phối\s+hợp\s+|cùng\s+)?(?:(ký(?:\s+kết)?)|(?:mở|khai\s+trương|khai\s+thông)\s+(?:tuyến|đường\s+bay)|tổ\s+chức\s+(?:(?:lại\s+)?(?:hội\s+chợ|triển\s+lãm|lễ\s+hội|ngày\s+hội|tuần\s+lễ|liên\s+hoan)|((?:diễn\s+đàn|hội\s+nghị|hội\s+thảo)\s+(?:xúc\s+tiến|doanh\s+nghiệp|hợp\s+tác|đầu\s+tư|thương\s+mại|kết\s+nối|khoa\s+học))))(?![\p{L}])/iu);
// No time but a convenient one: "vào dịp thuận tiện", "vào thời điểm thích hợp", "khi thuận tiện", "at a convenient time".
const WHEN_CONVENIENT = new WordPattern(/(?<![\p{L}])(?:(?:vào|trong)\s+(?:một\s+)?(?:dịp|thời\s+điểm|thời\s+gian)\s+(?:thuận\s+tiện|thích\s+hợp|phù\s+hợp)|khi\s+(?:có\s+điều\s+kiện\s+)?thuận\s+tiện|at\s+(?:a|an)\s+(?:convenient|appropriate|suitable)\s+(?:time|opportunity)|at\s+the\s+earliest\s+(?:opportunity|convenience))(?![\p{L}])/iu);
/** The period a plan agreed in `text` (AGREED_ACT) is for, told in its clause after the act, and the act's type; null when none. */
function agreedAct(text: string, mentions: TimeMention[]): { type: EventType; mention: TimeMention } | null {
	const en = AGREED_ACT.exec(text);
	const a = en ?? AGREED_ACT_VI.exec(text);
	if (!a) return null;
	const from = a.index + a[0].length;
	// (A day is no period; nor is one told past the clause: "…; the talks were held on Monday", "… and signed … last year".)
	const m = mentions.find((m) => m.start >= from && m.shape !== 'day' && m.shape !== 'span' && m.tense !== 'past' && !(m.relation === 'deictic' && (m.offset ?? 0) < 0) && !/[;.]|,\s*and\s|\sand\s+to\s|,\s*(?:và|còn)\s/u.test(text.slice(from, m.start)));
	return m ? { type: a[1] ? 'signing' : en ? 'field_trip' : a[2] ? 'conference' : 'ceremony', mention: m } : null;
}
// Staff coming, told by who takes them in (STAFF_TAKEN_IN in TRIGGERS).
export const STAFF_TAKEN_IN = /(?<![\p{L}])(?:sẽ|dự\s+kiến)\s+tiếp\s+nhận\s+(?:\d+\s+)?(?:y,?\s+)?(?:bác\s+sĩ|cán\s+bộ|chuyên\s+gia|giáo\s+viên|sinh\s+viên|học\s+viên|kỹ\s+sư|điều\s+dưỡng)[^.;]{0,80}?\s(?:sang|đến|tới)\s+(?:[^\s.;]+\s+){0,4}?(?:thực\s+tập|học\s+tập|tập\s+huấn|đào\s+tạo|làm\s+việc|công\s+tác)(?![\p{L}])/u;
const AGREED_HOLD = new WordPattern(/(?<![\p{L}])(?:(?:thống\s+nhất|nhất\s+trí)\s+(?:sẽ\s+)?(?:phối\s+hợp\s+|cùng\s+)?tổ\s+chức|agreed\s+to\s+(?:jointly\s+)?(?:hold|organi[sz]e|host))\s/iu);
// What a stay lasts until: "… bắt đầu chuyến thăm … đến hết ngày 22/11", "… until Nov. 22".
const UNTIL = /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$|(?<![\p{L}])until\s+$/iu;
// An event that opens, and what it runs until: "opened … and runs until Sunday (Dec 10)", "khai mạc … và kéo dài đến hết ngày 10/12".
// What runs to a day, told by its run: "Hội chợ diễn ra đến hết ngày 21/11", "Triển lãm kéo dài tới ngày 5/3" (not a stay, "Đoàn sẽ ở
// lại … đến hết ngày 8/12").
const RUN_TO = /(?<![\p{L}])(?:diễn\s+ra|kéo\s+dài|mở\s+cửa)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;
const OPENED = new WordPattern(/(?<![\p{L}])(?:opened|opens|khai\s+mạc)(?![\p{L}])/iu);
const RUNS_UNTIL = new WordPattern(/(?<![\p{L}])(?:(?:runs|running|lasts|lasting|continues|will\s+run|will\s+last)\s+(?:until|till|through)|(?:kéo\s+dài|diễn\s+ra)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?)(?![\p{L}])/iu);
// The words that make the day after them the end of a run: "runs until", "will remain open through", "kéo dài đến hết ngày".
const RUN_END_BEFORE = /(?<![\p{L}])(?:(?:runs?|running|lasts?|lasting|continues|continuing|(?:remains?|stays?|is|be)\s+open)\s+(?:until|till|through)\s+|(?:diễn\s+ra|kéo\s+dài|mở\s+cửa)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?)$/iu;
/** Whether `m` is told as the day something runs until ("runs until May 26", "kéo dài đến hết ngày 26/5"). */
function runsUntil(text: string, m: TimeMention): boolean {
	return m.shape === 'day' && !m.relation && RUN_END_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
// A stay told open, from its first day ("Đoàn đang có chuyến thăm, làm việc tại … từ ngày 13/12"): the trip's days run from
// that day to the writing at the latest, so "Ngày thứ hai của chuyến thăm" told next counts from it.
const OPEN_FROM = /(?<![\p{L}])(?:từ|since|from)\s+$/iu;
function openStay(d: EventDraft | null, stamp: Reference | null): Resolved | null {
	if (!d || !stamp || d.role !== 'main' || d.type !== 'visit' || !d.mention || d.date?.granularity !== 'day') return null;
	const end = iso(stamp.date);
	if (end <= d.date.start || dayDiff(stamp.date, parseIso(d.date.start)) > TRIP_GAP_DAYS) return null;
	const text = d.sentence.text;
	return OPEN_FROM.test(text.slice(Math.max(0, d.mention.start - 8), d.mention.start)) ? { ...d.date, end, granularity: 'span' } : null;
}
// "ngày thứ hai của chuyến thăm": the trip's second day (a weekday would be "thứ Hai", not "ngày thứ hai của …").
const ORDINAL_DAYS = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];
// A flashback to before the news just told; the parts of a day in their order.
// An occasion named again: "Trong dịp này", "Nhân dịp này".
const OCCASION = /dịp\s+này|(?<![\p{L}])occasion(?![\p{L}])/iu;
// The delegation named as such: "Đoàn" (capitalised: not "đoàn viên", "đoàn kết"), "the delegation".
const DELEGATION_NAMED = new WordPattern(/(?<![\p{L}])(?:Đoàn|[Dd]elegation|[Dd]elegates)(?![\p{L}])/u);
const FLASHBACK = /^(?:trước\s+đó|trước\s+đấy)(?![\p{L}])/iu;
/**
 * How far apart two events of one trip may be: delegations travel for days, not weeks. The trip stage
 * (delegations.ts) joins a visitor's events no further apart; a flashback further back than this tells
 * something else than the trip reported. "Trước đó, ngày 5/9, … hai tỉnh đã tổ chức Hội nghị sơ
 * kết …" in a report of 3/10 recalls another occasion.
 */
export const TRIP_GAP_DAYS = 10;
// A programme's heading ("Chương trình dự kiến ngày 12/11:") and its lines, each opening with its hour ("- 8h00: Hội
// đàm …", "- 14h00: Thăm …"): each line is an event of the heading's day, at the part of the day its hour gives.
// A line opened by an hour alone, "8h30:", "14h:", "16 giờ 45:" (a live report's time stamps), as papers print them: with a
// dash, "10h15 – Đồng chí …", with no separator before the capital of the line, "14:00 Đoàn đến …", "9h30 Đoàn …", or with a
// remark in brackets, "19h30 (dự kiến): Đoàn dự …" (whose words count for the line's tense). Group 1 the head, 2 the hour.
const LIVE_LINE = /^((\d{1,2})(?:\s*(?:h|giờ)\s*(?:\d{2})?\s*(?:phút)?|:\d{2}))(?:\s*(\([^()]{1,30}\)))?(?:\s*:|\s+[–—-](?=\s)|\s+(?=\p{Lu}))/u;
// An hour opening a sentence, no day: "Lúc 14h00, Đoàn …", "Vào lúc 15 giờ 30, …", "14h, …".
const BARE_CLOCK = /^(?:(?:vào\s+)?lúc\s+)?(\d{1,2})\s*(?:h|giờ)\s*(?:\d{2})?\s*(?:phút)?\s*,/iu;
const PROGRAMME_LINE = /^[-–•+*]\s*(\d{1,2})\s*(?:h|giờ|:)\s*(?:\d{2})?\s*(?:phút)?\s*[:,–-]/iu;
// Words said: what a sentence tells when its verb is one of these.
const SPEECH = new WordPattern(/(?<![\p{L}])(?:cảm\s+ơn|cho\s+biết|đề\s+nghị|mong\s+muốn|khẳng\s+định|bày\s+tỏ|nhấn\s+mạnh|phát\s+biểu|chia\s+sẻ|giới\s+thiệu|nói(?!\s+chuyện)|said|told|thanked|expressed|stressed|affirmed)(?![\p{L}])/iu);
// A day's programme told as such: a plan until the day is past or the sentence says it was done.
const SCHEDULED = /^(?:theo\s+(?:chương\s+trình|lịch\s+trình|lịch\s+làm\s+việc))(?![\p{L}])/iu;
// A delegation named with its leader: "Đoàn đại biểu tỉnh … do ông X dẫn đầu", "… do đồng chí X làm trưởng đoàn", "a delegation led by X".
// (A leader's title may be dotted, "do PGS.TS X dẫn đầu", "do ThS.BS X": a dot with a letter right after it ends no sentence.)
// A delegation sent, announced by who sends it: "… sẽ cử đoàn sang thăm tỉnh …", "Can Tho will send a youth delegation to
// Vientiane in April next year", "will send a group of agriculture officials to …", "sẽ cử một nhóm cán bộ sang …": a
// decision made, news as a led delegation's trip is. So is a troupe or a team taken over: "… sẽ đưa đoàn nghệ thuật sang biểu diễn
// tại …", "đưa đội bóng đá sang thi đấu" (not "đưa Đoàn đến thăm …", hosts taking their guests round). So is a delegation a body
// organises of those it sends: "Sở … sẽ tổ chức đoàn 30 doanh nghiệp sang … tham gia Hội chợ", "tổ chức đoàn công tác đến …" (by
// who goes, not "tổ chức Đoàn", the Youth Union's bodies; nor an offer, "sẵn sàng phối hợp tổ chức đoàn doanh nghiệp sang …").
export const SENT_DELEGATION = /(?<![\p{L}])(?:(?:cử\s+(?:(?:một\s+)?(?:đoàn|đội|tổ|nhóm)|(?:\d+\s+)?(?:cán\s+bộ|chuyên\s+gia|kỹ\s+sư|kỹ\s+thuật\s+viên))|(?<!sẵn\s+sàng\s+(?:phối\s+hợp\s+)?)tổ\s+chức\s+(?:một\s+|các\s+)?(?:đoàn|đội)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(?:\d+\s+)?(?:doanh\s+nghiệp|công\s+tác|cán\s+bộ|chuyên\s+gia|khảo\s+sát|xúc\s+tiến|nghệ\s+thuật|văn\s+nghệ|thể\s+thao|vận\s+động\s+viên|y\s+bác\s+sĩ|bác\s+sĩ|thầy\s+thuốc|học\s+sinh|sinh\s+viên|đại\s+biểu|nghệ\s+nhân)|đưa\s+(?:một\s+|các\s+)?(?:đoàn|đội)\s+(?:nghệ\s+thuật|văn\s+nghệ|ca\s+múa|bóng\s+(?:đá|chuyền)|thể\s+thao|vận\s+động\s+viên))(?![\p{L}])(?:[^.;]|\.(?=\p{L})){0,60}?\s(?:sang|đến|tới)|(?:send|sends|sending)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|group|team|mission)(?:\s+of(?:\s+[\p{L}-]+){1,4}?)?\s+to)(?![\p{L}])/iu;
// (Each alternative opens with the same lookbehind, written once in front of them all: the same matches, run as a WordPattern.)
const LED_DELEGATION = new WordPattern(/(?<![\p{L}])(?:đoàn(?![\p{L}])[^.;]{0,120}?\sdo\s(?:[^.;]|\.(?=\p{L})){1,100}?\s(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)(?![\p{L}])|sẽ\s+(?:dẫn\s+đầu|dẫn|làm\s+trưởng)\s+(?:một\s+)?đoàn(?![\p{L}])|nhận\s+lời(?:\s+mời(?:\s+của\s+[^.;,]{1,60}?)?)?\s+(?:sẽ\s+)?(?:dẫn\s+đầu|dẫn)\s+(?:một\s+)?đoàn(?![\p{L}])|mời\s+(?:ông|bà|đồng\s+chí)\s[^.;]{0,60}?\s(?:dẫn\s+đầu|dẫn)\s+(?:một\s+)?đoàn(?![\p{L}])|(?:delegation|team)(?![\p{L}])[^.;]{0,80}?\sled\s+by\s|(?:will|to)\s+lead\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}delegation(?:\s+of(?:\s+[\p{L}-]+){1,4}?)?\s+to\s)/iu);
// Who heads a delegation, said on its own: "X sẽ (trực tiếp) dẫn đoàn", "Đoàn sẽ do đồng chí X dẫn đầu", "X làm trưởng đoàn".
const NEXT_LEADS = /(?<![\p{L}])(?:(?<!hướng\s)dẫn\s+(?:đầu\s+)?(?:các\s+|một\s+)?đoàn|do\s[^.;]{1,120}?\sdẫn\s+đầu|làm\s+[Tt]rưởng\s+đoàn)(?![\p{L}])/u;
// What was first planned and then moved ("Theo kế hoạch ban đầu, chuyến thăm diễn ra từ ngày 28 đến 30/10"): not an event.
// Going somewhere, announced: what makes a led delegation's plan a trip whatever it goes to do there.
// (Told from the hosts' side too: "tỉnh Quảng Nam sẽ đón Đoàn lãnh đạo tỉnh Chăm-pa-xắc do đồng chí X dẫn đầu sang …".)
const GOING = new WordPattern(/(?<![\p{L}])(?:sẽ\s+(?:sang|đến|tới|đi|lên\s+đường|thăm|dẫn\s+đầu|dẫn(?=\s+(?:một\s+)?đoàn\s)|(?:đón|tiếp)(?=\s+(?:các\s+)?[Đđ]oàn\s))|(?:will|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\s+(?:visit|travel|go|come|lead))(?![\p{L}])/iu);
// Both sides, as the subject, will hold a happening ("the two provinces will hold an online review meeting … in December", "hai
// tỉnh sẽ phối hợp tổ chức Hội thảo … vào tháng 3"): a decision of both told as news, as a delegation sent is, though dated by
// its month only and with no one to lead it.
// The next session of a recurring meeting, announced with its number ("Hội nghị lần thứ 7 sẽ tổ chức tại tỉnh X vào năm 2025",
// "X will host the seventh meeting in 2025"): the rotation's next step, news of its own though dated by its year only.
// (Its number is what makes it the series' next, not a habit: "Hội nghị được tổ chức luân phiên hằng năm" is no session.)
const NEXT_SESSION = new WordPattern(/(?<![\p{L}])(?:(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|hội\s+thảo|diễn\s+đàn|cuộc\s+họp)\s+(?:lần\s+)?thứ\s+(?:\d{1,2}|[\p{L}]+)\s(?:[^.;]{0,30}?\s)?sẽ\s+(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|đăng\s+cai|họp)|will\s+(?:host|hold|organi[sz]e)\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:meeting|conference|session|forum))(?![\p{L}])/iu);
// A transport link to open, told with its period ("a direct bus route linking A and B … is expected to open in the third quarter of
// this year"): news of its own, as a happening both sides will hold is, though no one is named.
const ROUTE_TO_OPEN = /(?<![\p{L}])(?:routes?|flights?|bus\s+services?)\s(?:[^.;]{0,160}?\s)?(?:is|are|will\s+be)\s+(?:expected|scheduled|set|due|slated)\s+to\s+(?:open|launch|start|begin)(?![\p{L}])/iu;
export const BOTH_WILL_HOLD = new WordPattern(/(?<![\p{L}])(?:(?:the\s+two|both)\s+(?:sides|provinces|cities|localities|parties|units)\s+will\s+(?:jointly\s+|also\s+)?(?:hold|organi[sz]e|co-?host|convene|stage)|hai\s+(?:bên|tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị)\s+sẽ\s+(?:cùng\s+|phối\s+hợp\s+)?tổ\s+chức)(?![\p{L}])/iu);
// A delegation received, named by its country ("đã đón đoàn doanh nghiệp Nhật Bản", "tiếp đoàn công tác của Hàn Quốc", "welcomed a
// Japanese business delegation", "hosted a trade delegation from South Korea"): the country's words in group 1, 3 or 4.
// (Or counted and taken in, named by a body's acronym with its country in brackets: "tiếp nhận 3 đoàn chuyên gia KOICA (Hàn Quốc)",
// the bracket in group 2.)
const GUESTS_OF = /(?<![\p{L}])(?:đón(?:\s+tiếp)?|tiếp(?:\s+(?:đón|nhận))?)\s+(?:các\s+|một\s+|\d{1,3}\s+)?[Đđ]oàn\s+(?:\p{Ll}+\s+){0,4}?(?:của\s+|từ\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})(?:\s*\((\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})\))?|(?:received|welcomed|hosted)\s+(?:a|an|the)\s+(?:(\p{Lu}\p{L}+)\s+(?:[\p{Ll}-]+\s+){0,2}?delegation|(?:[\p{Ll}-]+\s+){0,3}?delegation\s+from\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}))/u;
const LAOS_NAMED = /(?<![\p{L}])(?:Lào|Laos|Lao|Laotian)(?![\p{L}])/u;
/** The sentence tells a delegation of a country other than Vietnam and Laos received, with no word of Laos: another story. */
function thirdCountryGuests(text: string): boolean {
	if (!holds(text, 'o', 'àn') && !text.includes('delegation')) return false;
	// (Laos named first: it is named in most sentences, and is the cheaper test.)
	if (LAOS_NAMED.test(text)) return false;
	const m = GUESTS_OF.exec(text);
	if (m) {
		// The country's name, whole, among the capitalised words that follow ("Nhật Bản", "Hàn Quốc Busan", "South Korea").
		const words = (m[1] ?? m[3] ?? m[4]).split(/\s+/);
		if (words.some((_, i) => isOtherCountry(words.slice(0, i + 1).join(' ')))) return true;
		if (m[2] && isOtherCountry(m[2])) return true;
	}
	// Or one acting itself, its name ending in its country's ("Trước đó, ngày 6/10, Đoàn đại biểu Bộ Quốc phòng Cộng hòa Cuba do
	// Thiếu tướng X dẫn đầu đã đặt vòng hoa tại Lăng"): a page telling who came to one place (a mausoleum's list of the week's
	// visitors) tells it beside the Lao delegation's, no part of that story.
	const d = DELEGATION_NAME_END.exec(text);
	if (!d) return false;
	const words = d[1].split(/\s+/);
	// (Capitalised, and not a one-syllable name that is a common word's too: "Bộ Tư pháp" is no France, "Đức" no Germany.)
	for (let n = 1; n <= 3 && n < words.length; n++) {
		const c = words.slice(-n);
		if (c.every((w) => /^\p{Lu}/u.test(w)) && !(n === 1 && isVietnameseSyllable(c[0])) && isOtherCountry(c.join(' '))) return true;
	}
	return false;
}
// A body's own review of its year's or term's work ("Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023", "sơ kết
// công tác 6 tháng"): a meeting of the home side alone, no Vietnam–Laos happening, unless it names the other side, a delegation
// or both sides ("Hội nghị tổng kết công tác phối hợp giữa hai tỉnh", "… với tỉnh X (Lào)").
const OWN_REVIEW = /(?<![\p{L}])(?:hội\s+nghị|họp)\s+(?:tổng|sơ)\s+kết\s+công\s+tác(?![\p{L}])/iu;
const OTHER_SIDE_NAMED = /(?<![\p{L}])(?:giữa|với|cùng|hai\s+(?:bên|tỉnh|nước|thành\s+phố|địa\s+phương)|[Đđ]oàn|Lào|Laos|Lao)(?![\p{L}])/u;
function ownReview(text: string): boolean {
	return OWN_REVIEW.test(text) && !OTHER_SIDE_NAMED.test(text);
}
// A delegation's name, from 'Đoàn' to the verb or the 'do' of its leader that ends it: "Đoàn đại biểu Bộ Quốc phòng Cộng hòa Cuba".
const DELEGATION_NAME_END = /(?<![\p{L}])[Đđ]oàn\s+((?:\p{Ll}+\s+){0,4}?\p{Lu}[^.;,:()]{0,80}?)(?=\s+(?:do|đã|vừa|sẽ|đến|sang|tới|thăm|đặt|dâng|vào|gồm)\s)/u;
// A voice the paper quotes, of a business it leaves unnamed: "Bà X, Giám đốc một công ty thực phẩm ở quận …, kể …", "Ông X, chủ một
// doanh nghiệp …", "Ms X, director of a food company in …, said …". What she tells is her business's story, not a Vietnam–Laos
// happening, and she is not a party to the one told before (a party is named with the body she stands for).
const VOX_POP = /^(?:Ông|Bà|Anh|Chị|Mr\.?|Ms\.?|Mrs\.?)\s+\p{Lu}[\p{L}\s-]{0,40}?,\s+(?:[^,;.()]{0,50}?\s)?(?:(?:của\s+)?một\s+(?:công\s+ty|doanh\s+nghiệp|hãng|cơ\s+sở|hợp\s+tác\s+xã|nhà\s+máy|cửa\s+hàng|chuỗi)|(?:of|at)\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|business|enterprise|cooperative|factory|shop|store))(?![\p{L}])/u;
export function voxPop(text: string): boolean {
	const c = text.charCodeAt(0);
	// (Only a sentence opening with a person's honorific: "Ô", "B", "A", "C", "M".)
	return (c === 0x4f || c === 0xd4 || c === 0x42 || c === 0x41 || c === 0x43 || c === 0x4d) && VOX_POP.test(text);
}
// Someone recalling what happened ("Đồng chí nhắc lại, …", "ông X nhớ lại …", "recalled that …").
const RECOLLECTION = new WordPattern(/(?<![\p{L}])(?:nhắc\s+lại|nhớ\s+lại|ôn\s+lại|recalled|recalling)(?![\p{L}])/iu);
// A trip put off or called off, told as done: "đã thống nhất tạm hoãn chuyến thăm", "The visit has been postponed", "chuyến
// thăm đã bị hủy" (not "bị hủy hoại", destroyed), "chuyến thăm không thể diễn ra", "the trip was cancelled", "was pushed back";
// what had to be called off, "Festival … 2020 đã phải hủy vì dịch", "chuyến thăm đã phải hoãn".
const CALLED_OFF = new WordPattern(/(?<![\p{L}])(?:tạm\s+hoãn|hoãn\s+lại|phải\s+(?:tạm\s+)?(?:hoãn|hủy|huỷ|dừng)(?![\p{L}])|(?:hủy|huỷ)\s+bỏ|bị\s+(?:hủy|huỷ)(?!\s+hoại)|không\s+thể\s+diễn\s+ra|(?:has|have|had|was|were)\s+(?:been\s+)?(?:postponed|called\s+off|cancell?ed|pushed\s+back))(?![\p{L}])/iu);
// Where CALLED_OFF's words may be (it is tried only there: most sentences hold none): "hoãn", "hủy", "huỷ", "không thể",
// "postponed", "called off", "cancel", "pushed back", their shared openings written once (fewer tries at each position).
const CALLED_OFF_HINT = /h(?:oãn|ủy|uỷ)|không thể|p(?:ostponed|ushed back)|ca(?:lled off|ncel)/i;
// The plan as it was, opening a sentence ("Theo kế hoạch, Đoàn sẽ …", "Under the original plan"); not a new one ("Theo kế
// hoạch mới").
const AS_PLANNED = /^(?:theo\s+(?:kế\s+hoạch|dự\s+kiến|lịch(?:\s+trình)?)(?!\s+mới)|(?:originally|under\s+the\s+(?:original\s+)?plan))(?![\p{L}])/iu;
// A schedule told ahead, opening a sentence: "Theo chương trình, sáng 12/4, …", "Theo kế hoạch, …", "According to the schedule, …".
const SCHEDULE = /^(?:theo\s+(?:kế\s+hoạch|chương\s+trình|dự\s+kiến|lịch(?:\s+trình)?)(?!\s+(?:mới|ban\s+đầu))|according\s+to\s+the\s+(?:schedule|programme|program|plan))(?![\p{L}])/iu;
// A bulletin's or a show's farewell to its audience: "hẹn gặp lại quý vị", "hẹn gặp lại các bạn trong chương trình lần sau".
const SIGN_OFF = new WordPattern(/(?<![\p{L}])(?:hẹn|xin\s+hẹn)\s+gặp\s+lại\s+(?:quý\s+vị|quý\s+(?:khán|thính|độc)\s+giả|các\s+bạn|bạn\s+đọc|khán\s+giả|thính\s+giả)(?![\p{L}])/iu);
// The plan as it was, anywhere in the sentence: "The visit had originally been planned for April", "was scheduled for", "Hội chợ
// dự kiến tổ chức vào tháng 3 …" (with CALLED_OFF after its date: a plan undone in the same sentence).
const ORIGINAL_PLAN = new WordPattern(/(?<![\p{L}])(?:originally|initially|ban\s+đầu|(?:had|has)\s+been\s+(?:planned|scheduled|set|slated)|(?:was|were)\s+(?:planned|scheduled|set|slated|due)\s+(?:for|to)|dự\s+kiến|theo\s+kế\s+hoạch)(?![\p{L}])/iu);
// A speech's closing wish ("Nhân dịp này, kính chúc đồng chí X cùng các đồng chí trong Đoàn mạnh khỏe, có chuyến thăm … thành
// công tốt đẹp", "Chúc hội nghị thành công tốt đẹp!", "Tôi xin chúc …"): the sentence's verb is "chúc", what it names is wished,
// not done or planned. (Not "chúc mừng", "chúc Tết": congratulating, a New Year's call, are happenings.) Only after an
// opening phrase of the speaker's ("Nhân dịp này,", "Thay mặt …,", "Một lần nữa,"): "Ông X trao quà …, chúc …" did something first.
const WISH = /^(?:(?:nhân(?:\s+dịp)?|dịp|thay\s+mặt|một\s+lần\s+nữa|cuối\s+cùng|trước\s+thềm)(?![\p{L}])[^,.;:!?]{0,60},\s*)?(?:(?:tôi|chúng\s+tôi)\s+)?(?:xin\s+)?(?:(?:trân\s+trọng\s+)?kính\s+)?chúc(?!\s+(?:mừng|Tết|tết)(?![\p{L}]))(?![\p{L}])/iu;
// A speech's salutation on its own line ("Kính thưa đồng chí X, …!", "Thưa các đồng chí!"): what follows is spoken, at the
// happening the page's lead told.
// An expert's or a study's forecast of figures for a year ("Các chuyên gia dự báo đến năm 2027, kim ngạch … có thể đạt …", "Các
// chuyên gia nhận định, với tuyến cao tốc … dự kiến khởi công …, lượng hàng hóa … có thể tăng gấp đôi vào năm 2028", "Experts
// forecast that two-way trade will reach …"): what the figures may come to, no happening, though a work to be begun is named in it.
const FORECAST_HINT = /chuyên gia|dự báo|ước tính|xpert|forecast|projected|predicted/iu;
const FORECAST = /(?<![\p{L}])(?:(?:các\s+)?chuyên\s+gia(?:\s+\p{Ll}+){0,3}?\s+(?:dự\s+báo|dự\s+kiến|nhận\s+định|đánh\s+giá|cho\s+rằng|ước\s+tính)|theo\s+(?:dự\s+báo|ước\s+tính)|dự\s+báo\s+(?:đến|tới|trong|vào|năm)|experts?\s+(?:forecast|predict|expect|estimate)s?|(?:is|are)\s+(?:forecast|projected|predicted|estimated)\s+to)(?![\p{L}])/iu;
const FIGURES = /(?<![\p{L}])(?:kim\s+ngạch|tăng\s+trưởng|doanh\s+thu|sản\s+lượng|lượng\s+hàng\s+hóa|có\s+thể\s+(?:đạt|tăng|lên\s+tới|vượt)|trade\s+(?:value|turnover)|turnover|growth|will\s+reach|could\s+reach)(?![\p{L}])/iu;
const forecast = (text: string) => FORECAST_HINT.test(text) && FORECAST.test(text) && FIGURES.test(text);
const SALUTATION = /^(?:Kính\s+thưa|Thưa)\s[^.;?]{2,240}!$/u;
const FIRST_PLAN = /^(?:theo\s+)?(?:kế\s+hoạch|dự\s+kiến|lịch(?:\s+trình)?|chương\s+trình)\s+ban\s+đầu(?![\p{L}])/iu;
// The new days of a trip put off: "UBND tỉnh đã thống nhất với tỉnh bạn lùi thời gian sang từ ngày 11 đến 13/11", "lùi sang
// tháng 9/2025". Only to a time: "Hôm thứ Năm, Đoàn chuyển sang tỉnh Chăm-pa-xắc", "chuyển đến thành phố …" is a move to a place; so is
// "di chuyển đến" (to travel there).
// Told from both ends, "lùi thời gian từ tháng 4 sang cuối tháng 6": the new time is after "sang" (the match ends there), the old
// one after "từ" no event.
// So is a trip held anew at a time ("chuyến thăm … sẽ được tổ chức lại vào tháng 11 tới", after it was called off), and, in
// English, one "pushed back to May", "postponed until next month", "rescheduled for early June".
const PUT_OFF = new WordPattern(/(?<![\p{L}])(?:(?:lùi|dời|hoãn|(?<!(?<![\p{L}])di\s+)chuyển|tổ\s+chức(?=\s+lại\s))\s+(?:lại\s+)?(?:(?:chuyến|đợt)\s+(?:thăm|công\s+tác)(?:\s+và\s+làm\s+việc)?\s+)?(?:thời\s+gian\s+|lịch\s+)?(?:từ\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,5}?\s+(?=sang\s))?(?:sang|đến|tới|vào)|(?:pushed\s+back|postponed|put\s+off|moved|rescheduled|delayed)\s+(?:to|until|till|for))(?=\s+(?:…|\d|(?:từ|ngày|hôm|tháng|tuần|năm|quý|dịp|đầu|giữa|cuối|thượng|trung|hạ|thứ|chủ|sáng|trưa|chiều|tối|đêm|thời\s+điểm|một\s+(?:ngày|dịp|thời)|sau|năm|next|a\s+later|later|early|mid|late|the\s+(?:end|middle|beginning)|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])))/iu);

/**
 * The next stop of the day just told, with no day of its own: "Sau đó, Đoàn đã dâng hương tại …", "Tiếp đó,
 * …", "Ngay sau khi đến Quảng Bình, Đoàn đã …", "Afterwards, the delegation visited …". News tells a day's
 * programme in order and names the day when it moves on ("Sáng hôm sau", "Ngày 12/4"), so such a happening is
 * on the day of the event before it; its part of the day is not said.
 */
// The happening just told, said to have followed another: "The signing followed a working session …", "Lễ ký kết diễn ra sau
// buổi hội đàm …".
const FOLLOWED = /^(?:the\s+(?:signing(?:\s+ceremony)?|ceremony|agreement|memorandum)\s+(?:followed|came\s+after|took\s+place\s+after)|(?:lễ\s+ký(?:\s+kết)?|việc\s+ký\s+kết|buổi\s+lễ)\s+(?:diễn\s+ra\s+)?(?:ngay\s+)?sau)\s+/iu;
// A happening told as what came right before another ("Trước hội đàm, đồng chí X … đã tiếp xã giao Đoàn …", "Trước khi làm việc
// với Đoàn, …", "Before the talks, …"): one of its own, its kind in its own verb, on the day of the one it names (group 1 or 2).
// Who else received, met or attended, listed after "có" (or "were"): the opening of a list of those present.
const ALSO_THERE = /^(?:Cùng\s+(?:tham\s+)?(?:tiếp(?:\s+đón)?|đón\s+tiếp|dự|hội\s+đàm|hội\s+kiến|làm\s+việc)(?:\s+(?:với\s+)?(?:Đoàn|đoàn|khách))?(?:\s+[^\s,.;]+){0,4}?\s+có|Also\s+(?:present|attending)(?:\s+[^\s,.;]+){0,4}?\s+(?:were|was))(?![\p{L}])/u;
// One side's people listed as present: "Về phía tỉnh X có các đồng chí: …", "Về phía Lào có ông …".
const SIDE_PRESENT = /^Về\s+phía\s+[^,.;:]{1,60}?\s+có(?![\p{L}])/u;
/**
 * Does the sentence open a list of those present at the happening told before it (ALSO_THERE, SIDE_PRESENT)? Whichever side
 * they are of, they were there: "Cùng dự có bà X, Phó Chủ tịch UBND tỉnh" after the host's reception, "Also attending from the
 * Lao side were …" after the talks.
 */
export function listsThosePresent(text: string): boolean {
	return ((text.startsWith('Cùng ') || text.startsWith('Also ')) && ALSO_THERE.test(text)) || (text.startsWith('Về phía ') && SIDE_PRESENT.test(text));
}
const ENCOUNTERS = new Set<EventType>(['reception', 'talks', 'meeting', 'courtesy_call', 'working_session']);
/** The encounter told last as occurred on a day of its own, if any. */
const encounterTold = (drafts: EventDraft[]) =>
	drafts.findLast((d) => d.role === 'main' && d.status === 'occurred' && ENCOUNTERS.has(d.type) && d.date?.granularity === 'day' && d.date.start === d.date.end);
// The kind of meeting the list's opening names ("Cùng dự hội đàm có …", "Cùng dự buổi tiếp có …", "Also present at the talks
// were …"): group 1 or 2. ("Cùng tiếp Đoàn có", "Cùng làm việc với Đoàn có" name a verb, not which meeting.)
const ALSO_THERE_NAMED = /(?<![\p{L}])(hội\s+đàm|hội\s+kiến|hội\s+nghị|hội\s+thảo|(?:tọa|toạ)\s+đàm|(?:buổi|lễ)\s+(?:tiếp|làm\s+việc|ký(?:\s+kết)?))(?![\p{L}])|(?<![\p{L}])the\s+(talks|meeting|reception|working\s+session|conference|signing(?:\s+ceremony)?)(?![\p{L}])/iu;
/**
 * Whom a list of those also present (ALSO_THERE's match `opening`) joins: the last event of the kind its opening names,
 * though a flashback to another encounter ("Trước đó, chiều 17-3, … đã đón Đoàn tại sân bay") was told after it; with no
 * kind named, the encounter told last.
 */
function alsoThereOf(drafts: EventDraft[], opening: string): { of: EventDraft | undefined; named: boolean } {
	const named = ALSO_THERE_NAMED.exec(opening);
	const kinds = named ? namedKinds((named[1] ?? named[2]).replace(/^(?:buổi|lễ)\s+/iu, '').replace(/\s+/g, ' ')) : null;
	const of = kinds ? drafts.findLast((d) => d.role === 'main' && d.status === 'occurred' && kinds.includes(d.type) && d.date?.granularity === 'day' && d.date.start === d.date.end) : undefined;
	return of ? { of, named: true } : { of: encounterTold(drafts), named: false };
}
const BEFORE_NAMED = /^(?:ngay\s+)?trước\s+(?:khi\s+|(?:buổi|cuộc)\s+)?(hội\s+đàm|hội\s+nghị|hội\s+thảo|(?:tọa|toạ)\s+đàm|làm\s+việc|hội\s+kiến|lễ\s+ký\s+kết)(?![\p{L}])[^,;.]{0,40}?,\s*|^(?:just\s+)?(?:before|ahead\s+of|prior\s+to)\s+the\s+(talks|meeting|working\s+session|conference|signing\s+ceremony)\s*,\s*/iu;
// One end of talks held online: "Tại điểm cầu Công an tỉnh X, …", "Tại điểm cầu tỉnh Y, …".
const AT_ONE_END = /^tại\s+(?:các\s+)?điểm\s+cầu\s/iu;
// (So is the way home after the day of the return: "Trên đường về, Đoàn đã dâng hương … tại Khu di tích …".)
const SEQUEL = /^(?:(?:ngay\s+)?(?:sau\s+đó|tiếp\s+đó|tiếp\s+theo)|trên\s+đường\s+(?:trở\s+)?về(?:\s+nước)?|on\s+(?:the|their|its)\s+way\s+(?:home|back)|(?:ngay\s+)?sau\s+khi\s+(?:đến|tới|sang|về\s+đến|đặt\s+chân\s+(?:đến|tới|lên))(?![\p{L}])[^,;.]{0,60}|afterwards|after\s+that|(?:up)?on\s+(?:arrival|arriving)(?:\s+in\s+[^,;.]{0,40})?)\s*,/iu;
// A SEQUEL that follows the arrival, wherever it was told: "On arrival, Dinh hosted a dinner", "Sau khi đến Viêng Chăn, …".
const ON_ARRIVAL = /^(?:(?:ngay\s+)?sau\s+khi\s+(?:đến|tới|sang|về\s+đến|đặt\s+chân)|(?:up)?on\s+(?:arrival|arriving))/iu;
const DAY_ORDER = ['morning', 'noon', 'afternoon', 'evening', 'night'];
// "Earlier in the day", "earlier that day": a time of the day in force before the happening just told.
const EARLIER_IN_DAY = /^(?:on\s+)?earlier\s+(?:in\s+the|that)\s+day$/i;
// What by its nature comes after the news, told "cùng ngày" after a flashback to an earlier day (afterTheNews).
const GOING_HOME = /(?<![\p{L}])(?:(?:trở\s+)?về\s+nước|kết\s+thúc\s+(?:tốt\s+đẹp\s+)?(?:chuyến|đợt)\s+(?:thăm|công\s+tác)|return(?:ed|s)?\s+home|left\s+for\s+home|(?:ended|concluded|wrapped\s+up)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|mission))(?![\p{L}])/iu;
export const BURIAL = /(?<![\p{L}])(?:truy\s+điệu|an\s+táng|burial|buried|reburial|funeral|memorial\s+service)(?![\p{L}])/iu;
export const HANDOVER_OF_REMAINS = /(?<![\p{L}])(?:bàn\s+giao|tiếp\s+nhận|handover|hand(?:ed|s|ing)?\s+over|repatriat\w*)(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])(?:hài\s+cốt|remains)(?![\p{L}])/iu;
/**
 * Whether the happening `s` tells on "the same day", just after a flashback to a day before the news `news`, can only come
 * after that news: the delegation going home ("Chiều cùng ngày, Đoàn … kết thúc chuyến công tác, về nước") when the news was
 * told with the delegation at it ("Dự buổi lễ có … Đoàn đại biểu tỉnh …"), or the remains buried ("… tổ chức Lễ truy điệu và
 * an táng …", "a memorial and burial service") when the news was their handover ("Lễ tiếp nhận, bàn giao 21 hài cốt"). A
 * report tells its flashback ("Trước đó, sáng 27/5, … lễ tiễn đưa hài cốt …") in passing, then is back at its own day to
 * close it: no one goes home before the day they are told to be there, and no remains are buried before they are received.
 */
function afterTheNews(s: Sentence, news: EventDraft | undefined): boolean {
	if (!news) return false;
	if (GOING_HOME.test(s.text)) return DELEGATION_NAMED.test(news.sentence.text) || news.followers.some((f) => DELEGATION_NAMED.test(f.text));
	return BURIAL.test(s.text) && HANDOVER_OF_REMAINS.test(news.sentence.text);
}
// "… followed a welcome banquet …", "… came after a working session …", "… was preceded by a dinner …": the happening before.
const PRECEDED_BY = new WordPattern(/(?<![\p{L}])(?:followed|came\s+after|was\s+preceded\s+by)\s+(?:a|an|the)\s+/iu);
// Travel of the guests' own, which may come before their arrival: "Tối hôm trước, Đoàn rời Hà Nội …", "… đã lên đường …".
const ON_THE_WAY = new WordPattern(/(?<![\p{L}])(?:rời|xuất\s+phát|lên\s+đường|khởi\s+hành|đã\s+(?:đến|tới|qua)|quá\s+cảnh|left|departed|set\s+off|arrived|crossed|flew)(?![\p{L}])/iu);
// The delegation's coming, told of an evening or a night ("arrived in Hanoi late on Sunday", "Tối 10/3, Đoàn đã đến …").
const ARRIVED_LATE = new WordPattern(/(?<![\p{L}])(?:arrived|landed|đã\s+(?:đến|tới))(?![\p{L}])/iu);
// "Hai bên đã ký kết Biên bản ghi nhớ …", "Đoàn đã bàn giao …", "The two associations then signed …": an act done once, by
// the parties of the happening just told, told with no day right after it, was done on that day — a signing or a handover
// is a happening of its own, not words said at the talks. Not a record ("hai bên đã ký kết nhiều văn bản", "các thỏa
// thuận", "5 biên bản"): that tells the years behind.
// Opened by the happening it closes ("Kết thúc Hội nghị, hai bên đã ký Biên bản …", "Sau buổi hội đàm, hai bên ký …", "At the end of
// the session, the two sides signed …"), it is the same act.
// So do a conference's several parties ("lãnh đạo bốn tỉnh đã ký Biên bản Hội nghị", "các trưởng đoàn đã cùng ký …"): a
// rotating conference of three or four provinces closes with its minutes signed by all.
// A report's result of a session, labelled as such ("Kết quả: …"), with both parties named as its subject ("Huyện A và huyện B
// ký Biên bản ghi nhớ …", "Sở X và Sở Y ký …": two units of one rank), is that act too.
const DONE_ACT = /^(?:kết\s+quả\s*:\s*)?(?:(?:ngay\s+)?(?:sau|kết\s+thúc)\s+(?:(?:buổi|cuộc)\s+)?(?:hội\s+nghị|hội\s+thảo|(?:tọa|toạ)\s+đàm|hội\s+đàm|làm\s+việc|hội\s+kiến|tiếp(?:\s+kiến)?|gặp(?:\s+gỡ|\s+mặt)?)\s*,\s*|(?:after|following|at\s+the\s+(?:end|close)\s+of)\s+the\s+(?:talks|meeting|session|conference|working\s+session)\s*,\s*)?(?:(?:hai|ba|bốn|các)\s+bên|(?:hai|ba|bốn)\s+(?:đơn\s+vị|tỉnh|thành\s+phố|địa\s+phương|hội|cơ\s+quan|ngành|sở|huyện)|(huyện|tỉnh|thành\s+phố|sở|xã|thị\s+xã|trường|bệnh\s+viện)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?\s+và\s+\1\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?|đoàn|lãnh\s+đạo\s+(?:hai|ba|bốn|các)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?|(?:hai|ba|bốn|các)\s+trưởng\s+đoàn|the\s+(?:two|three|four)\s+(?:sides|provinces|cities|associations|parties|organi[sz]ations|agencies|localities|delegations)|both\s+sides|the\s+delegation)\s+(?:(?:cũng|đã|đồng\s+thời|cùng|then|also|later|jointly)\s+)*(?:ký\s+kết|ký|kí\s+kết|bàn\s+giao|trao\s+tặng|signed|handed\s+over)\s+(?!(?:kết\s+)?(?:nhiều|các|những|hàng|hơn|một\s+số|\d|many|several|a\s+number|dozens|more)(?![\p{L}]))/iu;

/**
 * A happening already told, named to say what was said or agreed there: "Tại buổi tiếp, Thứ trưởng … cho biết …",
 * "Phát biểu tại hội đàm, …", "Tại buổi làm việc, hai bên đã rà soát … và thống nhất … trong năm 2025", "At the
 * talks, …". The sentence goes on telling that happening (the last one told of its kind, else the one just told),
 * and a year or a month in it dates what was agreed, not a happening of its own — unless the rest of the sentence
 * tells one ("Tại buổi làm việc, hai bên đã ký kết …"). "Kết thúc hội đàm, …" is no such name: it tells what came after.
 * A forum is named so too: "Tại Diễn đàn, Sở Công Thương tỉnh X và Sở Công Thương tỉnh Y đã ký kết …" is a signing of the
 * forum's day. So does "Tiếp và làm việc với Đoàn, ông X … cho biết, …": the meeting with the delegation, told again; and "Thông tin tại buổi
 * làm việc, đồng chí X cho biết …" (said at the session, not at the field visit told just before it).
 * What is done beside it is named by it the same way: "Bên lề Hội nghị, Sở Công Thương tỉnh X và Sở … tỉnh Y đã ký kết …",
 * "Nhân dịp lễ kỷ niệm, …", "Trong khuôn khổ Diễn đàn, …", "On the sidelines of the conference, … signed …" — whoever signs,
 * the act is of that happening's day and trip.
 */
const AT_THE_EVENT = /^(?:(?:phát\s+biểu|thông\s+tin|chia\s+sẻ)\s+)?(?:tại|trong|bên\s+lề|nhân\s+dịp|trong\s+khuôn\s+khổ)\s+(?:(?:buổi|cuộc)\s+)?(tiếp(?:\s+(?:xã\s+giao|thân\s+mật))?|làm\s+việc|hội\s+đàm|hội\s+kiến|tiếp\s+kiến|gặp(?:\s+gỡ|\s+mặt)?|hội\s+nghị|hội\s+thảo|diễn\s+đàn|(?:tọa|toạ)\s+đàm|lễ\s+ký\s+kết|(?:buổi\s+)?lễ(?:\s+(?:kỷ\s+niệm|kết\s+nghĩa|ra\s+mắt|khánh\s+thành|khởi\s+công|khai\s+mạc|bế\s+mạc|bàn\s+giao|trao\s+tặng|tiếp\s+nhận|đón))?)(?:\s+(?:ở|tại)\s+(\p{Lu}[^,;.]{0,40}?))?(?:\s+(?:diễn\s+ra|(?:được\s+)?tổ\s+chức)\s+(?:ngay\s+)?sau\s+đó)?\s*,|^(?:at|during|speaking\s+at|on\s+the\s+sidelines\s+of)\s+the\s+(talks|meeting|reception|working\s+session|session|conference|forum|seminar|workshop|signing\s+ceremony|ceremony)(?:\s+on\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day))?\s*,|^(tiếp\s+và\s+(?:làm\s+việc|hội\s+đàm)|tiếp|hội\s+đàm|làm\s+việc)\s+(?:với\s+)?[Đđ]oàn(?![\p{L}])[^,;.]{0,60}?,/iu;
// The happening AT_THE_EVENT names, said to follow the one told before: "Tại buổi hội đàm diễn ra ngay sau đó,", group 1 "ngay".
const FOLLOWING_NAMED = /\s(?:diễn\s+ra|(?:được\s+)?tổ\s+chức)\s+(ngay\s+)?sau\s+đó\s*,$/iu;
const SPOKE_AT = /^(?:phát\s+biểu|speaking)\s/iu;
// Where the words just quoted were said: "Phuc was speaking at a ceremony where …", "Ông X phát biểu tại Lễ ký kết …".
const SPEAKING_AT = /^[^,.;:]{0,60}?(?<![\p{L}])(?:(?:was|were)\s+speaking\s+(?:at|during)|(?:đã\s+)?phát\s+biểu\s+(?:tại|trong))\s/iu;
// "trước đó Đoàn đã có buổi làm việc với …", "Trước đó, hai bên đã hội đàm …": what the trip did before.
const TOLD_BEFORE = new WordPattern(/(?<![\p{L}])[Tt]rước\s+đó,?\s+(?:[Đđ]oàn|hai\s+bên)(?:\s+[^\s,.;]+){0,3}?\s+(?:đã|vừa)\s/u);
// "Tiếp đón Đoàn, ông X …", "Tiếp Đoàn, đồng chí X …", "Đón tiếp Đoàn, …": the host receiving the delegation, named after the comma.
// The trip told done: "đã thăm và làm việc tại", "đã sang thăm, làm việc tại", "đã có chuyến thăm, làm việc tại".
const LEAD_TRIP = /(?<![\p{L}])đã\s+(?:sang\s+|đến\s+|có\s+chuyến\s+(?:công\s+tác\s+|thăm\s+)?)?(?:thăm(?:\s+và\s+|,\s*)làm\s+việc|thăm\s+và\s+làm\s+việc|làm\s+việc|thăm|công\s+tác)\s+tại(?![\p{L}])/u;
// The trip's days told on their own after a lead with none: "Chuyến công tác diễn ra từ chiều 20/8 đến hết ngày 22/8", "Chuyến
// thăm kéo dài từ ngày 3 đến 5/4".
const TRIP_DAYS = /^(?:[^,;.]{0,30},\s*)?(?:Chuyến|Đợt)\s+(?:công\s+tác|thăm)(?![\p{L}])[^.;]{0,80}?\s(?:diễn\s+ra|kéo\s+dài)(?![\p{L}])/u;
// "Tại tỉnh Khăm Muồn, …", "Tại thành phố Pắc-xế, …": the place a sentence opens with, group 1 its name. Or the name alone
// ("Tại Xay-nha-bu-li, …"), group 2: a place only when the programme's line names it as one ("… làm việc tại tỉnh Xay-nha-bu-li").
const AT_PLACE = /^Tại\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|[Tt]hủ\s+đô)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s*,/u;
// A programme's line labelled by its day and a colon, its bullet lost (a saved page's "<li>Ngày 21/11: Đoàn đến tỉnh …</li>") or
// never written: "Ngày 21/11: …", "Sáng 5/3: …" (a sentence's "Ngày 21/11, Đoàn …" is told, not listed).
const DAY_LABEL = /^[^\d.;:,]{0,24}?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s*:\s/u;
// A schedule's day heading on a line of its own: the weekday with its date and nothing else ("THỨ BA (21/5)", "Thứ Năm, ngày
// 23/5"), as weekly work schedules print them over their rows; or an invitation's "Thời gian:" line ("1. Thời gian: 08 giờ 00,
// thứ Hai, ngày 20/5/2024."), over the programme's rows. The rows under it, each opened by its hour ("- 7h30: Đồng chí … tiếp Đoàn
// …", "8h00 - 8h30 | Đón tiếp Đoàn …"), are that day's, until the next heading: a schedule names the day once, not on each row.
const WEEKDAY_LINE = /^[ \t]*(?:thứ[ \t]*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)(?![\p{L}])[^\n]{0,60}$/gimu;
const WEEKDAY_HEADING = /^[ \t]*(?:thứ[ \t]*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)[ \t]*,?[ \t]*\(?[ \t]*(?:ngày[ \t]+)?\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*\d{4})?[ \t]*\)?[ \t]*:?[ \t]*$/iu;
const TIME_LABEL = /^[ \t]*(?:\d{1,2}[.)][ \t]*)?thời[ \t]+gian[ \t]*:[^\n]{0,80}$/gimu;
// The words that set a deadline right before its day: "trước 17h00 ngày 19/5", "chậm nhất là ngày 5/3", "hạn chót ngày 10/6".
const DEADLINE_HINT = /trước|chậm\s+nhất|muộn\s+nhất|hạn\s+(?:chót|cuối)/iu;
const DEADLINE = /(?<![\p{L}])(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+(?:chót|cuối)(?:\s+(?:nhận|đăng\s+ký|gửi|nộp)[^,;.]{0,20}?)?)(?:\s+(?:là|vào|lúc))?\s+$/iu;
// A weekly schedule's row is the host's own work but when it names a delegation or the partner: "tiếp Đoàn …", "dự Hội đàm
// giữa Đoàn …", "chứng kiến Lễ ký kết … giữa hai tỉnh", talks (not "chủ trì Hội nghị Ban Thường vụ …", "dự Lễ khai giảng lớp …").
// A remark in brackets is no such naming: "dự Hội nghị tổng kết … (không tham gia đón Đoàn)".
const ROW_PARTNER = /(?<![\p{L}])(?:[Đđ]oàn(?!\s+(?:[Tt]hanh\s+niên|TNCS|[Tt]ruy))|hai\s+(?:tỉnh|nước|bên|địa\s+phương|thành\s+phố)|[Hh]ội\s+đàm|Lào|Laos)(?![\p{L}])/u;
const BRACKETED = /\([^()]*\)/g;
// A page that is a programme given out before the visit, by its title: "Chương trình làm việc của Đoàn …", "Lịch công tác tuần
// 21", "Dự kiến chương trình đón tiếp Đoàn …", "Lịch trình chuyến thăm …", "Programme of the visit …". With no stamp to say its
// days are past, its rows are a plan (a report names its days as done: "đã tiếp", "vừa hội đàm").
const AGENDA_TITLE = /^(?:(?:dự\s+kiến\s+)?(?:chương\s+trình|lịch\s+trình|lịch)\s+(?:dự\s+kiến\s+)?(?:làm\s+việc|công\s+tác|đón\s+tiếp|tiếp\s+đón|thăm|hoạt\s+động|chuyến\s+(?:thăm|công\s+tác))|kế\s+hoạch\s+(?:đón\s+tiếp|tiếp\s+đón)|(?:(?:draft|provisional|tentative)\s+)?(?:programme|program|schedule|itinerary|agenda)\s+(?:of|for)\s)(?![\p{L}])/iu;
// "Hồi tháng 4", "hồi đầu năm", "hồi cuối tháng 3": back then, told of a time gone by (not "vào hồi 8 giờ", an hour).
const BACK_IN = /(?<![\p{L}])hồi\s+(?:tháng|đầu|giữa|cuối|trung\s+tuần|thượng\s+tuần|hạ\s+tuần|năm)(?![\p{L}])/iu;
const TOLD_DONE = /(?<![\p{L}])(?:đã|vừa)\s/u;
// The programme's days on a line of their own: "Từ ngày 13/6 đến ngày 15/6 (Thứ Năm đến Thứ Bảy).", "- Thời gian: 20 - 22/5/2024".
const BARE_DAYS = /^(?:[-–•+*]\s*)?(?:thời\s+gian\s*:\s*)?(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)?\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\s*(?:\([^()]{0,40}\))?\s*[.;]?\s*$/iu;
// A row opened by its hour, bulleted or not, its end hour told or not: "- 7h30: …", "8h00 - 8h30 | …", "14 giờ 30 – …", "9h Đoàn …".
const HOUR_ROW = /^(?:[-–•+*][ \t]*)?(\d{1,2})[ \t]*(?:[hHg]|giờ)[ \t]*(?:\d{2})?[ \t]*(?:phút[ \t]*)?(?:[-–—][ \t]*\d{1,2}[ \t]*(?:[hHg]|giờ)[ \t]*(?:\d{2})?[ \t]*(?:phút[ \t]*)?)?(?::|\||[-–—](?=\s)|(?=\p{Lu}))/u;
/**
 * The day a schedule's heading in `text` (the lines between two sentences, or a sentence) gives its rows, and whether it heads a
 * weekly schedule's day (a weekday line) rather than one occasion's programme (a "Thời gian:" line): `undefined` when it holds
 * none, `null` when its last heading is one the pipeline cannot date alone ("THỨ BẢY (25/5) VÀ CHỦ NHẬT (26/5)"), or whose weekday
 * is not that date's in the year chosen (a misread, or another week's schedule).
 */
function headingDay(text: string, memo: MentionMemo, now: Reference | null, yearFor: ExtractOptions['yearFor']): { day: Resolved; weekly: boolean } | null | undefined {
	let line: string | null = null;
	let at = -1;
	let label = false;
	for (const re of [WEEKDAY_LINE, TIME_LABEL]) {
		re.lastIndex = 0;
		for (let m; (m = re.exec(text)); ) if (m.index >= at) (line = m[0]), (at = m.index), (label = re === TIME_LABEL);
	}
	if (line === null || (!label && !WEEKDAY_HEADING.test(line))) return line === null ? undefined : null;
	const m = memo.of({ text: line }).find((x) => x.shape === 'day' && !x.relation);
	if (!m) return label ? undefined : null;
	const day = resolveMention(m, { now, anchor: null, year: now ? null : yearFor(m.month) });
	if (!day || day.granularity !== 'day' || day.start !== day.end) return null;
	return m.weekday === undefined || weekday(parseIso(day.start)) === m.weekday ? { day, weekly: !label } : null;
}
/**
 * The days the programme's dated bullets (or day-labelled lines) told so far spend in the place named (its name as written), if
 * one day or one run of days ("- Ngày 20 và 21/11: Đoàn làm việc tại tỉnh …"). A name told bare (`bare`) must be a place there:
 * after "tại", "đến", "tỉnh" … .
 */
function bulletDayOf(name: string, drafts: EventDraft[], bare = false): Resolved | null {
	// (The name holds letters, dashes and spaces only: AT_PLACE.)
	const named = new RegExp(bare ? `(?<![\\p{L}])(?:tại|đến|tới|sang|tỉnh|thành\\s+phố|huyện)\\s+(?:(?:tỉnh|thành\\s+phố|huyện)\\s+)?${name}(?![\\p{L}])` : `(?<![\\p{L}])${name}(?![\\p{L}])`, 'u');
	const days = drafts.filter((d) => d.role === 'main' && (d.date?.granularity === 'day' || (d.date?.granularity === 'span' && dayDiff(parseIso(d.date.end), parseIso(d.date.start)) <= 3)) && (d.date.granularity === 'span' || d.date.start === d.date.end) && (DATED_BULLET.test(d.sentence.text) || DAY_LABEL.test(d.sentence.text)) && named.test(d.sentence.text));
	return days.length && days.every((d) => d.date!.start === days[0].date!.start && d.date!.end === days[0].date!.end) ? days[0].date : null;
}
/** The lead among the first two sentences telling a delegation's trip done with no day (LED_DELEGATION, LEAD_TRIP), if no event holds it. */
function undatedTripLead(sentences: Sentence[], drafts: EventDraft[]): Sentence | undefined {
	return sentences.slice(0, 2).find((s) => /^[(\[]?\p{Lu}/u.test(s.text) && LED_DELEGATION.test(s.text) && LEAD_TRIP.test(s.text) && !drafts.some((d) => d.sentence === s) && !isPlanned(s.text));
}
const RECEIVED_THEM = /^(?:tiếp(?:\s+đón)?|đón\s+tiếp)\s+(?:các\s+)?[Đđ]oàn\s*,/iu;
const COUNTED_SIGNING = new WordPattern(/(?<![\p{L}])(?:đã|vừa)\s+ký\s+(?:kết\s+)?\d+\s+(?:bản|biên\s+bản|văn\s+bản|thỏa\s+thuận|thoả\s+thuận|hợp\s+đồng)(?![\p{L}])/iu);
// Done there, not said or agreed or recalled: "đã ký", "vừa trao tặng", "signed" (not "had signed … in 2019", a record).
// Witnessed there too: "lãnh đạo hai tỉnh đã chứng kiến lễ ký kết hợp đồng … giữa Công ty X và Công ty Y", "witnessed the
// signing of …" — companies sign, the session's leaders look on; the signing is still a happening of that session.
// So is the signing told with both sides as its subject, first after the happening's name, with no word of tense ("Tại hội nghị,
// hai bên ký kết Kế hoạch hợp tác năm 2024 …"): a report, not a wish ("… đề nghị hai bên ký kết …" has its subject elsewhere).
// A proposal's or a wish's content is not done there: "Tại buổi tiếp, ông X đề nghị hai tỉnh … triển khai Biên bản … vừa ký kết"
// asks for what is to come (the memorandum named is the one signed before).
const WISHED_BEFORE = /(?<![\p{L}])(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|mong\s+muốn|yêu\s+cầu|proposed|suggested|asked|urged)(?![\p{L}])/iu;
const doneThere = (rest: string): boolean => {
	const m = DONE_THERE.exec(rest);
	return m !== null && !WISHED_BEFORE.test(rest.slice(0, m.index));
};
const DONE_THERE = /^\s*hai\s+(?:bên|tỉnh|địa\s+phương|đơn\s+vị|ngành)\s+(?:cùng\s+)?(?:ký|kí)(?![\p{L}])|(?<![\p{L}])(?:(?:đã|vừa)\s+(?:cùng\s+(?:nhau\s+)?)?(?:ký|kí|trao|bàn\s+giao|chứng\s+kiến\s+(?:(?:buổi\s+)?lễ\s+|việc\s+)?(?:ký|kí|trao|bàn\s+giao))|(?<!(?:had|have|has)\s+)(?:signed|handed\s+over|presented|witnessed\s+the\s+(?:signing|handover|handing\s+over)))(?![\p{L}])/iu;
/** The kinds of happening the name in AT_THE_EVENT may refer to, by its first word. */
function namedKinds(name: string): EventType[] {
	const n = name.toLowerCase();
	if (n.startsWith('tiếp k') || n.startsWith('hội k') || n.startsWith('gặp') || n === 'meeting') return ['meeting', 'reception'];
	// (A courtesy call is a reception told from the guest's side: "Đoàn chào xã giao đồng chí X" then "Tại buổi tiếp, …".)
	if (n.startsWith('tiếp') || n === 'reception') return ['reception', 'courtesy_call'];
	if (n.startsWith('làm') || n.startsWith('working') || n === 'session') return ['working_session', 'reception', 'talks'];
	if (n.startsWith('hội đ') || n === 'talks') return ['talks'];
	if (n.includes('ký') || n.startsWith('signing')) return ['signing'];
	if (n.includes('lễ') || n === 'ceremony') return ['ceremony'];
	return ['conference'];
}
/** The main event a sentence opening with AT_THE_EVENT's match `at` goes on telling. */
function namedEvent(drafts: EventDraft[], at: RegExpExecArray, current: EventDraft, back: Resolved | null): EventDraft {
	// ("Tiếp và làm việc với Đoàn, …" names the meeting with the delegation, whatever the news called it.)
	const kinds = at[4] ? MEETING_KINDS : namedKinds((at[1] ?? at[3]).replace(/\s+/g, ' '));
	// "Tại buổi làm việc ở Xê Kông, …" after the days in Xê Kông and Át-tạ-pư: the one told of that place.
	const where = at[2] ? foldKey(at[2]) : null;
	if (where) for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].role === 'main' && kinds.includes(drafts[i].type) && foldKey(drafts[i].sentence.text).includes(where)) return drafts[i];
	for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].role === 'main' && kinds.includes(drafts[i].type)) return drafts[i];
	// None of that kind, after a flashback to the arrival ("Mayor X received a delegation … on December 5. … The delegation
	// arrived late on Monday and was welcomed at the airport by … During the talks, …"): the meeting the news told on the day
	// the story had left, whatever it called it; "The next morning" then counts from that day.
	if (back && back.granularity === 'day' && back.start === back.end && kinds.every((k) => MEETING_KINDS.includes(k))) {
		const news = drafts.findLast((d) => d.role === 'main' && MEETING_KINDS.includes(d.type) && d.date?.granularity === 'day' && d.date.start === back.start && d.date.end === back.end);
		if (news) return news;
	}
	return current;
}

/**
 * The day of the happening `named` an act was done at: its own, if one; if told only over the trip's days ("Dịp cuối tuần qua,
 * Đoàn … đã sang thăm … và tổ chức lễ kết nghĩa với …", then "… sáng 13/4, đoàn được … đón tiếp" and "Tại buổi lễ kết nghĩa, …
 * đã ký kết …"), the day the story has reached within them (`current`'s), in no part of it said.
 */
function dayAtNamed(named: EventDraft, current: EventDraft): Resolved | null {
	const d = named.date;
	if (d?.granularity === 'day' && d.start === d.end) return d;
	const c = current.date;
	if (!d || d.granularity !== 'span' || current === named || current.role !== 'main' || current.status !== 'occurred' || c?.granularity !== 'day' || c.start !== c.end || c.start < d.start || c.end > d.end) return null;
	return { ...c, partOfDay: null };
}

// The words that open an act told as witnessed: "Trước sự chứng kiến của lãnh đạo hai tỉnh, …".
/**
 * The day of a happening told before, taken by a sentence with no day of its own (done at it, right before or after it, a
 * clause or a row of it): counted from that one, so "relative", a little less sure, with `why` added to its note.
 */
function sameDayAs(day: Resolved, why: Note, partOfDay: Resolved['partOfDay'] = day.partOfDay): Resolved {
	return { ...day, partOfDay, dating: day.dating === 'explicit' || day.dating === 'publication' ? 'relative' : day.dating, confidence: Math.round(day.confidence * 0.9 * 100) / 100, note: cat(day.note, why, '') };
}

const WITNESSED_BY = /^trước\s+sự\s+chứng\s+kiến\s+của\s+[^,;.]{3,160},\s*/iu;
/**
 * The signing or handover a sentence opened by WITNESSED_BY tells, on the day of the happening last told as done (a single day),
 * when its act has no day of its own and is no plan; null otherwise.
 */
function witnessedAct(s: Sentence, doc: Doc, drafts: EventDraft[], memo: MentionMemo): EventDraft | null {
	const by = WITNESSED_BY.exec(s.text);
	if (!by) return null;
	const rest = s.text.slice(by[0].length);
	const type = classify(rest);
	if ((type !== 'signing' && type !== 'ceremony') || isPlanned(rest) || memo.of(s).some((m) => rank(m) > 0 && datesTheSentence(m, s.text))) return null;
	const named = drafts.findLast((d) => d.role === 'main' && d.status === 'occurred' && d.doc === doc);
	const day = named?.date;
	if (!day || day.granularity !== 'day' || day.start !== day.end) return null;
	const on: Resolved = sameDayAs(day, note('; làm trước sự chứng kiến của những người dự sự kiện được kể trước', '; done before those at the happening told before'));
	return { doc, sentence: s, quote: clauseAround(s, 0), type, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
}

// "… signed a memorandum … after the talks.", "Sau hội đàm, hai bên đã ký kết …" (told later in the sentence too); "Kết thúc Hội
// nghị, hai bên đã ký …": the conference's day.
const AFTER_NAMED = /(?<![\p{L}])(?:sau|kết\s+thúc)\s+(?:(?:buổi|cuộc)\s+)?(hội\s+nghị|hội\s+thảo|(?:tọa|toạ)\s+đàm|hội\s+đàm|làm\s+việc|hội\s+kiến|tiếp(?:\s+kiến)?|gặp(?:\s+gỡ|\s+mặt)?)(?![\p{L}])|(?<![\p{L}])(?:after|following)\s+the\s+(talks|meeting|reception|working\s+session)(?![\p{L}])/iu;
/**
 * The day of the act DONE_ACT tells: of the happening it names ("after the talks"), else of the one the sentence
 * before went on telling (what was said at the talks, then "Hai bên đã ký kết …"), else the day just told.
 */
function actDay(drafts: EventDraft[], text: string, before: Sentence | null, anchor: Resolved): Resolved | null {
	const oneDay = (d: EventDraft | undefined) => (d && d.role === 'main' && d.status === 'occurred' && d.date?.granularity === 'day' && d.date.start === d.date.end ? d.date : null);
	const named = AFTER_NAMED.exec(text);
	if (named) {
		const kinds = namedKinds((named[1] ?? named[2]).replace(/\s+/g, ' '));
		// (The last one told on a day of its own: "Hội nghị nằm trong chương trình chuyến thăm … từ ngày 3 đến hết ngày 6/10" names the
		// trip's days, not the conference's.)
		for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].role === 'main' && kinds.includes(drafts[i].type) && oneDay(drafts[i])) return oneDay(drafts[i]);
		return null;
	}
	if (before) for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].sentence === before || drafts[i].followers.includes(before)) return oneDay(drafts[i]) ?? anchor;
	return anchor;
}

const CEREMONY_KINDS: EventType[] = ['ceremony', 'signing'];
const MEETING_KINDS: EventType[] = ['talks', 'working_session', 'reception', 'courtesy_call', 'meeting'];
/** The day of the last main happening of one of `kinds` told on a single day, if any. */
function dayOfKind(drafts: EventDraft[], kinds: EventType[]): Resolved | null {
	for (let i = drafts.length - 1; i >= 0; i--) {
		const d = drafts[i];
		if (d.role === 'main' && kinds.includes(d.type) && d.date?.granularity === 'day' && d.date.start === d.date.end) return d.date;
	}
	return null;
}

/**
 * The day the page gives a place, for "hôm trước / hôm sau ngày làm việc tại X": of the main happenings told on one day whose
 * clause names X ("- Ngày 20/11: Đoàn làm việc với Sở … tỉnh Chăm-pa-sắc …"), the first for the day before, the last for the
 * day after.
 */
function dayAtPlace(drafts: EventDraft[], place: string, offset: number): Resolved | null {
	let found: Resolved | null = null;
	for (const d of drafts) {
		if (d.role !== 'main' || d.date?.granularity !== 'day' || d.date.start !== d.date.end || !d.quote.text.includes(place)) continue;
		if (offset < 0) return d.date;
		found = d.date;
	}
	return found;
}

/**
 * The first or last day of a happening told over days, named by its kind ("the eve of the forum" after "The forum, held from
 * October 9 to 10, …"): its start for the day before, its end for the day after. Only an English kind (Vietnamese ones, "khai
 * mạc", are dated by the sentence that names them with its own day, dayToldAfter).
 */
function happeningEdge(drafts: EventDraft[], kind: string, offset: number): Resolved | null {
	if (!/^[a-z]+$/.test(kind)) return null;
	const named = new RegExp(`(?<![\\p{L}])${kind}(?![\\p{L}])`, 'iu');
	const d = drafts.find((d) => d.role === 'main' && (d.date?.granularity === 'day' || d.date?.granularity === 'span') && dayDiff(parseIso(d.date.end), parseIso(d.date.start)) <= 7 && named.test(d.quote.text));
	if (!d) return null;
	const day = offset < 0 ? d.date!.start : d.date!.end;
	return { ...d.date!, start: day, end: day, granularity: 'day', partOfDay: null };
}

/** The day a later sentence naming `place` gives by its own date ("Sáng 22/8, … chủ trì Lễ khai mạc …"), if any. */
function dayToldAfter(sentences: Sentence[], s: Sentence, place: string, memo: MentionMemo, now: Reference | null, opts: ExtractOptions): Resolved | null {
	for (let i = sentences.indexOf(s) + 1; i < sentences.length; i++) {
		const t = sentences[i];
		if (!t.text.includes(place)) continue;
		const m = memo.of(t).find((m) => m.shape === 'day' && !m.relation && m.day != null && datesTheSentence(m, t.text));
		if (!m) return null;
		const r = resolveMention(m, { now, anchor: null, year: now ? null : opts.yearFor(m.month), planned: isPlanned(t.text) });
		return r?.granularity === 'day' && r.start === r.end ? r : null;
	}
	return null;
}

// A round-up's item headed by its number and label on a line of its own, above its text: "2. Thái Bình - Hàn Quốc".
const DIGIT = /\d/;
const NUMBERED_LABEL = /\n[ \t]*\d{1,2}[.)][ \t]+(\p{Lu}[^\n.:;]{0,80}?)[ \t]*\n/u;
/** The label of the numbered item heading the text between two sentences, if any. */
export function itemHeading(gap: string): string | null {
	if (!gap.includes('\n')) return null;
	// (A label opens with its number: most gaps, white space only, hold no digit and need no pattern.)
	const numbered = DIGIT.test(gap) ? NUMBERED_LABEL.exec(`\n${gap}\n`)?.[1] : undefined;
	if (numbered) return numbered;
	// Or by a subheading in capitals on a line of its own: "TỈNH ĐOÀN THÁI NGUYÊN LÀM VIỆC VỚI ĐOÀN THANH NIÊN TỈNH LUÔNG PHA-BANG"
	// over "Đầu tuần, Đoàn đại biểu Tỉnh đoàn …" in a digest: the next story.
	// (Right above it: "TIN LIÊN QUAN" over a list of links is the page's furniture, not the heading of what follows.)
	const last = gap.trimEnd();
	const line = last.slice(last.lastIndexOf('\n') + 1);
	// (Most lines between two sentences have a small letter: no heading, and no need of the pattern.)
	return line.length >= 10 && !SMALL_LETTER.test(line) && CAPS_HEADING.test(line) ? line.trim() : null;
}
const SMALL_LETTER = /\p{Ll}/u;
// Three words or more, every letter a capital, no full stop at its end.
const CAPS_HEADING = /^[ \t]*(?=(?:[^\n]*?\p{Lu}){8})[\p{Lu}\d][\p{Lu}\d,:\-–'’"“”()&/]*(?:[ \t\u00a0]+[\p{Lu}\d,:\-–'’"“”()&/]+){2,}[ \t]*$/u;
// An item's label naming its two sides, the second a country other than Laos ("Thái Bình - Hàn Quốc", "Bắc Ninh - Hàn Quốc: …"):
// that story is not of Vietnam and Laos.
// So is a label naming its partner with that partner's country in brackets ("Tiếp Đoàn doanh nghiệp tỉnh Shizuoka (Nhật Bản)"):
// the item stands alone, and its "Đoàn" is no Lao delegation.
function foreignItem(label: string): boolean {
	const dash = label.search(/\s[-–]\s/u);
	if (dash > 0 && isOtherCountry(label.slice(dash + 3))) return true;
	const open = label.lastIndexOf('(');
	return open > 0 && label.endsWith(')') && isOtherCountry(label.slice(open + 1, -1));
}

export function opensItem(text: string): boolean {
	const c = text.charCodeAt(0);
	if (c === 0x2d || c === 0x2013 || c === 0x2022 || c === 0x2b) return DATED_BULLET.test(text);
	const colon = text.indexOf(':');
	return colon > 1 && colon < 60 && ITEM_LABEL.test(text);
}

const OWN_SUBJECT = /^\s*\p{Lu}/u;
const PART_OPENS = /^\s*(?:buổi\s+(?:sáng|trưa|chiều|tối)|(?:sáng|trưa|chiều|tối)\s+cùng\s+ngày)(?![\p{L}])/iu;
/**
 * A sentence whose clauses between semicolons each tell a dated happening of their own ("Ngày 22/10, Đoàn làm việc
 * với Bộ …; sau đó Đoàn sẽ vào thăm tỉnh Kon Tum từ ngày 23 đến 24/10") is read clause by clause, each with its own
 * day and tense; any other sentence is read whole.
 */
function clausesOf(s: Sentence, memo: MentionMemo, itemHeads?: Map<Sentence, Sentence>): Sentence[] {
	if (!s.text.includes(';')) {
		const plan = holds(s.text, 't', 'ổ chức') && holds(s.text, ' ', 'và ') ? agreedPlanOf(s, memo) : null;
		// ("đồng thời", "và sẽ" looked for from their rare last letters: a tail opening with a space stops at every space.)
		const joined = plan ?? (holds(s.text, 'đồng th', 'ời') || holds(s.text, 'và s', 'ẽ') ? ownTimesOf(s, memo) : null);
		return joined ?? (holds(s.text, ' ', 'and ') ? actsOf(s, memo) : [s]);
	}
	const cuts: [number, number][] = [];
	for (let a = 0; ; ) {
		const i = s.text.indexOf(';', a);
		cuts.push([a, i < 0 ? s.text.length : i]);
		if (i < 0) break;
		a = i + 1;
	}
	const found = memo.of(s);
	let dated = 0;
	for (const [a, b] of cuts) if (found.some((m) => m.start >= a && m.end <= b && rank(m) > 0) && classify(s.text.slice(a, b))) dated++;
	// A programme's item goes on through its day: "- Ngày 20/11: Hội đàm …; buổi chiều tham quan Công ty …" (a clause
	// opened by a part of the day, after the first, tells the day's next happening).
	// So does a clause of a dated programme bullet with a subject of its own, the day its heading: "- Ngày 10/4: Phó Tỉnh trưởng …
	// tiếp xã giao Đoàn; Đoàn làm việc với Sở … do đồng chí … chủ trì" is two activities of the day (each its own event, quote and
	// host). A clause going on with no subject goes on with the item: "- Ngày 2/9: Hội đàm …; thăm Khu di tích …".
	const item = dated > 0 && opensItem(s.text);
	const own = new Set<number>();
	for (let k = 1; k < cuts.length; k++) {
		const clause = s.text.slice(cuts[k][0], cuts[k][1]);
		const subject = item && OWN_SUBJECT.test(clause);
		if ((PART_OPENS.test(clause) || subject) && classify(clause)) dated++, subject && own.add(k);
	}
	if (dated < 2) return [s];
	const out: Sentence[] = [];
	for (let k = 0; k < cuts.length; k++) {
		const [a, b] = cuts[k];
		const raw = s.text.slice(a, b);
		const text = raw.trim();
		const at = s.start + a + (raw.length - raw.trimStart().length);
		if (!text) continue;
		const c = { ...s, start: at, end: at + text.length, text };
		// (A bullet's later clause with its own subject keeps the bullet's day: its head, the first clause.)
		if (own.has(k) && out.length && itemHeads) itemHeads.set(c, out[0]);
		out.push(c);
	}
	return out;
}

// What both sides agreed to hold, told after what they did and joined by "và": "… hai bên đã ký Biên bản hội đàm và thống nhất
// tổ chức sơ kết 6 tháng vào tháng 8 tới tại …" tells the signing and a meeting to come, each a happening of its own. Only where
// the second clause has its own verb of agreeing and "tổ chức" (not "ký kết và tổ chức", one act told twice).
const AND_AGREED_TO_HOLD = /\s+và\s+(?:cùng\s+)?(?=(?:thống\s+nhất|nhất\s+trí|(?:thỏa|thoả)\s+thuận)\s+(?:sẽ\s+)?(?:phối\s+hợp\s+|cùng\s+)?tổ\s+chức\s)/u;
/**
 * A sentence telling a done act, then a happening both sides agreed to hold at a time of its own to come (AND_AGREED_TO_HOLD),
 * read clause by clause (as clausesOf reads clauses between semicolons); null when it is no such sentence.
 */
function agreedPlanOf(s: Sentence, memo: MentionMemo): Sentence[] | null {
	const and = AND_AGREED_TO_HOLD.exec(s.text);
	if (!and) return null;
	const cut = and.index;
	const from = cut + and[0].length;
	// (Its own time, one to come: "vào tháng 8 tới", "năm sau", "vào quý III tới"; a time with no such word may be the act's own.)
	const ahead = (m: TimeMention) => m.tense === 'future' || (m.relation === 'deictic' && (m.offset ?? 0) > 0) || (m.yearOffset ?? 0) > 0;
	if (!memo.of(s).some((m) => m.start >= from && rank(m) >= 0 && ahead(m))) return null;
	const a = s.text.slice(0, cut);
	const b = s.text.slice(from);
	// (The first a happening done, not one more plan: "Hai bên sẽ ký … và thống nhất tổ chức …" is one agreement.)
	if (isPlanned(a) || !classify(a) || !classify(b)) return null;
	return [
		{ ...s, end: s.start + cut, text: a },
		{ ...s, start: s.start + from, end: s.start + from + b.length, text: b }
	];
}

// A second clause joined by ", đồng thời" (besides) or ", và sẽ" (and will): "… hai bên thống nhất trong năm 2026 sẽ tổ chức chiến
// dịch tại huyện X, đồng thời Tỉnh Đoàn Y sẽ mời 30 thanh niên … sang dự Trại hè … vào tháng 8 tới" tells two plans.
const JOINED_CLAUSE = /,\s+(?:đồng\s+thời|và(?=\s+sẽ\s))\s+/gu;
/**
 * A sentence of two clauses joined by JOINED_CLAUSE, each with a verb and a time of its own, read clause by clause (as
 * clausesOf reads clauses between semicolons): each time dates its own clause. Null when it is no such sentence: one time
 * governs the verbs it is told with ("Sáng 19/7, Tỉnh Đoàn … bàn giao 2 phòng học …, đồng thời trao tặng tủ sách …", "tiếp và
 * làm việc", "hội đàm, ký kết") — the second clause goes on at the first's time.
 */
function ownTimesOf(s: Sentence, memo: MentionMemo): Sentence[] | null {
	JOINED_CLAUSE.lastIndex = 0;
	const and = JOINED_CLAUSE.exec(s.text);
	if (!and) return null;
	const cut = and.index;
	const from = cut + and[0].length;
	const found = memo.of(s);
	if (!found.some((m) => m.end <= cut && rank(m) > 0) || !found.some((m) => m.start >= from && rank(m) > 0)) return null;
	const a = s.text.slice(0, cut);
	const b = s.text.slice(from);
	if (!classify(a) || !classify(b)) return null;
	return [
		{ ...s, end: s.start + cut, text: a },
		{ ...s, start: s.start + from, end: s.start + from + b.length, text: b }
	];
}

// A second act of the same subject joined by "and", with a day of its own: "The delegation attended the opening of the fair on
// Saturday and visited the old quarter on Sunday before returning home" is two days' doings.
const AND_ACT = /\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:visited|toured|attended|met|held|paid|signed|inspected|surveyed|laid|offered|called\s+on|went|travel(?:l)?ed|returned|arrived|left)\s)/g;
/**
 * An English sentence telling two acts, each with its own day ("… on Saturday and visited … on Sunday"), read act by act
 * (as clausesOf reads clauses between semicolons), when each act is a happening of its own; any other sentence is read whole.
 */
function actsOf(s: Sentence, memo: MentionMemo): Sentence[] {
	AND_ACT.lastIndex = 0;
	const and = AND_ACT.exec(s.text);
	if (!and) return [s];
	const cut = and.index;
	const found = memo.of(s);
	// (Each act's own day, told as a day: "on Saturday", "on June 8"; not one day told twice nor a span.)
	const first = found.filter((m) => m.end <= cut && m.shape === 'day' && rank(m) > 0);
	const second = found.filter((m) => m.start >= cut + and[0].length && m.shape === 'day' && rank(m) > 0);
	if (first.length !== 1 || second.length !== 1 || first[0].text === second[0].text) return [s];
	const a = s.text.slice(0, cut);
	const b = s.text.slice(cut + and[0].length);
	if (!classify(a) || !classify(b)) return [s];
	const at = s.start + cut + and[0].length;
	return [
		{ ...s, end: s.start + cut, text: a },
		{ ...s, start: at, end: at + b.length, text: b }
	];
}

/**
 * The event an undated sentence goes on telling: the one just told, unless it tells the lead's kind of happening
 * and the one just told is of another kind. News returns to its lead after a paragraph of background: "Can Tho
 * and Savannakhet signed a memorandum … last Friday" / "The Can Tho delegation … was on a working trip to Laos from
 * October 17-20." / "Vu and Vice Governor Somphone signed the document, …": the signers took part in the signing,
 * not in the trip. The costly trigger test runs only where the two kinds differ and the sentence holds a word of the lead's.
 */
// A person as news names one: a title of address, then two to four capitalised words ("đồng chí Hoàng Văn Thụy").
// (No 'i' flag: it would let \p{Lu} match small letters too.)
const NAMED = /(?<![\p{L}])(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à|Mr\.?|Mrs\.?|Ms\.?)\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Lu}[\p{L}-]*)/gu;

/** Does `text` name someone (by honorific and name) whom `other` names too? */
function namesOneOf(text: string, other: string): boolean {
	for (const m of text.matchAll(NAMED)) if (other.includes(m[1])) return true;
	return false;
}

/** The news a new paragraph after a flashback (`current`, of a day before the news day `news`) is back at, when it names someone
 * of the news and no one of the flashback's ("Trước đó, chiều 1/2, Đoàn đã đến …" / "Thay mặt lãnh đạo tỉnh, đồng chí X chúc
 * mừng …"). */
function backAtNews(s: Sentence, current: EventDraft, news: Resolved, drafts: EventDraft[]): EventDraft | null {
	if (!current.date || current.date.start >= news.start || s.paragraph === current.sentence.paragraph) return null;
	const told = drafts.findLast((d) => d.role === 'main' && d.date?.start === news.start && d.date.end === news.end);
	return told && namesOneOfTold(s.text, told) && !namesOneOf(s.text, current.sentence.text) ? told : null;
}

/** Does `text` name someone whom the happening `d` was told with: in its sentence or in those told of it after ("Sáng 5/3, Trường …
 * tổ chức Lễ bế giảng …" / "Dự lễ có đồng chí X, …": a lead naming no one leaves its people to the next sentence)? */
function namesOneOfTold(text: string, d: EventDraft): boolean {
	return namesOneOf(text, d.sentence.text) || d.followers.some((f) => namesOneOf(text, f.text));
}

// Taking in what was given: "received the aid", "received the donated equipment", "tiếp nhận số hàng", "nhận quà".
const RECEIVED_GIFT = new WordPattern(/(?<![\p{L}])(?:received\s+(?:the|these|this|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:aid|gifts?|donations?|supplies|assistance|equipment|relief|package|goods|scholarships?|funds?)|(?:tiếp\s+)?nhận\s+(?:số\s+|các\s+|những\s+)?(?:hàng(?:\s+hóa|\s+hoá)?|quà|vật\s+tư|trang\s+thiết\s+bị|thiết\s+bị|tiền|kinh\s+phí|học\s+bổng)|(?:đón|tiếp)\s+nhận\s+(?:sự\s+)?hỗ\s+trợ)(?![\p{L}])/iu);
// A handover told: "handed over medical supplies", "donated", "trao tặng", "bàn giao".
const HANDED = new WordPattern(/(?<![\p{L}])(?:handed\s+over|donated|presented|trao(?!\s+đổi)|bàn\s+giao|tặng)(?![\p{L}])/iu);
function followed(current: EventDraft, lead: EventDraft | null, s: Sentence, drafts: EventDraft[], types: SentenceTypes): EventDraft {
	// Words said after a plan ("… sẽ cử đoàn chuyên gia sang khảo sát …" / "Ông X cảm ơn … và mong muốn …") were said
	// at the meeting that made it, the last happening told: the speaker takes part in that, not in the plan.
	if (current.status === 'planned' && SPEECH.test(s.text) && !isPlanned(s.text))
		for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].role === 'main' && drafts[i].status === 'occurred') return drafts[i];
	// Nor is anything said at a stay of days ("The Gia Lai delegation … is on a working visit to Attapeu from November 18-21." /
	// "Mr. Phonxay told the guests …"): it was said at the meeting of one day told before it.
	if (current.type === 'visit' && current.date && current.date.start !== current.date.end && SPEECH.test(s.text))
		for (let i = drafts.length - 1; i >= 0; i--) {
			const d = drafts[i];
			if (d !== current && d.role === 'main' && d.status === 'occurred' && d.type !== 'visit' && d.date?.granularity === 'day' && d.date.start === d.date.end) return d;
		}
	// The gift taken in by the other side ("Vice Governor X received the aid on the Lao side of the border", "đồng chí X đã tiếp
	// nhận số hàng …") goes on with the handover told before it, not with an arrival or a meeting told between.
	if (current.type !== 'ceremony' && (holds(s.text, 'h', 'ận') || s.text.includes('eceived')) && RECEIVED_GIFT.test(s.text))
		for (let i = drafts.length - 1; i >= 0; i--) {
			const d = drafts[i];
			if (d.role === 'main' && d.status === 'occurred' && d.type === 'ceremony' && HANDED.test(d.sentence.text)) return d;
		}
	// A lead told by its day: one happening, the news. ("Lãnh đạo tỉnh … vừa qua đã tiếp …" then "tuần qua, Đoàn …
	// đã thăm …": both tell the same week's visit, and "Tiếp đoàn, ông …" after the second is its.)
	if (!lead || lead === current || lead.type === current.type || lead.date?.granularity !== 'day') return current;
	// (Every trigger of its type: a type may have several, "session" besides "hội nghị".)
	return types.words(s) & (TYPE_BITS.get(lead.type) ?? 0) && types.type(s) === lead.type ? lead : current;
}

// An agreement named by whose it is: "Under the hospital agreement", "Theo thỏa thuận giữa hai bệnh viện".
const NAMED_AGREEMENT = new WordPattern(/(?<![\p{L}])(?:(?:[Uu]nder|[Ww]ith)\s+the\s+([\p{Ll}-]+)\s+(?:agreement|deal|accord|memorandum|MoU)|(?:Theo|Với)\s+(?:bản\s+)?(?:thỏa|thoả)\s+thuận\s+(?:giữa\s+)?(?:hai\s+)?(\p{Ll}+\s+\p{Ll}+))(?![\p{L}])/u);
/** Does `text` tell of an agreement whose makers the signing `current` does not name, but an earlier signing does? */
function otherAgreement(text: string, current: EventDraft, drafts: EventDraft[]): boolean {
	const m = NAMED_AGREEMENT.exec(text);
	const q = m && (m[1] ?? m[2]);
	if (!q) return false;
	const named = new RegExp(`(?<![\\p{L}])${q.replace(/[-\s]+/gu, '[-\\s]+')}(?![\\p{L}])`, 'iu');
	return !named.test(current.sentence.text) && drafts.some((d) => d !== current && d.type === 'signing' && named.test(d.sentence.text));
}

const PATROL = new WordPattern(/(?<![\p{L}])(?:tuần\s+tra|patrol)/iu);
const DELEGATION_WORD = new WordPattern(/(?<![\p{L}])(?:[Đđ]oàn|[Dd]elegations?|[Dd]elegates)(?![\p{L}])/u);
// The tag a photo story prints before each caption: "[Ảnh 4] Ngày thứ hai của chuyến công tác, …", "[Photo 2] …".
const PHOTO_TAG = /^\[(?:Ảnh|ảnh|Hình|Photo|Image)(?:\s*\d{1,2}(?:\s*\/\s*\d{1,2})?)?\]\s+(?=\S)/u;
// The stub alone on the line before a caption: "[Ảnh 2/4]\n"; or opening the caption's line, left out of the body by segment
// ("[Ảnh] Hai bên ký kết …").
const STUB_BEFORE = /(?:^|\n)[ \t]*\[(?:Ảnh|ảnh|Hình|Photo|Image)(?:\s*\d{1,2}(?:\s*\/\s*\d{1,2})?)?\](?:[ \t]*\n\s*|[ \t]+)$/u;
function untagged(s: Sentence, captions: Set<Sentence>): Sentence {
	const tag = s.text.charCodeAt(0) === 91 ? PHOTO_TAG.exec(s.text) : null;
	if (!tag) return s;
	const c: Sentence = { ...s, start: s.start + tag[0].length, text: s.text.slice(tag[0].length) };
	captions.add(c);
	return c;
}

/** The day a lead's dateline names, with the year `yearFor` gives its month ("HANOI, March 12 (KPL) –"); null when none. */
function datelineDay(s: Sentence, memo: MentionMemo, yearFor: ExtractOptions['yearFor']): Reference | null {
	const line = s.text.includes('(') ? DATELINE.exec(s.text) : null;
	const filed = line ? memo.of(s).find((m) => m.end <= line[0].length && m.shape === 'day' && !m.relation && m.month) : null;
	const year = filed && filed.year === undefined ? yearFor(filed.month) : null;
	const day = year ? resolveMention(filed!, { now: null, anchor: null, year }) : null;
	return day && day.granularity === 'day' ? { date: parseIso(day.start), dating: day.dating, confidence: day.confidence, how: 'narrative' } : null;
}

/**
 * The day a programme's opening greets its audience with, on a page with no stamp ("Thưa quý vị, hôm nay, thứ Tư ngày 12/6,
 * xin mời quý vị …", "Hôm nay (5/3), chúng tôi …"): a bulletin or a digest says at its head which day it is, and that is the
 * day it was made; its "chiều nay", "ngày mai" count from it. Only among the first sentences (later a "hôm nay" with its day is
 * a happening's). The year is the page's evidence's; a weekday written with the day picks, of that year and its neighbours,
 * the one it falls on. Null when none.
 */
function greetedDay(sentences: Sentence[], memo: MentionMemo, yearFor: ExtractOptions['yearFor']): Reference | null {
	for (const s of sentences.slice(0, GREETING_SENTENCES)) {
		const found = memo.of(s);
		const i = found.findIndex((m) => m.relation === 'deictic' && m.unit === 'day' && m.offset === 0 && !m.partOfDay);
		if (i < 0) continue;
		const today = found[i];
		// Its day told with it: in the mention ("hôm nay (12/6)") or right after it ("hôm nay, thứ Tư ngày 12/6").
		const next = found[i + 1];
		const told = today.day && today.month ? today : next && !next.relation && next.shape === 'day' && next.day && next.month && SAME_DAY_GAP.test(s.text.slice(today.end, next.start)) ? next : null;
		if (!told) return null;
		const decided = told.year ?? yearFor(told.month)?.year;
		if (!decided) return null;
		const fits = (y: number) => isValid(y, told.month!, told.day!) && (told.weekday === undefined || weekday({ year: y, month: told.month!, day: told.day! }) === told.weekday);
		const year = told.year ?? [decided, decided - 1, decided + 1].find(fits);
		if (year === undefined || !isValid(year, told.month!, told.day!)) return null;
		return { date: { year, month: told.month!, day: told.day! }, dating: told.year ? 'explicit' : 'inferred', confidence: told.year ? 0.9 : 0.8, how: 'narrative' };
	}
	return null;
}
const GREETING_SENTENCES = 3;

// A week a page names as its own: "tuần từ (ngày) 10 đến (ngày) 16/6(/2024)", "tuần 10 - 16/6".
const OWN_WEEK = /(?<![\p{L}])tuần\s+(?:từ\s+)?(?:ngày\s+)?(\d{1,2})(?:\/\d{1,2})?\s*(?:đến|-|–)\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d\d))?(?!\d)/iu;
/**
 * The last day of the week a digest reports on, named in its title or its lead ("Điểm tin đối ngoại tuần từ 10 đến 16/6/2024",
 * "Trong tuần từ ngày 10 đến ngày 16/6, …"), when the page came out in the days after it: a weekly round-up written after its
 * week tells the coming week from that week. Null when the page names no such week.
 */
function ownWeek(title: string, lead: string, stamp: { year: number; month: number; day: number }): { year: number; month: number; day: number } | null {
	const m = (title.includes('tuần') ? OWN_WEEK.exec(title) : null) ?? (lead.includes('tuần') ? OWN_WEEK.exec(lead) : null);
	if (!m) return null;
	const [from, day, month] = [+m[1], +m[2], +m[3]];
	// (A week of six or seven days, not a longer stretch called a week.)
	if (month < 1 || month > 12 || (from < day ? day - from : day + 31 - from) > 6) return null;
	const year = m[4] ? +m[4] : month > stamp.month ? stamp.year - 1 : stamp.year;
	if (!isValid(year, month, day)) return null;
	const end = { year, month, day };
	const after = dayDiff(stamp, end);
	return after > 0 && after <= 7 ? end : null;
}

// A page that looks back on a year by its title: "Nhìn lại năm 2019", "Tổng kết năm …", "10 sự kiện nổi bật năm …", "Dấu ấn
// …", "2019 in review", "Looking back at 2019".
const REVIEW_TITLE = /(?<![\p{L}])(?:nhìn\s+lại|điểm\s+lại|tổng\s+kết|dấu\s+ấn|nổi\s+bật|in\s+review|look(?:ing)?\s+back)(?![\p{L}])/iu;
// A year alone (not a date's, not a range's: "giai đoạn 2019 - 2023" is a period).
const LONE_YEAR = /(?<![\p{N}/.\-–]\s*)((?:19|20)\d\d)(?![\p{N}/])(?!\s*[-–]\s*\d)/gu;
// A lead that opens on the year: "Năm 2019, công tác đối ngoại …", "Trong năm 2019, …", "In 2019, …".
const YEAR_LEAD = /^(?:trong\s+)?(?:năm|in)\s+((?:19|20)\d\d)\s*,/iu;
/**
 * The year a review looks back on: its title says it reviews ("Nhìn lại năm 2019: 10 sự kiện đối ngoại nổi bật") and names one
 * year, or its lead opens on it ("Năm 2019, …"); and it came out at that year's end or early in the next (a review is written
 * then). Null for any other page.
 */
function ownYear(title: string, lead: string, stamp: { year: number; month: number }): number | null {
	if (!REVIEW_TITLE.test(title)) return null;
	const years = new Set<number>();
	for (const m of title.matchAll(LONE_YEAR)) years.add(+m[1]);
	const lone = years.size === 1 ? [...years][0] : years.size === 0 ? Number(YEAR_LEAD.exec(lead)?.[1] ?? NaN) : NaN;
	return (lone === stamp.year && stamp.month >= 11) || (lone === stamp.year - 1 && stamp.month <= 2) ? lone : null;
}

/** Text between two sentences shorter than this holds no title and stamp line of a second article. */
const MIN_ARTICLE_GAP = 20;
const LINES = /\n+/;
// A headline: a capital, some words, no closing stop (a sentence's end or a caption's credit is no title).
const TITLE_LINE = /^\p{Lu}[^\n]{10,200}[^.:;!?)\s]$/u;
/**
 * The stamp of another article that the text between two sentences opens (a headline's line, then a line that is only a stamp:
 * "Lào Cai tiếp Đoàn …" / "Thứ Sáu, 14/06/2024 - 16:40"), as a page that prints two articles shows it; null when none.
 */
function articleStampBetween(gap: string): Stamp | null {
	if (!gap.includes('\n') || !YEAR.test(gap)) return null;
	const lines = gap.split(LINES).map((l) => l.trim()).filter(Boolean);
	for (let i = 1; i < lines.length; i++) {
		const stamp = YEAR.test(lines[i]) ? parseStamp(lines[i]) : null;
		if (stamp && TITLE_LINE.test(lines[i - 1])) return stamp;
	}
	return null;
}
const YEAR = /(?:19|20)\d\d/;
// Between "hôm nay" and the day it is: a comma, a space, a bracket ("hôm nay, thứ Tư ngày 12/6").
const SAME_DAY_GAP = /^[\s,(]{0,4}$/;
// "Cùng buổi chiều", "Trong cùng buổi sáng": the very part of the day just told.
const SAME_SESSION = /(?<![\p{L}])cùng\s+buổi(?![\p{L}])/iu;

/**
 * A bare weekday told inside a stated trip ("Sáng thứ Năm, … Đoàn dâng hương …" after "từ ngày 3 đến 6/9, Đoàn … đã thăm …" and
 * its first day, on a page with no stamp): the trip's one day of that weekday, when the narrative reading (the one before the
 * day last told, "29/8", a week early) falls outside the trip, or there was no day told to count from. Null otherwise.
 */
function onTripWeekday(m: TimeMention, trip: Resolved | null, resolved: Resolved | null): Resolved | null {
	if (!trip || trip.granularity !== 'span' || m.relation !== 'deictic' || m.weekday === undefined || m.unit !== undefined || m.endWeekday !== undefined || m.day) return null;
	if (resolved && (resolved.granularity !== 'day' || (resolved.start >= trip.start && resolved.end <= trip.end))) return null;
	const days: string[] = [];
	for (let d = parseIso(trip.start); iso(d) <= trip.end && days.length < 8; d = addDays(d, 1)) if (weekday(d) === m.weekday) days.push(iso(d));
	if (days.length !== 1) return null;
	const why = note(`“${m.text}”: thứ ấy trong chuyến đi (${trip.start}–${trip.end})`, `“${m.text}”: that weekday within the trip (${trip.start}–${trip.end})`);
	const dating = trip.dating === 'explicit' || trip.dating === 'publication' ? 'relative' : trip.dating;
	return { start: days[0]!, end: days[0]!, granularity: 'day', partOfDay: m.partOfDay ?? null, dating, confidence: Math.round((resolved?.confidence ?? trip.confidence * 0.85) * 100) / 100, note: why };
}

/**
 * The shape of a sentence's first mention, if any. One read site for the whole loop of extractEvents: mentions (and their arrays)
 * come in many hidden classes (spread copies, optional fields), and a rarely reached `mentions[0]?.shape` in that huge function,
 * having seen only some of them, deoptimised it whole ("wrong map") and made it compile again.
 */
function firstShape(mentions: TimeMention[]): TimeMention['shape'] | undefined {
	return mentions[0]?.shape;
}

/**
 * The sentences extractEvents reads, and what it notes of them on the way, none of it hanging on a year (text, mentions
 * and trigger words only): kept by the caller for a second reading of the page with another article's year (index.ts
 * Read.kept), which then reads the very same sentence objects (so the memos keyed by them answer from memory). Each
 * of its parts is filled once and only read after.
 */
export class PageSentences {
	/** The page's sentences as read: the title dropped, a photo's tag cut off, a sentence of dated clauses cut in clauses (clausesOf); null until read. */
	sentences: Sentence[] | null = null;
	/** A photo story's caption opens with its picture's tag ("[Ảnh 2] Hai bên ký kết …"): the sentence is what follows it. */
	readonly captions = new Set<Sentence>();
	/** A dated bullet's later clauses, each with its first (clausesOf). */
	readonly itemHeads = new Map<Sentence, Sentence>();
	/** isPlanned of each text asked (a pure function of the text). */
	readonly planned = new Map<string, boolean>();
}

/** The sentences of `doc` as extractEvents reads them, noted in `page` (see PageSentences). */
function readSentences(doc: Doc, memo: MentionMemo, page: PageSentences): Sentence[] {
	const title = foldKey(doc.title);
	const sentences: Sentence[] = [];
	const { captions, itemHeads } = page;
	// A photo story's caption opens with its picture's tag (untagged). So does one printed on the line under its picture's stub
	// ("[Ảnh 4/4]" alone on a line, then "Ông X thăm, tặng quà học sinh … trước khi về nước."): the caption's first sentence.
	let lastEnd = doc.body.start;
	for (const s of doc.sentences) {
		const gap = s.start - lastEnd;
		lastEnd = s.end;
		if (foldKeyEquals(s.text, title)) continue;
		const t = untagged(s, captions);
		if (t === s && gap > 3 && gap < 40 && STUB_BEFORE.test(doc.text.slice(s.start - gap, s.start))) captions.add(s);
		for (const c of clausesOf(t, memo, itemHeads)) sentences.push(c);
	}
	return (page.sentences = sentences);
}

export function extractEvents(doc: Doc, opts: ExtractOptions): EventDraft[] {
	const drafts: EventDraft[] = [];
	let now: Reference | null = opts.stamp;
	let anchor: Resolved | null = null;
	// The day of the news, while a flashback ("Trước đó, …") to an earlier day is the anchor.
	let beforeFlashback: Resolved | null = null;
	// The trip's days, once told ("Ngày 14 và 15/11, Đoàn … đã thăm và làm việc tại …").
	let trip: Resolved | null = null;
	// (Read through a function where the sentence's own day is worked out from it: the trip is in turn set from that day.)
	const tripNow = (): Resolved | null => trip;
	// The last single day told by a sentence that made no event ("Chiều 11/4, Trường … tổ chức chương trình vui Tết …"), while no
	// event's day is in force: "Sáng cùng ngày" told after it is that day's morning, not the stay's range told between.
	let toldDay: Resolved | null = null;
	// The stay told only by "Trong hai ngày qua" under the stamp, while no dated day of it has been told (see below).
	let vague: EventDraft | null = null;
	let current: EventDraft | null = null;
	// The article's first event of the news: what its lead tells.
	let lead: EventDraft | null = null;
	// The day the delegation arrived, when told beside its stay ("had arrived late on Thursday"): "On arrival, …" is that day.
	let lastArrival: Resolved | null = null;
	// The flashback now told was counted back from the news ("Trước đó một ngày", "A day earlier").
	let countedBack = false;
	// The earlier day was gone back to unsaid, by its date and part of the day ("Chiều 27/7, … hội đàm với Đoàn." after "Sáng nay
	// (28/7), …"): a trip's day told in its turn, whose earlier part "Sáng cùng ngày" told next is still that day's morning.
	let unsaidBack = false;
	// The earlier event the story went back to, while `resumedUnder` is still the event last told.
	let resumed: EventDraft | null = null;
	let resumedUnder: EventDraft | null = null;
	// The last day told of something done, while a schedule told ahead of it ("Theo chương trình, sáng 12/4, lãnh đạo hai tỉnh sẽ
	// hội đàm …; ngày 13/4, Đoàn đi thăm …") holds the anchor; `scheduleAt` the schedule's paragraph.
	let doneDay: Resolved | null = null;
	let scheduleAt: number | null = null;
	// The day of the programme whose lines follow, and whether it is announced.
	let programme: { day: Resolved; planned: boolean } | null = null;
	// The day a schedule's heading gives the hour-led rows under it (headingDay), and whether it is still to come.
	let headed: { day: Resolved; planned: boolean; weekly: boolean } | null = null;
	// The page is a programme given out ahead, with no stamp (AGENDA_TITLE).
	const agenda = !opts.stamp && AGENDA_TITLE.test(doc.title.trim());
	const memo = opts.mentions ?? new MentionMemo(doc.language);
	const types = opts.types ?? new SentenceTypes();
	// The sentences read, made at the first reading of the page (PageSentences).
	const page = opts.page ?? new PageSentences();
	// isPlanned of a text, worked out once for the page: the rules below ask it of the same sentence several times.
	const plannedOf = page.planned;
	const plannedText = (text: string): boolean => {
		let p = plannedOf.get(text);
		if (p === undefined) plannedOf.set(text, (p = isPlanned(text)));
		return p;
	};
	const sentences = page.sentences ?? readSentences(doc, memo, page);
	const { captions, itemHeads } = page;
	// With no stamp, a wire's dateline in the lead ("CHAMPASAK, June 10 (KPL) – …") dated by the year the page's own evidence
	// gives ("… Fireworks Festival (DIFF) 2024") is when the page was written: it is read as its stamp ("on Saturday" is the
	// Saturday before it, not the one before the day last told).
	if (!opts.stamp && sentences.length) {
		const filed = datelineDay(sentences[0]!, memo, opts.yearFor) ?? greetedDay(sentences, memo, opts.yearFor);
		if (filed) now = (opts = { ...opts, stamp: { ...filed, how: 'dateline' } }).stamp;
	}
	// A weekly digest out after the week it names ("Điểm tin … tuần từ 10 đến 16/6" stamped Monday 17/6): its "tuần tới" is
	// the week after that one, not after the stamp's.
	const week = now && now.how === 'stamp' ? ownWeek(doc.title, sentences[0]?.text ?? '', now.date) : null;
	if (week) now = { ...now!, weekOf: week };
	// A year-end review ("Nhìn lại năm 2019: …" stamped 28/12/2019) tells the days of the year it reviews.
	const reviewed = now && now.how === 'stamp' ? ownYear(doc.title, sentences[0]?.text ?? '', now.date) : null;
	if (reviewed) now = { ...now!, yearOf: reviewed };
	// The signing whose followers are of another agreement (otherAgreement).
	let aside: EventDraft | null = null;
	// The sentence read before the one being read.
	let previous: Sentence | null = null;
	// The article has told that a trip was put off or called off (CALLED_OFF).
	let calledOff = false;
	// A quote lead dated by the words after it, and its day (SPEAKING_AT).
	let saidOn: { day: Resolved; s: Sentence } | null = null;
	// The place in a third country the delegation went on to (onward), folded.
	let abroad: string | null = null;
	// The round-up item being read is of a partner outside Laos.
	let inForeignItem = false;
	// The paragraph of a voice the paper quotes (voxPop).
	let voxParagraph = -1;
	// A trip agreed for later told in the sentence just read, not made the story's current happening (NEXT_LEADS).
	let laterPlan: EventDraft | null = null;
	// A speech's salutation was read (SALUTATION): from there on the page is the speech.
	let inSpeech = false;
	for (const s of sentences) {
		const before = previous;
		previous = s;
		// A second article printed on the page under its own title and stamp: its "sáng nay", "hôm qua" count from that stamp,
		// and nothing of the first article's story goes on in it.
		const restamped = before && s.start - before.end > MIN_ARTICLE_GAP ? articleStampBetween(doc.text.slice(before.end, s.start)) : null;
		if (restamped) {
			now = (opts = { ...opts, stamp: stampReference(restamped.published), stampHour: stampHourOf(restamped.published) }).stamp;
			anchor = beforeFlashback = trip = toldDay = doneDay = null;
			headed = null;
			current = null;
		}
		// A round-up's item opens with its place label ("Nghệ An - Xiêng Khoảng: Ngày 5/4, …"): another
		// story, so what follows no longer tells the previous item's event.
		// So does an item headed by its number ("2. Thái Bình - Hàn Quốc" over "Ngày 16/10, …"); an item whose other side is
		// outside Laos makes no event (its "Đoàn" is no Lao delegation).
		const heading = s.start > (before?.end ?? 0) ? itemHeading(doc.text.slice(before?.end ?? doc.body.start, s.start)) : null;
		// A schedule's day heading above the sentence (WEEKDAY_HEADING, TIME_LABEL) dates the hour-led rows from here on; the first
		// row's heading may stand just above where the body was found to start.
		const lines = before ? doc.text.slice(before.end, s.start) : doc.text.slice(doc.text.lastIndexOf('\n', Math.max(0, doc.text.slice(0, s.start).trimEnd().length - 1)) + 1, s.start);
		const headDay = lines.includes('\n') || !before ? headingDay(lines, memo, now, opts.yearFor) : s.text.startsWith('Thời gian') ? headingDay(s.text, memo, now, opts.yearFor) : undefined;
		// (With no stamp, the rows are still to come when the page is a programme given out ahead: AGENDA_TITLE.)
		if (headDay !== undefined) headed = headDay && { ...headDay, planned: opts.stamp ? dayDiff(parseIso(headDay.day.start), opts.stamp.date) > 0 : agenda };
		const label = heading ?? (opensItem(s.text) && s.text.indexOf(':') > 0 ? s.text.slice(0, s.text.indexOf(':')) : null);
		if (label !== null) {
			current = null;
			inForeignItem = foreignItem(label);
		}
		if (inForeignItem) continue;
		// What the delegation does in the third country it went on to ("Từ chiều 21/6, Đoàn tiếp tục sang tỉnh Mukdahan (Thái Lan)
		// …" then "Đến hết ngày 22/6, Đoàn ở lại Mukdahan làm việc với …") is no Vietnam–Laos happening.
		if (abroad && !onward(s.text) && namesPlace(s.text, abroad)) continue;
		// A delegation of a third country received ("Đầu tháng Chín, tỉnh X cũng đã đón đoàn doanh nghiệp Nhật Bản …", "The city
		// also welcomed a Japanese business delegation …"), and what a voice the paper quotes tells of a business of her own ("Bà X,
		// Giám đốc một công ty thực phẩm …, kể chuyến khảo sát …"): no Vietnam–Laos happening, and no part of the one told before;
		// nor are her words in the rest of her paragraph ('"Thủ tục … đã nhanh hơn nhiều", ông nói.').
		if (s.paragraph === voxParagraph) continue;
		if (voxPop(s.text)) {
			voxParagraph = s.paragraph;
			continue;
		}
		if (thirdCountryGuests(s.text)) continue;
		if (holds(s.text, 'k', 'ết công tác') && ownReview(s.text)) continue;
		// (Tried only where its words may be: most sentences hold none.)
		const offHere = CALLED_OFF_HINT.test(s.text) && CALLED_OFF.test(s.text);
		if (offHere) calledOff = true;
		// A programme's closing formula ("… hẹn gặp lại quý vị vào bản tin thời sự sáng mai") names its next edition, no happening.
		if (holds(s.text, 'g', 'ặp lại') && SIGN_OFF.test(s.text)) continue;
		if (holds(s.text, 'h', 'úc') && WISH.test(s.text)) continue;
		if (forecast(s.text)) continue;
		// A speech given at the happening the lead told ("Chiều 10/9, … đã hội đàm … Cổng … giới thiệu toàn văn phát biểu của đồng
		// chí X tại buổi hội đàm." / "Kính thưa …!" / "Hôm nay, … chúng tôi rất vui mừng được đón tiếp Đoàn …"): its "hôm nay", "ngày
		// mai" count from the day it was spoken, that happening's, not from the page's stamp (posted the next morning).
		if (!inSpeech && s.text.endsWith('!') && SALUTATION.test(s.text)) {
			inSpeech = true;
			const at = current?.role === 'main' && current.status === 'occurred' && current.date?.granularity === 'day' && current.date.start === current.date.end ? current.date : null;
			if (at) now = { date: parseIso(at.start), dating: at.dating, confidence: at.confidence, how: now?.how === 'dateline' ? 'dateline' : opts.stamp ? 'stamp' : 'narrative' };
		}
		// The days first planned, then moved: no event (PUT_OFF dates the trip). So is the plan told after the news that the trip
		// was put off ("… đã thống nhất tạm hoãn chuyến thăm …" / "Theo kế hoạch, Đoàn sẽ thăm … từ ngày 23 đến 25/3"), or right
		// before it ("Theo kế hoạch, Đoàn … sẽ thăm … từ ngày 8 đến 10/9. Tuy nhiên, do bão, chuyến thăm đã bị hủy."): a plan
		// that did not stand.
		// So is a plan told undone in its own sentence, its date before the words that undo it ("The visit had originally been
		// planned for April 2020 but was postponed twice"), unless it tells the new time too (PUT_OFF, below).
		if (FIRST_PLAN.test(s.text) || (AS_PLANNED.test(s.text) && (calledOff || calledOffNext(sentences, s))) || (offHere && undonePlan(s, memo))) {
			if (current && current.role === 'main') current.followers.push(s);
			continue;
		}
		// "Trước sự chứng kiến của đại biểu hai tỉnh, Hội X và Hội Y ký kết Biên bản ghi nhớ …": an act told as looked on by those
		// present is done, there and then: a signing (or a handover) at the happening last told as done, on its day, unless it names
		// a day of its own or a plan.
		const witnessed = s.text.startsWith('Trước sự chứng kiến') || s.text.startsWith('trước sự chứng kiến') ? witnessedAct(s, doc, drafts, memo) : null;
		if (witnessed) {
			drafts.push(witnessed);
			current = witnessed;
			continue;
		}
		// "Tại buổi tiếp, …": what was said at a happening told before, unless the rest tells a happening of its own.
		// The rest is typed on its own: the name of the happening told before is not what the sentence tells.
		let at: RegExpExecArray | null = current && current.role === 'main' ? AT_THE_EVENT.exec(s.text) : null;
		let backTo: EventDraft | null = null;
		// After background told between ("Tháng 3/2023, Đoàn … sang thăm …; tháng 6, …" recalled in a year review, under its own
		// subheading), "Tại hội nghị, …" goes back to the conference the news told: the story is at it again. (Only a happening
		// of that kind told as news.)
		if (!at && current?.role !== 'main' && (s.text.startsWith('Tại ') || s.text.startsWith('Trong ') || s.text.startsWith('Bên lề ') || s.text.startsWith('Nhân dịp '))) {
			const back = AT_THE_EVENT.exec(s.text);
			// (The one told on a day of its own: "Dự hội nghị có … trưởng đoàn … sang thăm, làm việc tại Quảng Nam từ ngày 26 - 28/12" is the stay.)
			const kinds = back && !back[4] ? namedKinds((back[1] ?? back[3]).replace(/\s+/g, ' ')) : [];
			const named = drafts.findLast((d) => d.role === 'main' && d.status === 'occurred' && kinds.includes(d.type) && d.date?.granularity === 'day' && d.date.start === d.date.end);
			if (named) (at = back), (current = backTo = named);
		}
		// "Tiếp và làm việc với Đoàn, ông X …" names the meeting with the delegation only to come back to it from a flashback
		// ("Trước đó một ngày, Đoàn làm thủ tục nhập cảnh …"); otherwise it goes on with the happening just told. With a day of
		// its own it is a reception told anew.
		// ("Phát biểu tại buổi lễ, …" after "Tối 12/8, Đoàn đến …": the story is back at the news, whose afternoon "Chiều cùng ngày" is.)
		if (at) unsaidBack = false;
		if (at?.[4] && (!beforeFlashback || memo.of(s).some((m) => rank(m) > 0 && m.shape !== 'year' && datesTheSentence(m, s.text)))) at = null;
		// "At the talks on the 20th, Mayor X said …" after a flashback to the arrival: the talks the news told of that day, which the
		// story is back at ("The two sides signed …" next is of that day); named on a day not theirs, a happening of its own.
		if (at?.[3] && !backTo) {
			const own = memo.of(s).find((m) => m.end <= at![0].length && rank(m) > 0);
			if (own) {
				const day = resolveMention(own, { now, anchor, year: now ? null : opts.yearFor(own.month) });
				const named = namedEvent(drafts, at, current!, beforeFlashback);
				if (!day || named.date?.start !== day.start || named.date.end !== day.end) at = null;
			}
		}
		// "Tại buổi hội đàm diễn ra ngay sau đó, …" after "Sáng 25/5, Đoàn … được … đón tiếp": a happening of another kind than the
		// one just told, named as following it, is a happening of its own, on that day; "ngay sau đó" (right after) in the same
		// part of it too. (Named as following a happening of its own kind, it is that one told again; "buổi làm việc" so named is a
		// working session, not the welcome it may elsewhere name.)
		const following = at?.[1] && current?.role === 'main' && current.status === 'occurred' && current.date?.granularity === 'day' && current.date.start === current.date.end ? FOLLOWING_NAMED.exec(at[0]) : null;
		const followingKind = following ? namedKinds(at![1].replace(/\s+/g, ' '))[0] : null;
		if (following && followingKind !== current!.type) {
			const day = current!.date!;
			const on: Resolved = sameDayAs(day, note('; diễn ra sau sự kiện được kể ngay trước', '; held after the happening told just before'), following[1] ? day.partOfDay : null);
			const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: followingKind!, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
			drafts.push(draft);
			current = draft;
			continue;
		}
		// (Documents counted are signed there too: "Tại hội nghị, 12 doanh nghiệp … đã ký 5 bản ghi nhớ hợp tác …"; elsewhere a count
		// tells a record, "Trong hai ngày qua, các doanh nghiệp … đã ký 6 biên bản …".)
		const told = at ? (classify(s.text.slice(at[0].length)) ?? (COUNTED_SIGNING.test(s.text) ? 'signing' : null)) : null;
		// (Telling a happening of its own there, "At the talks, Dinh said … Both sides agreed …", the story is back at that day too.)
		if (at && told) {
			const named: EventDraft = backTo ?? namedEvent(drafts, at, current!, beforeFlashback);
			if (named !== current && named.date?.granularity === 'day' && named.date.start === named.date.end) (anchor = named.date), (beforeFlashback = null);
			// An act done there, with no day of its own ("Tại hội nghị, 12 doanh nghiệp … đã ký 5 bản ghi nhớ hợp tác …", "Tại buổi
			// tiếp, hai bên đã ký kết …"): a happening of the named one's day. (A year or a term in it, "giai đoạn 2018-2020", dates
			// nothing; a day would be its own.)
			const rest = s.text.slice(at[0].length);
			const atDay = named.status === 'occurred' ? dayAtNamed(named, current!) : null;
			if ((told === 'signing' || told === 'ceremony') && atDay && doneThere(rest) && !plannedText(rest) && !memo.of(s).some((m) => rank(m) > 0 && datesTheSentence(m, s.text))) {
				const on: Resolved = sameDayAs(atDay, note('; làm tại sự kiện được nhắc tới', '; done at the happening named'));
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: told, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
			// A speech there recalling history by its day ("Phát biểu tại lễ kỷ niệm, ông X nhắc lại, Thỏa thuận … được ký kết tại …
			// (ngày 5/9/2016) …"): the speech, on the named happening's day; the day recalled dates nothing.
			const found0 = memo.of(s);
			if (SPOKE_AT.test(s.text) && named.status === 'occurred' && named.date?.granularity === 'day' && found0.some((m) => m.shape === 'day' && !m.relation && !datesTheSentence(m, s.text)) && !found0.some((m) => rank(m) > 0 && datesTheSentence(m, s.text))) {
				const on: Resolved = sameDayAs(named.date, note('; phát biểu tại sự kiện được nhắc tới', '; said at the happening named'));
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: named.type, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		if (at && !told) {
			let named: EventDraft = backTo ?? namedEvent(drafts, at, current!, beforeFlashback);
			// ("Phát biểu tại buổi lễ, đồng chí X …" after a ceremony recalled in passing: the news's, if X is its.)
			if (named === current && beforeFlashback && !memo.of(s).length) named = backAtNews(s, current, beforeFlashback, drafts) ?? named;
			named.followers.push(s);
			// Named after another happening was told ("The Bokeo delegation arrived … the previous day. At the talks, …"), it is
			// what the story has gone back to: what follows goes on with it, and "that day" is its day.
			if (named !== current) {
				current = named;
				if (named.date?.granularity === 'day' && named.date.start === named.date.end) (anchor = named.date), (beforeFlashback = null);
			}
			continue;
		}
		let found = memo.of(s);
		// A wire dateline ("VIENTIANE, March 12 (KPL) –") is when the story was filed: the moment its
		// "yesterday" counts from, not the day of what it tells.
		// A dateline always has its agency in brackets: no "(", no dateline.
		const line = s.text.includes('(') ? DATELINE.exec(s.text) : null;
		if (line) {
			const filed = found.find((m) => m.end <= line[0].length && m.shape === 'day' && !m.relation);
			found = found.filter((m) => m.start >= line[0].length);
			// The dateline is nearer the story than a page stamp (a paper may post a wire story a day later).
			const day = filed ? resolveMention(filed, { now: opts.stamp, anchor: null, year: opts.stamp ? null : opts.yearFor(filed.month) }) : null;
			if (day) now = { date: parseIso(day.start), dating: day.dating, confidence: day.confidence, how: opts.stamp ? (opts.stamp.how === 'dateline' ? 'dateline' : 'stamp') : 'narrative' };
		}
		let mentions = found.filter((m) => rank(m) > 0 && datesTheSentence(m, s.text));
		// "Dịp này, Đoàn được mời tham dự Tuần lễ Văn hóa … tổ chức hằng năm vào tháng 12": the sentence's time is a yearly custom's,
		// what the delegation is told of or asked to; the occasion opening it dates no happening on the day told before.
		if (mentions.length && mentions.length < found.length) {
			const custom = occasionOfCustom(mentions, found, s.text);
			if (custom) mentions = mentions.filter((m) => m !== custom);
		}
		// A trip agreed for later, its leader told in the next sentence, undated ("Hai bên thống nhất chuyến thăm của Đoàn tỉnh X sẽ
		// được tổ chức lại vào tháng 12 tới. Ông Y khẳng định sẽ trực tiếp dẫn đoàn sang …", "Đoàn sẽ do ông Y dẫn đầu"): news names
		// the delegation, then who heads it; that sentence is the plan's too, though the story goes on with the day told before.
		if (laterPlan && laterPlan.sentence === before && !mentions.length && s.text.includes('oàn') && NEXT_LEADS.test(s.text)) laterPlan.followers.push(s);
		laterPlan = null;
		// An invitation accepted to come for an occasion whose name holds its year ("X nhận lời mời dẫn Đoàn … sang thăm Thừa
		// Thiên Huế nhân dịp Festival Huế 2018", "… sang Đà Nẵng dự Lễ hội Thanh niên Việt - Lào năm 2024"): the trip to come, in
		// that year.
		if (!mentions.length && holds(s.text, 'nh', 'ận lời') && ACCEPTED.test(s.text)) {
			const y = occasionYear(s.text);
			if (y) mentions = [y];
			// Or for an anniversary, its two days bracketed ("… nhận lời sang thăm Y dịp kỷ niệm 45 năm Ngày Giải phóng … (30/4/1975 -
			// 30/4/2020)"): the first is the day of history, the later is the anniversary the visit is for, which it comes in the
			// days up to.
			else {
				const a = anniversaryAhead(found, s.text);
				if (a) mentions = [a];
				// Or for the happening the sentence before announced, with no time word of its own ("Hai bên thống nhất tổ chức Hội chợ
				// … vào tháng 4/2026." / "Đồng chí X nhận lời dẫn đoàn … sang Hà Tĩnh dự hội chợ."): that happening's time, set where
				// the sentence names it.
				else {
					const ahead = LED_DELEGATION.test(s.text) || COMING.test(s.text) ? attendedAhead(s, before, memo, now) : undefined;
					const at = ahead ? ATTEND.exec(s.text) : null;
					if (ahead && at) mentions = [{ ...ahead, start: at.index, end: at.index + at[0].length }];
				}
			}
		}
		// "Trong dịp này, X nhận lời … sang thăm … vào dịp kỷ niệm … (28/7/1929 - 28/7/2026)": the occasion told is where the
		// invitation was taken up; the visit accepted comes for the anniversary, as with no time word at all (above).
		else if (mentions.length && holds(s.text, 'nh', 'ận lời') && mentions.every((m) => m.relation === 'anaphoric') && ACCEPTED.test(s.text)) {
			const a = anniversaryAhead(found, s.text);
			if (a) mentions = [a];
		}
		// A relative clause set off by commas tells background of its subject ("The delegation, which was on a working visit to
		// Laos from August 15 to 17, travelled to Champassak province on the 16th"): the main verb's day dates the sentence.
		const aside0 = mentions.length > 1 && (s.text.includes(', which') || s.text.includes(', who')) ? RELATIVE_ASIDE.exec(s.text) : null;
		if (aside0) {
			const inside = (m: TimeMention) => m.start >= aside0.index && m.end <= aside0.index + aside0[0].length;
			if (mentions.some((m) => !inside(m))) mentions = mentions.filter((m) => !inside(m));
		}
		// A later act told after "before …ing" ("On June 22 and 23, the delegation surveyed tour routes … before returning home …
		// late on Sunday"): its day is the return's; the sentence's own day is the one told before it.
		if (mentions.length > 1 && s.text.includes('before')) {
			const later = BEFORE_LATER_ACT.exec(s.text);
			if (later && mentions.some((m) => m.end <= later.index)) mentions = mentions.filter((m) => m.end <= later.index);
		}
		// So in Vietnamese, a time told inside a "trước khi …" or "sau khi …" clause ("sáng nay (25/6), Đoàn thăm … trước khi về
		// nước vào ngày 26/6", "Sau khi kết thúc chương trình tại X từ 3 - 5/9, sáng 6/9 Đoàn …"): it dates the act that clause
		// names, not the main verb's; another time word of the sentence dates that.
		if (mentions.length > 1 && s.text.includes('khi')) {
			const inWhen = whenClauses(s.text);
			const own = (m: TimeMention) => m.relation === 'anaphoric' || !inWhen.some(([a, b]) => m.start >= a && m.end <= b);
			if (inWhen.length && mentions.some(own)) mentions = mentions.filter(own);
		}
		// A recollection, then a hope said after it ("Mr X recalled that … during Pi Mai Lao last April, and said he looked forward
		// to returning … in mid-April this year", "Ông nhắc lại … năm 2023, và mong muốn …"): the sentence tells what is recalled,
		// by its own day; the hope's day is a plan's, told elsewhere.
		// (A hope of coming, though, "… and said he looked forward to returning for the Lao New Year in mid-April this year", is that
		// plan told here: a trip of its own, by the hope's day, quoted from the hope; see HOPE_TO_COME.)
		let hoped: { at: number; mention: TimeMention } | null = null;
		if (mentions.length > 1 && RECOLLECTION.test(s.text)) {
			const hope = HOPE_AFTER.exec(s.text);
			if (hope && mentions.some((m) => m.start < hope.index)) {
				const later = mentions.find((m) => m.start > hope.index && m.tense !== 'past' && !(m.relation === 'deictic' && (m.offset ?? 0) < 0));
				const come = later && HOPE_TO_COME.exec(s.text.slice(hope.index, later.start));
				if (come) hoped = { at: hope.index + /^,\s*(?:and\s+|và\s+)?/iu.exec(hope[0])![0].length, mention: later };
				mentions = mentions.filter((m) => m.start < hope.index);
			}
		}
		// Leaving Laos for a third country, dated by its own day ("Hôm nay (23/6), Đoàn rời Lào sang Vương quốc Campuchia, tiếp
		// tục chương trình công tác tại Thủ đô Phnôm Pênh đến hết ngày 24/6"): the other country's programme dates nothing.
		const away = onward(s.text);
		if (away) {
			abroad = away.place;
			if (mentions.some((m) => m.end <= away.at)) mentions = mentions.filter((m) => m.end <= away.at);
		}
		// The days of the trip a departure ends, told after it ("Chiều cùng ngày, Đoàn về nước …, kết thúc chuyến thăm Lào từ
		// 2 - 6/3"): the visit's whole stay, named; the sentence's own day is the other one ("Chiều cùng ngày").
		if (mentions.length > 1 && s.text.includes('kết thúc')) {
			const ended = (m: TimeMention) => ENDED_TRIP.test(s.text.slice(Math.max(0, m.start - 100), m.start));
			if (mentions.some((m) => !ended(m))) mentions = mentions.filter((m) => !ended(m));
		}
		// A deadline told beside the happening ("14 giờ 30 cùng ngày, Đoàn tham quan …; phóng viên … đăng ký … trước 17h00 ngày 19/5",
		// "hạn chót nhận hồ sơ là ngày 10/6", "chậm nhất ngày 5/3"): the day by which something is to be done for it, not its day;
		// the sentence's other time word dates it.
		if (mentions.length > 1 && DEADLINE_HINT.test(s.text)) {
			const due = (m: TimeMention) => DEADLINE.test(s.text.slice(Math.max(0, m.start - 30), m.start));
			if (mentions.some((m) => !due(m))) mentions = mentions.filter((m) => !due(m));
		}
		// A lead that opens with someone's words ('"Các em hôm nay sẽ là …", đồng chí X nói … khi đến thăm Trường … chiều 20/11'):
		// the day and the tense inside the quotation marks are the speaker's; the day written after them dates the sentence.
		let spoken = quoteLeadEnd(s.text);
		// (Words whose only days are inside the quotation marks, '"… trong công cuộc xây dựng đất nước hôm nay", đồng chí X nói.',
		// date nothing told: they go on with the happening they were said at, as undated words do.)
		const saidOnly = spoken > 0 && mentions.length > 0 && mentions.every((m) => m.end <= spoken);
		if (spoken > 0 && mentions.some((m) => m.start >= spoken)) mentions = mentions.filter((m) => m.start >= spoken);
		// (In English, words told in the past, "…," X told the opening session of a … conference': their "today" ("more tourists
		// than it does today") is the speaker's present, on a day the page tells elsewhere, not the stamp's.)
		else if (spoken > 0 && mentions.length && mentions.every((m) => m.relation === 'deictic') && TOLD_AFTER_QUOTE.test(s.text.slice(spoken))) mentions = [];
		else spoken = 0;
		// A month to come named with its occasion, whose name holds its year ("… to the Hue Festival 2026 next November", "… sang
		// dự Lễ hội Hoa Ban năm 2026 vào tháng 11 tới", written in September 2025): the occasion's year, not the month's next coming.
		// (Only a year past the page's: one of the page's own year is what the month's next coming gives anyway.)
		if (now && mentions.some((m) => m.tense === 'future' && m.shape === 'month' && m.year === undefined && !m.relation)) {
			const y = occasionYear(s.text);
			const year = y?.year;
			if (year && year > now.date.year) mentions = mentions.map((m) => (m.tense === 'future' && m.shape === 'month' && m.year === undefined && !m.relation ? { ...m, year } : m));
		}
		mentions.sort((a, b) => rank(b) - rank(a) || a.start - b.start);
		// The day something runs until ("The … Fair opened the same afternoon … and runs until May 26", "… khai mạc chiều cùng ngày,
		// kéo dài đến hết ngày 26/5") is the end of its run, not the day of the happening told: another time word in the sentence
		// dates it, however much weaker ("the same afternoon"). The run's end stays among the mentions, for the run's span.
		if (mentions.length > 1 && mentions.some((m) => !runsUntil(s.text, m))) {
			const ends = mentions.filter((m) => runsUntil(s.text, m));
			if (ends.length) mentions = [...mentions.filter((m) => !ends.includes(m)), ...ends];
		}
		// "- 7h30: Đồng chí … tiếp Đoàn …" under "THỨ BA (21/5)": the heading's day, at its hour. A sentence dated on its own ends
		// the schedule.
		if (headed && mentions.some((m) => m.shape === 'day' && !m.relation)) headed = null;
		const row = headed && !mentions.length ? HOUR_ROW.exec(s.text) : null;
		// (A weekly schedule's row of the host's own work is another moment: no event, and none of the row before it.)
		if (row && headed!.weekly && !ROW_PARTNER.test(s.text.replace(BRACKETED, ''))) continue;
		if (row) {
			const kind = classify(s.text);
			if (kind) {
				const on: Resolved = { ...headed!.day, partOfDay: partOfDayFromClock(row[1]), dating: headed!.day.dating === 'explicit' ? 'relative' : headed!.day.dating, note: cat(headed!.day.note, note('; dòng giờ dưới tiêu đề ngày của lịch', '; an hour row under the schedule’s day heading'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: (headed!.planned && !(agenda && TOLD_DONE.test(s.text))) || plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				anchor = on;
				continue;
			}
		}
		// "Cùng tiếp Đoàn có đại diện lãnh đạo …", "Also present at the talks were …": who else was there, at the encounter told
		// last on a day of its own, though the stay's days were told in between ("Đoàn do … làm Trưởng đoàn, đang thăm … từ ngày
		// 7 đến 12/10"): not a happening of its own somewhere in the stay.
		const alsoOpening = !mentions.length && (s.text.startsWith('Cùng ') || s.text.startsWith('Also ')) ? ALSO_THERE.exec(s.text) : null;
		const alsoThere = alsoOpening ? alsoThereOf(drafts, alsoOpening[0]) : undefined;
		if (alsoThere?.of) {
			alsoThere.of.followers.push(s);
			// (A list naming its meeting takes the story back there: "Về phía Lào có …" that follows lists the guests' side.)
			if (alsoThere.named) current = alsoThere.of;
			continue;
		}
		// "Trước hội đàm, đồng chí X … đã tiếp xã giao Đoàn …" (BEFORE_NAMED): a happening of its own, typed by what follows the
		// opening (the talks it names are not what it tells), on the day of the last one of that kind told on a day of its own,
		// and in its part of the day (right before it). Not the stay's days the sentence before told.
		const prior = !mentions.length && current?.role === 'main' ? BEFORE_NAMED.exec(s.text) : null;
		const priorKinds = prior ? namedKinds((prior[1] ?? prior[2]).replace(/\s+/g, ' ').toLowerCase()) : null;
		const priorOf = priorKinds ? drafts.findLast((d) => d.role === 'main' && priorKinds.includes(d.type) && d.date?.granularity === 'day' && d.date.start === d.date.end) : undefined;
		const priorKind = priorOf ? classify(s.text.slice(prior![0].length)) : null;
		if (priorOf && priorKind) {
			const day = priorOf.date!;
			const on: Resolved = sameDayAs(day, note(`; “${prior![0].replace(/,\s*$/, '')}”, cùng ngày`, '; right before the happening it names, the same day'));
			const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: priorKind, status: priorOf.status === 'planned' || plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
			drafts.push(draft);
			current = draft;
			continue;
		}
		// "Trong chương trình làm việc, Đoàn đã đến thăm …": an undated stop of the trip's programme happened
		// within the trip just told, on one of its days.
		// (A stay told "Vừa qua" is its days too: the week before the stamp.)
		const stay = trip ?? (current?.role === 'main' && current.mention?.recent && current.date && current.date.start !== current.date.end ? current.date : null);
		// So is one told before leaving ("Trước khi về nước, Đoàn đến thăm Đại sứ quán …", "Before leaving, the delegation …"): the
		// last stop, on the stay's last day.
		const lastStop = !mentions.length && BEFORE_LEAVING.test(s.text);
		if (!mentions.length && stay && current?.role === 'main' && (PROGRAMME.test(s.text) || ALSO_DID.test(s.text) || DAYS_PAST.test(s.text) || lastStop)) {
			const kind = types.type(s);
			if (kind) {
				const within: Resolved = lastStop
					? { ...stay, start: stay.end, granularity: 'day', partOfDay: null, dating: 'inferred', confidence: Math.min(stay.confidence, 0.5), note: cat(stay.note, note('; trước khi về: ngày cuối của chuyến thăm', '; before leaving: the visit’s last day'), '') }
					: { ...stay, partOfDay: null, dating: 'inferred', confidence: Math.min(stay.confidence, 0.5), note: cat(stay.note, note('; một điểm trong chương trình chuyến thăm', '; a stop of the visit’s programme'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: within, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// A place's hosts told with no day ("Tại tỉnh Khăm Muồn, đồng chí X … đã tiếp và làm việc với Đoàn") after a programme
		// whose dated bullets give that place its day ("- Ngày 22/8: Đoàn làm việc với … tỉnh Khăm Muồn …"): on that day.
		// (A period told of what is done there dates nothing: "… đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2020 - 2025".)
		const atPlace = mentions.every((m) => m.shape === 'period') && current?.role === 'main' && s.text.startsWith('Tại ') ? AT_PLACE.exec(s.text) : null;
		const placeDay = atPlace ? bulletDayOf(atPlace[1] ?? atPlace[2], drafts, !atPlace[1]) : null;
		const placeKind = placeDay && !plannedText(s.text) ? types.type(s) : null;
		if (placeDay && placeKind) {
			const on: Resolved = sameDayAs(placeDay, note(`; ngày chương trình dành cho ${atPlace![1] ?? atPlace![2]}`, `; the programme's day in ${atPlace![1] ?? atPlace![2]}`), null);
			const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: placeKind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
			drafts.push(draft);
			current = draft;
			anchor = on;
			continue;
		}
		// The delegation visiting and handing gifts with no day (GIFT_VISIT): on the day the story is at, when that is a day of
		// the trip ("Tại U-đôm-xay, Đoàn thăm và tặng …" after "Trong ngày thứ hai của chuyến thăm, Đoàn đã đến … U-đôm-xay"),
		// else within the trip's days.
		if (!mentions.length && (stay || anchor) && current?.role === 'main' && current.status === 'occurred' && !plannedText(s.text) && GIFT_VISIT.test(s.text)) {
			const kind = types.type(s);
			const day = anchor && anchor.granularity === 'day' && (!stay || (anchor.start >= stay.start && anchor.end <= stay.end)) ? anchor : null;
			const base = day ?? stay;
			if (kind && base) {
				const on: Resolved = day
					? { ...day, partOfDay: null, dating: 'relative', confidence: Math.round(day.confidence * 0.9 * 100) / 100, note: cat(day.note, note('; Đoàn thăm, tặng quà trong ngày đang kể, không ghi ngày', '; the delegation’s visit with gifts, on the day being told, no date of its own'), '') }
					: { ...base, partOfDay: null, dating: 'inferred', confidence: Math.min(base.confidence, 0.5), note: cat(base.note, note('; một điểm trong chương trình chuyến thăm', '; a stop of the visit’s programme'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// A stay told by its days only ("Vừa qua, Đoàn … đã sang thăm, làm việc tại tỉnh Xiêng Khoảng", "từ ngày 12 - 15/3"), then
		// the meeting with no day of its own ("Đồng chí X, Bí thư Tỉnh ủy … đã chủ trì hội đàm với Đoàn"): the meeting is an
		// event of the stay, on one of its days, not a detail of the stay. Only right after the stay: once another event is
		// told, an undated meeting goes with that one.
		// (So is the meeting told as the subject, "Buổi hội đàm giữa hai Ban Thường vụ kéo dài gần 3 tiếng …": the talks of the stay.)
		if (!mentions.length && trip && current?.role === 'main' && current.type === 'visit' && current.date && current.date.start !== current.date.end && drafts.at(-1) === current && (STAY_MEETING.test(s.text) || MEETING_TOLD.test(s.text))) {
			const kind = types.type(s);
			if (kind && kind !== 'visit') {
				const within: Resolved = { ...current.date, partOfDay: null, dating: 'inferred', confidence: Math.min(current.date.confidence, 0.5), note: cat(current.date.note, note('; một cuộc gặp trong chuyến thăm, bài không ghi ngày', '; a meeting of the stay, its day not given'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: current.status, role: 'main', mention: null, date: within, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// The delegation arriving somewhere on a day ("Hôm thứ Năm, Đoàn chuyển sang tỉnh Chăm-pa-xắc."), then in the same paragraph
		// the hosts there meeting it, said in full with no day ("Tại thành phố Pắc-xế, đồng chí X … đã tiếp Đoàn và chủ trì hội nghị
		// …"): the meeting of the arrival's day (its part of the day not said).
		if (!mentions.length && current?.role === 'main' && current.type === 'visit' && drafts.at(-1) === current && current.date?.granularity === 'day' && current.sentence.paragraph === s.paragraph && STAY_MEETING.test(s.text)) {
			const kind = types.type(s);
			if (kind && kind !== 'visit') {
				const on: Resolved = sameDayAs(current.date, note('; cuộc gặp khi Đoàn đến, cùng ngày', '; the meeting on the arrival, the same day'), null);
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: current.status, role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				anchor = on;
				continue;
			}
		}
		// Talks held online and in person, then one end of them told with the delegation present there ("Tại điểm cầu Công an tỉnh
		// X, Đại tá A … chủ trì; tham dự trực tiếp có Đoàn công tác … do Đại tá B … làm trưởng đoàn"): that end of the talks, on
		// their day, a happening with the delegation (the sapo's talks name no one who travelled).
		if (!mentions.length && current?.role === 'main' && current.status === 'occurred' && MEETING_KINDS.includes(current.type) && current.date?.granularity === 'day' && current.date.start === current.date.end && AT_ONE_END.test(s.text) && LED_DELEGATION.test(s.text)) {
			const on: Resolved = sameDayAs(current.date, note('; một điểm cầu của cuộc hội đàm vừa kể', '; one end of the talks just told'), null);
			const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: current.type, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
			drafts.push(draft);
			current = draft;
			continue;
		}
		// "- 8h00: Hội đàm …" under "Chương trình dự kiến ngày 12/11:".
		const hour = !mentions.length && programme ? PROGRAMME_LINE.exec(s.text) : null;
		if (hour) {
			const kind = types.type(s);
			if (kind) {
				const on: Resolved = { ...programme!.day, partOfDay: partOfDayFromClock(hour[1]) };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: programme!.planned || plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
			// A line with no happening ("- 12h00: Nghỉ trưa") is still the programme's: the lines after it keep its day.
			if (current && current.role === 'main') current.followers.push(s);
			continue;
		}
		programme = null;
		// A live page's lines, each opened by the hour ("8h30: Tại Trung tâm Hội nghị tỉnh, đồng chí X chủ trì hội đàm với Đoàn.",
		// "14h: Đoàn tham quan …"): what happened that hour of the day the page is stamped.
		const clock = !mentions.length && opts.stamp && current?.role === 'main' ? LIVE_LINE.exec(s.text) : null;
		if (clock) {
			const kind = types.type(s);
			if (kind) {
				const day = iso(opts.stamp!.date);
				const on: Resolved = { start: day, end: day, granularity: 'day', partOfDay: partOfDayFromClock(clock[2]), dating: 'relative', confidence: 0.8, note: note(`giờ “${clock[1]}” trong bài tường thuật trực tiếp, ngày đăng bài`, `the hour “${clock[1]}” of a live report, on the day it is stamped`) };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// "Lúc 14h00, Đoàn khảo sát Khu công nghệ cao …" after "Lúc 8 giờ 30 ngày 3/10, … hội đàm …": an hour with no day goes on
		// with the day in force, at that hour (not one earlier than the part of the day already told: that would be another day).
		const at_hour = !mentions.length && anchor?.granularity === 'day' && anchor.start === anchor.end && current?.role === 'main' && current.status === 'occurred' ? BARE_CLOCK.exec(s.text) : null;
		if (at_hour) {
			const pod = partOfDayFromClock(at_hour[1]);
			// (The part told latest of that day, by any happening of it: "Kết thúc hội đàm, …" is the day's but names no part.)
			const told = Math.max(-1, ...drafts.filter((d) => d.date?.granularity === 'day' && d.date.start === anchor!.start && d.date.end === anchor!.end && d.date.partOfDay).map((d) => DAY_ORDER.indexOf(d.date!.partOfDay!)));
			const kind = pod && DAY_ORDER.indexOf(pod) >= told && !plannedText(s.text) ? types.type(s) : null;
			if (kind) {
				const on: Resolved = sameDayAs(anchor!, note(`; “${at_hour[0].slice(0, -1).trim()}”, cùng ngày`, `; “${at_hour[0].slice(0, -1).trim()}”, the same day`), pod);
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// "Sau đó, Đoàn đã dâng hương tại …": on the day just told (SEQUEL).
		// "The signing followed a working session in Vientiane co-chaired by …", "Lễ ký kết diễn ra sau buổi hội đàm giữa …": the
		// meeting before the happening just told, on its day.
		const before1 = !mentions.length && current?.role === 'main' && current.status === 'occurred' && current.date?.granularity === 'day' ? FOLLOWED.exec(s.text) : null;
		const kind1 = before1 ? classify(s.text.slice(before1[0].length)) : null;
		if (before1 && kind1 && MEETING_KINDS.includes(kind1)) {
			const on: Resolved = { ...current!.date!, partOfDay: null, dating: 'relative', confidence: Math.round(current!.date!.confidence * 0.9 * 100) / 100, note: cat(current!.date!.note, note('; trước sự kiện vừa kể, cùng ngày', '; before the happening just told, that day'), '') };
			const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind1, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
			drafts.push(draft);
			current = draft;
			continue;
		}
		const sequel = !mentions.length && (anchor || lastArrival) && current?.role === 'main' ? SEQUEL.exec(s.text) : null;
		if (sequel) {
			const kind = types.type(s);
			const arriving = ON_ARRIVAL.test(sequel[0]) && lastArrival;
			const told = kind && resolveMention({ shape: 'day', relation: 'anaphoric', offset: 0, partOfDay: null, start: 0, end: sequel[0].length - 1, text: sequel[0].slice(0, -1).trim() }, { now, anchor: arriving || anchor, year: null });
			if (kind && told) {
				// "After" may run into the next part of the day: the day is said, not when in it.
				const on: Resolved = { ...told, partOfDay: null, confidence: Math.round(told.confidence * 0.9 * 100) / 100 };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: plannedText(s.text) ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				// The story is back at the arrival's day: "Earlier in the day, the delegation had stopped at …" is that day's.
				if (arriving && anchor && arriving.start !== anchor.start) (beforeFlashback = anchor), (anchor = arriving);
				continue;
			}
		}
		// The act done once, told undated right after a happening of a day (DONE_ACT): on that day, in no part of it said.
		// With no day told yet, the meeting just told by a window of days ("Earlier this week, X received a delegation of …" / "The
		// two sides signed a Memorandum of Understanding …"): the act was done at it, within the same days.
		const atMeeting = !anchor && current?.role === 'main' && current.status === 'occurred' && MEETING_KINDS.includes(current.type) && current.date && current.date.granularity !== 'day' && before === current.sentence ? current.date : null;
		const act = !mentions.length && (anchor || atMeeting) && current?.role === 'main' && current.status === 'occurred' && !plannedText(s.text) ? DONE_ACT.exec(s.text) : null;
		if (act) {
			const kind = types.type(s);
			const day = kind === 'signing' || kind === 'ceremony' ? (anchor ? actDay(drafts, s.text, before, anchor) : atMeeting) : null;
			if (kind && day) {
				const on: Resolved = { ...day, partOfDay: null, dating: 'relative', confidence: Math.round(day.confidence * 0.9 * 100) / 100, note: cat(day.note, note('; kể tiếp ngay sau, không ghi ngày', '; told right after, with no date of its own'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// "Ngày cuối cùng của chuyến thăm, Đoàn đã làm việc với …", "Trong ngày đầu tiên của chuyến công tác, …", "Cũng trong
		// ngày thứ hai của chuyến thăm, …": a day of the trip just told, its last, its first or the one counted.
		const ofTrip = trip ?? openStay(current, opts.stamp);
		const edge0 = !mentions.length && ofTrip && current?.role === 'main' ? TRIP_EDGE.exec(s.text) : null;
		const edge = edge0 && !((edge0[5] ?? edge0[2]) && /thứ\s+\p{Lu}/u.test(edge0[5] ?? edge0[2])) ? edge0 : null;
		// ("On the final day of the visit, the two cities signed …": English told the same way.)
		const which = edge ? (edge[1] ?? edge[2] ?? edge[4] ?? edge[5] ?? EDGE_EN[edge[3].toLowerCase()]) : '';
		const nth = edge && /^thứ/iu.test(which) ? (Number(which.slice(-1)) || ORDINAL_DAYS.indexOf(which.replace(/^thứ\s+/iu, '').toLowerCase()) + 2) : 1;
		// Days counted back from the news ("Trong hai ngày qua" under a stamp of the 22nd, read 21–22) give way to a day of the trip
		// told by its date just before their start ("Chiều 20/11, ông X đón Đoàn …"): the trip began then, and "Ngày thứ hai của
		// chuyến thăm" is the 21st.
		const began = edge && ofTrip!.dating === 'relative' ? drafts.find((d) => d.role === 'main' && d.status === 'occurred' && d.date?.granularity === 'day' && (d.date.dating === 'explicit' || d.date.dating === 'publication') && d.date.start < ofTrip!.start && dayDiff(parseIso(ofTrip!.start), parseIso(d.date.start)) <= 2)?.date : undefined;
		const first = began && !/cuối/iu.test(which) ? began.start : ofTrip?.start ?? '';
		// (A day past the trip's end is no day of it.)
		if (edge && (nth === 1 || iso(addDays(parseIso(first), nth - 1)) <= ofTrip!.end)) {
			const kind = types.type(s);
			if (kind) {
				const last = /cuối/iu.test(which);
				const day = last ? ofTrip!.end : iso(addDays(parseIso(first), nth - 1));
				// (The hour told next gives the part of the day: "Ngày làm việc thứ hai, lúc 8 giờ 30, …" is that day's morning.)
				const hourAt = EDGE_CLOCK.exec(s.text.slice(edge[0].length));
				const on: Resolved = { ...ofTrip!, start: day, end: day, granularity: 'day', partOfDay: hourAt ? partOfDayFromClock(hourAt[1]) : null, dating: 'relative', note: cat(ofTrip!.note, note(`; ${edge[0].trim()}`, last ? '; the last day of the trip' : nth > 1 ? `; day ${nth} of the trip` : '; the first day of the trip'), '') };
				// An itinerary's line says no tense: its day is done or to come by the stamp ("Ngày thứ ba: dâng hoa …" of a trip from
				// 8/10, under a stamp of 9/10, is planned).
				const ahead = !!edge[5] && !!opts.stamp && day > iso(opts.stamp.date);
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: plannedText(s.text) || ahead ? 'planned' : 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				// A day of the trip counted past a flashback ("Tối hôm trước, Đoàn đã đến …" after the 17th's news, then "Ngày thứ hai
				// của chuyến thăm, Đoàn đến tỉnh Sa-la-van"): the story has moved on to it, and "Trong dịp này" told next is its occasion.
				if (beforeFlashback && day >= beforeFlashback.start) (beforeFlashback = null), (countedBack = false), (unsaidBack = false);
				anchor = on;
				continue;
			}
		}
		// A photo story's caption with no day ("[Ảnh 5] Đoàn thăm và tặng quà Trường …" after "[Ảnh 4] Ngày thứ hai của chuyến công
		// tác, …"): each picture is a happening of the trip, on the day the captions before it reached.
		if (!mentions.length && captions.has(s) && anchor && anchor.granularity === 'day' && current?.role === 'main' && current.status === 'occurred' && current.date?.granularity === 'day' && !plannedText(s.text) && !INVITATION.test(s.text)) {
			const kind = types.type(s);
			if (kind) {
				const on: Resolved = { ...anchor, partOfDay: null, dating: 'relative', confidence: Math.round(anchor.confidence * 0.8 * 100) / 100, note: cat(anchor.note, note('; ảnh tiếp theo trong phóng sự ảnh, không ghi ngày', '; the next picture of a photo story, with no date of its own'), '') };
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// A dated bullet's later clause with no day of its own ("- Ngày 10/4: … tiếp xã giao Đoàn; Đoàn làm việc với Sở … do đồng chí
		// X chủ trì"): the day's next activity, an event of the bullet's day (its host not lent to the first clause's).
		const head = !mentions.length ? itemHeads.get(s) : undefined;
		const headDraft = head && current?.role === 'main' && current.sentence === head && current.date?.granularity === 'day' ? current : null;
		if (headDraft) {
			const kind = types.type(s);
			if (kind) {
				const day = headDraft.date!;
				const on: Resolved = sameDayAs(day, note('; vế sau của mục cùng ngày', '; the next clause of the day’s item'), null);
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: headDraft.status, role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				current = draft;
				continue;
			}
		}
		// The happening the quote lead's words were said at, told next ("Phuc was speaking at a ceremony where … signed a memorandum
		// …", "Ông X phát biểu tại Lễ ký kết …"): on the day the lead gives.
		// (A term named there, "giai đoạn 2026-2030", dates nothing.)
		if (saidOn && before === saidOn.s && mentions.every((m) => m.shape === 'year' || m.shape === 'period') && SPEAKING_AT.test(s.text)) {
			const kind = types.type(s);
			if (kind) {
				const day = saidOn.day;
				const on: Resolved = sameDayAs(day, note('; nơi lời phát biểu ở câu trước được nói', '; where the words of the lead were said'));
				const draft: EventDraft = { doc, sentence: s, quote: clauseAround(s, 0), type: kind, status: 'occurred', role: 'main', mention: null, date: on, followers: [] };
				drafts.push(draft);
				lead ??= draft;
				current = draft;
				continue;
			}
		}
		// Most sentences hold no date: classify only those that do (the trigger regexes are the costly part).
		const words = mentions.length ? types.words(s) : 0;
		// (A quote lead's happening is told after the quotation: the speaker's "ngày hội" is no ceremony.)
		let type = mentions.length ? (told ?? (spoken > 0 ? classify(s.text.slice(spoken)) : types.type(s))) : null;
		// A happening told with its day, said to have followed another counted back from it ("The conference on the 4th followed a
		// welcome banquet hosted by … the previous evening"): the sentence tells the earlier one, of its own, on the day counted
		// from that day (the first is told already).
		const after = mentions.length > 1 ? PRECEDED_BY.exec(s.text) : null;
		const onDay = after ? mentions.find((m) => m.end <= after.index && m.shape === 'day') : undefined;
		const eve = onDay ? mentions.find((m) => m.start >= after!.index + after![0].length && m.relation === 'anaphoric' && m.unit === 'day' && (m.offset ?? 0) < 0 && !m.at) : undefined;
		const eveKind = eve ? classify(s.text.slice(after!.index + after![0].length)) : null;
		const countFrom = eve && eveKind ? resolveMention(onDay!, { now, anchor, year: now ? null : opts.yearFor(onDay!.month) }) : null;
		const evening = countFrom?.granularity === 'day' ? eve : undefined;
		if (evening) type = eveKind;
		// The happening a day is counted from is not what the sentence tells: "Tối hôm trước ngày khai mạc, Đoàn đã qua Cửa khẩu …".
		if (type && mentions[0]?.at && /^\p{Ll}/u.test(mentions[0].at)) type = classify(s.text.slice(mentions[0].end)) ?? type;
		if (!type && firstShape(mentions) === 'day' && s.text.trimEnd().endsWith(':')) {
			const day = resolveMention(mentions[0], { now, anchor, year: now ? null : opts.yearFor(mentions[0].month) });
			if (day) programme = { day, planned: plannedText(s.text) || (!!opts.stamp && dayDiff(parseIso(day.start), opts.stamp.date) > 0) };
		}
		// A dated item of the trip's programme is one of its happenings whatever its verb ("- Ngày 21/11: Giao lưu với lưu học sinh
		// Lào tại …" under "Từ ngày 19 đến hết ngày 22/11, Đoàn …"): a stop of the visit, on that day.
		if (!type && trip && firstShape(mentions) === 'day' && DATED_BULLET.test(s.text) && !s.text.trimEnd().endsWith(':')) {
			const day = resolveMention(mentions[0], { now, anchor, year: now ? null : opts.yearFor(mentions[0].month) });
			if (day && day.granularity === 'day' && day.start >= trip.start && day.end <= trip.end) type = 'visit';
		}
		// An act agreed for a period to come ("agreed to sign a memorandum … in the third quarter"): planned for it (AGREED_ACT).
		// (A forum agreed on is one whether or not its name already typed the sentence a conference: "Hội thảo khoa học …".)
		// (Or told at a working session with no day of its own: "Tại buổi làm việc …, hai bên thống nhất mở tuyến … trong quý III" —
		// the quarter is the act's; a session with its day keeps it, "Sáng 5/6, hai bên làm việc và thống nhất …".)
		const agreedTo = (!type || type === 'conference' || (type === 'working_session' && mentions.every((m) => m.shape !== 'day' && m.shape !== 'span'))) && mentions.length && (s.text.includes('greed') || holds(s.text, 'nh', 'ất')) ? agreedAct(s.text, mentions) : null;
		if (agreedTo) type = agreedTo.type;
		// A trip put off to new days is the trip, announced for them.
		// (Whatever else the sentence names, "… lùi sang tháng 5 để hai bên chuẩn bị nội dung ký kết", it tells a move.)
		const movedPlan = mentions.length > 0 && PUT_OFF.test(s.text);
		const putOff = movedPlan && (type === null || type === 'visit');
		if (putOff) type = 'visit';
		// So is a delegation its leader accepts to lead, whatever it goes to do: "ông X nhận lời mời dẫn đoàn doanh nghiệp thành
		// phố … sang dự Hội chợ Thương mại tỉnh … vào tháng 2/2026" (a fair named with no "diễn ra" is no happening of its own).
		if (!type && (words & INVITATION_BIT) !== 0 && ACCEPTED.test(s.text) && LED_DELEGATION.test(s.text)) type = 'visit';
		// A lead with no day ("Đoàn … do đồng chí X làm trưởng đoàn đã có chuyến thăm, làm việc tại hai tỉnh …"), then the trip's days
		// on their own ("Chuyến công tác diễn ra từ chiều 20/8 đến hết ngày 22/8"): the lead is the trip, over those days, and
		// "Ngày thứ hai của chuyến thăm" counts from their first.
		const tripLead = !type && !lead && firstShape(mentions) === 'span' && TRIP_DAYS.test(s.text) ? undatedTripLead(sentences, drafts) : undefined;
		const tripKind = tripLead && types.type(tripLead);
		const tripDays = tripKind === 'visit' || tripKind === 'working_session' ? resolveMention(mentions[0], { now, anchor, year: now ? null : opts.yearFor(mentions[0].month) }) : null;
		if (tripLead && tripDays?.granularity === 'span' && tripKind) {
			const draft: EventDraft = { doc, sentence: tripLead, quote: { start: tripLead.start, end: tripLead.end, text: tripLead.text }, type: tripKind, status: 'occurred', role: 'main', mention: mentions[0], date: tripDays, followers: [s] };
			drafts.push(draft);
			lead = current = draft;
			trip = tripDays;
			continue;
		}
		// The trip's days told after a lead of one day ("Sáng ngày 9, … Đoàn … đã hội đàm …" / "Chuyến thăm và làm việc của Đoàn
		// diễn ra trong 4 ngày, từ ngày 8 đến 11/10/2024, theo chương trình như sau:"): the visit, over those days, and what its
		// itinerary's "Ngày thứ nhất: …" counts from.
		if (!type && !trip && lead && firstShape(mentions) === 'span' && TRIP_DAYS.test(s.text)) type = 'visit';
		// A programme given out ahead names the visit's days on a line of their own (BARE_DAYS, under "II. THỜI GIAN"): the
		// visit, planned over them (the weekdays in brackets gloss its ends: "(Thứ Năm đến Thứ Bảy)").
		const agendaDays = !type && agenda && BARE_DAYS.test(s.text) && mentions.some((m) => m.shape === 'span');
		if (agendaDays) (type = 'visit'), (mentions = mentions.filter((m) => m.shape === 'span'));
		if (!type) {
			// A lead that opens with someone's words and says when they were said ('"…," X said in Pakse on Friday (Nov 21).'): that
			// is the news day, what "earlier in the day" counts from, and the happening told next as where they were said is on it.
			const said = spoken > 0 ? (mentions.find((m) => m.shape === 'day' && !m.relation) ?? mentions.find((m) => m.shape === 'day' && m.relation === 'deictic')) : undefined;
			if (said) {
				const day = resolveMention(said, { now, anchor, year: now ? null : opts.yearFor(said.month) });
				if (day && day.granularity === 'day' && day.start === day.end) (anchor = day), (beforeFlashback = null), (saidOn = { day, s });
			}
			const dated = !anchor && firstShape(mentions) === 'day' && !mentions[0].relation ? resolveMention(mentions[0], { now, anchor: null, year: now ? null : opts.yearFor(mentions[0].month) }) : null;
			if (dated && dated.granularity === 'day' && dated.start === dated.end) toldDay = dated;
			// What is told of another agreement than the signing just told ("Under the hospital agreement, …", then a quote "said the
			// director of … Hospital", after "A day earlier, the two provinces signed a memorandum …", the hospitals' twinning told
			// before) is not of this signing: it and the words after it, up to the next happening, take part in none.
			if (current && current.type === 'signing' && aside !== current && otherAgreement(s.text, current, drafts)) aside = current;
			if (current && aside === current) continue;
			// A picture of an invitation accepted ("[Ảnh 6] Anh X nhận lời mời dẫn đoàn … sang … dự Lễ hội …"): the next visit's
			// news, not a detail of the happening the captions before it told.
			if (captions.has(s) && INVITATION.test(s.text)) continue;
			if (current && current.role === 'main') {
				// Once the story has gone back to an earlier happening ("Tiếp và hội đàm với Đoàn có đồng chí X …" after the trip's
				// sentence), what follows goes on with it ("Bí thư Tỉnh ủy cho biết …", "Đồng chí X mong muốn …") until a new one is told.
				// (A plan's own details, "Đoàn chuyên gia sẽ gồm 5 kỹ sư", stay with the plan.)
				const on: EventDraft = resumed && resumedUnder === current && !(current.status === 'planned' && plannedText(s.text)) ? resumed : current;
				// (A year told in passing, "năm 2024, HĐND thành phố đã tổ chức 9 kỳ họp", dates no happening: the words are still
				// someone's at a meeting.)
				let to: EventDraft = mentions.length && !saidOnly && !mentions.every((m) => m.shape === 'year' || m.shape === 'period') ? current : followed(on, lead, s, drafts, types);
				// "Tại buổi làm việc, ông X giới thiệu … Lễ hội Katê …": a happening's name in what was said there makes no event of
				// its own; what was said is the named happening's, not the stay told last.
				if (at && !mentions.length) to = namedEvent(drafts, at, to, beforeFlashback);
				// A new paragraph after a flashback ("Trước đó, chiều 1/2, Đoàn đã đến …" / "Thay mặt lãnh đạo tỉnh, đồng chí X chúc
				// mừng …") that names someone of the news it broke into, and no one of the flashback's, is back at the news.
				if (to === current && !mentions.length && beforeFlashback) to = backAtNews(s, current, beforeFlashback, drafts) ?? to;
				// A signing told with no day after the guests' arrival, told as a flashback before the news's meeting ("… told an
				// investment promotion conference … on June 4" / "The … delegation … crossed the … border gate on Monday …" / "Firms
				// from the two provinces signed 12 memoranda …"): signed at the meeting, not at the border; the story is back at the
				// news day, and "Later in the day" told next is that day's.
				if (to === current && !mentions.length && lead && lead !== current && lead.role === 'main' && lead.status === 'occurred' && (lead.type === 'conference' || lead.type === 'talks' || lead.type === 'working_session') && lead.date?.granularity === 'day' && lead.date.start === lead.date.end && current.status === 'occurred' && current.date && current.date.end < lead.date.start && !!anchor && anchor.start === current.date.start && current.type !== 'signing' && current.type !== 'conference' && current.type !== 'talks' && ON_THE_WAY.test(current.sentence.text) && types.type(s) === 'signing') {
					to = lead;
					anchor = lead.date;
					beforeFlashback = null;
				}
				if (to !== current) (resumed = to), (resumedUnder = current);
				to.followers.push(s);
			}
			continue;
		}
		// An invitation accepted by one who says they will lead the delegation ("… nhận lời mời, sẽ dẫn đầu Đoàn … sang thăm … vào
		// tháng 4 tới") is that delegation's trip announced, no longer an invitation.
		// (Or answered in the next sentence: "X invited Y to lead a delegation to P in March next year. Y accepted the invitation.")
		const accepted = (words & INVITATION_BIT) !== 0 && (ACCEPTED.test(s.text) || answeredNext(sentences, s)) && (LED_DELEGATION.test(s.text) || COMING.test(s.text));
		const invitation = (words & INVITATION_BIT) !== 0 && INVITATION.test(s.text) && !accepted;
		// (Accepted, the trip is still to come: "nhận lời mời dẫn đoàn … sang thăm … vào tháng 2 năm sau"; not one told done,
		// "Nhận lời mời của …, từ ngày 1/12 …, Đoàn … do X dẫn đầu đã thăm …".)
		// Agreed to be held at a time to come ("Dịp này, … thống nhất tổ chức gặp mặt truyền thống … vào tháng 7 tới"): a plan, with
		// or without "sẽ".
		// (Or to be held at a month written after the page's day: "… thống nhất tổ chức Trại hè … vào tháng 7/2026"; or at a month
		// of the next year, "vào tháng 3 năm sau", on a page with no day to count from: agreed now, held then.)
		const agreedHold = AGREED_HOLD.test(s.text) && !DONE_BEFORE.test(s.text);
		const agreedAhead = AGREED.test(s.text) && !DONE_BEFORE.test(s.text) && mentions.some((m) => m.tense === 'future' || (m.relation === 'deictic' && (m.offset ?? 0) > 0) || (agreedHold && (m.yearOffset ?? 0) > 0) || (agreedHold && !!now && m.shape !== 'day' && m.year != null && (resolveMention(m, { now, anchor: null, year: null })?.start ?? '') > iso(now.date)));
		let planned = agendaDays || !!agreedTo || invitation || (accepted && !DONE_WORD.test(s.text)) || putOff || agreedAhead || ((words & PLANNED_BIT) !== 0 && plannedText(spoken ? s.text.slice(spoken) : s.text)) || (s.text.includes('would') && WOULD_ON_WEEKDAY.test(s.text));
		// The invited visit is dated by its own words ("trong năm 2022"), not by the occasion of the invitation.
		// What is agreed "nhân dịp này" to happen "vào tháng 12 tới" happens then, not on the occasion.
		// So is what is agreed "Dịp này" to happen "vào tháng 3/2026": the occasion is when it was agreed, the date written when it happens.
		const ahead = planned && !invitation ? (mentions.find((m) => m.tense === 'future' || (m.relation === 'deictic' && (m.offset ?? 0) > 0)) ?? (mentions[0]?.relation === 'anaphoric' ? mentions.find((m) => m.relation !== 'anaphoric' && m.shape !== 'period' && m.shape !== 'vague') : undefined)) : undefined;
		// Nor by when it was issued: "Tuần trước chúng tôi đã thống nhất mời … sang dự Lễ hội … vào cuối tháng 10 này".
		// A trip put off to new days is dated by them, told after "lùi sang", "dời đến": "Chuyến thăm dự kiến cuối tháng 6 nay được
		// lùi sang tháng 9/2025" happens in September, not late June.
		// (After the whole match: "lùi từ tháng 4 sang …" is moved from the first month, to what follows.)
		const movedHit = movedPlan ? PUT_OFF.exec(s.text) : null;
		const movedAt = movedHit ? movedHit.index + movedHit[0].length - 1 : -1;
		const moved = movedPlan ? mentions.find((m) => m.start > movedAt) : undefined;
		// A plan that was moved is no event of its first date: with no new time read ("originally been scheduled for March but was
		// pushed back to May", the month a bare "May"), or moved to the days of the trip the page tells as done ("Chuyến thăm dự
		// kiến vào tháng 3 đã được lùi sang tháng 5" of a visit from 14 to 16 May), it is that trip's background.
		if (movedPlan && (!moved || movedToTrip(moved, lead, now, anchor, opts))) {
			if (current && current.role === 'main') current.followers.push(s);
			continue;
		}
		// Accepted to come to what the sentence before announced ("… sẽ cùng tham gia Chợ Công nghệ và Thiết bị (Techmart) … vào
		// tháng 5 tới. Dịp này, ông X nhận lời dẫn đoàn … sang dự Techmart …"): the trip is then, not on the occasion of accepting.
		const attending = accepted && !ahead && mentions.every((m) => m.relation === 'anaphoric') ? attendedAhead(s, before, memo, now) : undefined;
		// An invitation made or accepted for no time but a convenient one ("… nhận lời mời sang thăm vào dịp thuận tiện", "at a
		// convenient time") has no day: the occasion it is told on ("Dịp này, …") dates the inviting, not the visit.
		if ((invitation || accepted) && mentions.every((m) => m.relation === 'anaphoric') && WHEN_CONVENIENT.test(s.text)) {
			if (current && current.role === 'main') current.followers.push(s);
			continue;
		}
		const usable = evening ? [evening] : agreedTo ? [agreedTo.mention] : moved ? [moved] : invitation ? mentions.filter((m) => m.relation !== 'anaphoric' && m.tense !== 'past' && !(m.relation === 'deictic' && (m.offset ?? 0) < 0)) : attending ? [attending] : ahead ? [ahead] : mentions;
		// A trip told with its days ("đã lên đường thăm … trong ba ngày 19-21/3", "Cũng trong dịp này, Đoàn … đã thăm …
		// từ ngày 18 đến ngày 20-3") is the span: the day beside it is the departure's, or the occasion's.
		const mention = (type === 'visit' && !invitation && usable.find((m) => m.shape === 'span' && !m.relation)) || usable[0] || null;
		if (!mention) {
			if (current && current.role === 'main') current.followers.push(s);
			continue;
		}
		// Facts strung by semicolons and read whole (one clause dated) tell the happening in the clause that holds its time, in that
		// clause's tense: "Được biết, từ năm 2015 đến nay, hai tỉnh đã luân phiên tổ chức …; trong năm 2025, tỉnh X sẽ đưa đoàn … sang
		// biểu diễn …" is a plan, the first clause's "đã" its background. (Only a clause telling a happening of its own.)
		const tensed = s.text.includes(';') ? tenseClause(s, mention) : s.text;
		if (!planned && tensed !== s.text && (words & PLANNED_BIT) !== 0 && isPlanned(tensed)) planned = true;
		// "Trước đó, tối 13/11, … Chiều cùng ngày, …": an afternoon told after a flashback's evening is not that
		// evening's day (the story does not go back in time within a day) but the day of the news before it.
		// Nor is the same part of day told again ("Tối 14-9, Đoàn đã đến …" after the news of the 15th, then "Tối cùng ngày, …"):
		// that would be said "cũng trong tối đó", not by naming the part of day anew.
		// Nor, after a flashback told by a count of days and no part of day ("Trước đó một ngày, Đoàn làm thủ tục nhập cảnh …"),
		// is "Tối cùng ngày" that earlier day: the story tells one thing of it, then is back at its own.
		// And after a flashback told by a count ("The previous evening, he had hosted …"), a new paragraph's "Earlier in the day"
		// is the news day's, not that evening's.
		// So is the occasion named in a new paragraph after a flashback of its own day ("Trước đó, chiều 21/11, hai tỉnh đã ký kết …"
		// / "Trong dịp này, Bệnh viện … trao tặng …"): the occasion is the news's, the flashback told only in passing. (Only after one said to be: "Tại buổi làm
		// việc ngày 10/10, …" after a programme's later days goes back to that day, and "Trong dịp này" is its occasion.)
		// ("Cùng buổi chiều, …" says outright it is the afternoon just told, the flashback's: SAME_SESSION.)
		let back = beforeFlashback && anchor && mention.relation === 'anaphoric' && mention.offset === 0 && ((mention.partOfDay && !SAME_SESSION.test(mention.text) && ((anchor.partOfDay && (unsaidBack ? DAY_ORDER.indexOf(mention.partOfDay) === DAY_ORDER.indexOf(anchor.partOfDay) : DAY_ORDER.indexOf(mention.partOfDay) <= DAY_ORDER.indexOf(anchor.partOfDay))) || (!anchor.partOfDay && countedBack))) || (!mention.partOfDay && (countedBack || (OCCASION.test(mention.text) && !!current && FLASHBACK.test(current.sentence.text))) && !!current && s.paragraph !== current.sentence.paragraph));
		// Nor, once the story has gone back to the news after the flashback (a later paragraph told of the news's people: "Trước
		// đó, ngày 8/10, tại Hà Nội, Đoàn đã làm việc với …" / "Đồng chí X tặng quà lưu niệm Trưởng đoàn …"), is "Sáng cùng ngày"
		// in a paragraph after it the flashback's day: the flashback was told in passing, and the day the story is at is the news's.
		// So after a day recalled unsaid, longer before the news than a trip lasts ("Lễ khai giảng lớp học được tổ chức vào sáng
		// 5/9/2024, …" in the story of the course's closing three months on): background told in passing, as "Trước đó" would say.
		if (!back && beforeFlashback && anchor && mention.relation === 'anaphoric' && mention.offset === 0 && !!current && resumed && resumedUnder === current && resumed.date?.start === beforeFlashback.start && s.paragraph !== current.sentence.paragraph && (FLASHBACK.test(current.sentence.text) || recalledLongBefore(current, beforeFlashback))) back = true;
		// Unless the news told that very part of its day: "Sáng 21/11, … tổ chức Diễn đàn …", then "Trước đó, tối 20/11, … chiêu đãi
		// Đoàn." and "Sáng cùng ngày, Đoàn đã khảo sát …": the 21st's morning was the forum's, told already; the morning told anew is
		// the flashback's own day's, before its evening. (Only a flashback with its own day written, not one counted back, "Trước đó
		// một ngày"; and "Trước đó, tối 13/11, … chiều cùng ngày, …" after "Sáng 14/11, …" is still the news day's afternoon.)
		if (back && !unsaidBack && !countedBack && mention.partOfDay && beforeFlashback!.partOfDay === mention.partOfDay && anchor!.partOfDay && DAY_ORDER.indexOf(mention.partOfDay) < DAY_ORDER.indexOf(anchor!.partOfDay) && (anchor!.dating === 'explicit' || anchor!.dating === 'publication') && !!current && FLASHBACK.test(current.sentence.text)) back = false;
		// Nor is the occasion of the delegation's act one told of a day before its news began, with no delegation in it ("On
		// Wednesday, … received … Governor … Last Friday, the university held a graduation ceremony … On the occasion, the Governor
		// presented 20 scholarships …"): that was background; the occasion is the news day's.
		if (!back && beforeFlashback && anchor && mention.relation === 'anaphoric' && mention.offset === 0 && !mention.partOfDay && OCCASION.test(mention.text) && current && current.date?.start === anchor.start && !DELEGATION_NAMED.test(current.sentence.text)) {
			const began = trip && trip.start <= (lead?.date?.start ?? trip.start) ? trip.start : lead?.date?.start;
			if (began && anchor.end < began) back = true;
		}
		// Nor is an earlier part of the day of an arrival late in it, told unsaid as a flashback ("The delegation arrived in Hanoi
		// late on Sunday …" after the talks of Monday morning, then "On the afternoon of the same day, the delegation paid a courtesy
		// call …"): that afternoon was gone before the delegation came; it is the news day's.
		// So is "Earlier in the day" after it ("The delegation arrived late on Tuesday … Earlier in the day, the guests offered
		// incense at …"): earlier than an arrival late in the day, the guests were not there yet.
		if (!back && unsaidBack && beforeFlashback && anchor?.partOfDay && mention.relation === 'anaphoric' && mention.offset === 0 && (mention.partOfDay ? DAY_ORDER.indexOf(mention.partOfDay) < DAY_ORDER.indexOf(anchor.partOfDay) : EARLIER_IN_DAY.test(mention.text)) && DAY_ORDER.indexOf(anchor.partOfDay) >= DAY_ORDER.indexOf('evening') && current && ARRIVED_LATE.test(current.sentence.text)) back = true;
		// Nor is a happening that can only follow the news, told the same day after a flashback to a day before it (afterTheNews):
		// the delegation going home after the ceremony it attended, the burial of remains after their handover.
		if (!back && beforeFlashback && anchor && anchor.end < beforeFlashback.start && mention.relation === 'anaphoric' && mention.offset === 0 && !mention.sameSpan && !mention.at && (BURIAL.test(s.text) || GOING_HOME.test(s.text)))
			back = afterTheNews(s, drafts.findLast((d) => d.role === 'main' && d.date?.start === beforeFlashback!.start && d.date.end === beforeFlashback!.end));
		// Two days counted back one after the other ("… held talks on Nov 20. At a welcome dinner … the previous evening, … The
		// delegation arrived … the day before"): each is counted from the news day, not from the flashback before it.
		const backAgain = !!beforeFlashback && countedBack && mention.relation === 'anaphoric' && mention.unit === 'day' && (mention.offset ?? 0) < 0;
		if (backAgain) back = true;
		// Nor is a day counted back from the delegation's arrival, told after the news as a flashback ("… Hội nghị … diễn ra sáng
		// 22/10" / "Đoàn … đã đến thành phố … từ chiều 21/10 …" / "Tối hôm trước, đồng chí X … tiếp … Đoàn"): the guests were not
		// there the day before they came; it is the eve of the news day, if that is not before the arrival.
		if (!back && beforeFlashback && anchor && mention.relation === 'anaphoric' && mention.unit === 'day' && (mention.offset ?? 0) < 0 && !mention.at && current?.role === 'main' && current.type === 'visit' && current.date?.start === anchor.start && ARRIVED_LATE.test(current.sentence.text) && !ON_THE_WAY.test(s.text) && iso(addDays(parseIso(beforeFlashback.start), mention.offset!)) >= anchor.start) back = true;
		// Nor is "Sáng hôm sau" after "Sáng 18/3, … Tối 18-3, … Trước đó, chiều 17/3, …" the 18th's morning, told already: the
		// story has come back to its own day, and the next morning is the 19th's. (A morning not told yet may be the flashback's
		// next: "Chiều 12/11, … Trước đó, chiều 11/11, Đoàn đến … Sáng hôm sau, …" goes on in order.)
		if (!back && beforeFlashback && anchor && mention.relation === 'anaphoric' && mention.unit === 'day' && (mention.offset ?? 0) > 0) {
			const day = addDays(parseIso(anchor.start), mention.offset!);
			const gap = dayDiff(day, parseIso(beforeFlashback.start));
			// ("The following day", with no part of it, lands on the news day already told: it counts from that day, "Under the MoU, …"
			// having brought the story back from "On arrival … late on Thursday".)
			// (A count from a day told by its own date goes on from it, however far back: "… led a working group to Dong Hoi on
			// Sept. 26 … Two days later, …" is the 28th, not two days after the news.)
			back = (gap < 0 && anchor.dating !== 'explicit' && anchor.dating !== 'publication') || (gap === 0 && drafts.some((d) => d.role === 'main' && !!d.date && (mention.partOfDay ? d.date.partOfDay === mention.partOfDay : true) && d.date.start === d.date.end && dayDiff(parseIso(d.date.start), day) === 0));
		}
		// "… paid a working visit on Nov. 20 and 21. The delegation arrived the previous evening": with only the trip's days
		// told, the day before is the day before they begin.
		const dayBefore = !anchor && trip && mention.relation === 'anaphoric' && mention.unit === 'day' && (mention.offset ?? 0) < 0 ? { ...trip, end: trip.start, granularity: 'day' as const, partOfDay: null } : null;
		// The evidence's year counts only where no "now" gives one (chooseYear): not asked for, it is never gathered.
		// "Ngay sau lễ kỷ niệm, hai bên hội đàm …" told after a flashback to the arrival the day before: the ceremony's day.
		const named = mention.after ? dayOfKind(drafts, mention.after === 'ceremony' ? CEREMONY_KINDS : MEETING_KINDS) : null;
		// "Cùng thời gian, …" takes the days of the happening just told, a stay's whole span ("Trong 2 ngày 19-20/11, …").
		const same = mention.sameSpan && current?.role === 'main' ? current.date : null;
		// (A range has no same day: "cùng ngày" with no event's day in force is the last day told, if any.)
		const sameDay = !anchor && toldDay && mention.relation === 'anaphoric' && mention.unit === 'day' && mention.offset === 0 && !mention.sameSpan ? toldDay : null;
		// "Tối hôm trước ngày làm việc tại Chăm-pa-sắc, …": counted from the day the page gives that place, or from none (no date).
		// (A place or happening the page dates only later, "Tối hôm trước ngày khai mạc, Đoàn đã qua Cửa khẩu …" before "Sáng 22/8,
		// … chủ trì Lễ khai mạc …": the first later sentence naming it by its own date.)
		const placed: Resolved | null = mention.at ? (dayAtPlace(drafts, mention.at, mention.offset ?? 0) ?? happeningEdge(drafts, mention.at, mention.offset ?? 0) ?? dayToldAfter(sentences, s, mention.at, memo, now, opts)) : null;
		// "Chiều cùng ngày, đồng chí X tiếp Đoàn …", told as done in a paragraph after a schedule's ("Theo chương trình, sáng 12/4, …
		// sẽ hội đàm …; ngày 13/4, Đoàn đi thăm …"): the same day is the last one something was done, not a day of the schedule.
		const afterSchedule = scheduleAt !== null && s.paragraph !== scheduleAt && !planned && !!doneDay && mention.relation === 'anaphoric' && mention.unit === 'day' && mention.offset === 0 && !mention.sameSpan ? doneDay : null;
		// Told as done, by "đã" or "vừa", or by "Hồi" before its time ("Hồi tháng 4, …", back in April): no yearless day of it lies
		// months ahead of the writing (chooseYear).
		const done = !planned && (DONE_BEFORE.test(tensed) || (tensed.includes('ồi') && BACK_IN.test(tensed)));
		let resolved = resolveMention(mention, { now, anchor: (evening ? countFrom : null) ?? same ?? named ?? afterSchedule ?? (mention.at ? placed : back ? beforeFlashback : (dayBefore ?? anchor ?? sameDay)), year: now ? null : opts.yearFor(mention.month), planned, done });
		// A plan counted forward ("The delegation will tour … the following day") is not in the past of the page: counted from an
		// earlier day told in passing (the preparations "on Sept. 26 … Two days later …"), it counts from the news day instead.
		if (planned && opts.stamp && resolved?.granularity === 'day' && mention.relation === 'anaphoric' && mention.unit === 'day' && (mention.offset ?? 0) > 0 && resolved.end < iso(opts.stamp.date)) {
			const news = beforeFlashback ?? (lead?.role === 'main' && lead.date?.granularity === 'day' && lead.date.start === lead.date.end ? lead.date : null);
			const again = news && resolveMention(mention, { now, anchor: news, year: null, planned });
			if (again && again.end >= iso(opts.stamp.date)) resolved = again;
		}
		// A bare weekday told inside a stated trip, with no stamp (onTripWeekday): the trip's day of that weekday.
		// (Under a stamp the weekday counts from the writing: "The guests left for home on Thursday" is the stamp's week's.)
		// Nor under a stamp when told as done right after the trip's days, the story going on with them ("Tuần qua, từ ngày 16 đến
		// 18/6, Đoàn … đã thăm …" / "Ngay trong chiều thứ Hai, Đoàn đã hội đàm …" on a page of the Monday after): the trip's Monday.
		const tripTold = tripNow();
		const doneOnTrip = !!opts.stamp && !planned && mention.tense !== 'future' && !!tripTold && tripTold.end < iso(opts.stamp.date) && current?.date?.start === tripTold.start && current.date.end === tripTold.end && DONE_BEFORE.test(tensed);
		const onTrip = (!opts.stamp && now?.how !== 'dateline' && !planned) || doneOnTrip ? onTripWeekday(mention, tripTold, resolved) : null;
		if (onTrip) resolved = onTrip;
		// A part of the stamp's own day it had not reached yet, told as done ("chiều thứ Hai, Đoàn đã hội đàm" on a page of Monday
		// 08:30), is not that day's: the same weekday a week before.
		else if (opts.stampHour != null && resolved?.granularity === 'day' && resolved.partOfDay && mention.relation === 'deictic' && mention.weekday !== undefined && mention.unit === undefined && mention.tense !== 'future' && !planned && resolved.start === iso(opts.stamp!.date) && opts.stampHour < POD_STARTS[resolved.partOfDay] && DONE_BEFORE.test(tensed)) {
			const d = iso(addDays(opts.stamp!.date, -7));
			resolved = { ...resolved, start: d, end: d, note: cat(resolved.note, note(`; buổi ấy của ngày đăng bài chưa đến lúc đăng (${opts.stampHour} giờ): tuần trước`, `; that part of the page's day had not come at its hour (${opts.stampHour}:00): the week before`), '') };
		}
		// A year told, then its month: "… sang Sơn La dự Trại hè năm sau, dự kiến vào tháng 7" is July of next year.
		if (resolved?.granularity === 'year' && mention.shape === 'year') {
			const inYear = mentions.find((m) => m.start > mention.end && (m.shape === 'month' || m.shape === 'part_of_month') && m.month && m.year == null && !m.relation);
			const y = Number(resolved.start.slice(0, 4));
			const narrowed = inYear && resolveMention({ ...inYear, year: y }, { now, anchor: null, year: null, planned });
			if (narrowed && narrowed.start >= resolved.start && narrowed.end <= resolved.end) resolved = { ...narrowed, dating: resolved.dating, confidence: Math.min(resolved.confidence, narrowed.confidence) };
		}
		// "arrived … on Tuesday for a four-day visit": the visit, not its first day (dates/trip-length.ts).
		let date = resolved && type === 'visit' && !invitation ? stretchToTrip(resolved, s.text) : resolved;
		// A stay told in the present perfect from its first day ("… has been on a working visit to Salavan since April 10" under a
		// stamp of the 12th): still going on when written, so from that day to the page's. So with a weekday for the day ("… since
		// Thursday" under a Friday's stamp: Thursday to Friday).
		if (type === 'visit' && !invitation && now && date?.granularity === 'day' && mention.shape === 'day' && (!mention.relation || (mention.relation === 'deictic' && mention.weekday != null && mention.tense !== 'future')) && HAS_BEEN_SINCE.test(s.text.slice(Math.max(0, mention.start - 200), mention.start))) {
			const gap = dayDiff(now.date, parseIso(date.start));
			if (gap > 0 && gap <= TRIP_GAP_DAYS) date = { ...date, end: iso(now.date), granularity: 'span', partOfDay: null, note: cat(date.note, note('; đến ngày đăng bài, chuyến thăm còn đang diễn ra', '; to the page\'s day, the stay still going on'), '') };
		}
		// "Đoàn đến Đà Nẵng tối hôm trước …, bắt đầu chuyến thăm … đến hết ngày 22/11": the arrival's day, and the stay from it to
		// the day it lasts until (the arrival is told beside it, below).
		let arrivedOn: Resolved | null = null;
		let arrival: TimeMention | undefined;
		// An opening told with how long it runs: "The … Week opened … on Wednesday evening (Dec 6) and runs until Sunday (Dec
		// 10)" is the week's span, and the opening a happening of its first day beside it (pushed below, as an arrival beside a stay).
		let openedOn: Resolved | null = null;
		const runs = type === 'conference' && !planned && resolved?.granularity === 'day' && OPENED.test(s.text) ? RUNS_UNTIL.exec(s.text) : null;
		if (runs && resolved && runs.index >= mention.end) {
			const after = usable.filter((m) => m.start >= runs.index + runs[0].length && m.shape === 'day');
			const last = after.find((m) => !m.relation) ?? after[0];
			const to = last && resolveMention(last, { now, anchor: resolved, year: now ? null : opts.yearFor(last.month), planned });
			if (to && to.granularity === 'day' && to.start > resolved.start && dayDiff(parseIso(to.start), parseIso(resolved.start)) <= TRIP_GAP_DAYS) {
				openedOn = resolved;
				date = { ...resolved, end: to.end, granularity: 'span', partOfDay: null };
			}
		}
		if (type === 'visit' && !invitation && resolved?.granularity === 'day' && UNTIL.test(s.text.slice(Math.max(0, mention.start - 16), mention.start))) {
			arrival = usable.find((m) => m.end <= mention.start && m.shape === 'day' && arrivedBefore(s.text, m));
			const first = arrival && resolveMention(arrival, { now, anchor: anchor ?? resolved, year: now ? null : opts.yearFor(arrival.month), planned });
			if (first && first.granularity === 'day' && first.start < resolved.start && dayDiff(parseIso(resolved.start), parseIso(first.start)) <= TRIP_GAP_DAYS) {
				arrivedOn = first;
				date = { ...resolved, start: first.start, granularity: 'span', partOfDay: null };
			}
			// The day put first, the arrival told after it: "Chiều nay (9/8), Đoàn … sẽ đến Hà Nội, bắt đầu chuyến thăm … đến hết
			// ngày 12/8" is the stay from that day (one happening: its quote is the whole sentence).
			const opening = !arrivedOn ? usable.find((m) => m.start <= leadInLength(s.text) + 1 && m.shape === 'day' && m.end <= mention.start && FRONT_ARRIVAL.test(s.text.slice(m.end, mention.start))) : undefined;
			const from = opening && resolveMention(opening, { now, anchor: anchor ?? resolved, year: now ? null : opts.yearFor(opening.month), planned });
			if (from && from.granularity === 'day' && from.start < resolved.start && dayDiff(parseIso(resolved.start), parseIso(from.start)) <= TRIP_GAP_DAYS) date = { ...resolved, start: from.start, granularity: 'span', partOfDay: null };
		}
		// "Trong hai ngày qua" written in the morning (a stamp before noon): the two days before, today not yet told.
		if (mention.pastDays && date && opts.stampHour != null && opts.stampHour < 12) date = { ...date, start: iso(addDays(parseIso(date.start), -1)), end: iso(addDays(parseIso(date.end), -1)) };
		// "Trong vài ngày tới, Đoàn sẽ tham quan …" told of a stay "từ ngày 12 - 15/3": the few days left of the stay, not past its end.
		if (mention.soon && date) {
			const stay = drafts.findLast((d) => d.role === 'main' && d.type === 'visit' && d.date?.granularity === 'span' && d.date.start <= date!.start && d.date.end >= date!.start);
			if (stay && stay.date!.end < date.end) date = { ...date, end: stay.date!.end };
		}
		// An arrival told by a vague part of the week or month ("Đoàn đến Viêng Chăn đầu tuần này, mở đầu chuyến thăm …" after "Chiều
		// 16/6, … Đoàn … đã hội đàm …"): the guests were there for what the page has told of their stay, so they came by its first day.
		if (date && date.granularity !== 'day' && (mention.partOfWeek === 'early' || mention.partOfMonth === 'early') && arrivedBefore(s.text, mention)) {
			let first: string | null = null;
			for (const d of drafts) if (d.role === 'main' && d.status === 'occurred' && d.date && d.date.start >= date.start && d.date.start < date.end && (!first || d.date.start < first)) first = d.date.start;
			if (first) date = { ...date, end: first, note: cat(date.note, note(`; đến trước sự việc đã kể của chuyến thăm (${first})`, `; arrived by the stay's happening already told (${first})`), '') };
		}
		const coarse = mention.shape !== 'day' && mention.shape !== 'span';
		// "tháng trước", "năm ngoái" tell background; "tuần qua", "sáng thứ Hai vừa qua" are the news reported.
		const past = (mention.tense === 'past' && mention.shape !== 'day') || (mention.relation === 'deictic' && (mention.offset ?? 0) < 0 && mention.unit !== 'day' && mention.unit !== 'week');
		// A day after the page was published, told with no word of the past, has not happened yet ("Sáng 16/11, Đoàn đi
		// thăm …" on the 15th); with one ("Sáng hôm sau (23/11), Đoàn đã …" under a stamp of the 22nd) the page was written later.
		// "Theo chương trình, hôm nay (16/9), Đoàn tham quan …" on a page of that morning: the programme of a day not over.
		// (With no stamp to tell, a report is read as told after the day, as every other sentence is.)
		const scheduled = !!opts.stamp && !!date && SCHEDULED.test(s.text) && !DONE_BEFORE.test(tensed) && dayDiff(parseIso(date.start), opts.stamp.date) >= 0;
		// "Hôm nay (26/12), Đoàn thăm …" on a page stamped 07:02 that day, "Chiều nay, Đoàn …" on one of 10:00: still to come
		// when written, unless a word of the past says it was done.
		const later = !!opts.stamp && opts.stampHour != null && !!date && date.start === date.end && dayDiff(parseIso(date.start), opts.stamp.date) === 0 && (date.partOfDay ? opts.stampHour < POD_STARTS[date.partOfDay] : opts.stampHour < 9) && !DONE_BEFORE.test(tensed);
		const future = scheduled || later || (mention.relation === 'deictic' && (mention.offset ?? 0) > 0) || mention.tense === 'future' || (!!opts.stamp && !!date && dayDiff(parseIso(date.start), opts.stamp.date) > 0 && !DONE_BEFORE.test(tensed));
		// News reports the days around its publication: a dated happening a year or more before the
		// stamp is background ("the visit marks … (September 5, 1962 - 2024)"), never the trip told.
		const long_ago = !!opts.stamp && !!date && dayDiff(opts.stamp.date, parseIso(date.end)) > LONG_AGO_DAYS;
		// A month or a year dates background, or — told after the article's news — the next step announced
		// ("Đoàn … sẽ sang thăm … vào tháng 12 tới"): not a happening of the trip reported.
		// "Trước đó, ngày 5/9, …" in a report of 3/10: another occasion recalled, further back than a trip runs.
		// (So is one someone recalls: "Đồng chí nhắc lại, mùng 2 Tết Đinh Dậu vừa qua, Đoàn … đã sang Huế chúc Tết" at an April visit.)
		const recalled = !!anchor && !!date && (FLASHBACK.test(s.text) || RECOLLECTION.test(s.text)) && dayDiff(parseIso(anchor.start), parseIso(date.end)) > TRIP_GAP_DAYS;
		// A trip announced with its delegation and leader ("Đoàn đại biểu tỉnh … do ông X dẫn đầu sẽ sang thăm … dự kiến vào
		// tháng 12 tới") is news of its own, though dated by its month only: a delegation to follow.
		// Whatever it goes to do: "Đoàn công tác … do đồng chí X dẫn đầu sẽ sang Hà Nội làm việc với …". So is a delegation
		// sent (SENT_DELEGATION).
		// (So is an invitation accepted by one who is coming: "đồng chí X nhận lời mời sang dự Lễ hội … vào tháng 4 năm tới".)
		// (So is a trip put off to a month: "Hai bên thống nhất hoãn lại chuyến thăm sang tháng 11/2023".)
		// An invitation to a delegation named with its leader, for a month told ("mời Đoàn đại biểu … tỉnh Gia Lai do đồng chí X dẫn
		// đầu sang thăm tỉnh Át-tạ-pư vào tháng 4 năm tới"), announces that trip as much as one accepted: a delegation to follow.
		// Whatever it goes over for: "mời đồng chí X dẫn đoàn tỉnh … sang dự Lễ hội … vào tháng 2 năm tới" names who leads it.
		const namedInvitation = invitation && !!date && LED_DELEGATION.test(s.text);
		const announced = !!agreedTo || (coarse && planned && (!invitation || LED_DELEGATION.test(s.text)) && (accepted || putOff || namedInvitation || ((type === 'visit' || GOING.test(s.text)) && LED_DELEGATION.test(s.text)) || SENT_DELEGATION.test(s.text) || BOTH_WILL_HOLD.test(s.text) || NEXT_SESSION.test(s.text) || (type === 'ceremony' && ROUTE_TO_OPEN.test(s.text))));
		// How long something runs, told by its last day only ("Hội chợ diễn ra đến hết ngày 21/11." after its opening): background
		// to the happening told, not a day the story is at ("Tối hôm trước" after it counts from the opening's day).
		const runEnd = type !== 'visit' && !openedOn && resolved?.granularity === 'day' && mention.shape === 'day' && !mention.relation && RUN_TO.test(s.text.slice(Math.max(0, mention.start - 40), mention.start)) && !usable.some((m) => m !== mention && m.shape === 'day');
		// A year's review tells its news by the month ("Vào trung tuần tháng 11, Đoàn đại biểu Thành phố … do đồng chí X dẫn đầu đã
		// sang …" in "Nhìn lại năm …"): a led delegation's trip of the year reviewed is one of the items reviewed, not background.
		const reviewedTrip = !!reviewed && coarse && !planned && !!date && date.start.startsWith(`${reviewed}-`) && LED_DELEGATION.test(s.text);
		// A led delegation's visit told as done by the part of a month it was in ("Đầu tháng 10/2024 vừa qua, Đoàn công tác Trường …
		// do PGS.TS X làm trưởng đoàn đã thăm và làm việc với …"), on a page that has told no trip before it: the page's own news
		// of that trip, not background to another, though dated coarsely and "vừa qua".
		const ledNews = coarse && mention.shape === 'part_of_month' && (type === 'visit' || type === 'working_session') && !planned && !invitation && !drafts.some((d) => d.role === 'main') && DONE_WORD.test(s.text) && LED_DELEGATION.test(s.text);
		const role: 'main' | 'context' = (invitation && !namedInvitation) || (coarse && (!planned || current !== null) && !announced && !reviewedTrip && !ledNews) || (past && !ledNews) || long_ago || recalled || runEnd ? 'context' : 'main';
		const draft: EventDraft = {
			doc,
			sentence: s,
			quote: clauseAround(s, mention.start),
			type: invitation || accepted ? 'visit' : type,
			status: planned || future ? 'planned' : 'occurred',
			role,
			mention,
			date,
			followers: [],
			...(agreedTo ? { agreed: true } : {})
		};
		drafts.push(draft);
		if (hoped) {
			const day = resolveMention(hoped.mention, { now, anchor: null, year: now ? null : opts.yearFor(hoped.mention.month), planned: true });
			const text = s.text.slice(hoped.at).replace(/[\s.!…]+$/u, '');
			if (day) drafts.push({ doc, sentence: s, quote: { start: s.start + hoped.at, end: s.start + hoped.at + text.length, text }, type: 'visit', status: 'planned', role: 'main', mention: hoped.mention, date: day, followers: [] });
		}
		// "Đoàn đến Ninh Thuận tối qua, trong khuôn khổ chuyến thăm … từ ngày 18 đến 21-11", "Đoàn … đến Tiền Giang vào tối hôm
		// trước, bắt đầu chuyến thăm … từ ngày 13 đến 16/3": the arrival, told with a day of its own, is a happening beside the stay.
		if (!arrivedOn && role === 'main' && type === 'visit' && mention.shape === 'span' && date?.granularity === 'span') {
			arrival = usable.find((m) => m !== mention && m.shape === 'day' && arrivedBefore(s.text, m));
			const day = arrival && resolveMention(arrival, { now, anchor: anchor ?? { ...date, end: date.start, granularity: 'day', partOfDay: null }, year: now ? null : opts.yearFor(arrival.month), planned });
			if (day && day.granularity === 'day' && day.start <= date.end && dayDiff(parseIso(date.start), parseIso(day.start)) <= 1) arrivedOn = day;
		}
		// "arrived in Xieng Khouang on Wednesday afternoon … for a four-day working visit": the day told with its part is the
		// arrival's own moment, a happening beside the stay stretched from it.
		if (!arrivedOn && role === 'main' && type === 'visit' && mention.shape === 'day' && resolved?.granularity === 'day' && resolved.partOfDay && date?.granularity === 'span' && arrivedBefore(s.text, mention))
			(arrival = mention), (arrivedOn = resolved);
		// "Sáng 11/3, … đã tiếp và hội đàm với Đoàn …, nhân dịp Đoàn thăm và làm việc tại Hà Nội từ ngày 11 đến 13/3": the day's
		// happening is told on the occasion of the stay, whose days close the sentence: the stay is a happening of its own, over
		// those days, quoted apart (the day's happening keeps the words before it).
		if (role === 'main' && mention.shape === 'day' && date?.granularity === 'day' && (s.text.includes('dịp') || s.text.includes('chuyến'))) {
			const on = OCCASION_STAY.exec(s.text);
			const span = on ? usable.find((m) => m.shape === 'span' && m.start > on.index) : undefined;
			const days = span ? resolveMention(span, { now, anchor: date, year: now ? null : opts.yearFor(span.month), planned }) : null;
			if (on && days && days.granularity === 'span' && days.start <= date!.start && date!.end <= days.end) {
				const from = on.index + on[0].length - on[1].length;
				const text = on[1].replace(/[\s.!…]+$/u, '');
				drafts.push({ doc, sentence: s, quote: { start: s.start + from, end: s.start + from + text.length, text }, type: 'visit', status: draft.status, role, mention: span!, date: days, followers: [], occasion: true });
				draft.quote = upTo(s, on.index);
			}
		}
		if (openedOn && role === 'main') drafts.push({ doc, sentence: s, quote: upTo(s, mention.end + (s.text.charCodeAt(mention.end) === 41 ? 1 : 0)), type, status: draft.status, role, mention, date: openedOn, followers: [] });
		if (arrivedOn && role === 'main') {
			drafts.push({ doc, sentence: s, quote: upTo(s, arrival!.end), type: 'visit', status: draft.status, role, mention: arrival!, date: arrivedOn, followers: [] });
			lastArrival = arrivedOn;
		}
		// What both sides agreed to do later ("Hai bên thống nhất, đúng một tuần sau, Đoàn … sẽ sang …") is no day of the story:
		// "Chiều cùng ngày" told after it is still the day of the news.
		const agreedLater = draft.status === 'planned' && !!anchor && !!date && date.start > anchor.end && AGREED.test(s.text);
		if (role === 'main' && agreedLater) laterPlan = draft;
		if (role === 'main' && !agreedLater) {
			lead ??= draft;
			current = draft;
			if (date && date.granularity === 'span') (trip = date), (vague = mention.pastDays ? draft : null);
			// The day told, not the visit it opens: "chiều cùng ngày" after an arrival is the arrival's day.
			if (resolved && resolved.granularity === 'day') {
				// "Trong hai ngày qua" only counts back from the stamp; the visit's own dated days say when it ran: "Chiều 22/6, …
				// hội đàm với Đoàn" under a stamp of the 24th begins it on the 22nd, and "Ngày thứ hai của chuyến thăm" is the 23rd.
				const counted: Resolved | null = vague && trip && trip === vague.date && mention.relation !== 'anaphoric' ? trip : null;
				const early: number = counted ? dayDiff(parseIso(counted.start), parseIso(resolved.start)) : 0;
				const length: number = counted ? dayDiff(parseIso(counted.end), parseIso(counted.start)) : 0;
				if (vague && counted && early > 0 && early <= length + 1) {
					trip = vague.date = { ...counted, start: resolved.start, end: iso(addDays(parseIso(resolved.start), length)), note: cat(counted.note, note(`; bắt đầu từ ngày được kể đầu tiên (${resolved.start})`, `; from the first day told (${resolved.start})`), '') };
					vague = null;
				}
				// Going back to an earlier day is a flashback, said ("Trước đó, …") or not ("Tối 14-9, Đoàn đã đến …" told after the
				// opening of the 15th): the news day is kept for what is told after it.
				if (!backAgain) {
					beforeFlashback = anchor && resolved.start < anchor.start ? anchor : null;
					unsaidBack = !!beforeFlashback && !FLASHBACK.test(s.text) && !!resolved.partOfDay && mention.relation !== 'anaphoric';
					countedBack = !!beforeFlashback && mention.relation === 'anaphoric' && (mention.offset ?? 0) < 0;
				}
				anchor = resolved;
				if (draft.status === 'occurred') (doneDay = resolved), (scheduleAt = null);
				else if (scheduleAt === null && planned && SCHEDULE.test(s.text) && !!doneDay && resolved.start > doneDay.end) scheduleAt = s.paragraph;
				// Without a stamp, the latest day told stands for the time of writing; a day told before it is a step back ("Sau lễ
				// xuất quân ngày 10/10/2023, Đội đã …" after "Sáng 15/3"), and the yearless days told next still count from the news.
				// (Not a day counted back from the writing itself, "Năm ngoái, nhân dịp Giỗ Tổ …": a year or more before it.)
				if (!opts.stamp && (!now || resolved.start >= iso(now.date)) && !((mention.yearOffset ?? 0) < 0)) now = { date: parseIso(resolved.start), dating: resolved.dating, confidence: resolved.confidence, how: 'narrative' };
			} else if (resolved && resolved.granularity === 'span' && anchor && resolved.end < anchor.start) {
				// So is going back to days before the news ("Trước khi đến Đắk Nông, trong hai ngày 10-11/6, Đoàn đã làm việc với …
				// Kon Tum" after the reception of the 12th): what is said after it of the news' people is the news'.
				beforeFlashback = anchor;
			}
		}
	}
	// A trip put off (calledOff): a plan for days already past when the page was written was put off too ("Đây là lần thứ hai
	// chuyến thăm phải hoãn lại; lần trước, Đoàn dự kiến sang Hủa Phăn vào tháng 12/2021"), background to the news.
	if (calledOff && opts.stamp) for (const d of drafts) if (d.status === 'planned' && d.role === 'main' && d.date && dayDiff(opts.stamp.date, parseIso(d.date.end)) > 0) d.role = 'context';
	// A joint patrol told of the border posts alone ("Cũng dịp này, Ban Chỉ huy Đồn Biên phòng … và Đại đội Biên phòng 293 (Lào)
	// đã tuần tra song phương …"): their routine beside the visit, not a happening of the delegation ("Đoàn cùng lực lượng …").
	for (const d of drafts) if (d.role === 'main' && d.type === 'field_trip' && PATROL.test(d.sentence.text) && !DELEGATION_WORD.test(d.sentence.text)) d.role = 'context';
	// Other bodies' happening of the week before, told in passing after the trip ("Last week, X University and Y University held a
	// seminar …" under a report of this week's visit, "Tuần trước, …"): background to the news, not the news of the week just gone
	// (which names the delegation: "Tuần qua, Đoàn đã …"), when it ended before a happening of the trip told earlier.
	// (Not the weekend just gone, a part of the week a trip's programme runs through: "Over the weekend, the troupe performed …".)
	for (let i = 1; i < drafts.length; i++) {
		const d = drafts[i];
		if (d.role !== 'main' || d.mention?.relation !== 'deictic' || d.mention.unit !== 'week' || !((d.mention.offset ?? 0) < 0) || d.mention.partOfWeek || !d.date) continue;
		if (DELEGATION_WORD.test(d.sentence.text)) continue;
		const end = d.date.end;
		if (drafts.slice(0, i).some((o) => o.role === 'main' && o.status === 'occurred' && o.doc === d.doc && o.sentence !== d.sentence && o.date && o.date.start > end)) d.role = 'context';
	}
	// Without a stamp, the article's own latest happening stands for its time: one told a year or more
	// before it is history ("Ngày 12/3/2021, đoàn … đã sang thăm …"), not part of the trip reported.
	if (!opts.stamp) demoteOlder(drafts, LONG_AGO_DAYS, () => true);
	// A trip lasts days: a happening told more than a month before the article's latest one is something
	// earlier recalled, or another story's lead printed under the article — not part of the trip reported.
	// (Not on a year's review: its items are the year's news, months apart, each the news of its own.)
	demoteOlder(drafts, TRIP_WINDOW_DAYS, (d) => d.status === 'occurred' && !(reviewed && d.date!.start.startsWith(`${reviewed}-`)));
	// No event of the news but one told by its part of the month, weeks before the stamp at most ("Vào đầu
	// tháng này, Đoàn … đã thăm …", "Cuối tháng 10 vừa qua, …"): that is the news, not background to it.
	if (opts.stamp && !drafts.some((d) => d.role === 'main')) {
		const stamp = opts.stamp.date;
		const recent = drafts.find((d) => d.date && (d.date.granularity === 'part_of_month' || d.date.granularity === 'month') && !INVITATION.test(d.sentence.text) && d.status === 'occurred' && dayDiff(stamp, parseIso(d.date.start)) >= 0 && dayDiff(stamp, parseIso(d.date.start)) <= TRIP_WINDOW_DAYS);
		if (recent) recent.role = 'main';
	}
	// The lead (the first sentence, or the first after a headline the body repeats) tells the trip by its part of the month
	// ("Trung tuần tháng 10, Đoàn … đã sang thăm, làm việc tại thành phố Huế"), and the days told after it fall within: the trip itself, the news, not background.
	// (So does a led delegation's lead read as a working session, "Những ngày cuối tháng 5, Đoàn công tác … do X làm Trưởng đoàn đã
	// sang thăm và làm việc với …": a delegation gone over to work with its hosts is the trip.)
	const first = drafts[0];
	const tripLead = first && (first.type === 'visit' || (first.type === 'working_session' && LED_DELEGATION.test(first.sentence.text)));
	if (first && tripLead && first.role === 'context' && first.status === 'occurred' && first.date?.granularity === 'part_of_month' && sentences.indexOf(first.sentence) <= 1) {
		const within = (d: EventDraft) => d !== first && d.role === 'main' && d.status === 'occurred' && !!d.date && d.date.start >= first.date!.start && d.date.end <= first.date!.end;
		if (drafts.some(within)) first.role = 'main';
	}
	// An undated lead that tells the trip done by a delegation and its leader ("Đoàn công tác Sở … tỉnh X do ông Y … làm trưởng đoàn
	// đã thăm và làm việc tại tỉnh Z"), then its programme day by day ("- Ngày 7/1: Đoàn …"): the trip itself, an event undated
	// here that its trip's days will date, and the delegation the bullets' "Đoàn" is.
	const opening = sentences[0]?.text.includes('oàn') ? sentences.slice(0, 2).find((s) => /^[(\[]?\p{Lu}/u.test(s.text) && LED_DELEGATION.test(s.text) && LEAD_TRIP.test(s.text)) : undefined;
	if (opening && !drafts.some((d) => d.sentence === opening) && !plannedText(opening.text) && drafts.filter((d) => d.role === 'main' && d.date && DATED_BULLET.test(d.sentence.text) && /^[-–•+]\s+[^:]{0,30}:\s*[Đđ]oàn(?![\p{L}])/u.test(d.sentence.text)).length >= 2) {
		const type = types.type(opening);
		if (type === 'visit' || type === 'working_session')
			drafts.unshift({ doc, sentence: opening, quote: { start: opening.start, end: opening.end, text: opening.text }, type, status: 'occurred', role: 'main', mention: null, date: null, followers: [] });
	}
	// An English lead that tells the visit at its end, undated ("A delegation of X led by Y has concluded a two-day visit to Z,
	// where …"): the visit, done, its days counted back from the last day the page tells of it, or from the stamp when it tells
	// none (written as it ended).
	const ended = opts.stamp ? sentences.slice(0, 3).find((s) => s.text.includes('-day') && ENDED_VISIT.test(s.text) && !drafts.some((d) => d.sentence === s)) : undefined;
	if (ended && opts.stamp) {
		const stamp = iso(opts.stamp.date);
		const told = drafts.filter((d) => d.role === 'main' && d.status === 'occurred' && d.date?.granularity === 'day' && d.date.start === d.date.end && d.date.end <= stamp && dayDiff(opts.stamp!.date, parseIso(d.date.end)) <= TRIP_WINDOW_DAYS);
		const last = told.reduce<string>((at, d) => (d.date!.end > at ? d.date!.end : at), '');
		const day: Resolved = { start: last || stamp, end: last || stamp, granularity: 'day', partOfDay: null, dating: last ? 'relative' : 'publication', confidence: 0.7, note: last ? note('; kết thúc vào ngày cuối cùng bài kể', '; ended on the last day the page tells') : note('; kết thúc vào ngày đăng bài', '; ended on the day of the page') };
		const date = stretchToTrip(day, ended.text);
		if (date !== day) {
			for (const d of drafts) d.followers = d.followers.filter((f) => f !== ended);
			drafts.push({ doc, sentence: ended, quote: { start: ended.start, end: ended.end, text: ended.text }, type: 'visit', status: 'occurred', role: 'main', mention: null, date, followers: [] });
		}
	}
	// No dated event at all: the article's lead event (its first sentence with an event verb) stands undated. (Nor is a
	// happening told "Cùng ngày" of no day told a dated one: the lead still opens the story.)
	if (!drafts.some((d) => d.role === 'main' && d.date)) {
		// Its type as found, not classified a second time.
		let type: EventType | null = null;
		const lead = sentences.find((s) => !FIRST_PLAN.test(s.text) && !(calledOff && AS_PLANNED.test(s.text)) && (type = types.type(s)) !== null);
		if (lead && type && !drafts.some((d) => d.sentence === lead)) {
			const draft: EventDraft = {
				doc,
				sentence: lead,
				quote: { start: lead.start, end: lead.end, text: lead.text },
				type,
				status: plannedText(lead.text) ? 'planned' : 'occurred',
				role: 'main',
				mention: null,
				date: null,
				followers: sentences.filter((s) => s.start > lead.start)
			};
			drafts.push(draft);
			// The host receiving the delegation, told after the lead ("Tiếp đón Đoàn, ông X, Phó Chủ huyện … cảm ơn …", "Tiếp Đoàn,
			// đồng chí X … chúc mừng …"): the reception is a happening of its own, of the same undated day, not a detail of the lead.
			const received = sentences.filter((s) => s.start > lead.start && RECEIVED_THEM.test(s.text) && !drafts.some((d) => d.sentence === s));
			for (const r of received) {
				// Its own followers run to the next happening told.
				const next = Math.min(...drafts.filter((d) => d.sentence.start > r.start).map((d) => d.sentence.start), ...received.filter((o) => o.start > r.start).map((o) => o.start));
				const own = sentences.filter((s) => s.start > r.start && s.start < next);
				draft.followers = draft.followers.filter((s) => s !== r && !own.includes(s));
				drafts.push({ doc, sentence: r, quote: { start: r.start, end: r.end, text: r.text }, type: 'reception', status: draft.status, role: 'main', mention: null, date: null, followers: own, receives: draft });
			}
			// A happening of the trip before the one the page tells, in someone's words ("Đồng chí X cho biết, trước đó Đoàn đã có
			// buổi làm việc với HĐND Thủ đô Viêng Chăn; hai bên đã ký kết …"): a happening of its own, undated as the page is.
			for (const e of sentences) {
				const said = e.start > lead.start ? TOLD_BEFORE.exec(e.text) : null;
				const kind = said && !drafts.some((d) => d.sentence === e) ? classify(e.text.slice(said.index)) : null;
				if (!kind || !said) continue;
				const at = e.start + said.index;
				draft.followers = draft.followers.filter((f) => f !== e);
				drafts.push({ doc, sentence: e, quote: { start: at, end: e.end, text: e.text.slice(said.index) }, type: kind, status: 'occurred', role: 'main', mention: null, date: null, followers: [] });
			}
		}
	}
	// An undated page's other stops of the delegation, told as such ("Đoàn cũng thăm và tặng 50 suất quà cho …", "Tại huyện X,
	// Đoàn thăm, tặng quà …"): happenings of their own, undated as the page is (a trip told by another page dates them).
	const undatedLead = drafts.some((d) => d.role === 'main' && d.date) ? undefined : drafts.find((d) => d.role === 'main' && d.status === 'occurred' && !d.date);
	if (undatedLead)
		for (const e of sentences) {
			if (e.start <= undatedLead.sentence.start || drafts.some((d) => d.sentence === e) || plannedText(e.text) || !(ALSO_DID.test(e.text) || GIFT_VISIT.test(e.text))) continue;
			const kind = types.type(e);
			if (!kind) continue;
			for (const d of drafts) d.followers = d.followers.filter((f) => f !== e);
			drafts.push({ doc, sentence: e, quote: { start: e.start, end: e.end, text: e.text }, type: kind, status: 'occurred', role: 'main', mention: null, date: null, followers: [] });
		}
	return drafts;
}
