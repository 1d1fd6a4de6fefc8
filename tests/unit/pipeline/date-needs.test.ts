/**
 * findRelative tries a rule only where the text holds the words its every match ends with ("sáng nay",
 * "hôm qua", "ngày mai", "hôm sau", "thứ Hai"): a part of day's last word ("rạng sáng", "sáng sớm",
 * "xế chiều"), any case, any spacing, must still be found; the key word alone ("hiện nay", "thông qua",
 * "Thứ trưởng") is not tried.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { PARTS_OF_DAY } from '../../../src/lib/pipeline/dates/part-of-day';

const shapes = (text: string) => findTimeMentions(text).map((m) => [m.text, m.shape, m.relation ?? null, m.offset ?? null]);

describe('relative rules behind the words their matches end with', () => {
	it.each([
		['Rạng sáng nay, Đoàn đã lên đường.', [['Rạng sáng nay', 'day', 'deictic', 0]]],
		['Sáng sớm qua, Đoàn đã đến Viêng Chăn.', [['Sáng sớm qua', 'day', 'deictic', -1]]],
		['Đêm\u00a0hôm qua, mưa lớn.', [['Đêm\u00a0hôm qua', 'day', 'deictic', -1]]],
		['Xế chiều mai, Đoàn sẽ về nước.', [['Xế chiều mai', 'day', 'deictic', 1]]],
		['Ngày tiếp theo, Đoàn thăm tỉnh.', [['Ngày tiếp theo', 'day', 'anaphoric', 1]]],
		['Hôm  tiếp theo, Đoàn thăm tỉnh.', [['Hôm  tiếp theo', 'day', 'anaphoric', 1]]],
		['Chiều hôm sau, Đoàn thăm tỉnh.', [['Chiều hôm sau', 'day', 'anaphoric', 1]]],
		['Sáng Chủ nhật, Đoàn thăm tỉnh.', [['Sáng Chủ nhật', 'day', 'deictic', null]]],
		['THỨ HAI tuần trước, Đoàn thăm tỉnh.', [['THỨ HAI tuần trước', 'day', 'deictic', -1]]],
		['Sáng thứ 7 vừa qua, Đoàn thăm tỉnh.', [['Sáng thứ 7 vừa qua', 'day', 'deictic', null]]],
		['Thứ trưởng cho biết, hiện nay hai bên đã thông qua kế hoạch; ngày mai là tên một bài hát, lần thứ hai.', [['ngày mai', 'day', 'deictic', 1]]]
	])('%s', (text, want) => {
		expect(shapes(text)).toEqual(want);
	});
});

describe('every part of day before "nay", "qua", "mai"', () => {
	// The rules' needs are read from the parts of day: one added to POD must be found here too.
	it.each(PARTS_OF_DAY.flatMap((p) => [['nay', 0], ['qua', -1], ['mai', 1]].map(([w, offset]) => [`${p} ${w}`, offset] as const)))('%s', (phrase, offset) => {
		const text = `${phrase[0].toUpperCase()}${phrase.slice(1)}, Đoàn đã đến tỉnh.`;
		expect(shapes(text)).toEqual([[text.slice(0, phrase.length), 'day', 'deictic', offset]]);
	});
});
