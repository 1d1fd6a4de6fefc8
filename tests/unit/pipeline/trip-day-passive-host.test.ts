/**
 * "Trong ngày thứ hai của chuyến thăm, Đoàn … được đồng chí X … tiếp tại …": the guests received, the host told after
 * "được"; the trip's second day (not Monday, "thứ Hai"), which "Sáng cùng ngày" then follows.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([
		{
			file: 'a.txt',
			text: ['Đoàn đại biểu tỉnh Điện Biên thăm hai tỉnh Phông-xa-lỳ và Luông Nặm Thà', '', '08/3/2024 09:15', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
		}
	]);
const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('a day of the trip counted, its host told after "được"', () => {
	it('"Trong ngày thứ hai của chuyến thăm, Đoàn … được đồng chí X … tiếp tại …" is the trip\'s second day, a reception', () => {
		const t = page(
			'Từ ngày 4 đến 6/3, Đoàn đại biểu tỉnh Điện Biên do đồng chí Lò Văn Mừng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại hai tỉnh Phông-xa-lỳ và Luông Nặm Thà.',
			'Chiều 4/3, lãnh đạo tỉnh Phông-xa-lỳ đã tiếp Đoàn tại trụ sở Văn phòng Tỉnh.',
			'Trong ngày thứ hai của chuyến thăm, Đoàn đã đến tỉnh Luông Nặm Thà và được đồng chí Khăm-xạ Xi-phăn-đon, Phó Tỉnh trưởng tỉnh Luông Nặm Thà tiếp tại thành phố Nặm Thà.',
			'Sáng cùng ngày, trước khi rời Phông-xa-lỳ, Đoàn đã dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam.'
		);
		expect(eventOf(t, 'Trong ngày thứ hai của chuyến thăm')).toMatchObject({ type: 'reception', start: '2024-03-05', end: '2024-03-05' });
		expect(eventOf(t, 'Sáng cùng ngày, trước khi rời')).toMatchObject({ start: '2024-03-05', partOfDay: 'morning' });
	});
});
