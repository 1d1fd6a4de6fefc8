/**
 * A planned trip one outlet tells with no one to lead it ("Nam said Quang Tri will send a delegation to Savannakhet in the
 * fourth quarter") and another with its leader ("… Hoàng Văn Nam nhận lời mời dẫn Đoàn đại biểu tỉnh Quảng Trị sang thăm tỉnh
 * Xa-van-na-khệt trong quý IV năm nay"): one happening, and the delegation he leads, whichever page is read first.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const en = [
	'Savannakhet delegation in Quang Tri',
	'',
	'Published: May 6, 2025',
	'',
	"QUANG TRI (VNA) – Chairman of the Quang Tri People's Committee Hoang Van Nam held talks with a delegation of Savannakhet province led by Vice Governor Siphaxot Xaynhavong in Dong Ha on Monday (May 5).",
	'',
	'Nam said Quang Tri will send a delegation to Savannakhet in the fourth quarter to review the cooperation agreement.',
	''
].join('\n');
const vi = [
	'Đoàn đại biểu tỉnh Xa-van-na-khệt thăm Quảng Trị',
	'',
	'06/05/2025 09:15',
	'',
	'Sáng 5/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam đã tiếp và hội đàm với Đoàn đại biểu tỉnh Xa-van-na-khệt (Lào) do đồng chí Xỉ-pha-xợt Xay-nha-vông, Phó Tỉnh trưởng, làm trưởng đoàn.',
	'',
	'Chủ tịch UBND tỉnh Hoàng Văn Nam nhận lời mời dẫn Đoàn đại biểu tỉnh Quảng Trị sang thăm tỉnh Xa-van-na-khệt trong quý IV năm nay.',
	''
].join('\n');

describe('a planned trip, its leader told by a second outlet', () => {
	for (const order of [['a.txt', 'b.txt'], ['b.txt', 'a.txt']]) {
		it(`is the delegation of that leader (English page read ${order[0] === 'a.txt' ? 'first' : 'second'})`, () => {
			const t = buildTimeline([{ file: order[0], text: en }, { file: order[1], text: vi }]);
			const ppl = new Map(t.people.map((p) => [p.id, p.name]));
			const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('fourth quarter')))!;
			expect(e).toMatchObject({ start: '2025-10-01', end: '2025-12-31', status: 'planned', role: 'main' });
			const d = t.delegations.find((x) => x.events.includes(e.id));
			expect(d && ppl.get(d.leader ?? '')).toBe('Hoàng Văn Nam');
			expect(d!.from).toBe('quang-tri');
		});
	}
});
