/**
 * Article-level rules of the pipeline (index.ts), on small invented articles: the trip an article
 * tells frames the events told before its delegation is named, and an article with no year at
 * all takes it from another outlet's report of the same trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (title: string, ...paragraphs: string[]) => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('the frame of an article', () => {
	it('covers a signing told before the delegation is named', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Hai tỉnh ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028',
					'Sáng ngày 5 tháng 4 năm 2024, tại thành phố Thanh Hóa, Ủy ban nhân dân tỉnh Thanh Hóa và Chính quyền tỉnh Hủa Phăn (Lào) đã tổ chức Lễ ký kết Biên bản ghi nhớ hợp tác.',
					'Phát biểu tại lễ ký kết, hai bên khẳng định sẽ tiếp tục tăng cường hợp tác trên nhiều lĩnh vực trong thời gian tới.',
					'Trước đó, chiều 4/4, đồng chí Trịnh Văn Khiêm, Chủ tịch UBND tỉnh Thanh Hóa đã tiếp và hội đàm với Đoàn đại biểu cấp cao tỉnh Hủa Phăn do đồng chí Bun-thoong Xay-nha-vông, Tỉnh trưởng tỉnh Hủa Phăn dẫn đầu.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(1);
		const signing = t.events.find((e) => e.type === 'signing' && e.start === '2024-04-05');
		expect(signing?.delegation).toBe(t.delegations[0].id);
		expect(t.delegations[0]).toMatchObject({ from: 'houaphanh', to: 'thanh-hoa', start: '2024-04-04', end: '2024-04-05' });
	});
});

describe('years shared between outlets', () => {
	const stamped = page(
		'Tăng cường hợp tác giữa tỉnh Quảng Bình và tỉnh Khăm Muộn',
		'10/10/2023 | 16:40',
		'Sáng nay (10/10), tại tỉnh Khăm Muộn (Lào), Đoàn đại biểu cấp cao tỉnh Quảng Bình do đồng chí Hoàng Minh Khải, Phó Chủ tịch UBND tỉnh Quảng Bình dẫn đầu đã có buổi làm việc với lãnh đạo tỉnh Khăm Muộn.',
		'Hai bên đã trao đổi về tình hình thực hiện các nội dung hợp tác và thống nhất nhiều nội dung trọng tâm trong thời gian tới.'
	);
	const yearless = page(
		'Quảng Bình và Khăm Muộn thúc đẩy hợp tác thương mại qua cửa khẩu',
		'Sáng 10/10, tại tỉnh Khăm Muộn, Lào, Đoàn đại biểu cấp cao tỉnh Quảng Bình do ông Hoàng Minh Khải, Phó Chủ tịch UBND tỉnh dẫn đầu đã có buổi làm việc với lãnh đạo tỉnh Khăm Muộn.',
		'Hai bên đã trao đổi về việc nâng cấp hạ tầng cửa khẩu và tạo thuận lợi cho doanh nghiệp hai tỉnh hợp tác sản xuất, kinh doanh.'
	);

	it('an article with no year anywhere takes it from the stamped report of the same working session, and the two become one event', () => {
		const t = buildTimeline([
			{ file: 'a.txt', text: stamped },
			{ file: 'b.txt', text: yearless }
		]);
		const session = t.events.filter((e) => e.type === 'working_session');
		expect(session).toHaveLength(1);
		expect(session[0]).toMatchObject({ start: '2023-10-10', partOfDay: 'morning' });
		expect(session[0].sources.map((s) => s.article).sort()).toEqual(['a', 'b']);
	});

	it('"Hôm nay (10/10)" in a page with no stamp and no year takes the year the same way', () => {
		const today = yearless.replace('Sáng 10/10, tại tỉnh Khăm Muộn', 'Hôm nay (10/10), tại tỉnh Khăm Muộn');
		const t = buildTimeline([
			{ file: 'a.txt', text: stamped },
			{ file: 'b.txt', text: today }
		]);
		const session = t.events.filter((e) => e.type === 'working_session');
		expect(session).toHaveLength(1);
		expect(session[0].sources).toHaveLength(2);
		expect(session[0].start).toBe('2023-10-10');
	});

	it('alone, the yearless article stays undated (with a warning) rather than guessing', () => {
		const t = buildTimeline([{ file: 'b.txt', text: yearless }]);
		expect(t.events.every((e) => e.start === null)).toBe(true);
	});
});

describe('the year of a page with no stamp', () => {
	it('comes from a photo credit dated in the body ("(Ảnh: Minh Duy - 14/11/2023)"), not from the related stories under it', () => {
		const text = page(
			'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xê Kông',
			'Sáng 14/11, ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Bình Dương đã tiếp Đoàn đại biểu tỉnh Xê Kông (Lào) do ông Bun-xỉ Keo-pa-xợt, Phó Tỉnh trưởng tỉnh Xê Kông làm trưởng đoàn.',
			'Phó Chủ tịch UBND tỉnh Lê Văn Tâm tặng quà lưu niệm cho Đoàn. (Ảnh: Minh Duy - 14/11/2023)',
			'Chiều cùng ngày, Đoàn đã tham quan Khu công nghiệp Việt Nam - Singapore.',
			'Tin cùng chuyên mục',
			'Bình Dương đón Đoàn tỉnh Chăm Pa Xắc (02/10/2022)'
		);
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.events.map((e) => e.start)).toEqual(['2023-11-14', '2023-11-14']);
		// Without the credit's date the page has no year at all.
		const bare = buildTimeline([{ file: 'a.txt', text: text.replace(' - 14/11/2023', '') }]);
		expect(bare.events.map((e) => e.start)).toEqual([null, null]);
	});
});

describe('a wire dateline', () => {
	it('names where the story was filed, not where it happened: the delegation went to the governor\'s province', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Bokeo Governor receives Bac Ninh legislators',
					'Wednesday, 22 Nov 2023 9:10 AM',
					"VIENTIANE, Nov 22 (Lao News Agency): Bokeo Governor Khamphanh Phommathat received a delegation from the People's Council of Vietnam's Bac Ninh province led by its Chairman Nguyen Quoc Khanh on Tuesday.",
					'The two sides discussed cooperation in trade, tourism and border management.'
				)
			}
		]);
		expect(t.events[0]).toMatchObject({ start: '2023-11-21', cities: ['bokeo', 'bac-ninh'] });
		expect(t.delegations.map((d) => [d.from, d.to])).toEqual([['bac-ninh', 'bokeo']]);
	});
});

describe('two delegations on one page', () => {
	it('the second, introduced with its own leader, frames what is told after it', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Hai đoàn công tác của Bình Định thăm các tỉnh Nam Lào',
					'21/03/2025 15:40',
					'Hôm 19-3, Đoàn công tác tỉnh Bình Định do ông Lê Hữu Tài, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã đến tỉnh Sê Kông (Lào), bắt đầu chuyến thăm và làm việc.',
					'Sáng 20-3, Tỉnh trưởng Sê Kông đã tiếp Đoàn tại trụ sở Văn phòng tỉnh.',
					'Cũng trong dịp này, Đoàn đại biểu Hội Cựu chiến binh tỉnh Bình Định do ông Phan Văn Lực, Chủ tịch Hội Cựu chiến binh tỉnh, làm trưởng đoàn đã thăm và làm việc tại tỉnh Attapeu từ ngày 18 đến ngày 20-3.',
					'Chiều 18-3, Đoàn đã làm việc với Hội Cựu chiến binh tỉnh Attapeu.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(2);
		const veterans = t.delegations.find((d) => d.to === 'attapeu')!;
		const session = t.events.find((e) => e.start === '2025-03-18' && e.type === 'working_session')!;
		expect(session.delegation).toBe(veterans.id);
		expect(t.people.find((p) => p.id === veterans.leader)?.name).toBe('Phan Văn Lực');
		expect(t.delegations.find((d) => d.to === 'sekong')).toBeTruthy();
	});
});

describe('the way home', () => {
	it('"Đêm 2/12, Đoàn đã về đến Tây Ninh" ends the trip abroad: one delegation, still going to Xay-nha-bu-ly', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Tây Ninh và Xay-nha-bu-ly ký thỏa thuận hợp tác',
					'03/12/2025 10:20',
					'Từ ngày 30/11 - 2/12, Đoàn đại biểu tỉnh Tây Ninh do đồng chí Phạm Thành Công, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Xay-nha-bu-ly (Lào).',
					'Ngày 1/12, tại thành phố Xay-nha-bu-ly, hai đoàn đã hội đàm.',
					'Ngày 2/12, Đoàn thăm Khu bảo tồn voi Xay-nha-bu-ly rồi lên đường về nước.',
					'Đêm 2/12, Đoàn đã về đến Tây Ninh an toàn.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'tay-ninh', to: 'sainyabuli', start: '2025-11-30', end: '2025-12-02' });
		const home = t.events.find((e) => e.sources[0].quote.startsWith('Đêm 2/12'));
		expect(home?.delegation).toBe(t.delegations[0].id);
	});

	it('"chiều mai, Đoàn về TP Hồ Chí Minh" is the delegation going on, not a delegation from there', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'An Giang tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc',
					'Ngày xuất bản: 16-11-2025 | 19:40',
					'Sáng 15/11, đồng chí Trịnh Minh Khoa, Phó Chủ tịch UBND tỉnh An Giang đã tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do bà Bua-ly Khun-na-vông, Phó Tỉnh trưởng làm trưởng đoàn.',
					'Sáng mai, Đoàn sẽ làm việc với Sở Nông nghiệp và Môi trường; chiều mai, Đoàn về TP Hồ Chí Minh, kết thúc chuyến công tác tại An Giang.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(1);
		const on = t.events.find((e) => e.sources[0].quote.startsWith('chiều mai'));
		expect(on).toMatchObject({ start: '2025-11-17', status: 'planned', delegation: t.delegations[0].id });
	});
});

describe('a trip only announced, with no one to lead it', () => {
	const text = (plan: string) =>
		page(
			'Hai tỉnh thúc đẩy hợp tác du lịch',
			'Cập nhật lúc 10:00 ngày 14/10/2025',
			'Chiều 13/10, đồng chí Nguyễn Văn Phương, Chủ tịch UBND tỉnh Quảng Nam đã tiếp Đoàn đại biểu tỉnh Xê Kông (Lào) do đồng chí Lặm-phăn Xi-xu-vông, Phó Tỉnh trưởng dẫn đầu.',
			plan
		);
	it('is a plan on the timeline, not a delegation', () => {
		const t = buildTimeline([{ file: 'a.txt', text: text('Tuần sau, một đoàn doanh nghiệp du lịch của tỉnh Quảng Nam sẽ sang tỉnh Xê Kông khảo sát tuyến du lịch.') }]);
		const plan = t.events.find((e) => e.sources[0].quote.startsWith('Tuần sau'));
		expect(plan).toMatchObject({ status: 'planned', role: 'main', delegation: null });
		expect(t.delegations).toHaveLength(1);
	});
	it('with its leader named, is a delegation to follow', () => {
		const t = buildTimeline([{ file: 'a.txt', text: text('Tuần sau, Đoàn doanh nghiệp du lịch tỉnh Quảng Nam do ông Trần Văn Tâm, Giám đốc Sở Văn hóa, Thể thao và Du lịch dẫn đầu sẽ sang tỉnh Xê Kông khảo sát tuyến du lịch.') }]);
		const plan = t.events.find((e) => e.sources[0].quote.startsWith('Tuần sau'));
		expect(plan?.delegation).not.toBeNull();
		expect(t.delegations).toHaveLength(2);
	});
});

describe('a delegation received by the paper\'s own province, left unnamed', () => {
	it('"Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào)" is the Lao delegation\'s, going where the next sentence says', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào)',
					'Thứ Hai, 03/02/2025 - 09:40',
					'Sáng 2/2, đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do đồng chí Khăm-xing Xay-nha-lạt, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ làm trưởng đoàn.',
					'Đoàn có chuyến thăm, chúc Tết tại tỉnh Điện Biên từ 1 – 4/2.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'phongsaly', to: 'dien-bien', start: '2025-02-01', end: '2025-02-04' });
		expect(t.people.find((p) => p.id === t.delegations[0].leader)?.name).toBe('Khăm-xing Xay-nha-lạt');
	});
});

describe('a delegation named only after the dated talks, in a sentence with no date', () => {
	it('frames the article', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Công an hai tỉnh hội đàm định kỳ',
					'06/06/2025 15:42:10',
					'Ngày 5-6, tại Cửa khẩu quốc tế Cầu Treo, Công an tỉnh Hà Tĩnh và Công an tỉnh Bô-ly-khăm-xay (Lào) tổ chức hội đàm định kỳ.',
					'Đoàn công tác Công an tỉnh Bô-ly-khăm-xay do Đại tá Khăm-phăn Vông-sa, Phó Chỉ huy trưởng Công an tỉnh làm trưởng đoàn đã sang Hà Tĩnh dự hội đàm.',
					'Sáng 6-6, Công an tỉnh Hà Tĩnh tổ chức tiễn Đoàn về nước tại Cửa khẩu quốc tế Cầu Treo.'
				)
			}
		]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'bolikhamxai', to: 'ha-tinh', start: '2025-06-05', end: '2025-06-06' });
	});
});

describe('a ward named with its province before the 2025 merger', () => {
	it('gives way to the host\'s own province, named in the host\'s title', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Quảng Trị đón Đoàn công tác Sở Tài chính tỉnh Khăm Muồn',
					'21/11/2025 20:15',
					'Chiều 20/11, tại phường Đồng Hới, ông Hoàng Xuân Trường, Giám đốc Sở Tài chính tỉnh Quảng Trị đã tiếp và làm việc với Đoàn công tác Sở Tài chính tỉnh Khăm Muồn (Lào) do ông Khăm-xỉ Phim-ma-xon, Phó Giám đốc Sở làm trưởng đoàn.'
				)
			}
		]);
		expect(t.delegations[0]).toMatchObject({ from: 'khammouane', to: 'quang-tri' });
		expect(t.events[0].cities).not.toContain('quang-binh');
	});
});
