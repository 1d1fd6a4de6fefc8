/**
 * One remains handover at a border gate told by two outlets: the lead, after the outlet's credit, "(Báo X) - Sáng 9/4 (tức …),
 * tại cửa khẩu quốc tế … (huyện …), Bộ Chỉ huy Quân sự tỉnh … tổ chức Lễ tiếp nhận, bàn giao … hài cốt liệt sĩ … hy sinh tại
 * Lào" is held on the gate's side (the credit is the paper's, not the fact's); the other page's "Trước đó, ngày 9/4, tại cửa
 * khẩu quốc tế …, Bộ Chỉ huy Quân sự tỉnh … đã tiếp nhận … hài cốt liệt sĩ do phía bạn bàn giao" is that ceremony ("tiếp nhận",
 * to take delivery of what is handed over, is no reception of guests): one event, of the delegation that came to it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const lead = [
	'Hà Tĩnh tiếp nhận 12 hài cốt liệt sĩ hy sinh tại tỉnh Bô-li-khăm-xay',
	'',
	'09/04/2025 | 16:40',
	'',
	'(Báo Nông Thôn) - Sáng 9/4 (tức ngày 12/3 năm Ất Tỵ), tại cửa khẩu quốc tế Cầu Treo (huyện Hương Sơn), Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh phối hợp với Bộ Chỉ huy Quân sự tỉnh Bô-li-khăm-xay (Lào) tổ chức Lễ tiếp nhận, bàn giao 12 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.',
	'',
	'Dự buổi lễ, phía Lào có Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Bô-li-khăm-xay do Đại tá Xổm-xắc Phôn-ma-ly, Phó Chỉ huy trưởng làm Trưởng đoàn.'
].join('\n');

const later = [
	'Hà Tĩnh an táng 12 hài cốt liệt sĩ',
	'',
	'10/04/2025 15:10',
	'',
	'Sáng 10/4, tại Nghĩa trang liệt sĩ tỉnh Hà Tĩnh, UBND tỉnh Hà Tĩnh tổ chức Lễ truy điệu và an táng 12 hài cốt liệt sĩ hy sinh tại Lào.',
	'',
	'Trước đó, ngày 9/4, tại cửa khẩu quốc tế Cầu Treo, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tiếp nhận 12 hài cốt liệt sĩ do phía bạn bàn giao.'
].join('\n');

describe('a handover at a gate told by two outlets', () => {
	it('taking delivery of what is handed over is the ceremony, not a reception of guests', () => {
		expect(classify('Trước đó, ngày 9/4, tại cửa khẩu quốc tế Cầu Treo, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tiếp nhận 12 hài cốt liệt sĩ do phía bạn bàn giao.')).toBe('ceremony');
		// (Receiving the guests stays a reception.)
		expect(classify('Chiều 8/4, Đại tá Lê Văn Hưng đã tiếp Đoàn đại biểu tỉnh Bô-li-khăm-xay.')).toBe('reception');
	});

	const t = buildTimeline([
		{ file: 'a.txt', text: lead },
		{ file: 'b.txt', text: later }
	]);
	const day = t.events.filter((e) => e.start === '2025-04-09');
	it('the lead after the outlet\'s credit is held on the gate\'s side', () => {
		const e = day.find((x) => x.sources.some((s) => s.quote.includes('Sáng 9/4 (tức')));
		expect(e?.cities[0]).toBe('ha-tinh');
	});
	it('is one event with both reports, in the delegation that came to it', () => {
		expect(day).toHaveLength(1);
		expect(day[0].sources.map((s) => s.article).sort()).toHaveLength(2);
		const d = t.delegations.find((x) => t.people.find((p) => p.id === x.leader)?.name === 'Xổm-xắc Phôn-ma-ly');
		expect(d?.events).toContain(day[0].id);
	});
});
