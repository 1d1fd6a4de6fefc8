/**
 * Three readings of a trip's story:
 *  - a bare weekday told inside a stated trip, on a page with no stamp ("Chiều thứ Năm, Đoàn …" in a trip "từ ngày 14 đến
 *    17/11/2023"), is the trip's day of that weekday, not the one before the day last told (a week early);
 *  - the delegation briefed ("Đoàn đã nghe lãnh đạo Sở … báo cáo tình hình …") is a working session of the trip;
 *  - in English, an invitation to lead a delegation answered in the same sentence by the trip promised ("…, and Y said the
 *    delegation would make the trip in the second quarter of 2026") is Y's planned trip, main, with its delegation.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (lines: string[]) => buildTimeline([{ file: 'a.txt', text: lines.flatMap((p) => [p, '']).join('\n') }]);
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, to: d.to, start: d.start, end: d.end }));
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a bare weekday inside a stated trip, no stamp', () => {
	const trip = (first: string) => page([
		'Hội Nông dân tỉnh Quảng Ngãi thăm tỉnh Xê Kông',
		'Nhân dịp kỷ niệm 15 năm hợp tác (2008 - 2023), từ ngày 14 đến 17/11/2023, Đoàn công tác Hội Nông dân tỉnh Quảng Ngãi do đồng chí Phạm Văn Lộc, Chủ tịch Hội làm trưởng đoàn đã thăm và làm việc tại tỉnh Xê Kông (Lào).',
		`${first}, Đoàn chào xã giao đồng chí Bun-thoong Xi-phan-đon, Phó Tỉnh trưởng tỉnh Xê Kông.`,
		'Chiều thứ Năm, Đoàn thăm mô hình trồng cà phê của nông dân huyện Lạ Mam.',
		'Ngày cuối cùng, Đoàn về nước qua cửa khẩu Nam Giang.'
	]);
	it('after a day told by its date, is the trip\'s day of that weekday, not the one before that day', () => {
		expect(quoting(trip('Sáng 14/11'), 'Chiều thứ Năm')).toMatchObject({ start: '2023-11-16', end: '2023-11-16', partOfDay: 'afternoon', role: 'main' });
	});
	const t = page([
		'Hội Nông dân tỉnh Quảng Ngãi thăm tỉnh Xê Kông',
		'Nhân dịp kỷ niệm 15 năm hợp tác (2008 - 2023), từ ngày 14 đến 17/11/2023, Đoàn công tác Hội Nông dân tỉnh Quảng Ngãi do đồng chí Phạm Văn Lộc, Chủ tịch Hội làm trưởng đoàn đã thăm và làm việc tại tỉnh Xê Kông (Lào).',
		'Ngày đầu tiên, Đoàn chào xã giao đồng chí Bun-thoong Xi-phan-đon, Phó Tỉnh trưởng tỉnh Xê Kông.',
		'Chiều thứ Năm, Đoàn thăm mô hình trồng cà phê của nông dân huyện Lạ Mam.',
		'Ngày cuối cùng, Đoàn về nước qua cửa khẩu Nam Giang.'
	]);
	it('is the trip\'s day of that weekday', () => {
		// (14/11/2023 is a Tuesday: the Thursday before it, 9/11, is a week before the trip.)
		expect(quoting(t, 'Chiều thứ Năm')).toMatchObject({ start: '2023-11-16', end: '2023-11-16', partOfDay: 'afternoon', role: 'main' });
	});
});

describe('the delegation briefed', () => {
	it('is a working session of the trip', () => {
		const t = page([
			'Đoàn công tác tỉnh Gia Lai làm việc tại Át-tạ-pư',
			'Thứ Ba, 12/3/2024, 20:15',
			'Ngày 12/3, Đoàn công tác tỉnh Gia Lai do đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo tỉnh Át-tạ-pư (Lào).',
			'Trước đó, chiều 11/3, tại cửa khẩu quốc tế Lệ Thanh, Đoàn đã nghe lãnh đạo Sở Ngoại vụ tỉnh Gia Lai báo cáo tình hình hợp tác với các tỉnh Nam Lào.'
		]);
		expect(quoting(t, 'Đoàn đã nghe lãnh đạo')).toMatchObject({ start: '2024-03-11', type: 'working_session', role: 'main', status: 'occurred' });
	});
});

describe('an invitation to lead a delegation, the trip promised in the same sentence', () => {
	const lines = (answer: string) => [
		'Champasak delegation visits Quang Nam',
		'Friday, June 14, 2025 8:30 AM',
		'A delegation from Laos\' Champasak province led by Vice Governor Somsack Inthavong paid a working visit to Quang Nam from June 11 to 13.',
		'On June 12, Vice Chairman of the Quang Nam provincial People\'s Committee Tran Minh Tam received the delegation in Tam Ky.',
		`Somsack invited Tam to lead a Quang Nam delegation to Champasak${answer}.`
	];
	it('is the invited host\'s planned trip, with its delegation', () => {
		const t = page(lines(', and Tam said the delegation would make the trip in the fourth quarter of 2025'));
		expect(quoting(t, 'Somsack invited Tam')).toMatchObject({ role: 'main', status: 'planned', type: 'visit', start: '2025-10-01', end: '2025-12-31' });
		expect(trips(t)).toContainEqual({ leader: 'Tran Minh Tam', to: 'champasak', start: '2025-10-01', end: '2025-12-31' });
	});
	it('unanswered, stays background', () => {
		const t = page(lines(' in the fourth quarter of 2025'));
		expect(trips(t).map((d) => d.leader)).not.toContain('Tran Minh Tam');
	});
});
