/**
 * A trip's programme told as dated bullets: every item within the trip's days is one of its happenings, whatever its verb
 * ("- Ngày 9/4: Giao lưu với sinh viên …" has none the event words know); an item outside the trip's days is not made one.
 * (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Đoàn Hội Sinh viên tỉnh Chăm-pa-xắc thăm Quảng Nam',
	'',
	'Cập nhật 12-04-2025, 08:00',
	'',
	'Từ ngày 7 đến hết ngày 10/4, Đoàn đại biểu Hội Sinh viên tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-mạ-ni Xổm-xạ-vạt, Chủ tịch Hội làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Quảng Nam. Chương trình của Đoàn:',
	'',
	'- Ngày 7/4: Đoàn nhập cảnh qua cửa khẩu quốc tế Nam Giang, về đến thành phố Tam Kỳ.',
	'- Ngày 8/4: Hội đàm với Ban Thư ký Hội Sinh viên tỉnh Quảng Nam.',
	'- Ngày 9/4: Giao lưu với sinh viên Lào tại Trường Đại học Quảng Nam.',
	'- Ngày 10/4: Đoàn về nước qua cửa khẩu quốc tế Nam Giang.',
	'- Ngày 15/4: Giao lưu trực tuyến với sinh viên hai tỉnh.'
].join('\n');

describe('a dated programme bullet whatever its verb', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('is an event of the trip on its day', () => {
		expect(of('Giao lưu với sinh viên Lào')).toMatchObject({ start: '2025-04-09', end: '2025-04-09', role: 'main', status: 'occurred' });
	});
	it('but not one outside the trip\'s days', () => {
		expect(of('Giao lưu trực tuyến')).toBeUndefined();
	});
});
