/**
 * Weeks told from a weekday page: "Suốt tuần qua, Đoàn đã khảo sát …" is the stretch of seven days up to the writing,
 * not the calendar week before it; a plan "trong tuần này" ("Đoàn … dự kiến làm việc với tỉnh … trong tuần này") lies in
 * what is left of the week, not back before the stamp.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Quảng Bình và Khăm Muộn bàn hợp tác thương mại',
	'',
	'Thứ Năm, 14/3/2019 08:40 (GMT+7)',
	'',
	'Hôm thứ Ba, tại thành phố Đồng Hới, đồng chí Trần Văn Lâm, Phó Chủ tịch UBND tỉnh Quảng Bình đã tiếp Đoàn công tác tỉnh Khăm Muộn (Lào) do ông Xổm-phết Bua-la-phăn, Phó Tỉnh trưởng tỉnh Khăm Muộn làm trưởng đoàn.',
	'',
	'Suốt tuần qua, Đoàn đã khảo sát cảng Hòn La và các khu công nghiệp của tỉnh.',
	'',
	'Theo ông Xổm-phết Bua-la-phăn, Đoàn sẽ tiếp tục làm việc với tỉnh Hà Tĩnh trong tuần này về tuyến vận tải hàng hóa.'
].join('\n');

const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('a week told as a stretch up to the writing, and the rest of this week', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('"Suốt tuần qua" on a Thursday is the seven days before it', () => {
		expect(eventOf(t, 'Suốt tuần qua, Đoàn đã khảo sát')).toMatchObject({ start: '2019-03-07', end: '2019-03-13', status: 'occurred' });
	});
	it('a plan "trong tuần này" is from the writing to Sunday', () => {
		expect(eventOf(t, 'trong tuần này')).toMatchObject({ start: '2019-03-14', end: '2019-03-17', status: 'planned' });
	});
});
