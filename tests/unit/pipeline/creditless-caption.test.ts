/**
 * A one-sentence paragraph that says who stands where in the picture ("(thứ 3 từ trái)", "(bên phải)", "(second from
 * right)") is a caption, even with no "Ảnh:" credit: it makes no event. A paragraph that goes on after it is prose.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Huyện Quế Phong thăm huyện Viêng Thoong', '', '20/03/2024 08:00', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Từ ngày 14 đến 16/3, Đoàn công tác huyện Quế Phong do đồng chí Lương Văn Tân, Bí thư Huyện ủy làm trưởng đoàn đã thăm, làm việc tại huyện Viêng Thoong, tỉnh Hủa Phăn (Lào).';
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a caption with no credit', () => {
	it('"Đồng chí X (thứ 3 từ trái) trao …" is no event', () => {
		const t = page(LEAD, 'Sáng 15/3, Đoàn hội đàm với lãnh đạo huyện Viêng Thoong.', 'Đồng chí Lương Văn Tân (thứ 3 từ trái) trao tặng 50 suất quà cho học sinh.', 'Hai bên thống nhất tăng cường hợp tác.');
		expect(quoted(t, 'thứ 3 từ trái')).toEqual([]);
	});
	it('nor is "X (second from right) presented …" in English', () => {
		const t = buildTimeline([{ file: 'b.txt', text: ['Que Phong district visits Laos', '', 'Wednesday, March 20, 2024 8:00 AM', '', 'A delegation of Que Phong district led by its Party Secretary Luong Van Tan visited Viengthong district, Houaphanh province, from March 14 to 16.', '', 'On March 15, the delegation held talks with Viengthong district leaders.', '', 'Luong Van Tan (second from right) presented gifts and school bags to pupils of the Viengthong district school.', '', 'The two sides agreed to boost cooperation.', ''].join('\n') }]);
		expect(quoted(t, 'second from right')).toEqual([]);
	});
	it('a paragraph that goes on after the marked sentence is still prose', () => {
		const t = page(LEAD, 'Chiều 15/3, đồng chí Lương Văn Tân (bên phải) đã trao tặng 50 suất quà cho học sinh huyện Viêng Thoong. Các em học sinh bày tỏ niềm vui.');
		expect(quoted(t, 'bên phải').length).toBe(1);
	});
});
