/**
 * A visit to a site named first, then work with someone ("Đoàn sẽ thăm Khu di tích … và làm việc với Sở …"): a landmark is
 * toured, not worked with, so the sentence tells a visit; work named first, or a workplace visited, stays a working session.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';

describe("'thăm Khu di tích … và làm việc với …'", () => {
	it('is a visit, planned or done', () => {
		expect(classify('Theo lịch trình, sáng 9/4 Đoàn sẽ thăm Khu di tích quốc gia đặc biệt Kim Liên và làm việc với Sở Giáo dục tỉnh Nghệ An.')).toBe('visit');
		expect(classify('Chiều 3/6, Đoàn thăm Bảo tàng tỉnh Quảng Bình rồi làm việc với Sở Văn hóa về trao đổi hiện vật.')).toBe('visit');
		expect(classify('Ngày 12/8, Đoàn đã thăm Nghĩa trang liệt sĩ quốc tế Việt - Lào và làm việc với Huyện ủy Anh Sơn.')).toBe('visit');
	});
	it('work named first, or a workplace visited, is a working session', () => {
		expect(classify('Ngày 12/8, Đoàn sẽ làm việc với Sở Y tế và thăm Khu di tích Truông Bồn.')).toBe('working_session');
		expect(classify('Ngày 12/8, Đoàn sẽ thăm Nhà máy Bia Sài Gòn - Nghệ Tĩnh và làm việc với lãnh đạo công ty.')).toBe('working_session');
		expect(classify('Ngày 12/8, Đoàn sẽ thăm và làm việc với Trường Đại học Vinh.')).toBe('working_session');
	});
});
