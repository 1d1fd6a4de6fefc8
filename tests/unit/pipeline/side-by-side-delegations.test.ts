/**
 * Two delegations told side by side in one article: a province's ("Trong 2 ngày 12-13/5, Đoàn công tác tỉnh Quảng Trị do đồng
 * chí X …") and a state group's ("Cùng thời gian, Đoàn công tác Tập đoàn Dầu khí Việt Nam (PVN) do ông Y … dẫn đầu cũng có
 * chuyến khảo sát …"). "Cùng thời gian" is the days of the sentence before; "Tập đoàn" (a company) is no delegation of its own,
 * so Y leads the group's; "Đoàn PVN" (its initials, in brackets before) is that delegation, "Đoàn tỉnh Quảng Trị" the province's,
 * and a host receiving "hai đoàn" receives the article's first.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Quảng Trị và Tập đoàn Dầu khí tìm cơ hội đầu tư tại Sa-van-na-khệt',
	'',
	'14/5/2019 - 07:30 (GMT+07:00)',
	'',
	'Trong 2 ngày 12-13/5, Đoàn công tác tỉnh Quảng Trị do đồng chí Hoàng Nam Phong, Phó Chủ tịch UBND tỉnh Quảng Trị làm trưởng đoàn đã thăm và làm việc tại tỉnh Sa-van-na-khệt (Lào).',
	'',
	'Cùng thời gian, Đoàn công tác Tập đoàn Dầu khí Việt Nam (PVN) do ông Trịnh Văn Lực, Phó Tổng Giám đốc Tập đoàn dẫn đầu cũng có chuyến khảo sát các dự án của Tập đoàn tại Sa-van-na-khệt.',
	'',
	'Sáng 12/5, tại thành phố Cay-xỏn Phôm-vi-hản, đồng chí Bun-nhăng Xay-xổm-phon, Phó Tỉnh trưởng tỉnh Sa-van-na-khệt đã tiếp và làm việc với hai đoàn.',
	'',
	'Sáng 13/5, Đoàn PVN khảo sát kho xăng dầu của một công ty Việt Nam tại huyện Xay-phu-thoong.',
	'',
	'Trưa qua, Đoàn tỉnh Quảng Trị thăm một trang trại của doanh nghiệp Quảng Trị tại huyện Ất-xa-phon.'
].join('\n');

const eventOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(quote)));
	expect(e, `an event quoting "${quote}"`).toBeTruthy();
	return e!;
};

describe('a province\'s delegation and a state group\'s, side by side', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const idOf = (name: string) => t.people.find((p) => p.name === name)?.id;
	const of = (name: string) => t.delegations.find((d) => d.leader === idOf(name));
	it('"Cùng thời gian" is the days of the sentence before', () => {
		expect(eventOf(t, 'Cùng thời gian, Đoàn công tác Tập đoàn')).toMatchObject({ start: '2019-05-12', end: '2019-05-13' });
	});
	it('the two are two delegations, each with its own days', () => {
		const province = of('Hoàng Nam Phong'), group = of('Trịnh Văn Lực');
		expect(province).toBeTruthy();
		expect(group).toBeTruthy();
		expect(province!.id).not.toBe(group!.id);
		expect(group!.events).toContain(eventOf(t, 'Sáng 13/5, Đoàn PVN').id);
		expect(province!.events).toContain(eventOf(t, 'Trưa qua, Đoàn tỉnh Quảng Trị').id);
		expect(province!.events).toContain(eventOf(t, 'Sáng 12/5, tại thành phố').id);
		expect(eventOf(t, 'Trong 2 ngày 12-13/5').people).not.toContain(idOf('Trịnh Văn Lực'));
	});
});
