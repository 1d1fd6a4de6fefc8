/**
 * Staff of the other side coming, told from the side that takes them in ("Theo bác sĩ X, tháng 4/2025, Trường sẽ tiếp nhận 15
 * giáo viên của tỉnh Y sang tập huấn …"): a planned trip of that staff to the story's own side (the home of the delegation it
 * follows, the unnamed "Trường" being its own), of the month told; who tells of it ("Theo …, tháng 4/2025, …") does not go.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Giáo viên Nghệ An hỗ trợ tỉnh Bô-li-khăm-xay',
	'',
	'Thứ Sáu, 15/11/2024 10:05',
	'',
	'Từ ngày 11 đến hết ngày 14/11, Đoàn giáo viên Trường Cao đẳng Sư phạm Nghệ An do ThS Hồ Văn Tâm, Phó Hiệu trưởng làm trưởng đoàn đã tập huấn cho giáo viên tại tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Ngày 13/11, Đoàn đã trao tặng Trường Trung học Pạc-xan 20 bộ máy tính.',
	'',
	'Theo ThS Hồ Văn Tâm, tháng 4/2025, Trường sẽ tiếp nhận 15 giáo viên của tỉnh Bô-li-khăm-xay sang tập huấn nghiệp vụ sư phạm.'
].join('\n');

describe('staff taken in, told by the receiving side', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('sẽ tiếp nhận 15 giáo viên')));
	it('is a planned trip of the month told, to the story\'s own side', () => {
		expect(e).toBeTruthy();
		expect([e!.start?.slice(0, 7), e!.status]).toEqual(['2025-04', 'planned']);
		expect(e!.cities).toContain('nghe-an');
	});
	it('the one who tells of it takes no part, and the delegation followed keeps its own trip', () => {
		expect(e!.people).toEqual([]);
		expect(t.delegations).toHaveLength(1);
	});
});
