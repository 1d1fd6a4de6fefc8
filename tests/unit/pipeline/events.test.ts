/**
 * Events: which sentences are events, their type and the date that dates them. Sentences are
 * written the way provincial and national outlets write them, with invented people.
 */
import { describe, expect, it } from 'vitest';
import { classify, datelineLength, extractEvents, isPlanned } from '../../../src/lib/pipeline/events';
import { segment } from '../../../src/lib/pipeline/segment';
import { normalizeText } from '../../../src/lib/pipeline/normalize';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';
import type { Reference } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const stampOn = (day: string): Reference => ({ date: parseIso(day), dating: 'publication', confidence: 0.9, how: 'stamp' });
function events(body: string, stamp: string | null = null, lang: 'vi' | 'en' = 'vi') {
	const text = normalizeText(`Tiêu đề bài viết về chuyến thăm của đoàn đại biểu\n\n${body}`);
	const doc = segment('a', 'a.txt', text, lang);
	return extractEvents(doc, { stamp: stamp ? stampOn(stamp) : null, yearFor: () => null });
}

describe('event types', () => {
	it.each([
		['Chiều hôm qua (3/8), Đoàn đã dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh tại Công viên Tượng đài.', 'ceremony'],
		['Sáng 5/9, Đoàn đã đặt vòng hoa tại Đài tưởng niệm liệt sĩ.', 'ceremony'],
		['The delegation laid a wreath at the monument on March 5.', 'ceremony'],
		['The delegation paid floral tribute to President Ho Chi Minh on March 5.', 'ceremony'],
		['On May 15, the delegation offered flowers at the Kim Lien relic site.', 'ceremony'],
		['On May 15, the delegation offered incense at the temple.', 'ceremony'],
		['The province offered scholarships to Lao students on May 15.', null],
		['On the occasion, the Hung Yen delegation presented 200 million VND (7,860 USD) to build a classroom.', 'ceremony'],
		['The delegation handed over gifts to poor students in Namtha district.', 'ceremony'],
		['The delegation presented its plan to the provincial council.', null],
		['On June 12, Khanh held working sessions with the Luang Namtha Provincial People\'s Council.', 'working_session'],
		// A call paid at the embassy; the arrival through a border gate; a team sent over.
		['Ngày 1/6, trên đường về nước, Đoàn đến chào Đại sứ quán Việt Nam tại Thủ đô Viêng Chăn.', 'courtesy_call'],
		['Ngày 1/6, Đoàn đến chào lãnh đạo tỉnh Viêng Chăn.', 'courtesy_call'],
		['Đoàn đã nhập cảnh qua cửa khẩu quốc tế Cầu Treo lúc 8 giờ 30 sáng 8/6.', 'visit'],
		// Leaving the country at a gate, or crossing one, opens the trip too; attending an exchange is a happening.
		['Sáng 4/6, Đoàn làm thủ tục xuất cảnh tại cửa khẩu quốc tế Lao Bảo.', 'visit'],
		['Sáng 4/6, Đoàn làm thủ tục xuất cảnh qua cặp cửa khẩu quốc tế Lao Bảo - Đen-sạ-vẳn.', 'visit'],
		['The delegation crossed the Lao Bao - Densavanh border gate early on June 4.', 'visit'],
		['Tối 5/6, Đoàn dự chương trình giao lưu doanh nghiệp hai nước.', 'ceremony'],
		['Năm 2023, tỉnh đã giao lưu với nhiều địa phương.', null],
		['Từ ngày 20 đến 22/5, Sở Y tế tỉnh Bắc Giang đã cử 5 bác sĩ sang khám bệnh, cấp thuốc miễn phí cho người dân huyện Nà Mò.', 'visit'],
		['Năm 2023, tỉnh đã cử cán bộ tham gia tập huấn.', null],
		// Staff sent over, counted or not, are a trip: "sẽ cử cán bộ kỹ thuật sang tỉnh … hỗ trợ lắp đặt …".
		['Tháng 12 năm nay, Sở Tài nguyên và Môi trường sẽ cử cán bộ kỹ thuật sang tỉnh Hủa Phăn hỗ trợ lắp đặt trạm quan trắc.', 'visit'],
		// Found by the eleventh unseen set: a call on a body, a gift of anything, an English working trip.
		['Sáng 21/10, Đoàn đã đến chào Ban Đối ngoại Trung ương.', 'courtesy_call'],
		['Nhân dịp này, Đoàn đã trao tặng tỉnh Quảng Trị bức tranh.', 'ceremony'],
		['The Can Tho delegation, led by Vice Chairman Nguyen Thanh Vu, was on a working trip to Laos from October 17-20.', 'visit'],
		['Sainyabuli and Hai Duong provinces celebrated the 10th anniversary of their twinning on March 21.', 'ceremony'],
		['Chiều 22/11, đồng chí Thái Văn Hào đã chủ trì hội đàm với Đoàn.', 'talks'],
		['The two provinces held online talks on March 20 on agricultural cooperation.', 'talks'],
		['Vientiane and Hanoi held bilateral talks on March 20.', 'talks'],
		// The hosts seeing the delegation off; a sidebar's "tiễn lưu học sinh về nước" is no send-off of a delegation.
		['Sáng 6/6, tại cửa khẩu quốc tế Bờ Y, lãnh đạo tỉnh Kon Tum đã tiễn Đoàn về nước.', 'ceremony'],
		['Chiều 14/3, Phó Chủ tịch UBND tỉnh Trần Văn Long tiễn đưa đồng chí Sengdeuan Lachanthaboun tại sân bay Phú Bài.', 'ceremony'],
		['Nghệ An tiễn lưu học sinh Lào về nước sau khóa học.', null],
		// A delegation handing over gifts or scholarships; "trao đổi" (discussing) is none.
		['Trưa cùng ngày, Đoàn đã trao 100 suất quà cho học sinh nghèo huyện Đắc Chưng.', 'ceremony'],
		['Sáng 6/6, Đoàn đã trao tặng học bổng cho sinh viên Lào.', 'ceremony'],
		['Sáng 6/6, hai bên trao đổi kinh nghiệm về phát triển du lịch.', null],
		// … but the delegation exchanging experience is what it came to do.
		['Trong hai ngày qua, Đoàn cũng đã trao đổi kinh nghiệm lập quy hoạch với cán bộ hai tỉnh.', 'working_session'],
		// … funds, equipment and decorations too.
		['Cũng trong ngày 9/10, Đoàn đã trao kinh phí 500 triệu đồng hỗ trợ xây dựng trường tiểu học.', 'ceremony'],
		['Ngày 9/10, Đoàn đã trao tặng 2 tỷ đồng cho tỉnh bạn khắc phục hậu quả lũ lụt.', 'ceremony'],
		['Ngày 9/10, Chủ tịch nước đã trao Huân chương Lao động hạng Nhất cho tỉnh Chămpasắc.', 'ceremony'],
		// To meet with difficulties is no meeting; to meet someone is one.
		['Năm 2024, dù gặp nhiều khó khăn, tỉnh Salavan vẫn giữ vững ổn định chính trị.', null],
		['Trong năm 2024, các doanh nghiệp gặp phải không ít trở ngại về thủ tục.', null],
		['Chiều 9/10, đồng chí Nguyễn Văn An đã gặp gỡ cộng đồng người Việt tại Pắc Xế.', 'meeting'],
		['Chiều 9/10, Đoàn đã gặp lãnh đạo tỉnh Salavan.', 'meeting'],
		// A place named with "Lễ" is no ceremony; a "Lễ" with its kind after it is one.
		['Chiều 14/11, Đoàn đã tới thăm xã Đông Lễ.', 'visit'],
		['Chiều 14/11, Đoàn công tác phường Mỹ Lễ (thị xã Quảng Trị) đã làm việc với huyện Lạo Ngam.', 'working_session'],
		['Sáng 14/11, Tại Lễ đón, Đoàn đã phát biểu cảm ơn.', 'ceremony'],
		['Sáng 14/11, Đoàn dự Lễ Vu Lan tại chùa.', 'ceremony'],
		// An arrival that opens the trip is the visit; a trip's frame before another verb is not.
		['Ngày 3/5, Đoàn đại biểu tỉnh Khăm Muộn đã đến tỉnh Quảng Bình qua cửa khẩu Cha Lo, bắt đầu chuyến thăm và làm việc tại tỉnh.', 'visit'],
		['Trong chuyến thăm và làm việc tại tỉnh Khăm Muộn, ngày 3/5, Đoàn đã hội đàm với lãnh đạo tỉnh.', 'talks'],
		// … and so is one that opens a working trip ("chuyến công tác"), or the trip told with "có".
		['Hôm 13/11, Đoàn đã đến Nghệ An qua Cửa khẩu quốc tế Nậm Cắn, bắt đầu chuyến công tác 3 ngày.', 'visit'],
		// … and the end of the trip, "đã kết thúc chuyến thăm …".
		['Ngày 15/11, Đoàn đại biểu tỉnh Salavan đã kết thúc chuyến thăm và làm việc 3 ngày tại tỉnh Quảng Trị.', 'visit'],
		['Chiều 15/11, Đoàn đã về nước, kết thúc tốt đẹp chuyến công tác tại tỉnh Quảng Trị.', 'visit'],
		['Ngày 4/6, Đoàn công tác Công an tỉnh Savannakhet đang có chuyến công tác tại tỉnh Quảng Trị.', 'visit'],
		['Nhân chuyến công tác tại Lào, ngày 4/6, đồng chí Nguyễn Văn An đã làm việc với Tổng Lãnh sự quán.', 'working_session'],
		// English tells the trip by where the delegation stayed.
		['Ngày 5/4, Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý tiếp Phó Tỉnh trưởng tỉnh Xiêng Khoảng Bounlieng Xaysana.', 'reception'],
		['Ngày 12/9, Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh tiếp Tổng Lãnh sự Nhật Bản.', 'reception'],
		['Ngày 5/4, lãnh đạo tỉnh tiếp nhận 200 suất học bổng của thành phố.', null],
		['The Hanoi delegation was in Vientiane from April 9 to 10.', 'visit'],
		['A delegation of Vientiane Capital led by its Vice Mayor is visiting Ho Chi Minh City from April 3-5.', 'visit'],
		['A delegation from Quang Tri will be in Savannakhet on May 3 and 4.', 'visit'],
		// English tells the trip by its leader.
		["Governor of Attapeu province Vongsavanh Phommachak led a provincial delegation to Vietnam's Gia Lai province from Oct 9-11.", 'visit'],
		['The governor led the province to record growth in 2023.', null]
	])('%s', (s, type) => {
		expect(classify(s)).toBe(type);
	});
});

describe('what dates an event', () => {
	it('an article whose only news is told by its part of the month ("Vào đầu tháng này, Đoàn … đã thăm …") reports it as the news', () => {
		const lead = 'Vào đầu tháng này, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do ông Bun-lơn Xỉ-vông dẫn đầu đã thăm và làm việc tại tỉnh Bình Dương. Tại buổi làm việc, hai bên đã trao đổi về hợp tác đào tạo.';
		expect(events(lead, '2023-11-15').map((e) => [e.role, e.date?.start, e.date?.end])).toEqual([['main', '2023-11-01', '2023-11-10']]);
		// Beside a dated happening it stays background; months before the stamp it is history.
		expect(events(`Sáng 14/11, Chủ tịch UBND tỉnh Bình Dương đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng. ${lead}`, '2023-11-15').map((e) => e.role)).toEqual(['main', 'context']);
		expect(events('Cuối tháng 6 vừa qua, Đoàn đại biểu tỉnh Xiêng Khoảng đã thăm và làm việc tại tỉnh Bình Dương.', '2023-11-15').filter((e) => e.date).map((e) => e.role)).toEqual(['context']);
		// English "earlier this month", the month of the stamp.
		expect(events('Earlier this month, a delegation from Xieng Khouang led by Vice Governor Bounleun Sivong visited Binh Duong.', '2023-11-20', 'en').map((e) => [e.role, e.date?.start])).toEqual([['main', '2023-11-01']]);
	});

	it('an undated stop of the programme ("Trong chương trình làm việc, Đoàn đã đến thăm …") lies within the trip just told', () => {
		const d = events('Ngày 14 và 15/11, Đoàn đại biểu Hội Liên hiệp Phụ nữ Lào tỉnh Hủa Phăn do bà Bua-phăn Xẻng-đươn làm trưởng đoàn đã thăm và làm việc tại tỉnh Thanh Hóa. Tối 14/11, lãnh đạo tỉnh Thanh Hóa đã tiếp và chiêu đãi Đoàn. Trong chương trình làm việc, Đoàn đã đến thăm mô hình trồng cói của Hợp tác xã Nga Sơn.', '2023-11-17');
		expect(d.map((e) => [e.type, e.date?.start, e.date?.end, e.date?.dating])).toEqual([
			['visit', '2023-11-14', '2023-11-15', 'publication'],
			['reception', '2023-11-14', '2023-11-14', 'publication'],
			['field_trip', '2023-11-14', '2023-11-15', 'inferred']
		]);
		// With no trip told, or not opening the sentence, it stays the episode's detail.
		expect(events('Tối 14/11, lãnh đạo tỉnh Thanh Hóa đã tiếp Đoàn. Trong chương trình làm việc, Đoàn đã đến thăm mô hình trồng cói.', '2023-11-17')).toHaveLength(1);
	});

	it('"chiều cùng ngày" after a flashback\'s evening ("Trước đó, tối 13/11, …") is the day of the news, not of the flashback', () => {
		const body = (flash: string, next: string) =>
			events(`Sáng 14/11, Chủ tịch UBND tỉnh Bình Dương Lê Văn Phát đã hội đàm với đoàn công tác tỉnh Sê Kông (Lào). ${flash} Trong chương trình làm việc, ${next}, đoàn đã tham quan Khu công nghiệp Mỹ Phước.`, '2023-11-14');
		expect(body('Trước đó, tối 13/11, Phó Chủ tịch UBND tỉnh Trần Minh Khoa đã chủ trì tiệc chiêu đãi đoàn.', 'chiều cùng ngày').map((e) => e.date?.start)).toEqual(['2023-11-14', '2023-11-13', '2023-11-14']);
		// Going on forward from the flashback's morning, the same day is the flashback's.
		expect(body('Trước đó, sáng 13/11, đoàn đã đến thăm Trường Đại học Thủ Dầu Một.', 'chiều cùng ngày').map((e) => e.date?.start)).toEqual(['2023-11-14', '2023-11-13', '2023-11-13']);
	});

	it('an arrival that opens a working trip of N days dates the trip from that day', () => {
		const d = events('Hôm 13/11, Đoàn công tác Công an tỉnh Bô-ly-khăm-xay đã đến Nghệ An qua Cửa khẩu quốc tế Nậm Cắn, bắt đầu chuyến công tác 3 ngày.', '2023-11-15');
		expect(d[0]).toMatchObject({ type: 'visit', date: { start: '2023-11-13', end: '2023-11-15' } });
	});

	it('"Sau buổi hội đàm, hai bên đã ký kết …" is the signing, on the day of the talks just told', () => {
		const d = events('Sáng 14/11, tại TP Thủ Dầu Một, ông Lê Văn Phát, Chủ tịch UBND tỉnh Bình Dương, đã tiếp và hội đàm với đoàn công tác tỉnh Sê Kông (Lào). Sau buổi hội đàm, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2023 - 2028.', '2023-11-14');
		expect(d.map((e) => [e.type, e.date?.start])).toEqual([['talks', '2023-11-14'], ['signing', '2023-11-14']]);
		// "Kết thúc buổi làm việc, …" likewise; a meeting named without its occasion ("sau hội nghị tổng kết") is not one.
		expect(classify('Kết thúc buổi làm việc, hai bên đã trao quà lưu niệm và ký kết biên bản.')).toBe('signing');
		expect(events('Chiều 5/4, Đoàn hội đàm với lãnh đạo tỉnh. Sau hội nghị tổng kết năm, hai bên ký kết thỏa thuận.', '2024-04-06').map((e) => e.type)).toEqual(['talks']);
		// Without "buổi" ("Sau hội đàm, …", "Sau khi hội đàm, …", "Kết thúc hội đàm, …"), and in English ("After the talks, …").
		for (const after of ['Sau hội đàm', 'Sau khi hội đàm', 'Kết thúc hội đàm'])
			expect(events(`Sáng 14/11, lãnh đạo tỉnh đã hội đàm với Đoàn. ${after}, hai bên đã ký kết biên bản ghi nhớ.`, '2023-11-16').map((e) => [e.type, e.date?.start])).toEqual([['talks', '2023-11-14'], ['signing', '2023-11-14']]);
		expect(events('On November 14, the two sides held talks. After the talks, they signed a memorandum of understanding.', '2023-11-16', 'en').map((e) => [e.type, e.date?.start])).toEqual([['talks', '2023-11-14'], ['signing', '2023-11-14']]);
	});

	it('an anniversary span in brackets is not the date of the talks', () => {
		const d = events(
			'Tại buổi hội đàm, đồng chí Khamsone Vilaythong chào mừng Đoàn sang thăm và làm việc đúng vào dịp hai nước kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022).',
			'2022-08-10'
		);
		expect(d.filter((e) => e.date)).toHaveLength(0);
	});

	it('"tuần qua" dates the news of a weekly round-up, not background', () => {
		const d = events('Tuần qua, Đoàn đại biểu tỉnh Chămpasắc do ông Bounthong Keomanivong dẫn đầu đã thăm và làm việc tại tỉnh Đắk Lắk.', '2023-10-23');
		expect(d[0]).toMatchObject({ role: 'main', status: 'occurred', date: { start: '2023-10-16', end: '2023-10-22' } });
	});

	it('a visit agreed "nhân dịp này" for "tháng 12 tới" is dated then, and after the news it is background', () => {
		const d = events(
			'Ngày 18/10, Đoàn đại biểu tỉnh Chămpasắc đã hội đàm với lãnh đạo tỉnh Đắk Lắk. Nhân dịp này, lãnh đạo hai tỉnh thống nhất, Đoàn đại biểu cấp cao tỉnh Đắk Lắk sẽ sang thăm, làm việc tại tỉnh Chămpasắc vào tháng 12 tới.',
			'2023-10-23'
		);
		expect(d.map((e) => [e.date?.start, e.date?.end, e.status, e.role])).toEqual([
			['2023-10-18', '2023-10-18', 'occurred', 'main'],
			['2023-12-01', '2023-12-31', 'planned', 'context']
		]);
		// Told as the article's own news, the announced trip is its main event.
		expect(events('Đoàn đại biểu cấp cao tỉnh Đắk Lắk sẽ sang thăm tỉnh Chămpasắc vào tháng 12 tới.', '2023-10-23')[0]).toMatchObject({ role: 'main', status: 'planned' });
	});

	it('a weekday "vừa qua" is the news itself, not background', () => {
		const d = events('Sáng thứ Hai vừa qua, Đoàn đại biểu tỉnh Đắk Lắk đã hội đàm với lãnh đạo tỉnh Chămpasắc.', '2023-10-12');
		expect(d.map((e) => [e.date?.start, e.role])).toEqual([['2023-10-09', 'main']]);
	});

	it('a happening more than a month before the article’s latest one is not part of the trip reported', () => {
		const d = events(
			'Chiều 11/10, Chủ tịch UBND thành phố đã hội đàm với Đoàn đại biểu tỉnh Sê Kông. Sáng 12/10, Đoàn đã thăm Khu công nghệ cao. Chiều 20/8, thành phố đã tổ chức hội nghị xúc tiến đầu tư vào các tỉnh Nam Lào. Dự kiến, từ ngày 5 - 7/12, Đoàn đại biểu cấp cao thành phố sẽ sang thăm tỉnh Sê Kông.',
			'2023-10-12'
		);
		expect(d.map((e) => [e.date?.start, e.role])).toEqual([
			['2023-10-11', 'main'],
			['2023-10-12', 'main'],
			['2023-08-20', 'context'],
			// An announced trip months ahead stays the article's news.
			['2023-12-05', 'main']
		]);
	});

	it('a span of a few days still dates a visit', () => {
		const d = events('Trong các ngày 22-24/11/2023, Đoàn đại biểu cấp cao tỉnh Xiêng Khoảng sang thăm và làm việc tại tỉnh Nghệ An.');
		expect(d[0].date).toMatchObject({ start: '2023-11-22', end: '2023-11-24' });
	});
});

describe('planned or reported', () => {
	it.each([
		['Dự kiến, ngày 17/12, Đoàn sẽ đến thăm Khu công nghiệp Trà Nóc.', true],
		['Theo chương trình, ngày 5/8, Đoàn dự kiến sẽ thăm Khu Công nghệ cao.', true],
		['On Thursday, the delegation will visit the Vat Phou World Heritage Site.', true],
		// A report that goes on to what was agreed for later.
		['Chiều 9/8, hai bên đã hội đàm và nhất trí sẽ phối hợp tổ chức nhiều hoạt động.', false],
		['On Monday, the delegation held talks with provincial authorities, who briefed them on the province’s plans to attract investment.', false],
		['The Da Nang delegation held talks with the governor, who said the province will open a new border gate.', false]
	])('%s', (s, want) => {
		expect(isPlanned(s)).toBe(want);
	});
});

describe('dates that do not date the event told', () => {
	it('a founding day in brackets after an anniversary, in English too', () => {
		const d = events('The visit is part of activities to mark the 62nd anniversary of Vietnam - Laos diplomatic relations (September 5, 1962 - 2024).', '2024-10-10', 'en');
		expect(d.filter((e) => e.date)).toHaveLength(0);
	});

	it('a year that qualifies a noun ("kết quả hợp tác năm 2023") is not when the talks took place', () => {
		expect(events('Tại buổi hội đàm, hai bên đã thông báo kết quả hợp tác năm 2023 giữa hai tỉnh.', '2024-03-27').filter((e) => e.date)).toHaveLength(0);
		expect(events('Hai bên mong muốn sớm ký kết kế hoạch hợp tác năm 2024.', '2024-03-27').filter((e) => e.date)).toHaveLength(0);
		// After a word of time it does date the event.
		const d = events('Lãnh đạo hai tỉnh đã ký kết thỏa thuận hợp tác trong năm 2023.', '2024-03-27');
		expect(d[0].date).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
	});

	it('"từ năm 2009", "since 2009" say how long something has lasted, not when the event happened', () => {
		expect(events('Phát biểu tại buổi hội đàm, bà Nguyễn Thị Hằng khẳng định quan hệ hợp tác giữa hai tỉnh được xây dựng từ năm 2009.', '2024-06-02').filter((e) => e.date)).toHaveLength(0);
		expect(events('At the talks, the two sides reviewed the cooperation they have maintained since 2009.', '2024-06-02', 'en').filter((e) => e.date)).toHaveLength(0);
	});

	it('a happening a year or more before the stamp is background, not the trip', () => {
		const d = events('Ngày 12/3/2021, hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác đầu tiên.', '2024-03-27');
		expect(d[0]).toMatchObject({ role: 'context' });
		expect(events('Ngày 12/3/2024, hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác.', '2024-03-27')[0]).toMatchObject({ role: 'main' });
	});

	it('without a stamp, the article’s latest happening stands for its time', () => {
		const d = events('Chiều 5/4/2024, hai tỉnh đã hội đàm tại thành phố Thanh Hóa. Ngày 18/11/2021, Đoàn đại biểu tỉnh đã sang thăm và ký kết thỏa thuận hợp tác đầu tiên.');
		expect(d.map((e) => [e.date?.start, e.role])).toEqual([
			['2024-04-05', 'main'],
			['2021-11-18', 'context']
		]);
	});
});

describe('wire datelines', () => {
	it('"VIENTIANE, March 12 (KPL) –" is when the story was filed: "yesterday" counts from it, even under a later page stamp', () => {
		const d = events('VIENTIANE, March 12 (KPL) – Vientiane Mayor Phoxay Chanthavong yesterday held talks with a delegation from Hanoi.', '2024-03-13', 'en');
		expect(d[0].date).toMatchObject({ start: '2024-03-11' });
		expect(d[0].quote.text.startsWith('VIENTIANE')).toBe(true);
	});

	it('"VIENTIANE, Nov 22 (Lao News Agency):" — the agency written out, a colon after it — is a dateline too', () => {
		const d = events("VIENTIANE, Nov 22 (Lao News Agency): Bokeo Governor Khamphanh Phommathat received a delegation from Vietnam's Bac Ninh province on Tuesday.", '2023-11-22', 'en');
		expect(d[0].date).toMatchObject({ start: '2023-11-21', end: '2023-11-21' });
		// A bracket after a place inside the sentence is no dateline.
		expect(events('The delegation, led by Vice Governor Bounthong (Champasak), visited Binh Duong on Nov 14: a first.', '2023-11-22', 'en')[0].date).toMatchObject({ start: '2023-11-14' });
	});

	it('"Vientiane (VNA) –" with no date is a dateline too: where it was filed, not where it happened', () => {
		expect(datelineLength('Vientiane (VNA) – A delegation of Hung Yen is on a working visit to Luang Namtha from June 11-13.')).toBe('Vientiane (VNA) – '.length);
		expect(datelineLength('The delegation, led by Vice Governor Bounthong (Champasak) – a first – visited Binh Duong.')).toBe(0);
	});
});

describe('round-ups', () => {
	it("an item's place label ends the previous item: its sentences are not told as the event before", () => {
		const d = events(
			[
				'Hà Tĩnh - Bolikhamxay: Ngày 10/9, Phó Chủ tịch UBND tỉnh Hà Tĩnh tiếp Đoàn đại biểu tỉnh Bolikhamxay. Hai bên bàn về hợp tác giáo dục.',
				'Bình Dương - Nhật Bản: Ngày 9/9, Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản, trao đổi về đầu tư.'
			].join('\n\n'),
			'2024-09-15'
		);
		const talk = d.find((e) => e.sentence.text.startsWith('Hà Tĩnh - Bolikhamxay'))!;
		expect(talk.followers.map((s) => s.text)).toEqual(['Hai bên bàn về hợp tác giáo dục.']);
		// A colon after a lower-case phrase is speech or an explanation, not a label.
		const said = events('Chiều 10/9, Đoàn đã hội đàm với lãnh đạo tỉnh. Ông Thongchanh cho biết: Hai tỉnh sẽ mở rộng hợp tác.', '2024-09-15');
		expect(said[0].followers.map((s) => s.text)).toEqual(['Ông Thongchanh cho biết: Hai tỉnh sẽ mở rộng hợp tác.']);
	});
});

describe('a delegation "in" a place', () => {
	it('is a stay only where "in" names the place, not a state ("in charge of", "in line with")', () => {
		expect(classify('The delegation was in charge of the preparations on March 5.')).toBeNull();
		expect(classify('The delegation is in line with the plan agreed on March 5.')).toBeNull();
	});
});

describe('a trip told with its days beside another day', () => {
	it('is dated by its span, not by the departure or the occasion beside it', () => {
		const gone = events('Sáng 19-3, tại sân bay Nội Bài, Đoàn đại biểu tỉnh Tuyên Quang do đồng chí Lê Văn Kiên dẫn đầu đã lên đường thăm và làm việc tại Lào trong ba ngày 19-21/3.', '2025-03-19');
		expect(gone[0].date).toMatchObject({ start: '2025-03-19', end: '2025-03-21' });
		const also = events('Cũng trong dịp này, Đoàn đại biểu Hội Cựu chiến binh tỉnh Bình Định đã thăm và làm việc tại tỉnh Xê Kông từ ngày 18 đến ngày 20-3.', '2025-03-22');
		expect(also[0].date).toMatchObject({ start: '2025-03-18', end: '2025-03-20' });
		// Another kind of event on a day of the trip keeps its day.
		const met = events('Sáng 19-3, Đoàn đã hội đàm với lãnh đạo tỉnh, trong chuyến thăm từ ngày 18 đến ngày 20-3.', '2025-03-22');
		expect(met[0].date).toMatchObject({ start: '2025-03-19', end: '2025-03-19' });
	});
});

describe("the trip's last or first day", () => {
	it('dates what the delegation did on it from the trip just told', () => {
		const d = events(
			[
				'Tối 21-3, Đoàn đại biểu tỉnh Hòa Bình do đồng chí Bùi Văn Tỉnh dẫn đầu đã về nước, kết thúc chuyến thăm và làm việc 3 ngày tại Lào.',
				'Ngày cuối cùng của chuyến thăm, Đoàn đã làm việc với lãnh đạo tỉnh Hủa Phăn.',
				'Trưa cùng ngày, Đoàn đã dâng hương tại Nghĩa trang liệt sĩ.'
			].join('\n\n'),
			'2025-03-22'
		);
		expect(d.find((e) => e.sentence.text.startsWith('Ngày cuối cùng'))?.date).toMatchObject({ start: '2025-03-21', end: '2025-03-21', granularity: 'day' });
		expect(d.find((e) => e.sentence.text.startsWith('Trưa cùng ngày'))?.date).toMatchObject({ start: '2025-03-21', partOfDay: 'noon' });
		const first = events('Từ ngày 4 đến ngày 6/6, Đoàn đã thăm và làm việc tại tỉnh Xê Kông.\n\nTrong ngày đầu tiên của chuyến công tác, Đoàn đã làm việc với Sở Giáo dục tỉnh.', '2025-06-07');
		expect(first[1].date).toMatchObject({ start: '2025-06-04', end: '2025-06-04' });
		// With no trip told before, it dates nothing.
		expect(events('Ngày cuối cùng của chuyến thăm, Đoàn đã làm việc với lãnh đạo tỉnh Hủa Phăn.', '2025-03-22').filter((e) => e.date)).toEqual([]);
	});
});

describe('the next stop of the day just told', () => {
	const arrival = 'Chiều 10/4, đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh đã đón Đoàn đại biểu tỉnh Khăm Muồn tại Cửa khẩu quốc tế Cha Lo.';
	it.each([
		'Ngay sau khi đến Quảng Bình, Đoàn đã dâng hương tại Khu di tích Vũng Chùa.',
		'Sau đó, Đoàn đã dâng hương tại Khu di tích Vũng Chùa.',
		'Tiếp đó, Đoàn đã đến thăm Khu kinh tế cửa khẩu.'
	])('"%s" is an event on that day, at no part of it said', (next) => {
		const d = events([arrival, next].join('\n\n'), '2024-04-11');
		expect(d).toHaveLength(2);
		expect(d[1]).toMatchObject({ role: 'main', status: 'occurred', date: { start: '2024-04-10', end: '2024-04-10', granularity: 'day', partOfDay: null, dating: 'relative' } });
		expect(d[1].date!.confidence).toBeLessThan(d[0].date!.confidence);
	});
	it('in English too', () => {
		const d = events('On March 12, the Vientiane delegation held talks with Hanoi leaders.\n\nAfterwards, the delegation visited the Temple of Literature.', '2024-03-13', 'en');
		expect(d.map((e) => [e.type, e.date?.start])).toEqual([['talks', '2024-03-12'], ['visit', '2024-03-12']]);
	});
	it('needs a day told before it, and an event in the sentence', () => {
		expect(events('Sau đó, Đoàn đã dâng hương tại Khu di tích Vũng Chùa.', '2024-04-11')).toHaveLength(1);
		expect(events('Sau đó, Đoàn đã dâng hương tại Khu di tích Vũng Chùa.', '2024-04-11')[0].date).toBeNull();
		const d = events([arrival, 'Sau đó, hai bên đã trao đổi về tình hình mỗi tỉnh.'].join('\n\n'), '2024-04-11');
		expect(d).toHaveLength(1);
		expect(d[0].followers.map((s) => s.text)).toEqual(['Sau đó, hai bên đã trao đổi về tình hình mỗi tỉnh.']);
	});
});

describe('a flashback', () => {
	const news = 'Lúc 9h ngày 3/10, bà Y Ngọc Hương, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp Đoàn đại biểu tỉnh Attapeu.';
	it('weeks back recalls another occasion: background', () => {
		const d = events([news, 'Trước đó, ngày 5/9, tại tỉnh Attapeu, hai tỉnh đã tổ chức Hội nghị sơ kết công tác quản lý biên giới.'].join('\n\n'), '2024-10-03');
		expect(d.map((e) => [e.date?.start, e.role])).toEqual([['2024-10-03', 'main'], ['2024-09-05', 'context']]);
	});
	it('days back tells the same trip', () => {
		const d = events([news, 'Trước đó, ngày 1/10, Đoàn đã làm việc với lãnh đạo huyện Ngọc Hồi.'].join('\n\n'), '2024-10-03');
		expect(d.map((e) => [e.date?.start, e.role])).toEqual([['2024-10-03', 'main'], ['2024-10-01', 'main']]);
	});
});

describe('found by the eleventh unseen set', () => {
	it('a document named with the day it was signed does not date the sentence', () => {
		const d = events('Tại buổi làm việc, hai bên đã rà soát kết quả thực hiện Biên bản ghi nhớ hợp tác ký ngày 20.10.2022 giữa hai tỉnh.', '2024-11-15');
		expect(d.filter((e) => e.date)).toEqual([]);
		// The signing itself, on its day, does.
		expect(events('Ngày 20/10/2022, hai bên đã ký kết Biên bản ghi nhớ hợp tác.', '2022-10-21')[0].date).toMatchObject({ start: '2022-10-20' });
	});
	it('a day after the page was published, with no word of the past, is planned', () => {
		const d = events('Sáng 15/11, Đoàn đã hội đàm với lãnh đạo tỉnh.\n\nSáng 16/11, Đoàn đi thăm Khu du lịch Tam Cốc - Bích Động.', '2024-11-15');
		expect(d.map((e) => e.status)).toEqual(['occurred', 'planned']);
		// With one, the page was written later than its stamp says.
		expect(events('Sáng hôm sau (16/11), Đoàn đã đến thăm Khu du lịch Tam Cốc.', '2024-11-15')[0].status).toBe('occurred');
	});
	it('an invitation is dated by the visit it invites to, not by when it was made', () => {
		const d = events('Tuần trước chúng tôi đã thống nhất mời lãnh đạo tỉnh Luông Pha Bang sang dự Lễ hội Thành Tuyên vào cuối tháng 10 này.', '2024-10-07');
		expect(d[0]).toMatchObject({ type: 'visit', role: 'context', date: { start: '2024-10-21', end: '2024-10-31' } });
	});
});

describe('a programme, and a trip put off', () => {
	const page = [
		'Do ảnh hưởng của bão, Đoàn đại biểu tỉnh Bình Định đã hoãn chuyến thăm tỉnh Attapư.',
		'Theo kế hoạch ban đầu, chuyến thăm diễn ra từ ngày 28 đến 30/10. UBND tỉnh đã thống nhất với tỉnh bạn lùi thời gian sang từ ngày 11 đến 13/11.',
		'Chương trình dự kiến ngày 12/11:',
		'- 8h00: Hội đàm giữa lãnh đạo hai tỉnh tại trụ sở Văn phòng tỉnh Attapư;',
		'- 14h00: Thăm Trường Hữu nghị Việt Nam - Lào và trao học bổng;',
		'- 19h00: Dự tiệc chiêu đãi của lãnh đạo tỉnh Attapư.'
	].join('\n\n');
	it('the new days are the trip, announced; the days first planned are none', () => {
		const d = events(page, '2024-10-26');
		expect(d.filter((e) => e.date?.start === '2024-10-28')).toEqual([]);
		expect(d[0]).toMatchObject({ type: 'visit', status: 'planned', date: { start: '2024-11-11', end: '2024-11-13' } });
	});
	it("each line of a programme is an event of its heading's day, at its hour's part of the day", () => {
		const d = events(page, '2024-10-26').slice(1);
		expect(d.map((e) => [e.type, e.status, e.date?.start, e.date?.partOfDay])).toEqual([
			['talks', 'planned', '2024-11-12', 'morning'],
			['ceremony', 'planned', '2024-11-12', 'afternoon'],
			['reception', 'planned', '2024-11-12', 'evening']
		]);
	});
	it('a line with no happening does not end the programme', () => {
		const d = events(['Chương trình dự kiến ngày 12/11:', '- 8h00: Hội đàm giữa lãnh đạo hai tỉnh;', '- 12h00: Nghỉ trưa;', '- 14h00: Thăm Trường Hữu nghị Việt Nam - Lào.'].join('\n\n'), '2024-10-26');
		expect(d.map((e) => [e.type, e.date?.start, e.date?.partOfDay])).toEqual([
			['talks', '2024-11-12', 'morning'],
			['visit', '2024-11-12', 'afternoon']
		]);
	});
	it('lines with an hour but no heading before them date nothing', () => {
		expect(events('- 8h00: Hội đàm giữa lãnh đạo hai tỉnh tại trụ sở Văn phòng tỉnh Attapư.', '2024-10-26').filter((e) => e.date)).toEqual([]);
	});
});

describe('clauses between semicolons, each with its own day', () => {
	it('are read one by one, each with its own day and tense', () => {
		const d = events('Ngày 22/10, Đoàn làm việc với Bộ Giáo dục và Đào tạo về học bổng; sau đó Đoàn sẽ vào thăm tỉnh Kon Tum từ ngày 23 đến 24/10 trước khi về nước.', '2024-10-22');
		expect(d.map((e) => [e.type, e.status, e.date?.start, e.date?.end, e.quote.text.slice(0, 12)])).toEqual([
			['working_session', 'occurred', '2024-10-22', '2024-10-22', 'Ngày 22/10, '],
			['visit', 'planned', '2024-10-23', '2024-10-24', 'sau đó Đoàn ']
		]);
	});
	it('one dated clause keeps the sentence whole', () => {
		const d = events('Chiều 22/10, hai bên đã hội đàm; Đoàn cảm ơn sự đón tiếp nồng hậu của tỉnh bạn.', '2024-10-23');
		expect(d).toHaveLength(1);
		expect(d[0].sentence.text.endsWith('tỉnh bạn.')).toBe(true);
	});
});

describe('an undated sentence after a paragraph of background', () => {
	const lead = 'Can Tho city and Savannakhet province signed a memorandum of understanding on trade cooperation on October 18.';
	const trip = 'The Can Tho delegation, led by Vice Chairman Nguyen Van Binh, was on a working trip to Laos from October 17-20.';
	const back = 'Binh and Vice Governor Somsack Inthavong signed the document, which covers rice seed supply.';
	const said = 'Binh said the two localities would open a trade office.';
	it('that tells again the lead’s happening, dated to its day, goes on the lead, not the trip told between', () => {
		const d = events([lead, trip, back, said].join('\n\n'), '2024-10-21', 'en');
		const [signing, visit] = [d.find((e) => e.type === 'signing')!, d.find((e) => e.type === 'visit')!];
		// And what follows goes on with the lead, the story having gone back to it, until a new event is told.
		expect(signing.followers.map((s) => s.text)).toEqual([back, said]);
		expect(visit.followers).toEqual([]);
	});
	it('stays with the event just told when that is of the lead’s kind, or the lead is not one day', () => {
		const again = events([lead, 'On October 19, the two sides signed a second agreement on tourism.', back].join('\n\n'), '2024-10-21', 'en');
		expect(again[1].followers.map((s) => s.text)).toEqual([back]);
		// "vừa qua" is no day: the sapo and the visit told after it are one week's visit, and its reception is the visit's.
		const week = events(
			['Lãnh đạo tỉnh Đắk Lắk vừa qua đã tiếp và làm việc với Đoàn đại biểu tỉnh Chămpasắc.', 'Theo UBND tỉnh, tuần qua, Đoàn đại biểu tỉnh Chămpasắc do ông Bounthong Keomany dẫn đầu đã thăm tỉnh Đắk Lắk.', 'Tiếp đoàn, ông Lê Văn Khoa, Chủ tịch UBND tỉnh, cảm ơn Đoàn.'].join('\n\n'),
			'2023-10-23'
		);
		const visit = week.find((e) => e.type === 'visit')!;
		expect(visit.followers.map((s) => s.text)).toEqual(['Tiếp đoàn, ông Lê Văn Khoa, Chủ tịch UBND tỉnh, cảm ơn Đoàn.']);
	});
});

describe('a sentence that names a happening already told ("Tại buổi tiếp, …")', () => {
	const reception = 'Chiều 21/10, tại Hà Nội, Thứ trưởng Bộ Công Thương Lê Văn Hòa đã tiếp Đoàn đại biểu tỉnh Attapư (Lào).';
	const trip = 'Đoàn đang có chuyến thăm và làm việc tại Việt Nam từ ngày 20 đến 24/10.';
	it('goes on telling the last happening of its kind, not the trip told between', () => {
		const said = 'Tại buổi tiếp, Thứ trưởng Lê Văn Hòa cho biết Bộ đã hỗ trợ tỉnh đào tạo 200 cán bộ.';
		const d = events([reception, trip, said].join('\n\n'), '2024-10-22');
		expect(d.find((e) => e.type === 'reception')!.followers.map((s) => s.text)).toEqual([said]);
		expect(d.find((e) => e.type === 'visit')!.followers).toEqual([]);
	});
	it('a year in it dates what was agreed there, not a happening of its own', () => {
		const agreed = 'Tại buổi làm việc, hai bên đã rà soát kết quả hợp tác và thống nhất mở rộng hợp tác giáo dục trong năm 2025.';
		const d = events(['Sáng 15-11, Phó Chủ tịch UBND tỉnh Ninh Bình đã tiếp và làm việc với Đoàn đại biểu tỉnh Hủa Phăn.', agreed].join('\n\n'), '2024-11-15');
		expect(d.map((e) => e.date?.start)).toEqual(['2024-11-15']);
		expect(d[0].followers.map((s) => s.text)).toEqual([agreed]);
		const en = events(['On November 15, the governor held talks with the Houaphanh delegation.', 'At the talks, the two sides agreed to expand cooperation in 2025.'].join('\n\n'), '2024-11-15', 'en');
		expect(en.map((e) => [e.type, e.date?.start])).toEqual([['talks', '2024-11-15']]);
	});
	it('stays an event when the rest of it tells a happening of its own', () => {
		const next = 'Tại buổi làm việc, hai bên thống nhất Đoàn đại biểu tỉnh sẽ sang thăm tỉnh Hủa Phăn vào tháng 12 tới.';
		const d = events(['Sáng 15-11, Phó Chủ tịch UBND tỉnh Ninh Bình đã tiếp Đoàn đại biểu tỉnh Hủa Phăn.', next].join('\n\n'), '2024-11-15');
		expect(d.map((e) => [e.type, e.status, e.date?.start])).toEqual([
			['reception', 'occurred', '2024-11-15'],
			['visit', 'planned', '2024-12-01']
		]);
		// "Kết thúc hội đàm, …" tells what came after the talks, not what was said there.
		const after = events(['Sáng 15-11, hai tỉnh đã hội đàm.', 'Kết thúc hội đàm, chiều cùng ngày hai bên đã ký kết biên bản ghi nhớ.'].join('\n\n'), '2024-11-15');
		expect(after.map((e) => e.type)).toEqual(['talks', 'signing']);
	});
});

describe('found by the twelfth unseen set', () => {
	it('a sports exchange is a happening of the trip', () => {
		expect(classify('Sáng 13/3, giải bóng đá hữu nghị giữa đội tuyển thanh niên hai tỉnh diễn ra tại Sân vận động tỉnh.')).toBe('ceremony');
		expect(classify('Chiều 13/3, hai đoàn thi đấu giao hữu bóng chuyền tại Nhà thi đấu tỉnh.')).toBe('ceremony');
		expect(classify('On March 13, the two youth unions played a friendly football match.')).toBe('ceremony');
		// A tournament named as background is no exchange of the trip unless it is told as one.
		expect(classify('Ngày 13/3, tỉnh công bố kết quả giải thưởng báo chí.')).toBeNull();
	});
	it('"Theo chương trình" with no word of the past: a plan until its day is over', () => {
		const today = events('Theo chương trình, hôm nay (16/9), Đoàn tham quan chợ nổi Cái Răng.', '2025-09-16');
		expect(today.map((e) => [e.date?.start, e.status])).toEqual([['2025-09-16', 'planned']]);
		const done = events('Theo chương trình, hôm nay (16/9), Đoàn đã tham quan chợ nổi Cái Răng.', '2025-09-16');
		expect(done.map((e) => e.status)).toEqual(['occurred']);
		// The programme of a day before the page: told after it happened.
		const before = events('Theo chương trình, chiều 15/9, Đoàn tham quan chợ nổi Cái Răng.', '2025-09-16');
		expect(before.map((e) => [e.date?.start, e.status])).toEqual([['2025-09-15', 'occurred']]);
	});
	it('a trip announced with its delegation and leader is news of its own, though dated by its month', () => {
		const body = [
			'Chiều 20/10, lãnh đạo UBND tỉnh Lâm Đồng đã có buổi hội đàm trực tuyến với lãnh đạo tỉnh Xê Kông (Lào).',
			'Hai bên thống nhất, Đoàn đại biểu tỉnh Lâm Đồng do ông Hồ Văn Tài dẫn đầu sẽ sang thăm và làm việc tại tỉnh Xê Kông dự kiến vào tháng 12 tới.',
			'Hai bên cũng thống nhất sẽ trao đổi đoàn doanh nghiệp vào tháng 11 tới.'
		];
		const d = events(body.join('\n\n'), '2025-10-20');
		expect(d.map((e) => [e.type, e.status, e.role, e.date?.granularity])).toEqual([
			['talks', 'occurred', 'main', 'day'],
			['visit', 'planned', 'main', 'month']
		]);
	});
	it('words said after a plan were said at the meeting that made it', () => {
		const body = [
			'Chiều 20/10, hai tỉnh đã hội đàm trực tuyến.',
			'Ngay trong tuần tới, Sở Nông nghiệp tỉnh sẽ cử đoàn chuyên gia sang khảo sát vùng trồng cà phê.',
			'Ông Phon-xay Vông-xạ cảm ơn sự giúp đỡ của tỉnh bạn.',
			'Đoàn chuyên gia sẽ gồm 5 kỹ sư.'
		];
		const d = events(body.join('\n\n'), '2025-10-20');
		expect(d.map((e) => [e.type, e.followers.map((s) => s.text)])).toEqual([
			['talks', [body[2]]],
			['field_trip', [body[3]]]
		]);
	});
});

describe('"lời mời": a trip made at an invitation', () => {
	it('"Nhận lời mời của …, Đoàn … đã sang thăm" reports the trip, as "Theo lời mời của …" does', () => {
		for (const open of ['Nhận lời mời của Tỉnh ủy tỉnh Xiêng Khoảng (Lào)', 'Theo lời mời của Tỉnh ủy tỉnh Xiêng Khoảng (Lào)']) {
			const d = events(`${open}, từ ngày 1/12 đến hết ngày 3/12, Đoàn đại biểu thành phố Hải Phòng đã sang thăm và làm việc tại tỉnh.`, '2025-12-04');
			expect(d.map((e) => [e.type, e.status, e.role, e.date?.start, e.date?.end])).toEqual([['visit', 'occurred', 'main', '2025-12-01', '2025-12-03']]);
		}
	});
	it('an invitation accepted to a visit ahead is a plan: "đã nhận lời mời sang thăm … vào tháng 8 tới"', () => {
		const d = events(['Sáng 12/3, hai tỉnh đã hội đàm.', 'Dịp này, Tỉnh đoàn đã nhận lời mời sang thăm tỉnh U-đôm-xay dự kiến vào tháng 8 tới.'].join('\n\n'), '2026-03-13');
		expect(d.map((e) => [e.type, e.status, e.date?.start])).toEqual([
			['talks', 'occurred', '2026-03-12'],
			['visit', 'planned', '2026-08-01']
		]);
	});
	it('an invitation issued is still one: "đã mời … sang thăm …"', () => {
		const d = events('Chiều 3/12, Bí thư Tỉnh ủy đã mời lãnh đạo thành phố Hải Phòng sang thăm tỉnh vào năm 2026.', '2025-12-04');
		expect(d.some((e) => e.type === 'visit' && e.status === 'planned' && e.role === 'context')).toBe(true);
	});
});

describe('found by the thirteenth unseen set: festivals, arriving and going home', () => {
	it.each([
		['Ngày hội diễn ra vào các ngày 24, 25 và 26/12 tại Quảng trường Lam Sơn.', 'ceremony'],
		['Đêm 25/12, hai tỉnh tổ chức chương trình giao lưu nghệ thuật tại Nhà hát.', 'ceremony'],
		['Trưa 24/12, Đoàn đã đến Thanh Hóa qua Cửa khẩu quốc tế Na Mèo.', 'visit'],
		['Sáng 22/11, Đoàn về nước qua Cửa khẩu quốc tế Tây Trang.', 'visit'],
		['Sáng 3/12, Đoàn rời Phôn-xa-vẳn, lên đường về nước.', 'visit'],
		['The delegation will return home on June 13.', 'visit'],
		// No delegation travels: students seen off, a time "đến nay", a month "đến tháng 12".
		['Ngày 5/6, Nghệ An tiễn lưu học sinh Lào về nước sau khóa học.', null],
		['Từ năm 2015 đến nay, Đoàn thanh niên hai tỉnh phối hợp chặt chẽ.', null],
		['Ngày 5/6, Đoàn kéo dài đến tháng 12.', null]
	])('%s → %s', (text, type) => {
		expect(classify(text)).toBe(type);
	});
});

describe('the stamp\'s hour: what of its day was still to come', () => {
	const on = (body: string, stampHour: number | null) => {
		const text = normalizeText(`Tiêu đề bài viết về chuyến thăm của đoàn đại biểu\n\n${body}`);
		return extractEvents(segment('a', 'a.txt', text, 'vi'), { stamp: stampOn('2025-12-26'), yearFor: () => null, stampHour }).map((e) => e.status);
	};
	it('an early page tells its day\'s programme as a plan', () => {
		expect(on('Hôm nay (26/12), Đoàn thăm Khu di tích Lam Kinh.', 7)).toEqual(['planned']);
		expect(on('Chiều nay (26/12), Đoàn thăm Khu di tích Lam Kinh.', 10)).toEqual(['planned']);
	});
	it('a later page, a word of the past, or no hour: done', () => {
		expect(on('Hôm nay (26/12), Đoàn thăm Khu di tích Lam Kinh.', 16)).toEqual(['occurred']);
		expect(on('Sáng nay (26/12), Đoàn thăm Khu di tích Lam Kinh.', 10)).toEqual(['occurred']);
		expect(on('Hôm nay (26/12), Đoàn đã thăm Khu di tích Lam Kinh.', 7)).toEqual(['occurred']);
		expect(on('Hôm nay (26/12), Đoàn thăm Khu di tích Lam Kinh.', null)).toEqual(['occurred']);
	});
});

describe('"Theo chương trình" on a page with no stamp', () => {
	it('is read as told after the day, as every other sentence of such a page', () => {
		expect(events('Theo chương trình, chiều 15/9, Đoàn tham quan chợ nổi Cái Răng.').map((e) => e.status)).toEqual(['occurred']);
	});
});

describe('found by the fourteenth unseen set: an act told with no day after a happening of a day', () => {
	const session = 'Chiều 10/10, Đoàn đã làm việc với Chính quyền Thủ đô Viêng Chăn.';
	const said = 'Phó Đô trưởng đánh giá cao sự hỗ trợ của Bộ Tư pháp Việt Nam.';
	it('"Hai bên đã ký kết Biên bản ghi nhớ … giai đoạn 2026-2030" is a signing on that day, at no part of it said', () => {
		const d = events([session, said, 'Hai bên đã ký kết Biên bản ghi nhớ hợp tác về đào tạo cán bộ giai đoạn 2026-2030.'].join('\n\n'), '2025-10-12');
		expect(d.map((e) => [e.type, e.role, e.status, e.date?.start, e.date?.partOfDay])).toEqual([['working_session', 'main', 'occurred', '2025-10-10', 'afternoon'], ['signing', 'main', 'occurred', '2025-10-10', null]]);
	});
	it('"then signed", and "after the talks" names the day of the talks, not the day told last', () => {
		const d = events('On Monday, November 17, the Vice Chairman received the delegation.\n\nThe two associations then signed a memorandum of understanding for the 2026-2030 period.', '2025-11-20', 'en');
		expect(d.map((e) => [e.type, e.date?.start])).toEqual([['reception', '2025-11-17'], ['signing', '2025-11-17']]);
		const e = events('On Oct. 12, the Governor held talks with the Hoa Binh delegation.\n\nThe delegation arrived in Luang Prabang on Oct. 10.\n\nThe two sides signed a memorandum of understanding on cooperation for 2023-2028 after the talks.', '2023-10-13', 'en');
		expect(e.find((x) => x.type === 'signing')?.date?.start).toBe('2023-10-12');
	});
	it('a record of signings, a plan or no day told before is no such act', () => {
		const record = events([session, 'Hai bên đã ký kết nhiều văn bản hợp tác quan trọng.'].join('\n\n'), '2025-10-12');
		expect(record.map((e) => e.type)).toEqual(['working_session']);
		const plan = events([session, 'Hai bên sẽ ký kết Biên bản ghi nhớ hợp tác giai đoạn 2026-2030.'].join('\n\n'), '2025-10-12');
		expect(plan.filter((e) => e.type === 'signing' && e.date?.start === '2025-10-10')).toEqual([]);
		expect(events('Hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2026-2030.', '2025-10-12').every((e) => e.date === null)).toBe(true);
	});
});

describe('found by the fourteenth unseen set: a tournament named again as "giải"', () => {
	it.each([
		['năm 2026, giải sẽ được tổ chức tại tỉnh Bô-ly-khăm-xay.', 'ceremony'],
		['Giải đấu năm sau sẽ diễn ra tại tỉnh Hà Tĩnh.', 'ceremony'],
		['Đội tuyển tỉnh đoạt giải Nhất toàn đoàn.', null],
		['Hai bên thảo luận giải pháp tổ chức các hoạt động giao thương.', null]
	])('"%s" → %s', (s, type) => expect(classify(s)).toBe(type));
});

describe('found by the fourteenth unseen set: a led delegation announced, whatever it goes to do', () => {
	const news = 'Chiều 10/10, Đoàn công tác Bộ Tư pháp đã làm việc với Chính quyền Thủ đô Viêng Chăn.';
	it('is news of its own (main), though dated by its month only', () => {
		const d = events([news, 'Dự kiến vào tháng 12 tới, Đoàn công tác Thủ đô Viêng Chăn do đồng chí Vi-lay-phon Xay-nhạ-sỏn dẫn đầu sẽ sang Hà Nội làm việc với Bộ Tư pháp Việt Nam.'].join('\n\n'), '2025-10-12');
		expect(d.map((e) => [e.type, e.role, e.status, e.date?.start])).toEqual([['working_session', 'main', 'occurred', '2025-10-10'], ['working_session', 'main', 'planned', '2025-12-01']]);
	});
	it('"she will lead a delegation to Savannakhet next month" is a planned visit', () => {
		const d = events('On Monday, November 17, the Vice Chairman received the delegation.\n\nTran Thi Mai Lan, chairwoman of the Quang Tri association, said she will lead a delegation to Savannakhet next month.', '2025-11-20', 'en');
		expect(d.map((e) => [e.type, e.role, e.status, e.date?.start])).toEqual([['reception', 'main', 'occurred', '2025-11-17'], ['visit', 'main', 'planned', '2025-12-01']]);
	});
	it('a plan with no led delegation going anywhere stays background', () => {
		const d = events([news, 'Hai bên thống nhất sẽ tổ chức hội thảo vào tháng 12 tới.'].join('\n\n'), '2025-10-12');
		expect(d.filter((e) => e.status === 'planned').map((e) => e.role)).toEqual(['context']);
	});
});

describe('found by the fourteenth unseen set: an earlier day told after the news is a flashback, said or not', () => {
	it('"Tối 14-9, Đoàn đã đến …" after the opening of the 15th, then "Tối cùng ngày": the evening of the 15th', () => {
		const d = events(['Sáng qua (15/9), tại Sân vận động Hà Tĩnh, Tỉnh đoàn khai mạc Giải bóng đá thanh niên hữu nghị.', 'Tối 14-9, Đoàn đã đến Hà Tĩnh qua Cửa khẩu quốc tế Cầu Treo.', 'Tối cùng ngày, UBND tỉnh Hà Tĩnh tổ chức chương trình giao lưu văn nghệ chào mừng Đoàn.'].join('\n\n'), '2025-09-16');
		expect(d.map((e) => [e.date?.start, e.date?.partOfDay])).toEqual([['2025-09-15', 'morning'], ['2025-09-14', 'evening'], ['2025-09-15', 'evening']]);
	});
	it('told in order, "cùng ngày" is the day just told', () => {
		const d = events(['Tối 14-9, Đoàn đã đến Hà Tĩnh qua Cửa khẩu quốc tế Cầu Treo.', 'Tối cùng ngày, UBND tỉnh Hà Tĩnh tổ chức chương trình giao lưu văn nghệ chào mừng Đoàn.'].join('\n\n'), '2025-09-16');
		expect(d.map((e) => e.date?.start)).toEqual(['2025-09-14', '2025-09-14']);
	});
});

describe('a year after the name of a round dates it when the round is said to be held then', () => {
	const news = 'Ngày 5/3, Công an hai tỉnh đã tổ chức hội đàm định kỳ năm 2026 tại TP Huế.';
	it('"hội đàm định kỳ năm 2027 sẽ được tổ chức tại …" is the planned round of 2027', () => {
		const d = events([news, 'Theo kế hoạch, hội đàm định kỳ năm 2027 sẽ được tổ chức tại tỉnh Sa-la-văn.'].join('\n\n'), '2026-03-06');
		expect(d.map((e) => [e.type, e.status, e.date?.start])).toEqual([['talks', 'occurred', '2026-03-05'], ['talks', 'planned', '2027-01-01']]);
	});
	it('not a year that qualifies what is reviewed', () => {
		const d = events([news, 'Hai bên đánh giá kết quả hợp tác năm 2025 được triển khai hiệu quả.'].join('\n\n'), '2026-03-06');
		expect(d).toHaveLength(1);
	});
});


describe('found by the fifteenth unseen set: fairs, closings, study tours, medical missions', () => {
	it.each([
		['Hội chợ thương mại Việt - Lào năm 2025 diễn ra từ ngày 5 đến 9/12 tại Quảng trường Thành Sen.', 'ceremony'],
		['Hội chợ sẽ bế mạc vào tối 9/12.', 'ceremony'],
		['Đoàn có chuyến nghiên cứu, trao đổi kinh nghiệm tại Việt Nam từ ngày 9 đến 14/6.', 'visit'],
		['Trong hai ngày 12-13/3, Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh đã khám bệnh, cấp thuốc miễn phí cho hơn 800 người dân.', 'visit'],
		['Doanh nghiệp tỉnh tham gia nhiều hội chợ trong năm.', null]
	])('"%s" → %s', (s, type) => expect(classify(s)).toBe(type));
});

describe('found by the fifteenth unseen set: English wire copy of a youth delegation', () => {
	const body = [
		"Vientiane, Dec 5 (LED) – A delegation of the Vientiane Youth Union, led by its Secretary, Mr Phetsamone Sihalath, paid a working visit to Can Tho city, Vietnam, on December 1-3.",
		'Last Tuesday, the two sides signed a memorandum of understanding on youth cooperation.',
		'Mr Phetsamone also presented scholarships to 25 Lao students at Can Tho University during the visit.',
		'The delegation returned to Vientiane on Wednesday.',
		'Can Tho will send a youth delegation to Vientiane in April next year.'
	].join('\n\n');
	const found = events(body, '2025-12-05', 'en');
	const of = (q: string) => found.find((d) => d.sentence.text.includes(q));
	it('a happening told "during the visit", at the sentence end, lies within the trip', () => {
		const e = of('during the visit');
		expect([e?.type, e?.date?.start, e?.date?.end, e?.date?.dating]).toEqual(['ceremony', '2025-12-01', '2025-12-03', 'inferred']);
	});
	it('a one-sentence paragraph in the past tense is news, not a caption; going back to a named city closes the trip', () => {
		const e = of('returned to Vientiane');
		expect([e?.type, e?.date?.start, e?.status]).toEqual(['visit', '2025-12-03', 'occurred']);
	});
	it('a delegation to be sent is a planned trip in its month of next year, news of its own', () => {
		const e = of('will send');
		expect([e?.type, e?.status, e?.role, e?.date?.start, e?.date?.end]).toEqual(['visit', 'planned', 'main', '2026-04-01', '2026-04-30']);
	});
	it.each([
		['The delegation returned to the issue of funding.', null],
		['Delegates returned to discussing the plan.', null],
		['The province sent a delegation to Hanoi last week.', 'visit']
	])('"%s" → %s', (s, type) => expect(classify(s)).toBe(type));
});

describe('found by the sixteenth unseen set: an arrival told after the talks, then the talks named again', () => {
	const body = [
		"Quang Ninh (NDO) – Vice Chairman of the Quang Ninh Provincial People's Committee Vu Van Khoa held talks in Ha Long city on January 15 with a delegation from Laos' Bokeo province led by Vice Governor Somsanith Vongphachanh.",
		'The Bokeo delegation arrived in Quang Ninh the previous day for a four-day working visit.',
		"At the talks, Khoa briefed his guests on the province's border gate economic zones.",
		'Somsanith said Bokeo wants to learn from Quang Ninh in border-gate management.',
		'The two sides then signed a memorandum of understanding on cooperation for 2026-2030.',
		'Later that day, the delegation toured the Mong Cai border gate economic zone.',
		'They will leave for Hanoi on Saturday before flying home.'
	].join('\n\n');
	const found = events(body, '2026-01-16', 'en');
	const of = (q: string) => found.find((d) => d.sentence.text.includes(q));
	it('"arrived in <place> the previous day" is the arrival, the day before the day just told', () => {
		expect([of('arrived in')?.type, of('arrived in')?.date?.start]).toEqual(['visit', '2026-01-14']);
	});
	it('"At the talks, …" goes back to the talks: what is told after it happened on their day', () => {
		expect(of('then signed')?.date?.start).toBe('2026-01-15');
		expect(of('Later that day')?.date?.start).toBe('2026-01-15');
	});
	it('"will leave for <city>" is the trip going on, planned', () => {
		expect([of('leave for')?.type, of('leave for')?.status, of('leave for')?.date?.start]).toEqual(['visit', 'planned', '2026-01-17']);
	});
});

describe('a performance attended, a building handed over', () => {
	it('"Đoàn thưởng thức chương trình nghệ thuật …" and "trao công trình …" are happenings of the trip', () => {
		expect(classify('Tối cùng ngày, Đoàn thưởng thức chương trình nghệ thuật đặc sắc tại Nhà hát thành phố.')).toBe('ceremony');
		expect(classify('Tối 12/4, Đoàn dự đêm văn nghệ chào mừng tại Quảng trường trung tâm.')).toBe('ceremony');
		expect(classify('Chiều 14/4, ông Trần Văn Nam đã trao công trình "Nhà văn hóa thanh niên" cho bản Na Thon.')).toBe('ceremony');
		// A programme of the arts spoken of is no performance attended.
		expect(classify('Hai bên thống nhất xây dựng chương trình nghệ thuật chung cho năm tới.')).toBeNull();
	});
});

describe('what was said at a meeting told again', () => {
	const page = (...ps: string[]) => buildTimeline([{ file: 'a.txt', text: ['Sở Tài chính hai tỉnh hội đàm', '', '22/11/2025 08:00', '', ...ps.flatMap((p) => [p, ''])].join('\n') }]);
	it('"X cho biết, năm 2025 tổng thu …" dates no happening of 2025; after a flashback "Tiếp và làm việc với Đoàn, …" is back at the talks', () => {
		const t = page(
			'Sáng qua (21/11), tại thành phố Sơn La, Sở Tài chính tỉnh Sơn La đã hội đàm với Đoàn công tác Sở Tài chính tỉnh Hủa Phăn (Lào) do ông Khăm-xỉ Vông-phạ-chăn, Giám đốc Sở làm trưởng đoàn.',
			'Trước đó một ngày, Đoàn làm thủ tục nhập cảnh tại cửa khẩu quốc tế Pa Háng.',
			'Tiếp và làm việc với Đoàn, ông Cầm Văn Đức, Giám đốc Sở Tài chính tỉnh Sơn La cho biết, năm 2025 tổng thu ngân sách trên địa bàn tỉnh ước đạt 6.000 tỷ đồng.'
		);
		expect(t.events.filter((e) => e.granularity === 'year')).toEqual([]);
		const talks = t.events.find((e) => e.type === 'talks')!;
		const arrival = t.events.find((e) => e.sources[0].quote.startsWith('Trước đó'))!;
		expect(t.people.find((p) => p.name === 'Cầm Văn Đức') && talks.people).toContain(t.people.find((p) => p.name === 'Cầm Văn Đức')!.id);
		expect(arrival.people).not.toContain(t.people.find((p) => p.name === 'Cầm Văn Đức')!.id);
	});
	it('"Báo cáo … cho thấy, năm 2024 …" (what a report shows) dates no happening of 2024 either', () => {
		const t = page(
			'Sáng qua (21/11), tại thành phố Sơn La, Sở Tài chính tỉnh Sơn La đã hội đàm với Đoàn công tác Sở Tài chính tỉnh Hủa Phăn (Lào) do ông Khăm-xỉ Vông-phạ-chăn, Giám đốc Sở làm trưởng đoàn.',
			'Báo cáo tại buổi hội đàm cho thấy, năm 2024 thu ngân sách tỉnh Hủa Phăn tăng 8,2%, kim ngạch thương mại hai tỉnh đạt 40 triệu USD.'
		);
		expect(t.events.filter((e) => e.granularity === 'year')).toEqual([]);
	});
	it('a year in what is said of a plan still dates the plan', () => {
		const t = page('Ông Cầm Văn Đức cho biết, năm 2026 Sở Tài chính tỉnh Sơn La sẽ cử đoàn công tác sang thăm tỉnh Hủa Phăn.');
		expect(t.events.some((e) => e.start === '2026-01-01' && e.end === '2026-12-31')).toBe(true);
	});
});

describe('agreed to be held later', () => {
	it('"Dịp này, … thống nhất tổ chức gặp mặt … vào tháng 7 tới" is a plan for July, not done on the occasion', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Cựu chiến binh hai tỉnh gặp mặt', '', '22/03/2024 16:20', '', 'Sáng nay (22/3), Đoàn Hội Cựu chiến binh tỉnh Hà Tĩnh do ông Lê Văn Hòa làm trưởng đoàn thăm tỉnh Khăm Muộn.', '', 'Dịp này, Hội Cựu chiến binh hai tỉnh thống nhất tổ chức gặp mặt truyền thống tại thành phố Hà Tĩnh vào tháng 7 tới.'].join('\n') }]);
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'))).toMatchObject({ status: 'planned', start: '2024-07-01', end: '2024-07-31' });
	});
	it('what was agreed and done is no plan: "hai bên đã thống nhất … vào tháng trước" stays in the past', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Cựu chiến binh hai tỉnh gặp mặt', '', '22/03/2024 16:20', '', 'Tháng trước, Hội Cựu chiến binh hai tỉnh đã thống nhất tổ chức gặp mặt truyền thống tại thành phố Hà Tĩnh.'].join('\n') }]);
		expect(t.events.every((e) => e.status === 'occurred')).toBe(true);
	});
});

describe('landing is arriving', () => {
	it('"Đoàn đã đến sân bay quốc tế Cần Thơ và được … ra đón" is the arrival', () => {
		expect(classify('Tối hôm trước, Đoàn đã đến sân bay quốc tế Phú Bài và được lãnh đạo Ban Đối ngoại Tỉnh ủy ra đón.')).toBe('visit');
		expect(classify('Chiều 5/3, Đoàn tới Cảng hàng không quốc tế Nội Bài.')).toBe('visit');
	});
});
