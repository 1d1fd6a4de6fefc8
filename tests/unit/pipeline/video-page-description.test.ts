/**
 * A video site's page (a description under the clip, a chapter list, a transcript): the description's prose is the
 * story too, and the parts' headings ("Mô tả", "Chương:", "Bản chép lời"), the fold's link ("...ít hơn"), the chapters
 * ("01:20 Hội đàm") and the player's bars (views, share buttons) are furniture that neither splits the story nor is its title.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Truyền hình Quảng Trị',
	'Trang chủ | Thời sự | Video',
	'',
	'▶ 0:00 / 3:20',
	'',
	'Lãnh đạo tỉnh Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-van-na-khệt (Lào)',
	'',
	'2.410 lượt xem · Đã công chiếu vào 6 thg 9, 2024',
	'👍 51   ↗ Chia sẻ   ⬇ Tải xuống',
	'',
	'Mô tả',
	'Từ ngày 4 - 6/9, Đoàn đại biểu tỉnh Sa-van-na-khệt (Lào) do đồng chí Bun-thon Xi-lạ-vông, Phó Tỉnh trưởng tỉnh Sa-van-na-khệt làm Trưởng đoàn thăm và làm việc tại tỉnh Quảng Trị.',
	'Chương:',
	'00:00 Đón Đoàn',
	'01:20 Hội đàm',
	'02:40 Tham quan cảng Cửa Việt',
	'#QuangTri #VietNamLao',
	'...ít hơn',
	'',
	'Bản chép lời',
	'0:00',
	'Chiều ngày 4/9, tại trụ sở UBND tỉnh, đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp và hội đàm với Đoàn.',
	'1:20',
	'Hai bên trao đổi về hợp tác thương mại qua cửa khẩu Lao Bảo và kết nối giao thông giữa hai tỉnh trong thời gian tới.',
	'2:40',
	'Sáng 5/9, Đoàn tham quan cảng Cửa Việt và khu kinh tế Đông Nam Quảng Trị.',
	'',
	'Bình luận · 4',
	''
].join('\n');

describe('a video page', () => {
	const doc = segment('v', 'video.txt', page, 'vi');
	it('keeps the description in the body and takes the clip\'s headline for title', () => {
		expect(doc.title).toBe('Lãnh đạo tỉnh Quảng Trị tiếp Đoàn đại biểu tỉnh Sa-van-na-khệt (Lào)');
		expect(doc.sentences.some((s) => s.text.startsWith('Từ ngày 4 - 6/9'))).toBe(true);
		expect(doc.sentences.some((s) => s.text.startsWith('Sáng 5/9'))).toBe(true);
		expect(doc.sentences.some((s) => /^\d{2}:\d{2}|Chương|Bản chép lời|ít hơn/.test(s.text))).toBe(false);
	});
	it('tells the stay of the description', () => {
		const t = buildTimeline([{ file: 'video.txt', text: page }]);
		expect(t.events.some((e) => e.type === 'visit' && e.sources.some((s) => s.quote.startsWith('Từ ngày 4 - 6/9, Đoàn đại biểu tỉnh Sa-van-na-khệt')))).toBe(true);
	});
});
