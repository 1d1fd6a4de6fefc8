/** Spellings of Lao provinces seen in Vietnamese and English outlets resolve to one city id. */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/lib/pipeline/places';

describe('Lao province spellings', () => {
	it.each([
		['Luang Phabang', 'luang-prabang'],
		['Át-tạ-pơ', 'attapeu'],
		['Xê-công', 'sekong'],
		['Sê Kông', 'sekong'],
		['Xiengkhouang', 'xiangkhouang'],
		['Bolikhamxay', 'bolikhamxai'],
		['Salavane', 'salavan'],
		['Át-tô-pư', 'attapeu']
	])('tỉnh %s', (name, id) => {
		expect(findPlaces(`Đoàn đại biểu tỉnh ${name} sang thăm`).map((p) => p.cityId)).toEqual([id]);
	});
});
