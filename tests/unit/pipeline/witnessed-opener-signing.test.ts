/**
 * An act told as looked on by those present ("Trước sự chứng kiến của lãnh đạo hai tỉnh, Hội X và Hội Y ký kết Biên bản ghi nhớ
 * …") is done there and then: a signing on the day of the happening last told, even on a live page whose updates run backwards.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác Quảng Trị - Sa-van-na-khệt', '', 'Thứ Năm, 20/3/2025, 10:00', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const FORUM = 'Sáng 20/3, tại thành phố Đông Hà, Hội Cựu chiến binh tỉnh Quảng Trị phối hợp với Hội Cựu chiến binh tỉnh Sa-van-na-khệt tổ chức Hội thảo hợp tác năm 2025.';
const WITNESSED = 'Trước sự chứng kiến của lãnh đạo hai tỉnh, Hội Cựu chiến binh tỉnh Quảng Trị và Hội Cựu chiến binh tỉnh Sa-van-na-khệt ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2027.';
const signing = (t: ReturnType<typeof buildTimeline>) => t.events.find((e) => e.type === 'signing' && e.sources.some((s) => s.quote.startsWith('Trước sự chứng kiến')));

describe('a signing told after "Trước sự chứng kiến của …"', () => {
	it('is a signing on the day of the happening told before', () => {
		expect(signing(page(FORUM, WITNESSED))).toMatchObject({ start: '2025-03-20', end: '2025-03-20', status: 'occurred', role: 'main' });
	});
	it('after a plan for later that day too (a live page told backwards)', () => {
		expect(signing(page(FORUM, 'Chiều nay, Đoàn đại biểu tỉnh Sa-van-na-khệt sẽ đi thăm Thành cổ Quảng Trị.', WITNESSED))).toMatchObject({ start: '2025-03-20', status: 'occurred' });
	});
	it('but not one still to come', () => {
		expect(signing(page(FORUM, WITNESSED.replace('ký kết', 'sẽ ký kết')))).toBeUndefined();
	});
});
