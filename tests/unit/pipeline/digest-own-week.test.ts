/**
 * A weekly digest out on the Monday after the week it names ("Bản tin đối ngoại tuần từ 3 đến 9/3/2025", stamped Monday 10/3):
 * its "Tuần tới" is the week after that week (10–16/3), not the week after the stamp's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (title: string, stamp: string) => [
	'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA',
	'',
	title,
	'',
	`${stamp} 09:15 | In bài`,
	'',
	'Trong tuần từ ngày 3 đến ngày 9/3, tỉnh Thanh Hóa có nhiều hoạt động đối ngoại.',
	'',
	'Ngày 5/3, đồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh Thanh Hóa tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm-xỉ Vông-phẳn, Phó Tỉnh trưởng làm trưởng đoàn.',
	'',
	'Tuần tới, Đoàn công tác Tỉnh đoàn Thanh Hóa do đồng chí Nguyễn Văn Tuấn, Bí thư Tỉnh đoàn làm trưởng đoàn sẽ sang thăm, làm việc với Đoàn Thanh niên tỉnh Hủa Phăn.'
].join('\n');
const planOf = (t: ReturnType<typeof buildTimeline>) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Tuần tới')));

describe("a digest's 'tuần tới'", () => {
	it('is the week after the week the digest names, when it came out after it', () => {
		expect(planOf(buildTimeline([{ file: 'a.txt', text: page('Bản tin đối ngoại tuần từ 3 đến 9/3/2025', '10/03/2025') }]))).toMatchObject({ start: '2025-03-10', end: '2025-03-16', status: 'planned' });
	});
	it('still the week after the stamp on a page that names no week of its own', () => {
		expect(planOf(buildTimeline([{ file: 'a.txt', text: page('Thanh Hóa tăng cường hợp tác với Hủa Phăn', '10/03/2025').replace('Trong tuần từ ngày 3 đến ngày 9/3, tỉnh', 'Thời gian qua, tỉnh') }]))).toMatchObject({ start: '2025-03-17', end: '2025-03-23' });
	});
	it('and the week after the stamp when the week named is long past (a page recalling it)', () => {
		expect(planOf(buildTimeline([{ file: 'a.txt', text: page('Bản tin đối ngoại tuần từ 3 đến 9/3/2025', '24/03/2025') }]))).toMatchObject({ start: '2025-03-31', end: '2025-04-06' });
	});
});
