/**
 * Days of the solar calendar told by their name, not their figures: "Đêm giao thừa Tết Dương lịch" (the night of
 * 31 December), "Ngày đầu năm mới", "ngày Tết Dương lịch" (1 January). A trip across the year's end is told so
 * ("Ngày 31/12, Đoàn thăm … Đêm giao thừa Tết Dương lịch, các thành viên Đoàn … Ngày đầu năm mới, Đoàn tham quan …"):
 * the day has no year written, and takes the one the stamp or the story gives, as "31/12" does (resolve.ts).
 *
 * The lunar new year's are lunar.ts's ("đêm giao thừa Tết Nguyên đán"); "ngày đầu năm mới" in a sentence of Tết
 * ("Ngày đầu năm mới Giáp Thìn, Đoàn chúc Tết …") is the first of the lunar year, and is left there too.
 */
import { POD, partOfDayWord } from './part-of-day';
import { B, E } from './vocabulary';
import { CUE as CUE_WORDS, cuesIn, keyWordAt } from './relative';
import type { TimeMention } from './types';

const Y = String.raw`(?:19[5-9]\d|20\d\d)`;
const NAMED = new RegExp(
	String.raw`${B}(?:` +
		// "Đêm giao thừa Tết Dương lịch", "đêm giao thừa năm mới dương lịch 2024": the eve, its year the one it opens.
		String.raw`(?:(?<evePod>đêm|tối)\s+)?giao\s+thừa\s+(?:Tết\s+|năm\s+mới\s+)?(?:Dương\s+lịch|Tây)(?:\s+(?:năm\s+)?(?<eveYear>${Y}))?` +
		// "Ngày đầu năm mới", "sáng ngày đầu tiên của năm mới 2024", "ngày Tết Dương lịch", "mùng 1 Tết Dương lịch".
		String.raw`|(?:${POD}\s+)?(?:ngày\s+(?:đầu\s+(?:tiên\s+(?:của\s+)?)?năm\s+mới|(?:mùng\s+|mồng\s+)?(?:1\s+)?Tết\s+(?:Dương\s+lịch|Tây))|(?:mùng|mồng)\s+1\s+Tết\s+(?:Dương\s+lịch|Tây))(?:\s+(?:năm\s+)?(?<dayYear>${Y}))?` +
		String.raw`)${E}`,
	'giu'
);
// Every match holds one of these: the finder is tried only on sentences that do.
const CUE = /giao\s+thừa|năm\s+mới|dương\s+lịch|tết\s+tây/iu;
// "những ngày đầu năm mới", "các ngày Tết Dương lịch": some days of it, not one.
const PLURAL = /(?:những|các|mấy|dịp|trong)\s+$/iu;
// The new year of the lunar calendar, told beside "năm mới": Tết itself (not "Tết Dương lịch"), a year's name ("Giáp Thìn"),
// spring ("Xuân"), "âm lịch".
const LUNAR_NEW_YEAR = /(?<![\p{L}])(?:Tết(?!\s+(?:Dương\s+lịch|Tây))|tết(?!\s+(?:dương\s+lịch|tây))|Xuân|âm\s+lịch|Nguyên\s+đán|(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))(?![\p{L}])/u;

/** The named solar days in `text` (Vietnamese): 31 December, 1 January, with no year unless one is written. */
export function findNamedDays(text: string): TimeMention[] {
	// Every phrase of CUE holds one of the words findRelative's scan of the sentence notes (index.ts): "thừa", "mới" and "năm",
	// "dương", "tết". With none, no cue.
	const cues = cuesIn(text);
	if (cues !== undefined && !(cues & (CUE_WORDS.FEAST | CUE_WORDS.SOLAR)) && !(cues & CUE_WORDS.NEW && keyWordAt(text, 'năm')! >= 0)) return [];
	if (!CUE.test(text)) return [];
	const found: TimeMention[] = [];
	NAMED.lastIndex = 0;
	for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
		const g = m.groups!;
		if (PLURAL.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
		const eve = /giao\s+thừa/iu.test(m[0]);
		if (!eve && /năm\s+mới/iu.test(m[0]) && LUNAR_NEW_YEAR.test(text)) continue;
		const written = g.eveYear ?? g.dayYear;
		found.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			shape: 'day',
			day: eve ? 31 : 1,
			month: eve ? 12 : 1,
			// "giao thừa … 2024" is the eve that opens 2024: 31/12/2023.
			year: written === undefined ? undefined : Number(written) - (eve ? 1 : 0),
			partOfDay: eve ? (g.evePod?.toLowerCase() === 'tối' ? 'evening' : 'night') : partOfDayWord(g.pod)
		});
	}
	return found;
}

// The Lao New Year, Bun Pi Mai, is fixed in the solar calendar: 14 to 16 April (the public holiday). Visits are planned
// for it ("sang thăm tỉnh Luông Pha Bang vào dịp Tết cổ truyền Bun-pi-mạy năm sau", "for Pi Mai Lao next year").
// Papers spell its last syllable with either tone ("Tết Bun-pi-mày năm 2023" as well as "Bun-pi-mạy").
const LAO_NEW_YEAR = /(?<![\p{L}])(?:(?:Tết\s+(?:cổ\s+truyền\s+)?)?(?:Bun-?\s?pi-?\s?m[ạàa]y|Bunpimay|Bun\s+Pi\s+Mai|Pi\s?may|Pi\s?mai)(?:\s+(?:của\s+)?(?:Lào|nhân\s+dân\s+Lào|Lao))?|Lao\s+New\s+Year)(?![\p{L}])/giu;

const WISHED_FEAST = /(?<![\p{L}])chúc(?![\p{L}])[^.;:!?]{1,80}?(?<![\p{L}])(?:vui\s+)?đón\s+$/iu;
/** The Lao New Year named, in either language: 14–16 April, its year as written or as told around it. */
export function findLaoNewYear(text: string): TimeMention[] {
	if (!/pi-?\s?m|pimay|new\s+year/iu.test(text)) return [];
	const found: TimeMention[] = [];
	LAO_NEW_YEAR.lastIndex = 0;
	for (let m = LAO_NEW_YEAR.exec(text); m; m = LAO_NEW_YEAR.exec(text)) {
		// "trước Tết Bun Pi Mai (tháng 4/2025)": some time before it, not its days.
		// ("in advance of the Bunpimay holiday" likewise.)
		if (/(?:trước|sau|before|after|ahead\s+of|in\s+advance\s+of)\s+(?:(?:dịp|the)\s+)?$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
		// A wish for the feast to come ("trao quà …, chúc cán bộ, hội viên tỉnh bạn đón Tết cổ truyền Bun-pi-mày vui tươi"):
		// what is wished for, told before the feast, not the day of the gift. ("đến chúc Tết Bun-pi-mày" greets at the feast.)
		if (WISHED_FEAST.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
		found.push({ start: m.index, end: m.index + m[0].length, text: m[0], shape: 'span', day: 14, month: 4, endDay: 16, endMonth: 4, partOfDay: null });
	}
	return found;
}
