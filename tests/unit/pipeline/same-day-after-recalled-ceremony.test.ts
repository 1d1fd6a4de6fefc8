/**
 * "Chiều cùng ngày" in the story of a course's closing, after its opening months before told in passing ("Lễ khai giảng lớp
 * học đã diễn ra sáng 3/3/2023, …", no "Trước đó"): once a paragraph between has gone back to the closing (one of the people
 * the sentence after its lead named: "Phát biểu tại lễ, đồng chí X …"), the same day is the closing's. A day recalled
 * longer before the news than a trip lasts is background, however told. Told right after the opening, it stays that day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Bế giảng lớp bồi dưỡng cán bộ tỉnh Luông Nậm Thà', '', 'Cập nhật lúc 09:20 ngày 16/06/2023', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Sáng 15/6, Trường Chính trị tỉnh Lào Cai tổ chức Lễ bế giảng lớp bồi dưỡng kiến thức quản lý cho 30 cán bộ tỉnh Luông Nậm Thà, nước CHDCND Lào.';
const GUESTS = 'Dự lễ có Đoàn đại biểu tỉnh Luông Nậm Thà do đồng chí Phết-xa-mỏn Vông-xay, Phó Bí thư Tỉnh ủy làm trưởng đoàn; về phía tỉnh Lào Cai có đồng chí Nông Văn Hải, Hiệu trưởng Trường Chính trị tỉnh.';
const OPENING = 'Lễ khai giảng lớp học đã diễn ra sáng 3/3/2023, với sự tham dự của lãnh đạo hai tỉnh.';
const SPEECH = 'Phát biểu tại buổi lễ, đồng chí Nông Văn Hải biểu dương tinh thần học tập của các học viên.';
const CALL = 'Chiều cùng ngày, đồng chí Phết-xa-mỏn Vông-xay và Đoàn đã đến chào xã giao Thường trực Tỉnh ủy Lào Cai.';
const eventOf = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe('the same day after a ceremony recalled months before', () => {
	it("is the news day once a paragraph has gone back to the news's people", () => {
		const call = eventOf(page(LEAD, GUESTS, OPENING, SPEECH, CALL), 'Chiều cùng ngày');
		expect(call?.start).toBe('2023-06-15');
		expect(call?.role).toBe('main');
	});
	it('is the news day after words said at the closing, named by its own name', () => {
		const speech = 'Tại lễ bế giảng, đồng chí Nông Văn Hải biểu dương tinh thần học tập của các học viên.';
		expect(eventOf(page(LEAD, GUESTS, OPENING, speech, CALL), 'Chiều cùng ngày')?.start).toBe('2023-06-15');
	});
	it("is the recalled day when told right after it", () => {
		const t = page(LEAD, GUESTS, `${OPENING} Chiều cùng ngày, các học viên đã tham quan Nhà trưng bày truyền thống của Trường.`);
		expect(eventOf(t, 'Chiều cùng ngày')?.start ?? '2023-03-03').toBe('2023-03-03');
	});
});
