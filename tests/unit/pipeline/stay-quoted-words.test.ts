/**
 * A stay of days told after the reception ("Đoàn thăm và làm việc tại tỉnh Y vào các ngày 3, 4 và 5/6"), then the host's
 * words closed by '…", đồng chí X nói.' with a day only inside the quotation marks ("hôm nay"): the words were said at the
 * reception, so the host takes part in it, not in the stay, whose only actor is the delegation.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Đoàn đại biểu tỉnh Quảng Trị thăm tỉnh Sa-van-na-khẹt',
	'',
	'04/06/2024 07:30 GMT+7',
	'',
	'Ngày 3/6, tại trụ sở chính quyền tỉnh Sa-van-na-khẹt, đồng chí Xăn-ti-xúc Phôm-ma-vi-hản, Tỉnh trưởng tỉnh Sa-van-na-khẹt đã tiếp Đoàn đại biểu tỉnh Quảng Trị do đồng chí Hồ Đức Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
	'',
	'Đoàn thăm và làm việc tại tỉnh Sa-van-na-khẹt vào các ngày 3, 4 và 5/6, nhân dịp kỷ niệm ngày thành lập tỉnh bạn.',
	'',
	'"Quảng Trị là người bạn gắn bó của Sa-van-na-khẹt, cả trong chiến tranh cũng như trong sự nghiệp đổi mới hôm nay", đồng chí Xăn-ti-xúc Phôm-ma-vi-hản nói.',
	'',
	'Theo chương trình, ngày 4/6, Đoàn sẽ thăm Khu kinh tế Xa-vẳn - Xê-nô.',
	''
].join('\n');

describe('the host\'s quoted words after a stay of days', () => {
	it('go with the reception: the stay keeps its delegation\'s leader, not the host', () => {
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const name = (id: string) => t.people.find((p) => p.id === id)?.name;
		const stay = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Đoàn thăm và làm việc')));
		expect(stay).toMatchObject({ start: '2024-06-03', end: '2024-06-05' });
		expect(stay!.people.map(name)).toEqual(['Hồ Đức Lâm']);
		const reception = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Ngày 3/6')));
		expect(reception!.people.map(name)).toContain('Xăn-ti-xúc Phôm-ma-vi-hản');
	});
});
