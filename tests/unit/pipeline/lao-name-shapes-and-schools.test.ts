/**
 * Lao names as Vietnamese outlets write them beyond hyphenated syllables, and a school's name beside a title:
 * - joined syllables with Vietnamese tones ("bà Vănmaly Phoumsavẳn, Phó Tỉnh trưởng …") are a name after an honorific
 *   or before a title;
 * - spaced syllables with no title after them are the leader's in "do ông X dẫn đầu", and the name the page gives with
 *   titles elsewhere;
 * - right after a title in "-trưởng", a hyphenated town's name and one more hyphenated word are a given and a family
 *   name, not the town ("Phó Đô trưởng Phon-xa-vẳn Xỉ-tha-vông");
 * - "Trường/Viện" and the first word of "Đại học", "Cao đẳng", "Trung cấp" after a title are a school, never a name.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import citiesJson from '../../../data/gazetteer/cities.json';

const bare = makeGazetteer(citiesJson, { people: [] });
const names = (text: string) => findPeople(text, bare, 'vi').map((p) => p.name);

describe('a Lao name in joined syllables with Vietnamese tones', () => {
	it('is a person after an honorific or before a title', () => {
		expect(names('Đoàn đại biểu tỉnh Bò Kẹo do bà Vănmaly Phoumsavẳn, Phó Tỉnh trưởng tỉnh Bò Kẹo làm trưởng đoàn.')).toEqual(['Vănmaly Phoumsavẳn']);
		expect(names('Tại buổi tiếp, Vănmaly Phoumsavẳn, Phó Tỉnh trưởng tỉnh Bò Kẹo, cảm ơn tỉnh bạn.')).toEqual(['Vănmaly Phoumsavẳn']);
		expect(names('Sau đó, bà Vănmaly Phoumsavẳn phát biểu.')).toEqual(['Vănmaly Phoumsavẳn']);
	});
	it('is of Laos', () => {
		expect(findPeople('Đoàn do ông Thongsạvănh Khămphoui, Phó Chủ tịch Hội đồng nhân dân tỉnh Bò Kẹo làm trưởng đoàn.', bare, 'vi')[0]).toMatchObject({
			name: 'Thongsạvănh Khămphoui',
			country: 'LA'
		});
	});
});

describe('a Lao name in spaced syllables', () => {
	it('is the leader of "do ông X dẫn đầu" and "do đồng chí X làm trưởng đoàn", with no title after it', () => {
		expect(names('Đoàn do ông Bun Xổm Phăn Thạ Vông dẫn đầu đã thăm tỉnh Nghệ An.')).toEqual(['Bun Xổm Phăn Thạ Vông']);
		expect(names('Đoàn do đồng chí Bun Xổm Phăn Thạ Vông làm trưởng đoàn đã thăm tỉnh Nghệ An.')).toEqual(['Bun Xổm Phăn Thạ Vông']);
	});
	it('leads the delegation of a page that also names him with his titles', () => {
		const text = [
			'Tỉnh Bò Kẹo học kinh nghiệm nông nghiệp sạch của Nghệ An',
			'',
			'Đoàn đại biểu tỉnh Bò Kẹo (Lào) do ông Bun Xổm Phăn Thạ Vông dẫn đầu đã thăm, làm việc tại tỉnh Nghệ An từ ngày 3 đến 5/3.',
			'',
			'Chiều 4/3, Đoàn thăm Khu kinh tế Đông Nam.',
			'',
			'Ông Bun Xổm Phăn Thạ Vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bò Kẹo phát biểu tại buổi hội đàm. Ảnh: Minh Anh'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text: `Cập nhật 08-03-2022, 10:15\n\n${text}` }]);
		const ppl = Object.fromEntries(t.people.map((p) => [p.id, p.name]));
		const led = t.delegations.find((d) => d.to === 'nghe-an');
		expect(led && ppl[led.leader!]).toBe('Bun Xổm Phăn Thạ Vông');
		const lead = t.events.find((e) => e.sources.some((s) => s.quote.includes('dẫn đầu đã thăm')));
		expect(lead?.people.map((id) => ppl[id])).toContain('Bun Xổm Phăn Thạ Vông');
	});
});

describe('a town that is also a Lao given name, right after a title', () => {
	it('is the first word of the name when one hyphenated word follows', () => {
		expect(names('Sáng 3/4, Phó Đô trưởng Phon-xa-vẳn Xỉ-tha-vông tiếp Đoàn.')).toEqual(['Phon-xa-vẳn Xỉ-tha-vông']);
		expect(findPlaces('Sáng 3/4, Phó Đô trưởng Phon-xa-vẳn Xỉ-tha-vông tiếp Đoàn.', bare)).toEqual([]);
		expect(findPlaces('Sáng 3/4, Thị trưởng Phôn-xa-vẳn Khăm-la tiếp Đoàn.', bare)).toEqual([]);
	});
	it('stays the title\'s province before a name of two words, or alone', () => {
		expect(findPlaces('Sáng 3/4, Phó Tỉnh trưởng Xay-nha-bu-ly Bun-mi Phăn-thạ-vông tiếp Đoàn.', bare).map((p) => p.cityId)).toEqual(['sainyabuli']);
		expect(findPlaces('Sáng 3/4, Tỉnh trưởng Xay-nha-bu-ly tiếp Đoàn.', bare).map((p) => p.cityId)).toEqual(['sainyabuli']);
	});
});

describe('a school after a title', () => {
	it('is no person', () => {
		expect(names('Sáng 9/5, bà Trần Thị Mai, Hiệu trưởng Trường Cao đẳng Y tế Đồng Tháp, tiếp Đoàn.')).toEqual(['Trần Thị Mai']);
		expect(names('Sáng 9/5, GS.TS Lê Quang Hưng, Giám đốc Trường Đại học Y Huế tiếp Đoàn.')).toEqual(['Lê Quang Hưng']);
		expect(names('Sáng 9/5, ông Lê Văn Tâm, Hiệu trưởng Trường Trung cấp Nghề Kon Tum, tiếp Đoàn.')).toEqual(['Lê Văn Tâm']);
	});
});
