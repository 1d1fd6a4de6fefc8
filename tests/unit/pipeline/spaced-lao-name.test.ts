/**
 * Some outlets write a Lao name in separate syllables without hyphens ("do ông Bun Xổm Phết Xay Nha Vông, Phó Tỉnh
 * trưởng … làm trưởng đoàn"): after an honorific and before a title it is one person, the same as the hyphenated
 * spelling of another page ("Bun-xổm Phết-xay-nha-vông"). (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const a = [
	'Đoàn đại biểu tỉnh Chăm-pa-xắc thăm tỉnh Kon Tum',
	'',
	'15/06/2025 09:10',
	'',
	'Trong hai ngày 12 và 13/6, Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do ông Bun Xổm Phết Xay Nha Vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc làm trưởng đoàn đã thăm, làm việc tại tỉnh Kon Tum.',
	'',
	'Sáng 12/6, ông Bun Xổm Phết Xay Nha Vông và đoàn đã hội đàm với lãnh đạo UBND tỉnh Kon Tum.'
].join('\n');
const b = [
	'Kon Tum tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc',
	'',
	'14/06/2025 17:20',
	'',
	'Sáng 12/6, đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp và hội đàm với Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Bun-xổm Phết-xay-nha-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc làm trưởng đoàn.'
].join('\n');

describe('a Lao name written in separate syllables', () => {
	it('is a person after "ông" and before a title, and the leader of the delegation', () => {
		const t = buildTimeline([{ file: 'a.txt', text: a }]);
		const p = t.people.find((x) => x.name === 'Bun Xổm Phết Xay Nha Vông');
		expect(p).toBeTruthy();
		expect(t.delegations.map((d) => d.leader)).toContain(p!.id);
	});
	it('is the same person as the hyphenated spelling on another page', () => {
		const t = buildTimeline([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]);
		const ps = t.people.filter((x) => [x.name, ...x.aliases].some((n) => /Bun.?[Xx]ổm/.test(n)));
		expect(ps).toHaveLength(1);
	});
});
