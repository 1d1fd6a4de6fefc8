/**
 * Who a page names and whose acts it tells, around a delegation: a name after an office title whose family name is a rarer one
 * ("Bí thư Tỉnh ủy Chế Quang Tài"); a name after "Mr." whose first word is also a province's; the last stop told "Trước khi về
 * nước"; what others did "ngay sau khi Đoàn về nước"; an earlier team of a department, with no leader, told in passing; and
 * "các văn bản đã ký kết", the texts signed before, named in an instruction.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPeople } from '../../../src/lib/pipeline/people';

describe('a name right after an office title, its family name a rarer one', () => {
	it.each([
		['Đoàn đại biểu tỉnh Ninh Thuận do Bí thư Tỉnh ủy Chế Quang Tài dẫn đầu đã sang thăm tỉnh Chăm-pa-xắc.', 'Chế Quang Tài'],
		['Đoàn công tác do Chủ tịch UBND Yên Đức Thắng dẫn đầu đã sang thăm tỉnh Sa-la-van.', 'Yên Đức Thắng']
	])('%s', (s, name) => {
		expect(findPeople(s).map((m) => m.name)).toContain(name);
	});
	it('two words after a committee are still its place', () => {
		expect(findPeople('Ông Đỗ Văn Hùng, Bí thư Huyện ủy Yên Thành cho biết.').map((m) => m.name)).toEqual(['Đỗ Văn Hùng']);
	});
});

describe("a name after 'Mr.' whose first word is a province's", () => {
	it('is a person, and the province is not read there', () => {
		const text = 'A delegation of Attapeu province led by Mr. Champasak Inthavong, Vice Governor of Attapeu, visited Kon Tum on Tuesday.';
		expect(findPeople(text, undefined, 'en').map((m) => m.name)).toContain('Champasak Inthavong');
	});
});

describe('a delegation\'s page: its last stop, an act after it left, an earlier team, an instruction', () => {
	const text = [
		'Đoàn đại biểu tỉnh Ninh Thuận thăm tỉnh Chăm-pa-xắc',
		'',
		'Thứ Hai, 16/03/2026 09:00',
		'',
		'Từ ngày 10 đến 13/3, Đoàn đại biểu tỉnh Ninh Thuận do Bí thư Tỉnh ủy Chế Quang Tài dẫn đầu đã thăm và làm việc tại tỉnh Chăm-pa-xắc (Lào).',
		'',
		'Sáng 11/3, Đoàn hội đàm với lãnh đạo tỉnh Chăm-pa-xắc.',
		'',
		'Trước khi về nước, Đoàn đến thăm Tổng Lãnh sự quán Việt Nam tại Pắc-xế.',
		'',
		'Trước đó, ngày 2 và 3/2, Đoàn công tác Sở Du lịch tỉnh Ninh Thuận đã sang Chăm-pa-xắc khảo sát các tuyến du lịch.',
		'',
		'Ngày 14/3, ngay sau khi Đoàn về nước, ông Bun-mì Xay-nha-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc đã đến chào ông Lưu Văn Khánh, Chủ tịch UBND tỉnh Ninh Thuận tại Phan Rang.',
		'',
		'Cuối tuần qua, Ban Thường vụ Tỉnh ủy Ninh Thuận đã giao Sở Ngoại vụ xây dựng kế hoạch triển khai các văn bản đã ký kết.'
	].join('\n');
	const t = buildTimeline([{ file: 'nt.txt', text }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const quoting = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));
	const trip = () => t.delegations.find((d) => name(d.leader ?? '') === 'Chế Quang Tài');

	it('the delegation is led by the one its title names', () => {
		expect(trip()).toBeDefined();
	});
	it("'Trước khi về nước' is a stop of the trip, on its last day", () => {
		const e = quoting('Tổng Lãnh sự quán Việt Nam tại Pắc-xế');
		expect(e.map((x) => [x.start, x.end])).toEqual([['2026-03-13', '2026-03-13']]);
		expect(trip()?.events).toContain(e[0].id);
	});
	it("the call 'ngay sau khi Đoàn về nước' is the guests', not the delegation's", () => {
		const e = quoting('ngay sau khi Đoàn về nước');
		expect(e).toHaveLength(1);
		expect(e[0].people.map(name)).not.toContain('Chế Quang Tài');
		expect(t.delegations.filter((d) => d.events.includes(e[0].id))).toEqual([]);
	});
	it('the department\'s earlier team, with no leader of its own, is led by no one and joins no delegation', () => {
		const e = quoting('Đoàn công tác Sở Du lịch');
		expect(e).toHaveLength(1);
		expect(t.delegations.filter((d) => d.events.includes(e[0].id))).toEqual([]);
	});
	it("'triển khai các văn bản đã ký kết' is no signing", () => {
		expect(quoting('Sở Ngoại vụ xây dựng kế hoạch').filter((e) => e.type === 'signing')).toEqual([]);
	});
});
