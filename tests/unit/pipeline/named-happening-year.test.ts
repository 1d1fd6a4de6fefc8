/**
 * A page with no stamp whose year is only in the happening it names ("Trại hè …, Tuần lễ …, Hội thi … năm N"), told as a
 * photo story saved without its pictures' stubs ("Ảnh: <headline>", captions each ending with their credit): the captions
 * are the story, the year is the happening's, and what the camp's young people do there (trees planted, volunteer work,
 * both sides' youth doing something together, the host receiving "và trao đổi với Đoàn") are its events. A border gate's
 * bracketed province ("cửa khẩu quốc tế Na Mèo (Thanh Hóa)") is no place of the trip.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('the year of a named happening', () => {
	it.each([
		['Đoàn đã tham gia Hội trại Thanh niên biên giới năm 2017 tại tỉnh Hủa Phăn.', 2017],
		['Các em tham gia Tuần lễ văn hóa ẩm thực năm 2019 tại Viêng Chăn.', 2019],
		['Đoàn dự Liên hoan nghệ thuật quần chúng hai tỉnh năm 2021.', 2021],
		['Đoàn viên tham gia trại hè thanh niên hai nước năm 2016.', 2016]
	])('"%s" gives the page the year %i', (text, year) => {
		expect(decideYear(collectYearEvidence([{ text }], 'vi'))?.year).toBe(year);
	});
});

describe('a stampless photo story of a camp', () => {
	const text = [
		'CỔNG THÔNG TIN TỈNH ĐOÀN',
		'Trang chủ | Tin tức | Ảnh',
		'',
		'Ảnh: Tuổi trẻ Thanh Hóa tham gia Hội trại Thanh niên biên giới năm 2017 tại tỉnh Hủa Phăn',
		'',
		'Từ ngày 3 đến 7/7, Đoàn đại biểu Tỉnh đoàn Thanh Hóa gồm 30 đoàn viên do anh Hà Văn Tùng làm trưởng đoàn đã tham gia Hội trại Thanh niên biên giới năm 2017 tại tỉnh Hủa Phăn (Lào).',
		'',
		'Sáng 3/7, Đoàn xuất cảnh qua cửa khẩu quốc tế Na Mèo (Thanh Hóa), đến thành phố Sầm Nưa vào chiều tối cùng ngày. Ảnh: Thanh Tâm',
		'',
		'Chiều 4/7, anh Khăm-pheng Xay-nha-lạt, Bí thư Tỉnh đoàn Hủa Phăn tiếp và trao đổi với Đoàn về công tác thanh niên. Ảnh: Thanh Tâm',
		'',
		'Trưa 5/7, học sinh hai tỉnh cùng làm bánh khảo và nấu cơm lam truyền thống. Ảnh: Thanh Tâm',
		'',
		'Sáng cùng ngày, Đoàn trồng 150 cây xanh tại Trường Phổ thông Dân tộc nội trú tỉnh Hủa Phăn. Ảnh: Thanh Tâm',
		'',
		'Ngày 6/7, thanh niên hai tỉnh ra quân tình nguyện làm đường vào bản Hang Lạ, huyện Viêng Xay. Ảnh: Lê Hùng',
		'',
		'Ngày 7/7, Đoàn về nước, kết thúc chuyến công tác.',
		'',
		'Chia sẻ: Facebook | Zalo'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);

	it('dates the captions and the lead with the camp\'s year', () => {
		expect(eventOf(t, 'Từ ngày 3 đến 7/7')).toMatchObject({ start: '2017-07-03', end: '2017-07-07' });
		expect(eventOf(t, 'Sáng 3/7, Đoàn xuất cảnh')).toMatchObject({ start: '2017-07-03', partOfDay: 'morning' });
		expect(eventOf(t, 'Chiều 4/7, anh Khăm-pheng')).toMatchObject({ start: '2017-07-04', type: 'reception' });
		expect(eventOf(t, 'Trưa 5/7, học sinh hai tỉnh cùng')).toMatchObject({ start: '2017-07-05', partOfDay: 'noon' });
		expect(eventOf(t, 'Sáng cùng ngày, Đoàn trồng')).toMatchObject({ start: '2017-07-05', partOfDay: 'morning' });
		expect(eventOf(t, 'Ngày 6/7, thanh niên hai tỉnh ra quân')).toMatchObject({ start: '2017-07-06' });
		expect(eventOf(t, 'Ngày 7/7, Đoàn về nước')).toMatchObject({ start: '2017-07-07' });
	});

	it('leaves the gate\'s province out: the trip goes from Thanh Hóa to Hủa Phăn only', () => {
		expect(eventOf(t, 'Sáng 3/7, Đoàn xuất cảnh').cities.sort()).toEqual(['houaphanh', 'thanh-hoa']);
		expect(t.delegations.map((d) => `${d.from}->${d.to}`)).toEqual(['thanh-hoa->houaphanh']);
	});
});
