import type { PartOfDay } from '../../timeline/schema';

export type Relation = 'deictic' | 'anaphoric';

/**
 * A temporal expression as written, before resolution. Offsets are relative to the string that
 * was searched (a sentence). Fields not stated in the text stay undefined: resolution fills them
 * from context (publication date, the event just told, the article's year evidence).
 */
export interface TimeMention {
	start: number;
	end: number;
	text: string;
	/** What the expression names. `span` covers ranges ("ngày 22-24/11"), `period` multi-year frames ("giai đoạn 2022-2025"). */
	shape: 'day' | 'part_of_month' | 'month' | 'year' | 'span' | 'period' | 'vague';
	day?: number;
	month?: number;
	year?: number;
	/** End of a range, when the text gives one. */
	endDay?: number;
	endMonth?: number;
	endYear?: number;
	partOfMonth?: 'early' | 'mid' | 'late';
	/** "đầu tuần", "cuối tuần" (the weekend), "earlier this week" (Monday to the day before now). */
	partOfWeek?: 'early' | 'late' | 'sofar' | 'rest';
	partOfDay: PartOfDay | null;
	weekday?: number;
	/** "from Monday to Wednesday": the range's last weekday (with `weekday` its first). */
	endWeekday?: number;
	/**
	 * Relative expressions: `deictic` ones count from the moment of writing ("hôm qua", "ngày mai"),
	 * `anaphoric` ones from the event just told ("cùng ngày", "hôm sau", "trước đó").
	 */
	relation?: Relation;
	/** Offset in `unit`s from the reference (deictic) or anchor (anaphoric); `before`/`after` for vague order. */
	offset?: number;
	unit?: 'day' | 'week' | 'month' | 'year';
	order?: 'before' | 'after';
	/** "vừa qua", "trước": the date lies before the reference; "tới", "sắp tới": after it. */
	tense?: 'past' | 'future';
	/** "Vừa qua, …", "… mới đây đã …": some day of the week before the reference. */
	recent?: boolean;
	/** "Trong vài ngày tới, Đoàn sẽ …", "in the coming days": the next few days from the reference. */
	soon?: boolean;
	/** "on the 20th": a day of the month of the day just told (or of the writing). */
	dayOfMonth?: number;
	/** "Trong hai ngày qua": the last `-offset` days up to the reference, the reference's day among them. */
	pastDays?: boolean;
	/** "earlier this month": from the month's first day to the day before the reference. */
	monthSoFar?: boolean;
	/** "later this year": from the reference to the year's last day. */
	yearRest?: boolean;
	/** "từ tháng 4 năm 2022 đến nay": an open range that ends at the reference. */
	untilNow?: boolean;
	/** "Tháng 12 năm ngoái", "cuối tháng 3 năm nay", "ngày 5/6 năm tới": the year counted from the moment of writing. */
	yearOffset?: number;
	/** "Tuần qua": the week just gone by, which on a weekend is the one ending now (resolve.ts). */
	passing?: boolean;
	/** "Suốt tuần qua", "Trong tuần qua": a stretch of time up to the writing, the seven days before it (resolve.ts). */
	through?: boolean;
	/** "Cùng thời gian, Đoàn … cũng có chuyến khảo sát …": the days of the event told just before, whatever their length. */
	sameSpan?: boolean;
	/** "mùng 5 Tết", "15/8 âm lịch": `day`, `month` (and `year`, if written) are the lunar calendar's (lunar.ts). */
	lunar?: boolean;
	/** "Sau hội đàm, …", "Ngay sau lễ kỷ niệm, …": the day of the happening named, a meeting or a ceremony (events.ts). */
	after?: 'meeting' | 'ceremony';
	/** "Ngay sau hội đàm, …": right after the happening named, so in its part of the day too, when none is said (resolve.ts). */
	rightAfter?: boolean;
	/** "Tối hôm trước ngày làm việc tại Chăm-pa-sắc": counted from the day the page gives this place, not the one just told (events.ts). */
	at?: string;
}

export interface YMD {
	year: number;
	month: number;
	day: number;
}
