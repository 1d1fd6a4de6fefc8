/**
 * A delegation moving on to another province on a day ("Ngày 9/5, Đoàn di chuyển sang tỉnh Chăm-pa-xắc."), then the host there
 * receiving it in the same paragraph, "tiếp xã giao Đoàn" as much as "tiếp Đoàn": a reception of its own, that day, in that
 * province only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (verb: string) =>
	[
		'Đoàn công tác tỉnh Bình Phước thăm hai tỉnh Nam Lào',
		'',
		'Cập nhật 11-05-2024, 09:00',
		'',
		'Từ ngày 7 đến 10/5, Đoàn công tác tỉnh Bình Phước do đồng chí Trần Tuệ Hiền, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại hai tỉnh Xê Kông và Chăm-pa-xắc (Lào).',
		'',
		`Ngày 9/5, Đoàn di chuyển sang tỉnh Chăm-pa-xắc. Tại thành phố Pắc-xế, đồng chí Vi-lay Xổm-phon, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc đã ${verb} Đoàn.`
	].join('\n');

describe('the host of the province moved to', () => {
	for (const verb of ['tiếp xã giao', 'tiếp thân mật']) {
		it(`"đã ${verb} Đoàn" is a reception of the move's day, in that province`, () => {
			const t = buildTimeline([{ file: 'a.txt', text: page(verb) }]);
			const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Tại thành phố Pắc-xế')));
			expect(e).toMatchObject({ start: '2024-05-09', end: '2024-05-09', role: 'main' });
			expect(e?.cities).toContain('champasak');
			expect(e?.cities).not.toContain('sekong');
		});
	}
});
