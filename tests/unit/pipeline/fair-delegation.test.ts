/**
 * A delegation at a fair: its leader named in a sentence with no date ("Đồng chí X dẫn đầu Đoàn đại biểu tỉnh … cùng 30
 * doanh nghiệp sang tham gia Hội chợ"), the opening he cut before the delegation is named again, and the fair's closing after
 * the day it leaves, which is not its.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const fair = (plan = false) =>
	buildTimeline([
		{
			file: 'a.txt',
			text: page(
				'Doanh nghiệp Xiêng Khoảng tham gia Hội chợ thương mại tại Nghệ An',
				'Chủ nhật, 14/12/2025, 07:30 (GMT+07:00)',
				'Tối 12/12, đồng chí Hoàng Văn Nhiên, Phó Chủ tịch UBND tỉnh Nghệ An và đồng chí Bun-mi Xay-nha-lạt, Phó Tỉnh trưởng tỉnh Xiêng Khoảng (Lào) đã cắt băng khai mạc Hội chợ.',
				plan
					? 'Theo kế hoạch, đồng chí Bun-mi Xay-nha-lạt dẫn đầu Đoàn đại biểu tỉnh Xiêng Khoảng sẽ sang tham gia Hội chợ.'
					: 'Đồng chí Bun-mi Xay-nha-lạt dẫn đầu Đoàn đại biểu tỉnh Xiêng Khoảng cùng 25 doanh nghiệp sang tham gia Hội chợ.',
				'Hôm qua (13/12), đồng chí Hoàng Văn Nhiên đã tiếp xã giao Đoàn đại biểu tỉnh Xiêng Khoảng.',
				'Đoàn sẽ ở lại Nghệ An đến hết ngày 15/12 để khảo sát Khu kinh tế Đông Nam.',
				'Hội chợ sẽ bế mạc vào tối 16/12.'
			)
		}
	]);
const leaderOf = (t: ReturnType<typeof buildTimeline>) => t.people.find((p) => p.id === t.delegations[0]?.leader)?.name ?? null;
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q))!;

describe('a delegation at a fair', () => {
	const t = fair();
	it('is led by whom the undated sentence names', () => {
		expect(t.delegations).toHaveLength(1);
		expect(leaderOf(t)).toBe('Bun-mi Xay-nha-lạt');
	});
	it('the opening its leader cut is its own, though told before it is named', () => {
		expect(t.delegations[0].events).toContain(quoted(t, 'Tối 12/12').id);
	});
	it('the closing after the day it leaves is not', () => {
		const closing = quoted(t, 'Hội chợ sẽ bế mạc');
		expect(closing.delegation).toBeNull();
		expect(closing.people).toEqual([]);
		expect(t.delegations[0].events).toContain(quoted(t, 'Đoàn sẽ ở lại').id);
	});
	it('a leader only announced leads nothing yet', () => {
		expect(leaderOf(fair(true))).toBeNull();
	});
});
