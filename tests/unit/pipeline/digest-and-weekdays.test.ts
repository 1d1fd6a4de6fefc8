/**
 * From the twentieth set: a digest dated by its title alone; "Đầu tuần" at the head of a sentence; English "from Monday to
 * Wednesday" and "The following morning"; a delegation setting off ("xuất phát") and entering Laos ("nhập cảnh Lào qua …").
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a digest dated by its title', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Điểm tin đối ngoại địa phương ngày 14/10/2025: Nghệ An đón Đoàn đại biểu tỉnh Hủa Phăn',
				'Chiều hôm qua (13/10), tại thành phố Vinh, ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do ông Xổm-phon Kẹo-chăn-thạ, Phó Tỉnh trưởng làm trưởng đoàn.',
				'Sáng nay, Đoàn thăm Khu kinh tế Đông Nam. Hai bên thống nhất ký kết thỏa thuận hợp tác giai đoạn 2026 - 2030.'
			].join('\n\n')
		}
	]);
	it('is published that day, and its "hôm qua", "nay" count from it', () => {
		expect(t.articles[0]).toMatchObject({ published: '2025-10-14' });
		expect(t.events.map((e) => e.start).sort()).toEqual(['2025-10-13', '2025-10-14']);
	});
});

describe('days of the week', () => {
	it('"Đầu tuần," is the first days of this week', () => {
		expect(findTimeMentions('Đầu tuần, hai sở đã tổ chức hội nghị trực tuyến.', 'vi')).toEqual([expect.objectContaining({ unit: 'week', offset: 0, partOfWeek: 'early' })]);
	});
	it('"from Monday to Wednesday" is one span', () => {
		expect(findTimeMentions('The delegation visited Savannakhet from Monday to Wednesday.', 'en')).toEqual([expect.objectContaining({ shape: 'span', weekday: 1, endWeekday: 3 })]);
	});
	it('"The following morning" is the next day\'s morning', () => {
		expect(findTimeMentions('The following morning, the delegation laid a wreath.', 'en')).toEqual([expect.objectContaining({ relation: 'anaphoric', offset: 1, partOfDay: 'morning' })]);
	});
	it('dated from a Friday stamp', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: ['Ca Mau delegation in Laos', 'Nov 21, 2025 | 08:15 pm', 'The Ca Mau delegation led by Vice Chairwoman Ho Thi Kim Ngan visited Savannakhet province from Monday to Wednesday.', 'On Nov. 20, Vientiane Vice Mayor Phouvong Vongkhamsao received the delegation.', 'The following morning, the delegation laid a wreath at the Kaysone Phomvihane Memorial.'].join('\n\n')
			}
		]);
		const by = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));
		expect(by('The Ca Mau delegation')).toMatchObject({ start: '2025-11-17', end: '2025-11-19' });
		expect(by('The following morning')).toMatchObject({ start: '2025-11-21', partOfDay: 'morning' });
	});
});

describe('setting off and entering Laos', () => {
	it.each([['Sáng thứ Hai tuần này, Đoàn xuất phát từ thị trấn Cầu Ngang, nhập cảnh Lào qua cửa khẩu quốc tế Lao Bảo.'], ['Ngày 5/3, Đoàn nhập cảnh Lào qua cửa khẩu Nậm Cắn.']])('%s', (s) => {
		expect(classify(s)).toBe('visit');
	});
});

describe('a trip put off', () => {
	it('is dated by the new days, told after "lùi sang"', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: ['Hai tỉnh hội đàm trực tuyến', 'Ngày đăng: 14/06/2025', 'Chuyến thăm dự kiến cuối tháng 6 nay được lùi sang tháng 9/2025 để tỉnh hoàn thành việc sắp xếp bộ máy.'].join('\n\n')
			}
		]);
		expect(t.events[0]).toMatchObject({ status: 'planned', start: '2025-09-01', end: '2025-09-30' });
	});
});

describe('a live report\'s lines, each opened by the hour', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'TRỰC TIẾP: Bạc Liêu hội đàm với tỉnh Chăm-pa-xắc (Lào)',
				'14/03/2025 07:30 (Cập nhật lúc 17:05)',
				'Từ ngày 12 đến 15/3, Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Xỉ-xổm-phon Vông-xa, Phó Tỉnh trưởng làm trưởng đoàn thăm và làm việc tại tỉnh Bạc Liêu.',
				'Chiều hôm qua (13/3), Đoàn đã tham quan Nhà thờ Tắc Sậy.',
				'8h30: Tại Trung tâm Hội nghị tỉnh, đồng chí Lê Minh Khái, Phó Chủ tịch UBND tỉnh Bạc Liêu chủ trì hội đàm với Đoàn.',
				'9h10: Đồng chí Lê Minh Khái thông tin về tình hình kinh tế của tỉnh.',
				'14h: Đoàn tham quan Cánh đồng điện gió Bạc Liêu.'
			].join('\n\n')
		}
	]);
	const by = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));
	it('are events of the stamp\'s day, in the part of it the hour says', () => {
		expect(by('8h30')).toMatchObject({ type: 'talks', start: '2025-03-14', partOfDay: 'morning', status: 'occurred' });
		expect(by('14h')).toMatchObject({ type: 'field_trip', start: '2025-03-14', partOfDay: 'afternoon' });
		expect(by('9h10')).toBeUndefined();
	});
	it('the host named at 8h30 was not at yesterday\'s visit', () => {
		const host = t.people.find((p) => p.name === 'Lê Minh Khái')!.id;
		expect(by('Chiều hôm qua')!.people).not.toContain(host);
		expect(by('8h30')!.people).toContain(host);
	});
});

describe('the outlet\'s credit opening the lead', () => {
	it.each([['BHG - '], ['(BTV) - '], ['KTĐT - '], ['VOV.VN - '], ['(BDO) ']])('"%s" is not quoted', (credit) => {
		const text = ['Tiêu đề', 'Ngày đăng: 10/06/2025', `${credit}Sáng 9/6, đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào).`].join('\n\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const src = t.events[0].sources[0];
		expect(src.quote.startsWith('Sáng 9/6')).toBe(true);
		expect(t.articles[0].text!.slice(src.start, src.end)).toBe(src.quote);
	});
});

describe('"Chuyến thăm …" after the sentence that names the delegation put off', () => {
	it('is that delegation\'s trip, led by whom it names, in the new month', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Hai tỉnh hội đàm',
					'Ngày đăng: 13/06/2025',
					'Chiều 12/6, tại thành phố Thà Khẹc, đồng chí Xổm-xạ-nít Vông-phăn-đi, Phó Tỉnh trưởng tỉnh Khăm Muồn đã hội đàm với Đoàn đại biểu tỉnh Vĩnh Long do đồng chí Phan Văn Thới làm trưởng đoàn.',
					'Tại hội đàm, hai bên thống nhất dời lại chuyến thăm tỉnh Vĩnh Long của Đoàn đại biểu tỉnh Khăm Muồn do đồng chí Bun-mi Thăm-ma-vông, Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn. Chuyến thăm dự kiến cuối tháng 6 nay được lùi sang tháng 9/2025.'
				].join('\n\n')
			}
		]);
		const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
		const put = t.delegations.find((d) => name(d.leader) === 'Bun-mi Thăm-ma-vông');
		expect(put).toMatchObject({ from: 'khammouane', to: 'vinh-long', start: '2025-09-01', end: '2025-09-30' });
	});
});

describe('more English relative days', () => {
	it.each([
		['The delegation arrived in Ha Long the previous evening.', { relation: 'anaphoric', offset: -1, partOfDay: 'evening' }],
		['Earlier in the day, the delegation toured Ha Long Bay.', { relation: 'anaphoric', offset: 0 }],
		['A day later, the delegation attended the inauguration of a school.', { relation: 'anaphoric', offset: 1 }],
		['One day later, the guests toured the port.', { relation: 'anaphoric', offset: 1 }],
		['A day earlier, on arrival in Pakse, the delegation was welcomed by the vice governor.', { relation: 'anaphoric', offset: -1 }],
		['The delegation had arrived late on Thursday by road.', { relation: 'deictic', weekday: 4, partOfDay: 'evening', text: 'late on Thursday' }],
		['In the afternoon, the Lao delegation toured Sa Pa.', { relation: 'anaphoric', offset: 0, partOfDay: 'afternoon' }],
		['A tourism delegation is expected to travel to Luang Prabang next March.', { shape: 'month', month: 3, tense: 'future' }]
	])('%s', (s, want) => {
		expect(findTimeMentions(s, 'en')).toEqual([expect.objectContaining(want)]);
	});
	it('"the delegation attended …" names no body of its own: the delegation told before goes on', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Savannakhet delegation in Ha Tinh', '', 'Friday, November 21, 2025 9:10 AM', '', 'A delegation of Savannakhet province led by Vice Governor Khamla Sysouk paid a working visit to Ha Tinh from Nov. 18 to 21.', '', 'On Nov. 19, the delegation held talks with Ha Tinh Vice Chairman Tran Bao Ha.', '', 'A day later, the delegation attended the inauguration of a friendship school.'].join('\n') }]);
		expect(t.delegations).toHaveLength(1);
		const school = t.events.find((e) => e.sources[0].quote.startsWith('A day later'))!;
		expect(school).toMatchObject({ start: '2025-11-20', end: '2025-11-20' });
		expect(t.delegations[0].events).toContain(school.id);
	});
	it('an arrival told beside the visit\'s days, "On arrival, …", "Earlier in the day, …" and "In the afternoon, …" after the talks', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Ha Tinh, Bolikhamxay eye new border route',
					'',
					'Sunday, November 23, 2025 9:12 AM',
					'',
					'Ha Tinh Vice Chairman Tran Bao Ha held talks in Ha Tinh on Nov. 21 with a delegation from the Lao province of Bolikhamxay led by Vice Governor Khamla Sysouk.',
					'',
					'The delegation, on a working visit to Ha Tinh on Nov. 20 and 21, had arrived late on Thursday through the Cau Treo border gate. On arrival, Ha hosted a dinner for the Lao guests.',
					'',
					'Earlier in the day, the delegation had stopped at the Nam Dan relic site in Nghe An, where Khamla laid flowers.',
					'',
					'At the talks, Ha said trade reached 50 million USD in 2024, and both sides agreed to build a new road.',
					'',
					'In the afternoon, the Lao delegation toured the Vung Ang port.'
				].join('\n')
			}
		]);
		const ev = (q: string) => t.events.filter((e) => e.sources[0].quote.startsWith(q)).map((e) => [e.start, e.end, e.partOfDay]);
		expect(ev('The delegation, on a working visit')).toContainEqual(['2025-11-20', '2025-11-20', 'evening']);
		expect(ev('On arrival')).toEqual([['2025-11-20', '2025-11-20', null]]);
		expect(ev('Earlier in the day')).toEqual([['2025-11-20', '2025-11-20', null]]);
		expect(ev('In the afternoon')).toEqual([['2025-11-21', '2025-11-21', 'afternoon']]);
		expect(new Set(t.events.map((e) => e.id)).size).toBe(t.events.length);
	});
	it('"is expected to travel to …" is a trip', () => {
		expect(classify('A tourism delegation is expected to travel to Luang Prabang next March.')).toBe('visit');
	});
});

describe('a bare ordinal day', () => {
	it('"Talks were held on the 20th" is the 20th of the month told, and talks', () => {
		expect(findTimeMentions('Talks were held on the 20th at the provincial headquarters.', 'en')).toEqual([expect.objectContaining({ relation: 'anaphoric', dayOfMonth: 20 })]);
		expect(findTimeMentions('He spoke on the 20th anniversary of the agreement.', 'en')).toEqual([]);
		expect(classify('Talks were held on the 20th at the provincial headquarters.')).toBe('talks');
		const t = buildTimeline([{ file: 'a.txt', text: ['Luang Prabang delegation in Quang Ninh', 'Sunday, November 23, 2025 9:12 AM', 'A delegation from Luang Prabang led by Vice Governor Khamphet Inthavong paid a working visit to Quang Ninh province on Nov. 20 and 21.', 'Talks were held on the 20th at the provincial headquarters, where Quang Ninh Vice Chairman Vu Thanh Long briefed the guests.'].join('\n\n') }]);
		expect(t.events.find((e) => e.type === 'talks')).toMatchObject({ start: '2025-11-20', end: '2025-11-20' });
	});
});
