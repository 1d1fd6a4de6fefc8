/**
 * A photo story whose picture stubs stand alone on their lines ("[Ảnh 3/3]", then the caption on the next line), under a
 * lead that counts the days back from the stamp ("Trong hai ngày qua" under a stamp of the 16th, read 15–16): the first
 * caption's own date ("Sáng 14/5") is when the trip began, so "Ngày thứ hai của chuyến thăm" is the 15th, and the last
 * caption, with no day ("Ông X thăm … trước khi về nước"), is a happening of the trip on the day the captions reached.
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'BÁO ẢNH BIÊN CƯƠNG',
	'Phóng sự ảnh',
	'',
	'16/05/2023 - 15:10 (GMT+07:00)',
	'',
	'[Ảnh] Quế Phong – Xăm Tãy: Nghĩa tình hai huyện biên giới',
	'',
	'Trong hai ngày qua, Đoàn đại biểu huyện Xăm Tãy (tỉnh Hủa Phăn, Lào) do ông Bun-lọt Xay-nhạ-xỉn, Bí thư Huyện ủy, Chủ huyện làm trưởng đoàn đã sang thăm huyện kết nghĩa Quế Phong (Nghệ An). Báo ảnh Biên Cương giới thiệu một số hình ảnh.',
	'',
	'[Ảnh 1/3]',
	'Sáng 14/5, ông Lô Văn Hùng, Chủ tịch UBND huyện Quế Phong đón Đoàn tại cửa khẩu Thông Thụ. Ảnh: Minh Khoa',
	'',
	'[Ảnh 2/3]',
	'Ngày thứ hai của chuyến thăm, hai huyện hội đàm và ký kết kết nghĩa 3 cặp xã – bản biên giới. Ảnh: Minh Khoa',
	'',
	'[Ảnh 3/3]',
	'Ông Bun-lọt Xay-nhạ-xỉn thăm, tặng quà học sinh Lào tại Trường Phổ thông Dân tộc nội trú huyện Quế Phong trước khi về nước. Ảnh: Minh Khoa',
	'',
	'Minh Khoa',
	'',
	'Tags: Quế Phong, Xăm Tãy, kết nghĩa'
].join('\n');

describe('a photo story with its stubs on lines of their own', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it("counts the trip's second day from the first caption's date", () => {
		expect(of('Ngày thứ hai của chuyến thăm')).toMatchObject({ start: '2023-05-15', end: '2023-05-15' });
	});
	it("keeps the undated last caption, on the day the captions reached, in the delegation's trip", () => {
		const e = of('Ông Bun-lọt Xay-nhạ-xỉn thăm, tặng quà học sinh Lào');
		expect(e).toMatchObject({ start: '2023-05-15', end: '2023-05-15', status: 'occurred' });
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
});
