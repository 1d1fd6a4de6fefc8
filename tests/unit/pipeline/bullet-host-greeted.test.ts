/**
 * A bare "Đoàn" followed by what it did names no body: "- Ngày 12/2: Đoàn chúc Tết lãnh đạo tỉnh Hủa Phăn" is the trip's
 * day with Hủa Phăn's leaders as its hosts, not a delegation from Hủa Phăn. So with "nhập cảnh", "ký", "trồng".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Đoàn đại biểu tỉnh Thanh Hóa chúc Tết Bun-pi-mạy tại hai tỉnh Hủa Phăn và Xiêng Khoảng',
	'',
	'Cập nhật 16-04-2024, 10:05',
	'',
	'Từ ngày 12 đến 14/4, Đoàn đại biểu tỉnh Thanh Hóa do đồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, chúc Tết tại hai tỉnh Hủa Phăn và Xiêng Khoảng.',
	'',
	'Chương trình chuyến thăm gồm:',
	'',
	'- Ngày 12/4: Đoàn chúc Tết lãnh đạo tỉnh Hủa Phăn, thăm Trường Hữu nghị tại thị xã Xầm Nưa;',
	'',
	'- Ngày 13/4: Đoàn chúc Tết lãnh đạo tỉnh Xiêng Khoảng, trồng cây hữu nghị tại thành phố Phôn-xạ-vẳn;',
	'',
	'- Ngày 14/4: Đoàn về nước.'
].join('\n');

describe('a bullet whose "Đoàn" greets a province\'s leaders', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const city = (id: string | null) => t.cities.find((c) => c.id === id)?.name.en;

	it('is one delegation, the trip\'s, with every bullet', () => {
		expect(t.delegations).toHaveLength(1);
		const [d] = t.delegations;
		expect(city(d.from)).toBe('Thanh Hoa');
		for (const q of ['Ngày 12/4: Đoàn chúc Tết', 'Ngày 13/4: Đoàn chúc Tết']) {
			const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));
			expect(d.events, q).toContain(e?.id);
		}
	});

	it('the second province\'s day is there, not back home', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Ngày 13/4: Đoàn chúc Tết')));
		expect(e?.cities.map(city)).toContain('Xiangkhouang');
	});
});
