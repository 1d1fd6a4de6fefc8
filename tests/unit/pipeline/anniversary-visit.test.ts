/**
 * A visit accepted for an anniversary, dated only by its two days in brackets ("… nhận lời sang thăm Y dịp kỷ niệm 50 năm Ngày
 * thành lập … (2/9/1975 - 2/9/2025)"): the first is the day of history, the later the anniversary the visit is for; the
 * visit is planned in the days up to it, and the day of history dates nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Hội Nông dân tỉnh Kon Tum thăm tỉnh Sê Kông',
	'',
	'12.06.2024',
	'',
	'Từ ngày 10 đến 11/6, Đoàn đại biểu Hội Nông dân tỉnh Kon Tum do ông Y Ngọc Thương, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Sê Kông (Lào).',
	'',
	'Sáng 11/6, Đoàn bay về Đà Nẵng, kết thúc chuyến công tác. Hội Nông dân tỉnh Sê Kông nhận lời sang thăm Kon Tum dịp kỷ niệm 50 năm Ngày thành lập Hội (14/10/1975 - 14/10/2025).'
].join('\n');

describe('a visit accepted for an anniversary', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('nhận lời sang thăm')));
	it('is planned in the days up to the anniversary', () => {
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status]).toEqual(['2025-10-11', '2025-10-14', 'planned']);
	});
	it('and the day of history dates nothing', () => {
		expect(t.events.filter((x) => x.start! < '2024-01-01')).toEqual([]);
	});
});
