/**
 * Days of the lunar calendar and of the feasts, and anniversaries' ranges, as the news writes them:
 *  - "mùng 3 và mùng 4 Tết" is a span of two lunar days, as the solar "ngày 20 và 21/6" is (lunar.ts);
 *  - a lunar day in brackets after "Sáng nay" is the day the writer checked, with its morning (index.ts);
 *  - every lunar form takes the year it names ("Rằm tháng Bảy năm Bính Ngọ"), and a planned feast is the next one (resolve.ts);
 *  - "trước Tết Nguyên đán Bính Ngọ 2026" is the weeks before that Tết (lunar.ts);
 *  - an anniversary's range may start long before 1950 ("(19/5/1890 - 19/5/2025)"): it is read whole, and dates nothing (absolute.ts);
 *  - the Lao New Year takes the year of the occasion named with it; a day told from the one before, or "in advance of" the
 *    feast, leaves it out (index.ts, named-days.ts);
 *  - "last March" is the last one (english.ts); a recollection followed by a hope is dated by what is recalled (events.ts).
 * Tết Bính Ngọ falls on 17/2/2026, Tết Ất Tỵ on 29/1/2025.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention, type ResolveContext } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const stamp = (day: string, planned = false): ResolveContext => ({ now: { date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null, planned });
const resolved = (text: string, ctx: ResolveContext, language: 'vi' | 'en' = 'vi') => {
	const ms = findTimeMentions(text, language);
	expect(ms, `mentions in "${text}"`).toHaveLength(1);
	const r = resolveMention(ms[0], ctx);
	return r && { start: r.start, end: r.end, partOfDay: r.partOfDay };
};

describe('lunar days and feasts', () => {
	it("reads 'mùng 3 và mùng 4 Tết Bính Ngọ' as the two days", () => {
		expect(resolved('Trong hai ngày mùng 3 và mùng 4 Tết Bính Ngọ, Đoàn đại biểu tỉnh Hủa Phăn đã sang chúc Tết tỉnh Thanh Hóa.', stamp('2026-02-20'))).toEqual({ start: '2026-02-19', end: '2026-02-20', partOfDay: null });
	});
	it("reads 'mùng 2 đến mùng 4 Tết' as a run of days", () => {
		expect(resolved('Từ mùng 2 đến mùng 4 Tết, Đoàn đã thăm các đơn vị biên phòng.', stamp('2026-02-21'))).toMatchObject({ start: '2026-02-18', end: '2026-02-20' });
	});
	it("keeps the morning of 'Chiều nay (mùng 5 Tết)'", () => {
		expect(resolved('Chiều nay (mùng 5 Tết), đồng chí Bí thư Tỉnh ủy Thanh Hóa tiếp xã giao Đoàn.', stamp('2026-02-21'))).toEqual({ start: '2026-02-21', end: '2026-02-21', partOfDay: 'afternoon' });
	});
	it("dates 'Rằm tháng Bảy năm Bính Ngọ' in that lunar year, whatever the page's", () => {
		expect(resolved('Đoàn sẽ sang dự Đại lễ Rằm tháng Bảy năm Bính Ngọ tại chùa Phổ Minh.', stamp('2025-09-10'))).toMatchObject({ start: '2026-08-27', end: '2026-08-27' });
	});
	it('dates a planned feast with no year its next coming, not its last', () => {
		expect(resolved('Hòa thượng nhận lời sang dự Đại lễ Rằm tháng Giêng tại chùa Phổ Minh.', stamp('2025-08-05', true))).toMatchObject({ start: '2026-03-03', end: '2026-03-03' });
	});
	it("reads 'trước Tết Nguyên đán Bính Ngọ 2026' as the weeks before that Tết", () => {
		expect(resolved('Đoàn sẽ sang thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh trước Tết Nguyên đán Bính Ngọ 2026.', stamp('2025-12-02', true))).toEqual({ start: '2026-01-20', end: '2026-02-16', partOfDay: null });
	});
});

describe('anniversary ranges and the Lao New Year', () => {
	it('reads an anniversary range from before 1950 whole', () => {
		const ms = findTimeMentions('Hai tỉnh vừa kỷ niệm 135 năm Ngày sinh Chủ tịch (19/5/1890 - 19/5/2025).', 'vi');
		expect(ms.map((m) => [m.shape, m.year, m.endYear])).toEqual([['span', 1890, 2025]]);
	});
	it("gives the Lao New Year the year of the occasion named with it ('Năm Hữu nghị … 2019')", () => {
		const ms = findTimeMentions('Ông nhắc lại, trong Năm Hữu nghị Việt Nam - Lào 2019, tỉnh đã tổ chức Tết Bunpimay cho lưu học sinh.', 'vi');
		expect(ms.filter((m) => m.day === 14).map((m) => [m.year, m.endYear])).toEqual([[2019, 2019]]);
	});
	it("leaves the Lao New Year out of a sentence dated 'Earlier that afternoon' or 'in advance of' it", () => {
		expect(findTimeMentions('Earlier that afternoon, the group handed Lao New Year gifts to students in advance of the Bunpimay holiday.', 'en').map((m) => m.text)).toEqual(['Earlier that afternoon']);
	});
	it("dates 'last March' the March before the writing", () => {
		expect(resolved('The mayor recalled a warm welcome in Oudomxay last March.', stamp('2025-01-10'), 'en')).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
	});
});

describe('recollections and accepted visits in pages', () => {
	it('dates a recollection followed by a hope by what is recalled', () => {
		const page = ['Bokeo governor visits Lai Chau', '', 'Posted: 12/01/2025', '', 'A delegation of Bokeo province led by Governor Khamla Sengdavong visited Lai Chau province on January 10.', '', 'Mr Khamla recalled that Lai Chau leaders had toured Bokeo during the boat festival last October, and said he looked forward to receiving them again in late October this year.'].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('recalled that')));
		expect(e && [e.start, e.end]).toEqual(['2024-10-01', '2024-10-31']);
	});
	it("dates a visit accepted 'Trong dịp này' for an anniversary by the anniversary", () => {
		const page = ['Công đoàn tỉnh Hòa Bình thăm tỉnh Xay-nhạ-bu-ly', '', '05/12/2024', '', 'Từ ngày 2 đến 4/12, Đoàn đại biểu Liên đoàn Lao động tỉnh Hòa Bình do ông Bùi Văn Khánh làm trưởng đoàn đã thăm, làm việc tại tỉnh Xay-nhạ-bu-ly (Lào).', '', 'Trong dịp này, ông Khăm-phăn Xi-la-vông nhận lời mời dẫn Đoàn Công đoàn tỉnh Xay-nhạ-bu-ly sang thăm tỉnh Hòa Bình vào dịp kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2025).'].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('nhận lời mời')));
		expect(e && [e.start, e.end, e.status]).toEqual(['2025-07-25', '2025-07-28', 'planned']);
	});
});
