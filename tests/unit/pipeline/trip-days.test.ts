/**
 * Days a report gives by the trip or the story rather than by a date: "Ngày cuối của chuyến thăm", "Trong khuôn khổ
 * chuyến thăm", "Ngày hôm trước", "Sáng hôm sau" after a flashback, and a plan agreed "Dịp này" for "tháng 3/2026".
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([
		{
			file: 'a.txt',
			text: ['Hà Tĩnh và Bô-ly-khăm-xay tăng cường hợp tác giáo dục', '', '16/11/2025 08:00 GMT+7', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
		}
	]);
const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};
const LEAD = 'Đoàn công tác Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh do ông Phan Trọng Tuấn, Giám đốc Sở làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-ly-khăm-xay (Lào) từ ngày 11 đến 14/11.';

describe('days told by the trip or the story', () => {
	it('"Ngày cuối của chuyến thăm" is the stay\'s last day, as "ngày cuối cùng" is', () => {
		const t = page(LEAD, 'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.', 'Ngày cuối của chuyến thăm, Đoàn về nước qua Cửa khẩu quốc tế Cầu Treo.');
		expect(eventOf(t, 'Ngày cuối của chuyến thăm')).toMatchObject({ start: '2025-11-14', end: '2025-11-14' });
	});

	it('an arrival told with a day of its own beside the stay\'s days is a happening of its own', () => {
		const t = page(
			'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.',
			'Đoàn công tác Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh do ông Phan Trọng Tuấn làm trưởng đoàn đến Pác-xan vào tối hôm trước, bắt đầu chuyến thăm và làm việc tại tỉnh từ ngày 11 đến 14/11.'
		);
		const told = t.events.filter((e) => e.sources[0].quote.includes('đến Pác-xan vào tối hôm trước'));
		expect(told.map((e) => [e.start, e.end, e.partOfDay]).sort()).toEqual([
			['2025-11-11', '2025-11-11', 'evening'],
			['2025-11-11', '2025-11-14', null]
		]);
	});

	it('an arrival told with a day of its own, then the day the stay lasts until, is the arrival and the stay from it', () => {
		const t = page(
			'Sáng 12/11, Đoàn công tác Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh do ông Phan Trọng Tuấn làm trưởng đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.',
			'Đoàn đến Pác-xan tối hôm trước qua cửa khẩu quốc tế Cầu Treo, bắt đầu chuyến công tác tại tỉnh đến hết ngày 14/11.'
		);
		const told = t.events.filter((e) => e.sources[0].quote.startsWith('Đoàn đến Pác-xan tối hôm trước'));
		expect(told.map((e) => [e.start, e.end, e.partOfDay]).sort()).toEqual([
			['2025-11-11', '2025-11-11', 'evening'],
			['2025-11-11', '2025-11-14', null]
		]);
	});

	it('"đúng một tuần sau, Đoàn … do X dẫn đầu sẽ sang …" is a trip seven days after the day told, and frames nothing after it', () => {
		const t = page(
			LEAD,
			'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay do ông Xổm-phon Vi-lay-văn, Giám đốc Sở tiếp.',
			'Hai bên thống nhất, đúng một tuần sau, Đoàn công tác Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay do ông Xổm-phon Vi-lay-văn dẫn đầu sẽ sang tỉnh Hà Tĩnh.',
			'Chiều cùng ngày, Đoàn thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.'
		);
		expect(eventOf(t, 'Hai bên thống nhất, đúng một tuần sau')).toMatchObject({ type: 'visit', status: 'planned', start: '2025-11-19' });
		const after = eventOf(t, 'Chiều cùng ngày');
		expect(after).toMatchObject({ start: '2025-11-12', status: 'occurred' });
		expect(t.delegations.find((d) => d.events.includes(after.id))?.leader).toBe(t.people.find((p) => p.name === 'Phan Trọng Tuấn')?.id);
	});

	it('"Trước đó một ngày, …" is the day before the day told, and "Tối cùng ngày" after it is back at the news day', () => {
		const t = page(
			LEAD,
			'Sáng 13/11, đồng chí Xổm-phon Vi-lay-văn, Giám đốc Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay đã tiếp Đoàn.',
			'Trước đó một ngày, Đoàn đã thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.',
			'Tối cùng ngày, Đoàn dự buổi giao lưu văn nghệ với giáo viên tỉnh bạn.'
		);
		expect(eventOf(t, 'Trước đó một ngày')).toMatchObject({ start: '2025-11-12', end: '2025-11-12' });
		expect(eventOf(t, 'Tối cùng ngày')).toMatchObject({ start: '2025-11-13', partOfDay: 'evening' });
	});

	it('"Ngay sau lễ …," is the ceremony\'s day, though an arrival the day before was told in between', () => {
		const t = page(
			'Sáng 13/11, tại Pác-xan, Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay tổ chức Lễ kỷ niệm 10 năm hợp tác giáo dục với tỉnh Hà Tĩnh, với sự tham dự của Đoàn công tác Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh do ông Phan Trọng Tuấn làm trưởng đoàn.',
			'Đoàn đã đến Pác-xan vào chiều 12/11.',
			'Ngay sau lễ kỷ niệm, hai bên hội đàm về kế hoạch đào tạo giáo viên.'
		);
		expect(eventOf(t, 'Ngay sau lễ kỷ niệm')).toMatchObject({ start: '2025-11-13', end: '2025-11-13' });
	});

	it('"Cũng trong ngày thứ hai của chuyến thăm" is the stay\'s second day, not the day told before nor a Monday', () => {
		const t = page(LEAD, 'Sáng 13/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.', 'Cũng trong ngày thứ hai của chuyến thăm, Đoàn đến thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.');
		expect(eventOf(t, 'Cũng trong ngày thứ hai')).toMatchObject({ start: '2025-11-12', end: '2025-11-12' });
	});

	it('"Trong thời gian ở <nơi>, Đoàn … đã đến thăm …" with no day of its own lies within the stay, even one told "Vừa qua"', () => {
		const t = page('Vừa qua, Đoàn công tác Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh do ông Phan Trọng Tuấn làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-ly-khăm-xay (Lào).', 'Trong thời gian ở Bô-ly-khăm-xay, Đoàn cũng đã đến thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.');
		const e = eventOf(t, 'Trong thời gian ở');
		expect(e).toMatchObject({ dating: 'inferred' });
		expect(e.start! >= '2025-11-09' && e.end! <= '2025-11-16').toBe(true);
	});

	it('"Trong khuôn khổ chuyến thăm" with an act and no day of its own lies within the stay', () => {
		const t = page(LEAD, 'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.', 'Trong khuôn khổ chuyến thăm, hai bên ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2029.');
		expect(eventOf(t, 'Trong khuôn khổ chuyến thăm')).toMatchObject({ type: 'signing', start: '2025-11-11', end: '2025-11-14', dating: 'inferred' });
	});

	it('a plan agreed "Dịp này" for "vào tháng 3/2026" is dated by its month, not by the occasion', () => {
		const t = page(LEAD, 'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.', 'Dịp này, hai bên thống nhất vào tháng 3/2026, Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay sẽ cử đoàn cán bộ sang Hà Tĩnh tập huấn.');
		expect(eventOf(t, 'Dịp này')).toMatchObject({ status: 'planned', start: '2026-03-01', end: '2026-03-31' });
	});

	it('"Tối hôm trước" told after the trip\'s days and no single day is the evening before they begin', () => {
		const t = page(LEAD, 'Đoàn đã đến thị xã Pác-xan vào tối hôm trước và được lãnh đạo Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay đón tiếp.');
		expect(eventOf(t, 'Đoàn đã đến thị xã Pác-xan')).toMatchObject({ start: '2025-11-10', end: '2025-11-10', partOfDay: 'evening' });
	});

	it('"Sáng hôm sau" told after the evening of the news and a flashback to the day before is the next morning of the news', () => {
		const t = page(
			LEAD,
			'Sáng 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.',
			'Tối 12/11, Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay tổ chức tiệc chiêu đãi Đoàn.',
			'Trước đó, chiều 11/11, Đoàn thăm Trường Trung học phổ thông Pác-xan.',
			'Sáng hôm sau, Đoàn thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.'
		);
		expect(eventOf(t, 'Sáng hôm sau')).toMatchObject({ start: '2025-11-13', partOfDay: 'morning' });
		// With no evening told first, the morning after the flashback's day is the news day's own: told in order.
		const u = page(LEAD, 'Chiều 12/11, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Bô-ly-khăm-xay.', 'Trước đó, chiều 11/11, Đoàn thăm Trường Trung học phổ thông Pác-xan.', 'Sáng hôm sau, Đoàn thăm Trường Hữu nghị Việt - Lào tại thị xã Pác-xan.');
		expect(eventOf(u, 'Sáng hôm sau')).toMatchObject({ start: '2025-11-12', partOfDay: 'morning' });
	});
});

describe('"ngày hôm trước": the day before the one just told', () => {
	const anchor = { start: '2024-12-10', end: '2024-12-10', granularity: 'day' as const, partOfDay: null, dating: 'publication' as const, confidence: 0.9, note: { vi: '', en: '' } };
	it.each(['Ngày hôm trước, Đoàn tham quan Khu công nghiệp Phúc Long.', 'Tối hôm trước, Đoàn dự chương trình giao lưu.', 'Hôm trước đó, Đoàn đã đến thăm nhà máy.'])('%s', (s) => {
		const [m] = findTimeMentions(s, 'vi');
		expect(m).toMatchObject({ relation: 'anaphoric', offset: -1 });
		expect(resolveMention(m, { now: null, anchor, year: null })).toMatchObject({ start: '2024-12-09' });
	});
	it('but not "ngày hôm trước khi về nước", nor a bare "hôm trước"', () => {
		expect(findTimeMentions('Ngày hôm trước khi về nước, Đoàn dự tiệc.', 'vi')).toEqual([]);
		expect(findTimeMentions('Hôm trước tôi có gặp anh ấy ở Hà Nội.', 'vi')).toEqual([]);
	});
});
