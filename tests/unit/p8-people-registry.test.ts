import { describe, expect, it } from 'vitest';
import { defaultGazetteer, makeGazetteer } from '../../src/lib/pipeline/gazetteer';
import { findPeople, isParticipant, PeopleRegistry, type PersonMention } from '../../src/lib/pipeline/people';

// A gazetteer of the same places and no people: every name is unknown to it.
const bare = makeGazetteer({ cities: defaultGazetteer.cities }, { people: [] });

const mention = (name: string, titles: string[], extra: Partial<PersonMention> = {}): PersonMention => ({
	start: 0,
	end: name.length,
	name,
	titles,
	country: 'VN',
	script: 'vn',
	...extra
});

describe('registry: titles and gazetteer ids kept per spelling', () => {
	it('keeps one title per key, in first-seen order, whether a title is repeated word for word or in another spelling', () => {
		const reg = new PeopleRegistry(bare);
		// The articles of one trip repeat the titles exactly; one writes the old tone placement, one doubles a space.
		reg.add('a', [mention('Trần Văn Minh', ['Chủ tịch UBND tỉnh Hòa Bình'])]);
		reg.add('b', [mention('Trần Văn Minh', ['Chủ tịch UBND tỉnh Hòa Bình', 'Bí thư Tỉnh ủy'])]);
		reg.add('c', [mention('Trần Văn Minh', ['Chủ tịch UBND tỉnh Hoà Bình'])]);
		reg.add('d', [mention('Trần Văn Minh', ['Bí thư  Tỉnh ủy', 'Chủ tịch UBND tỉnh Hòa Bình', 'Phó Bí thư'])]);
		// As long as a kept title, and another.
		reg.add('e', [mention('Trần Văn Minh', ['Chủ tịch HĐND tỉnh Hòa Bình'])]);
		const [p] = reg.persons();
		expect(p.titles).toEqual(['Chủ tịch UBND tỉnh Hòa Bình', 'Bí thư Tỉnh ủy', 'Phó Bí thư', 'Chủ tịch HĐND tỉnh Hòa Bình']);
	});

	it('asks each gazetteer its own question about a spelling seen before', () => {
		// A Lao leader romanised and transcribed: two spellings that only a gazetteer knowing the person joins (their offices,
		// told apart, keep the registry from joining them by their sound).
		// Asked in turn, each registry must get its own gazetteer's answer for spellings already seen.
		const persons = (g: typeof bare) => {
			const reg = new PeopleRegistry(g);
			reg.add('a', [mention('Phankham Viphavanh', ['Prime Minister'], { script: 'latin', country: 'LA' }), mention('Phăn-khăm Vi-pha-vẳn', ['Chủ tịch nước'], { script: 'transcribed', country: 'LA' })]);
			return reg.persons().map((p) => p.name);
		};
		expect(persons(defaultGazetteer)).toEqual(['Phankham Viphavanh']);
		expect(persons(bare)).toEqual(['Phankham Viphavanh', 'Phăn-khăm Vi-pha-vẳn']);
		expect(persons(defaultGazetteer)).toEqual(['Phankham Viphavanh']);
		expect(persons(bare)).toEqual(['Phankham Viphavanh', 'Phăn-khăm Vi-pha-vẳn']);
	});
});

describe('isParticipant: the last "của" before the name decides', () => {
	it('reads a greeting passed on when the last "của" before the name follows the greeting', () => {
		const s = 'Thay mặt lãnh đạo của tỉnh, ông Lê Văn An chuyển lời thăm hỏi của đồng chí Phạm Minh Chính tới Đoàn.';
		const [, sender] = findPeople(s, bare, 'vi');
		expect(sender.name).toBe('Phạm Minh Chính');
		expect(isParticipant(s, sender)).toBe(false);
	});

	it('does not when a later "của" is followed by a clause break', () => {
		// Two "của" before the name: the first after the greeting, the last one followed by a colon, which ends the cue.
		const s = 'Ông Lê Văn An chuyển lời thăm hỏi của lãnh đạo tỉnh; tiếp đó, đại diện của: đồng chí Phạm Minh Chính phát biểu.';
		const sender = findPeople(s, bare, 'vi').find((m) => m.name === 'Phạm Minh Chính')!;
		expect(isParticipant(s, sender)).toBe(true);
	});
});
