/**
 * A body numbered alike in both armies ("Quân khu 2", "Bộ Tư lệnh …") is Vietnam's when no country is named, but the appositive
 * after its comma may name the country: "Đoàn đại biểu Bộ Tư lệnh Quân khu 2, Quân đội nhân dân Lào do Thiếu tướng X dẫn đầu"
 * is a Lao delegation, and X its leader.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = `Quân khu 9 tiếp Đoàn đại biểu Quân khu 2, Quân đội nhân dân Lào
Thứ Năm, 07/11/2024 - 10:15

Sáng 7-11, tại thành phố Cần Thơ, Trung tướng Trần Hoài Phong, Tư lệnh Quân khu 9 đã tiếp Đoàn đại biểu Bộ Tư lệnh Quân khu 2, Quân đội nhân dân Lào do Thiếu tướng Xổm-phết Khăm-ma-ly, Tư lệnh Quân khu làm Trưởng đoàn.

Chiều 7-11, Đoàn thăm Khu di tích lịch sử Bến Ninh Kiều.`;

describe('a body whose appositive names its country', () => {
	it('makes a Lao delegation with its leader', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		expect(t.delegations.map((d) => d.leader)).toEqual(['xom-phet-kham-ma-ly']);
		expect(t.delegations[0].to).toBe('can-tho');
	});
	it('still reads the body alone as Vietnam\'s, going to Laos', () => {
		const own = page.replace(', Quân đội nhân dân Lào do', ' do').replace('Thiếu tướng Xổm-phết Khăm-ma-ly', 'Thiếu tướng Lê Quang Đạo').replace('tại thành phố Cần Thơ, Trung tướng Trần Hoài Phong, Tư lệnh Quân khu 9', 'tại tỉnh Xiêng Khoảng, Thiếu tướng Bun-mi Xay-xổm-phon, Tư lệnh Quân khu 2 Lào').replace('Bến Ninh Kiều', 'Cánh đồng Chum');
		const t = buildTimeline([{ file: 'b.txt', text: own }]);
		expect(t.delegations.map((d) => [d.leader, d.to])).toEqual([['le-quang-dao', 'xiangkhouang']]);
	});
});
