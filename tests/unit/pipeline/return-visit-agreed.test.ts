/**
 * A trip told over its days, then the hosts' return visit agreed on with its own leader ("Dịp này, hai bên thống nhất Đoàn đại
 * biểu tỉnh X do đồng chí Y … làm trưởng đoàn sẽ sang thăm … vào ngày …", "A X delegation led by Vice Governor Y will pay a
 * visit to … next Tuesday"): a trip of its own, still to come. Y leads no event told before it, nor the "Đoàn" told after it;
 * the trip's days keep their own leader and places (the banquet the host province gives that night is in that province, the
 * signing that closes the talks where the talks were). And an English lead that tells the trip done ("…, returned home
 * through the … border gate earlier this week, ending a four-day trip to …") is the trip's event, some day of the week.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const names = (t: ReturnType<typeof buildTimeline>, ids: string[]) => ids.map((id) => t.people.find((p) => p.id === id)?.name);

describe('a return visit agreed on after a two-province programme', () => {
	const page = [
		'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG SƠN',
		'',
		'Đoàn đại biểu tỉnh Hà Tĩnh thăm, làm việc tại hai tỉnh Bô-li-khăm-xay và Khăm Muồn (Lào)',
		'',
		'20/03/2024 - 09:15 (GMT+07:00)',
		'',
		'Từ ngày 14/3 đến 17/3/2024, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Phan Đình Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại hai tỉnh Bô-li-khăm-xay và Khăm Muồn (Lào).',
		'',
		'Chương trình làm việc của Đoàn tại hai tỉnh bạn:',
		'- Ngày 15/3: Hội đàm với lãnh đạo tỉnh Bô-li-khăm-xay; thăm Trường Hữu nghị.',
		'- Ngày 16/3: Đoàn di chuyển sang tỉnh Khăm Muồn, hội đàm với lãnh đạo tỉnh.',
		'',
		'Tại buổi hội đàm sáng 15/3 ở thành phố Pắc Xan, đồng chí Khăm-phăn Xỉ-la-vông, Phó Tỉnh trưởng tỉnh Bô-li-khăm-xay thông tin về tình hình kinh tế của tỉnh. Kết thúc hội đàm, hai bên ký Biên bản ghi nhớ hợp tác năm 2024.',
		'',
		'Chiều 16/3, tại thành phố Thà Khẹc, đồng chí Vi-lay Phôm-ma-xắc, Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muồn đã tiếp và hội đàm với Đoàn. Tối cùng ngày, tỉnh Khăm Muồn tổ chức tiệc chiêu đãi chào mừng Đoàn.',
		'',
		'Dịp này, hai bên thống nhất Đoàn đại biểu tỉnh Khăm Muồn do đồng chí Xỉ-xổm Kẹo-phăn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Tỉnh trưởng làm trưởng đoàn sẽ sang thăm, làm việc tại tỉnh Hà Tĩnh vào ngày 28/3.',
		'',
		'Sáng 17/3, Đoàn về nước qua cửa khẩu quốc tế Cầu Treo, kết thúc tốt đẹp chuyến công tác.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))!;
	it("the planned leader is no one's at the days told before the plan, nor at the return after it", () => {
		for (const q of ['Tại buổi hội đàm sáng 15/3', 'Kết thúc hội đàm', 'Chiều 16/3', 'Tối cùng ngày', 'Sáng 17/3']) {
			expect(of(q), q).toBeTruthy();
			expect(names(t, of(q).people), q).not.toContain('Xỉ-xổm Kẹo-phăn');
		}
		expect(names(t, of('Sáng 17/3').people)).toEqual(['Phan Đình Nghĩa']);
	});
	it('the plan is a delegation of its own, on its own day', () => {
		const plan = of('sẽ sang thăm');
		expect([plan.start, plan.status]).toEqual(['2024-03-28', 'planned']);
		const d = t.delegations.find((x) => x.events.includes(plan.id))!;
		expect(names(t, [d.leader ?? ''])).toEqual(['Xỉ-xổm Kẹo-phăn']);
		expect(d.events).toEqual([plan.id]);
		const trip = t.delegations.find((x) => x.events.includes(of('Sáng 17/3').id))!;
		expect(names(t, [trip.leader ?? ''])).toEqual(['Phan Đình Nghĩa']);
	});
	it("each day is where the programme puts it: the talks' signing in the first province, the night's banquet in the second", () => {
		expect(of('Kết thúc hội đàm').cities).toContain('bolikhamxai');
		expect(of('Kết thúc hội đàm').cities).not.toContain('khammouane');
		expect(of('Tại buổi hội đàm sáng 15/3').cities).not.toContain('khammouane');
		expect(of('Tối cùng ngày').cities).toContain('khammouane');
		expect(of('Tối cùng ngày').cities).not.toContain('bolikhamxai');
	});
});

describe('an English report of a finished trip, the return visit announced at its end', () => {
	const page = [
		'Quang Tri, Savannakhet vow deeper ties as Vietnamese delegation wraps up trip',
		'',
		'Thursday, March 14, 2024 9:00 AM',
		'',
		"Vientiane (VNA) - A delegation from the central province of Quang Tri led by Ho Van Minh, Vice Chairman of the provincial People's Committee, returned home through the Lao Bao border gate earlier this week, ending a four-day trip to the Lao provinces of Savannakhet and Salavan.",
		'',
		'The delegation held talks with Savannakhet Vice Governor Bounmy Sengchanh on March 8 and signed a memorandum of understanding on cooperation in 2024.',
		'',
		'On the 9th, the delegation travelled on to Salavan, where Khamsone Vongphachanh, Governor of Salavan province, received them in Salavan town.',
		'',
		'On March 10, the Vietnamese guests laid flowers at a memorial to Vietnamese volunteer soldiers.',
		'',
		'A Salavan delegation led by Vice Governor Phetsamone Keola will pay a visit to Quang Tri next Tuesday.'
	].join('\n');
	const t = buildTimeline([{ file: 'b.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))!;
	it('the lead is the trip, led by its leader, some day of the week before the stamp', () => {
		const lead = of('returned home');
		expect(lead).toBeTruthy();
		expect(names(t, lead.people)).toEqual(['Ho Van Minh']);
		expect(lead.start! >= '2024-03-11' && lead.end! <= '2024-03-13').toBe(true);
	});
	it("the trip's days are its leader's, not the planned visitor's", () => {
		for (const q of ['held talks', 'On the 9th', 'On March 10']) {
			expect(names(t, of(q).people), q).toContain('Ho Van Minh');
			expect(names(t, of(q).people), q).not.toContain('Phetsamone Keola');
		}
		expect(of('On March 10').cities).toContain('salavan');
		expect(of('On March 10').cities).not.toContain('savannakhet');
		const plan = of('will pay a visit');
		expect([plan.start, plan.status]).toEqual(['2024-03-19', 'planned']);
		expect(t.delegations.find((x) => x.events.includes(plan.id))!.events).toEqual([plan.id]);
	});
});
