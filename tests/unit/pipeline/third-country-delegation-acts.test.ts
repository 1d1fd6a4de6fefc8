/**
 * A delegation of a third country acting itself, its name ending in its country's ("Đoàn đại biểu Bộ Y tế Vương quốc Campuchia
 * do … dẫn đầu đã dâng hoa …"), told beside a Lao delegation on a page of who came to one place: no Vietnam–Laos happening.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = `Đoàn đại biểu tỉnh Bò Kẹo dâng hoa tại Đài tưởng niệm

16/05/2023 10:00

Sáng 15/5, Đoàn đại biểu tỉnh Bò Kẹo (Lào) do đồng chí Bun-mi Xay-xổm-phon, Phó Tỉnh trưởng dẫn đầu đã dâng hoa tại Đài tưởng niệm liệt sĩ tỉnh Yên Bái.

Trước đó, ngày 12/5, Đoàn đại biểu Bộ Y tế Vương quốc Campuchia do ông Sok Vanna dẫn đầu đã dâng hoa tại Đài tưởng niệm.
`;

describe('a third country delegation acting on a page of a Lao one', () => {
	const t = buildTimeline([{ file: 'memorial.txt', text: PAGE }]);
	it('makes no event', () => {
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('Campuchia'))).map((e) => e.sources[0].quote)).toEqual([]);
	});
	it('while the Lao delegation keeps its own', () => {
		expect(t.events.some((e) => e.start === '2023-05-15' && e.sources.some((s) => s.quote.includes('Bò Kẹo')))).toBe(true);
	});
});
