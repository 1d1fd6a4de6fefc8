/**
 * A trip to two provinces told under a weekend stamp: "Hôm thứ Tư, Đoàn chuyển sang tỉnh …" is the past Wednesday, a move
 * to a place ("chuyển sang tỉnh"), not a trip put off to a time ("lùi sang tháng 9"); the hosts there meeting the
 * delegation, said in full with no day in the same paragraph, met it that day; and "Tại hội nghị, … đã ký 3 bản ghi nhớ"
 * is a signing of the conference's day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Hà Tĩnh xúc tiến đầu tư tại hai tỉnh Trung Lào',
	'',
	'Cập nhật 16-03-2019, 10:20',
	'',
	'Ngày 12-14/3/2019, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Đặng Quốc Vinh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại hai tỉnh Bô-ly-khăm-xay và Khăm Muộn (Lào).',
	'',
	'Sáng 12/3, Đoàn đến tỉnh Bô-ly-khăm-xay và làm việc với lãnh đạo tỉnh.',
	'',
	'Hôm thứ Tư, Đoàn chuyển sang tỉnh Khăm Muộn. Tại thành phố Thà Khẹc, đồng chí Xổm-xạ-nít Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Khăm Muộn đã tiếp Đoàn và chủ trì hội nghị xúc tiến đầu tư hai bên.',
	'',
	'Tại hội nghị, 8 doanh nghiệp Hà Tĩnh và Khăm Muộn đã ký 3 bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp giai đoạn 2019-2021.',
	'',
	'Ngày 14/3, Đoàn về nước qua cửa khẩu quốc tế Cha Lo.'
].join('\n');

const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('a past weekday under a weekend stamp, and what was done there that day', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('"Hôm thứ Tư, Đoàn chuyển sang tỉnh …" is the past Wednesday, occurred', () => {
		expect(eventOf(t, 'Hôm thứ Tư, Đoàn chuyển sang')).toMatchObject({ start: '2019-03-13', end: '2019-03-13', status: 'occurred' });
	});
	it('the hosts meeting the delegation in the same paragraph met it that day', () => {
		expect(eventOf(t, 'Tại thành phố Thà Khẹc')).toMatchObject({ start: '2019-03-13', status: 'occurred', role: 'main' });
	});
	it('memoranda signed "Tại hội nghị" are a signing of its day', () => {
		expect(eventOf(t, 'Tại hội nghị, 8 doanh nghiệp')).toMatchObject({ start: '2019-03-13', type: 'signing', status: 'occurred' });
	});
});
