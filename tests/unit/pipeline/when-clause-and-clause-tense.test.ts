/**
 * Times told inside a clause of their own: a "trước khi …" / "sau khi …" clause's day dates the act it names, not the sentence's
 * main verb ("sáng mai (9/3), Đoàn thăm … trước khi về nước vào ngày 10/3"); and facts strung by semicolons, read whole, take
 * the tense of the clause that holds the happening's time ("Được biết, … đã …; năm 2028, tỉnh X sẽ đưa đoàn nghệ thuật sang
 * biểu diễn …" is a plan) — events.ts whenClauses, tenseClause; a troupe taken over is a delegation sent (SENT_DELEGATION).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { SENT_DELEGATION } from '../../../src/lib/pipeline/events';

const page = (stamp: string, ...paragraphs: string[]) => ['Công an tỉnh Hà Giang tiếp Đoàn Công an tỉnh Phông-sa-lỳ', '', stamp, '', ...paragraphs].join('\n\n');
const read = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: page(stamp, ...paragraphs) }]).events;
const quoting = (events: ReturnType<typeof read>, q: string) => events.find((e) => e.sources.some((s) => s.quote.includes(q)));

const LEAD = 'Đoàn đại biểu Công an tỉnh Phông-sa-lỳ do Đại tá Xổm-sạ-nít Vông-xay, Giám đốc Công an tỉnh làm Trưởng đoàn đang thăm và làm việc tại tỉnh Hà Giang từ ngày 7 đến 10/3.';

describe("a day inside 'trước khi …' / 'sau khi …'", () => {
	it("'sáng nay (9/3), Đoàn thăm … trước khi về nước vào ngày 10/3' is the morning of the 9th", () => {
		const e = quoting(read('09/03/2027 06:15', LEAD, 'Theo chương trình, sáng nay (9/3), Đoàn thăm Khu di tích Lũng Cú, sau đó làm việc với Bộ đội Biên phòng tỉnh trước khi về nước vào ngày 10/3.'), 'Khu di tích Lũng Cú');
		expect(e).toMatchObject({ start: '2027-03-09', end: '2027-03-09', partOfDay: 'morning' });
	});
	it("'Sau khi kết thúc hội nghị ngày 7/3, chiều 8/3 Đoàn …' is the 8th", () => {
		const e = quoting(read('10/03/2027 16:00', LEAD, 'Sau khi dự hội nghị ngày 7/3, chiều 8/3 Đoàn đã thăm Trường Tiểu học Lao Chải.'), 'Trường Tiểu học Lao Chải');
		expect(e).toMatchObject({ start: '2027-03-08', end: '2027-03-08' });
	});
	it("the day told only inside the clause still dates the sentence", () => {
		const e = quoting(read('10/03/2027 16:00', LEAD, 'Đoàn đã thăm Trường Tiểu học Lao Chải trước khi về nước ngày 10/3.'), 'Trường Tiểu học Lao Chải');
		expect(e).toMatchObject({ start: '2027-03-10' });
	});
});

describe('the tense of the clause that holds the time', () => {
	const PLAN = 'Được biết, từ năm 2012 đến nay, hai tỉnh đã luân phiên tổ chức 6 kỳ Ngày hội Văn hóa; trong năm 2028, tỉnh Phông-sa-lỳ sẽ đưa đoàn nghệ thuật sang biểu diễn tại Lễ hội Hoa Tam giác mạch.';
	it("'… đã …; trong năm 2028, tỉnh X sẽ đưa đoàn nghệ thuật sang biểu diễn …' is planned and main", () => {
		const e = quoting(read('10/03/2027 16:00', LEAD, PLAN), 'đưa đoàn nghệ thuật');
		expect(e).toMatchObject({ start: '2028-01-01', end: '2028-12-31', status: 'planned', role: 'main' });
	});
	it('a troupe or a team taken over is a delegation sent; hosts taking their guests round are not', () => {
		expect(SENT_DELEGATION.test('tỉnh bạn sẽ đưa đoàn nghệ thuật sang biểu diễn tại lễ hội')).toBe(true);
		expect(SENT_DELEGATION.test('Sở sẽ đưa đội bóng đá sang thi đấu giao hữu')).toBe(true);
		expect(SENT_DELEGATION.test('lãnh đạo huyện sẽ đưa Đoàn đến thăm khu di tích')).toBe(false);
	});
});
