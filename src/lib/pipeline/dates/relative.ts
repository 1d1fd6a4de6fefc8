/**
 * Relative expressions, in two kinds that must not be confused:
 *  - deictic, counted from the moment of writing: "hôm nay", "sáng nay", "hôm qua", "tối qua",
 *    "ngày mai (12/3)", "tuần trước", "tháng tới", "năm ngoái", a bare weekday ("sáng thứ Hai");
 *  - anaphoric, counted from the event just told: "cùng ngày", "chiều cùng ngày", "hôm sau",
 *    "ngày tiếp theo", "trước đó", "sau đó", "nhân dịp này".
 * HeidelTime-style tools count "ngày mai" from the publication date even when the article has
 * none; resolve.ts decides what "now" is. A bracketed date after a deictic word ("ngày mai (12/3)")
 * is kept on the mention so that resolution can check one against the other.
 */
import { POD, POD_FIRST, POD_LAST_WORDS, partOfDayWord } from './part-of-day';
import { WEEKDAY, WEEKDAY_FIRST, weekdayNumber, B, E, runBefore, place } from './vocabulary';
import type { TimeMention } from './types';

// The day the writer checked, in brackets ("sáng nay (14/9)") or written straight after ("sáng nay 14/9").
const BRACKET = String.raw`(?:\s*\(\s*(?<bd>\d{1,2})\s*[/-]\s*(?<bm>\d{1,2})(?:\s*[/-]\s*(?<by>\d{4}))?\s*\)|\s*,?\s+(?:ngày\s+)?(?<bd2>0?[1-9]|[12]\d|3[01])\s*\/\s*(?<bm2>0?[1-9]|1[0-2])(?:\s*\/\s*(?<by2>\d{4}))?(?![\d/]))?`;

// A small count of days, in figures or words.
const COUNT = String.raw`(?:[1-9]|một|hai|ba|bốn|năm|sáu|bảy)`;
const COUNT_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7 };
const countOf = (w: string | undefined) => (w === undefined ? 0 : /^\d$/.test(w) ? Number(w) : COUNT_WORDS[w.toLowerCase()] ?? 0);

/*
 * The characters a rule's match may begin with, as a lookahead in front of its regex (see absolute.ts's
 * FIRST): most rules open with an optional part of day, so irregexp tries the whole pattern at every
 * position; the lookahead fails a position that cannot begin a match at once. Each class must hold every
 * possible first character of its rule (POD_FIRST, WEEKDAY_FIRST, the literals'); the rules' 'iu' flags fold it.
 */
const FIRST = (chars: string) => `(?=[${chars}])`;

interface Rule {
	re: RegExp;
	/** Words one of which must be in the (lower-cased) text for the rule to be tried: a cheap pre-filter. */
	keys: string[];
	/**
	 * A pattern every match holds (with the rule's own case folding), tried when a key is there: a key alone is
	 * common ("thông qua", "hiện nay", "Thứ trưởng"). A part of day's last word ("rạng sáng", "sáng sớm", "xế chiều"
	 * end in sáng, sớm, chiều) or "hôm"/"ngày" stands before the deictic word; the word ends where E does.
	 * Written from the deictic word, the words before it read back: a pattern that opens with a literal is
	 * searched for by skipping (Boyer–Moore), one that opens with eight words is tried at each position (7× slower).
	 */
	need?: RegExp;
	/** Extra check on the match and the text before it. */
	guard?(match: string, before: string): boolean;
	build(g: Record<string, string | undefined>): Omit<TimeMention, 'start' | 'end' | 'text'> | null;
	/** The run of characters its matches may hold before a position (see startAt); set below, null if any. */
	run?: RegExp | null;
	/** Its keys in any case, to find the next from a position on (see startAt); set below with `run`. */
	keyAt?: RegExp;
}

const pod = (g: Record<string, string | undefined>) => partOfDayWord(g.pod);
const bracket = (g: Record<string, string | undefined>) =>
	g.bd ? { day: Number(g.bd), month: Number(g.bm), year: g.by ? Number(g.by) : undefined }
	: g.bd2 ? { day: Number(g.bd2), month: Number(g.bm2), year: g.by2 ? Number(g.by2) : undefined } : {};
// "Ngay sau hội đàm, …": right after it, with no time between: in the part of its day it was (resolve.ts), not only on its day.
const rightAfter = (g: Record<string, string | undefined>) => (g.right ? { rightAfter: true } : {});
const day = (relation: 'deictic' | 'anaphoric', offset: number) => (g: Record<string, string | undefined>) =>
	({ shape: 'day', relation, unit: 'day', offset, partOfDay: pod(g), ...bracket(g) }) as const;

/*
 * The day before / after a day named by its place, not the one just told: "Tối hôm trước ngày làm việc tại Chăm-pa-sắc, Đoàn
 * đã đến …" after a programme "- Ngày 20/11: … tỉnh Chăm-pa-sắc …; - Ngày 21/11: … Sa-la-văn" is the 19th (events.ts finds the
 * day the page gives the place). The place is a capitalised name, after "tỉnh", "thành phố", "huyện" if any.
 */
const DAY_AT = String.raw`(?:\s+ngày\s+(?:(?:làm\s+việc|công\s+tác|hội\s+đàm|thăm)\s+)?(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|huyện|thị\s+xã)\s+)?(?<at>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}))?`;
// … or by the happening the page dates: "Tối hôm trước ngày khai mạc, Đoàn đã qua Cửa khẩu …" is the eve of the opening told
// ("Sáng 22/8, … chủ trì Lễ khai mạc …"), before or after.
const DAY_OF = String.raw`(?:\s+(?:ngày|lễ|buổi)\s+(?<of>khai\s+mạc|bế\s+mạc|khánh\s+thành|khởi\s+công|hội\s+đàm|ký\s+kết))?`;
const dayAt = (offset: number) => (g: Record<string, string | undefined>) =>
	(g.at || g.of ? { ...day('anaphoric', offset)(g), at: g.at ?? g.of!.replace(/\s+/g, ' ') } : day('anaphoric', offset)(g));

/**
 * A rule's need (see Rule.need) for "… nay", "… qua", "… mai": the word after `lead` ("hôm", "ngày") or after
 * a part of day's last word, read from POD's own words so a part of day added there is not filtered out here.
 */
function endsDeictic(word: string, lead: string): RegExp {
	return new RegExp(String.raw`${word}(?<=(?:${[lead, ...POD_LAST_WORDS].join('|')})\s+${word})(?![\p{L}\p{N}])`, 'iu');
}

const RULES: Rule[] = [
	// today: hôm nay, sáng nay, chiều nay (but not "nay" alone: "hiện nay", "đến nay")
	{ keys: ['nay'], need: endsDeictic('nay', 'hôm'), re: new RegExp(String.raw`${FIRST(POD_FIRST + 'hn')}${B}(?:${POD}\s+(?:hôm\s+)?nay|hôm\s+nay|ngày\s+hôm\s+nay)${E}${BRACKET}`, 'giu'), build: day('deictic', 0) },
	// yesterday: hôm qua, tối qua, chiều hôm qua ("qua" alone is a preposition)
	{ keys: ['qua'], need: endsDeictic('qua', 'hôm'), re: new RegExp(String.raw`${FIRST(POD_FIRST + 'hn')}${B}(?:${POD}\s+(?:hôm\s+)?qua|(?:ngày\s+)?hôm\s+qua)${E}${BRACKET}`, 'giu'), build: day('deictic', -1) },
	{ keys: ['kia'], re: new RegExp(String.raw`${FIRST(POD_FIRST + 'h')}${B}(?:${POD}\s+)?hôm\s+kia${E}${BRACKET}`, 'giu'), build: day('deictic', -2) },
	// tomorrow: ngày mai, sáng mai ("mai" alone is also a name and a flower)
	{ keys: ['mai'], need: endsDeictic('mai', 'ngày'), re: new RegExp(String.raw`${FIRST(POD_FIRST + 'n')}${B}(?:${POD}\s+(?:ngày\s+)?mai|ngày\s+mai)${E}${BRACKET}`, 'giu'), build: day('deictic', 1) },
	{ keys: ['kia'], re: new RegExp(String.raw`${FIRST(POD_FIRST + 'n')}${B}(?:${POD}\s+)?ngày\s+kia${E}${BRACKET}`, 'giu'), build: day('deictic', 2) },
	// "Cách đây 3 ngày", "Hai ngày trước, …": days back from the writing; "hai ngày trước đó", "ba ngày sau (đó)":
	// from the event just told. Only where the phrase ends its clause: "2 ngày trước khi về nước",
	// "hai ngày trước Tết" count from something else.
	// Weeks too: "Hai bên thống nhất, đúng một tuần sau, Đoàn … sẽ sang …" is seven days after the day told.
	// "Trước đó một ngày, Đoàn …": the day before the one told, as "một ngày trước đó".
	{ keys: ['cách đây', 'ngày trước', 'ngày sau', 'tuần sau', 'tuần trước', 'trước đó'],
		// ("Cách đây N ngày" counts from the writing wherever it stands: "Diễn đàn khai mạc cách đây hai ngày tại Trung tâm Hội nghị …".)
		re: new RegExp(String.raw`${FIRST(String.raw`c\dmhbnsđt`)}${B}(?:cách\s+đây\s+(?<n1>${COUNT})\s+(?<unit1>ngày|tuần)${E}(?!\s+(?:đường|đi|đêm)(?![\p{L}]))|(?:(?:đúng\s+)?(?<n2>${COUNT})\s+(?<unit>ngày|tuần)\s+(?<dir>trước|sau)(?<that>\s+đó)?|trước\s+đó\s+(?<n3>${COUNT})\s+ngày)${E}(?=\s*[,.;:)]|\s*$))`, 'giu'),
		build: (g) => {
			if (g.n3) return countOf(g.n3) ? day('anaphoric', -countOf(g.n3))(g) : null;
			// "Cách đây một tuần, Đoàn … đã sang …": seven days back from the writing.
			const k = (countOf(g.n1 ?? g.n2) ?? 0) * ((g.unit ?? g.unit1)?.toLowerCase() === 'tuần' ? 7 : 1);
			if (!k) return null;
			if (g.n1 || (g.dir!.toLowerCase() === 'trước' && !g.that)) return day('deictic', -k)(g);
			return day('anaphoric', g.dir!.toLowerCase() === 'trước' ? -k : k)(g);
		}
	},
	// "Tại buổi làm việc ngày 21 vừa qua ở Pạc-xế, …": the 21st of the month told (or of the writing), just past.
	{ keys: ['vừa qua'], re: new RegExp(String.raw`${FIRST('n')}${B}ngày\s+(?<d>[1-9]|[12]\d|3[01])\s+vừa\s+qua${E}`, 'giu'), build: (g) => ({ shape: 'day', relation: 'anaphoric', dayOfMonth: Number(g.d), tense: 'past', partOfDay: null }) as const },
	// A day with no month opening the sentence ("Sáng ngày 9, tại …, Đoàn … đã hội đàm …", "Ngày 14, Đoàn …"): that day of the
	// month told, or of the writing's (the month before, if the day is later than the writing). Not a list ("Ngày 8, 9/10").
	{ keys: ['ngày'], need: /ngày\s+\d{1,2}\s*,(?!\s*\d)/iu, re: new RegExp(String.raw`${FIRST(POD_FIRST + 'n')}^(?:${POD}\s+)?ngày\s+(?<d>0?[1-9]|[12]\d|3[01])(?=\s*,(?!\s*\d))`, 'giu'), build: (g) => ({ shape: 'day', relation: 'anaphoric', dayOfMonth: Number(g.d), partOfDay: pod(g) }) as const },
	// same day as the event just told
	// … and "tối hôm đó", "ngày hôm ấy": the day just told ("Cũng trong ngày hôm qua" is yesterday, counted from the writing)
	{ keys: ['cùng ngày', 'trong ngày', 'hôm đó', 'hôm ấy'], re: new RegExp(String.raw`${FIRST(POD_FIRST + 'ctnh')}${B}(?:${POD}\s+)?(?:(?:cũng\s+)?(?:trong\s+)?cùng\s+ngày|cũng\s+trong\s+ngày(?!\s+(?:thứ|đầu|cuối)(?![\p{L}])[^,.;]{0,12}\s+của\s+(?:chuyến|đợt)(?![\p{L}]))(?!\s+(?:hôm\s+)?(?:qua|nay|kia|mai)(?![\p{L}]))|(?:ngày\s+)?hôm\s+(?:đó|ấy))${E}`, 'giu'), build: day('anaphoric', 0) },
	// a part of the day just told, opening a programme's clause: "- Ngày 20/11: Hội đàm …; buổi chiều tham quan …"
	// So is one said to be the same ("Cũng trong buổi sáng, hai bên đã ký kết …" after "Sáng 25/5, …"): that day's morning, as
	// "cũng trong ngày" is that day. (Not "trong buổi sáng nay", "trong buổi chiều cùng ngày": those are read whole.) "Cùng
	// buổi chiều, …" after "Chiều 13/12, …" is that afternoon too.
	{ keys: ['buổi'], re: new RegExp(String.raw`${FIRST('bct')}^(?:buổi\s+(?<pod>sáng|trưa|chiều|tối)(?![\p{L}])|(?:cũng\s+)?(?:trong\s+)?(?:cùng\s+)?buổi\s+(?<pod2>sáng|trưa|chiều|tối)(?![\p{L}])(?!\s+(?:nay|qua|mai|hôm|ngày|cùng|đó|ấy|sau)(?![\p{L}])))`, 'giu'), build: (g) => day('anaphoric', 0)({ ...g, pod: g.pod ?? g.pod2 }) },
	// the day after
	{ keys: ['sau', 'tiếp theo'], need: /(?:hôm\s+(?:sau|tiếp\s+theo)|ngày\s+tiếp\s+theo)(?![\p{L}\p{N}])/iu, re: new RegExp(String.raw`${FIRST(POD_FIRST + 'nh')}${B}(?:${POD}\s+)?(?:ngày\s+)?(?:hôm\s+sau${DAY_AT}|hôm\s+tiếp\s+theo|ngày\s+tiếp\s+theo)${E}${BRACKET}`, 'giu'), build: dayAt(1) },
	// the day before the one just told: "Ngày hôm trước, Đoàn tham quan …" after "Tối qua, …", "tối hôm trước", "hôm trước đó"
	// ("hôm trước" alone is also "the other day"; "ngày hôm trước khi …", "hôm trước Tết" count from something else).
	{ keys: ['hôm trước'], re: new RegExp(String.raw`${FIRST(POD_FIRST + 'nh')}${B}(?:(?:${POD}\s+(?:ngày\s+)?hôm\s+trước|ngày\s+hôm\s+trước)(?:${DAY_AT}|${DAY_OF})|hôm\s+trước\s+đó)${E}(?!\s+(?:khi|ngày|lễ|Tết|tết|kỳ|đợt))${BRACKET}`, 'giu'), build: dayAt(-1) },
	// the same occasion: "Nhân dịp này", "Cũng tại buổi làm việc", "Tại hội nghị"
	// the days of the event just told: "Trong 2 ngày 19-20/11, Đoàn … tỉnh X …" / "Cùng thời gian, Đoàn … Tập đoàn Y … cũng có
	// chuyến khảo sát …" (a second delegation over the same days), at the head of the sentence.
	{ keys: ['cùng thời'], re: new RegExp(String.raw`${FIRST('c')}(?:^|(?<=^[^,;.]{0,12}?\s))cùng\s+(?:thời\s+gian|thời\s+điểm)(?:\s+(?:này|đó|trên))?(?=\s*,)`, 'giu'), build: () => ({ shape: 'span', relation: 'anaphoric', sameSpan: true, partOfDay: null }) },
	// the week of the event just told: "Cũng trong tuần, Đoàn … đã sang thăm …" in a round-up of the week's news
	{ keys: ['trong tuần'], re: new RegExp(String.raw`${FIRST('ct')}${B}(?:cũng\s+)?trong\s+tuần(?=\s*,)`, 'giu'), build: () => ({ shape: 'span', relation: 'anaphoric', unit: 'week', offset: 0, partOfDay: null }) },
	{ keys: ['dịp', 'cũng tại'], re: new RegExp(String.raw`${FIRST('ndc')}${B}(?:nhân\s+dịp\s+này|dịp\s+này|cũng\s+tại\s+(?:buổi|cuộc)\s+(?:làm\s+việc|hội\s+đàm|tiếp|gặp))${E}`, 'giu'), build: day('anaphoric', 0) },
	// right after the meeting just told: "Sau buổi hội đàm, hai bên đã ký kết …", "Kết thúc buổi làm việc, …"
	{ keys: ['sau buổi', 'sau cuộc', 'kết thúc buổi', 'kết thúc cuộc', 'sau hội đàm', 'sau khi hội đàm', 'kết thúc hội đàm'], re: new RegExp(String.raw`${FIRST('nsk')}${B}(?:(?<right>ngay\s+)?sau|kết\s+thúc)\s+(?:(?:buổi|cuộc)\s+(?:làm\s+việc|hội\s+đàm|tiếp|gặp|hội\s+kiến|hội\s+đàm\s+và\s+làm\s+việc)|(?:khi\s+)?hội\s+đàm)${E}(?=\s*,)`, 'giu'), build: (g) => ({ ...day('anaphoric', 0)(g), after: 'meeting', ...rightAfter(g) }) },
	// right after the ceremony told: "Ngay sau lễ kỷ niệm, hai bên hội đàm …", "Sau lễ khai mạc, Đoàn …"
	{ keys: ['sau lễ', 'sau buổi lễ'], re: new RegExp(String.raw`${FIRST('ns')}${B}(?<right>ngay\s+)?sau\s+(?:buổi\s+)?lễ(?:\s+\p{Ll}+){0,3}${E}(?=\s*,)`, 'giu'), build: (g) => ({ ...day('anaphoric', 0)(g), after: 'ceremony', ...rightAfter(g) }) },
	// before / after the event just told, day unknown
	{ keys: ['trước đ'], re: new RegExp(String.raw`${FIRST('t')}${B}(?:trước\s+đó|trước\s+đấy)${E}`, 'giu'), build: () => ({ shape: 'vague', relation: 'anaphoric', order: 'before', partOfDay: null }) },
	{ keys: ['sau đó', 'tiếp đó'], re: new RegExp(String.raw`${FIRST('snt')}${B}(?:sau\s+đó|ngay\s+sau\s+đó|tiếp\s+đó)${E}`, 'giu'), build: () => ({ shape: 'vague', relation: 'anaphoric', order: 'after', partOfDay: null }) },
	// "Đầu tuần, Sở … đã tổ chức …": the first days of this week, said with no "này" at the head of the sentence.
	{ keys: ['đầu tuần'], re: new RegExp(String.raw`${FIRST('đ')}(?:^|(?<=^[^,;.]{0,20}?\s))đầu\s+tuần(?=\s*,)`, 'giu'), build: () => ({ shape: 'span', relation: 'deictic', unit: 'week', offset: 0, partOfWeek: 'early', partOfDay: null }) },
	// weeks, months, years from now ("một năm sau", "hai tuần trước" count from something else)
	{ keys: ['tuần', 'tháng', 'năm'],
		need: /(?:tuần|tháng|năm)\s+(?:trước|qua|này|tới|sau|ngoái)(?![\p{L}\p{N}])/iu,
		guard: (_m, before) => !/(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|các|những|hơn)\s*$/iu.test(before),
		// "cuối tuần qua" is last weekend, "đầu tuần này" this Monday or Tuesday.
		// "Suốt tuần qua, Đoàn đã khảo sát …": throughout the week gone by, a stretch that ends at the writing.
		re: new RegExp(String.raw`${FIRST('đctns')}${B}(?:(?<through>suốt|trong)\s+(?=tuần\s+qua))?(?:(?<part>đầu|cuối)\s+(?=tuần))?(?<unit>tuần|tháng|năm)\s+(?<which>trước|qua|này|tới|sau|ngoái)${E}`, 'giu'),
		build: (g) => {
			const unit = ({ tuần: 'week', tháng: 'month', năm: 'year' } as Record<string, 'week' | 'month' | 'year'>)[g.unit!.toLowerCase()];
			const which = g.which!.toLowerCase();
			// "năm qua"/"tháng qua" mostly mean "over the past year(s)": not a date.
			if (which === 'qua' && unit !== 'week') return null;
			if (which === 'ngoái' && unit !== 'year') return null;
			// "năm sau"/"tháng sau" after a number is "N years later", not "next year".
			const offset = which === 'này' ? 0 : which === 'tới' || which === 'sau' ? 1 : -1;
			const partOfWeek = g.part ? (/đầu/i.test(g.part) ? 'early' : 'late') : undefined;
			return { shape: unit === 'week' ? 'span' : unit, relation: 'deictic', unit, offset, partOfWeek, partOfDay: null, passing: which === 'qua' && unit === 'week' && !g.part ? true : undefined, through: g.through ? true : undefined };
		}
	},
	// "Vừa qua, Đoàn …", "Lãnh đạo tỉnh vừa qua đã tiếp …", "Mới đây, …": a report of the last days with no
	// date. Only at the head of the sentence or before "đã": "thời gian vừa qua", "năm vừa qua" are periods.
	{ keys: ['vừa qua', 'mới đây', 'vừa rồi'],
		guard: (_m, before) => !/(?:năm|tháng|tuần|ngày|thời\s+gian|giai\s+đoạn|dịp|kỳ|quý|qua|hôm|\d)\s*$/iu.test(before),
		re: new RegExp(String.raw`${FIRST('vm')}(?:^|(?<=^[^,;.]{0,80}?\s))(?:vừa\s+qua|vừa\s+rồi|mới\s+đây)(?=\s*,|\s+(?:đã|Đoàn|đoàn)\s)`, 'giu'),
		build: () => ({ shape: 'span', relation: 'deictic', recent: true, partOfDay: null })
	},
	// "Trong hai ngày qua, Đoàn đã …", "ba ngày qua": the days up to the writing, today among them.
	{ keys: ['ngày qua'],
		re: new RegExp(String.raw`${FIRST('thbn')}${B}(?:trong\s+)?(?<n>hai|ba|bốn|năm|2|3|4|5)\s+ngày\s+qua${E}`, 'giu'),
		build: (g) => ({ shape: 'span', relation: 'deictic', unit: 'day', offset: -({ hai: 2, ba: 3, bốn: 4, năm: 5 } as Record<string, number>)[g.n!.toLowerCase()] || -Number(g.n), pastDays: true, partOfDay: null })
	},
	// "Trong vài ngày tới, Đoàn sẽ …", "những ngày tới": the next few days, said of a programme still to come.
	// ("thời gian tới", "sắp tới" alone say no span at all.)
	{ keys: ['ngày tới', 'ngày sắp tới'],
		re: new RegExp(String.raw`${FIRST('tvmnicd')}${B}(?:trong\s+)?(?:vài|mấy|ít|những|các|dăm)\s+ngày\s+(?:sắp\s+)?tới${E}`, 'giu'),
		build: () => ({ shape: 'span', relation: 'deictic', soon: true, partOfDay: null })
	},
	// a weekday with no date: "sáng thứ Hai", "hôm thứ Ba". "thứ hai" is also "second":
	// weekdays are capitalised or written as digits, ordinals follow "lần", "khóa", "kỳ"…
	{ keys: ['thứ', 'chủ nhật'],
		need: /thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])(?![\p{L}\p{N}])|chủ\s*nhật/iu,
		guard: (match, before) =>
			/thứ\s*(?:\p{Lu}|\d)|chủ\s*nhật/iu.test(match) && !/thứ\s*\p{Ll}/u.test(match) && !/(?:lần|khóa|khoá|kỳ|phiên|hạng|vị\s+trí|đứng)\s*$/iu.test(before),
		re: new RegExp(String.raw`${FIRST(POD_FIRST + WEEKDAY_FIRST + 'hv')}${B}(?:${POD}\s+)?(?:hôm\s+|vào\s+)?${WEEKDAY}(?<which>\s+(?:tuần\s+)?(?:trước|này|tới|sau|vừa\s+qua))?${E}(?!\s*[,(]?\s*(?:ngày\s+)?\d)`, 'giu'),
		build: (g) => {
			const wd = weekdayNumber(g.wd);
			if (wd === undefined) return null;
			const which = (g.which ?? '').trim().toLowerCase();
			// "thứ Hai tuần trước" is the Monday of last week, not the last Monday.
			if (which.startsWith('tuần')) return { shape: 'day', relation: 'deictic', unit: 'week', offset: /trước|qua/.test(which) ? -1 : /tới|sau/.test(which) ? 1 : 0, weekday: wd, partOfDay: pod(g) };
			const tense = /trước|qua/.test(which) ? 'past' : /tới|sau/.test(which) ? 'future' : undefined;
			return { shape: 'day', relation: 'deictic', weekday: wd, tense, partOfDay: pod(g) };
		}
	}
];

/*
 * Words other finders of index.ts's scan look for in every sentence (findLunar's and findNamedDays' cues), noted
 * by the same scan as the keys (cuesIn) rather than by a regex of their own over the sentence: FEAST "tết" and "thừa"
 * (of "giao\s+thừa"), LUNAR "chạp" and "hùng" (of "Giỗ Tổ Hùng Vương"), SOLAR "dương" (of "dương\s+lịch"; "tết\s+tây" holds "tết"),
 * NEW "mới" (of "năm\s+mới", with "năm", a WORD_BIT), and findQuarters' QUARTER "quý" (of "quý III"). Each is read as the
 * finders' 'iu' flag reads it (the test of anyCase checks their letters too). Only words whose first letter the keys
 * already begin with: a new first letter ("âm", "giêng", "rằm", "pi") made the scan cost more than the regex it spared.
 */
export const CUE = { FEAST: 1, LUNAR: 2, SOLAR: 4, NEW: 8, QUARTER: 16 } as const;
const CUE_WORDS: Record<string, number> = { tết: CUE.FEAST, thừa: CUE.FEAST, chạp: CUE.LUNAR, hùng: CUE.LUNAR, dương: CUE.SOLAR, mới: CUE.NEW, quý: CUE.QUARTER };
/*
 * Which rules have a key in a text (bit i for RULES[i]), found in one scan of all the keys instead of
 * an `includes` per key: restarted one character after each hit so that keys inside or overlapping
 * others are seen too. At one position it reports the longest key there; the keys that start there
 * too are its prefixes, so each key's bits include its prefixes'.
 */
const KEYS = [...new Set([...RULES.flatMap((r) => r.keys), ...Object.keys(CUE_WORDS)])].sort((a, b) => b.length - a.length);
/** The keys scanned for, the rules' and the cue words (for the test of anyCase). */
export const RELATIVE_KEYS: readonly string[] = KEYS;
const keyBits = new Map(KEYS.map((k) => [k, RULES.reduce((bits, r, i) => (r.keys.some((u) => k.startsWith(u)) ? bits | (1 << i) : bits), 0)]));
/*
 * "tháng" and "năm" are keys (no other key begins with either) and needs of findAbsolute's families: the scan
 * notes where each is first found, under a bit of its own above the rules' (keyWordAt), so that findAbsolute,
 * which reads the same sentence next, need not look for them again.
 */
const WORD_BIT = { tháng: 1 << 30, năm: 1 << 29 } as const;
if (RULES.length > 29) throw new Error('relative.ts: more than 29 rules leave no bit for WORD_BIT: move its bits');
for (const [word, bit] of Object.entries(WORD_BIT)) keyBits.set(word, keyBits.get(word)! | bit);
/** Each key's cue groups: those of the cue words it begins with (the longest key at a position is the one reported). */
const keyCues = new Map(KEYS.map((k) => [k, Object.entries(CUE_WORDS).reduce((cues, [w, c]) => (k.startsWith(w) ? cues | c : cues), 0)]));

/*
 * The keys are found in the text as written, each letter read as the class of the characters that lower-case to
 * it (anyCase): the same places a search of a lower-cased copy finds, without making the copy. Written as a
 * trie (keys sharing a beginning share its pattern), which irregexp reads faster than the keys one after the
 * other (finding them in the text with the 'i' flag instead cost more than the copy: callgrind 9.17M → 9.32M
 * instructions per article). At one position the trie's greedy repeats take the longest key there, as the
 * alternation of the keys, longest first, did.
 */
// The 'u' flag changes nothing here (every key letter is in the BMP) but irregexp's speed: 10% less time.
const ANY_KEY = new RegExp(trie(KEYS), 'gu');

/**
 * The characters whose toLowerCase() is `c` (a lower-case letter or a space), as a regex fragment: `c`, its
 * capital, and the Kelvin sign for "k" (the one other; tests/unit/pipeline/date-key-case.test.ts checks them all).
 */
export function anyCase(c: string): string {
	const chars = [...new Set([c, c.toUpperCase(), c === 'k' ? '\u212A' : c])].filter((u) => u.toLowerCase() === c);
	const escaped = chars.map((u) => u.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&'));
	return escaped.length === 1 ? escaped[0] : `[${escaped.join('')}]`;
}

/** A pattern matching any of `keys` in any case (anyCase), as a trie: the longest at a position first. */
function trie(keys: string[]): string {
	interface Node { end: boolean; next: Map<string, Node> }
	const root: Node = { end: false, next: new Map() };
	for (const k of keys) {
		let node = root;
		for (const c of k) {
			if (!node.next.has(c)) node.next.set(c, { end: false, next: new Map() });
			node = node.next.get(c)!;
		}
		node.end = true;
	}
	const emit = (node: Node): string => {
		const alts = [...node.next].map(([c, after]) => anyCase(c) + emit(after));
		if (!alts.length) return '';
		const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
		return node.end ? `(?:${body})?` : body;
	};
	return emit(root);
}

function rulesWithKeys(text: string): number {
	let bits = 0, cues = 0;
	ANY_KEY.lastIndex = 0;
	for (let m = ANY_KEY.exec(text); m; m = ANY_KEY.exec(text)) {
		// A key as written ("Tháng", "HÔM QUA") is looked up lower-cased.
		let key = m[0];
		let found = keyBits.get(key);
		if (found === undefined) found = keyBits.get((key = key.toLowerCase()))!;
		// Every position holding a key is visited: the first with a rule's bit is where its first key is.
		for (let rest = found & ~bits; rest; rest &= rest - 1) firstKeyAt[31 - Math.clz32(rest & -rest)] = m.index;
		bits |= found;
		cues |= keyCues.get(key)!;
		ANY_KEY.lastIndex = m.index + 1;
	}
	scanned = text;
	scannedBits = bits;
	scannedCues = cues;
	return bits;
}
/** Where rulesWithKeys found each rule's first key (and each WORD_BIT's word) in the sentence being read (valid for its bits only). */
const firstKeyAt: number[] = new Array(32).fill(-1);
let scanned: string | null = null;
let scannedBits = 0;
let scannedCues = 0;

/** The CUE groups whose words are in `text`, as findRelative's scan of it found them; undefined when the last sentence it read is another. */
export function cuesIn(text: string): number | undefined {
	return text === scanned ? scannedCues : undefined;
}

/**
 * Where "tháng" or "năm" (in any case, as the 'iu' flag reads them) is first in `text`, -1 if nowhere, as found
 * by findRelative's scan of it; undefined when the last sentence findRelative read is another.
 */
export function keyWordAt(text: string, word: keyof typeof WORD_BIT): number | undefined {
	if (text !== scanned) return undefined;
	const bit = WORD_BIT[word];
	return scannedBits & bit ? firstKeyAt[31 - Math.clz32(bit)] : -1;
}

/*
 * startAt's skip holds only for a rule whose every match holds one of its keys as anyCase reads them. A key
 * of two words is not held by "cùng  ngày" (two spaces, a no-break space) that the regex's \s+ reads, and a
 * key with an "s" not by "ſau", which the regex's case folding reads as "sau" but toLowerCase leaves: such
 * rules are tried from the start and to the end, as before. Every other letter of a key is read by the rules'
 * 'i' flag as exactly the characters that lower-case to it (the test checks that too). `keyAt` finds the
 * rule's next key from a position on.
 */
for (const r of RULES) {
	const single = r.keys.every((k) => !/[\ss]/.test(k));
	r.run = single ? runBefore(r.re.source) : null;
	r.keyAt = single ? new RegExp(trie(r.keys), 'gu') : undefined;
}

/*
 * Where a rule's next match may start, from `from` on: -1 when none can. Every match holds one of its rule's
 * keys: with none left, the rest holds no match, and the regex need not try each of its positions to learn
 * so. Else, with `at` the first key, a match starting before `at` runs through every character up to it, so
 * it starts after the last character there that no match of the rule can hold (`run`): the regex is tried
 * from that point, on the whole text (its lookbehinds see what really stands before). Only a rule whose keys
 * are single words is sure to hold one as written: "cùng  ngày" (two spaces) is a match of its rule without
 * the key "cùng ngày", so such a rule goes on to the end, as before.
 */
function startAt(r: Rule, i: number, text: string, from: number): number {
	if (r.run) {
		let at = firstKeyAt[i];
		if (from > 0) {
			r.keyAt!.lastIndex = from;
			at = r.keyAt!.exec(text)?.index ?? -1;
		}
		if (at < 0) return -1;
		r.run.lastIndex = at;
		from = Math.max(from, at - r.run.exec(text)![1].length);
	}
	r.re.lastIndex = from;
	return from;
}

export function findRelative(text: string): TimeMention[] {
	const out: TimeMention[] = [];
	const keyed = rulesWithKeys(text);
	// Indexed: entries() makes an [i, r] array per rule and sentence.
	for (let i = 0; i < RULES.length; i++) {
		const r = RULES[i];
		if (!(keyed & (1 << i))) continue;
		if (r.need && !r.need.test(text)) continue;
		for (let from = 0, m; (from = startAt(r, i, text, from)) >= 0 && (m = r.re.exec(text)); from = r.re.lastIndex) {
			if (r.guard && !r.guard(m[0], text.slice(Math.max(0, m.index - 12), m.index))) continue;
			const built = r.build(m.groups ?? {});
			if (built) out.push(place(built, m.index, m.index + m[0].length, m[0]));
		}
	}
	return out.length > 1 ? weekdayRanges(text, out) : out;
}

// Between the two weekdays of a range: "(từ) thứ Hai đến (hết) thứ Tư tuần trước".
const RANGE_BETWEEN = /^\s*(?:đến|tới|-|–)\s+(?:hết\s+)?$/iu;
/**
 * Two weekdays joined as a range, one of them with its week ("Từ thứ Hai đến hết thứ Tư tuần trước", "thứ Năm tuần này đến
 * thứ Bảy"): the week word qualifies the range, not its last day alone, so the mention is those days of that week (in place of
 * the two).
 */
function weekdayRanges(text: string, found: TimeMention[]): TimeMention[] {
	const days = found.filter((m) => m.weekday !== undefined && m.shape === 'day' && m.relation === 'deictic');
	if (days.length < 2) return found;
	days.sort((a, b) => a.start - b.start);
	let out = found;
	for (let i = 0; i + 1 < days.length; i++) {
		const a = days[i], b = days[i + 1];
		const week = a.unit === 'week' ? a : b.unit === 'week' ? b : null;
		if (!week || (a.unit === 'week' && b.unit === 'week') || !RANGE_BETWEEN.test(text.slice(a.end, b.start))) continue;
		const joined = place({ shape: 'span', relation: 'deictic', unit: 'week', offset: week.offset, weekday: a.weekday, endWeekday: b.weekday, partOfDay: a.partOfDay ?? null }, a.start, b.end, text.slice(a.start, b.end));
		out = out.filter((m) => m !== a && m !== b);
		out.push(joined);
		i++;
	}
	return out;
}
