/**
 * A visit put off, told in the lead ("chuyến thăm … của Đoàn đại biểu tỉnh X do đồng chí Y … làm trưởng đoàn đã được hoãn"), its
 * first plan next, then both sides agreeing on the new time in the active voice ("hai bên thống nhất lùi lại chuyến thăm sang
 * cuối tháng 4/2025"): the lead's delegation's visit, planned in the new time, not a trip of the delegation told after it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Quảng Trị - Sa-vẳn-na-khệt: lùi chuyến thăm của Đoàn tỉnh bạn',
	'',
	'10/03/2025 08:30',
	'',
	'Chiều qua (9/3), Sở Ngoại vụ tỉnh Quảng Trị cho biết, chuyến thăm và làm việc tại Quảng Trị của Đoàn đại biểu tỉnh Sa-vẳn-na-khệt (Lào) do đồng chí Xỉ-xổm-phon Khăm-phăn, Phó Tỉnh trưởng tỉnh Sa-vẳn-na-khệt làm trưởng đoàn đã được hoãn.',
	'',
	'Theo kế hoạch ban đầu, chuyến thăm diễn ra từ ngày 12 đến 14/3. Do lịch công tác đột xuất, hai bên thống nhất lùi lại chuyến thăm sang cuối tháng 4/2025.',
	'',
	'Tuần trước, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Quảng Trị dẫn đầu đoàn công tác sang tỉnh Sa-vẳn-na-khệt dự Lễ hội That Inhang.'
].join('\n');

describe('a visit put off to a new time', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('lùi lại chuyến thăm')));
	it('is the visit planned in the new time', () => {
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status]).toEqual(['2025-04-21', '2025-04-30', 'planned']);
	});
	it('of the delegation the lead names, going to the province the lead names', () => {
		const d = t.delegations.find((x) => x.events.includes(e!.id));
		expect(name(d?.leader ?? null)).toBe('Xỉ-xổm-phon Khăm-phăn');
		expect(d?.to).toBe('quang-tri');
		expect(e!.people.map(name)).not.toContain('Lê Văn Hòa');
	});
});
