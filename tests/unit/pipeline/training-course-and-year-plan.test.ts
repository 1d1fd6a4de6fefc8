/**
 * A department's training course for officials ("Hội nghị tập huấn …", "hội nghị bồi dưỡng … cho cán bộ") is its own work, no
 * conference between two places; and a culture week both provinces will organise "trong năm Y" is a happening planned for that
 * year, the two provinces' own (no leader of the delegation whose trip the page tells), while a plan period is no happening.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a training course for officials', () => {
	it("'Hội nghị tập huấn … cho cán bộ' is no conference", () => {
		expect(classify('Cũng trong tháng tới, Sở Nội vụ tổ chức Hội nghị tập huấn nghiệp vụ văn thư, lưu trữ năm 2025 cho cán bộ cấp xã.')).not.toBe('conference');
		expect(classify('Tuần sau, Sở Tư pháp tổ chức hội nghị bồi dưỡng kiến thức pháp luật cho cán bộ cấp huyện.')).not.toBe('conference');
	});
	it("a conference of two provinces still is one ('Hội nghị hợp tác …')", () => {
		expect(classify('Sáng 5/6, hai tỉnh tổ chức Hội nghị hợp tác phát triển du lịch tại thành phố Vinh.')).toBe('conference');
	});
});

const page = (...lines: string[]) => lines.join('\n\n');
const trip = page(
	'Đoàn đại biểu tỉnh Thanh Hóa kết thúc chuyến thăm tỉnh Hủa Phăn',
	'12/04/2026 - 09:15',
	'Sáng 11/4, Đoàn đại biểu tỉnh Thanh Hóa do đồng chí Lê Văn Quang, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã kết thúc chuyến thăm và làm việc tại tỉnh Hủa Phăn (Lào), lên đường về nước.',
	'Chiều 9/4, hai tỉnh đã hội đàm và ký kết Kế hoạch hợp tác năm 2026.'
);

describe('a culture week both provinces will organise in a year', () => {
	it("'Trong năm 2026, hai tỉnh sẽ phối hợp tổ chức Tuần Văn hóa …' is planned for 2026, with no leader of the delegation", () => {
		const t = buildTimeline([{ file: 'a.txt', text: page(trip, 'Trong năm 2026, hai tỉnh sẽ phối hợp tổ chức Tuần Văn hóa tỉnh Hủa Phăn tại Thanh Hóa.') }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Tuần Văn hóa')));
		expect(e).toBeTruthy();
		expect([e!.status, e!.end]).toEqual(['planned', '2026-12-31']);
		expect(e!.people).toEqual([]);
	});
	it("a forum both provinces will hold in a year is theirs, not the delegation's gone home", () => {
		const t = buildTimeline([{ file: 'a.txt', text: page(trip, 'Trong năm 2026, hai tỉnh sẽ phối hợp tổ chức Hội thảo xúc tiến du lịch tại Thanh Hóa.') }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Hội thảo xúc tiến')));
		expect(e).toBeTruthy();
		expect(e!.status).toBe('planned');
		expect(e!.people).toEqual([]);
	});
	it('a plan period named alone makes no happening of its own', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page(trip, 'Trong năm 2026, hai tỉnh sẽ phối hợp triển khai Kế hoạch hợp tác năm 2026 và giai đoạn 2026-2030.') }]);
		expect(t.events.filter((x) => x.sources.some((s) => s.quote.includes('triển khai Kế hoạch')))).toEqual([]);
	});
});
