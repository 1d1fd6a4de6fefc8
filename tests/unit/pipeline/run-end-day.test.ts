/**
 * How long a fair runs, told by its last day ("Hội chợ diễn ra đến hết ngày 14/9.") after its opening, is background: not a day
 * the story is at, so "Tối hôm trước" told next counts back from the opening's day. A delegation's stay told to a day ("Đoàn sẽ ở
 * lại … đến hết ngày …") is not such a run. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Đoàn công tác tỉnh Phú Yên dự Triển lãm thương mại tại U-đôm-xay',
	'',
	'Cập nhật 16-09-2019, 09:00',
	'',
	'Từ ngày 10 đến hết ngày 12/9, Đoàn công tác tỉnh Phú Yên do đồng chí Lê Hoài Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh U-đôm-xay (Lào).',
	'',
	'Sáng 10/9, tại thành phố Xay, đồng chí Lê Hoài Nam và đồng chí Bun-xỉ Phôm-ma-ly, Phó Tỉnh trưởng tỉnh U-đôm-xay đã dự Hội nghị xúc tiến thương mại hai tỉnh.',
	'',
	'Chiều cùng ngày, hai đồng chí đã cắt băng khai mạc Hội chợ thương mại Phú Yên - U-đôm-xay năm 2019 với 80 gian hàng. Hội chợ diễn ra đến hết ngày 14/9.',
	'',
	'Tối hôm trước, Đoàn đã đến thành phố Xay qua cửa khẩu quốc tế Tây Trang.'
].join('\n');

describe('a run told by its last day', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('is no day the story is at: "Tối hôm trước" after it is the eve of the opening', () => {
		expect([of('Tối hôm trước')?.start, of('Tối hôm trước')?.partOfDay]).toEqual(['2019-09-09', 'evening']);
	});
	it('and is background, not a main event', () => {
		expect(of('Hội chợ diễn ra')?.role ?? 'context').toBe('context');
	});
});
