/**
 * Happenings told with no day of their own, after the one of a day: "Tại buổi làm việc diễn ra ngay sau đó, …" after a morning
 * welcome is a working session of its own, that morning (events.ts, FOLLOWING_NAMED); "Cũng trong buổi chiều, hai bên đã ký kết
 * …" is that day's afternoon (dates/relative.ts); "Tại lễ kết nghĩa, đồng chí A và ông B đã ký kết …", the ceremony told only
 * over the trip's days, is a signing of the day the story has reached (events.ts, dayAtNamed). A second outlet's talks of that
 * morning join the talks, not the welcome (merge.ts, bestOf). And a visit to greet the Lao New Year told "Cuối tuần qua" is
 * dated by the weekend, not by the feast (dates/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const welcome = [
	'Đoàn công tác huyện Mường Tè thăm huyện Mường Khoa (Lào)',
	'',
	'Cập nhật: 14/10/2022 16:05',
	'',
	'Trong 2 ngày (11 - 12/10), Đoàn công tác huyện Mường Tè, tỉnh Lai Châu do đồng chí Lý Văn Sơn, Phó Bí thư Huyện ủy làm Trưởng đoàn đã thăm và làm việc tại huyện Mường Khoa, tỉnh Phông-xa-lỳ.',
	'',
	'Sáng 11/10, Đoàn đã đến trụ sở huyện Mường Khoa và được đồng chí Khăm-phăn Xi-xổm-bắt, Bí thư Huyện ủy, Chủ tịch huyện Mường Khoa đón tiếp.',
	'',
	'Tại buổi làm việc diễn ra ngay sau đó, đồng chí Khăm-phăn Xi-xổm-bắt giới thiệu tình hình kinh tế - xã hội của huyện.',
	'',
	'Chiều 11/10, hai bên hội đàm về hợp tác giai đoạn mới.',
	'',
	'Cũng trong buổi chiều, hai bên đã ký kết Biên bản hợp tác giữa hai huyện về nông nghiệp và y tế.',
	'',
	'Sáng 12/10, Đoàn thăm Trường Tiểu học bản Na-lai và về nước.'
].join('\n');

const twinning = [
	'Phường Tân Phong kết nghĩa với bản Huổi-xay',
	'',
	'Ngày đăng: 23/10/2023',
	'',
	'Trong hai ngày 20 và 21/10, Đoàn công tác phường Tân Phong do đồng chí Vàng Thị Mai, Bí thư Đảng ủy phường làm Trưởng đoàn đã sang thăm và tổ chức lễ kết nghĩa với bản Huổi-xay, huyện Mường Khoa, tỉnh Phông-xa-lỳ.',
	'',
	'Sáng 20/10, đoàn được ông Bun-thăn Khăm-la, Trưởng bản Huổi-xay, cùng nhân dân trong bản đón tiếp.',
	'',
	'Tại lễ kết nghĩa, đồng chí Vàng Thị Mai và ông Bun-thăn Khăm-la đã ký kết văn bản kết nghĩa giữa phường Tân Phong và bản Huổi-xay.',
	'',
	'Chiều 21/10, Đoàn về nước.'
].join('\n');

const greeting = [
	'Xã Pa Vệ Sử chúc Tết Bunpimay bản Xốp-hun',
	'',
	'Thứ Hai, 17/04/2023',
	'',
	'Cuối tuần qua, Đoàn công tác xã Pa Vệ Sử do đồng chí Giàng A Lử, Chủ tịch UBND xã dẫn đầu đã sang thăm, chúc Tết cổ truyền Bunpimay bản Xốp-hun, huyện Mường Khoa, tỉnh Phông-xa-lỳ.',
	'',
	'Nhân dịp này, ông Xổm-xạ-nạ Phim-ma-vông nhận lời mời dẫn đoàn bản Xốp-hun sang thăm xã Pa Vệ Sử vào dịp Tết Nguyên đán năm sau.'
].join('\n');

const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a happening named as following the one just told, and a part of that day', () => {
	const t = buildTimeline([{ file: 'a.txt', text: welcome }]);
	it('"Tại buổi làm việc diễn ra ngay sau đó" is a working session of its own, that morning', () => {
		expect(quoting(t, 'Tại buổi làm việc diễn ra ngay sau đó').map((e) => [e.type, e.start, e.end, e.partOfDay])).toEqual([['working_session', '2022-10-11', '2022-10-11', 'morning']]);
		expect(quoting(t, 'Sáng 11/10, Đoàn đã đến').map((e) => e.type)).toEqual(['reception']);
	});
	it('"Cũng trong buổi chiều, hai bên đã ký kết …" is a signing of that afternoon', () => {
		expect(quoting(t, 'Cũng trong buổi chiều').map((e) => [e.type, e.start, e.end, e.partOfDay])).toEqual([['signing', '2022-10-11', '2022-10-11', 'afternoon']]);
	});
	it('reads "(cũng) trong buổi sáng/chiều" as a part of the day just told, and "trong buổi sáng nay" as today', () => {
		expect(findTimeMentions('Cũng trong buổi chiều, hai bên đã ký kết Biên bản.')).toMatchObject([{ relation: 'anaphoric', unit: 'day', offset: 0, partOfDay: 'afternoon', text: 'Cũng trong buổi chiều' }]);
		expect(findTimeMentions('Trong buổi tối, Đoàn dự đêm giao lưu.')).toMatchObject([{ relation: 'anaphoric', offset: 0, partOfDay: 'evening' }]);
		expect(findTimeMentions('Trong buổi sáng nay, Đoàn thăm chợ.')).toMatchObject([{ relation: 'deictic', offset: 0, partOfDay: 'morning' }]);
	});
});

describe('an act at a ceremony the lead tells only over the trip\'s days', () => {
	const t = buildTimeline([{ file: 'b.txt', text: twinning }]);
	it('"Tại lễ kết nghĩa, A và B đã ký kết …" is a signing of the day the story has reached', () => {
		expect(quoting(t, 'đã ký kết văn bản kết nghĩa').map((e) => [e.type, e.start, e.end])).toEqual([['signing', '2023-10-20', '2023-10-20']]);
	});
});

describe('two outlets, a welcome and talks of one morning', () => {
	const other = [
		'Huyện Mường Tè hội đàm với huyện Mường Khoa',
		'',
		'Cập nhật: 13/10/2022 08:00',
		'',
		'Sáng 11/10, tại hội trường huyện Mường Khoa, đồng chí Khăm-phăn Xi-xổm-bắt và đồng chí Lý Văn Sơn đã hội đàm về kết quả hợp tác.'
	].join('\n');
	const page = welcome.replace('Tại buổi làm việc diễn ra ngay sau đó', 'Tại buổi hội đàm diễn ra ngay sau đó');
	const t = buildTimeline([{ file: 'a.txt', text: page }, { file: 'c.txt', text: other }]);
	it('the second outlet\'s talks join the talks, not the welcome', () => {
		expect(quoting(t, 'tại hội trường huyện Mường Khoa').map((e) => [e.type, e.sources.length])).toEqual([['talks', 2]]);
	});
});

describe('a greeting visit to the Lao New Year told by the weekend it was made', () => {
	const t = buildTimeline([{ file: 'd.txt', text: greeting }]);
	it('"Cuối tuần qua … chúc Tết cổ truyền Bunpimay" under Monday 17/4 is the weekend 15–16/4, not the feast', () => {
		expect(quoting(t, 'Cuối tuần qua').map((e) => [e.start, e.end])).toEqual([['2023-04-15', '2023-04-16']]);
	});
	it('keeps the feast\'s days where the sentence has none of its own but the occasion', () => {
		expect(findTimeMentions('Nhân dịp này, ông A nhận lời mời sang dự Tết Bunpimay.').some((m) => m.month === 4 && m.day === 14)).toBe(true);
	});
});
