/**
 * "Ngay sau hội đàm, hai bên ký kết …": right after the talks, with no time between, so in the talks' part of the day too (a
 * bare "Sau hội đàm" may run into the next part: the day only). On the same page, a date told of a disaster ("… bão số 5 đổ
 * bộ ngày 21/8") dates the storm, not the visit or the greeting of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (after: string) =>
	[
		'Đoàn đại biểu tỉnh Sa-văn-na-khệt thăm tỉnh Quảng Trị',
		'',
		'26/08/2024 18:30',
		'',
		'Sáng 26/8, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy Quảng Trị đã hội đàm với Đoàn đại biểu tỉnh Sa-văn-na-khệt (Lào) do đồng chí Xổm-xay Ma-ni-vông, Phó Tỉnh trưởng làm trưởng đoàn.',
		'',
		'Đồng chí Xổm-xay Ma-ni-vông bày tỏ vui mừng được trở lại Quảng Trị và gửi lời thăm hỏi tới nhân dân các huyện bị thiệt hại do cơn bão số 5 đổ bộ ngày 21/8.',
		'',
		`${after}, hai bên ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.`
	].join('\n');

describe('a signing right after the talks', () => {
	it("'Ngay sau hội đàm' is the talks' morning; 'Sau hội đàm' their day, in no part of it said", () => {
		const right = buildTimeline([{ file: 'a.txt', text: page('Ngay sau hội đàm') }]);
		expect(right.events.find((e) => e.type === 'signing')).toMatchObject({ start: '2024-08-26', end: '2024-08-26', partOfDay: 'morning' });
		const later = buildTimeline([{ file: 'a.txt', text: page('Sau hội đàm') }]);
		expect(later.events.find((e) => e.type === 'signing')).toMatchObject({ start: '2024-08-26', partOfDay: null });
	});
});

describe("a storm's day in the greeting", () => {
	it('makes no visit on the day the storm struck', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Ngay sau hội đàm') }]);
		expect(t.events.filter((e) => e.start === '2024-08-21').map((e) => e.sources[0].quote)).toEqual([]);
	});
});
