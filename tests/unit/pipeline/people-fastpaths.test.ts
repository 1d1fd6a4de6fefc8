/**
 * The shortcuts people.ts and places.ts take for speed must give the answers the plain checks gave:
 * cue words looked for as text before their patterns run (whatever their case in the sentence), titles
 * split at commas without a regex, one scratch buffer shared by successive texts, gazetteer keys built
 * only for runs whose first word opens one, and a registry that keys titles only once two meet.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, findPlacesAndPeople, isParticipant, PeopleRegistry } from '../../../src/lib/pipeline/people';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { defaultGazetteer, editDistance, makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import citiesJson from '../../../data/gazetteer/cities.json';

const bare = makeGazetteer(citiesJson, { people: [] });
const find = (text: string, lang: 'vi' | 'en' = 'vi') => findPeople(text, bare, lang);

describe('isParticipant cues in any case', () => {
	const check = (text: string, who: string, lang: 'vi' | 'en' = 'vi') => {
		const m = find(text, lang).find((p) => p.name === who);
		expect(m, `${who} found in: ${text}`).toBeDefined();
		return isParticipant(text, m!);
	};
	it.each<[string, string, 'vi' | 'en', boolean]>([
		['THAY MẶT Tổng Bí thư Nguyễn Hữu Lâm, ông Trần Đình Khoa trao quà.', 'Nguyễn Hữu Lâm', 'vi', false],
		['Lào phát triển DƯỚI SỰ LÃNH ĐẠO CỦA Đảng do đồng chí Bounkham Vorachit đứng đầu.', 'Bounkham Vorachit', 'vi', false],
		['Lào phát triển dưới sự lãnh đạo của Chủ tịch nước Bounkham Vorachit.', 'Bounkham Vorachit', 'vi', false],
		['Laos grew under the LEADERSHIP OF President Bounkham Vorachit.', 'Bounkham Vorachit', 'en', false],
		['On Behalf Of President Le Van Hoa, Mr Tran Dinh Khoa presented gifts.', 'Le Van Hoa', 'en', false],
		['Vice President Pham Thi Lan conveyed GREETINGS FROM President Le Van Hoa to the guests.', 'Le Van Hoa', 'en', false],
		['Như Chủ tịch nước Lê Văn Hòa đã nói, hai bên là anh em.', 'Lê Văn Hòa', 'vi', false],
		['Đoàn dâng hương TƯỞNG NIỆM Chủ tịch Hồ Chí Minh.', 'Hồ Chí Minh', 'vi', false],
		['Đoàn đến thăm Lăng của Chủ tịch  Hồ Chí Minh.', 'Hồ Chí Minh', 'vi', false],
		['Chủ tịch Hồ Chí Minh đến thăm Lào năm 1930.', 'Hồ Chí Minh', 'vi', true],
		// The same words without their cue: the person takes part.
		['Ông Trần Đình Khoa trao quà cho Tổng Bí thư Nguyễn Hữu Lâm.', 'Nguyễn Hữu Lâm', 'vi', true],
		['Chủ tịch nước Lê Văn Hòa nói hai bên là anh em.', 'Lê Văn Hòa', 'vi', true],
		['President Le Van Hoa received the delegation of the province.', 'Le Van Hoa', 'en', true]
	])('%s — %s', (text, who, lang, want) => {
		expect(check(text, who, lang)).toBe(want);
	});
});

describe('titles before a name', () => {
	it('splits at commas whatever the spaces around them, and drops empty pieces', () => {
		const [m] = find('Ủy viên Bộ Chính trị ,  Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.');
		expect(m.name).toBe('Đinh Tiến Dũng');
		expect(m.titles).toEqual(['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội']);
	});
});

describe('successive texts', () => {
	const long =
		'Chiều 12/3, tại Hà Nội, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp đoàn đại biểu cấp cao Thủ đô Viêng Chăn do ' +
		'đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn, làm Trưởng đoàn. Ông Dũng cho biết hai bên sẽ hợp tác. ';
	it('gives each text the answer it gets alone, after longer and shorter texts', () => {
		const alone = JSON.stringify(findPlacesAndPeople(long.repeat(3), defaultGazetteer, 'vi'));
		const short = JSON.stringify(findPlacesAndPeople('Ông Trần Văn Phúc thăm Đà Nẵng.', defaultGazetteer, 'vi'));
		findPlacesAndPeople(long.repeat(6), defaultGazetteer, 'vi');
		expect(JSON.stringify(findPlacesAndPeople('Ông Trần Văn Phúc thăm Đà Nẵng.', defaultGazetteer, 'vi'))).toBe(short);
		expect(JSON.stringify(findPlacesAndPeople(long.repeat(3), defaultGazetteer, 'vi'))).toBe(alone);
	});
});

describe('gazetteer names', () => {
	const g = makeGazetteer(citiesJson, {
		people: [{ name: 'Sonexay Siphandone', aliases: ['Sonxay Siphandon'], country: 'LA', roles: [] }]
	});
	it('are known without other evidence, by their tone key or their fold', () => {
		const [a] = findPeople('Hôm qua Sonexay Siphandone đến thăm.', g, 'vi');
		expect(a?.knownId).toBe('sonexay-siphandone');
		const [b] = findPeople('Hôm qua Sonxay Siphandon đến thăm.', g, 'vi');
		expect(b?.knownId).toBe('sonexay-siphandone');
	});
	it('a phrase the gazetteer marks as not a place is not a person either', () => {
		// "Thái Bình Dương" (the Pacific) holds the province "Thái Bình" and reads like a Vietnamese name.
		expect(find('Khu vực Châu Á Thái Bình Dương phát triển.').map((p) => p.name)).not.toContain('Thái Bình Dương');
		expect(findPlaces('Khu vực Châu Á Thái Bình Dương phát triển.', bare).map((p) => p.cityId)).not.toContain('thai-binh');
	});
});

describe('PeopleRegistry titles', () => {
	it('keeps the first title and drops later ones differing only in case or tone placement', () => {
		const reg = new PeopleRegistry(bare);
		reg.add('a', find('Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.'));
		reg.add('b', find('bí thư thành ủy Hà Nội Đinh Tiến Dũng phát biểu.'));
		reg.add('c', find('Chủ tịch UBND thành phố Hà Nội Đinh Tiến Dũng phát biểu.'));
		const [p] = reg.persons();
		expect(reg.persons()).toHaveLength(1);
		expect(p.titles[0]).toBe('Bí thư Thành ủy Hà Nội');
		expect(p.titles.filter((t) => t.toLowerCase() === 'bí thư thành ủy hà nội')).toHaveLength(1);
	});
});

describe('editDistance with rows kept between calls', () => {
	// The textbook recurrence with fresh rows, and the same early stop once a whole row exceeds the limit.
	const reference = (a: string, b: string, limit = Infinity): number => {
		if (a === b) return 0;
		if (Math.abs(a.length - b.length) > limit) return limit + 1;
		let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			const cur = [i];
			for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
			if (Math.min(...cur) > limit) return limit + 1;
			prev = cur;
		}
		return prev[b.length];
	};
	it('agrees with the textbook on known pairs', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('Anouphap', 'Anouphab', 1)).toBe(1);
		expect(editDistance('Thoongsalith', 'Thongsalith', 2)).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abc', '')).toBe(3);
		expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
	});
	it('agrees with the textbook on many random pairs, long after short and short after long', () => {
		let seed = 7;
		const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
		const word = () => Array.from({ length: rnd(12) }, () => 'aboủđ'[rnd(5)]).join('');
		for (let k = 0; k < 3000; k++) {
			const a = word(), b = word(), limit = [1, 2, Infinity][rnd(3)];
			expect(editDistance(a, b, limit), `${a} / ${b} / ${limit}`).toBe(reference(a, b, limit));
		}
	});
});
