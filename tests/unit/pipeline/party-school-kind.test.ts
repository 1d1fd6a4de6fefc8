/**
 * "Trường" and the first word of a Party's, army's or kindergarten's school kind ("Trường Chính trị tỉnh …", "Trường Quân sự",
 * "Trường Mầm non") are the school's noun, never a name matched across the kind ("Trường Chính" beside the famous "Trường
 * Chinh"), even after the head's title "Hiệu trưởng"; the famous name itself stays a person after a title.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import citiesJson from '../../../data/gazetteer/cities.json';

const bare = makeGazetteer(citiesJson, { people: [] });
const names = (text: string) => findPeople(text, bare, 'vi').map((p) => p.name);

describe("a school's kind after 'Trường'", () => {
	it('is no name after the head of the school', () => {
		expect(names('Dự lễ có bà Lò Thị Mai, Hiệu trưởng Trường Chính trị tỉnh Sơn La.')).toEqual(['Lò Thị Mai']);
		expect(names('Ông Hà Văn Tâm, Hiệu trưởng Trường Quân sự tỉnh Lai Châu, phát biểu bế mạc.')).toEqual(['Hà Văn Tâm']);
		expect(names('Cô Đinh Thị Hoa, Hiệu trưởng Trường Mầm non xã Yên Lạc, đón đoàn.')).toEqual(['Đinh Thị Hoa']);
	});
	it('leaves the famous name a person after a title or honorific', () => {
		expect(names('Tổng Bí thư Trường Chinh đã đến thăm tỉnh năm 1960.')).toEqual(['Trường Chinh']);
		expect(names('Đoàn dâng hương tưởng niệm đồng chí Trường Chinh.')).toEqual(['Trường Chinh']);
	});
});
