/**
 * A delegation that goes over to attend an occasion and work there, told right after the occasion's days ("Tuần lễ … tổ chức từ
 * ngày 8 đến 11/5 tại … Đoàn đại biểu tỉnh X do đồng chí Y … làm trưởng đoàn sang dự và làm việc tại tỉnh bạn trong dịp
 * này"): its trip, an event led by Y, in the partner province ("tỉnh bạn", the one named before), over the occasion's days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

describe("'sang dự và làm việc tại tỉnh bạn trong dịp này'", () => {
	const page = [
		'Tuần lễ Văn hóa Hà Tĩnh tại tỉnh Bô-li-khăm-xay năm 2025',
		'',
		'Tuần lễ do UBND tỉnh Hà Tĩnh phối hợp với chính quyền tỉnh Bô-li-khăm-xay tổ chức từ ngày 8 đến 11/5/2025 tại thành phố Pắc Xan. Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Lê Quang Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh làm trưởng đoàn sang dự và làm việc tại tỉnh bạn trong dịp này.',
		'',
		'Tối 8/5, đồng chí Lê Quang Vinh cùng lãnh đạo tỉnh Bô-li-khăm-xay nhấn nút khai mạc Tuần lễ.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	it('is a visit', () => {
		expect(classify('Đoàn công tác huyện X do ông Y làm trưởng đoàn sang dự và làm việc tại tỉnh bạn.')).toBe('visit');
		expect(classify('Đoàn sang tham dự và làm việc tại tỉnh Hủa Phăn.')).toBe('visit');
	});
	it("the trip, led by its leader, in the partner province, over the occasion's days", () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('sang dự và làm việc')));
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.role]).toEqual(['2025-05-08', '2025-05-11', 'main']);
		expect(e!.people.map((id) => t.people.find((p) => p.id === id)?.name)).toEqual(['Lê Quang Vinh']);
		expect(e!.cities).toContain('bolikhamxai');
	});
});
