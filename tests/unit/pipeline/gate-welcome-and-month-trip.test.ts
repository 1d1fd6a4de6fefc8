/**
 * Two reports of one trip that the types alone keep apart: the welcome at a border gate told by the host ("ông X đón Đoàn tại
 * cửa khẩu …", a reception) and by the arrival ("Đoàn nhập cảnh qua cửa khẩu … và được … đón tại cửa khẩu", a visit); and a trip
 * an overview tells by its month ("Tháng 6, Đoàn … đã sang thăm, làm việc tại tỉnh X và đồng chủ trì Hội nghị … lần thứ 8") that
 * another page tells by its days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const article = (file: string, stamp: string, ...paragraphs: string[]) => ({ file, text: ['Hợp tác hữu nghị giữa hai huyện', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') });
const quoting = (t: ReturnType<typeof buildTimeline>, start: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(start)));

const PORTAL_LEAD = 'Trong hai ngày 14 và 15/3, Đoàn đại biểu huyện Viêng Xay (tỉnh Hủa Phăn, Lào) do đồng chí Xổm-phết Kẹo-vi-lay, Bí thư Huyện ủy, Chủ huyện làm trưởng đoàn đã thăm, làm việc tại huyện Quan Sơn, tỉnh Thanh Hóa.';
const PORTAL_ARRIVAL = 'Từ sáng 14/3, Đoàn nhập cảnh qua cửa khẩu quốc tế Na Mèo và được đồng chí Phạm Văn Hùng, Chủ tịch UBND huyện Quan Sơn cùng lãnh đạo huyện đón tại cửa khẩu.';
const PORTAL_TALKS = 'Chiều 14/3, hai huyện đã hội đàm tại trụ sở UBND huyện Quan Sơn.';
const STORY_LEAD = 'Trong hai ngày qua, Đoàn đại biểu huyện Viêng Xay (tỉnh Hủa Phăn, Lào) do ông Xổm-phết Kẹo-vi-lay làm trưởng đoàn đã sang thăm huyện Quan Sơn (Thanh Hóa).';

describe('the welcome at a border gate', () => {
	it('told as the host\'s welcome by one page and as the arrival by another is one happening', () => {
		const t = buildTimeline([
			article('a.txt', 'Cập nhật 16-03-2024, 10:05', PORTAL_LEAD, PORTAL_ARRIVAL, PORTAL_TALKS),
			article('b.txt', '15/03/2024 - 17:20', STORY_LEAD, 'Sáng 14/3, ông Phạm Văn Hùng, Chủ tịch UBND huyện Quan Sơn đón Đoàn tại cửa khẩu quốc tế Na Mèo.')
		]);
		const welcome = quoting(t, 'Sáng 14/3, ông Phạm Văn Hùng');
		expect(welcome).toHaveLength(1);
		expect(welcome[0].sources.map((s) => s.quote.slice(0, 20))).toContain('Từ sáng 14/3, Đoàn n');
		expect(welcome[0]).toMatchObject({ start: '2024-03-14', end: '2024-03-14', partOfDay: 'morning' });
	});

	it('at another gate, or at another part of the day, is not', () => {
		for (const caption of ['Sáng 14/3, ông Phạm Văn Hùng, Chủ tịch UBND huyện Quan Sơn đón Đoàn tại cửa khẩu quốc tế Nậm Cắn.', 'Tối 14/3, ông Phạm Văn Hùng, Chủ tịch UBND huyện Quan Sơn đón Đoàn tại cửa khẩu quốc tế Na Mèo.']) {
			const t = buildTimeline([article('a.txt', 'Cập nhật 16-03-2024, 10:05', PORTAL_LEAD, PORTAL_ARRIVAL, PORTAL_TALKS), article('b.txt', '15/03/2024 - 17:20', STORY_LEAD, caption)]);
			const welcome = quoting(t, caption.slice(0, 20));
			expect(welcome).toHaveLength(1);
			expect(welcome[0].sources).toHaveLength(1);
		}
	});
});

const TRIP = [
	'Chiều 13/6, tại thành phố Pắc-xan, đồng chí Trần Minh Đức, Chủ tịch UBND tỉnh Hà Tĩnh và đồng chí Khăm-phăn Xi-xu-vông, Tỉnh trưởng tỉnh Bô-li-khăm-xay đã đồng chủ trì Hội nghị thường niên lần thứ 8 giữa hai tỉnh.',
	'Hội nghị nằm trong chương trình chuyến thăm, làm việc tại tỉnh Bô-li-khăm-xay từ ngày 12 đến hết ngày 15/6 của Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Minh Đức làm trưởng đoàn.',
	'Sáng cùng ngày, Đoàn đã đến chào xã giao đồng chí Khăm-phăn Xi-xu-vông tại trụ sở Tỉnh ủy.'
];

describe('a trip an overview tells by its month', () => {
	it('naming the numbered meeting another page tells by its days is that trip, with its days', () => {
		const t = buildTimeline([
			article('a.txt', 'Thứ Ba, 13/06/2023 | 18:40', ...TRIP),
			article('b.txt', '28/12/2023 08:00', 'Nhìn lại công tác đối ngoại với Lào năm 2023.', 'Tháng 6, Đoàn đại biểu cấp cao tỉnh do đồng chí Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Bô-li-khăm-xay và đồng chủ trì Hội nghị thường niên lần thứ 8 giữa hai tỉnh tại thành phố Pắc-xan.')
		]);
		const month = quoting(t, 'Tháng 6, Đoàn đại biểu cấp cao');
		expect(month).toHaveLength(1);
		expect(month[0]).toMatchObject({ start: '2023-06-12', end: '2023-06-15', role: 'main', status: 'occurred' });
		expect(month[0].sources.some((s) => s.quote.startsWith('Hội nghị nằm trong chương trình'))).toBe(true);
		expect(month[0].conflicts ?? []).toEqual([]);
	});

	it('of another delegation that month, with nothing to tell it by, stays a month of its own', () => {
		const t = buildTimeline([
			article('a.txt', 'Thứ Ba, 13/06/2023 | 18:40', ...TRIP),
			article('b.txt', '28/12/2023 08:00', 'Nhìn lại công tác đối ngoại với Lào năm 2023.', 'Tháng 6, Đoàn công tác Sở Y tế tỉnh đã sang thăm, làm việc tại tỉnh Bô-li-khăm-xay.')
		]);
		const month = quoting(t, 'Tháng 6, Đoàn công tác');
		expect(month).toHaveLength(1);
		expect(month[0]).toMatchObject({ start: '2023-06-01', end: '2023-06-30' });
		expect(month[0].sources).toHaveLength(1);
	});
});
