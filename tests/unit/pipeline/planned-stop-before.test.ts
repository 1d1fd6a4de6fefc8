/**
 * A page that tells a stop's days and, at its end, the trip's next stop only as a plan ("The delegation is scheduled to fly to
 * Pakse on Thursday, and will attend a trade forum there on …, before leaving for Thailand"); another outlet tells that next
 * stop done. The merged trip's later stop is not lent back to the first page's unplaced happenings of the days before the plan
 * ("The two sides signed …", "Earlier in the day, …"): they are where that page's own happenings were, Vientiane.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const first = [
	'Hai Phong, Vientiane sign port cooperation pact',
	'',
	'Wednesday, March 13, 2024 09:15 PM',
	'',
	"A delegation of Hai Phong city led by Tran Van Quan, Vice Chairman of the municipal People's Committee, held talks with leaders of Vientiane Capital on March 13, the first working day of a trip to Laos and Thailand from March 12 to 17.",
	'',
	'On arrival at Wattay International Airport late on Tuesday, the delegation was welcomed by Vice Mayor of Vientiane Capital Khampheng Saysompheng.',
	'',
	'At the talks on the 13th, Vientiane Mayor Atsaphangthong Siphandone said that Hai Phong is one of the capital\'s closest partners.',
	'',
	'The two sides signed a memorandum of understanding on port and logistics cooperation for 2024-2028.',
	'',
	'Earlier in the day, the delegation laid a wreath at the Unknown Soldiers Monument.',
	'',
	'The Hai Phong delegation is scheduled to fly to Pakse on Thursday, and will attend a trade forum there on March 15 before leaving for Thailand, where it will work with Ubon Ratchathani authorities on March 16 and 17.'
].join('\n');
const later = [
	'Hải Phòng xúc tiến đầu tư tại Chăm-pa-xắc',
	'',
	'15/03/2024 19:30',
	'',
	'Ngày 15/3, tại thành phố Pắc-xế, tỉnh Chăm-pa-xắc (Lào), Đoàn công tác thành phố Hải Phòng do đồng chí Trần Văn Quân, Phó Chủ tịch UBND thành phố làm Trưởng đoàn đã tổ chức Diễn đàn xúc tiến thương mại và đầu tư.',
	'',
	'Sáng cùng ngày, đồng chí Trần Văn Quân đã chào xã giao đồng chí Vi-lay-vông Bút-đa-khăm, Tỉnh trưởng tỉnh Chăm-pa-xắc.',
	'',
	'Chiều 15/3, Đoàn thăm Khu kinh tế đặc biệt Pắc-xế - Nhật Bản.',
	'',
	'Tối 15/3, Đoàn dự tiệc chiêu đãi do lãnh đạo tỉnh Chăm-pa-xắc tổ chức.'
].join('\n');

describe("a plan's stop and the days before it", () => {
	const t = buildTimeline([
		{ file: 'a.txt', text: first },
		{ file: 'b.txt', text: later }
	]);
	const placed = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q))).map((e) => [e.start, e.cities.filter((c) => c !== 'hai-phong').sort()]);
	it('leaves the signing of the day before the plan where the page told its happenings', () => {
		expect(placed('The two sides signed')).toEqual([['2024-03-13', ['vientiane']]]);
	});
	it('and "Earlier in the day" too', () => {
		expect(placed('Earlier in the day')).toEqual([['2024-03-13', ['vientiane']]]);
	});
	it('keeps the later stop for the other outlet\'s days there', () => {
		expect(placed('Chiều 15/3, Đoàn thăm')[0]?.[1]).toContain('champasak');
	});
});
