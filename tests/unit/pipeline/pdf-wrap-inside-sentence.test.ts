/**
 * A page copied from a PDF breaks its lines at the width, also between a place word and the place's name ("… đến thành
 * phố" / "Na-mo Xay-xổm-bun."): the break inside a sentence is a space, so the city is read as a city, not as a person.
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Trang 5 · Báo Sức khỏe Miền núi · Thứ Hai 14/10/2019',
	'',
	'ĐOÀN Y TẾ TỈNH SƠN LA THĂM TỈNH U-ĐÔM-XAY',
	'',
	'Trong hai ngày 11 và 12/10, Đoàn công tác tỉnh Sơn La do đồng chí',
	'Cầm Văn Tuyển, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm',
	'và làm việc tại tỉnh U-đôm-xay (Lào). Mục đích của chuyến đi',
	'là trao đổi kinh nghiệm phòng chống dịch bệnh ở vùng biên giới.',
	'',
	'Tối 10/10, Đoàn nhập cảnh qua cửa khẩu quốc tế Pa Háng và đến thành phố',
	'Na-mo Xay-xổm-bun. Sáng 11/10, đồng chí Bun-thoong Xỉ-vi-lay, Phó Tỉnh trưởng',
	'tỉnh U-đôm-xay đã tiếp và hội đàm với Đoàn. Hai bên thống nhất',
	'tăng cường trao đổi thông tin về dịch bệnh và đào tạo cán bộ y tế.',
	'',
	'Chiều 12/10, Đoàn về nước qua cửa khẩu quốc tế Pa Háng, kết thúc',
	'chuyến công tác.'
].join('\n');

describe('a place name after a PDF hard wrap', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const names = (q: string) => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));
		return (e?.people ?? []).map((id) => t.people.find((p) => p.id === id)?.name);
	};
	it('reads "thành phố⏎Na-mo Xay-xổm-bun" as the city: no person of that name', () => {
		expect(t.events.some((x) => x.sources.some((s) => s.quote.includes('Tối 10/10')))).toBe(true);
		expect(names('Tối 10/10')).not.toContain('Na-mo Xay-xổm-bun');
		expect(t.people.map((p) => p.name)).not.toContain('Na-mo Xay-xổm-bun');
	});
	it('the quote reads the wrapped sentence on one line', () => {
		expect(t.events.some((x) => x.sources.some((s) => s.quote.includes('đến thành phố Na-mo Xay-xổm-bun.')))).toBe(true);
	});
});
