/**
 * Days written out in a bracket after words counted from the writing win over the count: "Hai ngày qua (11 và 12/10)" under a
 * stamp of the 14th is the 11th and 12th, not the two days up to the stamp; so are "Tuần trước (2-4/9)" and "Trong ba ngày qua
 * (30/11 - 2/12)". One day in a bracket is read with its word, as before ("Hôm qua (13/10)"). "Cũng trong ngày hôm qua" is
 * yesterday, not "the same day" as the event just told.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const days = (s: string) => findTimeMentions(s, 'vi').map((m) => [m.text, m.shape, m.day, m.month, m.endDay, m.endMonth, m.relation ?? null]);

describe('bracketed days after a relative span', () => {
	it('"Hai ngày qua (11 và 12/10)" is the 11th and 12th', () => {
		expect(days('Hai ngày qua (11 và 12/10), Đoàn đã làm việc tại tỉnh Khăm-muộn.')).toEqual([['Hai ngày qua (11 và 12/10)', 'span', 11, 10, 12, 10, null]]);
	});
	it('"Tuần trước (2-4/9)" and a span across months', () => {
		expect(days('Tuần trước (2-4/9), đoàn đã sang thăm tỉnh Sa-la-van.')).toEqual([['Tuần trước (2-4/9)', 'span', 2, 9, 4, 9, null]]);
		expect(days('Trong ba ngày qua (30/11 - 2/12), Đoàn đã khảo sát.')).toEqual([['Trong ba ngày qua (30/11 - 2/12)', 'span', 30, 11, 2, 12, null]]);
	});
	it('one day in brackets stays with its word; figures out of order are no days', () => {
		expect(days('Hôm qua (13/10), Đoàn đã đến.')).toEqual([['Hôm qua (13/10)', 'day', 13, 10, undefined, undefined, 'deictic']]);
		expect(days('Hai ngày qua (5 - 2/3), Đoàn đã đến.')[0][1]).toBe('span');
		expect(days('Hai ngày qua (5 - 2/3), Đoàn đã đến.')[0][6]).toBe('deictic');
	});
	it('"Cũng trong ngày hôm qua" is yesterday, not the day just told', () => {
		expect(days('Cũng trong ngày hôm qua, tại hội nghị, hai bên đã ký 6 biên bản.')).toEqual([['ngày hôm qua', 'day', undefined, undefined, undefined, undefined, 'deictic']]);
		expect(days('Cũng trong ngày, hai bên đã ký 6 biên bản.')[0][6]).toBe('anaphoric');
	});
	it('dates the lead of a page stamped two days later by the bracket', () => {
		const text = ['Hà Tĩnh khảo sát tại Khăm-muộn', '', 'Ngày đăng: 14/10/2024', '', 'Hai ngày qua (11 và 12/10), Đoàn công tác tỉnh Hà Tĩnh do ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã khảo sát, làm việc tại tỉnh Khăm-muộn (Lào).', ''].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		expect(t.events.map((e) => [e.start, e.end])).toEqual([['2024-10-11', '2024-10-12']]);
	});
});
