/**
 * A city, a museum or a square may bear a leader's name; after the unit's or the site's noun ("Thị trưởng thành phố …",
 * "Giám đốc Bảo tàng …", "Thị trưởng TP. …") a Lao-shaped name is the unit's, even where a title ends with it, not a second person.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import citiesJson from '../../../data/gazetteer/cities.json';

const bare = makeGazetteer(citiesJson, { people: [] });
const people = (text: string) => findPeople(text, bare, 'vi').filter((p) => !p.credit);

describe('a Lao-shaped name after a unit noun', () => {
	it("is the city of the title set off after a person ('…, Thị trưởng thành phố X')", () => {
		const ps = people('Sáng 14/3, bà Mạ-ni-chăn Vông-khăm, Thị trưởng thành phố Xu-pha-nu-vông Khăm-xay đã tiếp đoàn.');
		expect(ps.map((p) => p.name)).toEqual(['Mạ-ni-chăn Vông-khăm']);
		expect(ps[0].titles.join(' ')).toContain('Xu-pha-nu-vông Khăm-xay');
	});
	it("is the city after 'Thị trưởng TP.' or 'Tỉnh trưởng tỉnh' and the museum after 'Giám đốc Bảo tàng'", () => {
		expect(people('Ông Xổm-chít In-thạ-lạt, Thị trưởng TP. Xu-pha-nu-vông Khăm-xay phát biểu.').map((p) => p.name)).toEqual(['Xổm-chít In-thạ-lạt']);
		expect(people('Giám đốc Bảo tàng Nu-hắc Phum-xạ-vẳn giới thiệu với Đoàn các hiện vật.').map((p) => p.name)).toEqual([]);
		expect(people('Tỉnh trưởng tỉnh Xu-pha-nu-vông Khăm-xay cảm ơn Đoàn.').map((p) => p.name)).toEqual([]);
	});
	it("leaves the district chief's own title and a name after a body's unit ('UBND tỉnh', 'HĐND tỉnh') as people", () => {
		expect(people('Tiếp Đoàn có Phó Chủ tịch HĐND tỉnh Vi-lay-phon Xỉ-xổm-phu.').map((p) => p.name)).toEqual(['Vi-lay-phon Xỉ-xổm-phu']);
		expect(people('Chủ huyện Phết-xa-vẳn Ku-mạ-ni tiếp Đoàn.').map((p) => p.name)).toEqual(['Phết-xa-vẳn Ku-mạ-ni']);
		expect(people('Phó Chủ tịch UBND tỉnh Lò Văn Tám tiếp Đoàn.').map((p) => p.name)).toEqual(['Lò Văn Tám']);
	});
	it('makes no participant of the city in the event of a signing', () => {
		const text = [
			'Hai thành phố ký kết biên bản ghi nhớ hợp tác',
			'',
			'15/03/2023 | 20:10',
			'',
			'Từ ngày 13 đến 16/3, Đoàn đại biểu thành phố Vĩnh Yên do đồng chí Đặng Quang Vinh, Bí thư Thành ủy dẫn đầu thăm và làm việc tại tỉnh Xa-la-van.',
			'',
			'Chiều 14/3, đồng chí Đặng Quang Vinh và đồng chí Mạ-ni-chăn Vông-khăm, Thị trưởng thành phố Xu-pha-nu-vông Khăm-xay đã ký kết biên bản ghi nhớ hợp tác giữa hai thành phố.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('ký kết biên bản')));
		expect(e).toBeTruthy();
		const names = e!.people.map((id) => t.people.find((p) => p.id === id)?.name);
		expect(names).toContain('Mạ-ni-chăn Vông-khăm');
		expect(names.join(' ')).not.toMatch(/Xu-pha-nu-vông/);
	});
});
