/**
 * A page with no stamp and no date of its own, about one day of a trip other pages date: its lead (the delegation's visit
 * to the city) and what it tells "Cùng ngày" take the trip's days, inferred, even when another delegation from the same
 * city (a return visit planned later, led by someone else) is on the timeline too: the leader named says which trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const dated = [
	'Đoàn đại biểu tỉnh Chăm-pa-sắc thăm Đà Nẵng',
	'',
	'Thứ Hai, 14/10/2024, 08:15',
	'',
	'Từ ngày 11 đến hết ngày 14/10, Đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) do đồng chí Khăm-phăn Phôm-ma-thắt, Phó Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại thành phố Đà Nẵng.',
	'',
	'Sáng 12/10, đồng chí Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng đã tiếp và hội đàm với Đoàn.',
	'',
	'Dịp này, đồng chí Lê Trung Chinh nhận lời mời dẫn Đoàn đại biểu thành phố Đà Nẵng sang thăm tỉnh Chăm-pa-sắc vào tháng 3 năm tới.'
].join('\n');
const other = [
	'Thanh niên Chăm-pa-sắc sẽ sang Đà Nẵng',
	'',
	'15/10/2024 09:00',
	'',
	'Nhân dịp này, anh Xổm-phon Vi-lay-vông, Bí thư Đoàn Thanh niên tỉnh Chăm-pa-sắc nhận lời mời dẫn đoàn thanh niên tỉnh Chăm-pa-sắc sang Đà Nẵng dự Liên hoan thanh niên vào tháng 12 tới.'
].join('\n');
const undated = [
	'Đoàn đại biểu tỉnh Chăm-pa-sắc thăm Khu công nghệ cao Đà Nẵng',
	'',
	'Đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) do đồng chí Khăm-phăn Phôm-ma-thắt, Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm và làm việc tại Khu công nghệ cao Đà Nẵng.',
	'',
	'Tiếp Đoàn, ông Phạm Văn Hùng, Trưởng Ban Quản lý Khu công nghệ cao giới thiệu tiềm năng của khu.',
	'',
	'Cùng ngày, Đoàn đã đi thăm Cảng Tiên Sa.'
].join('\n');

describe('an undated page of a dated trip', () => {
	const t = buildTimeline([
		{ file: 'a.txt', text: dated },
		{ file: 'b.txt', text: other },
		{ file: 'c.txt', text: undated }
	]);
	const from = (file: string) => t.events.filter((e) => e.sources.some((s) => t.articles.find((a) => a.id === s.article)?.file === file));

	it('dates its lead and its "Cùng ngày" within the trip, inferred', () => {
		const mine = from('c.txt');
		expect(mine.map((e) => e.sources[0].quote.slice(0, 20))).toEqual(expect.arrayContaining(['Đoàn đại biểu tỉnh C', 'Cùng ngày, Đoàn đã đ']));
		for (const e of mine) {
			expect(e.start! >= '2024-10-11' && e.end! <= '2024-10-14', e.sources[0].quote).toBe(true);
		}
		expect(mine.some((e) => e.dating === 'inferred')).toBe(true);
	});

	it('puts them in the trip of the leader it names', () => {
		const trip = t.delegations.find((d) => t.people.find((p) => p.id === d.leader)?.name === 'Khăm-phăn Phôm-ma-thắt')!;
		for (const e of from('c.txt')) expect(trip.events).toContain(e.id);
	});
});
