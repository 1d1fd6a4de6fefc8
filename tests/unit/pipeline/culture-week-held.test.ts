/**
 * A culture week one province brings to another, told only as held ("Tuần Văn hóa tỉnh X tại tỉnh Y đã diễn ra từ ngày …
 * đến …"), not as opened: it is an event over its span, as a fair held is; with the delegation's leader named beside it,
 * it gives the trip its span, and the art troupe's nights in bullets under "Đoàn Nghệ thuật … đã có ba đêm biểu diễn:" join
 * that trip. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Tuần Văn hóa Hòa Bình tại Xay-nha-bu-ly: Những đêm diễn hữu nghị',
	'Thứ Năm, 22/05/2014 - 09:10',
	'Tuần Văn hóa tỉnh Hòa Bình tại tỉnh Xay-nha-bu-ly (Lào) đã diễn ra từ ngày 14 đến 19/5. Tham gia Tuần Văn hóa có Đoàn đại biểu tỉnh Hòa Bình do ông Bùi Văn Tỉnh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn cùng 30 diễn viên của Đoàn Nghệ thuật tỉnh Hòa Bình.',
	'Sáng 14/5, ông Phon-xay Vi-lay-vông, Phó Tỉnh trưởng tỉnh Xay-nha-bu-ly đã tiếp Đoàn tại trụ sở chính quyền tỉnh.',
	'Trong những ngày ở Xay-nha-bu-ly, Đoàn Nghệ thuật tỉnh Hòa Bình đã có ba đêm biểu diễn phục vụ nhân dân các bộ tộc Lào:\n- Đêm 15/5: Biểu diễn tại huyện Phiêng;\n- Đêm 16/5: Biểu diễn tại huyện Hồng Sa;\n- Đêm 17/5: Biểu diễn phục vụ cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh.',
	'Đoàn đã về đến thành phố Hòa Bình chiều 20/5, kết thúc chuyến công tác.'
);

describe('a culture week told as held', () => {
	it('is a happening, in either spelling of "hóa", and so are "Những ngày Văn hóa" and a film week', () => {
		expect(classify('Tuần Văn hóa tỉnh A tại tỉnh B đã diễn ra từ ngày 14 đến 19/5.')).toBe('ceremony');
		expect(classify('Tuần Văn hoá tỉnh A tại tỉnh B đã diễn ra từ ngày 14 đến 19/5.')).toBe('ceremony');
		expect(classify('Những ngày Văn hóa tỉnh A tại tỉnh B được tổ chức từ ngày 2 đến 6/10.')).toBe('ceremony');
		expect(classify('Tuần phim Việt Nam tại Lào diễn ra từ ngày 2 đến 6/10.')).toBe('ceremony');
		// Named, not held: no event.
		expect(classify('Tuần Văn hóa tỉnh A là dịp quảng bá hình ảnh của tỉnh.')).toBeNull();
	});
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it('makes the week an event over its span', () => {
		expect(of('Tuần Văn hóa tỉnh Hòa Bình tại tỉnh Xay-nha-bu-ly')).toMatchObject({ start: '2014-05-14', end: '2014-05-19', status: 'occurred' });
	});
	it("puts the troupe's nights in bullets on the delegation's trip", () => {
		expect(t.delegations.map((d) => name(d.leader))).toEqual(['Bùi Văn Tỉnh']);
		const d = t.delegations[0];
		for (const q of ['- Đêm 15/5', '- Đêm 16/5', '- Đêm 17/5']) {
			const e = of(q)!;
			expect(e, q).toBeDefined();
			expect(d.events, q).toContain(e.id);
		}
	});
});
