/**
 * One Lao name transcribed two ways on one page ("Xỉ-xổm Vông-phạ-chăn", then "Sỉ Xổm Vông-phạ-chăn": a syllable split off,
 * 'S' for 'X', another tone): the same family name and given names alike once folded are one person; a name with another
 * given name is not.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng

15/03/2024 08:30

Sáng 14/3, đồng chí Hoàng Minh Chiến, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Xỉ-xổm Vông-phạ-chăn, Phó Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn.

Đồng chí Sỉ Xổm Vông-phạ-chăn cảm ơn sự giúp đỡ của tỉnh Nghệ An trong thời gian qua.

Cùng dự buổi tiếp có đồng chí Khăm-xổm Vông-phạ-chăn, Giám đốc Sở Nông lâm tỉnh Xiêng Khoảng.
`;

describe('one Lao name in two spellings on one page', () => {
	const t = buildTimeline([{ file: 'two-spellings.txt', text: PAGE }]);
	const names = t.people.map((p) => p.name).filter((n) => n.includes('Vông-phạ-chăn'));
	it('is one person', () => {
		expect(names.filter((n) => n !== 'Khăm-xổm Vông-phạ-chăn')).toHaveLength(1);
	});
	it('keeps apart one of the same family with another given name', () => {
		expect(names).toContain('Khăm-xổm Vông-phạ-chăn');
		expect(names).toHaveLength(2);
	});
});
