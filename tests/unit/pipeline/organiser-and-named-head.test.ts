/**
 * A youth exchange told by its organiser ("Thành đoàn Cần Thơ phối hợp với Đoàn Thanh niên … tỉnh Chăm-pa-xắc tổ chức …"): the
 * body that organises holds it at home, in the city its name gives; the guests' delegation, its head named in a sentence of its
 * own ("Đoàn đại biểu … do đồng chí X … làm trưởng đoàn."), is the delegation of those days. The hosts' own body accepting to
 * go the other way later ("Dịp này, Thành đoàn Cần Thơ đã nhận lời mời sang thăm tỉnh Chăm-pa-xắc …") is not X's trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Thanh niên Cần Thơ và Chăm-pa-xắc giao lưu hữu nghị',
	'',
	'Cập nhật 08-09-2024, 09:00',
	'',
	'Trong hai ngày 5-6/9, Thành đoàn Cần Thơ phối hợp với Đoàn Thanh niên Nhân dân cách mạng Lào tỉnh Chăm-pa-xắc tổ chức chương trình giao lưu hữu nghị thanh niên.',
	'',
	'Đoàn đại biểu Đoàn Thanh niên tỉnh Chăm-pa-xắc do đồng chí Xôm-phết Vông-đa-la, Bí thư Tỉnh đoàn làm trưởng đoàn.',
	'',
	'Tối 5/9, tại Bến Ninh Kiều, hai bên tổ chức đêm giao lưu văn nghệ.',
	'',
	'Sáng 6/9, giải bóng chuyền hữu nghị giữa thanh niên hai bên diễn ra tại Nhà thi đấu thành phố.',
	'',
	'Dịp này, Thành đoàn Cần Thơ đã nhận lời mời sang thăm tỉnh Chăm-pa-xắc vào tháng 12 tới.'
].join('\n');

describe('an exchange told by its organiser, the guests’ head named apart', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const leaderOf = (d: (typeof t.delegations)[number]) => t.people.find((p) => p.id === d.leader)?.name;
	it('is one delegation from Chăm-pa-xắc to Cần Thơ, led by the head named, over the exchange’s days', () => {
		expect(t.delegations.map((d) => [leaderOf(d), d.from, d.to, d.start, d.end])).toEqual([['Xôm-phết Vông-đa-la', 'champasak', 'can-tho', '2024-09-05', '2024-09-06']]);
	});
	it('the hosts’ trip to come is no trip of that head', () => {
		const plan = t.events.find((e) => e.sources.some((s) => s.quote.includes('nhận lời mời sang thăm')));
		expect(plan).toBeTruthy();
		expect(t.delegations.filter((d) => d.events.includes(plan!.id))).toEqual([]);
	});
});
