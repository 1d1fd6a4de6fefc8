/**
 * In the story of a delegation from across the border, the hosts' own trip the other way, recalled with its month and its leader
 * ("Hồi tháng 9/2024, Đoàn công tác của tỉnh do đồng chí X dẫn đầu đã sang thăm … và làm việc với lãnh đạo tỉnh Y"): a
 * delegation of the paper's unnamed province ("của tỉnh"), led by X, gone to where it names after going over — not the
 * visiting delegation, which has its own leader.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Kon Tum đón Đoàn đại biểu tỉnh Xê Kông',
	'',
	'14/11/2024 18:20',
	'',
	'Sáng 14/11, tại thành phố Kon Tum, đồng chí Lê Minh Đức, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp Đoàn đại biểu tỉnh Xê Kông (Lào) do đồng chí Vi-lay-phon Xăy-nha-vông, Phó Tỉnh trưởng tỉnh Xê Kông làm trưởng đoàn.',
	'',
	'Đồng chí Vi-lay-phon Xăy-nha-vông cảm ơn tỉnh Kon Tum đã giúp đỡ tỉnh Xê Kông đào tạo cán bộ.',
	'',
	'Hồi tháng 9/2024, Đoàn công tác của tỉnh do đồng chí Lê Minh Đức dẫn đầu đã sang thăm, làm việc với lãnh đạo tỉnh Xê Kông.'
].join('\n');

describe("the hosts' own trip recalled in a visiting delegation's story", () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const leaderOf = (d: (typeof t.delegations)[number]) => t.people.find((p) => p.id === d.leader)?.name;
	const recalled = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Hồi tháng 9/2024')));
	it('is not given to the visiting delegation', () => {
		const visiting = t.delegations.find((d) => leaderOf(d) === 'Vi-lay-phon Xăy-nha-vông');
		expect(visiting).toBeTruthy();
		expect(visiting!.events).not.toContain(recalled?.id);
	});
	it('is a delegation of its own, led by whom it names, to the province it went over to', () => {
		const own = t.delegations.find((d) => d.events.includes(recalled!.id));
		expect(own && leaderOf(own)).toBe('Lê Minh Đức');
		expect(own?.to).toBe('sekong');
	});
});
