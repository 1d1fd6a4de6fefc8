/**
 * A photo story whose byline, the photographer's name alone on its line, stands between the stamp and the lead ("[Photo] …",
 * "Ngày đăng: …", "Minh Khôi", the lead): the tagged headline is still the page's, so the captions under the pictures' stubs
 * tell its news, each credited "(Ảnh: Minh Khôi)" with the byline's name, and the paragraph after them is the body too.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const PAGE = [
	'TẠP CHÍ KINH TẾ MIỀN TRUNG',
	'Thời sự | Kinh tế | Photo',
	'',
	'[Photo] Doanh nghiệp Hà Tĩnh tìm hiểu cơ hội hợp tác tại Khăm-muộn',
	'',
	'Ngày đăng: 14/10/2024',
	'Minh Khôi',
	'',
	'Hai ngày qua (11 và 12/10), Đoàn công tác tỉnh Hà Tĩnh do ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh làm trưởng đoàn cùng 15 doanh nghiệp đã khảo sát, làm việc tại tỉnh Khăm-muộn (Lào).',
	'',
	'[Ảnh 1]',
	'Sáng 11/10, tại thành phố Thà-khẹt, ông Khăm-phăn Xi-xổm-phon, Phó Tỉnh trưởng tỉnh Khăm-muộn tiếp và làm việc với Đoàn. (Ảnh: Minh Khôi)',
	'',
	'[Ảnh 2]',
	'Chiều 11/10, các doanh nghiệp Hà Tĩnh dự Hội nghị giới thiệu sản phẩm với hơn 30 doanh nghiệp tỉnh bạn. (Ảnh: Minh Khôi)',
	'',
	'[Ảnh 3]',
	'Tối 12/10, Đoàn về nước qua cửa khẩu quốc tế Cha Lo. (Ảnh: Minh Khôi)',
	'',
	'Dịp này, ông Khăm-phăn Xi-xổm-phon nhận lời dẫn đoàn doanh nghiệp tỉnh Khăm-muộn sang dự Hội chợ Thương mại tại thành phố Hà Tĩnh vào tháng 12 tới.',
	'',
	'Tags: Hà Tĩnh, Khăm-muộn',
	''
].join('\n');

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a photo story with a name for its byline', () => {
	const t = buildTimeline([{ file: 'a.txt', text: PAGE }]);
	it('reads each caption as an event of its day', () => {
		expect(quoted(t, 'Sáng 11/10, tại thành phố Thà-khẹt').map((e) => [e.start, e.partOfDay])).toEqual([['2024-10-11', 'morning']]);
		expect(quoted(t, 'Chiều 11/10, các doanh nghiệp').map((e) => e.start)).toEqual(['2024-10-11']);
		expect(quoted(t, 'Tối 12/10, Đoàn về nước').map((e) => e.start)).toEqual(['2024-10-12']);
	});
	it('leaves the credit out of the quote', () => {
		expect(t.events.some((e) => e.sources.some((s) => s.quote.includes('Ảnh:')))).toBe(false);
	});
	it('keeps the plan told after the captions', () => {
		expect(quoted(t, 'vào tháng 12 tới').map((e) => [e.start, e.status])).toEqual([['2024-12-01', 'planned']]);
	});
});
