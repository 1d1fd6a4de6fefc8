/**
 * "Sáng 12/5, Đoàn làm việc với Đoàn đại biểu tỉnh Y do ông Z … dẫn đầu" in the story of X's trip to Y: the bare "Đoàn" is the
 * travelling delegation, and the delegation it meets, led in its own province, is its host there, not a visit the other way.
 * A named member acting on their own ("Chiều cùng ngày, bà M đã làm việc với Hội … tỉnh Y", "Sáng 13/5, Đại tá M trao tặng Bộ
 * Chỉ huy … tỉnh Y …") is not joined by the leader; nor is a gift of named bodies with no tense ("Dịp này, Hội Nông dân tỉnh X
 * trao tặng …"), nor the bodies of both sides signing ("Sở Y tế hai tỉnh đã ký kết …").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng',
	'',
	'15/05/2024 | 08:00',
	'',
	'Từ ngày 12 đến 13/5, Đoàn đại biểu cấp cao tỉnh Nghệ An do đồng chí Hoàng Minh Tuấn, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã thăm và làm việc tại tỉnh Xiêng Khoảng (Lào). Tham gia Đoàn có bà Lưu Thị Mai, Chủ tịch Hội Nông dân tỉnh và Đại tá Cao Văn Khiêm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.',
	'',
	'Sáng 12/5, Đoàn hội đàm với Đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Xăng-văn Phôm-ma-chắc, Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng dẫn đầu.',
	'',
	'Chiều cùng ngày, bà Lưu Thị Mai đã làm việc với Hội Nông dân tỉnh Xiêng Khoảng.',
	'',
	'Dịp này, Hội Nông dân tỉnh Nghệ An trao tặng Hội Nông dân tỉnh Xiêng Khoảng 50 con bò giống.',
	'',
	'Sáng 13/5, Đại tá Cao Văn Khiêm trao tặng Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng 3 xe ô tô.',
	'',
	'Chiều 13/5, Đoàn về đến Nghệ An.',
	''
].join('\n');

describe('the delegation met by a bare "Đoàn", and a member acting alone', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	const by = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))!;
	it('makes one delegation, the Nghệ An one, holding the talks and the way home', () => {
		expect(t.delegations.map((d) => name(d.leader))).toEqual(['Hoàng Minh Tuấn']);
		const d = t.delegations[0];
		expect(d.to).toBe('xiangkhouang');
		for (const q of ['Đoàn hội đàm với', 'Đoàn về đến Nghệ An']) expect(d.events).toContain(by(q).id);
		expect(by('Đoàn hội đàm với').people.map(name)).toContain('Hoàng Minh Tuấn');
	});
	it('gives a member’s own meeting and gift no leader', () => {
		expect(by('bà Lưu Thị Mai đã làm việc').people.map(name)).toEqual(['Lưu Thị Mai']);
		expect(by('Đại tá Cao Văn Khiêm trao tặng').people.map(name)).toEqual(['Cao Văn Khiêm']);
		expect(by('Hội Nông dân tỉnh Nghệ An trao tặng').people).toEqual([]);
	});
});
