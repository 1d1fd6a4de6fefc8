/**
 * A speech at an anniversary recalling when the twinning was signed, the day in brackets after the place ("Phát biểu tại lễ
 * kỷ niệm, đồng chí X nhắc lại, Thỏa thuận kết nghĩa … được ký kết tại thành phố Y (ngày 9/3/2014) …"): the day recalled is
 * history and dates nothing; the speech is of the ceremony's day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Đà Nẵng - Chăm-pa-xắc kỷ niệm 10 năm kết nghĩa',
	'',
	'15/03/2024 17:45',
	'',
	'Sáng 15/3, UBND thành phố Đà Nẵng tổ chức Lễ kỷ niệm 10 năm kết nghĩa giữa thành phố Đà Nẵng và tỉnh Chăm-pa-xắc, với sự tham dự của Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Bun-thoong Đi-vi-xay, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc làm trưởng đoàn.',
	'',
	'Đoàn đã đến Đà Nẵng vào tối 14/3.',
	'',
	'Phát biểu tại lễ kỷ niệm, đồng chí Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng nhắc lại, Thỏa thuận kết nghĩa giữa hai địa phương được ký kết tại thành phố Pắc-xế (ngày 9/3/2014) đã mở ra giai đoạn hợp tác mới.',
	'',
	'Chiều cùng ngày, Đoàn thăm Khu công nghệ cao Đà Nẵng.'
].join('\n');

describe('a speech at an anniversary recalling the signing', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const ev = (quote: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(quote)));
	it('the bracketed day of the signing recalled makes no event', () => {
		expect(t.events.filter((e) => e.start! < '2024-01-01').map((e) => e.sources[0].quote)).toEqual([]);
	});
	it('the speech is of the ceremony\'s day, and its speaker is not put at the arrival', () => {
		const [e] = ev('Phát biểu tại lễ kỷ niệm');
		expect([e.start, e.status, e.role]).toEqual(['2024-03-15', 'occurred', 'main']);
		const name = (id: string) => t.people.find((p) => p.id === id)?.name;
		expect(ev('Đoàn đã đến Đà Nẵng')[0].people.map(name)).not.toContain('Lê Trung Chinh');
		expect(ev('Chiều cùng ngày')[0].start).toBe('2024-03-15');
	});
});

describe('a signing told with its weekday and day in brackets', () => {
	it('is the news, on that day ("The agreement was signed in Pakse on Tuesday (March 12)")', () => {
		const t = buildTimeline([
			{
				file: 'en.txt',
				text: ['Da Nang, Champasak renew pact', '', 'Tuesday, 19 March 2024', '', 'The agreement was signed in Pakse on Tuesday (March 12) by Mr Bounthong Divixay and Mr Le Trung Chinh, Chairman of the Da Nang People\'s Committee, who led a delegation to the province last week.'].join('\n')
			}
		]);
		expect(t.events.find((e) => e.type === 'signing')).toMatchObject({ start: '2024-03-12', end: '2024-03-12' });
	});
});
