/**
 * An hour opening a sentence with no day ("Lúc 19h30, Đoàn tham quan …") after "Lúc 14 giờ ngày 8/6, … hội đàm …" goes on with
 * that day, at that hour's part of it; an hour earlier than the part already told is not read as that day. (Invented names,
 * places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (later: string) =>
	[
		'Đoàn đại biểu tỉnh Bo Kẹo thăm tỉnh Hà Giang',
		'',
		'Cập nhật 08-06-2025, 20:10',
		'',
		'Đoàn đại biểu tỉnh Bo Kẹo (Lào) do đồng chí Phết-xạ-mỏn Văn-na-lạt, Phó Tỉnh trưởng làm trưởng đoàn đã thăm, làm việc tại tỉnh Hà Giang từ ngày 7 đến ngày 9/6.',
		'',
		'Lúc 14 giờ ngày 8/6, tại trụ sở UBND tỉnh, đồng chí Hầu Minh Tâm, Phó Chủ tịch UBND tỉnh Hà Giang đã hội đàm với Đoàn.',
		'',
		'Kết thúc hội đàm, hai bên ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.',
		'',
		later
	].join('\n');

describe('an hour with no day', () => {
	const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('is a happening of the day in force, at that part of it', () => {
		const e = of(buildTimeline([{ file: 'a.txt', text: page('Lúc 19h30, Đoàn khảo sát Khu kinh tế cửa khẩu Thanh Thủy và làm việc với Ban Quản lý.') }]), 'Lúc 19h30');
		expect(e).toMatchObject({ start: '2025-06-08', end: '2025-06-08', partOfDay: 'evening', role: 'main', status: 'occurred' });
	});
	it('an hour before the part of the day told is not read as that day', () => {
		const e = of(buildTimeline([{ file: 'a.txt', text: page('Lúc 7h00, Đoàn khảo sát Khu kinh tế cửa khẩu Thanh Thủy và làm việc với Ban Quản lý.') }]), 'Lúc 7h00');
		expect(e?.start === '2025-06-08' && e.partOfDay === 'morning').toBe(false);
	});
});
