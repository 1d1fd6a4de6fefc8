/**
 * absolute.ts and relative.ts put a lookahead of the characters a match may begin with in front of their
 * regexes (POD_FIRST, CLOCK_FIRST, WEEKDAY_FIRST): a cue word whose first letter is missing from its class
 * would silently stop being read. These tests read the fragments' own words, so a new word fails here.
 */
import { describe, expect, it } from 'vitest';
import { POD, POD_FIRST, CLOCK, CLOCK_FIRST } from '../../../src/lib/pipeline/dates/part-of-day';
import { WEEKDAY, WEEKDAY_FIRST, runBefore } from '../../../src/lib/pipeline/dates/vocabulary';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

/** The alternatives of the group opening at `open` in a fragment (split at its own "|", not its subgroups'). */
function alternatives(fragment: string, open: string): string[] {
	const from = fragment.indexOf(open) + open.length;
	const out: string[] = [];
	let depth = 0;
	let start = from;
	for (let i = from; i < fragment.length; i++) {
		const c = fragment[i];
		if (c === '\\') i++;
		else if (c === '(') depth++;
		else if (c === ')' && depth-- === 0) return [...out, fragment.slice(start, i)];
		else if (c === '|' && depth === 0) (out.push(fragment.slice(start, i)), (start = i + 1));
	}
	throw new Error(`no group ${open} closed in ${fragment}`);
}
const inClass = (chars: string, alternative: string) => new RegExp(`^[${chars}]`, 'iu').test(alternative.startsWith('\\d') ? '0' : alternative);

describe('first characters of the cue fragments', () => {
	it.each([
		// POD: "vào", "buổi", then a word of the group.
		['POD', ['vào', 'buổi', ...alternatives(POD, '(?<pod>')], POD_FIRST],
		// CLOCK: "vào", "lúc", then the hour's figures.
		['CLOCK', ['vào', 'lúc', ...alternatives(CLOCK, '(?<hour>')], CLOCK_FIRST],
		['WEEKDAY', alternatives(WEEKDAY, '(?<wd>'), WEEKDAY_FIRST]
	])('%s: every opening starts with a character of its class', (_name, openings, chars) => {
		expect(openings.length).toBeGreaterThan(1);
		for (const w of openings) expect([w, inClass(chars, w)]).toEqual([w, true]);
	});

	it('the fragments open as the tests above read them', () => {
		expect(POD.startsWith(String.raw`(?:(?:vào\s+)?(?:buổi\s+)?(?<pod>`)).toBe(true);
		expect(CLOCK.startsWith(String.raw`(?:(?:vào\s+)?lúc\s+)?(?<hour>`)).toBe(true);
		expect(WEEKDAY.startsWith('(?<wd>')).toBe(true);
		expect(inClass(POD_FIRST, 'ngày')).toBe(false);
	});
});

const texts = (text: string) => findTimeMentions(text).map((m) => m.text);

describe('dates behind every kind of opening, in any case', () => {
	it.each([
		['XẾ CHIỀU 11/3, Đoàn đến.', ['XẾ CHIỀU 11/3']],
		['Rạng sáng 11/3, Đoàn đến.', ['Rạng sáng 11/3']],
		['KHUYA 11/3, Đoàn đến.', ['KHUYA 11/3']],
		['Đêm 11/3, Đoàn đến.', ['Đêm 11/3']],
		['Vào buổi trưa 11/3, Đoàn đến.', ['Vào buổi trưa 11/3']],
		['Lúc 9h ngày 11/3, Đoàn đến.', ['Lúc 9h ngày 11/3']],
		['Hôm 11/3, Đoàn đến.', ['Hôm 11/3']],
		['Mồng 2/9, Đoàn đến.', ['Mồng 2/9']],
		['CHỦ NHẬT (10/3), Đoàn đến.', ['CHỦ NHẬT (10/3)']],
		['Đoàn đến (10/3) và làm việc.', ['(10/3)']],
		['Từ 30/11 đến 2/12/2023, Đoàn làm việc.', ['Từ 30/11 đến 2/12/2023']],
		['Trong hai ngày 9 và 10 tháng 8, Đoàn làm việc.', ['Trong hai ngày 9 và 10 tháng 8']],
		['Sáng ngày 12 tháng 3, Đoàn đến.', ['Sáng ngày 12 tháng 3']],
		['Hạ tuần tháng 3, Đoàn đến.', ['Hạ tuần tháng 3']],
		['Nhiệm kỳ 2020 - 2025 đã qua.', ['Nhiệm kỳ 2020 - 2025']],
		['Sáu tháng đầu năm 2023, tỉnh tăng trưởng.', ['Sáu tháng đầu năm 2023']],
		['Khuya hôm qua, Đoàn đến.', ['Khuya hôm qua']],
		['Ba ngày sau, Đoàn về.', ['Ba ngày sau']],
		['Vừa qua, Đoàn đã đến.', ['Vừa qua']],
		['Kết thúc buổi làm việc, hai bên ký kết.', ['Kết thúc buổi làm việc']],
		['Vào thứ Hai, Đoàn đến.', ['Vào thứ Hai']],
		// findAbsolute tries a family's regex only after the last character before the date its match cannot
		// hold ("ệ", ":"): a long cue before the date is still read whole.
		['Tại Việt Nam, lúc 9h, chiều thứ Tư tuần trước, (ngày mùng 5/6), Đoàn đến.', ['lúc 9h, chiều thứ Tư tuần trước, (ngày mùng 5/6)']],
		['Tỉnh ủy: vào lúc 15 giờ 30 chiều ngày 12 tháng 3 năm 2024, Đoàn đến.', ['vào lúc 15 giờ 30 chiều ngày 12 tháng 3 năm 2024']],
		// A relative rule is tried only near its keys when every match holds one as written: not "cùng  ngày"
		// (two spaces) for the key "cùng ngày", nor "ſau" for "sau".
		['Chiều cùng  ngày, Đoàn đã đến; tối cùng ngày về.', ['Chiều cùng  ngày', 'tối cùng ngày']],
		['Hôm ſau, Đoàn đến; hôm sau nữa.', ['Hôm ſau', 'hôm sau']],
		['Sáng  nay, Đoàn đến; tối nay về. Tuần  tới; tuần tới.', ['Sáng  nay', 'tối nay', 'Tuần  tới', 'tuần tới']],
		['Hiệp định, từ ngày 9 đến 14/8 và hạ tuần tháng 9 năm 2023 rồi từ năm 2022 đến nay.', ['từ ngày 9 đến 14/8', 'hạ tuần tháng 9 năm 2023', 'từ năm 2022 đến nay']]
	])('%s', (text, want) => {
		expect(texts(text)).toEqual(want);
	});
});

describe('runBefore: the characters a match may hold before a position', () => {
	const run = (source: string, text: string, at: number) => {
		const re = runBefore(source)!;
		re.lastIndex = at;
		return re.exec(text)![1];
	};
	it('reads literals, classes, ranges and \\s, \\d, with the case folded', () => {
		expect(run(String.raw`(?<d>\d+)\s+tháng`, 'Việt Nam 12 tháng', 12)).toBe(' 12 ');
		expect(run(String.raw`(?:[b-d]a)+`, 'xyzCADABA', 9)).toBe('CADABA');
		expect(run(String.raw`năm\s+\d{4}`, 'Trong NĂM 2024', 10)).toBe(' NĂM ');
	});
	it('gives up on a pattern that may hold any character', () => {
		expect(runBefore(String.raw`a.b`)).toBeNull();
		expect(runBefore(String.raw`(?<=[^,]{0,9})a`)).toBeNull();
		expect(runBefore(String.raw`a\.b[.]`)).not.toBeNull();
	});
});

describe('runBefore and letter classes', () => {
	// B and E read \p{L} in lookarounds only; a pattern that consumes one could run through any letter.
	it('bounds a pattern whose \\p classes are only looked at', () => {
		expect(runBefore(String.raw`(?<![\p{L}\p{N}])hôm\s+qua(?![\p{L}\p{N}])`)).not.toBeNull();
		expect(runBefore(String.raw`x(?=(?<past>\s+vừa(?![\p{L}])))?`)).not.toBeNull();
	});
	it('refuses a pattern that consumes a \\p class, in a group or not', () => {
		expect(runBefore(String.raw`(?<![\p{L}\p{N}])[\p{L}]+\s+qua`)).toBeNull();
		expect(runBefore(String.raw`(?<name>\p{Lu})x`)).toBeNull();
	});
});
