/**
 * A live page's hour heads as papers print them: with a dash ("9h45 – …"), bare before the line's capital ("13:30 Đoàn …"),
 * with a bracketed remark before the colon ("20h00 (dự kiến): …", planned by its words); and a host titled "Trưởng đoàn
 * ĐBQH tỉnh …" (a standing office) who receives the delegation leads none of his own: the later "Đoàn" lines stay the
 * visitors'. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'TRỰC TIẾP: Đoàn đại biểu tỉnh Bo Kẹo thăm, chúc Tết tỉnh Hà Giang',
	'',
	'22/01/2023 16:20 GMT+7',
	'',
	'HGTV - Hôm nay, Đoàn đại biểu tỉnh Bo Kẹo (Lào) do đồng chí Phết-xạ-mỏn Văn-na-lạt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bo Kẹo làm trưởng đoàn thăm, chúc Tết Đảng bộ, chính quyền và Nhân dân tỉnh Hà Giang.',
	'',
	'08h30: Tại trụ sở Tỉnh ủy, đồng chí Hầu Minh Tâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Hà Giang tiếp Đoàn.',
	'',
	'9h45 – Đồng chí Phết-xạ-mỏn Văn-na-lạt trao quà Tết tặng Đảng bộ, chính quyền và Nhân dân tỉnh Hà Giang.',
	'',
	'13:30 Đoàn đến dâng hương tại Nghĩa trang liệt sĩ tỉnh.',
	'',
	'15h10: Đoàn thăm, tặng quà lưu học sinh Lào đang học tập tại Trường Cao đẳng Sư phạm tỉnh.',
	'',
	'20h00 (dự kiến): Đoàn dự chương trình nghệ thuật chào Xuân tại Quảng trường tỉnh.'
].join('\n');

describe('live heads as printed', () => {
	const t = buildTimeline([{ file: 'live.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it("'9h45 –' is a head of the page's day", () => {
		expect(of('9h45')).toMatchObject({ start: '2023-01-22', end: '2023-01-22', partOfDay: 'morning', role: 'main', status: 'occurred' });
	});
	it("'13:30' with no separator is a head", () => {
		expect(of('13:30')).toMatchObject({ start: '2023-01-22', partOfDay: 'afternoon', role: 'main', status: 'occurred' });
	});
	it("'20h00 (dự kiến):' is a head, planned", () => {
		expect(of('20h00')).toMatchObject({ start: '2023-01-22', partOfDay: 'evening', role: 'main', status: 'planned' });
	});
	it('the host titled Trưởng đoàn ĐBQH leads no delegation: one trip, the visitors\'', () => {
		expect(t.delegations.map((d) => name(d.leader!))).toEqual(['Phết-xạ-mỏn Văn-na-lạt']);
		expect(of('15h10')!.people.map(name)).not.toContain('Hầu Minh Tâm');
	});
});
