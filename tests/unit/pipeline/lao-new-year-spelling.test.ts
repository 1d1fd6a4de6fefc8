/**
 * The Lao New Year is spelled "Bun-pi-mày" as well as "Bun-pi-mạy": a visit accepted for it ("nhận lời mời dẫn đoàn …
 * sang thăm … vào dịp Tết Bun-pi-mày năm 2019") is planned for 14–16 April of the year written, not for the news day.
 */
import { describe, expect, it } from 'vitest';
import { timeMentionsOf } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('Bun-pi-mày', () => {
	it('is the Lao New Year', () => {
		const m = timeMentionsOf({ text: 'Đoàn sẽ sang thăm tỉnh Hủa Phăn vào dịp Tết Bun-pi-mày.' }, 'vi');
		expect(m.some((x) => x.day === 14 && x.month === 4 && x.endDay === 16)).toBe(true);
	});
	it('dates a visit accepted for it in the year written', () => {
		const text = [
			'CỔNG THÔNG TIN HUYỆN QUẾ PHONG',
			'',
			'Huyện Quế Phong tiếp Đoàn đại biểu huyện Xốp Bâu (Lào)',
			'',
			'12/12/2018 08:30',
			'',
			'Chiều 10/12, đồng chí Lô Thanh Hà, Bí thư Huyện ủy Quế Phong đã tiếp Đoàn đại biểu huyện Xốp Bâu, tỉnh Hủa Phăn (Lào).',
			'',
			'Dịp này, đồng chí Lô Thanh Hà đã nhận lời mời dẫn đoàn huyện Quế Phong sang thăm huyện Xốp Bâu vào dịp Tết Bun-pi-mày năm 2019.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('nhận lời mời dẫn đoàn')));
		expect(e).toMatchObject({ start: '2019-04-14', end: '2019-04-16', status: 'planned' });
	});
});
