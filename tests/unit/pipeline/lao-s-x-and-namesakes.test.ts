/**
 * A Lao 's' is written 's' or 'x' in Vietnamese transcription ("Xổm-phết" beside "Sổm-phết"): a province spelt with either letter
 * is the province ("tỉnh Xay-xổm-bun" is Xay Sổm Bun, "tỉnh Xa-lạ-van" is Sa La Van), though a Lao family name spelt like one is
 * still the person's ("bà Khăm-pheng Xay-xổm-bun"). A name right after an institution's noun and kind ("Trường Chính trị Hoàng
 * Văn Thụ", "Khu di tích Phan Bội Châu") is the institution's namesake, not one at the happening.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { findPlacesAndPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const ids = (s: string) => findPlaces(s).map((p) => p.cityId);

describe("a Lao place's 's' written 'x' and its 'x' written 's'", () => {
	it.each([
		['Đoàn đã thăm, làm việc tại tỉnh Xay-xổm-bun (Lào).', 'xaisomboun'],
		['Đoàn đến tỉnh Xa-lạ-van sáng nay.', 'salavan'],
		['Đoàn làm việc với lãnh đạo tỉnh Siêng-khoảng.', 'xiangkhouang']
	])('%s', (s, id) => {
		expect(ids(s)).toEqual([id]);
	});
	it("a family name spelt as the province stays the person's", () => {
		const r = findPlacesAndPeople('Đoàn làm việc với bà Khăm-pheng Xay-xổm-bun, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc.');
		expect(r.people.map((p) => p.name)).toEqual(['Khăm-pheng Xay-xổm-bun']);
		expect(r.places.map((p) => p.cityId)).toEqual(['champasak']);
		expect(findPlacesAndPeople('Chủ trì hội đàm có Thượng tá Bun-lắp Xay-xổm-bun, Chỉ huy trưởng.').people.map((p) => p.name)).toEqual(['Bun-lắp Xay-xổm-bun']);
	});
});

const SCHOOL = `Đoàn đại biểu tỉnh Hủa Phăn thăm Nghệ An

Thứ Tư, 5/6/2024 | 18:00

Sáng 5/6, Đoàn đại biểu tỉnh Hủa Phăn do đồng chí Phon-xay Kẹo-vông, Phó Tỉnh trưởng làm trưởng đoàn đã thăm Trường Chính trị Hoàng Văn Thụ và Khu di tích Phan Bội Châu.
`;

describe("an institution's namesake is not at the happening", () => {
	it('a school and a memorial site', () => {
		const t = buildTimeline([{ file: 'school.txt', text: SCHOOL }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Sáng 5/6')))!;
		expect(e.people.map((id) => t.people.find((p) => p.id === id)!.name)).toEqual(['Phon-xay Kẹo-vông']);
	});
	it('the noun right before the name still blocks it, and a person after a title is still one', () => {
		expect(findPlacesAndPeople('Đoàn thăm Trường THPT chuyên Lê Hồng Phong.').people).toEqual([]);
		expect(findPlacesAndPeople('Hiệu trưởng Trường Chính trị Trần Phú Nguyễn Văn Hải phát biểu.').people.map((p) => p.name)).toContain('Nguyễn Văn Hải');
	});
});
