/**
 * An undated happening whose delegation's leader is named (a yearless printed page: "Đoàn đại biểu Hội Nông dân tỉnh … do đồng
 * chí X làm trưởng đoàn …") joins no trip another leader led from the same province, though only one such trip is known: the
 * women's or farmers' union is not the chairman's delegation, nor does it take that trip's leader or days.
 */
import { describe, expect, it } from 'vitest';
import { groupTrips, type TripEvent } from '../../../src/lib/pipeline/delegations';

const from = (leader: string | null) => ({ leader, fromCity: 'dien-bien', fromBody: null, country: 'VN' });
const ev = (key: number, leader: string | null, start: string | null, planned = false): TripEvent => ({
	key,
	visitor: from(leader),
	placeCountry: 'LA',
	place: 'oudomxay',
	role: 'main',
	start,
	end: start,
	planned
});

describe('an undated happening with its own leader', () => {
	it("does not join another leader's trip from the same province", () => {
		const { trips, undatedLeft } = groupTrips([ev(1, 'tran-van-son', '2027-05-10'), ev(2, 'tran-van-son', '2027-05-11'), ev(3, 'giang-thi-mai', null)]);
		expect(trips).toHaveLength(1);
		expect(trips[0].members).toEqual([1, 2]);
		expect(undatedLeft).toEqual([3]);
	});
	it('joins its own leader\'s trip, or one whose leader is not named', () => {
		expect(groupTrips([ev(1, 'giang-thi-mai', '2027-05-10'), ev(3, 'giang-thi-mai', null)]).trips[0].members).toEqual([1, 3]);
		expect(groupTrips([ev(1, null, '2027-05-10'), ev(3, 'giang-thi-mai', null)]).trips[0].members).toEqual([1, 3]);
	});
});
