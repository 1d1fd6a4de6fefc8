/**
 * Where and with whom a day of the trip was: a programme's bullet naming its own province ("- Ngày 6/6: Làm việc với lãnh đạo
 * tỉnh Sa-la-van; …") was there, not in the province of the bullet before; and a morning visit told by "Đoàn" alone ("Sáng cùng
 * ngày, Đoàn đã đến thăm nhà máy …") is the delegation's, not the afternoon host's, whose words "Thông tin tại buổi làm việc, …"
 * are told at the session.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const RECEPTION = `Tỉnh trưởng Sa-la-van thăm Quảng Ngãi

Thứ năm, 15/5/2025, 20:00

Chiều 15/5, tại thành phố Quảng Ngãi, đồng chí Trần Phước Hiền, Phó Chủ tịch Thường trực UBND tỉnh Quảng Ngãi đã tiếp và làm việc với Đoàn đại biểu tỉnh Sa-la-van (Lào) do đồng chí Phon-xay Vông-khăm, Tỉnh trưởng tỉnh Sa-la-van làm trưởng đoàn.

Sáng cùng ngày, Đoàn đã đến thăm nhà máy chế biến tinh bột mì tại huyện Sơn Hà.

Thông tin tại buổi làm việc, đồng chí Trần Phước Hiền cho biết năm 2024, kim ngạch thương mại giữa hai tỉnh đạt khoảng 15 triệu USD.
`;
const PROGRAMME = `Phú Yên xúc tiến đầu tư tại hai tỉnh Chăm-pa-xắc và Sa-la-van (Lào)

Thứ hai, 10/6/2019

Từ ngày 5 đến hết ngày 7/6, Đoàn công tác tỉnh Phú Yên do đồng chí Phạm Đại Dương, Phó Chủ tịch UBND tỉnh làm trưởng đoàn cùng đại diện 30 doanh nghiệp đã thăm, làm việc và xúc tiến đầu tư tại hai tỉnh Chăm-pa-xắc và Sa-la-van (Lào).

Chương trình công tác của Đoàn gồm:

- Ngày 5/6: Dự Hội nghị xúc tiến đầu tư tỉnh Phú Yên tại tỉnh Chăm-pa-xắc; khai mạc Hội chợ thương mại Phú Yên - Chăm-pa-xắc tại thành phố Pạc-xế.

- Ngày 6/6: Làm việc với lãnh đạo tỉnh Sa-la-van; khảo sát vùng trồng cà phê tại huyện Lào Ngam.

- Ngày 7/6: Thăm Nhà máy chế biến gỗ tại huyện Pác-xoỏng (Chăm-pa-xắc); về nước.

Sáng 5/6, tại thành phố Pạc-xế, đồng chí Phạm Đại Dương và đồng chí Xỉ-xổm Phôm-vi-hản, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc đồng chủ trì Hội nghị xúc tiến đầu tư tỉnh Phú Yên tại Chăm-pa-xắc.
`;

function eventOf(file: string, text: string, quote: string) {
	const t = buildTimeline([{ file, text }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	if (!e) throw new Error(`no event for ${quote}`);
	return { cities: e.cities.slice().sort(), people: e.people.map((id) => t.people.find((p) => p.id === id)!.name).sort() };
}

describe("a day's own place and people", () => {
	it("a bullet naming its province is that province's day", () => {
		expect(eventOf('programme.txt', PROGRAMME, 'Ngày 6/6').cities).toEqual(['phu-yen', 'salavan']);
		expect(eventOf('programme.txt', PROGRAMME, 'Ngày 7/6').cities).toEqual(['champasak', 'phu-yen']);
	});
	it("the morning visit of 'Đoàn' has the delegation's leader, not the afternoon's host", () => {
		expect(eventOf('reception.txt', RECEPTION, 'Sáng cùng ngày').people).toEqual(['Phon-xay Vông-khăm']);
		expect(eventOf('reception.txt', RECEPTION, 'Chiều 15/5').people).toEqual(['Phon-xay Vông-khăm', 'Trần Phước Hiền']);
	});
});
