/**
 * A periodical's line on its author ("Về tác giả: ThS. X, …", "Tác giả liên hệ: …") closes the article: who wrote the page
 * is never one who took part in the happening told last before it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (last: string) =>
	[
		'Quảng Bình - Khăm-muộn: một năm hợp tác',
		'',
		'Ngày đăng: 05/11/2023',
		'',
		'Ngày 2/11, Đoàn đại biểu tỉnh Quảng Bình do ông Trần Thắng, Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Khăm-muộn.',
		'',
		'Theo kế hoạch, tháng 12 này Đoàn đại biểu tỉnh Khăm-muộn sẽ sang thăm tỉnh Quảng Bình; tuy nhiên, chuyến thăm đã lùi sang năm sau.',
		'',
		last,
		''
	].join('\n');

describe('an author line names no participant', () => {
	it('"Về tác giả: ThS. X" after the put-off visit', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Về tác giả: ThS. Hoàng Thị Liên, Trường Chính trị tỉnh Quảng Bình.') }]);
		const plan = t.events.find((e) => e.status === 'planned');
		expect(plan?.start).toBe('2024-01-01');
		expect(plan?.people.map((id) => t.people.find((p) => p.id === id)?.name)).not.toContain('Hoàng Thị Liên');
	});
});
