/**
 * A mass organisation's trip told as a programme in bullets ('- Ngày 5/12: …'): its leader is titled by the organisation
 * of a province left unnamed ('Hội Cựu chiến binh tỉnh'), each bullet names only that day's host, the delegation sets
 * off ('khởi hành') from a city of the province the lead names, and what was said 'Tại buổi làm việc ở <tỉnh>' belongs to
 * that province's day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Hội Cựu chiến binh Nghệ An thăm hai tỉnh Khăm Muộn và Bô-ly-khăm-xay (Lào)',
	'',
	'09/12/2025 10:20 GMT+7',
	'',
	'Thực hiện kế hoạch hợp tác giữa Hội Cựu chiến binh tỉnh Nghệ An với Hội Cựu chiến binh các tỉnh Trung Lào, từ ngày 5 đến 8/12, Đoàn công tác Hội Cựu chiến binh tỉnh do đồng chí Phạm Văn Hùng, Chủ tịch Hội Cựu chiến binh tỉnh làm trưởng đoàn thăm, làm việc tại hai tỉnh Khăm Muộn và Bô-ly-khăm-xay.',
	'',
	'Chương trình công tác của Đoàn gồm:',
	'',
	'- Ngày 5/12: Đoàn khởi hành từ TP Vinh, sang Lào qua cửa khẩu quốc tế Cha Lo (tỉnh Quảng Trị).',
	'',
	'- Ngày 6/12: Làm việc với Hội Cựu chiến binh tỉnh Khăm Muộn. Đồng chí Xổm-phon In-thạ-vông, Chủ tịch Hội Cựu chiến binh tỉnh Khăm Muộn tiếp Đoàn tại thành phố Thà Khẹc.',
	'',
	'- Ngày 7/12: Làm việc với Hội Cựu chiến binh tỉnh Bô-ly-khăm-xay. Đồng chí Bun-mi Xi-xổm-phon, Chủ tịch Hội Cựu chiến binh tỉnh Bô-ly-khăm-xay hội đàm với Đoàn tại thành phố Pạc-xan.',
	'',
	'- Ngày 8/12: Đoàn về nước, kết thúc chuyến công tác.',
	'',
	'Tại buổi làm việc ở Khăm Muộn, đồng chí Phạm Văn Hùng thông tin về phong trào thi đua của hội viên. Đồng chí Xổm-phon In-thạ-vông cho biết, Khăm Muộn có hơn 8.000 hội viên.'
].join('\n');

describe('a programme in bullets of an organisation of the paper\'s own province', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (quote: string) => t.events.find((e) => e.sources[0].quote.includes(quote))!;
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const city = (id: string) => t.cities.find((c) => c.id === id)?.name.en;

	it('is one delegation, led by the organisation\'s chairman, from the province the lead names', () => {
		expect(t.delegations).toHaveLength(1);
		const [d] = t.delegations;
		expect(name(d.leader!)).toBe('Phạm Văn Hùng');
		expect(city(d.from!)).toBe('Nghe An');
		for (const q of ['Đoàn khởi hành từ TP Vinh', 'Ngày 6/12: Làm việc', 'Ngày 7/12: Làm việc']) expect(d.events, q).toContain(ev(q).id);
	});

	it('the day set off is an event of its own', () => {
		expect(ev('Đoàn khởi hành từ TP Vinh')).toMatchObject({ start: '2025-12-05', end: '2025-12-05', role: 'main' });
	});

	it('each bullet is where its host is, with that host only', () => {
		expect(ev('Ngày 7/12: Làm việc').cities.map(city)).toContain('Bolikhamxai');
		expect(ev('Ngày 7/12: Làm việc').cities.map(city)).not.toContain('Khammouane');
		expect(ev('Ngày 7/12: Làm việc').people.map(name)).not.toContain('Xổm-phon In-thạ-vông');
		expect(ev('Ngày 6/12: Làm việc').people.map(name)).toContain('Xổm-phon In-thạ-vông');
	});
});

describe('a programme of an office of a city written "TP.HCM", its last bullet two words', () => {
	const t = buildTimeline([{ file: 'a.txt', text: [
		'Văn phòng Thành ủy TP.HCM thăm Viêng Chăn',
		'',
		'21/11/2025 - 09:12 (GMT+07:00)',
		'',
		'Từ chiều 17/11 đến hết ngày 20/11, Đoàn công tác Văn phòng Thành ủy TP.HCM do đồng chí Lê Minh Trí, Chánh Văn phòng Thành ủy làm trưởng đoàn đã thăm và làm việc tại Thủ đô Viêng Chăn.',
		'',
		'- Ngày 18/11: Hội đàm với Văn phòng Thành ủy Viêng Chăn.',
		'',
		'- Ngày 20/11: Về nước.'
	].join('\n') }]);
	it('is the city\'s delegation, led by the one named, with every bullet', () => {
		expect(t.delegations).toHaveLength(1);
		const [d] = t.delegations;
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Lê Minh Trí');
		expect(d.from).toBe('ho-chi-minh-city');
		const back = t.events.find((e) => e.sources[0].quote.includes('Về nước'))!;
		expect(back).toMatchObject({ start: '2025-11-20', type: 'visit' });
		expect(d.events).toContain(back.id);
	});
});
