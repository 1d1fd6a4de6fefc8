/**
 * On a page with no date at all, the leader telling what the trip did before ("Đồng chí X cho biết, trước đó Đoàn đã có buổi
 * làm việc với …; hai bên đã ký kết …") is a happening of its own, undated as the page is, which the dated report of the same
 * trip can take in; words with no "trước đó … đã" stay the lead's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const undated = (said: string) =>
	[
		'Phó Chủ tịch UBND tỉnh Bình Định thăm cộng đồng người Việt tại Chăm-pa-xắc',
		'',
		'Nhân chuyến công tác tại Lào, đồng chí Nguyễn Văn Hưng, Phó Chủ tịch UBND tỉnh Bình Định cùng Đoàn công tác của tỉnh đã đến thăm Tổng Lãnh sự quán Việt Nam tại Pắc-xế và gặp gỡ bà con người Việt.',
		'',
		said,
		'',
		'Đồng chí Nguyễn Văn Hưng mong bà con tiếp tục là cầu nối giữa Bình Định với tỉnh Chăm-pa-xắc.'
	].join('\n');

describe('a happening told before, in the leader\'s words, on an undated page', () => {
	it('"cho biết, trước đó Đoàn đã …; hai bên đã ký kết …" is its own happening', () => {
		const t = buildTimeline([{ file: 'a.txt', text: undated('Đồng chí Nguyễn Văn Hưng cho biết, trước đó Đoàn đã có buổi làm việc với UBND tỉnh Chăm-pa-xắc; hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025-2030.') }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('trước đó Đoàn đã có buổi làm việc')));
		expect(e?.role).toBe('main');
		expect(e?.status).toBe('occurred');
	});

	it('what the leader says with no "trước đó … đã" is no happening of its own', () => {
		const t = buildTimeline([{ file: 'a.txt', text: undated('Đồng chí Nguyễn Văn Hưng cho biết, tỉnh Bình Định luôn coi trọng hợp tác với tỉnh Chăm-pa-xắc.') }]);
		expect(t.events).toHaveLength(1);
	});
});
