/**
 * Who a happening is of, when the story names a leader only in the sentence after it:
 * - a plan told first and put off in the same sentence ("Đoàn … do Thượng tá Y làm trưởng đoàn sẽ sang thăm … vào tháng 5/2022,
 *   song do …, chuyến thăm đã phải hoãn lại"), then "Hai bên thống nhất lùi chuyến thăm sang quý III/2022": the same trip, its
 *   leader and destination, planned in the new time, and no event of the first plan;
 * - talks to come between two bodies, then a trip of a led delegation put off ("Chuyến thăm … của Đoàn … do Đại tá Z … làm
 *   trưởng đoàn, dự kiến vào tháng 11, tiếp tục được lùi lại"): Z is not at the talks;
 * - two commands holding talks ("Trong hai ngày 14 và 15 tháng 3, … Bộ Chỉ huy Quân sự tỉnh A và Bộ Chỉ huy Bộ đội Biên phòng
 *   tỉnh B đã tổ chức hội đàm"), the delegation and its leader told only as they cross in: the sentence names no one.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const names = (t: ReturnType<typeof buildTimeline>, ids: string[]) => ids.map((id) => t.people.find((p) => p.id === id)?.name);

describe('a plan put off in the sentence that tells it, then moved to a new time', () => {
	const page = [
		'Công an tỉnh Nghệ An và Sở An ninh tỉnh Xiêng Khoảng hội đàm trực tuyến',
		'',
		'Thứ Ba, ngày 15 tháng 3 năm 2022',
		'',
		'Chiều hôm qua, Công an tỉnh Nghệ An và Sở An ninh tỉnh Xiêng Khoảng (Lào) đã tổ chức hội đàm theo hình thức trực tuyến.',
		'',
		'Theo kế hoạch, Đoàn đại biểu Công an tỉnh Nghệ An do Thượng tá Đặng Hữu Lộc làm trưởng đoàn sẽ sang thăm, làm việc tại tỉnh Xiêng Khoảng vào tháng 5/2022, song do tình hình thời tiết phức tạp, chuyến thăm đã phải hoãn lại. Hai bên thống nhất lùi chuyến thăm sang quý III/2022, khi điều kiện cho phép.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('lùi chuyến thăm')));
	it('is the trip the sentence before names, planned in the new quarter', () => {
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status]).toEqual(['2022-07-01', '2022-09-30', 'planned']);
		expect(names(t, e!.people)).toEqual(['Đặng Hữu Lộc']);
		expect(e!.cities).toContain('xiangkhouang');
	});
	it('a delegation led by its leader to where it was to go', () => {
		const d = t.delegations.find((x) => x.events.includes(e!.id));
		expect(names(t, [d?.leader ?? ''])).toEqual(['Đặng Hữu Lộc']);
		expect(d?.to).toBe('xiangkhouang');
	});
	it('and the first plan is no event', () => {
		expect(t.events.filter((x) => x.start?.startsWith('2022-05'))).toEqual([]);
	});
});

describe('talks to come, then another trip put off', () => {
	const page = [
		'Công an tỉnh Quảng Trị trao quà cho tỉnh Sa-la-van',
		'',
		'Thứ 2, 14/11/2022 | 09:30',
		'',
		'Cuối tuần này, Công an tỉnh Quảng Trị và Sở An ninh tỉnh Sa-la-van sẽ tổ chức hội đàm qua cầu truyền hình để ký kết Biên bản ghi nhớ hợp tác.',
		'',
		'Chuyến thăm, làm việc tại tỉnh Sa-la-van của Đoàn đại biểu Công an tỉnh Quảng Trị do Đại tá Hồ Sỹ Lâm, Giám đốc Công an tỉnh làm trưởng đoàn, dự kiến vào tháng 11, tiếp tục được lùi lại đến khi điều kiện cho phép.'
	].join('\n');
	const t = buildTimeline([{ file: 'b.txt', text: page }]);
	it('the talks have no one from the put-off trip', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('qua cầu truyền hình')));
		expect(e).toBeTruthy();
		expect(names(t, e!.people)).not.toContain('Hồ Sỹ Lâm');
	});
});

describe('two commands hold talks, the delegation named as it crosses in', () => {
	const page = [
		'Hội đàm định kỳ năm 2023 giữa hai tỉnh',
		'',
		'Trong hai ngày 14 và 15 tháng 3, tại Cửa khẩu quốc tế Na Mèo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa và Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) đã tổ chức Hội đàm định kỳ năm 2023.',
		'',
		'Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hủa Phăn do Đại tá Xỉ-thạ-phon Văn-na-xỉ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh làm trưởng đoàn nhập cảnh Việt Nam qua Cửa khẩu quốc tế Na Mèo sáng 14/3 và được Đại tá Lê Quang Mạnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa đón tại cửa khẩu.',
		'',
		'Ngay sau lễ đón, hai bên tiến hành hội đàm dưới sự chủ trì của Đại tá Lê Quang Mạnh và Đại tá Xỉ-thạ-phon Văn-na-xỉ.'
	].join('\n');
	const t = buildTimeline([{ file: 'c.txt', text: page }]);
	it('the lead names no one: its leader is not taken from the arrival told after it', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Trong hai ngày 14 và 15')));
		expect(e).toBeTruthy();
		expect(e!.people).toEqual([]);
	});
	it('the arrival and the talks chaired are still his', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('dưới sự chủ trì')));
		expect(names(t, e!.people)).toContain('Xỉ-thạ-phon Văn-na-xỉ');
	});
});
