/**
 * A return trip promised by the host goes where the fair it is for is held, its city the last words of the fair's name ("nhận
 * lời dẫn đoàn tỉnh X sang dự Hội chợ Thương mại quốc tế Đà Nẵng"): to the visitors' home, not to where the page's trip went.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const t = buildTimeline([
	{
		file: 'a.txt',
		text: page(
			'Đoàn đại biểu tỉnh Quảng Bình thăm, làm việc tại tỉnh Khăm Muồn và tỉnh Bô-ly-khăm-xay (Lào)',
			'Thứ sáu, 18/10/2024, 15:10 (GMT+7)',
			'Từ ngày 15 đến hết ngày 17/10, Đoàn đại biểu tỉnh Quảng Bình do đồng chí Đinh Quang Hưng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn và tỉnh Bô-ly-khăm-xay (Lào).',
			'Sáng 16/10, đồng chí Khăm-phăn Xay-nha-vông, Phó Tỉnh trưởng tỉnh Khăm Muồn đã tiếp và hội đàm với Đoàn.',
			'Ngày 17/10, tại tỉnh Bô-ly-khăm-xay, đồng chí Xỉ-vi-lay Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã tiếp và làm việc với Đoàn.',
			'Dịp này, đồng chí Xỉ-vi-lay Phôm-ma-chăn nhận lời dẫn đoàn tỉnh Bô-ly-khăm-xay sang dự Lễ hội Hang động Quảng Bình vào tháng 4 năm sau.'
		)
	}
]);
const named = (n: string) => t.people.find((p) => p.name === n)?.id;

describe('a return trip to a named festival', () => {
	const plan = t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'))!;
	it('goes to the festival’s city', () => {
		expect(plan.status).toBe('planned');
		expect(plan.cities[0]).toBe('quang-binh');
	});
	it('its delegation goes from the host’s home to the visitors’', () => {
		const d = t.delegations.find((x) => x.leader === named('Xỉ-vi-lay Phôm-ma-chăn'));
		expect(d).toBeDefined();
		expect([d!.from, d!.to]).toEqual(['bolikhamxai', 'quang-binh']);
	});
});
