/**
 * Days of the lunar calendar, as Vietnamese news tells Tết and the feasts: "Sáng mùng 5 Tết", "chiều 29 Tết",
 * "mùng 6 tháng Giêng", "Rằm tháng Giêng", "ngày 23 tháng Chạp", "ngày 15/8 âm lịch". Delegations travel for
 * Tết (and for Bun-pi-mày, which is solar): a provincial paper dates the visit by the Tết day alone, its stamp
 * giving the solar day.
 *
 * The finder is ours (no date library reads these words); the conversion to a solar day is the
 * @nghiavuive/lunar_date_vi library's: the Vietnamese calendar is reckoned at UTC+7 and parts from the Chinese
 * one some years (Tết 2007 fell on 17 February in Việt Nam, a day before China's New Year), so a Chinese
 * calendar library would be wrong those years.
 */
import { LunarDate } from '@nghiavuive/lunar_date_vi';
import { POD, partOfDayWord } from './part-of-day';
import { B, E, MONTH_WORD, monthNumber } from './vocabulary';
import { CUE as CUE_WORDS, cuesIn } from './relative';
import type { TimeMention, YMD } from './types';

const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const dayNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()]);

const DAYWORD = String.raw`(?:[12]?\d|30|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)`;
// The year of the Tết, when written: "Tết Ất Tỵ 2025", "Tết Nguyên đán Giáp Thìn 2024", "Tết cổ truyền 2026".
// (Named per use: Node 20's regexes allow no name twice, even in alternatives.)
// Not the solar one's: "mùng 1 Tết Dương lịch" is 1 January (named-days.ts).
// A year's name in the sixty-year cycle: "Giáp Thìn", "Ất Tỵ".
const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
const CAN_CHI = String.raw`(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)`;
// (The year's name is captured: "mùng 2 Tết Đinh Dậu" is of lunar 2017 whatever the page's year. Not after "N Tết":
// "30 Tết Quý Mão" is said both of that year's last day and of the eve of its Tết.)
const OF_YEAR = (name: string) => String.raw`(?!\s+(?:Dương\s+lịch|Tây)(?![\p{L}]))(?:\s+(?:Nguyên\s+đán|cổ\s+truyền))?(?:\s+(?<${name}CanChi>${CAN_CHI})|\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)?(?:\s+(?<${name}>(?:19|20)\d\d))?`;
// The lunar year after a day of a month, "năm" before it or not: "Rằm tháng Giêng năm Ất Tỵ", "mùng 10 tháng Giêng năm
// Bính Ngọ", "15/8 âm lịch năm 2025". A feast named with its year is that year's, whatever the page's.
const OF_LUNAR_YEAR = (name: string) => String.raw`(?:\s+(?:năm\s+)?(?<${name}CanChi>${CAN_CHI})(?![\p{L}]))?(?:\s+(?:năm\s+)?(?<${name}>(?:19|20)\d\d)(?!\d))?`;
// The second day of two, or the last of a run of the first days: "mùng 6 và mùng 7 Tết", "mùng 2 đến mùng 4 Tết".
const AND_TET_DAY = String.raw`(?:\s*(?:và|đến|tới|-|–)\s*(?:(?:mùng|mồng)\s+)?(?<tetEnd>${DAYWORD}))?`;
/**
 * The lunar year a cycle name stands for, in the cycle of 1984 (Giáp Tý) to 2043 (Quý Hợi): the news read here is of these
 * years ("Tết Đinh Dậu" is 2017, "Xuân Giáp Thìn" 2024).
 */
export function canChiYear(name: string): number | undefined {
	const [can, chi] = name.split(/\s+/);
	const c = CAN.indexOf(can), z = CHI.indexOf(chi === 'Mẹo' ? 'Mão' : chi === 'Tị' ? 'Tỵ' : chi);
	if (c < 0 || z < 0) return undefined;
	for (let y = 1984; y < 2044; y++) if ((y - 1984) % 10 === c && (y - 1984) % 12 === z) return y;
	return undefined;
}
const AM_LICH = String.raw`\s*(?:\(\s*)?(?:âm\s+lịch|ÂL)${E}\s*\)?`;
const LUNAR = new RegExp(
	String.raw`${B}(?:${POD}\s*,?\s*)?(?:ngày\s+)?(?:` +
		// "mùng 5 Tết", "mồng 2 Tết Ất Tỵ 2025": the first days of the new year.
		String.raw`(?:mùng|mồng)\s+(?<tetDay>${DAYWORD})${AND_TET_DAY}\s+Tết${OF_YEAR('tetYear')}` +
		// "29 Tết", "ngày 30 Tết": the last days of the old year (a day of the new one is "mùng N").
		String.raw`|(?<eveDay>2[3-9]|30)\s+Tết${OF_YEAR('eveYear')}` +
		// "Rằm tháng Giêng", "rằm tháng Bảy": the fifteenth of a lunar month.
		String.raw`|(?<ram>rằm)\s+tháng\s+(?<ramMonth>${MONTH_WORD}|1[0-2]|0?[1-9])(?:${AM_LICH})?${OF_LUNAR_YEAR('ramYear')}` +
		// "trước Tết Nguyên đán Ất Tỵ 2025", "trước Tết Bính Ngọ": the weeks before that Tết, the old year's last month (its days
		// from the 2nd: four weeks). Only with the year named: "trước Tết" alone is as often a habit as a time.
		String.raw`|(?<before>trước)\s+(?:(?:dịp|thềm)\s+)?Tết(?:\s+(?:Nguyên\s+đán|cổ\s+truyền))?(?:\s+(?:Xuân\s+)?(?<beforeYearCanChi>${CAN_CHI})(?:\s+(?<beforeYear1>(?:19|20)\d\d))?|\s+(?<beforeYear>(?:19|20)\d\d))(?!\d)` +
		// "mùng 6 tháng Giêng", "23 tháng Chạp": these two months' names are the lunar calendar's.
		String.raw`|(?:(?:mùng|mồng)\s+)?(?<nameDay>${DAYWORD})\s+tháng\s+(?<named>giêng|chạp)(?:${AM_LICH})?${OF_LUNAR_YEAR('namedYear')}` +
		// "Đêm giao thừa Tết Nguyên đán", "giao thừa Xuân Giáp Thìn": the lunar year's last night, its twelfth month's last day
		// (the 30th, or the 29th in a short month: lunarToSolar). Not "giao thừa Tết Dương lịch" (named-days.ts).
		String.raw`|(?<giao>giao\s+thừa)\s+(?:Tết\s+(?:Nguyên\s+đán|cổ\s+truyền|âm\s+lịch)|(?:(?:Tết|Xuân)\s+)?${CAN_CHI})` +
		// "15/8 âm lịch", "ngày 15 tháng 8 (âm lịch)", "ngày 10 tháng Ba âm lịch": any month, said to be lunar (never the
		// solar day of the same figures).
		String.raw`|(?:(?:mùng|mồng)\s+)?(?<day>[12]?\d|30)(?:\s*[/\-.]\s*|\s+tháng\s+)(?<month>1[0-2]|0?[1-9]|${MONTH_WORD})${AM_LICH}${OF_LUNAR_YEAR('dayYear')}` +
		// "Giỗ Tổ Hùng Vương", "ngày Giỗ Tổ Hùng Vương năm 2023": the Hùng Kings' feast, the 10th of the third lunar month, a
		// day delegations come to Đền Hùng for (its lunar day written after it, "mùng 10/3", is the same day, read with it).
		// Not "Giỗ Tổ" alone: trades keep their own founders' days ("Giỗ Tổ ngành may").
		String.raw`|(?<hung>Giỗ\s+Tổ\s+Hùng\s+Vương)(?:\s*\(?\s*(?:(?:mùng|mồng)\s+)?10\s*(?:/|\s+tháng\s+)\s*3(?:${AM_LICH})?\s*\)?)?${OF_LUNAR_YEAR('hungYear')}` +
		String.raw`)${E}`,
	'giu'
);
// Every match holds one of these: the finder is tried only on sentences that do.
const CUE = /tết|âm\s+lịch|ÂL|giêng|chạp|rằm|giao\s+thừa|hùng\s+vương/iu;
// Its phrases without "tết", "thừa" or "chạp" (relative.ts's CUE words).
const CUE_UNNOTED = /âm\s+lịch|ÂL|giêng|rằm/iu;

/** Lunar days in `text` (in the mentions' usual shape, `lunar` set: day and month are the lunar calendar's). */
export function findLunar(text: string): TimeMention[] {
	// With none of CUE's words that findRelative's scan of the sentence notes (index.ts), only its other phrases can be there.
	const cues = cuesIn(text);
	if (cues !== undefined && !(cues & (CUE_WORDS.FEAST | CUE_WORDS.LUNAR)) ? !CUE_UNNOTED.test(text) : !CUE.test(text)) return [];
	const found: TimeMention[] = [];
	for (const m of text.matchAll(LUNAR)) {
		const g = m.groups!;
		let day: number, month: number;
		if (g.tetDay) (day = dayNumber(g.tetDay)), (month = 1);
		else if (g.eveDay) (day = Number(g.eveDay)), (month = 12);
		else if (g.giao) (day = 30), (month = 12);
		else if (g.before) {
			const named = g.beforeYear1 ?? g.beforeYear;
			const year = named ? Number(named) : canChiYear(g.beforeYearCanChi!);
			if (!year) continue;
			found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], shape: 'span', day: 2, month: 12, year: year - 1, endDay: 30, endMonth: 12, endYear: year - 1, partOfDay: null, lunar: true });
			continue;
		}
		else if (g.ram) (day = 15), (month = monthNumber(g.ramMonth)!);
		else if (g.nameDay) (day = dayNumber(g.nameDay)), (month = g.named.toLowerCase() === 'giêng' ? 1 : 12);
		else if (g.hung) (day = 10), (month = 3);
		else (day = Number(g.day)), (month = monthNumber(g.month)!);
		if (!day || day > 30 || !month) continue;
		// Two first days of the year, or a run of them: a span, as the solar "ngày 20 và 21/6" is.
		const endDay = g.tetEnd ? dayNumber(g.tetEnd) : undefined;
		const span = endDay !== undefined && endDay > day && endDay <= 30;
		const figure = g.tetYear ?? g.eveYear ?? g.ramYear ?? g.namedYear ?? g.dayYear ?? g.hungYear;
		const cycle = g.tetYearCanChi ?? g.ramYearCanChi ?? g.namedYearCanChi ?? g.dayYearCanChi ?? g.hungYearCanChi;
		found.push({
			start: m.index!,
			end: m.index! + m[0].length,
			text: m[0],
			shape: span ? 'span' : 'day',
			day,
			month,
			...(span ? { endDay, endMonth: month } : {}),
			year: figure ? Number(figure) : cycle ? canChiYear(cycle) : undefined,
			// The eve is a night: "giao thừa" alone is told of it.
			partOfDay: partOfDayWord(g.pod) ?? (g.giao ? 'night' : null),
			lunar: true
		});
	}
	return found;
}

/** The solar day of lunar `day`/`month` of lunar year `year` (whose Tết falls in solar `year`), or null if there is none (a 30th in a 29-day month). */
export function lunarToSolar(year: number, month: number, day: number): YMD | null {
	try {
		const l = new LunarDate({ day, month, year });
		l.init();
		const s = l.toSolarDate().get();
		return { year: s.year, month: s.month, day: s.day };
	} catch {
		// "30 Tết" is said of the year's last day even when the twelfth month has 29 ("Tết không có ngày 30").
		return day === 30 ? lunarToSolar(year, month, 29) : null;
	}
}
