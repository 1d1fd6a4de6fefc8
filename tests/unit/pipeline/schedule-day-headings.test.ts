/**
 * A schedule names each day once, on a heading line of its own, over rows opened by their hour: a weekly work schedule's
 * "THỨ TƯ (19/3)" over "- 9h00: Đồng chí … tiếp Đoàn …", an invitation's "1. Thời gian: 14 giờ 00, thứ Ba, ngày 18/3/2025." over
 * "14h00 - 14h30 | Đón tiếp Đoàn …". The rows are that day's, at their hour, until the next heading. A weekly schedule's row of the
 * hosts' own work (no delegation, no partner named) is no event; a heading whose weekday is not its date's dates nothing.
 * A deadline in another clause ("đăng ký … trước 11h00 ngày 17/3/2025") does not date the happening "cùng ngày"; the contact
 * a notice gives is no participant. A second Lao delegation received in the same week, led by its own, is another trip.
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const weekly = (wed: string) =>
	[
		'Lịch công tác tuần 12 của Thường trực Thành ủy (từ ngày 17/3 đến ngày 23/3/2025)',
		'',
		'Cập nhật: 14/03/2025 15:20 | Văn phòng Thành ủy',
		'',
		'THỨ HAI (17/3)',
		'- 8h00: Đồng chí Trần Quốc Hưng, Bí thư Thành ủy tiếp xã giao Đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) do đồng chí Khăm-xay Xi-phăn-đon, Phó Tỉnh trưởng tỉnh Chăm-pa-sắc làm Trưởng đoàn. Địa điểm: Phòng khách Thành ủy.',
		'- 14h00: Đồng chí Bí thư Thành ủy chủ trì họp Ban Thường vụ Thành ủy về công tác cán bộ. Địa điểm: Phòng họp số 2.',
		'',
		wed,
		'- 9h00: Đồng chí Bí thư Thành ủy cùng Đoàn đại biểu tỉnh Chăm-pa-sắc thăm Khu công nghiệp Hòa Khánh.',
		'- 14h00: Đồng chí Phó Bí thư Thành ủy dự Lễ khai giảng lớp bồi dưỡng cán bộ nguồn. Địa điểm: Trường Chính trị thành phố.',
		'',
		'THỨ SÁU (21/3)',
		'- 15h00: Đồng chí Phó Bí thư Thành ủy tiếp Đoàn cán bộ Ban Dân vận Tỉnh ủy Sê-kông (Lào) do đồng chí Phon-xay Văn-na-vông, Trưởng Ban Dân vận Tỉnh ủy Sê-kông làm Trưởng đoàn. Địa điểm: Phòng khách Thành ủy.',
		'',
		'Ghi chú: Lịch công tác có thể thay đổi.'
	].join('\n');

const invitation = [
	'Giấy mời phóng viên dự Hội đàm giữa thành phố và tỉnh Sa-la-van (Lào)',
	'',
	'15/03/2025 08:40 - Phòng Báo chí',
	'',
	'Từ ngày 18/3/2025 đến ngày 20/3/2025, Đoàn đại biểu tỉnh Sa-la-van do đồng chí Bun-mi Xay-nha-vông, Phó Tỉnh trưởng làm Trưởng đoàn sang thăm và làm việc tại thành phố Đà Nẵng.',
	'',
	'1. Thời gian: 14 giờ 00, thứ Ba, ngày 18/3/2025.',
	'',
	'2. Chương trình:',
	'',
	'14h00 - 14h30 | Đón tiếp Đoàn đại biểu tỉnh Sa-la-van, chụp ảnh lưu niệm.',
	'',
	'14h30 - 16h00 | Hội đàm giữa lãnh đạo thành phố Đà Nẵng và Đoàn đại biểu tỉnh Sa-la-van.',
	'',
	'3. Ghi chú: 19 giờ 30 cùng ngày, Đoàn tham quan Khu phố cổ; phóng viên có nhu cầu đăng ký với Phòng Báo chí trước 11h00 ngày 17/3/2025.',
	'',
	'Đầu mối liên hệ: đồng chí Nguyễn Thị Hạnh, chuyên viên Phòng Báo chí, điện thoại 0905.xxx.111.'
].join('\n');

const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe("a weekly schedule's weekday headings", () => {
	const t = buildTimeline([{ file: 'lich.txt', text: weekly('THỨ TƯ (19/3)') }]);
	it("date the hour-led rows under them, at the row's hour", () => {
		expect(of(t, 'thăm Khu công nghiệp Hòa Khánh')).toMatchObject({ start: '2025-03-19', end: '2025-03-19', partOfDay: 'morning', status: 'planned' });
		expect(of(t, 'tiếp Đoàn cán bộ Ban Dân vận')).toMatchObject({ start: '2025-03-21', end: '2025-03-21', partOfDay: 'afternoon', status: 'planned' });
	});
	it("make no event of the hosts' own work", () => {
		expect(of(t, 'Lễ khai giảng lớp bồi dưỡng')).toBeUndefined();
		expect(of(t, 'họp Ban Thường vụ Thành ủy')).toBeUndefined();
	});
	it('keep a second Lao delegation received that week apart, led by its own', () => {
		const leaders = t.delegations.map((d) => t.people.find((p) => p.id === d.leader)?.name).sort();
		expect(leaders).toEqual(['Khăm-xay Xi-phăn-đon', 'Phon-xay Văn-na-vông']);
		expect(of(t, 'tiếp Đoàn cán bộ Ban Dân vận')?.people.map((id) => t.people.find((p) => p.id === id)?.name)).not.toContain('Khăm-xay Xi-phăn-đon');
	});
	it("date nothing when the weekday is not the date's", () => {
		const wrong = buildTimeline([{ file: 'lich.txt', text: weekly('THỨ BẢY (19/3)') }]);
		expect(of(wrong, 'thăm Khu công nghiệp Hòa Khánh')?.start ?? null).not.toBe('2025-03-19');
	});
});

describe("an invitation's 'Thời gian:' line", () => {
	const t = buildTimeline([{ file: 'giaymoi.txt', text: invitation }]);
	it("dates the programme's rows, not the whole stay nor the stamp's day", () => {
		expect(of(t, 'Đón tiếp Đoàn đại biểu tỉnh Sa-la-van')).toMatchObject({ start: '2025-03-18', end: '2025-03-18', partOfDay: 'afternoon' });
		expect(of(t, 'Hội đàm giữa lãnh đạo thành phố')).toMatchObject({ start: '2025-03-18', end: '2025-03-18', partOfDay: 'afternoon' });
	});
	it("dates 'cùng ngày' by the programme's day, not by a registration deadline in another clause", () => {
		expect(of(t, 'Đoàn tham quan Khu phố cổ')).toMatchObject({ start: '2025-03-18', end: '2025-03-18' });
	});
	it('takes no participant from the contact line', () => {
		const names = t.events.flatMap((e) => e.people.map((id) => t.people.find((p) => p.id === id)?.name));
		expect(names).not.toContain('Nguyễn Thị Hạnh');
	});
});
