/**
 * "Công đoàn" (a trade union) and "Liên đoàn" (a federation) are no delegation: a Lao union host who "phát biểu tại buổi
 * hội đàm với Đoàn công tác Liên đoàn Lao động tỉnh X" or "chủ trì hội đàm với Đoàn" is the host at home, not a delegation
 * going to X. And "Trên đường về, Đoàn đã dâng hương …" after the homecoming day is an event of that day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'LĐLĐ Quảng Bình thăm Liên hiệp Công đoàn tỉnh Khăm Muồn (Lào)',
	'',
	'12.04.2025 | 09:30',
	'',
	'“Hai tổ chức công đoàn luôn sát cánh cùng người lao động” - ông Bun-mi Xay-nha-vông, Chủ tịch Liên hiệp Công đoàn tỉnh Khăm Muồn phát biểu tại buổi hội đàm với Đoàn công tác Liên đoàn Lao động tỉnh Quảng Bình chiều 8/4.',
	'',
	'Từ ngày 8 đến ngày 10/4, Đoàn công tác Liên đoàn Lao động tỉnh Quảng Bình do ông Trần Văn Minh, Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn (Lào).',
	'',
	'Chiều 8/4, ông Bun-mi Xay-nha-vông, Chủ tịch Liên hiệp Công đoàn tỉnh Khăm Muồn đã chủ trì hội đàm với Đoàn.',
	'',
	'Sáng 10/4, kết thúc chuyến công tác, Đoàn về nước qua cửa khẩu quốc tế Cha Lo.',
	'',
	'Trên đường về, Đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang Liệt sĩ Quốc gia Đường 9.',
	''
].join('\n');

describe('a union host and the way home', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it('makes one delegation, the visitors\', holding the host\'s talks', () => {
		expect(t.delegations.map((d) => name(d.leader))).toEqual(['Trần Văn Minh']);
		const talks = t.events.filter((e) => e.sources.some((s) => s.quote.includes('chủ trì hội đàm')));
		expect(talks).toHaveLength(1);
		expect(t.delegations[0].events).toContain(talks[0].id);
	});
	it('dates "Trên đường về, Đoàn đã dâng hương …" on the homecoming day', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Trên đường về')));
		expect(e).toMatchObject({ start: '2025-04-10', end: '2025-04-10', role: 'main' });
	});
});
