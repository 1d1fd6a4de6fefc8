/**
 * A trip both sides agree to hold later names its delegation ("… chuyến thăm của Đoàn X sẽ được tổ chức lại vào tháng 12 tới"),
 * and the next sentence, undated, who heads it ("Ông Y khẳng định sẽ trực tiếp dẫn đoàn sang …"): Y leads that planned trip,
 * a delegation of the timeline.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (next: string) =>
	[
		'Hà Tĩnh và Bô-li-khăm-xay hội đàm trực tuyến',
		'',
		'15/10/2023 17:20',
		'',
		'Sáng 14/10, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Bô-li-khăm-xay (Lào) tổ chức hội đàm trực tuyến giữa điểm cầu Hà Tĩnh và điểm cầu Pạc-xan. Tham dự có bà Nguyễn Thị Lan Hương, Phó Chủ tịch UBND tỉnh Hà Tĩnh và ông Bun-thẻm Xay-nha-vông, Phó Tỉnh trưởng tỉnh Bô-li-khăm-xay.',
		'',
		`Hai bên thống nhất chuyến thăm của Đoàn Bô-li-khăm-xay sẽ được tổ chức lại vào tháng 12 tới, kết hợp dự Hội chợ Thương mại Hà Tĩnh. ${next}`
	].join('\n');

describe('a trip agreed for later, its head told in the next sentence', () => {
	for (const next of ['Ông Bun-thẻm Xay-nha-vông cho biết sẽ trực tiếp dẫn đoàn sang Hà Tĩnh.', 'Đoàn sẽ do ông Bun-thẻm Xay-nha-vông dẫn đầu.']) {
		const t = buildTimeline([{ file: 'a.txt', text: page(next) }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('tháng 12 tới')));
		it(`is led by the one that sentence names: "${next}"`, () => {
			expect(e).toBeTruthy();
			expect([e!.start, e!.status]).toEqual(['2023-12-01', 'planned']);
			expect(e!.people).toContain('bun-them-xay-nha-vong');
			const d = t.delegations.find((x) => x.id === e!.delegation);
			expect(d?.leader).toBe('bun-them-xay-nha-vong');
			expect(d?.to).toBe('ha-tinh');
		});
	}
	it('takes no leader from a sentence that names none ("Hai bên cũng trao đổi về …")', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Hai bên cũng trao đổi về hợp tác nông nghiệp.') }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('tháng 12 tới')));
		expect(e?.delegation ?? null).toBeNull();
	});
});
