/**
 * A planned trip led by a department's director, not only a governor: "Dự kiến vào tháng 9 tới, ông X sẽ dẫn đoàn cán bộ kỹ
 * thuật Sở … tỉnh Y sang Z tập huấn …" is X's trip to Z, planned in that month; the host who says it goes on no journey
 * home of the visitors told just before it ("Tối 21/8, Đoàn về nước qua cửa khẩu …").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Sở Y tế làm việc với tỉnh Sa-la-van (Lào)',
	'',
	'23/8/2019 8:30:00 SA',
	'',
	'Trong hai ngày 20 và 21/8, Đoàn công tác Sở Y tế tỉnh Thừa Thiên Huế do ông Nguyễn Đình Cường, Giám đốc Sở làm trưởng đoàn đã thăm và làm việc tại tỉnh Sa-la-van.',
	'',
	'Ngày 20/8, Đoàn làm việc với Sở Y tế tỉnh Sa-la-van do ông Khăm-pheng Xay-nhạ-vông, Giám đốc Sở chủ trì.',
	'',
	'Tối 21/8, Đoàn về nước qua cửa khẩu quốc tế Lao Bảo.',
	'',
	'Dự kiến vào tháng 9 tới, ông Khăm-pheng Xay-nhạ-vông sẽ dẫn đoàn cán bộ kỹ thuật Sở Y tế tỉnh Sa-la-van sang Thừa Thiên Huế tập huấn kỹ thuật cấp cứu.'
].join('\n');

describe("a department director's planned trip", () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

	it('is a planned visit in the month told, led by the director', () => {
		const e = of('sẽ dẫn đoàn cán bộ kỹ thuật');
		expect(e).toHaveLength(1);
		expect([e[0].type, e[0].status, e[0].start, e[0].end]).toEqual(['visit', 'planned', '2019-09-01', '2019-09-30']);
		expect(e[0].people.map(name)).toContain('Khăm-pheng Xay-nhạ-vông');
		const d = t.delegations.find((x) => x.events.includes(e[0].id));
		expect(d?.leader ? name(d.leader) : null).toBe('Khăm-pheng Xay-nhạ-vông');
	});
	it('the host who will lead it is no traveller of the journey home', () => {
		const home = of('Đoàn về nước qua cửa khẩu');
		expect(home).toHaveLength(1);
		expect(home[0].people.map(name)).not.toContain('Khăm-pheng Xay-nhạ-vông');
	});
});
