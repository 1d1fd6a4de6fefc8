/**
 * "Tối hôm trước" told after the delegation's arrival, itself told after the news as a flashback (a meeting of the 15th, then
 * "Đoàn … đã đến … từ chiều 14/3, … đến hết ngày 17/3", then "Tối hôm trước, … tiếp … Đoàn"): the guests were not there the day
 * before they came, so the evening is the eve of the news day (the 14th), not the 13th. The delegation's own travel that
 * evening ("Tối hôm trước, Đoàn đã rời …") still counts from the arrival. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (eve: string) => [
	'Thứ Bảy, 16.03.2024 08:30',
	'',
	'Hội thảo hợp tác du lịch Quảng Trị – Khăm Muồn',
	'',
	'“Khăm Muồn mong muốn thu hút thêm du khách Việt Nam”, đồng chí Khăm-xỉ Xỉ-xu-lát, Phó Tỉnh trưởng tỉnh Khăm Muồn phát biểu tại Hội thảo hợp tác du lịch diễn ra sáng 15/3 tại thành phố Đông Hà.',
	'',
	'Đoàn đại biểu tỉnh Khăm Muồn do đồng chí Khăm-xỉ Xỉ-xu-lát dẫn đầu đã đến thành phố Đông Hà từ chiều 14/3, qua Cửa khẩu Quốc tế Lao Bảo, và sẽ ở lại đến hết ngày 17/3.',
	'',
	eve,
	'',
	'Chiều 15/3, Đoàn thăm Khu du lịch biển Cửa Tùng.'
].join('\n');
const at = (eve: string) => {
	const t = buildTimeline([{ file: 'a.txt', text: page(eve) }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Tối hôm trước')));
	return [e?.start, e?.partOfDay];
};

describe('the evening before, after an arrival told as a flashback', () => {
	it('is the eve of the news day, when the host received the guests', () => {
		expect(at('Tối hôm trước, đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp và chủ trì tiệc chiêu đãi Đoàn tại Nhà khách tỉnh.')).toEqual(['2024-03-14', 'evening']);
	});
	it('but the delegation leaving home that evening is the eve of its arrival', () => {
		expect(at('Tối hôm trước, Đoàn đã rời thành phố Thà Khẹc, lên đường sang Việt Nam.')).toEqual(['2024-03-13', 'evening']);
	});
});
