/**
 * A trip recalled in a speech or an interview, in the first person: the speech's "Đoàn đại biểu tỉnh X do tôi làm trưởng đoàn
 * đã sang …" is led by the speaker its lead names ("toàn văn phát biểu của đồng chí Y"); the interviewee's "chúng tôi đã theo
 * … sang làm việc với tỉnh bạn" went from the speaker's home to the page's province across the border (delegations.ts
 * pageSpeaker, ledBySpeaker, weWentOver; index.ts speakerSide); and recalls of one month's trip by one delegation to one place,
 * on several pages, are one event, whatever kind each tells it as (merge.ts sameHappening).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { pageSpeaker } from '../../../src/lib/pipeline/delegations';

const speech = {
	file: 'speech.txt',
	text: [
		'Thứ Năm, 15/05/2025 - 09:30',
		'',
		'Phát biểu của đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy Sơn La tại buổi tiếp Đoàn đại biểu tỉnh Luông Pha Bang',
		'',
		'Chiều 14/5/2025, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Sơn La đã tiếp Đoàn đại biểu tỉnh Luông Pha Bang (Lào). Báo điện tử trân trọng giới thiệu toàn văn phát biểu của đồng chí Nguyễn Hữu Đông tại buổi tiếp.',
		'',
		'Kính thưa các đồng chí!',
		'',
		'Tháng 2 vừa qua, Đoàn đại biểu tỉnh Sơn La do tôi làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Luông Pha Bang. Chúng tôi đã được các đồng chí đón tiếp hết sức chân tình.'
	].join('\n')
};
const interview = {
	file: 'interview.txt',
	text: [
		'Chủ tịch UBND tỉnh Sơn La: Hợp tác với Luông Pha Bang đi vào thực chất',
		'',
		'Nhân dịp kỷ niệm 48 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977 - 18/7/2025), phóng viên đã trao đổi với đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La.',
		'',
		'PV: Thưa đồng chí, lãnh đạo tỉnh đã sang làm việc tại tỉnh bạn?',
		'',
		'Đồng chí Hoàng Quốc Khánh: Đúng vậy. Tháng 2 vừa qua, chúng tôi đã theo đồng chí Bí thư Tỉnh ủy sang làm việc với tỉnh bạn, khảo sát vùng trồng cà phê ở huyện Xiêng Ngân.'
	].join('\n')
};
const quoting = (t: ReturnType<typeof buildTimeline>, words: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(words)));
const nameOf = (t: ReturnType<typeof buildTimeline>, id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

describe('a trip recalled in the first person', () => {
	it("a speech's 'do tôi làm trưởng đoàn' is led by the speaker its lead names", () => {
		const t = buildTimeline([speech]);
		const [trip] = quoting(t, 'do tôi làm trưởng đoàn');
		expect(trip).toMatchObject({ start: '2025-02-01', end: '2025-02-28', role: 'context' });
		const d = t.delegations.find((x) => x.events.includes(trip.id));
		expect(nameOf(t, d?.leader)).toBe('Nguyễn Hữu Đông');
		expect(d?.to).toBe('luang-prabang');
	});

	it("an interviewee's 'chúng tôi đã … sang làm việc với tỉnh bạn' went to the page's province across the border", () => {
		const t = buildTimeline([interview]);
		const [trip] = quoting(t, 'chúng tôi đã theo');
		expect(trip.cities).toEqual(['luang-prabang']);
	});

	it('the recalls of one month’s trip on several pages are one event', () => {
		const t = buildTimeline([speech, interview]);
		const trips = quoting(t, 'Tháng 2 vừa qua');
		expect(trips).toHaveLength(1);
		expect(trips[0].sources.map((s) => s.quote.slice(0, 25))).toHaveLength(2);
	});

	it('the page speaker is the one the lead says the paper talked to, or the one person every answer label names, or none', () => {
		const m = (text: string, name: string) => ({ text, people: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, id: name }] });
		expect(pageSpeaker([m('Ông Lò Văn Mừng: Đây là điểm sáng.', 'Lò Văn Mừng'), m('Ông Lò Văn Mừng: Chúng tôi sẽ sang.', 'Lò Văn Mừng')], 0)).toBe('Lò Văn Mừng');
		expect(pageSpeaker([m('Ông Lò Văn Mừng: Đây là điểm sáng.', 'Lò Văn Mừng'), m('Bà Cầm Thị Ban: Chúng tôi sẽ sang.', 'Cầm Thị Ban')], 0)).toBeNull();
		// Or the one the lead says the paper talked to, whatever labels follow.
		expect(pageSpeaker([m('Phóng viên đã có cuộc trao đổi với ông Lò Văn Mừng, Chủ tịch UBND tỉnh.', 'Lò Văn Mừng'), m('Bà Cầm Thị Ban: Chúng tôi sẽ sang.', 'Cầm Thị Ban')])).toBe('Lò Văn Mừng');
		// (Not one a sentence of the news talked with: "Đồng chí A đã trao đổi với ông B …".)
		expect(pageSpeaker([m('Tại buổi làm việc, đồng chí Lường Văn Chinh đã trao đổi với ông Lò Văn Mừng về hợp tác.', 'Lò Văn Mừng')])).toBeNull();
	});
});
