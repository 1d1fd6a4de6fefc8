/**
 * An English lead that is someone's words, the comma inside the quotation marks, then who said them, where and when ('"…,"
 * X said in Savannakhet on Tuesday (Oct 14).'): that day is the news day. The happening the words were said at, told next
 * ("X was speaking at a ceremony where … signed …"), is on it; "Earlier in the day" counts from it; "The following day",
 * told after a flashback to the arrival, lands on a day already told and so counts from the news day; and "is expected
 * back in <home> this evening" is the return home, announced.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Quang Tri, Savannakhet sign cooperation agreement',
	'',
	'Thu, October 16, 2025, 08:40 GMT+7',
	'',
	'"Our roads and our markets must now meet at the border every day, not only at festivals," Ho Van Minh, vice chairman of the Quang Tri Provincial People\'s Committee, said in Savannakhet on Tuesday (Oct 14).',
	'',
	'Minh was speaking at a ceremony where the two provinces signed a cooperation agreement for the 2026-2030 period.',
	'',
	'The Quang Tri delegation is on a working visit to Savannakhet from Oct 13 to 16.',
	'',
	'Earlier in the day, the two sides held talks at the Savannakhet administration office.',
	'',
	'On arrival in Kaysone Phomvihane late on Monday, the delegation was welcomed by the provincial governor at a dinner.',
	'',
	'Under the agreement, Quang Tri will offer 20 scholarships a year to Lao students.',
	'',
	'The following day, the two provincial hospitals signed a twinning agreement.',
	'',
	'The delegation is expected back in Dong Ha this evening.'
].join('\n');

describe('an English quote lead dated after the quotation', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const ev = (quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)));

	it('the ceremony the words were said at is on the day the lead gives', () => {
		const e = ev('Minh was speaking at a ceremony');
		expect(e?.type).toBe('signing');
		expect([e?.start, e?.end]).toEqual(['2025-10-14', '2025-10-14']);
	});

	it('"Earlier in the day" is the news day, not the stay told between', () => {
		expect([ev('Earlier in the day')?.start, ev('Earlier in the day')?.end]).toEqual(['2025-10-14', '2025-10-14']);
	});

	it('"The following day" after the arrival flashback counts from the news day', () => {
		expect(ev('The following day')?.start).toBe('2025-10-15');
		expect(ev('On arrival')?.start).toBe('2025-10-13');
	});

	it('"expected back in <home> this evening" is the return, announced for the stamp\'s evening', () => {
		const e = ev('expected back in Dong Ha');
		expect(e).toMatchObject({ type: 'visit', status: 'planned', start: '2025-10-16', partOfDay: 'evening' });
	});
});

describe('a quote lead read in Vietnamese too', () => {
	it('"Ông X phát biểu tại Lễ ký kết …" after the quoted lead is on its day', () => {
		const t = buildTimeline([
			{
				file: 'b.txt',
				text: [
					'Hai tỉnh ký kết thỏa thuận hợp tác',
					'',
					'16/10/2025 08:40',
					'',
					'"Con đường và khu chợ của hai tỉnh phải gặp nhau ở cửa khẩu mỗi ngày, không chỉ vào ngày hội," ông Hồ Văn Minh, Phó Chủ tịch UBND tỉnh Quảng Trị nói tại Xa-van-na-khẹt chiều 14/10.',
					'',
					'Ông Minh phát biểu tại Lễ ký kết Thỏa thuận hợp tác giữa hai tỉnh giai đoạn 2026-2030.'
				].join('\n')
			}
		]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('phát biểu tại Lễ ký kết')));
		expect(e?.type).toBe('signing');
		expect(e?.start).toBe('2025-10-14');
	});
});
