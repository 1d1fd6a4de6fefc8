/**
 * A page with no stamp and no year of its own ("giai đoạn 2019 - 2023" names a plan's term, not the page's year) takes the
 * year of the same trip told by a dated page: the same visitor, on the same days. A local outlet that names the delegation
 * only by where it comes from ("Đoàn đại biểu tỉnh X (Lào)", its leader left out or spelt so no list reads him) tells the
 * same trip as a page that names its leader, when both come from X.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const dated = [
	'Thanh Hóa tiếp Đoàn đại biểu tỉnh Xiêng Khoảng',
	'',
	'15/03/2023 18:10',
	'',
	'Chiều 15/3, tại trụ sở Tỉnh ủy, đồng chí Lê Quang Tùng, Phó Bí thư Tỉnh ủy tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Khăm-phăn Phôm-ma-vông, Phó Tỉnh trưởng làm trưởng đoàn.',
	'',
	'Đoàn đang có chuyến thăm và làm việc tại Việt Nam từ ngày 14 đến 18/3.'
].join('\n');
const unstamped = [
	'Nghệ An đón Đoàn đại biểu tỉnh Xiêng Khoảng',
	'',
	'Sau chương trình làm việc tại Thanh Hóa, chiều 16/3, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) đã đến thăm và làm việc tại tỉnh Nghệ An.',
	'',
	'Hai bên đánh giá cao kết quả thực hiện biên bản ghi nhớ hợp tác giai đoạn 2019 - 2023.',
	'',
	'Sáng 17/3, Đoàn thăm Khu di tích Kim Liên.'
].join('\n');

describe('a page with no stamp, its delegation named only by its province', () => {
	const t = buildTimeline([
		{ file: 'a-dated.txt', text: dated },
		{ file: 'b-unstamped.txt', text: unstamped }
	]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('takes the year the page that names the leader gives the same trip, not one of the plan term', () => {
		expect(of('Sau chương trình làm việc')?.start).toBe('2023-03-16');
		expect(of('Sáng 17/3')?.start).toBe('2023-03-17');
	});
	it('and its days join that leader\'s delegation', () => {
		const d = t.delegations.find((x) => x.events.includes(of('Sáng 17/3')!.id));
		expect(t.people.find((p) => p.id === d?.leader)?.name).toBe('Khăm-phăn Phôm-ma-vông');
	});
});
