/**
 * The hosts' evening for their guests told on a page of one trip: "Tối 12/3, huyện bạn tổ chức tiệc chiêu đãi thân mật đoàn"
 * names no place and no person of the trip (who gives it and for whom the story has told), only "đoàn" or "hai bên". Within
 * that trip's days it is the trip's (delegations.ts groupTrips); outside them, or on a page telling two trips, it joins none.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { forTheGuests, groupTrips, type Party } from '../../../src/lib/pipeline/delegations';

// A province's portal tells the trip with its provinces; a district station's bulletin tells the same days naming only its
// districts (no province), its talks the same as the portal's (one happening, by their people), and an evening the portal leaves out.
const portal = [
	'Huyện Kỳ Sơn thăm, làm việc tại huyện Mường Mộc (Lào)',
	'',
	'Cập nhật lúc: 09:20 ngày 14/3/2024',
	'',
	'Từ ngày 12 đến 13/3/2024, Đoàn đại biểu huyện Kỳ Sơn, tỉnh Nghệ An do đồng chí Lê Văn Phúc, Bí thư Huyện ủy làm trưởng đoàn đã thăm, làm việc tại huyện Mường Mộc, tỉnh Xiêng Khoảng (Lào).',
	'',
	'Sáng 12/3, tại trụ sở huyện Mường Mộc, đồng chí Lê Văn Phúc và đồng chí Xổm-xạ-nít Pha-văn, Bí thư Huyện ủy Mường Mộc đã hội đàm, trao đổi kết quả hợp tác năm 2023.',
	'',
	'Sáng 13/3, Đoàn thăm Trường Tiểu học bản Phôn-xổm và tặng quà học sinh.'
].join('\n');
const bulletin = (evening: string) =>
	[
		'Bản tin thời sự',
		'',
		'Cập nhật lúc: 20:10 ngày 15/3/2024',
		'',
		'(PTKS) - Vừa qua, đoàn đại biểu huyện ta do Bí thư Huyện ủy Lê Văn Phúc dẫn đầu đã sang thăm, làm việc tại huyện Mường Mộc, nước bạn Lào.',
		'',
		'Sáng 12/3, tại hội trường huyện Mường Mộc, đồng chí Lê Văn Phúc và đồng chí Xổm-xạ-nít Pha-văn đã hội đàm về kết quả hợp tác năm qua.',
		'',
		evening
	].join('\n');

describe("the hosts' evening on a page of one trip", () => {
	const trip = (evening: string) => {
		const t = buildTimeline([
			{ file: 'portal.txt', text: portal },
			{ file: 'bulletin.txt', text: bulletin(evening) }
		]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Tối ')));
		return { t, e };
	};
	it('a banquet for "đoàn" on an evening of the trip is the trip\'s', () => {
		const { t, e } = trip('Tối 12/3, trong không khí thân mật, huyện bạn tổ chức tiệc chiêu đãi đoàn.');
		expect(e).toMatchObject({ start: '2024-03-12', end: '2024-03-12', partOfDay: 'evening' });
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(e!.id);
	});
	it('so is a show for both sides ("hai bên")', () => {
		const { t, e } = trip('Tối 12/3, hai bên cùng dự đêm giao lưu văn nghệ với những điệu múa truyền thống.');
		expect(e).toBeTruthy();
		expect(t.delegations[0].events).toContain(e!.id);
	});
	it("an evening after the trip's days is not the trip's", () => {
		const { t, e } = trip('Tối 14/3, huyện bạn tổ chức đêm giao lưu văn nghệ chào mừng đoàn học sinh.');
		expect(e).toBeTruthy();
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(false);
	});
});

describe('forTheGuests', () => {
	it('an evening given for the delegation or both sides', () => {
		expect(forTheGuests('Tối 8/9, huyện bạn tổ chức tiệc chiêu đãi Đoàn')).toBe(true);
		expect(forTheGuests('Buổi tối, hai bên giao lưu văn nghệ')).toBe(true);
		expect(forTheGuests('That evening, the hosts gave a dinner for the delegation')).toBe(true);
	});
	it('not a union, a division or unity named "đoàn"', () => {
		expect(forTheGuests('Tối 8/9, Công đoàn huyện tổ chức giao lưu văn nghệ')).toBe(false);
		expect(forTheGuests('Tối 8/9, Sư đoàn 316 tổ chức giao lưu văn nghệ')).toBe(false);
		expect(forTheGuests('Đêm giao lưu văn nghệ tăng cường đoàn kết')).toBe(false);
	});
});

describe('groupTrips: an evening for the guests', () => {
	const party: Party = { leader: 'le-van-phuc', fromCity: 'nghe-an', fromBody: null, country: 'VN' };
	const other: Party = { leader: 'tran-minh', fromCity: 'ha-tinh', fromBody: null, country: 'VN' };
	const ev = (key: number, start: string, article: string, visitor: Party | null = party) => ({ key, visitor, placeCountry: 'LA', place: visitor ? 'xiangkhouang' : null, role: 'main' as const, start, end: start, article });
	const evening = (key: number, start: string, article: string) => ({ ...ev(key, start, article, null), forGuests: true });

	it('joins the one trip its page tells, within its days', () => {
		const { trips } = groupTrips([ev(0, '2024-03-12', 'a'), ev(1, '2024-03-13', 'a'), evening(2, '2024-03-12', 'a')]);
		expect(trips).toHaveLength(1);
		expect(trips[0].members).toContain(2);
	});
	it('joins none outside its days, or on another page, or when its page tells two trips', () => {
		expect(groupTrips([ev(0, '2024-03-12', 'a'), ev(1, '2024-03-13', 'a'), evening(2, '2024-03-20', 'a')]).trips[0].members).not.toContain(2);
		expect(groupTrips([ev(0, '2024-03-12', 'a'), ev(1, '2024-03-13', 'a'), evening(2, '2024-03-12', 'b')]).trips[0].members).not.toContain(2);
		const two = groupTrips([ev(0, '2024-03-12', 'a'), ev(1, '2024-03-12', 'a', other), evening(2, '2024-03-12', 'a')]).trips;
		expect(two).toHaveLength(2);
		for (const t of two) expect(t.members).not.toContain(2);
	});
	it('an evening not for the guests joins none', () => {
		expect(groupTrips([ev(0, '2024-03-12', 'a'), ev(1, '2024-03-13', 'a'), ev(2, '2024-03-12', 'a', null)]).trips[0].members).not.toContain(2);
	});
});
