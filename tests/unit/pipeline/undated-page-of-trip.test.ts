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

// The same leader's two trips to one city, a year apart, and a page with no date about one of them: it goes to the trip
// whose other reports tell what it tells, and its call on the consulate is that trip's one call there.
describe('an undated page, one leader, two trips', () => {
	const trip = (year: number, stamp: string, extra: string) =>
		[
			`Đoàn đại biểu HĐND tỉnh Bình Định thăm tỉnh Chăm-pa-sắc`,
			'',
			stamp,
			'',
			`Từ ngày 14 đến ngày 17/5, Đoàn đại biểu HĐND tỉnh Bình Định do ông Hồ Quốc Dũng, Chủ tịch HĐND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Chăm-pa-sắc.`,
			'',
			`Chiều 15/5, ông Viêng-thoong Hắt-xa-chắc, Chủ tịch HĐND tỉnh Chăm-pa-sắc đã hội đàm với Đoàn.`,
			'',
			extra
		].join('\n');
	const earlier = trip(2023, 'Thứ Tư, 17/05/2023 - 10:20', 'Chiều 16/5, Đoàn đã đến thăm Tổng Lãnh sự quán Việt Nam tại Pắc-xế và gặp gỡ đại diện cộng đồng người Việt.');
	const later = trip(2024, 'Thứ Sáu, 17/05/2024 - 10:20', 'Sáng 16/5, Đoàn đã thăm Trường Đại học Chăm-pa-sắc. Tối 16/5, ông Viêng-thoong Hắt-xa-chắc đã tiếp Đoàn tại Pắc-xế.');
	const undated = [
		'Lãnh đạo HĐND tỉnh Bình Định thăm Tổng Lãnh sự quán tại Pắc-xế',
		'',
		'Nhân chuyến thăm và làm việc tại tỉnh Chăm-pa-sắc, ông Hồ Quốc Dũng, Chủ tịch HĐND tỉnh Bình Định cùng Đoàn đại biểu HĐND tỉnh đã đến thăm Tổng Lãnh sự quán Việt Nam tại Pắc-xế và gặp gỡ đại diện cộng đồng người Việt.',
		'',
		'Tiếp Đoàn, Tổng Lãnh sự Lê Minh Châu thông tin về tình hình cộng đồng người Việt tại tỉnh.'
	].join('\n');
	const t = buildTimeline([
		{ file: 'a.txt', text: earlier },
		{ file: 'b.txt', text: later },
		{ file: 'c.txt', text: undated }
	]);
	it('keeps the two trips apart', () => {
		expect(t.delegations.map((d) => d.start)).toEqual(['2023-05-14', '2024-05-14']);
	});
	it('puts the undated call in the trip that tells it, as that trip\'s call on the consulate', () => {
		const call = t.events.find((e) => e.sources.some((s) => s.article.startsWith('c')));
		expect(call).toMatchObject({ start: '2023-05-16', end: '2023-05-16', delegation: t.delegations[0].id });
		// (The consul's reception, "Tiếp Đoàn, Tổng Lãnh sự …", goes with the call: a second source of the undated page.)
		expect([...new Set(call!.sources.map((s) => s.article[0]))].sort()).toEqual(['a', 'c']);
	});
});
