/**
 * A video embedded in a story, its title ("Video: …") and its voice-over printed under it ("Lời bình: Sáng 8/6/2023, tại …, hai
 * bên đã ký kết …"): the clip's script, furniture, not a happening of the story.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'<html><head><title>Công an Nghệ An tiếp Đoàn Công an tỉnh Bô-ly-khăm-xay</title></head><body>',
	'<article>',
	'<h1>Công an Nghệ An tiếp Đoàn Công an tỉnh Bô-ly-khăm-xay</h1>',
	'<div class="meta">Cập nhật 12-10-2025, 09:00</div>',
	'<p>Ngày 10/10, Công an tỉnh Nghệ An đã tiếp và làm việc với Đoàn công tác Công an tỉnh Bô-ly-khăm-xay (Lào) do Đại tá Xỉ-xu-phăn Đuông-ma-ny, Giám đốc Công an tỉnh làm trưởng đoàn.</p>',
	'<p>Hai bên thống nhất tăng cường trao đổi thông tin, phối hợp truy bắt đối tượng phạm tội qua biên giới.</p>',
	'<div class="video-embed">',
	'<p class="video-title">Video: Công an hai tỉnh ký kết hợp tác phòng chống tội phạm (3:05)</p>',
	'<p class="video-transcript">Lời bình: Sáng 8/6/2023, tại thành phố Vinh, Công an tỉnh Nghệ An và Công an tỉnh Bô-ly-khăm-xay đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2023 - 2028. Theo đó, hai bên sẽ định kỳ trao đổi thông tin hằng quý.</p>',
	'</div>',
	'</article></body></html>'
].join('\n');

describe('a video\'s voice-over under the story', () => {
	const t = buildTimeline([{ file: 'a.html', text: page }]);
	it('dates no happening', () => {
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('8/6/2023') || s.quote.includes('Lời bình')))).toEqual([]);
		expect(t.events.filter((e) => e.start! < '2025-01-01')).toEqual([]);
	});
	it('while the story is still read', () => {
		expect(t.events.some((e) => e.start === '2025-10-10')).toBe(true);
	});
});
