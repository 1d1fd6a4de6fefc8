/**
 * A Facebook post saved from the feed cuts its last paragraph with the site's button ("… trong tháng 9/2026... Xem
 * thêm", "… next spring... See more"): the mark and its ellipsis go, the text before it is the post's and is read. A line that is
 * nothing but "Xem thêm …" stays furniture. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Facebook',
	'Trang thông tin điện tử tỉnh Hà Giang',
	'3 giờ trước · 🌏',
	'',
	'👉 Ngày 14/5/2026, Đoàn đại biểu tỉnh Hà Giang do đồng chí Lò Văn Khiêm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh U-đôm-xay (Lào).',
	'',
	'🤝 Hai bên thống nhất phối hợp đào tạo cán bộ và phát triển thương mại qua biên giới trong thời gian tới.',
	'',
	'📌 Đồng chí Phon-xay Kẹo-bun-hương đã nhận lời mời dẫn Đoàn đại biểu tỉnh U-đôm-xay sang thăm, làm việc tại Hà Giang trong tháng 9/2026... Xem thêm',
	'',
	'👍 320    14 bình luận',
	'',
	'Xem thêm bình luận'
].join('\n');

describe("a post cut with '… Xem thêm'", () => {
	const t = buildTimeline([{ file: 'fb.txt', text: vi }]);
	it('keeps the cut paragraph: the planned return visit is an event, without the mark', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('đã nhận lời mời dẫn Đoàn')));
		expect(e?.status).toBe('planned');
		expect(e?.start?.slice(0, 7)).toBe('2026-09');
		expect(e?.sources[0].quote).toMatch(/trong tháng 9\/2026$/);
	});
	it('reads "Xem thêm bình luận" alone as no event', () => {
		expect(t.events.some((x) => x.sources.some((s) => /Xem thêm|bình luận/.test(s.quote)))).toBe(false);
	});
});
