/**
 * Another delegation of the visitors' side, recalled as received a day before ("Một ngày trước, ngày 15/11, lãnh đạo tỉnh cũng đã
 * đón tiếp Đoàn … do đồng chí Y dẫn đầu"), is told in passing: "Theo chương trình, …, Đoàn sẽ …" after it is the story's own
 * delegation's plan, not Y's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Phó Chủ tịch HĐND tỉnh tiếp Đoàn HĐND tỉnh Bô-ly-khăm-xay',
	'',
	'Thứ Năm, 16/11/2023 - 20:05',
	'',
	'Chiều 16/11, tại trụ sở HĐND tỉnh, đồng chí Hà Thị Lan, Phó Chủ tịch HĐND tỉnh Nghệ An đã tiếp Đoàn đại biểu HĐND tỉnh Bô-ly-khăm-xay (Lào) do đồng chí Xổm-phon Kẹo-vông, Chủ tịch HĐND tỉnh làm trưởng đoàn.',
	'',
	'Một ngày trước, ngày 15/11, lãnh đạo tỉnh Nghệ An cũng đã đón tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Vi-lay Xỉ-thoong dẫn đầu.',
	'',
	'Theo chương trình, ngày 17/11, Đoàn sẽ đến thăm và làm việc tại tỉnh Hà Tĩnh.'
].join('\n');

describe('a plan after another delegation recalled', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const leaderOf = (q: string) => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(q)));
		const d = e && t.delegations.find((x) => x.events.includes(e.id));
		return t.people.find((p) => p.id === d?.leader)?.name;
	};
	it('is the story\'s own delegation\'s', () => {
		expect(leaderOf('Theo chương trình')).toBe('Xổm-phon Kẹo-vông');
	});
	it('while the recalled reception stays the other delegation\'s', () => {
		expect(leaderOf('Một ngày trước')).toBe('Vi-lay Xỉ-thoong');
	});
});
