/**
 * A PDF's line ending in a comma goes on in the next line's lower-case words; "Tối hôm trước ngày khai mạc" is the eve of the
 * opening the page dates later; "Earlier in the day" after a late arrival is the news day's; a happening told by one outlet
 * with no delegation and by another with its leader is that delegation's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (title: string, ...paragraphs: string[]) => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('a dated sentence wrapped after its comma in a PDF text', () => {
	it('is one sentence, an event of its own', () => {
		const text = [
			'Đoàn công tác tỉnh Bình Định thăm tỉnh Chăm-pa-xắc',
			'',
			'Từ ngày 5 đến ngày 7/9/2024, Đoàn công tác tỉnh Bình Định do đồng chí',
			'Trần Văn Lợi, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm',
			'việc tại tỉnh Chăm-pa-xắc, nước CHDCND Lào. Cùng đi có lãnh đạo các sở',
			'ngành của tỉnh.',
			'',
			'Sáng 5/9, tại thành phố Pác-xế, đồng chí Khăm-phết Xi-vông, Phó Tỉnh trưởng',
			'tỉnh Chăm-pa-xắc đã chủ trì hội đàm với Đoàn. Tối 5/9 (giờ địa phương),',
			'đồng chí Vi-lay Thong-xạ, Tỉnh trưởng tỉnh Chăm-pa-xắc đã tiếp xã giao và',
			'chủ trì tiệc chiêu đãi Đoàn.',
			'',
			'Sáng 7/9, Đoàn thăm Trường Hữu nghị tỉnh Chăm-pa-xắc và trao 30 suất học bổng',
			'cho học sinh.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources[0].quote.includes('Vi-lay Thong-xạ'));
		expect(e).toMatchObject({ start: '2024-09-05', end: '2024-09-05', partOfDay: 'evening', role: 'main' });
		expect(e!.sources[0].quote.startsWith('Tối 5/9')).toBe(true);
	});
});

describe('the evening before an opening told later', () => {
	it('is the eve of the day the page gives the opening', () => {
		const t = buildTimeline([
			{
				file: 'b.txt',
				text: page(
					'Tuổi trẻ Hà Tĩnh giao lưu với thanh niên tỉnh Bô-ly-khăm-xay',
					'Ngày 14/6/2024, Đoàn đại biểu Tỉnh Đoàn Hà Tĩnh do đồng chí Phan Thị Lan, Bí thư Tỉnh Đoàn làm trưởng đoàn đã tham dự Ngày hội Thanh niên tại tỉnh Bô-ly-khăm-xay (Lào).',
					'Tối hôm trước ngày khai mạc, Đoàn đã qua Cửa khẩu quốc tế Cầu Treo và được Tỉnh Đoàn Bô-ly-khăm-xay đón tiếp.',
					'Sáng 14/6, đồng chí Phan Thị Lan cùng lãnh đạo Tỉnh Đoàn Bô-ly-khăm-xay đồng chủ trì Lễ khai mạc Ngày hội.'
				)
			}
		]);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Tối hôm trước ngày khai mạc'));
		expect(e).toMatchObject({ start: '2024-06-13', end: '2024-06-13', partOfDay: 'evening', role: 'main', status: 'occurred' });
	});
});

describe('"Earlier in the day" told after a late arrival', () => {
	it('is the day of the news, not the arrival evening', () => {
		const t = buildTimeline([
			{
				file: 'c.txt',
				text: page(
					'Champasak, Binh Dinh step up cooperation',
					'Monday, June 16, 2025 8:00 AM',
					'Vice Governor of Champasak province Khamphet Sivong held talks with Vice Chairman of the Binh Dinh People\'s Committee Tran Van Loi in Quy Nhon city on Thursday, June 12.',
					'The delegation arrived late on Wednesday via the Bo Y international border gate, where it was welcomed by officials of the provincial Department of Foreign Affairs.',
					'Earlier in the day, the guests laid flowers at the provincial martyrs\' cemetery.'
				)
			}
		]);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Earlier in the day'));
		expect(e).toMatchObject({ start: '2025-06-12', end: '2025-06-12' });
	});
});

describe('a happening one outlet tells with no delegation and another with its leader', () => {
	it('belongs to that delegation', () => {
		const t = buildTimeline([
			{
				file: 'd-en.txt',
				text: page(
					'Champasak, Binh Dinh step up cooperation',
					'Friday, June 13, 2025 9:00 AM',
					'"Champasak regards Binh Dinh as a close partner," Vice Governor of Champasak province Khamphet Sivong said at talks with Vice Chairman of the Binh Dinh People\'s Committee Tran Van Loi in Quy Nhon city on Thursday.',
					'Loi accepted an invitation to lead a Binh Dinh delegation to Champasak in December.'
				)
			},
			{
				file: 'd-vi.txt',
				text: page(
					'Bình Định hội đàm với Đoàn đại biểu tỉnh Chăm-pa-xắc',
					'13/06/2025 | 10:00',
					'Sáng 12/6/2025, tại thành phố Quy Nhơn, đồng chí Trần Văn Lợi, Phó Chủ tịch UBND tỉnh Bình Định đã hội đàm với Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phết Xi-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc làm trưởng đoàn.',
					'Nhân dịp này, đồng chí Trần Văn Lợi nhận lời dẫn Đoàn đại biểu tỉnh Bình Định sang thăm tỉnh Chăm-pa-xắc vào tháng 12/2025.'
				)
			}
		]);
		const talks = t.events.find((x) => x.type === 'talks' && x.start === '2025-06-12');
		expect(talks?.sources).toHaveLength(2);
		const guests = t.delegations.find((d) => d.from === 'champasak');
		expect(guests).toBeTruthy();
		expect(talks!.delegation).toBe(guests!.id);
	});
});
