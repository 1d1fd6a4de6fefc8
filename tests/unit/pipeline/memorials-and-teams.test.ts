/**
 * From the nineteenth set: the person a memorial is named for is not there; a ward names where a delegation arrives;
 * "Đội … sẽ tiếp tục sang tỉnh …" is a team's trip, not the delegation's; "is touring" and a fair are events in English.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, isParticipant } from '../../../src/lib/pipeline/people';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

// Who is there: the names found that take part (isParticipant).
const names = (s: string) => findPeople(s).filter((p) => isParticipant(s, p)).map((p) => p.name);

describe('a memorial\'s namesake', () => {
	it.each([
		['Chiều 15/11, Đoàn dâng hương tại Đền thờ Anh hùng dân tộc Nguyễn Trung Trực.', []],
		['Đoàn dâng hương tại Khu di tích Mộ cụ Phó bảng Nguyễn Sinh Sắc.', []],
		['Đoàn đặt vòng hoa tại Tượng đài Chủ tịch Hồ Chí Minh.', []],
		['Đoàn thăm Nhà lưu niệm Đại tướng Võ Nguyên Giáp.', []]
	])('%s', (s, want) => {
		expect(names(s)).toEqual(want);
	});
	it('the people present are still found, after a comma or "và"', () => {
		expect(names('Tại Bảo tàng tỉnh, đồng chí Lê Văn Bình giới thiệu với Đoàn.')).toEqual(['Lê Văn Bình']);
		expect(names('Đoàn đặt vòng hoa tại Tượng đài Chủ tịch Hồ Chí Minh và đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đã tiếp Đoàn.')).toEqual(['Nguyễn Văn An']);
	});
});

describe('event words', () => {
	it.each([
		['Tối 14/11, Đoàn đến phường Rạch Giá sau chuyến bay từ Thủ đô Viêng Chăn.', 'visit'],
		['Theo kế hoạch, tuần tới, Đội K52 sẽ tiếp tục sang tỉnh Hủa Phăn triển khai đợt tìm kiếm mới.', 'visit'],
		['Today, the delegation is touring the Plain of Jars.', 'field_trip'],
		['A group of businesses will stay on for the agricultural fair this weekend.', 'ceremony'],
		// a trip to a fair is the trip
		['A Vientiane delegation will visit Hai Phong from October 2 to 4 to attend the Hai Phong International Trade Fair.', 'visit']
	])('%s', (s, want) => {
		expect(classify(s)).toBe(want);
	});
	it.each([['thúc đẩy kết nối tour, tuyến giữa hai địa phương.'], ['It was a fair deal.'], ['Giá vàng sẽ sang tháng mới.']])('%s is none', (s) => {
		expect(classify(s)).toBeNull();
	});
});

describe('a team\'s trip planned for next week, somewhere else', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Nghệ An tăng cường hợp tác với Xiêng Khoảng',
				'Thứ Ba, 25/11/2025, 14:30 (GMT+7)',
				'Sáng 20/11, Đoàn đại biểu tỉnh Nghệ An do đồng chí Thái Văn Quyết, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng (Lào).',
				'Theo kế hoạch, tuần tới, Đội K52 sẽ tiếp tục sang tỉnh Hủa Phăn triển khai đợt tìm kiếm mới, góp phần vun đắp tình đoàn kết đặc biệt Việt Nam - Lào.'
			].join('\n\n')
		}
	]);
	it('is a plan of its own, not the delegation\'s', () => {
		const plan = t.events.find((e) => e.sources[0].quote.includes('Đội K52'));
		expect(plan).toMatchObject({ status: 'planned', start: '2025-12-01', end: '2025-12-07', delegation: null, people: [] });
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].end).toBe('2025-11-20');
	});
});

describe('sitting in', () => {
	it.each([['Sáng 9/5, Đoàn dự phiên tòa xét xử sơ thẩm vụ án ma túy tại TAND TP.HCM.'], ['Chiều 10/5, Đoàn tham dự buổi tập huấn nghiệp vụ tại Học viện Tư pháp.']])('%s is a study visit', (s) => {
		expect(classify(s)).toBe('field_trip');
	});
	it('a hearing opened, with no delegation at it, is none', () => {
		expect(classify('Sáng mai, TAND TP.HCM mở phiên tòa phúc thẩm vụ án.')).toBeNull();
	});
});
