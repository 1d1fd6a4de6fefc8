/**
 * A reception told in English by a window of days ("Earlier this week, X received a delegation of …") and the signing told
 * right after it with no day ("The two sides signed a Memorandum …"): the signing was done at that reception, within the same
 * days. And the reception is the one the Vietnamese page dates ("Vào sáng thứ Hai (19/10), … đã tiếp và hội đàm với Đoàn"):
 * one happening, told by the hosts as a reception and by the guests as talks; not the guests' own meeting of that afternoon,
 * which shares only the delegation's leader.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const english = {
	file: 'en.txt',
	text: page(
		'Savannakhet University, Quang Tri University sign MoU',
		'Wednesday, October 21, 2026',
		'Earlier this week, Rector Prof. Dr. Bounthavy Sisouk of Savannakhet University received a delegation of Quang Tri University, Vietnam, led by its Rector, Assoc. Prof. Dr. Nguyen Duc Loc, at the university campus in Savannakhet province.',
		'The two sides signed a Memorandum of Understanding on student exchange for 2026-2030.'
	)
};
const vietnamese = {
	file: 'vi.txt',
	text: page(
		'Trường Đại học Quảng Trị hợp tác với Trường Đại học Xa-van-na-khệt',
		'Đăng ngày: 22.10.2026',
		'Trong các ngày 19-21/10, Đoàn công tác Trường Đại học Quảng Trị do PGS.TS Nguyễn Đức Lộc, Hiệu trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh Xa-van-na-khệt (Lào).',
		'Vào sáng thứ Hai (19/10), tại tỉnh Xa-van-na-khệt, PGS.TS Bun-thạ-vi Xỉ-xúc, Hiệu trưởng Trường Đại học Xa-van-na-khệt đã tiếp và hội đàm với Đoàn.',
		'Chiều cùng ngày, Đoàn gặp mặt hơn 50 cựu sinh viên Lào từng học tập tại Quảng Trị.'
	)
};
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe("a reception told 'Earlier this week', and the signing after it", () => {
	it('the signing is an event of the same days', () => {
		const t = buildTimeline([english]);
		const signing = quoting(t, 'The two sides signed');
		expect(signing.map((e) => [e.start, e.end, e.type, e.status, e.role])).toEqual([['2026-10-19', '2026-10-20', 'signing', 'occurred', 'main']]);
	});
	it("is the Vietnamese page's talks of Monday morning, not the guests' afternoon meeting", () => {
		const t = buildTimeline([english, vietnamese]);
		const reception = quoting(t, 'Earlier this week');
		expect(reception).toHaveLength(1);
		expect(reception[0].sources.map((s) => s.quote.slice(0, 22))).toContain('Vào sáng thứ Hai (19/1');
		expect([reception[0].start, reception[0].partOfDay]).toEqual(['2026-10-19', 'morning']);
		expect(quoting(t, 'Chiều cùng ngày')[0].sources).toHaveLength(1);
	});
});
