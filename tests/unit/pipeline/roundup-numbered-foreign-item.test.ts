/**
 * A weekly round-up whose items are headed by a number and their two sides on a line of their own ("2. Nghệ An - Nhật
 * Bản"): each item is a story of its own, and one whose other side is outside Laos (a Japanese delegation) makes no
 * event and does not join the item before it. So too an item labelled inline ("Hà Nam - Campuchia: Ngày …").
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { itemHeading } from '../../../src/lib/pipeline/events';

const text = [
	'Tin đối ngoại địa phương trong tuần (từ 3 đến 9/6/2024)',
	'',
	'09/06/2024 - 10:15',
	'',
	'Điểm lại một số hoạt động đối ngoại của các địa phương trong tuần qua.',
	'',
	'1. Nghệ An - Hủa Phăn',
	'',
	'Trong hai ngày 3 và 4/6, Đoàn đại biểu tỉnh Nghệ An do đồng chí Hồ Văn Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Hủa Phăn (Lào).',
	'',
	'Chiều 3/6, đồng chí Khăm-xay Vông-đa, Phó Tỉnh trưởng tỉnh Hủa Phăn đã hội đàm với Đoàn.',
	'',
	'2. Nghệ An - Nhật Bản',
	'',
	'Ngày 5/6, đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An tiếp Đoàn đại biểu tỉnh Shizuoka (Nhật Bản) do ông Tanaka Hiroshi dẫn đầu; hai bên trao đổi về hợp tác lao động.',
	'',
	'3. Hà Tĩnh - Bô-li-khăm-xay',
	'',
	'Từ ngày 6 đến 8/6, Đoàn đại biểu tỉnh Bô-li-khăm-xay (Lào) do đồng chí Xay-xổm Phôm-ma, Tỉnh trưởng làm trưởng đoàn thăm và làm việc tại tỉnh Hà Tĩnh.',
	'',
	'Sáng 7/6, đồng chí Trần Văn Kỳ, Chủ tịch UBND tỉnh Hà Tĩnh hội đàm với Đoàn.'
].join('\n');

describe('a round-up with numbered items', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('makes no event of the item whose other side is outside Laos', () => {
		expect(t.events.filter((e) => e.sources.some((s) => /Shizuoka|Tanaka/.test(s.quote)))).toEqual([]);
		expect(t.people.some((p) => /Tanaka|Lê Văn Hùng/.test(p.name))).toBe(false);
	});
	it('keeps each Lao item\'s trip to its own days', () => {
		const na = t.delegations.find((d) => t.people.find((p) => p.id === d.leader)?.name === 'Hồ Văn Lâm');
		expect(na).toMatchObject({ start: '2024-06-03', end: '2024-06-04' });
		expect(t.delegations).toHaveLength(2);
	});
	it('reads an item\'s numbered heading between two sentences', () => {
		expect(itemHeading('\n\n2. Nghệ An - Nhật Bản\n\n')).toBe('Nghệ An - Nhật Bản');
		expect(itemHeading(' ')).toBeNull();
	});
	it('drops an item labelled inline with a partner outside Laos', () => {
		const inline = ['Tin đối ngoại trong tuần', '', '09/06/2024 - 10:15', '', 'Hà Nam - Campuchia: Ngày 5/6, Chủ tịch UBND tỉnh Hà Nam tiếp Đoàn đại biểu tỉnh Kandal (Campuchia) do ông Sok Dara dẫn đầu.', '', 'Nghệ An - Hủa Phăn: Ngày 6/6, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm-xay Vông-đa dẫn đầu thăm tỉnh Nghệ An.'].join('\n');
		const u = buildTimeline([{ file: 'b.txt', text: inline }]);
		expect(u.events.filter((e) => e.sources.some((s) => s.quote.includes('Kandal')))).toEqual([]);
		expect(u.events.some((e) => e.sources.some((s) => s.quote.includes('Hủa Phăn: Ngày 6/6')))).toBe(true);
	});
});
