/**
 * How a trip is told in a lead: the host's banquet and the friendship evening are events of the trip,
 * "Đoàn … đang có chuyến thăm … từ ngày 4-7/9" is the trip itself (not a frame around another event),
 * and the undated lead sentence after it names the delegation's leader.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('event verbs of a trip programme', () => {
	it.each([
		['Tối 4-9, đồng chí X, Tỉnh trưởng tỉnh U Đôm Xay đã chủ trì tiệc chiêu đãi chào mừng Đoàn.', 'reception'],
		['On March 4, the governor hosted a banquet for the delegation.', 'reception'],
		['Tối 4-9, Đoàn đã dự chương trình giao lưu văn nghệ hữu nghị tại Nhà hát.', 'ceremony'],
		['Đoàn đại biểu tỉnh Sơn La đang có chuyến thăm và làm việc tại tỉnh U Đôm Xay từ ngày 4-7/9.', 'visit'],
		['Đoàn đã có chuyến thăm hữu nghị tại tỉnh Hủa Phăn từ ngày 2-4/5.', 'visit']
	])('%s', (s, type) => {
		expect(classify(s)).toBe(type);
	});

	it('still masks a frame that is not the event itself', () => {
		expect(classify('Trong khuôn khổ chuyến thăm và làm việc tại Lào, ngày 5/9.')).toBeNull();
	});
});

describe('a sapo names the delegation, the next lead sentence its leader', () => {
	const text = [
		'Hòa Bình và Phông Xa Lỳ thúc đẩy hợp tác',
		'',
		'Đoàn đại biểu cấp cao tỉnh Hòa Bình đang có chuyến thăm và làm việc tại tỉnh Phông Xa Lỳ (Lào) từ ngày 10-12/4.',
		'',
		'12/04/2023 10:15 GMT+7',
		'',
		'Đoàn đại biểu cấp cao tỉnh Hòa Bình do đồng chí Đinh Công Sứ, Bí thư Tỉnh ủy tỉnh Hòa Bình làm Trưởng đoàn đang có chuyến thăm tỉnh Phông Xa Lỳ.',
		'',
		'Sáng 11/4, hai đoàn đã hội đàm tại trụ sở Tỉnh ủy Phông Xa Lỳ.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);

	it('dates the trip from the sapo and leads it by the person the next sentence names', () => {
		const trip = t.events.find((e) => e.sources[0].quote.includes('từ ngày 10-12/4'));
		expect(trip?.start).toBe('2023-04-10');
		expect(trip?.end).toBe('2023-04-12');
		expect(t.delegations).toHaveLength(1);
		const leader = t.people.find((p) => p.id === t.delegations[0].leader);
		expect(leader?.name).toBe('Đinh Công Sứ');
		expect(t.delegations[0].to).toBe('phongsaly');
	});
});

describe('a reception whose host city only the headline names', () => {
	const page = (title: string) =>
		`${title}\n\nThứ Năm, 05/10/2023 18:00\n\nChiều 5/10, Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Hà đã tiếp Đoàn đại biểu tỉnh Chămpasắc (Lào) do ông Bounthong Keomanivong, Phó Tỉnh trưởng tỉnh Chămpasắc làm trưởng đoàn.\n\nTại buổi tiếp, hai bên trao đổi về hợp tác nông nghiệp, giáo dục và đào tạo nguồn nhân lực trong thời gian tới, nhất trí tăng cường trao đổi đoàn các cấp.\n\nÔng Bounthong Keomanivong cảm ơn tỉnh đã hỗ trợ đào tạo cán bộ, sinh viên của tỉnh Chămpasắc trong nhiều năm qua.`;

	it("takes the headline's city in the other country as where the delegation went", () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Đắk Lắk tiếp Đoàn đại biểu tỉnh Chămpasắc') }]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ leader: 'bounthong-keomanivong', to: 'dak-lak' });
		expect(t.events[0].cities).toContain('dak-lak');
	});

	it('makes no destination when the headline names only the delegation’s own side', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Tăng cường hợp tác với tỉnh Chămpasắc') }]);
		expect(t.delegations.every((d) => d.to === null || d.to === undefined)).toBe(true);
	});
});

describe('a round-up of short items', () => {
	it("reads each item with its own frame: another item's delegation is not an item's visitor", () => {
		const text = [
			'Tin đối ngoại địa phương nổi bật trong tuần',
			'',
			'Chủ nhật, 15/9/2024 | 08:00 (GMT+7)',
			'',
			'Hà Tĩnh - Bolikhamxay: Ngày 10 và 11/9, Đoàn đại biểu tỉnh Bolikhamxay (Lào) do Phó Tỉnh trưởng Somphone Keovilay dẫn đầu thăm và làm việc tại tỉnh Hà Tĩnh. Hai bên thống nhất phối hợp quản lý biên giới.',
			'',
			'Bình Dương - Nhật Bản: Ngày 12/9, Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh tiếp Tổng Lãnh sự Nhật Bản, trao đổi về đầu tư.',
			'',
			'Cần Thơ: Ngày 13/9, thành phố Cần Thơ tổ chức Hội nghị gặp gỡ các cơ quan đại diện nước ngoài nhằm quảng bá tiềm năng đầu tư.'
		].join('\n');
		const t = buildTimeline([{ file: 'roundup.txt', text }]);
		const visit = t.events.find((e) => e.start === '2024-09-10')!;
		expect(visit.people).toEqual(['somphone-keovilay']);
		const conference = t.events.find((e) => e.start === '2024-09-13')!;
		expect(conference.people).not.toContain('somphone-keovilay');
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).not.toContain(conference.id);
	});
});

describe('a list of dated bullets', () => {
	const head = ['Điểm tin đối ngoại địa phương trong tuần', '', 'Chủ nhật, 15/9/2024 | 08:00 (GMT+7)', ''];
	it('is a round-up when its bullets name other places: each reads alone', () => {
		const text = [...head,
			'- Ngày 10 và 11/9, Đoàn đại biểu tỉnh Bolikhamxay (Lào) do Phó Tỉnh trưởng Somphone Keovilay dẫn đầu thăm và làm việc tại tỉnh Hà Tĩnh. Hai bên thống nhất phối hợp quản lý biên giới.', '',
			'- Ngày 12/9, Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh tiếp Tổng Lãnh sự Nhật Bản, trao đổi về đầu tư.', '',
			'- Ngày 13/9, thành phố Cần Thơ tổ chức Hội nghị gặp gỡ các cơ quan đại diện nước ngoài nhằm quảng bá tiềm năng đầu tư.'].join('\n');
		const t = buildTimeline([{ file: 'r.txt', text }]);
		expect(t.events.find((e) => e.start === '2024-09-10')!.people).toEqual(['somphone-keovilay']);
		expect(t.events.filter((e) => e.start !== '2024-09-10').flatMap((e) => e.people)).not.toContain('somphone-keovilay');
		expect(t.delegations.map((d) => d.events.length)).toEqual([1]);
	});
	it("is a trip's programme when its bullets name no other place: the frame holds", () => {
		const text = ['Đoàn đại biểu tỉnh Bolikhamxay thăm Hà Tĩnh', '', 'Chủ nhật, 15/9/2024 | 08:00 (GMT+7)', '',
			'Từ ngày 10 đến 13/9, Đoàn đại biểu tỉnh Bolikhamxay (Lào) do Phó Tỉnh trưởng Somphone Keovilay dẫn đầu thăm và làm việc tại tỉnh Hà Tĩnh. Chương trình của Đoàn gồm:', '',
			'- Ngày 11/9, Đoàn hội đàm với lãnh đạo tỉnh Hà Tĩnh.', '',
			'- Ngày 12/9, Đoàn tham quan Khu kinh tế Vũng Áng.'].join('\n');
		const t = buildTimeline([{ file: 'p.txt', text }]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toHaveLength(3);
	});
});

describe('the delegation at an event, introduced right after it', () => {
	const page = (extra: string[]) =>
		buildTimeline([
			{
				file: 'forum.txt',
				text: [
					'Diễn đàn xúc tiến đầu tư Bình Phước - Chăm Pa Xắc',
					'',
					'Thứ Năm, 13/6/2024 - 06:10',
					'',
					'Chiều 12/6, tại thành phố Pác Xế, tỉnh Chăm Pa Xắc (Lào), UBND tỉnh Bình Phước phối hợp với chính quyền tỉnh Chăm Pa Xắc tổ chức Diễn đàn xúc tiến đầu tư, thương mại năm 2024.',
					'',
					'Đoàn doanh nghiệp tỉnh Bình Phước gồm 45 doanh nghiệp do ông Trần Văn Lộc, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
					'',
					'Trước đó, lúc 16h30 ngày 11/6, Đoàn đã đến thăm và làm việc với Tổng Lãnh sự quán Việt Nam tại Pác Xế.',
					...extra
				].join('\n')
			}
		]);
	it('travelled to where it was held, and leads the trip', () => {
		const t = page([]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ leader: 'tran-van-loc', from: 'binh-phuoc', to: 'champasak' });
		expect(t.delegations[0].events).toHaveLength(2);
	});
	it('a return visit announced at the end names another delegation: it frames none of the news', () => {
		const t = page(['', 'Dự kiến giữa tháng 7 tới, một đoàn doanh nghiệp tỉnh Chăm Pa Xắc sẽ sang khảo sát thị trường tại Bình Phước.']);
		expect(t.delegations.map((d) => [d.leader, d.from, d.to])).toEqual([['tran-van-loc', 'binh-phuoc', 'champasak']]);
	});
});

describe('a lead that names the delegation, undated', () => {
	it('frames the article when no event sentence names it', () => {
		const t = buildTimeline([
			{
				file: 'put-off.txt',
				text: [
					'Lùi thời gian chuyến thăm tỉnh Attapư của Đoàn đại biểu tỉnh Bình Định',
					'',
					'26/10/2024 - 16:30',
					'',
					'Do ảnh hưởng của bão số 6, Đoàn đại biểu tỉnh Bình Định do đồng chí Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hoãn chuyến thăm và làm việc tại tỉnh Attapư (Lào).',
					'',
					'UBND tỉnh đã thống nhất với tỉnh bạn lùi thời gian sang từ ngày 11 đến 13/11.'
				].join('\n')
			}
		]);
		expect(t.delegations.map((d) => [d.leader, d.from, d.to, d.start, d.end])).toEqual([['nguyen-van-tam', 'binh-dinh', 'attapeu', '2024-11-11', '2024-11-13']]);
	});
});
