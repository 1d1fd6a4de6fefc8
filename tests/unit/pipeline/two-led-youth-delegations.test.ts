/**
 * Two youth delegations named in one sentence, each "Đoàn Thanh niên tỉnh X do đồng chí Y … làm trưởng đoàn", joined by "và",
 * are two delegations: each travels, and the happenings the page tells of them both ("… đã tiếp … hai Đoàn Thanh niên tỉnh
 * bạn") are in the trip of each.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Giao lưu thanh niên Hà Tĩnh với hai tỉnh bạn Lào năm 2018',
	'',
	'Cập nhật: 20/6/2018',
	'',
	'Từ 15-18/6, tại thị xã Kỳ Anh, Tỉnh đoàn Hà Tĩnh tổ chức chương trình giao lưu thanh niên Việt Nam - Lào năm 2018.',
	'',
	'Tham dự có Đoàn Thanh niên tỉnh Bô-li-khăm-xay do đồng chí Khăm-liếng Xỉ-xổm-phon, Phó Bí thư Tỉnh đoàn làm trưởng đoàn và Đoàn Thanh niên tỉnh Khăm-muộn do đồng chí Xổm-chít Vông-xay, Bí thư Tỉnh đoàn làm trưởng đoàn, cùng 80 đoàn viên của Hà Tĩnh.',
	'',
	'Sáng 16/6, đồng chí Nguyễn Đức Thắng, Bí thư Tỉnh đoàn Hà Tĩnh đã tiếp và làm việc với hai Đoàn Thanh niên tỉnh bạn.',
	''
].join('\n');

describe('two led youth delegations in one sentence', () => {
	it('are two delegations, each holding the reception of both', () => {
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
		const reception = t.events.find((e) => e.sources.some((s) => s.quote.includes('hai Đoàn Thanh niên')));
		expect(reception).toMatchObject({ start: '2018-06-16', type: 'reception' });
		const leaders = t.delegations.map((d) => name(d.leader)).sort();
		expect(leaders).toEqual(['Khăm-liếng Xỉ-xổm-phon', 'Xổm-chít Vông-xay']);
		for (const d of t.delegations) expect(d.events).toContain(reception!.id);
		expect(new Set(t.delegations.map((d) => d.from))).toEqual(new Set(['bolikhamxai', 'khammouane']));
	});
});
