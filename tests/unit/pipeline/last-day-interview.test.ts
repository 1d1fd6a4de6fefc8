/**
 * An interview about a trip of days ("Từ 9 đến hết 11/4, Đoàn … đã sang thăm tỉnh …"): an answer's "Điều đáng nhớ nhất là ngày
 * cuối, chúng tôi về huyện … thắp hương tại Nghĩa trang liệt sĩ …" is the trip's last day, and lighting incense ("thắp hương")
 * is a ceremony as "dâng hương" is. "Ngày cuối tuần" is another day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const text = [
	'Cựu chiến binh Nghệ An trở lại chiến trường xưa ở Xiêng Khoảng',
	'',
	'Cập nhật 14-04-2019, 08:30',
	'',
	'Từ 9 đến hết 11/4, Đoàn đại biểu Hội Cựu chiến binh tỉnh Nghệ An do ông Hồ Văn Tám, Chủ tịch Hội Cựu chiến binh tỉnh làm trưởng đoàn đã sang thăm tỉnh Xiêng Khoảng (Lào). Phóng viên đã trao đổi với ông Hồ Văn Tám sau chuyến đi.',
	'',
	'PV: Xin ông cho biết chương trình của Đoàn?',
	'',
	'Ông Hồ Văn Tám: Chiều 9/4, Đoàn được ông Xổm-phon Ma-ni-vông, Chủ tịch Hội Cựu chiến binh tỉnh Xiêng Khoảng đón tiếp. Điều đáng nhớ nhất là ngày cuối, chúng tôi về huyện Khăm thắp hương tại Nghĩa trang liệt sĩ quân tình nguyện Việt Nam.'
].join('\n');

describe('the last day of a trip, told in an interview\'s answer', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('"… là ngày cuối, chúng tôi về … thắp hương …" is a ceremony of the trip\'s last day', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('ngày cuối, chúng tôi về huyện Khăm')));
		expect(e).toMatchObject({ start: '2019-04-11', end: '2019-04-11', type: 'ceremony', status: 'occurred', role: 'main' });
	});
	it('"thắp hương" is a ceremony word; a weekend is no day of a trip', () => {
		expect(classify('Đoàn thắp hương tại Nghĩa trang liệt sĩ.')).toBe('ceremony');
		const t2 = buildTimeline([{ file: 'b.txt', text: text.replace('ngày cuối, chúng tôi', 'ngày cuối tuần, chúng tôi') }]);
		expect(t2.events.filter((x) => x.sources.some((s) => s.quote.includes('ngày cuối tuần')) && x.start === '2019-04-11')).toEqual([]);
	});
});
