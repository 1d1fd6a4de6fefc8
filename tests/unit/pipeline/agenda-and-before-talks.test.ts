/**
 * A programme given out before a visit (its title "Dự kiến chương trình làm việc …", "Lịch công tác …", no stamp) is a plan: the
 * rows under its weekday headings are planned, and the line of the visit's days on its own ("Từ ngày 8/4 đến ngày 10/4 (Thứ Ba
 * đến Thứ Năm).") is the visit, planned; its delegation, named with its leader on a line of its own ("Đoàn gồm 05 đồng chí do
 * đồng chí X … làm Trưởng đoàn."), goes where the title says. A news report with no stamp stays a report. "Trước hội đàm, … tiếp
 * xã giao Đoàn …" is a happening of its own, of its own kind, on the talks' day. A provincial portal's own "Tỉnh ủy" receiving a
 * Lao delegation receives it in the province its masthead names. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const programme = (title: string, rows: string[]) =>
	[
		title,
		'',
		'Thực hiện Kế hoạch hợp tác giáo dục năm 2025 giữa Sở Giáo dục và Đào tạo tỉnh Quảng Nam và Sở Giáo dục tỉnh Sê-kông, Sở thông báo chương trình làm việc như sau:',
		'',
		'I. THÀNH PHẦN ĐOÀN',
		'Đoàn gồm 05 đồng chí do đồng chí Bun-xạ-vẳn Phim-ma-xon, Giám đốc Sở Giáo dục tỉnh Sê-kông làm Trưởng đoàn.',
		'',
		'II. THỜI GIAN',
		'Từ ngày 8/4 đến ngày 10/4 (Thứ Ba đến Thứ Năm).',
		'',
		'III. CHƯƠNG TRÌNH CỤ THỂ',
		'Thứ Ba (8/4)',
		rows[0],
		'',
		'Thứ Tư (9/4)',
		rows[1],
		'',
		'Đề nghị các phòng, đơn vị liên quan thực hiện./.'
	].join('\n');
const ahead = ['- 15h00: Đồng chí Lê Thị Ngân, Giám đốc Sở tiếp xã giao Đoàn tại trụ sở Sở.', '- 8h30: Hội đàm giữa Sở Giáo dục và Đào tạo tỉnh Quảng Nam và Sở Giáo dục tỉnh Sê-kông về đào tạo giáo viên.'];
const told = ['- 15h00: Đồng chí Lê Thị Ngân, Giám đốc Sở đã tiếp xã giao Đoàn tại trụ sở Sở.', '- 8h30: Hai Sở đã hội đàm về đào tạo giáo viên giữa Sở Giáo dục và Đào tạo tỉnh Quảng Nam và Sở Giáo dục tỉnh Sê-kông.'];

const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
const name = (t: ReturnType<typeof buildTimeline>, id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

describe('a programme given out ahead, with no stamp', () => {
	const t = buildTimeline([{ file: 'chuongtrinh.txt', text: programme('Dự kiến chương trình làm việc của Đoàn công tác Sở Giáo dục tỉnh Sê-kông (Lào) tại Quảng Nam', ahead) }]);
	it('has its rows planned, on their headings’ days', () => {
		expect(of(t, 'tiếp xã giao Đoàn tại trụ sở')).toMatchObject({ start: '2025-04-08', end: '2025-04-08', partOfDay: 'afternoon', status: 'planned' });
		expect(of(t, 'về đào tạo giáo viên')).toMatchObject({ start: '2025-04-09', end: '2025-04-09', partOfDay: 'morning', status: 'planned', type: 'talks' });
	});
	it('makes the visit of the line of its days, planned', () => {
		expect(of(t, 'Từ ngày 8/4 đến ngày 10/4')).toMatchObject({ start: '2025-04-08', end: '2025-04-10', type: 'visit', status: 'planned' });
	});
	it('finds the delegation led by the one its line names, going where the title says', () => {
		expect(t.delegations).toHaveLength(1);
		expect(name(t, t.delegations[0].leader)).toBe('Bun-xạ-vẳn Phim-ma-xon');
		expect(t.cities.find((c) => c.id === t.delegations[0].to)?.name.vi).toBe('Quảng Nam');
	});
});

describe('a report with no stamp, its rows told done', () => {
	const t = buildTimeline([{ file: 'tin.txt', text: programme('Sở Giáo dục và Đào tạo tiếp Đoàn công tác Sở Giáo dục tỉnh Sê-kông (Lào)', told) }]);
	it('keeps its rows occurred', () => {
		expect(of(t, 'tiếp xã giao Đoàn tại trụ sở')).toMatchObject({ start: '2025-04-08', status: 'occurred' });
	});
	it('makes no visit of a bare line of days', () => {
		expect(of(t, 'Từ ngày 8/4 đến ngày 10/4')).toBeUndefined();
	});
});

describe("'Trước hội đàm, …'", () => {
	const text = [
		'Nghệ An và Xiêng Khoảng hội đàm',
		'',
		'Thứ Sáu, 17/10/2025 - 09:15',
		'',
		'Sáng 15/10, tại thành phố Vinh, Đoàn đại biểu tỉnh Nghệ An do đồng chí Hoàng Minh Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Trưởng đoàn đã hội đàm với Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Xổm-phăn Chăn-thạ-la, Phó Tỉnh trưởng làm Trưởng đoàn.',
		'',
		'Đoàn thăm, làm việc tại Nghệ An từ ngày 14 đến 16/10.',
		'',
		'Trước hội đàm, đồng chí Trần Văn Lực, Bí thư Tỉnh ủy Nghệ An đã tiếp xã giao Đoàn tại trụ sở Tỉnh ủy. Đồng chí Trần Văn Lực cảm ơn tỉnh bạn.'
	].join('\n');
	const t = buildTimeline([{ file: 'tin.txt', text }]);
	it('is a happening of its own, typed by its own verb, on the talks’ day', () => {
		const e = of(t, 'Trước hội đàm');
		expect(e).toMatchObject({ start: '2025-10-15', end: '2025-10-15', type: 'reception', status: 'occurred' });
		expect(e).not.toBe(of(t, 'Sáng 15/10'));
	});
});

describe("a provincial portal's own Party committee receiving", () => {
	const text = [
		'ĐẢNG BỘ TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN ĐIỆN TỬ',
		'Trang chủ | Lịch công tác',
		'',
		'Lịch công tác tuần 40 của Thường trực Tỉnh ủy (từ ngày 29/9 đến ngày 5/10/2025)',
		'',
		'Cập nhật: 26/09/2025 16:10 | Văn phòng Tỉnh ủy',
		'',
		'THỨ TƯ (1/10)',
		'- 9h00: Đồng chí Phó Bí thư Thường trực Tỉnh ủy tiếp Đoàn cán bộ Ban Tổ chức Tỉnh ủy Sa-vẳn-na-khệt (Lào) do đồng chí Khăm-phăn Xỉ-xổm-bắt, Trưởng Ban Tổ chức Tỉnh ủy Sa-vẳn-na-khệt làm Trưởng đoàn. Địa điểm: Phòng khách Tỉnh ủy.',
		'- 14h00: Đồng chí Bí thư Tỉnh ủy chủ trì họp Ban Thường vụ Tỉnh ủy. Địa điểm: Phòng họp số 1.'
	].join('\n');
	const t = buildTimeline([{ file: 'lich.txt', text }]);
	it('receives in the province its masthead names', () => {
		expect(t.delegations).toHaveLength(1);
		expect(name(t, t.delegations[0].leader)).toBe('Khăm-phăn Xỉ-xổm-bắt');
		expect(t.cities.find((c) => c.id === t.delegations[0].to)?.name.vi).toBe('Quảng Trị');
		expect(of(t, 'tiếp Đoàn cán bộ Ban Tổ chức')?.cities).toContain(t.delegations[0].to);
	});
});
