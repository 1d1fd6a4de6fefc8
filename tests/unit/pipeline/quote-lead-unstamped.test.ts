/**
 * A page with no stamp whose lead opens with the visiting leader's quoted words ('"… hôm nay sẽ là …", đồng chí X nói … khi
 * đến thăm Trường … sáng 14 tháng 3 năm 2024'): the tense and the day inside the quotation marks are the speaker's, the day
 * written after them ("sáng 14 tháng 3 năm 2024", a part of day before "ngày"-less "14 tháng 3") dates the visit, done; "Chiều
 * cùng ngày" follows it, "tối hôm trước" counts back one day; a student quoted ("Em Y, sinh viên năm thứ hai …, chia sẻ")
 * takes no part in the delegation's doings.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const page = [
	'Phó Bí thư Tỉnh ủy Xay-nha-bu-ly thăm lưu học sinh Lào tại Trường Đại học Vinh',
	'',
	'"Các bạn sinh viên hôm nay sẽ là những người xây dựng tình hữu nghị bền vững giữa hai tỉnh", đồng chí Khăm-phon Vông-xay, Phó Bí thư Tỉnh ủy Xay-nha-bu-ly (Lào) nói với lưu học sinh Lào khi đến thăm Trường Đại học Vinh sáng 14 tháng 3 năm 2024.',
	'',
	'Đoàn cán bộ tỉnh Xay-nha-bu-ly do đồng chí Khăm-phon Vông-xay làm trưởng đoàn đang có chuyến thăm, làm việc tại tỉnh Nghệ An.',
	'',
	'Chiều cùng ngày, tại trụ sở Tỉnh ủy, đồng chí Nguyễn Hữu Phước, Phó Bí thư Tỉnh ủy Nghệ An đã tiếp và làm việc với Đoàn. Đoàn đến Nghệ An tối hôm trước, qua cửa khẩu quốc tế Nậm Cắn.',
	'',
	'Tại Trường Đại học Vinh, Đoàn dự buổi gặp mặt lưu học sinh Lào. Em Xổm-xay Phôm-ma-vông, sinh viên năm thứ hai ngành Kinh tế, chia sẻ: "Chúng em được nhà trường quan tâm chu đáo".',
	'',
	'Ngày 15/3, Đoàn thăm Khu di tích Kim Liên trước khi lên đường về nước.'
].join('\n');

describe('a quoted lead on a page with no stamp', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const ev = (quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)))!;
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;

	it('a part of day before a day and its month written out is a day', () => {
		const [m] = findTimeMentions('Đoàn đến thăm trường chiều 14 tháng 3 năm 2024.');
		expect(m).toMatchObject({ shape: 'day', day: 14, month: 3, year: 2024, partOfDay: 'afternoon' });
		expect(findTimeMentions('Dự án kéo dài trong 14 tháng 3 giai đoạn.').some((x) => x.shape === 'day')).toBe(false);
	});
	it('the visit is on the day written after the quote, done', () => {
		const e = ev('Các bạn sinh viên hôm nay');
		expect([e.start, e.end, e.partOfDay, e.status]).toEqual(['2024-03-14', '2024-03-14', 'morning', 'occurred']);
	});
	it('"Chiều cùng ngày" is that day, "tối hôm trước" the evening before', () => {
		const r = ev('Chiều cùng ngày');
		expect([r.start, r.partOfDay]).toEqual(['2024-03-14', 'afternoon']);
		const a = ev('Đoàn đến Nghệ An tối hôm trước');
		expect([a.start, a.partOfDay]).toEqual(['2024-03-13', 'evening']);
	});
	it('the student quoted is no participant', () => {
		for (const e of t.events) expect(e.people.map(name)).not.toContain('Em Xổm-xay Phôm-ma-vông');
		for (const e of t.events) expect(e.people.map(name)).not.toContain('Xổm-xay Phôm-ma-vông');
	});
});
