/**
 * A year review recalling a trip by its month, with its leader and the verb of going but no "đã" ("Tháng 5/2023, Đoàn đại biểu
 * tỉnh X do đồng chí Y làm trưởng đoàn sang thăm, làm việc tại tỉnh Z …"): background to the news, yet a delegation of its
 * own, apart from the same leader's trip planned for the next year.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Điện Biên - Phông-xa-lỳ: một năm hợp tác nhiều dấu ấn',
	'',
	'Cập nhật 20-12-2023, 16:00',
	'',
	'Chiều 19/12, tại TP Điện Biên Phủ, UBND tỉnh Điện Biên và chính quyền tỉnh Phông-xa-lỳ tổ chức Hội nghị tổng kết hợp tác năm 2023.',
	'',
	'Tháng 5/2023, Đoàn đại biểu tỉnh Điện Biên do đồng chí Vừ A Bằng làm trưởng đoàn sang thăm, làm việc tại tỉnh Phông-xa-lỳ; tháng 8, Sở Y tế tỉnh cử đoàn bác sĩ sang khám bệnh cho người dân huyện Mày.',
	'',
	'Theo kế hoạch, tháng 3/2024, Đoàn đại biểu tỉnh Điện Biên do đồng chí Vừ A Bằng làm trưởng đoàn sẽ sang thăm tỉnh Phông-xa-lỳ.',
	''
].join('\n');

describe('a recalled trip with a named leader and no "đã"', () => {
	it('is a delegation of its own, apart from the same leader\'s plan', () => {
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const holding = (q: string) => t.delegations.filter((d) => d.events.some((id) => t.events.some((e) => e.id === id && e.sources.some((s) => s.quote.startsWith(q)))));
		const past = holding('Tháng 5/2023');
		const plan = holding('Theo kế hoạch');
		expect(past).toHaveLength(1);
		expect(plan).toHaveLength(1);
		expect(past[0].id).not.toBe(plan[0].id);
		expect(past[0]).toMatchObject({ start: '2023-05-01', end: '2023-05-31' });
	});
});
