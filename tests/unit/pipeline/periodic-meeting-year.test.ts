/**
 * A meeting held on a fixed round ("Hội đàm định kỳ năm N", "hội nghị giao ban thường niên năm N") is that year's round,
 * held in it: on a page with no stamp it gives the year to the days told with none ("Trong hai ngày 14 và 15 tháng 11").
 * Talks named with a year but no round ("hội đàm năm N" recalled) are no such evidence.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('the year of a periodic meeting', () => {
	it.each([
		['Hai bên đã tổ chức Hội đàm định kỳ năm 2018 tại cửa khẩu Cầu Treo.', 2018],
		['Hai đơn vị tổ chức hội nghị giao ban thường niên năm 2016 tại thành phố Vinh.', 2016]
	])('"%s" gives the page the year %i', (text, year) => {
		expect(decideYear(collectYearEvidence([{ text }], 'vi'))?.year).toBe(year);
	});
	it('next year\'s round to come does not outweigh this year\'s', () => {
		const ev = collectYearEvidence(
			[{ text: 'Hai bên đã tổ chức Hội đàm định kỳ năm 2018 tại cửa khẩu Cầu Treo.' }, { text: 'Hội đàm định kỳ năm 2019 sẽ được tổ chức tại tỉnh Hà Tĩnh.' }],
			'vi'
		);
		expect(decideYear(ev, 11)?.year).toBe(2018);
	});
});

describe('a stampless page on yearly talks', () => {
	const text = [
		'BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN',
		'Trang chủ | Tin tức',
		'',
		'Hội đàm định kỳ năm 2018 giữa Bộ Chỉ huy Quân sự tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào)',
		'',
		'Trong hai ngày 14 và 15 tháng 11, tại thành phố Vinh, Bộ Chỉ huy Quân sự tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) đã tổ chức Hội đàm định kỳ năm 2018.',
		'',
		'Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng do Đại tá Xổm-lít Phăn-thạ-vông, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh làm trưởng đoàn đến thành phố Vinh sáng 14/11.',
		'',
		'Sáng 15/11, hai bên ký Biên bản hội đàm.',
		'',
		'Chia sẻ: Facebook | Zalo'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('dates the talks and the days after them with the round\'s year', () => {
		const at = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));
		expect(at('Trong hai ngày 14 và 15 tháng 11')).toMatchObject({ start: '2018-11-14', end: '2018-11-15' });
		expect(at('Sáng 15/11, hai bên ký')).toMatchObject({ start: '2018-11-15', partOfDay: 'morning' });
	});
});
