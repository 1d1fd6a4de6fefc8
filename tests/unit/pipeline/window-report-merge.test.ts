/**
 * The same happening told by a second outlet with no day of its own: "Vừa qua, Sở Công Thương tỉnh … đã tiếp … Đoàn …" (a
 * window of recent days), "Trong thời gian ở <tỉnh>, Đoàn … cũng đã đến thăm <the same place by name>", "Dịp này, Đoàn đã
 * dâng hoa tại Đài tưởng niệm …" beside an English "laid a wreath at the … Memorial": one event with the dated telling of
 * the other outlet (same delegation, same kind, same place or object, the window holds the day). A different place
 * visited stays apart.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { mergeReports, type Mergeable } from '../../../src/lib/pipeline/merge';

const dated = [
	'Sở Công Thương Quảng Trị tiếp Đoàn công tác tỉnh Sa-la-văn (Lào)',
	'',
	'12-04-2024 10:05',
	'',
	'Ngày 9/4, tại trụ sở Sở Công Thương, ông Trần Văn Phước, Giám đốc Sở Công Thương tỉnh Quảng Trị đã tiếp và làm việc với Đoàn công tác Sở Công Thương tỉnh Sa-la-văn (Lào) do ông Khăm-phết Vông-phạ-chít, Giám đốc Sở Công Thương tỉnh Sa-la-văn làm trưởng đoàn.',
	'',
	'Sáng 10/4, Đoàn thăm Khu kinh tế thương mại đặc biệt Lao Bảo và Cảng cạn Quảng Trị.',
	'',
	'Chiều 10/4, Đoàn thăm Nhà máy tinh bột sắn Hướng Hóa.',
	'',
	'Chiều cùng ngày, Đoàn rời Quảng Trị về nước.'
].join('\n');

const second = [
	'Tăng cường hợp tác thương mại Quảng Trị - Sa-la-văn',
	'',
	'Cập nhật 13-04-2024, 08:30',
	'',
	'Vừa qua, Sở Công Thương tỉnh Quảng Trị đã tiếp và làm việc với Đoàn công tác Sở Công Thương tỉnh Sa-la-văn (Lào) do ông Khăm-phết Vông-phạ-chít, Giám đốc Sở làm trưởng đoàn.',
	'',
	'Tiếp Đoàn có ông Trần Văn Phước, Giám đốc Sở Công Thương tỉnh Quảng Trị.',
	'',
	'Trong thời gian ở Quảng Trị, Đoàn công tác Sở Công Thương tỉnh Sa-la-văn cũng đã đến thăm Khu kinh tế thương mại đặc biệt Lao Bảo.'
].join('\n');

describe('a second outlet\'s undated telling of the same happenings', () => {
	const t = buildTimeline([{ file: 'a.txt', text: dated }, { file: 'b.txt', text: second }]);
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

	it('"Vừa qua, … đã tiếp …" is the reception of 9/4', () => {
		const [e] = of('Vừa qua, Sở Công Thương');
		expect(e).toBeTruthy();
		expect(e).toMatchObject({ start: '2024-04-09', end: '2024-04-09' });
		expect(e.sources.some((s) => s.quote.startsWith('Ngày 9/4'))).toBe(true);
	});
	it('"cũng đã đến thăm" the zone by name is the visit of 10/4 morning, not the afternoon\'s factory', () => {
		const [e] = of('Trong thời gian ở Quảng Trị');
		expect(e).toBeTruthy();
		expect(e).toMatchObject({ start: '2024-04-10', partOfDay: 'morning' });
		expect(e.sources.some((s) => s.quote.startsWith('Sáng 10/4'))).toBe(true);
		expect(of('Chiều 10/4, Đoàn thăm Nhà máy')[0].sources).toHaveLength(1);
	});
	it('the trip keeps its own days, not the window\'s', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ start: '2024-04-09', end: '2024-04-10' });
	});
});

describe('a tribute at a memorial told in two languages', () => {
	const base = { article: 'x', role: 'main' as const, status: 'occurred' as const, people: ['leader'], place: 'p', cities: ['p'], conflicts: [], visitorFrom: 'home' };
	const note = { vi: '', en: '' };
	const day: Mergeable = { ...base, article: 'en', type: 'ceremony', date: { start: '2024-04-10', end: '2024-04-10', granularity: 'day', partOfDay: 'morning', dating: 'relative', confidence: 0.8, note }, sources: [{ article: 'en', quote: 'On Wednesday morning, the delegation laid a wreath at the Friendship Memorial', start: 0, end: 10, dateText: null }] };
	const stay: Mergeable = { ...base, article: 'vi', type: 'ceremony', date: { start: '2024-04-08', end: '2024-04-12', granularity: 'span', partOfDay: null, dating: 'inferred', confidence: 0.3, note }, sources: [{ article: 'vi', quote: 'Dịp này, Đoàn đã dâng hoa tại Đài tưởng niệm liệt sĩ tỉnh', start: 0, end: 10, dateText: null }] };
	const fair: Mergeable = { ...stay, sources: [{ article: 'vi', quote: 'Dịp này, Đoàn đã dự lễ khai mạc Hội chợ thương mại', start: 0, end: 10, dateText: null }] };
	it('is one happening', () => expect(mergeReports([day, stay])).toHaveLength(1));
	it('another ceremony of the stay is not', () => expect(mergeReports([day, fair])).toHaveLength(2));
});
