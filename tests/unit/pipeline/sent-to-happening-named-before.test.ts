/**
 * A delegation sent to a happening named by its kind alone ("… sẽ cử đoàn sang dự Hội chợ vào tháng 11 tới"), with no place of
 * its own: the definite kind refers back to the happening named just before ("… sang dự Hội chợ Thương mại quốc tế
 * Sa-van-na-khẹt năm 2024"), and the trip goes where that is. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (closing: string) =>
	[
		'Thời sự',
		'',
		'12.03.2024',
		'',
		'Hà Tĩnh tiếp Đoàn đại biểu tỉnh Sa-van-na-khẹt',
		'',
		'Chiều 11/3, tại trụ sở UBND tỉnh, đồng chí Trần Minh Khang, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp Đoàn đại biểu tỉnh Sa-van-na-khẹt (Lào) do đồng chí Xổm-phết Bun-ma, Phó Tỉnh trưởng tỉnh Sa-van-na-khẹt làm trưởng đoàn.',
		'',
		'Sáng 12/3, Đoàn tham quan Khu kinh tế Vũng Áng.',
		'',
		closing
	].join('\n');

const sent = (t: ReturnType<typeof buildTimeline>) => t.events.find((e) => e.sources.some((s) => s.quote.includes('cử đoàn')));

describe('a delegation sent to the happening named before', () => {
	it('goes where the happening the sentence before names is ("Hội chợ … Sa-van-na-khẹt" then "cử đoàn sang dự Hội chợ")', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Dịp này, đồng chí Xổm-phết Bun-ma mời lãnh đạo tỉnh Hà Tĩnh sang dự Hội chợ Thương mại quốc tế Sa-van-na-khẹt năm 2024. Tỉnh Hà Tĩnh nhận lời sẽ cử đoàn sang dự Hội chợ vào tháng 11 tới.') }]);
		const e = sent(t);
		expect(e?.status).toBe('planned');
		expect(e?.start?.slice(0, 7)).toBe('2024-11');
		expect(e?.cities).toContain('savannakhet');
	});
	it('a kind of its own name refers back to that name ("Lễ hội Thạt Luổng … tại thủ đô Viêng Chăn")', () => {
		const t = buildTimeline([{ file: 'b.txt', text: page('Phía bạn mời tỉnh Hà Tĩnh dự Lễ hội Thạt Luổng tổ chức tại thủ đô Viêng Chăn. Tỉnh Hà Tĩnh sẽ cử đoàn sang dự Lễ hội Thạt Luổng vào tháng 11 tới.') }]);
		expect(sent(t)?.cities).toContain('vientiane');
	});
	it('a happening named before with no place gives none', () => {
		const t = buildTimeline([{ file: 'c.txt', text: page('Dịp này, hai bên trao đổi về Hội chợ thương mại năm 2024. Tỉnh Hà Tĩnh nhận lời sẽ cử đoàn sang dự Hội chợ vào tháng 11 tới.') }]);
		expect(sent(t)?.cities ?? []).not.toContain('savannakhet');
	});
});
