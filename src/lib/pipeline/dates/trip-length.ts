/**
 * A visit told by its arrival and its length: "The delegation arrived in Luang Prabang on Tuesday for a
 * four-day working visit", "Đoàn đã đến Viêng Chăn, bắt đầu chuyến thăm và làm việc 3 ngày". The day of
 * arrival opens the visit and its length closes it, so another outlet's "from 10 to 13 October" is the
 * same span. Only an arrival with a length qualifies: "during a four-day visit, on 12 October they…"
 * dates a happening inside the trip, not the trip.
 */
import { addDays, iso, parseIso } from './calendar';
import { cat, note } from './note';
import type { Resolved } from './resolve';

const NUMBER_WORDS: Record<string, number> = {
	two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10
};
const N = '(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';
// "a four-day (official|working) visit", "a 3-day trip"; "chuyến thăm (chính thức|hữu nghị) (và làm việc) 3 ngày", "chuyến công tác 5 ngày".
const LENGTH_EN = new RegExp(`(?<![\\p{L}])an?\\s+${N}[-\\s]day\\s+(?:[\\p{L}-]+\\s+){0,2}(?:visit|trip|tour|mission)`, 'iu');
const LENGTH_VI = new RegExp(`(?<![\\p{L}])chuyến\\s+(?:thăm|công\\s+tác)(?:\\s+(?:chính\\s+thức|hữu\\s+nghị|làm\\s+việc))*(?:\\s+và\\s+làm\\s+việc)?\\s+(?:trong\\s+)?${N}\\s+ngày(?![\\p{L}])`, 'iu');
// The arrival that the day dates: "arrived in", "đã đến", "đã tới", "sang … bắt đầu"; or the departure for the
// visit ("left Hanoi on March 19 for a three-day visit to Laos"), not the one home after it ("left … after a … visit").
const ARRIVAL = /(?<![\p{L}])(?:arrived|arrives|arriving|landed|đã\s+(?:đến|tới|sang)|bắt\s+đầu|(?:left|departed)(?=[^.;]*\sfor\s+an?\s+\S+[-\s]day\s))(?![\p{L}])/iu;

// Going home, the trip's own end: "đã về nước", "trở về Viêng Chăn", "returned home".
const HOME = /(?<![\p{L}])(?:về\s+nước|trở\s+về|về\s+tới|về\s+đến|lên\s+đường\s+về|returned|flew\s+home|left\s+for\s+home)(?![\p{L}])/iu;
// The end that the day dates: "đã kết thúc chuyến thăm … 3 ngày", "wrapped up a three-day visit".
const ENDING = /(?<![\p{L}])(?:kết\s+thúc|wrapped\s+up|wraps\s+up|concluded|concludes|ended|ends)(?![\p{L}])/iu;

/** The visit's length in days when the sentence tells an arrival and the length of the visit it opens. */
export function tripLength(text: string): number | null {
	if (!ARRIVAL.test(text) || ENDING.test(text)) return null;
	const m = LENGTH_EN.exec(text) ?? LENGTH_VI.exec(text);
	if (!m) return null;
	const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
	return n >= 2 && n <= 14 ? n : null;
}

/** The visit's length in days when the sentence tells how a visit of that length ended. */
function endedLength(text: string): number | null {
	const end = ENDING.exec(text);
	// Not an ending told after the day's own act: "Hôm nay (12/8), Đoàn thăm thành phố Hải Phòng trước khi về nước, kết
	// thúc chuyến thăm 4 ngày tại Việt Nam" dates the visit to Hải Phòng, on the last day. (Going home is the ending: "Tối
	// 21-3, Đoàn … đã về nước an toàn, kết thúc tốt đẹp chuyến thăm và làm việc 3 ngày" tells the trip.)
	if (!end) return null;
	const before = text.slice(0, end.index);
	if (/,\s*$/u.test(before) && !HOME.test(before.replace(/trước\s+khi\s+(?:về|trở\s+về)[^,]*/gu, ''))) return null;
	const m = LENGTH_EN.exec(text) ?? LENGTH_VI.exec(text) ?? new RegExp(`(?<![\\p{L}])(?:its|their|his|her|the)\\s+${N}[-\\s]day\\s+(?:[\\p{L}-]+\\s+){0,2}(?:visit|trip|tour|mission)`, 'iu').exec(text);
	if (!m) return null;
	const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
	return n >= 2 && n <= 14 ? n : null;
}

/** The arrival day's date stretched over the visit's length, when the sentence gives one (or back from its last day). */
export function stretchToTrip(date: Resolved, text: string): Resolved {
	if (date.granularity !== 'day') return date;
	const back = endedLength(text);
	if (back) return { ...date, start: iso(addDays(parseIso(date.start), 1 - back)), granularity: 'span', partOfDay: null, note: cat(date.note, note(`; ngày kết thúc chuyến thăm ${back} ngày`, `; the last day of a ${back}-day visit`), '') };
	const n = tripLength(text);
	if (!n) return date;
	const end = iso(addDays(parseIso(date.start), n - 1));
	// "Chiều 22/3, Đoàn … bắt đầu chuyến thăm 4 ngày": the afternoon was the arrival's, not the visit's.
	return { ...date, end, granularity: 'span', partOfDay: null, note: cat(date.note, note(`; chuyến thăm ${n} ngày bắt đầu từ ngày đến`, `; a ${n}-day visit from the day of arrival`), '') };
}
