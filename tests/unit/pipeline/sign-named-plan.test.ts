/**
 * A signing told by what is signed, not by "ký kết" or "ký thỏa thuận": "hai bên ký Chương trình hợp tác …" after the talks is
 * the signing done; "Trong dịp này, … sẽ ký Kế hoạch hợp tác giai đoạn …" a signing planned within the visit (the plan's term
 * dates nothing).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Đoàn đại biểu tỉnh Sê Kông thăm Quảng Nam',
	'',
	'09/09/2025 15:20',
	'',
	'Sáng 8/9, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Anh Tuấn đã tiếp và hội đàm với Đoàn đại biểu tỉnh Sê Kông (Lào) do ông Khăm-phon Xi-vi-lay, Phó Tỉnh trưởng làm trưởng đoàn, nhân dịp Đoàn thăm và làm việc tại Quảng Nam từ ngày 8 đến 10/9.',
	'',
	'Kết thúc hội đàm, hai bên ký Chương trình hợp tác về nông nghiệp giai đoạn 2025 - 2027.',
	'',
	'Trong dịp này, Sở Y tế Quảng Nam và Sở Y tế tỉnh Sê Kông sẽ ký Kế hoạch hợp tác giai đoạn 2025 - 2026.',
	''
].join('\n');

describe('a signing told by what is signed', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	it('done after the talks: a signing of that day', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('ký Chương trình hợp tác')));
		expect(e).toMatchObject({ type: 'signing', start: '2025-09-08', end: '2025-09-08', status: 'occurred', role: 'main' });
	});
	it('to come "trong dịp này": a planned signing within the visit', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('ký Kế hoạch hợp tác')));
		expect(e).toMatchObject({ type: 'signing', status: 'planned', role: 'main' });
		expect((e!.start ?? '') >= '2025-09-08' && (e!.end ?? '9') <= '2025-09-10').toBe(true);
	});
});
