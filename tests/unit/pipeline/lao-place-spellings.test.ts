import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { splitSentences } from '../../../src/lib/pipeline/segment';

const ids = (s: string) => findPlaces(s).map((p) => p.cityId);

describe("Lao place names written with 'i' for 'y'", () => {
	it.each([
		['Đoàn sẽ sang thăm tỉnh Xay-nha-bu-li vào tháng 3.', 'sainyabuli'],
		['Đoàn làm việc tại tỉnh Phông-xa-li.', 'phongsaly'],
		['Đoàn đến tỉnh U-đôm-xai.', 'oudomxay']
	])('%s', (s, id) => {
		expect(ids(s)).toEqual([id]);
	});
});

// Vietnamese papers write Attapeu with and without the first syllable's closing 't' ("Át-tô-pư", "A-tô-pư", "A-ta-pư").
describe('Attapeu in the spellings of the Vietnamese press', () => {
	it.each([
		['Ngày thứ hai, Đoàn đến tỉnh A-tô-pư, làm việc với lãnh đạo Sở Y tế.', 'attapeu'],
		['Đoàn công tác huyện sang thăm tỉnh A-ta-pư vào tháng 9.', 'attapeu']
	])('%s', (s, id) => {
		expect(ids(s)).toEqual([id]);
	});
});

// Lao's unrounded vowels are written 'ư' or 'ơ' by different papers ("Át-tạ-pư" and "Át-tạ-pơ"): each reads as the other in a
// Lao place's name, whichever the gazetteer lists; a Vietnamese name keeps its own vowel.
describe("a Lao place written with 'ơ' for 'ư'", () => {
	it.each([
		['Chiều 4/10, Đoàn làm việc với Sở Nông nghiệp tỉnh Át-tô-pơ.', 'attapeu'],
		['Hội Cựu chiến binh huyện sang thăm tỉnh A-ta-pơ từ ngày 2 đến ngày 5/6.', 'attapeu']
	])('%s', (s, id) => {
		expect(ids(s)).toEqual([id]);
	});
	it("leaves a Vietnamese city's vowel alone", () => {
		expect(ids('Đoàn làm việc tại thành phố Quy Nhưn.')).toEqual([]);
	});
});

describe("a village or a district after 'bản' or 'huyện' is the place only when its tones match", () => {
	it('a village sounding like a town, its tones apart, is not the town', () => {
		expect(ids('Đoàn thăm mô hình tại bản Pạc Xê, huyện La Mam.')).toEqual([]);
		expect(ids('Đoàn thăm mô hình tại bản Xăm Nứa.')).toEqual([]);
	});
	it('the town written with its own tones still is', () => {
		expect(ids('Đoàn đến thành phố Pạc Xê.')).toEqual(['champasak']);
		expect(ids('Đoàn làm việc tại huyện Pắc Xế.')).toEqual(['champasak']);
	});
});

describe("'Assoc.' before a title opens no sentence", () => {
	it('keeps the sentence whole', () => {
		const t = 'On Tuesday, Rector Assoc. Prof. Dr. Bui Van An held talks with the guests in Hanoi. They signed an agreement.';
		expect(splitSentences(t, { start: 0, end: t.length }).map((s) => s.text)).toEqual([
			'On Tuesday, Rector Assoc. Prof. Dr. Bui Van An held talks with the guests in Hanoi.',
			'They signed an agreement.'
		]);
	});
});
