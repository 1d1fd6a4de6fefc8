/**
 * A Lao name in spaced syllables after an honorific may hold a syllable that is also a Vietnamese family name ("đồng chí Xổm
 * Xắc Vông Phi Xay", "Phi" a family name): the name starts right after the honorific, so the whole run is the person — not a
 * Vietnamese "Phi Xay" read off its end — and the same person as the hyphenated spelling of another page. (Invented names.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const lead = (name: string) =>
	`Sáng 12/6/2025, tại tỉnh Thanh Hóa, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh Thanh Hóa đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí ${name}, Phó Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn.`;

describe('a spaced Lao name with a Vietnamese family name inside', () => {
	for (const name of ['Xổm Xắc Vông Phi Xay', 'Khăm Phon Xay Hà Xỉ', 'Bun Xổm Lò Văn Xay']) {
		it(`is the whole run after the honorific, and the delegation's leader (${name})`, () => {
			const t = buildTimeline([{ file: 'a.txt', text: ['Thanh Hóa tiếp Đoàn tỉnh Hủa Phăn', '', '12/06/2025 10:00', '', lead(name)].join('\n') }]);
			expect(t.people.map((p) => p.name).sort()).toEqual([name, 'Lê Văn Dũng'].sort());
			expect(t.people.find((p) => p.id === t.delegations[0]?.leader)?.name).toBe(name);
		});
	}
	it('is the same person as the hyphenated spelling on another page', () => {
		const a = ['Thanh Hóa tiếp Đoàn tỉnh Hủa Phăn', '', '12/06/2025 10:00', '', lead('Xổm Xắc Vông Phi Xay')].join('\n');
		const b = ['Đoàn tỉnh Hủa Phăn thăm Thanh Hóa', '', '13/06/2025 08:00', '', 'Chiều 12/6/2025, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Xổm-xắc Vông-phi-xay, Phó Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn đã thăm Khu di tích Lam Kinh, tỉnh Thanh Hóa.'].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]);
		const lao = t.people.filter((p) => p.name !== 'Lê Văn Dũng');
		expect(lao).toHaveLength(1);
		expect(t.delegations).toHaveLength(1);
	});
});
