/**
 * A medical team's work told as "Những ngày qua, … đã khám bệnh, phát thuốc miễn phí cho …" in the middle of its stay is an
 * activity of that trip, on some of the stay's days; English tells it as "provided free medical check-ups". And the one of
 * the delegation's country named beside it ("… với sự tham dự của đồng chí X và Đoàn đại biểu tỉnh Y") heads it when no
 * 'trưởng đoàn' is named.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe("a medical team's work", () => {
	it("told 'Những ngày qua' within the stay is an event of the trip, within its days", () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Bệnh viện Đa khoa tỉnh Quảng Bình khám bệnh tại Khăm Muồn', '', 'Thứ Năm, 14/11/2024, 15:20 (GMT+7)', '', 'Trong 4 ngày (11 - 14/11), Đoàn công tác Bệnh viện Đa khoa tỉnh Quảng Bình do BSCKII Trần Văn Hòa, Phó Giám đốc Bệnh viện làm trưởng đoàn đã khám bệnh, phát thuốc miễn phí cho người dân tỉnh Khăm Muồn (Lào).', '', 'Sáng 11/11, đồng chí Bun-mi Xỉ-xổm-phon, Phó Tỉnh trưởng tỉnh Khăm Muồn đã tiếp Đoàn tại trụ sở Văn phòng Tỉnh.', '', 'Những ngày qua, tại Bệnh viện huyện Nhôm-ma-lạt, các y, bác sĩ của Bệnh viện Đa khoa tỉnh Quảng Bình đã khám bệnh, phát thuốc miễn phí cho hơn 800 lượt người dân.', ''].join('\n') }]);
		const e = quoted(t, 'Những ngày qua');
		expect(e).toMatchObject({ type: 'visit', role: 'main', status: 'occurred' });
		expect(e!.start! >= '2024-11-11' && e!.end! <= '2024-11-14').toBe(true);
		expect(t.delegations.find((d) => d.events.includes(e!.id))).toBeTruthy();
	});
	it('told in English is a trip of its own', () => {
		expect(classify('Last week, a team of doctors from the provincial hospital provided free medical check-ups for 600 villagers in Sepon district.')).toBe('visit');
	});
});

describe('the delegation named with one of its own country beside it', () => {
	it('is headed by that person', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Lưu học sinh Lào nhận bằng tốt nghiệp', '', 'Thứ Năm, 06/06/2024, 09:30 (GMT+7)', '', 'Sáng 5/6, Trường Đại học Quảng Bình tổ chức Lễ trao bằng tốt nghiệp cho 40 lưu học sinh Lào, với sự tham dự của đồng chí Xổm-xạ-nút Phăn-thạ-vông và Đoàn đại biểu tỉnh Khăm Muồn.', '', 'Đoàn đại biểu tỉnh Khăm Muồn đang có chuyến thăm, làm việc tại tỉnh Quảng Bình trong tuần này.', '', 'Chiều 4/6, đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh Quảng Bình đã tiếp Đoàn tại trụ sở UBND tỉnh.', ''].join('\n') }]);
		const d = t.delegations.find((x) => x.from === 'khammouane');
		expect(d).toBeTruthy();
		expect(t.people.find((p) => p.id === d!.leader)?.name).toBe('Xổm-xạ-nút Phăn-thạ-vông');
	});
});

describe("a team that 'đã sang' a place", () => {
	it('goes there: its own trip, not the visiting delegation the article tells', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Đoàn đại biểu tỉnh Sa-van-na-khệt kết thúc chuyến thăm tỉnh Quảng Trị', '', '15-04-2024 08:40', '', 'Đoàn đại biểu tỉnh Sa-van-na-khệt do đồng chí Xổm-phôn Khăm-ma-ni, Phó Tỉnh trưởng làm trưởng đoàn vừa kết thúc chuyến thăm tỉnh Quảng Trị từ ngày 9 đến 12/4.', '', 'Cách đây bảy ngày, Đoàn công tác Sở Y tế Quảng Trị cũng đã sang huyện Xê-pôn, tỉnh Sa-van-na-khệt khám bệnh, phát thuốc miễn phí cho hơn 300 người dân.', ''].join('\n') }]);
		const e = quoted(t, 'khám bệnh, phát thuốc');
		expect(e).toMatchObject({ start: '2024-04-08', type: 'visit', people: [] });
		expect(e!.cities[0]).toBe('savannakhet');
	});
});
