import { describe, expect, it } from 'vitest';
import { findCountries, findPlaces } from '../../../src/lib/pipeline/places';
import { defaultGazetteer, GazetteerError, makeGazetteer, parseCities, parsePeople } from '../../../src/lib/pipeline/gazetteer';
import citiesJson from '../../../data/gazetteer/cities.json';
import peopleJson from '../../../data/gazetteer/people.json';

const ids = (text: string, opts = {}) => findPlaces(text, defaultGazetteer, opts).map((p) => p.cityId);
const surfaces = (text: string) => findPlaces(text).map((p) => p.surface);

describe('findPlaces: spellings', () => {
	it.each([
		['Đoàn đại biểu thành phố Hà Nội sang thăm', 'hanoi'],
		['Thủ đô Hà Nội luôn dành ưu tiên', 'hanoi'],
		['The delegation from Hanoi arrived', 'hanoi'],
		['Ha Noi and its partners', 'hanoi'],
		['Lãnh đạo Thành phố Hồ Chí Minh tiếp đoàn', 'ho-chi-minh-city'],
		['Bí thư Thành ủy TPHCM cho biết', 'ho-chi-minh-city'],
		['Doanh nghiệp TP HCM đầu tư', 'ho-chi-minh-city'],
		['Trung tâm TP.HCM đông đúc', 'ho-chi-minh-city'],
		['tại Tp.HCM hôm qua', 'ho-chi-minh-city'],
		['hợp tác với TP. Hồ Chí Minh trong lĩnh vực công nghệ', 'ho-chi-minh-city'],
		['The HCMC Party Committee', 'ho-chi-minh-city'],
		['Ho Chi Minh City leaders', 'ho-chi-minh-city'],
		['Đoàn đại biểu cấp cao Thủ đô Viêng Chăn', 'vientiane'],
		['tại Thủ đô Vientiane, Lào', 'vientiane'],
		['the Vientiane Capital administration', 'vientiane'],
		['Đoàn công tác tỉnh Viêng Chăn', 'vientiane-province'],
		['Vientiane Province signed', 'vientiane-province'],
		['tỉnh Luông Pha Băng', 'luang-prabang'],
		['the ancient town of Luang Prabang', 'luang-prabang'],
		['tỉnh Sa-van-na-khét', 'savannakhet'],
		['Savannakhet province', 'savannakhet'],
		['tỉnh Chăm Pa Xắc', 'champasak'],
		['tỉnh Chăm-pa-xắc', 'champasak'],
		['Champasak', 'champasak'],
		['tỉnh Xiêng Khoảng', 'xiangkhouang'],
		['tỉnh Hủa Phăn', 'houaphanh'],
		['Houaphanh', 'houaphanh'],
		['tỉnh Bò Kẹo', 'bokeo'],
		['Đà Nẵng và Cần Thơ', 'da-nang'],
		['tỉnh Thừa Thiên Huế', 'hue'],
		['thành phố Huế', 'hue'],
		['tỉnh Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
		['tỉnh Đắk Lắk', 'dak-lak'],
		['tỉnh Thanh Hoá', 'thanh-hoa'],
		['tỉnh Khánh Hòa', 'khanh-hoa'],
		['Can Tho City', 'can-tho'],
		// A province's capital city counts as the province; ambiguous names need "thành phố" or "city".
		['tại thành phố Vinh, tỉnh Nghệ An', 'nghe-an'],
		['talks in Vinh city on November 22', 'nghe-an'],
		['thành phố Kaysone Phomvihane', 'savannakhet'],
		['the signing in Pakse', 'champasak'],
		['thị trấn Vàng Viêng', 'vientiane-province']
	])('%s → %s', (text, id) => {
		expect(ids(text)[0]).toBe(id);
	});

	it('includes the designator written before the name, and offsets point at the surface', () => {
		const text = 'Chiều 12/3, tại thủ đô Vientiane, Lào, hai bên hội đàm; Bí thư Tỉnh ủy tỉnh Quảng Trị phát biểu.';
		const found = findPlaces(text);
		expect(found.map((p) => [p.surface, p.designator])).toEqual([
			['thủ đô Vientiane', 'thủ đô'],
			['tỉnh Quảng Trị', 'tỉnh']
		]);
		for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.surface);
	});

	it('reads the capital cut short ("Thủ đô Viêng") only where no capitalised word follows', () => {
		expect(surfaces('Đoàn đại biểu cấp cao Thủ đô Viêng do đồng chí X dẫn đầu')).toEqual(['Thủ đô Viêng']);
		expect(ids('Chủ tịch HĐND Thủ đô Viêng dẫn đầu.')).toEqual(['vientiane']);
		expect(ids('Thủ đô Viêng Xay là nơi khác')).toEqual([]);
	});
});

describe('findPlaces: other senses of the same words', () => {
	it('names of capitals that are also people or words need a designator', () => {
		expect(ids('Trường Đại học Vinh')).toEqual([]);
		expect(ids('cố Chủ tịch Kaysone Phomvihane')).toEqual([]);
	});

	it('"Hồ Chí Minh" alone is the president, not the city', () => {
		expect(ids('Lăng Chủ tịch Hồ Chí Minh')).toEqual([]);
		expect(ids('tư tưởng Hồ Chí Minh')).toEqual([]);
		expect(ids('the Ho Chi Minh Trail')).toEqual([]);
		expect(ids('thành phố Hồ Chí Minh')).toEqual(['ho-chi-minh-city']);
	});

	it('needs capitals and the right diacritics: "hòa bình" is peace, "Huệ" is not "Huế"', () => {
		expect(ids('vì hòa bình, hợp tác và phát triển')).toEqual([]);
		expect(ids('tỉnh Hòa Bình')).toEqual(['hoa-binh']);
		expect(ids('phố đi bộ Nguyễn Huệ')).toEqual([]);
		expect(ids('Cố đô Huế')).toEqual(['hue']);
	});

	it('a place name inside a person\'s name is not a place', () => {
		expect(ids('Phó Thủ tướng Nguyễn Hòa Bình phát biểu')).toEqual([]);
		expect(ids('bà Hà Giang, Giám đốc Sở')).toEqual([]);
		// … and after a rank: a Lao given name that is a place's ("Phôn-xa-vẳn", Xiêng Khoảng's capital).
		expect(ids('do Thiếu tướng Phon-xa-vẳn Xi-thạ-mạ, Cục trưởng chủ trì')).toEqual([]);
		expect(ids('Major General Phonsavan Sithama chaired the talks')).toEqual([]);
		expect(ids('thành phố Phôn-xa-vẳn, tỉnh Xiêng Khoảng')).toEqual(['xiangkhouang', 'xiangkhouang']);
		expect(ids('Bí thư Tỉnh ủy Hà Giang')).toEqual(['ha-giang']);
		expect(ids('quản lý đô thị Hà Nội')).toEqual(['hanoi']);
	});

	it('names the gazetteer marks as something else are skipped ("Thái Bình Dương")', () => {
		expect(ids('tàu ra Thái Bình Dương')).toEqual([]);
		expect(ids('tỉnh Thái Bình')).toEqual(['thai-binh']);
	});

	it('newspapers and broadcasters are media, left out unless asked for', () => {
		expect(ids('(Nguồn: Hà Nội mới)')).toEqual([]);
		expect(ids('trên các nền tảng số của Đài Hà Nội')).toEqual([]);
		expect(ids('The Vientiane Times reported')).toEqual([]);
		const media = findPlaces('(Nguồn: Hà Nội mới)', defaultGazetteer, { includeMedia: true });
		expect(media.map((p) => [p.cityId, p.sense])).toEqual([['hanoi', 'media']]);
		// "mới" is also "only just": then Hà Nội is the city.
		expect(ids('Hà Nội mới có thêm ba dự án')).toEqual(['hanoi']);
	});

	it('a time zone is a clock, not a place: "giờ Hà Nội", "theo giờ Viêng Chăn", "Vientiane time"', () => {
		expect(ids('Tối 21/8 (giờ Hà Nội), đoàn thăm thành phố Luông Pha Băng')).toEqual(['luang-prabang']);
		expect(ids('Lễ khai mạc bắt đầu lúc 9h theo giờ Viêng Chăn tại tỉnh Sơn La')).toEqual(['son-la']);
		expect(ids('The ceremony opened at 3 p.m. Vientiane time in Savannakhet')).toEqual(['savannakhet']);
		expect(ids('at 7 a.m. Hanoi local time, leaders met in Champasak')).toEqual(['champasak']);
		const kept = findPlaces('(giờ Hà Nội)', defaultGazetteer, { includeMedia: true });
		expect(kept.map((p) => [p.cityId, p.sense])).toEqual([['hanoi', 'clock']]);
		// "Bây giờ" is "now"; and after a full stop "Giờ" starts nothing of the place's.
		expect(ids('Bây giờ Hà Nội đã có thêm nhiều công trình')).toEqual(['hanoi']);
		expect(ids('Đoàn nghỉ 2 giờ. Hà Nội tiễn đoàn')).toEqual(['hanoi']);
	});

	it('a city named after its Party committee or Youth Union by level ("Thành ủy Vinh", "Thành đoàn Vinh") needs no other designator', () => {
		expect(ids('Đoàn đại biểu Thành đoàn Vinh sang thăm tỉnh bạn')).toEqual(['nghe-an']);
		expect(ids('Bí thư Thành ủy Vinh phát biểu')).toEqual(['nghe-an']);
		// (Still not the university, nor a lower-case "thành đoàn" of a sentence.)
		expect(ids('Trường Đại học Vinh')).toEqual([]);
	});

	it("the city's own bodies are the city, marked as such", () => {
		const [p] = findPlaces('Đảng bộ thành phố Hà Nội');
		expect([p.cityId, p.sense]).toEqual(['hanoi', 'body']);
		expect(findPlaces('Thành ủy Hà Nội')[0].sense).toBe('body');
		expect(findPlaces('tại Hà Nội')[0].sense).toBe('place');
	});
});

describe('gazetteer data', () => {
	it('holds every Vietnamese province and centrally run city (63) and every Lao province and the capital (18)', () => {
		const vn = defaultGazetteer.cities.filter((c) => c.country === 'VN');
		const la = defaultGazetteer.cities.filter((c) => c.country === 'LA');
		expect(vn).toHaveLength(63);
		expect(la).toHaveLength(18);
		expect(la.filter((c) => c.kind === 'capital').map((c) => c.id)).toEqual(['vientiane']);
		expect(vn.filter((c) => c.kind === 'capital').map((c) => c.id)).toEqual(['hanoi']);
		// The post-2025 list of 34 is a subset of these names (Huế under its short name).
		for (const name of ['Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai',
			'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang', 'Lai Châu', 'Điện Biên',
			'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'])
			expect(ids(`tỉnh ${name}`)).toHaveLength(1);
	});

	it('every entry is found by each of its own names, and ids are slugs of the English name', () => {
		for (const c of defaultGazetteer.cities) {
			expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			for (const name of [c.name.vi, c.name.en, ...c.aliases]) {
				const found = findPlaces(`Đoàn đến ${name} hôm qua`);
				expect(found.map((p) => p.cityId), `${c.id}: "${name}"`).toEqual([c.id]);
			}
		}
	});

	it('a broken user edit gives an error naming the file, the entry and the field', () => {
		const broken = structuredClone(citiesJson) as { cities: Record<string, unknown>[] };
		broken.cities[1].aliases = ['TPHCM', 42];
		expect(() => parseCities(broken)).toThrow(GazetteerError);
		expect(() => parseCities(broken)).toThrow(/cities\.json.*\n.*cities\[1\] \("ho-chi-minh-city"\) field "aliases\[1\]"/);
		const badId = structuredClone(citiesJson) as { cities: Record<string, unknown>[] };
		badId.cities[0].id = 'Ha Noi';
		expect(() => parseCities(badId)).toThrow(/cities\[0\] \("Ha Noi"\) field "id": must be a lowercase slug/);
		const clash = structuredClone(citiesJson) as { cities: { aliases: string[] }[] };
		clash.cities[2].aliases.push('Hà Nội');
		expect(() => parseCities(clash)).toThrow(/the name "Hà Nội" is also a name of "hanoi"/);
		const person = structuredClone(peopleJson) as { people: Record<string, unknown>[] };
		person.people[0].country = 'TH';
		expect(() => parsePeople(person)).toThrow(/people\[0\] \("Hồ Chí Minh"\) field "country"/);
	});

	it('an edited gazetteer is used as given (a city added by a user is found)', () => {
		const edited = structuredClone(citiesJson) as { cities: unknown[] };
		edited.cities.push({ id: 'muang-khua', name: { vi: 'Mường Khoa', en: 'Muang Khua' }, country: 'LA', kind: 'city', aliases: ['Muangkhua'] });
		const g = makeGazetteer(edited, peopleJson);
		expect(findPlaces('thị trấn Mường Khoa và Muangkhua', g).map((p) => p.cityId)).toEqual(['muang-khua', 'muang-khua']);
		expect(findPlaces('thị trấn Mường Khoa')).toEqual([]);
		// A spelling given to two places is refused, naming both.
		edited.cities.push({ id: 'pakse', name: { vi: 'Pắc Xế', en: 'Pakse' }, country: 'LA', kind: 'city', aliases: [] });
		expect(() => makeGazetteer(edited, peopleJson)).toThrow(/\("pakse"\): the name "Pắc Xế" is also a name of "champasak"/);
	});
});

describe('findCountries', () => {
	it('finds Vietnam and Laos but not the province Lào Cai', () => {
		const c = findCountries('Quan hệ Việt Nam - Lào và tỉnh Lào Cai; the Lao side; Lao PDR; người lao động');
		expect(c.map((x) => [x.surface, x.country])).toEqual([
			['Việt Nam', 'VN'],
			['Lào', 'LA'],
			['Lao', 'LA'],
			['Lao PDR', 'LA']
		]);
	});
});
