/**
 * A tour told by two outlets, each on its own leg: one page on the first stop (Đà Nẵng, in English), another on a later stop
 * (Quảng Nam). The trip's destination, taken from the later page, is not lent back to the first page's events: "The previous
 * evening, Chinh hosted a welcome dinner …" is not in Quảng Nam, nor are the Đà Nẵng talks.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const first = [
	'Savannakhet governor visits Da Nang',
	'',
	'Wednesday, October 11, 2023 9:10 PM',
	'',
	'A delegation from Savannakhet province led by Governor Santiphap Phomvihane is on a working visit to Viet Nam from October 9 to 13, with Da Nang as its first stop.',
	'',
	"On the afternoon of Oct. 10, Chairman of the Da Nang People's Committee Le Trung Chinh held talks with the delegation at the committee's headquarters.",
	'',
	'The previous evening, Chinh hosted a welcome dinner for the guests at a riverside hotel.',
	'',
	'The delegation is scheduled to visit Hue city on Wednesday.'
].join('\n');
const later = [
	'Tỉnh Quảng Nam đón Đoàn đại biểu tỉnh Sa-van-na-khẹt',
	'',
	'16/10/2023 08:30',
	'',
	'Trong hai ngày 12 và 13/10, Đoàn đại biểu cấp cao tỉnh Sa-van-na-khẹt (Lào) do đồng chí Xăn-ti-pháp Phôm-vi-hản, Tỉnh trưởng tỉnh Sa-van-na-khẹt làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh Quảng Nam.',
	'',
	'Chiều 12/10, tại trụ sở Tỉnh ủy, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam đã tiếp và hội đàm với Đoàn.',
	'',
	'Sáng 13/10, Đoàn đi thăm Phố cổ Hội An.'
].join('\n');

describe("a tour's later stop told by another page", () => {
	const t = buildTimeline([{ file: 'a.txt', text: first }, { file: 'b.txt', text: later }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))!;

	it('is one trip', () => {
		expect(t.delegations).toHaveLength(1);
	});
	it("the first page's talks and dinner keep their own place, not the later stop", () => {
		expect(of('held talks with the delegation').cities).not.toContain('quang-nam');
		expect(of('hosted a welcome dinner').cities).not.toContain('quang-nam');
	});
	it("the later page's events are at the later stop", () => {
		expect(of('Sáng 13/10, Đoàn đi thăm').cities).toContain('quang-nam');
	});
});
