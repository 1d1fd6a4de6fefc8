/**
 * An exchange both sides agree to hold at a later month, with no delegation named ("Nhân dịp này, hai bên thống nhất tổ chức
 * Hội trại Thanh niên … vào tháng 6/2025 tại …"): a planned happening of that month, though no "sẽ" says so; not a trip of the
 * delegation the story follows (no leader, no delegation of its own).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Tuổi trẻ Cần Thơ thăm Chăm-pa-xắc',
	'',
	'12/10/2024 16:30',
	'',
	'Từ ngày 9 đến 12/10, Đoàn đại biểu Thành đoàn Cần Thơ do anh Trần Văn Lộc, Bí thư Thành đoàn làm trưởng đoàn thăm và làm việc tại tỉnh Chăm-pa-xắc (Lào).',
	'',
	'Sáng 10/10, chị Khăm-la Xỉ-xu-vông, Bí thư Đoàn Thanh niên tỉnh Chăm-pa-xắc đã tiếp và làm việc với Đoàn.',
	'',
	'Nhân dịp này, hai bên thống nhất tổ chức Hội trại Thanh niên Cần Thơ - Chăm-pa-xắc vào tháng 6/2025 tại Cần Thơ.'
].join('\n');

describe('an exchange agreed to be held later', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Hội trại Thanh niên')));
	it('is a planned happening of its month (background, as a plan with no delegation is)', () => {
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status]).toEqual(['2025-06-01', '2025-06-30', 'planned']);
		expect(e!.cities).toContain('can-tho');
	});
	it('takes no one of the visiting delegation, and makes no delegation of its own', () => {
		expect(e!.people).toEqual([]);
		expect(t.delegations).toHaveLength(1);
	});
});
