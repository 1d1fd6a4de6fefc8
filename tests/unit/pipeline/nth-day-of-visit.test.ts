/**
 * "Ngày thứ N của chuyến thăm, Đoàn …" is the Nth day counted from the trip's first, a happening of its own: after a long
 * "Ảnh: …" caption (a picture's label and a whole sentence: a caption, not a round-up item whose label ends the story
 * told), and when all it says is the province the delegation worked in ("Đoàn làm việc tại tỉnh …"); "Sáng cùng ngày" told
 * next is that day's morning, not the first day's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { normalizeText } from '../../../src/lib/pipeline/normalize';
import { segment } from '../../../src/lib/pipeline/segment';

const page = (title: string, stamp: string, paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('the third day of a stay, after a long caption', () => {
	const t = page('Thành phố Hà Tĩnh thăm thành phố Pắc-xan', '08/09/2023 | 10:15', [
		'Từ ngày 5 đến 7/9, Đoàn đại biểu thành phố Hà Tĩnh do đồng chí Đặng Quốc Vinh, Bí thư Thành ủy làm trưởng đoàn đã thăm, làm việc tại thành phố Pắc-xan, tỉnh Bô-ly-khăm-xay (Lào).',
		'Sáng 6/9, hai bên hội đàm tại trụ sở chính quyền thành phố Pắc-xan.',
		'Tối 6/9, lãnh đạo thành phố Pắc-xan chiêu đãi Đoàn.',
		'Ảnh: Các em học sinh Trường Tiểu học bản Phôn-xay múa chào mừng các thành viên Đoàn thành phố Hà Tĩnh trong buổi giao lưu.',
		'Ngày thứ ba của chuyến thăm, Đoàn thăm Bệnh viện tỉnh Bô-ly-khăm-xay và trao tặng trang thiết bị y tế.'
	]);
	it('the caption is no sentence of the body, however long', () => {
		const text = ['Thành phố Hà Tĩnh thăm thành phố Pắc-xan', '', '08/09/2023 | 10:15', '', 'Sáng 6/9, hai bên hội đàm tại trụ sở chính quyền thành phố Pắc-xan và thống nhất nhiều nội dung hợp tác.', '', 'Ảnh: Các em học sinh Trường Tiểu học bản Phôn-xay múa chào mừng các thành viên Đoàn thành phố Hà Tĩnh trong buổi giao lưu.', '', 'Chiều cùng ngày, Đoàn thăm Bệnh viện tỉnh Bô-ly-khăm-xay và trao tặng trang thiết bị y tế cho bệnh viện.'].join('\n');
		const said = segment('t', 't.txt', normalizeText(text), 'vi').sentences.map((s) => s.text);
		expect(said.some((s) => s.includes('múa chào mừng'))).toBe(false);
		expect(said.some((s) => s.startsWith('Chiều cùng ngày'))).toBe(true);
	});
	it('"Ngày thứ ba của chuyến thăm" is the stay\'s third day', () => {
		const third = quoted(t, 'Ngày thứ ba của chuyến thăm');
		expect(third).toHaveLength(1);
		expect([third[0].start, third[0].end]).toEqual(['2023-09-07', '2023-09-07']);
	});
});

describe('the second day of a visit to two provinces, told by the province alone', () => {
	const t = page('Tỉnh Hà Giang thăm hai tỉnh Bắc Lào', 'Thứ Bảy, 16/03/2024 09:40', [
		'Trong hai ngày qua (14 và 15/3), Đoàn đại biểu tỉnh Hà Giang do đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Phông-sa-lỳ và tỉnh Luổng Nặm Thà, nước CHDCND Lào.',
		'Ngày 14/3, tại trụ sở chính quyền tỉnh Phông-sa-lỳ, đồng chí Khăm-pheng Xay-xổm-phon, Phó Tỉnh trưởng tỉnh Phông-sa-lỳ đã tiếp và làm việc với Đoàn.',
		'Chiều cùng ngày, Đoàn thăm Trường Phổ thông dân tộc nội trú tỉnh Phông-sa-lỳ và trao tặng 40 bộ máy tính.',
		'Ngày thứ hai của chuyến thăm, Đoàn làm việc tại tỉnh Luổng Nặm Thà.',
		'Sáng cùng ngày, đồng chí Vi-lay-phon Xỉ-xổm-phon, Tỉnh trưởng tỉnh Luổng Nặm Thà đã tiếp Đoàn.'
	]);
	it('"Ngày thứ hai của chuyến thăm, Đoàn làm việc tại tỉnh …" is an event of the second day', () => {
		const second = quoted(t, 'Ngày thứ hai của chuyến thăm');
		expect(second).toHaveLength(1);
		expect([second[0].start, second[0].end]).toEqual(['2024-03-15', '2024-03-15']);
	});
	it('"Sáng cùng ngày" after it is the second day\'s morning', () => {
		const morning = quoted(t, 'Sáng cùng ngày');
		expect(morning).toHaveLength(1);
		expect([morning[0].start, morning[0].partOfDay]).toEqual(['2024-03-15', 'morning']);
	});
});
