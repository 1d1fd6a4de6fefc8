/**
 * An institution's own page telling its welcome of the delegation ("Chiều ngày 14/3/2024, Trường Đại học X vinh dự đón tiếp
 * Đoàn …") and the province's report of the delegation's visit there ("Chiều 14/3, Đoàn thăm Trường Đại học X, …"): the same
 * afternoon at one place told from either side, one happening. Another institution welcoming them that day is another.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const portal = [
	'Đoàn đại biểu tỉnh Hủa Phăn thăm và làm việc tại tỉnh Sơn La',
	'',
	'15/03/2024 18:00',
	'',
	'Từ ngày 13 đến ngày 15/3/2024, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Viêng-xay Khăm-phông, Phó Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh Sơn La.',
	'',
	'Chiều 13/3, Ban Thường vụ Tỉnh ủy Sơn La đã hội đàm với Đoàn.',
	'',
	'Chiều 14/3, Đoàn thăm Trường Đại học Tây Bắc và tham quan khu thực hành nông nghiệp của trường.'
].join('\n');
const school = (name: string) =>
	[
		`${name} đón tiếp Đoàn đại biểu tỉnh Hủa Phăn`,
		'',
		'14/03/2024 20:15',
		'',
		`Chiều ngày 14/3/2024, ${name} vinh dự đón tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Viêng-xay Khăm-phông, Phó Tỉnh trưởng làm trưởng đoàn.`,
		'',
		'Tiếp Đoàn có PGS.TS Hoàng Văn Đức, Hiệu trưởng Nhà trường.'
	].join('\n');

describe("an institution's welcome and the delegation's visit there", () => {
	const on14 = (t: ReturnType<typeof buildTimeline>) => t.events.filter((e) => e.start === '2024-03-14' && e.role === 'main');
	it('are one happening, told by both outlets; another institution welcoming them that day stays apart', () => {
		const same = buildTimeline([
			{ file: 'portal.txt', text: portal },
			{ file: 'school.txt', text: school('Trường Đại học Tây Bắc') }
		]);
		expect(on14(same).map((e) => e.sources.length)).toEqual([2]);
		const other = buildTimeline([
			{ file: 'portal.txt', text: portal },
			{ file: 'school.txt', text: school('Trường Cao đẳng Sơn La') }
		]);
		expect(on14(other).map((e) => e.sources.length)).toEqual([1, 1]);
	});
});
