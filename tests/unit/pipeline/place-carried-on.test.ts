/**
 * A trip to two provinces told in one lead ("… đã thăm và làm việc tại hai tỉnh Sóc Trăng và Hậu Giang"): once the story is
 * in the second ("… Phó Chủ tịch UBND tỉnh Hậu Giang đã tiếp …"), what follows with no place of its own is there too, not
 * in the first-named; a flashback to the first ("Trước đó, ngày 4/12, … tại tỉnh Sóc Trăng") does not move the news back.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Tỉnh Chăm-pa-xắc thăm và làm việc tại Hậu Giang',
	'',
	'07/12/2025 09:40 GMT+7',
	'',
	'Từ ngày 4 đến ngày 6/12, Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phăn Xi-la-vông, Phó Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại hai tỉnh Sóc Trăng và Hậu Giang.',
	'',
	'Sáng 5/12, tại Trụ sở UBND tỉnh, đồng chí Trương Cảnh Tuyên, Phó Chủ tịch UBND tỉnh Hậu Giang đã tiếp và làm việc với Đoàn.',
	'',
	'Sau buổi làm việc, hai bên đã ký kết Biên bản ghi nhớ hợp tác trên lĩnh vực nông nghiệp.',
	'',
	'Sáng hôm sau, Đoàn tham quan mô hình trồng khóm của hợp tác xã tại xã Hỏa Tiến.',
	'',
	'Trước đó, ngày 4/12, Đoàn đã đến thăm và làm việc tại tỉnh Sóc Trăng.'
].join('\n');

describe('the place of a trip to two provinces goes on with the story', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const city = (id: string) => t.cities.find((c) => c.id === id)?.name.en;
	const placeOf = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q))!.cities.map(city);

	it('after the meeting in the second province, the signing and the next morning are there', () => {
		expect(placeOf('Sau buổi làm việc')).toContain('Hau Giang');
		expect(placeOf('Sau buổi làm việc')).not.toContain('Soc Trang');
		expect(placeOf('Sáng hôm sau')).toContain('Hau Giang');
		expect(placeOf('Sáng hôm sau')).not.toContain('Soc Trang');
	});

	it('the flashback keeps its own place', () => {
		expect(placeOf('Trước đó')).toContain('Soc Trang');
	});
});
