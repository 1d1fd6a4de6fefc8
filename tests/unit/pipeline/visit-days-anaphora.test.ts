/**
 * The days of a visit told by reference: "Sáng cùng ngày" after a stay's range is the last single day told, never the range;
 * a vague "Trong hai ngày qua" gives way to the visit's own dated days ("Ngày thứ hai của chuyến thăm" counts from the first);
 * "On the occasion" / "Dịp này" is the delegation's day, not a background day before its trip; "later today" is still to come;
 * "Cách đây một tuần" is the stamp minus seven days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const build = (title: string, stamp: string, paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: [title, '', ...(stamp ? [stamp, ''] : []), ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const event = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(quote)));
	expect(e, quote).toBeTruthy();
	return e!;
};

describe('"cùng ngày" after a stay told by its range', () => {
	// No stamp: the year is the sports day's, as a school's page writes it.
	const t = build('Hội thao sinh viên Lào', '', [
		'Chiều 15/3, Trường Cao đẳng Sư phạm Gia Lai tổ chức Hội thao sinh viên Lào năm 2023 cho gần 150 sinh viên Lào đang học tập tại Trường.',
		'Dự chương trình có ông Trần Quốc Vĩnh, Phó Chủ tịch UBND tỉnh Gia Lai và Đoàn đại biểu tỉnh Át-tạ-pư (Lào) do ông Xổm-phết Khăm-bay, Phó Tỉnh trưởng tỉnh Át-tạ-pư làm trưởng đoàn, đang thăm và làm việc tại tỉnh Gia Lai từ ngày 14 đến 16/3.',
		'Sáng cùng ngày, tại trụ sở UBND tỉnh, ông Trần Quốc Vĩnh đã hội đàm với Đoàn đại biểu tỉnh Át-tạ-pư. Tối hôm trước, Đoàn đến TP Pleiku sau hành trình từ tỉnh Át-tạ-pư qua cửa khẩu quốc tế Lệ Thanh.',
		'Trong dịp này, ông Xổm-phết Khăm-bay đã trao 20 suất học bổng cho sinh viên Lào có thành tích học tập tốt.'
	]);
	it('"Sáng cùng ngày" is the morning of the day told, not the stay', () => {
		expect(event(t, 'Sáng cùng ngày')).toMatchObject({ start: '2023-03-15', end: '2023-03-15', partOfDay: 'morning' });
	});
	it('"Tối hôm trước" and "Trong dịp này" chain from it', () => {
		expect(event(t, 'Tối hôm trước')).toMatchObject({ start: '2023-03-14', end: '2023-03-14', partOfDay: 'evening' });
		expect(event(t, 'Trong dịp này')).toMatchObject({ start: '2023-03-15', end: '2023-03-15' });
	});
});

describe('"Trong hai ngày qua" and the visit\'s own dated days', () => {
	it('the visit begins on its first dated day; its second day counts from it', () => {
		const t = build('Tỉnh đoàn Bò Kẹo thăm Lai Châu', 'Ngày đăng: 19.09.2019', [
			'Trong hai ngày qua, Đoàn đại biểu Tỉnh đoàn Bò Kẹo (Lào) do đồng chí Xổm-xay Phôm-vi-hản, Bí thư Tỉnh đoàn làm trưởng đoàn đã thăm và làm việc tại tỉnh Lai Châu.',
			'Chiều 17/9, tại trụ sở Tỉnh đoàn Lai Châu, đồng chí Hà Văn Dũng, Bí thư Tỉnh đoàn Lai Châu đã tiếp và hội đàm với Đoàn.',
			'Ngày thứ hai của chuyến thăm, Đoàn đến thăm Trường Cao đẳng Cộng đồng Lai Châu và trao 15 suất học bổng cho học sinh Lào. Tối hôm trước, Đoàn đã dự đêm giao lưu văn nghệ với đoàn viên, thanh niên tỉnh.'
		]);
		expect(event(t, 'Trong hai ngày qua')).toMatchObject({ start: '2019-09-17', end: '2019-09-18' });
		expect(event(t, 'Ngày thứ hai của chuyến thăm')).toMatchObject({ start: '2019-09-18', end: '2019-09-18' });
		expect(event(t, 'Tối hôm trước')).toMatchObject({ start: '2019-09-17', end: '2019-09-17', partOfDay: 'evening' });
	});
});

describe('"On the occasion" after a background day', () => {
	it('is the delegation\'s day, not a ceremony of the week before it came', () => {
		const t = build('Oudomxay Governor visits Thai Nguyen University', 'May 17, 2024 | 11:20 am GMT+7', [
			'On Tuesday, Thai Nguyen University Rector Nguyen Van Hoa received Governor of Oudomxay province Bounkhong Lachanthaboun and a delegation of the Lao province, who are on a working visit to Thai Nguyen this week.',
			'Last Friday, the university held a graduation ceremony for 42 Lao students of the 2019-2023 intake.',
			'On the occasion, the Governor presented 15 scholarships to outstanding Lao students from Oudomxay.'
		]);
		expect(event(t, 'On the occasion')).toMatchObject({ start: '2024-05-14', end: '2024-05-14' });
	});
	it('"Dịp này" likewise', () => {
		const t = build('Tỉnh trưởng U-đôm-xay thăm Đại học Thái Nguyên', '17/05/2024 11:20', [
			'Chiều thứ Ba (14/5), ông Nguyễn Văn Hòa, Giám đốc Đại học Thái Nguyên đã tiếp Đoàn đại biểu tỉnh U-đôm-xay (Lào) do ông Bun-khoong La-chăn-tha-bun, Tỉnh trưởng làm trưởng đoàn.',
			'Hôm thứ Sáu tuần trước, Nhà trường đã tổ chức lễ tốt nghiệp cho 42 sinh viên Lào.',
			'Dịp này, ông Bun-khoong La-chăn-tha-bun đã trao 15 suất học bổng cho sinh viên Lào có thành tích học tập tốt.'
		]);
		expect(event(t, 'Dịp này')).toMatchObject({ start: '2024-05-14', end: '2024-05-14' });
	});
});

describe('leaving for home later today', () => {
	it.each(['later today', 'this afternoon', 'tonight'])('"%s" under a morning stamp: the stamp\'s day, planned', (when) => {
		const t = build('Champasak delegation visits Hue', 'March 15, 2024 | 09:20 am GMT+7', [
			'On Thursday, Hue Mayor Tran Van Binh received a delegation of Champasak province led by Vice Governor Bounmy Phommachanh, who are on a working visit to Hue this week.',
			`The delegation is scheduled to leave Hue for home ${when} through the Lao Bao border gate.`
		]);
		expect(event(t, 'The delegation is scheduled to leave')).toMatchObject({ start: '2024-03-15', end: '2024-03-15', status: 'planned' });
	});
	it('"later today" is still to come, said without "scheduled"', () => {
		expect(findTimeMentions('The delegation leaves Hue for home later today.', 'en')).toEqual([expect.objectContaining({ relation: 'deictic', unit: 'day', offset: 0, tense: 'future' })]);
	});
	it('the departure is not merged with a visit of that day', () => {
		const t = build('Champasak delegation visits Hue', 'March 15, 2024 | 09:20 am GMT+7', [
			'On Thursday, Hue Mayor Tran Van Binh received a delegation of Champasak province led by Vice Governor Bounmy Phommachanh.',
			'This morning, the delegation visited Hue Central Hospital.',
			'The delegation is scheduled to leave Hue for home later today through the Lao Bao border gate.'
		]);
		expect(event(t, 'The delegation is scheduled to leave').sources).toHaveLength(1);
	});
});

describe('"Cách đây một tuần"', () => {
	it.each([
		['Cách đây một tuần, Đoàn y tế tỉnh đã sang khám bệnh.', -7],
		['Cách đây 2 tuần, Đoàn y tế tỉnh đã sang khám bệnh.', -14],
		['Cách đây ba ngày, Đoàn y tế tỉnh đã sang khám bệnh.', -3]
	])('%s', (s, offset) => {
		expect(findTimeMentions(s, 'vi')).toEqual([expect.objectContaining({ relation: 'deictic', offset })]);
	});
	it('a leaderless team told so after the delegation\'s programme: its own day, no delegation', () => {
		const t = build('Đoàn đại biểu tỉnh Hủa Phăn thăm Thanh Hóa', '20-05-2024 08:40', [
			'Đoàn đại biểu tỉnh Hủa Phăn do đồng chí Xay-xổm-phon Phôm-vi-hản, Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn vừa kết thúc chuyến thăm, làm việc tại tỉnh Thanh Hóa từ ngày 14 đến 17/5.',
			'- Ngày 14/5: Đoàn nhập cảnh qua cửa khẩu quốc tế Na Mèo.',
			'- Ngày 15/5: Đoàn hội đàm với lãnh đạo tỉnh Thanh Hóa do đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh chủ trì.',
			'Hôm thứ Sáu, trước khi về nước qua cửa khẩu Na Mèo, Đoàn đã thăm Bệnh viện Đa khoa tỉnh Thanh Hóa.',
			'Cách đây một tuần, Đoàn công tác Sở Y tế Thanh Hóa cũng đã sang huyện Viêng Xay, tỉnh Hủa Phăn khám bệnh, phát thuốc miễn phí cho hơn 400 người dân.'
		]);
		const team = event(t, 'Cách đây một tuần');
		expect(team).toMatchObject({ start: '2024-05-13', end: '2024-05-13', delegation: null });
		const friday = event(t, 'Hôm thứ Sáu');
		expect(friday.start).toBe('2024-05-17');
		expect(friday.delegation).toBeTruthy();
		const d = t.delegations.find((x) => x.id === friday.delegation)!;
		expect(d.start).toBe('2024-05-14');
	});
});
