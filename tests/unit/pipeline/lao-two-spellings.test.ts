import { describe, expect, it } from 'vitest';
import { findPeople, PeopleRegistry } from '../../../src/lib/pipeline/people';
import { makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import citiesJson from '../../../data/gazetteer/cities.json';

// Names no list knows: the registry must hear that two spellings are one name.
const bare = makeGazetteer(citiesJson, { people: [] });

describe('a Lao name transcribed in Vietnamese and romanised in English', () => {
	const names = (pages: [string, string, 'vi' | 'en'][]) => {
		const reg = new PeopleRegistry(bare);
		for (const [id, text, lang] of pages) reg.add(id, findPeople(text, bare, lang));
		return reg.persons().map((p) => p.name);
	};

	it('is one person when the names sound alike and an office agrees (x/s, final y/i, ou/u, a final e)', () => {
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu tại buổi tiếp.', 'vi'],
				['en', 'Bokeo Governor Khamsay Siphonesai thanked the hosts.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay']);
		expect(
			names([
				['vi', 'Đoàn do đồng chí Bun-xổm Phu-mi-vông, Bí thư Tỉnh đoàn Luông Nặm Thà làm trưởng đoàn.', 'vi'],
				['en', 'The delegation was led by its Secretary Bounsom Phoumivong.', 'en']
			])
		).toEqual(['Bun-xổm Phu-mi-vông']);
	});

	it('is one person when the names sound the same, an office told on one page only', () => {
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu.', 'vi'],
				['en', 'Khamsay Siphonesai attended.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay']);
	});

	it('is one person when a romanised word runs a syllable\'s final "nh" into the next ("Phanhxay" and "Phăn-xay")', () => {
		expect(
			names([
				['vi', 'Đoàn do Thượng tá Phăn-xay Sỉ-ha-vông, Chính ủy Bộ Chỉ huy Quân sự tỉnh làm trưởng đoàn.', 'vi'],
				['en', 'The delegation was led by Lieutenant Colonel Phanhxay Sihavong, political commissar of the provincial military command.', 'en']
			])
		).toEqual(['Phăn-xay Sỉ-ha-vông']);
	});

	it('is one person when the names sound the same and each page gives a rank only, no office', () => {
		expect(
			names([
				['vi', 'Phía Lào có Đại tá Bun-mi Khăm-phăn phát biểu tại buổi lễ.', 'vi'],
				['en', 'Colonel Bounmy Khamphanh spoke at the ceremony.', 'en']
			])
		).toEqual(['Bun-mi Khăm-phăn']);
	});

	it('stays two people when their offices differ, or when a letter apart with no office to agree', () => {
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu.', 'vi'],
				['en', 'Deputy Minister Khamsay Siphonesai attended.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay', 'Khamsay Siphonesai']);
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu.', 'vi'],
				['en', 'Khamsay Siphousay attended.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay', 'Khamsay Siphousay']);
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu.', 'vi'],
				['en', 'Bokeo Governor Khamsay Siphousay attended.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay']);
	});

	it('stays two people when the names sound apart', () => {
		expect(
			names([
				['vi', 'Đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo, phát biểu.', 'vi'],
				['en', 'Bokeo Governor Khamsing Vongphachanh thanked the hosts.', 'en']
			])
		).toEqual(['Khăm-xay Xỉ-phon-xay', 'Khamsing Vongphachanh']);
	});

	it('makes one trip of one tour told in both languages', () => {
		const vi =
			'Bò Kẹo và Lào Cai tăng cường hợp tác\n\nThứ năm, 12/6/2025, 20:10\n\n' +
			'Chiều 12/6, tại thành phố Lào Cai, đồng chí Hoàng Văn Phúc, Chủ tịch UBND tỉnh Lào Cai đã tiếp Đoàn đại biểu tỉnh Bò Kẹo do đồng chí Khăm-xay Xỉ-phon-xay, Tỉnh trưởng tỉnh Bò Kẹo làm trưởng đoàn.\n\n' +
			'Hôm qua (11/6), Đoàn đã hội đàm với lãnh đạo tỉnh Điện Biên tại thành phố Điện Biên Phủ.\n';
		const en =
			'Bokeo governor tours northern Vietnam\n\nMonday, June 16, 2025\n\n' +
			'Bokeo Governor Khamsay Siphonesai led a delegation on a working visit to Dien Bien and Lao Cai last week.\n\n' +
			'On Friday, the governor visited the Lao Cai international border gate.\n';
		const t = buildTimeline([
			{ file: 'a-vi.txt', text: vi },
			{ file: 'b-en.txt', text: en }
		]);
		const leaders = t.delegations.map((d) => t.people.find((p) => p.id === d.leader)?.name);
		expect(leaders).toEqual(['Khăm-xay Xỉ-phon-xay']);
	});
});
