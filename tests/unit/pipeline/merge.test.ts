import { describe, expect, it } from 'vitest';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';
import type { Resolved } from '../../../src/lib/pipeline/dates/index';

const date = (start: string, end = start): Resolved => ({ start, end, granularity: start === end ? 'day' : 'span', partOfDay: null, dating: 'explicit', confidence: 0.9, note: { vi: '', en: '' } as never });
const report = (article: string, d: Resolved, people: string[] = ['pk']): Mergeable => ({
	article, type: 'visit', role: 'main', status: 'occurred', date: d, people, place: null, cities: [], sources: [], conflicts: []
});

describe('sameHappening', () => {
	it('the same span told by two outlets is one visit', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-22', '2023-11-24')))).toBe(true);
	});
	it('overlapping but different spans, or a span and a day, stay apart', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-23', '2023-11-25')))).toBe(false);
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-23')))).toBe(false);
	});
	it('nothing shared, no merge', () => {
		expect(sameHappening(report('a', date('2023-11-22', '2023-11-24')), report('b', date('2023-11-22', '2023-11-24'), ['x']))).toBe(false);
	});
	it('a host\'s reception and the guests\' meeting with the host, told by two outlets, are one encounter when they share a person', () => {
		const as = (type: string, r: Mergeable): Mergeable => ({ ...r, type, place: 'da-nang' });
		// "Chiều 30/3, Chủ tịch UBND thành phố … tiếp Đoàn" and "On March 30, the delegation met Chairman …"
		expect(sameHappening(as('reception', report('a', date('2024-03-30'), ['host', 'guest'])), as('meeting', report('b', date('2024-03-30'), ['host', 'guest'])))).toBe(true);
		expect(sameHappening(as('courtesy_call', report('a', date('2024-03-30'), ['host'])), as('reception', report('b', date('2024-03-30'), ['host'])))).toBe(true);
		// The same place alone is not enough across types.
		expect(sameHappening(as('reception', report('a', date('2024-03-30'), ['x'])), as('meeting', report('b', date('2024-03-30'), ['y'])))).toBe(false);
	});
	it("a host's reception and talks with the same host, one day each, told by two outlets, are one meeting; not by the guests' leader alone", () => {
		const as = (type: string, r: Mergeable, leader = 'guest'): Mergeable => ({ ...r, type, place: 'da-nang', setting: { visitor: { leader, fromCity: 'pakse' } } });
		// "Chiều 30/3, … H … đã tiếp và làm việc với Đoàn" and "Later that day, Mr. G held talks with Mr. H"
		expect(sameHappening(as('reception', report('a', date('2024-03-30'), ['host', 'guest'])), as('talks', report('b', date('2024-03-30'), ['guest', 'host'])))).toBe(true);
		expect(sameHappening(as('reception', report('a', date('2024-03-30'), ['host', 'guest'])), as('talks', report('b', date('2024-03-30'), ['guest', 'other'])))).toBe(false);
		// (Nor a span's report, folded once its trip is known; nor one article's two happenings.)
		expect(sameHappening(as('reception', report('a', date('2024-03-29', '2024-03-31'), ['host'])), as('talks', report('b', date('2024-03-30'), ['host'])))).toBe(false);
		expect(sameHappening(as('reception', report('a', date('2024-03-30'), ['host'])), as('talks', report('a', date('2024-03-30'), ['host'])))).toBe(false);
	});
	it('a welcome on arrival at the airport or the gate and the hosts\' banquet or reception at their seat that day are two happenings', () => {
		const told = (article: string, quote: string, partOfDay: Resolved['partOfDay'], people: string[]): Mergeable => ({
			...report(article, { ...date('2025-08-19'), partOfDay }, people), type: 'reception', place: 'hue', sources: [{ article, quote, start: 0, end: quote.length, dateText: null }]
		});
		const airport = told('en', 'Earlier that day, on arrival at Phu Bai International Airport, the delegation was greeted by officials of the provincial Department of External Affairs', null, ['leader']);
		// "Tối 19/8, … chủ trì tiệc chiêu đãi Đoàn", "Chiều 19/8, … tiếp Đoàn tại trụ sở UBND tỉnh": sharing the guests' leader is not enough.
		expect(sameHappening(airport, told('vi', 'Tối 19/8, đồng chí Lê Văn Tâm chủ trì tiệc chiêu đãi chào mừng Đoàn', 'evening', ['host', 'leader']))).toBe(false);
		expect(sameHappening(told('vi', 'Chiều 19/8, đồng chí Lê Văn Tâm tiếp Đoàn tại trụ sở UBND tỉnh', 'afternoon', ['host', 'leader']), airport)).toBe(false);
		const gate = told('vi', 'Ngày 19/8, đồng chí Lê Văn Tâm đón Đoàn tại cửa khẩu quốc tế Lao Bảo', null, ['host', 'leader']);
		expect(sameHappening(gate, told('en', 'That evening, Mr Le Van Tam hosted a dinner in honour of the delegation', 'evening', ['host', 'leader']))).toBe(false);
		// Both told at the arrival, or neither at a table or a seat: one welcome, as before.
		expect(sameHappening(gate, told('en', 'On Tuesday morning, Mr Le Van Tam welcomed the delegation at the Lao Bao border gate', 'morning', ['host', 'leader']))).toBe(true);
		expect(sameHappening(airport, told('vi', 'Ngày 19/8, lãnh đạo Sở Ngoại vụ đón Đoàn', null, ['leader']))).toBe(true);
	});
	it('two delegations from different cities at one memorial on one day are two happenings', () => {
		const wreath = (article: string, people: string[], visitorFrom: string | null): Mergeable => ({ ...report(article, date('2024-05-15'), people), type: 'ceremony', place: 'vientiane', visitorFrom });
		expect(sameHappening(wreath('a', ['x'], 'quang-ninh'), wreath('b', ['y'], 'ho-chi-minh-city'))).toBe(false);
		// The same delegation told by two outlets, or one whose origin is not known: the place is enough.
		expect(sameHappening(wreath('a', ['x'], 'quang-ninh'), wreath('b', ['y'], 'quang-ninh'))).toBe(true);
		expect(sameHappening(wreath('a', ['x'], 'quang-ninh'), wreath('b', ['y'], null))).toBe(true);
	});
});

describe('a happening named only as the time of another act', () => {
	const told = (article: string, quote: string, people: string[]): Mergeable => ({
		...report(article, { ...date('2024-10-17'), partOfDay: null }, people), type: 'ceremony', place: 'savannakhet', sources: [{ article, quote, start: 0, end: quote.length, dateText: null }]
	});
	const opening = told('a', 'Sáng 17/10, UBND tỉnh Quảng Bình tổ chức lễ khánh thành Bệnh viện Hữu nghị huyện Xê-pôn', ['leader', 'host']);
	it('"ngay sau lễ khánh thành …, Hội … đã trao …" is another event than the inauguration', () => {
		expect(sameHappening(opening, told('b', 'Chiều 17/10, ngay sau lễ khánh thành Bệnh viện Hữu nghị, Hội Chữ thập đỏ tỉnh đã trao 200 suất quà cho người bệnh', ['leader', 'host']))).toBe(false);
		expect(sameHappening(told('b', 'Trước buổi lễ khánh thành Bệnh viện, Đoàn đã trao tặng 30 xe lăn cho bệnh viện', ['leader', 'host']), opening)).toBe(false);
	});
	it('while a second report of the inauguration itself is the same', () => {
		expect(sameHappening(opening, told('b', 'Ngày 17/10, lễ khánh thành Bệnh viện Hữu nghị huyện Xê-pôn đã diễn ra trọng thể', ['leader', 'host']))).toBe(true);
	});
});

describe("a programme's item and another outlet's report of it once done", () => {
	const told = (article: string, type: string, status: 'planned' | 'occurred', quote: string, partOfDay: Resolved['partOfDay'] = 'morning'): Mergeable => ({
		...report(article, { ...date('2023-05-12'), partOfDay }, ['leader']), type, status, sources: [{ article, quote, start: 0, end: quote.length, dateText: null }]
	});
	const plan = told('vi', 'visit', 'planned', 'Theo chương trình, sáng mai (12/5), Đoàn sẽ thăm Bệnh viện đa khoa tỉnh Xê Kông, sau đó về nước');
	it('is one happening when a site of the same kind is visited that morning, whatever kind each was typed', () => {
		expect(sameHappening(told('en', 'ceremony', 'occurred', 'On Friday morning, the delegation visited the Sekong Provincial Hospital and donated medical equipment'), plan)).toBe(true);
	});
	it('stays apart at another kind of site, at another part of the day, or with both told alike', () => {
		expect(sameHappening(told('en', 'ceremony', 'occurred', 'On Friday morning, the delegation visited the Sekong Teacher Training School and donated computers'), plan)).toBe(false);
		expect(sameHappening(told('en', 'ceremony', 'occurred', 'On Friday afternoon, the delegation visited the Sekong Provincial Hospital and donated medical equipment', 'afternoon'), plan)).toBe(false);
		expect(sameHappening(told('en', 'ceremony', 'planned', 'On Friday morning, the delegation will visit the Sekong Provincial Hospital and donate medical equipment'), plan)).toBe(false);
	});
});

describe('a page that reports a happening and what followed it', () => {
	const src = (article: string, quote: string) => ({ article, quote, start: 0, end: quote.length, dateText: null });
	const told = (article: string, ...sources: ReturnType<typeof src>[]): Mergeable => ({
		...report(article, { ...date('2024-11-20'), partOfDay: null }, ['leader', 'host']), type: 'ceremony', place: 'khammouane', sources
	});
	// Another outlet's report and this page's own report of the opening, already one event.
	const opening = told('a', src('a', 'Earlier in the day, the two sides launched a passenger bus route'), src('b', 'Sáng 20/11, tại Thà Khẹc, hai tỉnh tổ chức lễ khai trương tuyến xe khách'));
	const after = src('b', 'Ngay sau lễ khai trương, chuyến xe đầu tiên chở 24 hành khách đã rời Thà Khẹc');
	it('keeps "Ngay sau lễ khai trương, chuyến xe đầu tiên …" with its own page\'s report of the opening', () => {
		expect(sameHappening(opening, told('b', after))).toBe(true);
	});
	it('but not with another outlet\'s report alone', () => {
		expect(sameHappening(told('a', src('a', 'Sáng 20/11, lễ khai trương tuyến xe khách đã diễn ra')), told('b', after))).toBe(false);
	});
});

describe('one gathering of several delegations, each outlet following its own', () => {
	const told = (article: string, type: string, quote: string, o: { partOfDay?: Resolved['partOfDay']; people?: string[]; from?: string; leader?: string | null } = {}): Mergeable => ({
		...report(article, { ...date('2025-11-08'), partOfDay: o.partOfDay ?? null }, o.people ?? []),
		type,
		place: 'lao-cai',
		visitorFrom: o.from ?? null,
		setting: { visitor: { leader: o.leader ?? null, fromCity: o.from ?? null } },
		sources: [{ article, quote, start: 0, end: quote.length, dateText: null }]
	});
	it('one numbered session on one day is one happening, in either language, whichever delegation each page follows', () => {
		const vi = told('vi', 'conference', 'Ngày 8/11, tại thành phố Lào Cai, lãnh đạo ba tỉnh đã cùng đồng chủ trì Hội nghị thường niên lần thứ ba.', { people: ['ha'], from: 'phongsaly' });
		const en = told('en', 'meeting', 'The third annual meeting opened in Lao Cai on Saturday morning.', { partOfDay: 'morning', people: ['kt'], from: 'luang-namtha' });
		expect(sameHappening(vi, en)).toBe(true);
		expect(sameHappening(vi, told('vi2', 'conference', 'Sáng 8/11, Hội nghị lần thứ 3 giữa các tỉnh đã khai mạc.', { partOfDay: 'morning', from: 'yen-bai' }))).toBe(true);
		// Another session's number, or another day: two.
		expect(sameHappening(vi, told('en', 'meeting', 'The fourth annual meeting opened in Lao Cai on Saturday morning.', { partOfDay: 'morning', from: 'luang-namtha' }))).toBe(false);
		expect(sameHappening(vi, { ...en, date: date('2025-11-09') })).toBe(false);
	});
	it('one conference at one place on one day, its co-chairs named alike by two pages, is one', () => {
		const a = told('a', 'conference', 'Sáng 8/11, UBND tỉnh Lào Cai chủ trì tổ chức Hội nghị sơ kết hợp tác giữa các tỉnh.', { partOfDay: 'morning', people: ['ha', 'kt', 'sv'], from: 'phongsaly' });
		expect(sameHappening(a, told('b', 'conference', 'Ngày 8/11, lãnh đạo các tỉnh đã cùng đồng chủ trì Hội nghị.', { people: ['kt', 'sv'], from: 'yen-bai' }))).toBe(true);
		// (One co-chair alone is no evidence: a province may hold two conferences in a day.)
		expect(sameHappening(a, told('b', 'conference', 'Ngày 8/11, đồng chí KT dự Hội nghị xúc tiến du lịch.', { people: ['kt'], from: 'yen-bai' }))).toBe(false);
	});
	it("two pages' signings of a conference's minutes at one place on one day are one; signed minutes of talks are not", () => {
		const a = told('a', 'signing', 'Bế mạc Hội nghị, trưởng đoàn các tỉnh đã ký Biên bản Hội nghị lần thứ ba.', { people: ['ha'], from: 'phongsaly' });
		expect(sameHappening(a, told('b', 'signing', 'Kết thúc Hội nghị, các trưởng đoàn đã ký Biên bản Hội nghị và chương trình phối hợp năm 2026.', { people: ['kt'], from: 'yen-bai' }))).toBe(true);
		expect(sameHappening(a, told('en', 'signing', 'At the close, the heads of delegation signed the minutes of the meeting.', { people: ['sv'], from: 'luang-namtha' }))).toBe(true);
		expect(sameHappening(a, told('b', 'signing', 'Hai bên đã ký Biên bản hội đàm.', { people: ['kt'], from: 'yen-bai' }))).toBe(false);
	});
	it("a working session of the hosts with a delegation and another page's talks of the same sides that afternoon are one", () => {
		const vi = told('vi', 'working_session', 'Chiều 8/11, đồng chí HA đã có buổi làm việc riêng với Đoàn đại biểu tỉnh Phông-xa-lỳ.', { partOfDay: 'afternoon', people: ['ha'], from: 'phongsaly' });
		const en = told('en', 'talks', 'In the afternoon, Governor KT held talks with HA.', { partOfDay: 'afternoon', people: ['kt', 'ha'], from: 'phongsaly', leader: 'kt' });
		expect(sameHappening(vi, en)).toBe(true);
		// Not another delegation's, nor another host's, nor the morning's.
		expect(sameHappening(vi, { ...en, setting: { visitor: { leader: 'xy', fromCity: 'luang-namtha' } }, visitorFrom: 'luang-namtha' })).toBe(false);
		expect(sameHappening(vi, { ...en, people: ['kt', 'zz'] })).toBe(false);
		expect(sameHappening(vi, { ...en, date: { ...date('2025-11-08'), partOfDay: 'morning' } })).toBe(false);
	});
});
