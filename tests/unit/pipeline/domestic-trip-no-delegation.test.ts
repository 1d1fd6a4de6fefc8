/**
 * A province's delegation in another province of its own country ("Đoàn đại biểu tỉnh Nghệ An … dự Hội nghị … tại Hà Tĩnh")
 * makes a domestic journey: its events stay on the timeline, but it is no Vietnam–Laos delegation. The Lao delegation at
 * the same conference still is one.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Tỉnh ta dự Hội nghị hợp tác ba tỉnh tại Hà Tĩnh',
	'',
	'Cập nhật: 21/10/2023 09:10',
	'',
	'Trong 2 ngày (19-20/10), Đoàn đại biểu tỉnh Nghệ An do đồng chí Lê Hồng Vinh, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã dự Hội nghị hợp tác giữa các tỉnh Nghệ An, Hà Tĩnh (Việt Nam) và Bô-ly-khăm-xay (Lào) tại thành phố Hà Tĩnh.',
	'',
	'Ngày 20-10, tại thành phố Hà Tĩnh, Đoàn đại biểu tỉnh Nghệ An đã làm việc với Sở Công Thương tỉnh Hà Tĩnh.',
	'',
	'Chiều 20-10, đồng chí Lê Hồng Vinh đã tiếp Đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Khăm-pheng Xay-xổm-phon, Phó Tỉnh trưởng dẫn đầu.'
].join('\n');

describe('a delegation of one province in another of its country', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const leaderName = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it('makes no delegation, but its events stay', () => {
		expect(t.delegations.map((d) => leaderName(d.leader))).not.toContain('Lê Hồng Vinh');
		expect(t.events.some((e) => e.sources.some((s) => s.quote.includes('Trong 2 ngày (19-20/10)')))).toBe(true);
	});
	it('leaves the Lao delegation it receives a delegation', () => {
		expect(t.delegations.map((d) => leaderName(d.leader))).toContain('Khăm-pheng Xay-xổm-phon');
	});
});
