/**
 * A delegation that attends a fair or a festival at a named place abroad has made a trip there: the lead telling it ("Đoàn …
 * đã tham dự Hội chợ … tại tỉnh X") is the trip, and "Ngày thứ hai của chuyến thăm" counts from it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const build = (lead: string) =>
	buildTimeline([
		{
			file: 'a.txt',
			text: page(
				'Hội Nông dân tỉnh Bình Dương mang nông sản sang Pác-xê',
				'Thứ bảy, 7/9/2024, 10:20 (GMT+7)',
				lead,
				'Chiều 3/9, Đoàn làm việc với Sở Nông nghiệp tỉnh Chăm-pa-xắc về kết nối tiêu thụ nông sản.',
				'Ngày thứ hai của chuyến thăm, Đoàn thăm mô hình trồng cà phê của nông dân huyện Pạc-xòng.',
				'Đoàn về nước ngày 5/9.'
			)
		}
	]);
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));

describe('a delegation at a fair abroad', () => {
	const t = build(
		'Trong hai ngày 3 và 4 tháng 9, Đoàn công tác Hội Nông dân tỉnh Bình Dương do ông Lê Văn Tám, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã tham dự Hội chợ Thương mại Việt Nam - Lào năm 2024 tại tỉnh Chăm-pa-xắc.'
	);
	it('the lead is the trip', () => {
		const lead = quoted(t, 'Trong hai ngày 3 và 4 tháng 9');
		expect(lead).toBeDefined();
		expect(lead!.type).toBe('visit');
		expect([lead!.start, lead!.end]).toEqual(['2024-09-03', '2024-09-04']);
		expect(lead!.cities).toContain('champasak');
	});
	it('the second day of the visit counts from it', () => {
		const second = quoted(t, 'Ngày thứ hai của chuyến thăm');
		expect(second?.start).toBe('2024-09-04');
	});
	it('the delegation goes there', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].to).toBe('champasak');
	});
	it('a festival attended is a trip too', () => {
		const f = build(
			'Ngày 3/9, Đoàn nghệ nhân tỉnh Bình Dương do bà Hồ Thị Mai làm trưởng đoàn đã dự Lễ hội Văn hóa các dân tộc năm 2024 tại tỉnh Chăm-pa-xắc.'
		);
		expect(quoted(f, 'Ngày 3/9, Đoàn nghệ nhân')?.type).toBe('visit');
	});
});
