/**
 * A lead that is the Lao host's quoted words, then the trip told over its days to two provinces, then its programme in
 * bullets. What the host says of a partner province ("mà tỉnh Quảng Nam trước đây đã dày công vun đắp") is not where the
 * reception was; the provinces the trip's own sentence names are the trip's, so each bullet naming one of them is the
 * delegation's day there, whatever it names in passing ("… do tỉnh Quảng Nam (cũ) tài trợ"). And a Lao name whose
 * hyphenated part needs no diacritics after a given name that does ("Khăm Phim-ma-xay") is one name.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPeople } from '../../../src/lib/pipeline/people';

const page = [
	'Đà Nẵng mở rộng hợp tác với hai tỉnh Nam Lào',
	'',
	'23/11/2025 09:12',
	'',
	'"Xa-la-van mong muốn tiếp tục và làm sâu sắc hơn mối quan hệ hợp tác mà tỉnh Quảng Nam trước đây đã dày công vun đắp", ông Khăm Phim-ma-xay, Phó Tỉnh trưởng tỉnh Xa-la-van nói khi tiếp Đoàn công tác thành phố Đà Nẵng sáng 20/11.',
	'',
	'Đoàn do ông Phan Thanh Long, Phó Chủ tịch UBND thành phố Đà Nẵng làm trưởng đoàn, thăm và làm việc tại hai tỉnh Xa-la-van và Chăm-pa-sắc trong hai ngày 20 và 21/11. Theo chương trình:',
	'',
	'- Ngày 20/11: Đoàn đến tỉnh Xa-la-van, hội đàm với lãnh đạo tỉnh; thăm Trường Tiểu học Hữu nghị do tỉnh Quảng Nam (cũ) tài trợ xây dựng.',
	'',
	'- Ngày 21/11: Đoàn làm việc với UBND tỉnh Chăm-pa-sắc; dự Diễn đàn xúc tiến thương mại.',
	'',
	'- Ngày 22/11: Đoàn về nước.'
].join('\n');

describe('a quoted lead, then a trip to two provinces told in bullets', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const ev = (quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)))!;
	const city = (id: string) => t.cities.find((c) => c.id === id)?.name.en;
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;

	it('the reception is in the host\'s province, not in the province the host speaks of', () => {
		const e = ev('Xa-la-van mong muốn');
		expect(e.cities.map(city)).toContain('Salavan');
		expect(e.cities.map(city)).not.toContain('Quang Nam');
		expect(e.people.map(name)).toContain('Khăm Phim-ma-xay');
	});

	it('each bullet is a day of the one delegation, in the province it names', () => {
		expect(t.delegations).toHaveLength(1);
		const [d] = t.delegations;
		expect(name(d.leader!)).toBe('Phan Thanh Long');
		for (const q of ['Ngày 20/11: Đoàn đến tỉnh Xa-la-van', 'Ngày 21/11: Đoàn làm việc với UBND tỉnh Chăm-pa-sắc']) expect(d.events, q).toContain(ev(q).id);
		expect(ev('Ngày 21/11: Đoàn làm việc').cities.map(city)).toContain('Champasak');
	});
});

describe('a Lao name half written with diacritics', () => {
	for (const n of ['Khăm Phim-ma-xay', 'Lỉ Xay-nha-vong', 'Bun Phim-ma-xay', 'Khăm-phăn Phim-ma-xạy']) {
		it(`"${n}" is one name`, () => {
			const found = findPeople(`Chiều 20/11, ông ${n}, Phó Tỉnh trưởng tỉnh Xa-la-van đã tiếp Đoàn.`);
			expect(found.map((p) => p.name)).toEqual([n]);
		});
	}
	it('a Vietnamese name before an English word is not made one with it', () => {
		const found = findPeople('Chiều 20/11, ông Nguyễn Văn An, Giám đốc Công ty Viet-Lao, đã tiếp Đoàn.');
		expect(found.map((p) => p.name)).toContain('Nguyễn Văn An');
	});
});
