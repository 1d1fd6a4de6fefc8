/**
 * A stay of days told by the delegation alone, right after the meeting that opens the page ("… đã tiếp Đoàn đại biểu tỉnh … do
 * đồng chí Y làm trưởng đoàn." / "Đoàn thăm và làm việc tại tỉnh … vào các ngày 5, 6 và 7/5 …"), then the host's words in a
 * paragraph of their own ('"…", đồng chí X nói.'): the words were said at the meeting; the host is not one of the stay's
 * people (its leader is).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Quảng Bình chúc Tết Khăm Muồn', '', '06/05/2024 07:30 GMT+7', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);

describe('the host\'s words after a stay told by the delegation alone', () => {
	const t = page(
		'Ngày 5/5, tại trụ sở chính quyền tỉnh Khăm Muồn, đồng chí Vi-lay Xỉ-phăn-đon, Tỉnh trưởng tỉnh Khăm Muồn đã tiếp Đoàn đại biểu tỉnh Quảng Bình do đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
		'Đoàn thăm và làm việc tại tỉnh Khăm Muồn vào các ngày 5, 6 và 7/5.',
		'"Quảng Bình luôn là người bạn gần gũi của Khăm Muồn trong mọi hoàn cảnh", đồng chí Vi-lay Xỉ-phăn-đon nói.'
	);
	const names = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))!.people.map((id) => t.people.find((p) => p.id === id)?.name);

	it('leave the host out of the stay', () => {
		expect(names('Đoàn thăm và làm việc')).toEqual(['Đoàn Ngọc Lâm']);
	});

	it('keep him at the meeting', () => {
		expect(names('Ngày 5/5')).toContain('Vi-lay Xỉ-phăn-đon');
	});
});
