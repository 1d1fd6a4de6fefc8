/**
 * A host's dinner in its own paragraph ("Tối 3/2, đồng chí X, … Bí thư Tỉnh ủy … đã mời cơm thân mật Đoàn") after "Chiều cùng
 * ngày, Đoàn thăm …" is a reception of its own, hosted by X: the afternoon's visit does not gain X, and another outlet's
 * morning reception of that day stays apart from it. What others did told by the week ("Tuần trước, Bộ đội Biên phòng tỉnh đã
 * trao …", "Cũng trong đầu tuần này, đoàn y, bác sĩ Bệnh viện … đang khám bệnh …") is background: it takes neither the
 * page's delegation nor its leader, nor makes one of its own.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';

const a = [
	'Xiêng Khoảng chúc Tết Nghệ An',
	'',
	'Thứ Tư, ngày 4/2/2026 - 20:15',
	'',
	'Từ chiều 2/2 đến hết ngày 4/2, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do ông Khăm-pheng Xay-nha-vông, Phó Tỉnh trưởng làm trưởng đoàn đã sang thăm, chúc Tết Nguyên đán Bính Ngọ 2026 tại tỉnh Nghệ An.',
	'',
	'Sáng thứ Ba (3/2), Đoàn đến chúc Tết Tỉnh ủy, HĐND, UBND tỉnh Nghệ An và được đồng chí Nguyễn Văn Đệ, Phó Chủ tịch Thường trực UBND tỉnh tiếp thân mật.',
	'',
	'Chiều cùng ngày, Đoàn đến thăm, chúc Tết cán bộ, chiến sĩ Bộ Chỉ huy Bộ đội Biên phòng tỉnh.',
	'',
	'Tối 3/2, đồng chí Nguyễn Đức Trung, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An đã mời cơm thân mật Đoàn.',
	'',
	'Sáng nay (4/2), Đoàn về nước qua Cửa khẩu quốc tế Nậm Cắn, kết thúc chuyến thăm.',
	'',
	'Tuần trước, Bộ đội Biên phòng Nghệ An đã trao 200 suất quà Tết cho các hộ nghèo ở các bản giáp biên thuộc huyện Noọng Hét, tỉnh Xiêng Khoảng.',
	'',
	'Cũng trong đầu tuần này, đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Nghệ An đang khám bệnh, cấp thuốc miễn phí cho người dân huyện Khăm, tỉnh Xiêng Khoảng.'
].join('\n');

const b = [
	'Nghệ An tiếp Đoàn đại biểu tỉnh Xiêng Khoảng',
	'',
	'03/02/2026 - 17:52',
	'',
	'Sáng nay (3/2), tại trụ sở UBND tỉnh, đồng chí Nguyễn Văn Đệ, Phó Chủ tịch Thường trực UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Khăm-pheng Xay-nha-vông, Phó Tỉnh trưởng làm trưởng đoàn sang chúc Tết.'
].join('\n');

describe('a host\'s dinner and a week\'s background', () => {
	const t = buildTimeline([{ file: 'a.txt', text: a }]);
	const id = (name: string) => t.people.find((p) => p.name === name)?.id;
	const quoting = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));
	it('the dinner is an evening reception of its own, hosted by the Party secretary', () => {
		const dinner = quoting('mời cơm thân mật Đoàn');
		expect(dinner).toHaveLength(1);
		expect(dinner[0].type).toBe('reception');
		expect(dinner[0].partOfDay).toBe('evening');
		expect(dinner[0].people).toContain(id('Nguyễn Đức Trung'));
	});
	it('the afternoon visit does not gain the dinner\'s host', () => {
		const visit = quoting('chúc Tết cán bộ, chiến sĩ');
		expect(visit).toHaveLength(1);
		expect(visit[0].people).not.toContain(id('Nguyễn Đức Trung'));
	});
	it('the week\'s doings of others take neither the delegation nor its leader, and make none', () => {
		const leader = id('Khăm-pheng Xay-nha-vông');
		for (const q of ['Tuần trước, Bộ đội Biên phòng', 'đoàn y, bác sĩ']) {
			const [e] = quoting(q);
			if (!e) continue;
			expect(e.people).not.toContain(leader);
			expect(t.delegations.some((d) => d.events.includes(e.id))).toBe(false);
		}
		expect(t.delegations).toHaveLength(1);
		expect(quoting('Tuần trước, Bộ đội Biên phòng').every((e) => e.role === 'context')).toBe(true);
	});
	it('another outlet\'s morning reception of that day stays apart from the dinner', () => {
		const both = buildTimeline([{ file: 'b.txt', text: b }, { file: 'a.txt', text: a }]);
		const dinner = both.events.find((e) => e.sources.some((s) => s.quote.includes('mời cơm thân mật Đoàn')));
		expect(dinner?.sources).toHaveLength(1);
	});
	it('a morning and an evening reception of one day, told by two outlets, are two happenings', () => {
		const at = (article: string, partOfDay: 'morning' | 'afternoon' | 'evening', people: string[]): Mergeable => ({
			article, type: 'reception', role: 'main', status: 'occurred', people, place: 'nghe-an', cities: [], sources: [], conflicts: [],
			date: { start: '2026-02-03', end: '2026-02-03', granularity: 'day', partOfDay, dating: 'explicit', confidence: 0.9, note: { vi: '', en: '' } }
		});
		expect(sameHappening(at('b', 'morning', ['de', 'guest']), at('a', 'evening', ['trung', 'guest']))).toBe(false);
		// (Parts next to each other may be one happening told either way: "chiều" / "tối".)
		expect(sameHappening(at('b', 'afternoon', ['de', 'guest']), at('a', 'evening', ['de', 'guest']))).toBe(true);
	});
});
