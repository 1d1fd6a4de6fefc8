/**
 * Going home is an act of its own: the delegation's journey home ("Late on Friday, the delegation returned to Vietnam via …",
 * "Chiều nay, Đoàn đã về nước qua cửa khẩu …") is not the visit told that afternoon by another page ("Chiều cùng ngày, Đoàn
 * thăm nhà máy …"), though both read as visits of one day; the two pages' journeys home are one event.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';

const vi = [
	'Đoàn công tác tỉnh Hà Tĩnh thăm tỉnh Bô-li-khăm-xay',
	'',
	'17/5/2025 09:15',
	'',
	'Trong hai ngày 15 và 16/5, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Sáng 16/5, đồng chí Trần Báu Hà và Đoàn đã hội đàm với lãnh đạo tỉnh Bô-li-khăm-xay.',
	'',
	'Chiều cùng ngày, Đoàn thăm nhà máy chế biến gỗ của một doanh nghiệp Việt Nam tại huyện Pác-xăn.'
].join('\n');
const en = [
	'Ha Tinh delegation concludes Bolikhamxay visit',
	'',
	'Sunday, May 18, 2025 8:00 AM',
	'',
	'A delegation of Ha Tinh province led by Vice Chairman Tran Bau Ha paid a working visit to Bolikhamxay province on May 15 and 16.',
	'',
	'On Friday morning, the two sides held talks in Paksan.',
	'',
	'Late on Friday, the delegation returned to Vietnam via the Nam Phao - Cau Treo border gate.'
].join('\n');
const dept = [
	'Sở Công Thương Hà Tĩnh: Đoàn công tác tỉnh làm việc tại Bô-li-khăm-xay',
	'',
	'Cập nhật 16-05-2025, 20:40',
	'',
	'Từ ngày 15/5 đến hết ngày 16/5, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Bô-li-khăm-xay.',
	'',
	'Hôm nay (16/5), Đoàn đến thăm nhà máy chế biến gỗ của một doanh nghiệp Việt Nam tại huyện Pác-xăn.',
	'',
	'Chiều nay, Đoàn đã về nước qua cửa khẩu quốc tế Cầu Treo.'
].join('\n');

describe('the journey home and a visit of the same day', () => {
	const t = buildTimeline([{ file: 'a.txt', text: vi }, { file: 'b.txt', text: en }, { file: 'c.txt', text: dept }]);
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

	it('the factory visit is not merged with the journey home', () => {
		const visit = of('Đoàn thăm nhà máy chế biến gỗ');
		expect(visit).toHaveLength(1);
		expect(visit[0].sources.some((s) => /returned|về nước/.test(s.quote))).toBe(false);
	});
	it("the two pages' journeys home are one event, apart from the visits", () => {
		const home = of('returned to Vietnam via');
		expect(home).toHaveLength(1);
		expect(home[0].sources.map((s) => s.quote)).toContain('Chiều nay, Đoàn đã về nước qua cửa khẩu quốc tế Cầu Treo.');
		expect(home[0].sources.some((s) => s.quote.includes('nhà máy'))).toBe(false);
	});
	it('a visit then home told in one sentence is the visit ("…, sau đó về nước")', () => {
		const day = { start: '2025-05-16', end: '2025-05-16', granularity: 'day', partOfDay: null, dating: 'explicit', confidence: 0.9, note: null } as unknown as Mergeable['date'];
		const r = (article: string, quote: string): Mergeable => ({ article, type: 'visit', role: 'main', status: 'planned', date: day, people: ['x'], place: 'p', cities: [], sources: [{ article, quote, start: 0, end: quote.length } as never], conflicts: [] });
		expect(sameHappening(r('a', 'Ngày 16/5, Đoàn sẽ thăm tỉnh X, sau đó về nước.'), r('b', 'Hôm nay (16/5), Đoàn thăm tỉnh X trước khi về nước.'))).toBe(true);
		expect(sameHappening(r('a', 'Ngày 16/5, Đoàn sẽ thăm tỉnh X.'), r('b', 'Ngày 16/5, Đoàn sẽ về nước.'))).toBe(false);
	});
});
