/**
 * Parts of the day. Vietnamese news puts them right before the date ("Chiều 11/3",
 * "sáng thứ Hai (10/8)", "chiều cùng ngày", "tối nay"), sometimes as an hour ("lúc 15h30").
 * The words are common in other senses ("chiều sâu", "tối đa", "ánh sáng"), so a part of day
 * is only ever read as the prefix of a date expression: the patterns below are fragments that
 * absolute.ts and relative.ts put in front of their own.
 */
import type { PartOfDay } from '../../timeline/schema';

/** Regex fragment capturing a part-of-day word in group `pod` (optionally "vào buổi"). */
export const POD = String.raw`(?:(?:vào\s+)?(?:buổi\s+)?(?<pod>rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|xế\s+chiều|tối|đêm|khuya))`;

/** Every character a POD match may begin with ("vào", "buổi" and each word's): see absolute.ts's FIRST. */
export const POD_FIRST = 'vbrstcxđk';

const WORDS: Record<string, PartOfDay> = {
	// First light ("lúc trời vừa hửng sáng"): a delegation leaving "rạng sáng nay" left in the early morning.
	'rạng sáng': 'morning',
	'sáng sớm': 'morning',
	sáng: 'morning',
	trưa: 'noon',
	chiều: 'afternoon',
	'xế chiều': 'afternoon',
	tối: 'evening',
	đêm: 'night',
	khuya: 'night'
};

/** Every part of day as written in POD, one space between words. */
export const PARTS_OF_DAY = Object.keys(WORDS);
/** The last word of each ("rạng sáng" → "sáng", "sáng sớm" → "sớm"): what stands just before "nay" in "sáng sớm nay". */
export const POD_LAST_WORDS = [...new Set(PARTS_OF_DAY.map((w) => w.slice(w.lastIndexOf(' ') + 1)))];

export function partOfDayWord(word: string | undefined): PartOfDay | null {
	if (!word) return null;
	return WORDS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Hour of the day (0–23) to a part of day, for "lúc 15h30", "9 giờ sáng". */
export function partOfDayFromHour(hour: number): PartOfDay | null {
	if (!(hour >= 0 && hour < 24)) return null;
	if (hour < 4) return 'night';
	if (hour < 11) return 'morning';
	if (hour < 13) return 'noon';
	if (hour < 18) return 'afternoon';
	if (hour < 22) return 'evening';
	return 'night';
}

/** "lúc 15h30", "15 giờ", "9h", optionally followed by a part of day ("9 giờ sáng"). */
// The figures right after the hour's "h" ("8h30 - 10h00"), or two after "giờ" ("8 giờ 30 - 10 giờ"), are its minutes, never a
// day: a clock leaving them out left "30 - 10" to be read as the 30th of October. ("lúc 8h 20/5", "9 giờ 5/6" are still days.)
export const CLOCK = String.raw`(?:(?:vào\s+)?lúc\s+)?(?<hour>\d{1,2})\s*(?:h|giờ|g)(?:\s*(?<minute>\d{2})|(?<=[hg])(?!\d)|(?<=giờ)(?!\s*\d{2}(?!\d)))(?:\s*(?:phút))?(?:\s+(?<clockpod>sáng|trưa|chiều|tối|đêm))?`;

/** Every character a CLOCK match may begin with ("vào", "lúc", the hour's figure). */
export const CLOCK_FIRST = String.raw`vl\d`;

export function partOfDayFromClock(hour?: string, clockPod?: string): PartOfDay | null {
	if (clockPod) return partOfDayWord(clockPod);
	return hour === undefined ? null : partOfDayFromHour(Number(hour));
}
