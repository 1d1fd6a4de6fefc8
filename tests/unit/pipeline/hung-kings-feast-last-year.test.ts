/**
 * The Hùng Kings' feast, "Giỗ Tổ Hùng Vương", is the 10th day of the third lunar month (dates/lunar.ts); "năm ngoái" told
 * just before a feast dates it a year back from the writing (dates/index.ts), as "mùng 2 Tết năm ngoái" does after it. A day
 * counted back so is no stand-in for the time of writing on a page with no stamp (events.ts), and "một đoàn cán bộ tỉnh X"
 * brings in a delegation of its own, not the one the page told before (delegations.ts readSetting).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions, resolveMention, type ResolveContext } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';

const stamp = (day: string): ResolveContext => ({ now: { date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null });
const one = (s: string) => {
	const ms = findTimeMentions(s, 'vi');
	expect(ms, `mentions in "${s}"`).toHaveLength(1);
	return ms[0];
};

describe('the Hùng Kings’ feast', () => {
	it('is the 10th of the third lunar month, of the year written or the stamp’s', () => {
		// 10/3 Ất Tỵ fell on 7/4/2025; 10/3 Giáp Thìn on 18/4/2024.
		expect(resolveMention(one('Nhân dịp Giỗ Tổ Hùng Vương, Đoàn dâng hương tại Đền Hùng.'), stamp('2025-04-09'))).toMatchObject({ start: '2025-04-07', end: '2025-04-07' });
		expect(resolveMention(one('Dịp Giỗ Tổ Hùng Vương năm Giáp Thìn 2024, hai huyện kết nghĩa trao quà.'), stamp('2025-09-01'))).toMatchObject({ start: '2024-04-18' });
		// (Its lunar day written after it is the same day.)
		expect(one('Đúng ngày Giỗ Tổ Hùng Vương mùng 10/3 âm lịch, Đoàn đến thăm.')).toMatchObject({ day: 10, month: 3, lunar: true });
		// "Giỗ Tổ" of a trade is no such day.
		expect(findTimeMentions('Hội Dệt may tỉnh tổ chức Giỗ Tổ ngành may tại nhà văn hóa.', 'vi')).toEqual([]);
	});

	it('"năm ngoái" just before the feast dates it a year back from the writing, read as one mention', () => {
		const m = one('Còn năm ngoái, vào dịp Giỗ Tổ Hùng Vương, đoàn cán bộ huyện Mường Xén đã về dâng hương.');
		expect(m).toMatchObject({ lunar: true, day: 10, month: 3, yearOffset: -1 });
		expect(resolveMention(m, stamp('2025-06-02'))).toMatchObject({ start: '2024-04-18', dating: 'relative' });
		// After it, as after a day of Tết.
		expect(resolveMention(one('Đoàn đã sang dự Giỗ Tổ Hùng Vương năm ngoái.'), stamp('2025-06-02'))).toMatchObject({ start: '2024-04-18' });
	});
});

describe('a feast of last year on a page with no stamp', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Chủ tịch UBND tỉnh Tuyên Quang: Hợp tác với tỉnh Bò Kẹo ngày càng thực chất',
				'',
				'Nhân dịp kỷ niệm 48 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977 - 18/7/2025), phóng viên trao đổi với đồng chí Nông Văn Thức, Chủ tịch UBND tỉnh Tuyên Quang.',
				'',
				'Đồng chí Nông Văn Thức: Từ ngày 14 đến 16/7, Đoàn đại biểu tỉnh Bò Kẹo do đồng chí Bun-thoong Đi-vi-xay, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã thăm và làm việc tại Tuyên Quang.',
				'',
				'Còn năm ngoái, nhân dịp Giỗ Tổ Hùng Vương, một đoàn cán bộ tỉnh Bò Kẹo đã sang dâng hương tại Đền Hùng.',
				'',
				'Dự kiến trong quý IV tới, đoàn tỉnh do tôi dẫn đầu sẽ sang tỉnh Bò Kẹo để ký kế hoạch hợp tác.'
			].join('\n')
		}
	]);
	const quoting = (words: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(words)));

	it('is the feast of the year before the page’s, its delegation not the one the page told before', () => {
		const [feast] = quoting('Giỗ Tổ Hùng Vương');
		// 10/3 Giáp Thìn: 18/4/2024, a year before the 2025 the anniversary gives.
		expect(feast).toMatchObject({ start: '2024-04-18', end: '2024-04-18' });
		expect(t.delegations.filter((d) => d.events.includes(feast.id))).toEqual([]);
	});

	it('does not stand for the time of writing: "quý IV tới" is of the page’s year', () => {
		expect(quoting('quý IV tới')[0]).toMatchObject({ start: '2025-10-01', end: '2025-12-31', status: 'planned' });
	});
});
