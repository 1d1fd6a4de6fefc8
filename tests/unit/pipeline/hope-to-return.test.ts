/**
 * A recollection, then a hope of coming said after it ("Mr X recalled that … last May, and said he looked forward to returning
 * … in late September this year"): the recollection is told by its own day, and the hope is a trip of its own — planned, by the
 * hope's day, led by the sentence's subject ("he" is X, the host), the hosts' return visit to the delegation's home. Told in
 * both languages for the same part of a month, it is one plan.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const en = [
	'Savannakhet Provincial Website',
	'Posted: 12 March 2025',
	'Savannakhet delegation visits Quang Tri',
	'A delegation of Savannakhet province led by Deputy Governor Vongphet Sayasone has concluded a two-day visit to the Vietnamese province of Quang Tri.',
	'On March 10, Chairman of the Quang Tri Provincial People\'s Committee Ha Sy Dong received the delegation in Dong Ha.',
	'Mr Dong recalled that his delegation had been warmly welcomed in Savannakhet last May, and said he looked forward to returning for the That Inhang festival in late September this year.'
].join('\n\n');
const vi = [
	'Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-van-na-khẹt',
	'11/03/2025 - 08:00',
	'Chiều 10/3, đồng chí Hà Sỹ Đồng, Chủ tịch UBND tỉnh Quảng Trị đã tiếp Đoàn đại biểu tỉnh Sa-van-na-khẹt do đồng chí Vông-phết Xay-a-xỏn, Phó Tỉnh trưởng làm Trưởng đoàn.',
	'Đồng chí Hà Sỹ Đồng nhận lời dẫn đoàn tỉnh Quảng Trị sang thăm tỉnh Sa-van-na-khẹt vào cuối tháng 9 tới.'
].join('\n\n');

const hope = (t: ReturnType<typeof buildTimeline>) => t.events.find((x) => x.sources.some((s) => s.quote.startsWith('said he looked forward')));

describe('a hope of coming, said after a recollection', () => {
	it('is a planned trip by the hope\'s days, led by the host who said it', () => {
		const e = hope(buildTimeline([{ file: 'en.txt', text: en }]));
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status, e!.role]).toEqual(['2025-09-21', '2025-09-30', 'planned', 'main']);
		expect(e!.people).toEqual(['ha-sy-dong']);
		expect(e!.cities).toContain('savannakhet');
	});
	it('the recollection keeps its own month, told in passing', () => {
		const t = buildTimeline([{ file: 'en.txt', text: en }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Mr Dong recalled')));
		expect(e?.start).toBe('2024-05-01');
	});
	it('meets the other outlet\'s plan for the same part of the month', () => {
		const e = hope(buildTimeline([{ file: 'en.txt', text: en }, { file: 'vi.txt', text: vi }]));
		expect(e!.sources.map((s) => s.article).sort()).toEqual(['en', 'vi']);
	});
});
