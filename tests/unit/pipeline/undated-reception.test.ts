/**
 * On a page with no date, "Tiếp đón Đoàn, ông X, Phó Chủ huyện … cảm ơn …" / "Tiếp Đoàn, đồng chí X … chúc mừng …" after the
 * lead is the host's reception, a happening of its own: of the lead's undated day, then of the trip's days, a source the
 * reception can be found by (not a follower folded into the lead). Where the lead folds into another report of its day, the
 * reception goes with it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const undated = [
	'Bộ đội Quảng Nam tặng quà học sinh huyện Đăk Chưng',
	'',
	'Trong khuôn khổ chuyến công tác tại tỉnh Sê Kông (Lào), Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Quảng Nam do Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng làm trưởng đoàn đã đến thăm, tặng quà thầy và trò Trường Trung học huyện Đăk Chưng.',
	'',
	'Tiếp đón Đoàn, ông Xổm-xạ-nạ Phim-ma-vông, Phó Chủ huyện Đăk Chưng cảm ơn sự giúp đỡ thiết thực của tỉnh Quảng Nam dành cho học sinh vùng biên.',
	'',
	'Cùng ngày, Đoàn đến thăm, động viên cán bộ, chiến sĩ đồn biên phòng của tỉnh Sê Kông.',
	''
].join('\n');
const dated = [
	'Quảng Nam và Sê Kông tăng cường hợp tác quốc phòng',
	'',
	'14/11/2025 09:30',
	'',
	'Từ ngày 11 đến 13/11, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Quảng Nam do Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng làm trưởng đoàn đã thăm, làm việc tại tỉnh Sê Kông (Lào).',
	'',
	'Sáng 12/11, Đoàn hội đàm với Bộ Chỉ huy Quân sự tỉnh Sê Kông.',
	''
].join('\n');
const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe('an undated page\'s host reception', () => {
	it('is an event of its own on the page alone, with the host', () => {
		const t = buildTimeline([{ file: 'a.txt', text: undated }]);
		const [r] = of(t, 'Tiếp đón Đoàn');
		expect(r).toBeDefined();
		expect(r.type).toBe('reception');
		expect(t.people.find((p) => p.id === r.people[0])?.name).toBe('Xổm-xạ-nạ Phim-ma-vông');
		expect(of(t, 'Trong khuôn khổ')[0].id).not.toBe(r.id);
	});
	it('takes the trip\'s days and joins its delegation', () => {
		const t = buildTimeline([{ file: 'a.txt', text: undated }, { file: 'b.txt', text: dated }]);
		const [r] = of(t, 'Tiếp đón Đoàn');
		expect(r).toMatchObject({ start: '2025-11-11', end: '2025-11-13' });
		const d = t.delegations.find((x) => x.events.includes(r.id));
		expect(d?.to).toBe('sekong');
	});
	it('"Tiếp Đoàn, Đại sứ X …" goes where the lead folds, not to another report of its kind', () => {
		const page = (lead: string, rest: string) => ['Đoàn Quảng Nam thăm Đại sứ quán', '', lead, '', rest, ''].join('\n');
		const a = page('Nhân chuyến thăm và làm việc tại Lào, đồng chí Nguyễn Văn Hùng, Chủ tịch HĐND tỉnh Quảng Nam cùng Đoàn đại biểu HĐND tỉnh đã đến thăm Đại sứ quán Việt Nam tại Lào và gặp gỡ đại diện cộng đồng người Việt tại Thủ đô Viêng Chăn.', 'Tiếp Đoàn, Đại sứ Trần Minh Đức thông tin với Đoàn về tình hình kinh tế - xã hội của Lào; đánh giá cao việc tỉnh Quảng Nam đã đào tạo nhiều lưu học sinh Lào.');
		const b = ['Quang Nam council leader visits Laos', '', 'Friday, November 14, 2025 9:10 AM', '', 'A delegation of the Quang Nam People\'s Council led by Chairman Nguyen Van Hung visited Vientiane from November 11 to 13.', '', 'On Tuesday evening, the host hosted a reception for the delegation at a hotel in Vientiane.', '', 'Late on Wednesday, the delegation visited the Vietnamese Embassy in Laos and met representatives of the Vietnamese community.', ''].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]);
		const [r] = of(t, 'Tiếp Đoàn');
		expect(r?.start).toBe('2025-11-12');
		expect(r.sources.some((s) => s.quote.startsWith('Late on Wednesday'))).toBe(true);
	});
});
