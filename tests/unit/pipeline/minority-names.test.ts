/**
 * Names of Vietnam's Khmer, Hmong and Central Highlands people keep syllables Vietnamese spelling lacks (endings in -l,
 * -r, -s, -k; onsets "kđ", "ks": "Thạch Văn Phol", "Lý Sol", "Y Ngông Niê Kđăm"), or open with a family name no Kinh
 * list has ("Danh Văn Phol"). After an honorific or a title they are still names; capitalised words that are not
 * names stay out after the same cues.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const names = (s: string) => findPeople(s).map((p) => p.name);
const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('names with syllables Vietnamese spelling lacks', () => {
	it('after an honorific, with the title set off after them', () => {
		expect(names('Đoàn công tác Hội Cựu chiến binh tỉnh Kiên Giang do đồng chí Thạch Văn Phol, Chủ tịch Hội Cựu chiến binh tỉnh làm trưởng đoàn.')).toEqual(['Thạch Văn Phol']);
		expect(names('Đoàn do đồng chí Danh Văn Phol, Phó Chủ tịch UBND tỉnh Kiên Giang làm trưởng đoàn đã đến Chăm-pa-xắc.')).toEqual(['Danh Văn Phol']);
		expect(names('Tiếp đoàn có ông Lý Sol, Phó Chủ tịch UBND tỉnh Trà Vinh, và bà Kim Thị Sal, Giám đốc Sở Ngoại vụ.')).toEqual(['Lý Sol', 'Kim Thị Sal']);
	});
	it('right after a title and its province', () => {
		expect(names('Chủ tịch UBND tỉnh Sóc Trăng Thạch Sô Phal tiếp đoàn.')).toEqual(['Thạch Sô Phal']);
		expect(names('Phó Bí thư Tỉnh ủy Đắk Lắk Y Ngông Niê Kđăm dẫn đầu đoàn.')).toEqual(['Y Ngông Niê Kđăm']);
		expect(names('Chủ tịch Hội Cựu chiến binh tỉnh Kiên Giang Danh Văn Phol làm trưởng đoàn.')).toEqual(['Danh Văn Phol']);
	});
	it('a title of a body named on its first word only ("Hội Cựu chiến binh") reaches the name after its province', () => {
		const [p] = findPeople('Chủ tịch Hội Cựu chiến binh tỉnh Kiên Giang Lâm Văn Phol dẫn đầu đoàn.');
		expect(p).toMatchObject({ name: 'Lâm Văn Phol', titles: ['Chủ tịch Hội Cựu chiến binh tỉnh Kiên Giang'], country: 'VN' });
		// Not a verb's words before a name: "cảm ơn" is no part of the title.
		expect(findPeople('Trưởng Ban Tổ chức cảm ơn Trần Văn An.')[0].titles).toEqual([]);
	});
	it('Hmong and Central Highlands names after a title or honorific', () => {
		expect(names('Phó Chủ tịch UBND tỉnh Hà Giang Hầu A Lềnh dẫn đầu đoàn.')).toEqual(['Hầu A Lềnh']);
		expect(names('Tiếp đoàn có đồng chí Giàng Seo Phử, Bí thư Tỉnh ủy Lào Cai.')).toEqual(['Giàng Seo Phử']);
		expect(names('Đoàn do ông Ksor Phước Hà, Phó Chủ tịch UBND tỉnh Gia Lai làm trưởng đoàn.')).toEqual(['Ksor Phước Hà']);
	});
	it('Cơ Tu clan names written as one word open a name ("Alăng Thị …", "Zơrâm Văn …")', () => {
		expect(names('Đoàn do đồng chí Alăng Thị Mai, Phó Bí thư Huyện ủy Đông Giang làm trưởng đoàn.')).toEqual(['Alăng Thị Mai']);
		expect(names('Đồng chí Zơrâm Văn Tín, Chủ tịch UBND huyện Nam Giang phát biểu chào mừng.')).toEqual(['Zơrâm Văn Tín']);
		expect(names('Tiếp đoàn có đồng chí Pơloong Hữu Phước, Phó Chủ tịch UBND huyện.')).toEqual(['Pơloong Hữu Phước']);
	});
	it('a repeated bare mention is the same name once a cue has read it so', () => {
		expect(names('Ông Lý Sol phát biểu. Sau đó Lý Sol tặng quà.')).toEqual(['Lý Sol', 'Lý Sol']);
	});
});

describe('capitalised words that are not names stay out', () => {
	it('after honorific-like cues', () => {
		expect(names('Đồng chí Sở Tài chính báo cáo.')).toEqual([]);
		expect(names('Đoàn làm việc với đồng chí Ban Thường vụ Tỉnh ủy Sóc Trăng.')).toEqual([]);
		expect(names('Ông Hội Nông dân tỉnh phát biểu.')).toEqual([]);
		expect(names('Chủ tịch UBND huyện Krông Pắc cùng dự.')).toEqual([]);
		expect(names('Bí thư Huyện ủy Đắk Mil tiếp đoàn.')).toEqual([]);
	});
	it('without any cue, a syllable Vietnamese lacks is not enough', () => {
		expect(names('Lễ hội Thạch Văn Phol diễn ra tại Sóc Trăng.')).toEqual([]);
		expect(names('Nhà hàng Lý Sol Bar mở cửa.')).toEqual([]);
	});
});

describe('delegations led by such names, and their hosts', () => {
	it('a Khmer veterans’ leader leads the trip; the Lao host takes part', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Hội Cựu chiến binh tỉnh Kiên Giang thăm tỉnh Chăm-pa-xắc',
					'Ngày đăng: 21/03/2025',
					'Từ ngày 17 đến ngày 20-3, Đoàn công tác Hội Cựu chiến binh tỉnh Kiên Giang do đồng chí Danh Văn Phol, Chủ tịch Hội Cựu chiến binh tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Chăm-pa-xắc, Lào.',
					'Ngày 18-3, Đoàn làm việc với Hội Cựu chiến binh tỉnh Chăm-pa-xắc. Đồng chí Bun-xỉ Xay-nha-vông, Chủ tịch Hội Cựu chiến binh tỉnh Chăm-pa-xắc chủ trì buổi tiếp Đoàn.'
				)
			}
		]);
		expect(t.delegations.map((d) => t.people.find((p) => p.id === d.leader)?.name)).toEqual(['Danh Văn Phol']);
	});
	it('a Central Highlands leader leads; a Khmer host receives the Lao delegation', () => {
		const t = buildTimeline([
			{
				file: 'b.txt',
				text: page(
					'Đắk Lắk tiếp đoàn tỉnh Chăm-pa-xắc',
					'Ngày đăng: 12/05/2025',
					'Chiều 11-5, Đoàn đại biểu tỉnh Đắk Lắk do đồng chí Y Ngông Niê Kđăm, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm tỉnh Chăm-pa-xắc (Lào).',
					'Sáng 12-5, tại TP Cần Thơ, đồng chí Thạch Sô Phal, Phó Chủ tịch UBND tỉnh Sóc Trăng tiếp Đoàn công tác tỉnh Xê Kông (Lào).'
				)
			}
		]);
		const names = t.people.map((p) => p.name);
		expect(names).toContain('Y Ngông Niê Kđăm');
		expect(names).toContain('Thạch Sô Phal');
		const ynk = t.people.find((p) => p.name === 'Y Ngông Niê Kđăm')!.id;
		expect(t.delegations.some((d) => d.leader === ynk)).toBe(true);
	});
});
