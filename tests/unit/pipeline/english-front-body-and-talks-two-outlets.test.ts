/**
 * An English page names its delegation by a body whose name holds "for" ("A delegation of the Lao Front for National
 * Development (LFND) of X province led by its President, Mr. Y, paid a working visit to Z province"): the name goes on past
 * "for", so the delegation is from X, led by Y; and what "the delegation" does after (welcomed at the gate, back home late on
 * a weekday) belongs to that trip. And the hosts' talks of one day told by two outlets, one as a reception ("Chiều 14/3, …
 * đồng chí H … đã tiếp và làm việc với Đoàn") and the other as talks ("Later that day, Mr. Y held talks with Mr. H"), are one
 * event: the same host met the same delegation that day. Not a banquet of that day, nor talks with another host.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const english = {
	file: 'en.txt',
	text: page(
		'Saravane Front delegation visits Quang Tri',
		'Saturday, March 16, 2024 9:30 AM',
		'Saravane Front delegation visits Quang Tri',
		'SARAVANE, March 16 – A delegation of the Lao Front for National Development (LFND) of Saravane province led by its President, Mr. Khamphet Sisavath, paid a working visit to Quang Tri province, Vietnam, on March 14 and 15.',
		'On arrival at the Lao Bao international border gate early on the 14th, the delegation was welcomed by Mr. Le Van Hung, Vice Chairman of the Quang Tri Committee of the Vietnam Fatherland Front.',
		'Later that day, Mr. Khamphet held talks with Mr. Nguyen Van Binh, Chairman of the Quang Tri Committee of the Vietnam Fatherland Front.',
		'The delegation returned to Saravane late on Friday.'
	)
};
const vietnamese = {
	file: 'vi.txt',
	text: page(
		'Ủy ban MTTQ tỉnh Quảng Trị tiếp Đoàn đại biểu Mặt trận Lào xây dựng đất nước tỉnh Sa-la-van',
		'16/03/2024 - 10:05',
		'Trong hai ngày 14 và 15/3, Đoàn đại biểu Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Sa-la-van (Lào) do đồng chí Khăm-phết Xỉ-xa-vạt, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Trị.',
		'Chiều 14/3, tại Trụ sở Ủy ban MTTQ Việt Nam tỉnh, đồng chí Nguyễn Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị đã tiếp và làm việc với Đoàn.',
		'Tối cùng ngày, đồng chí Nguyễn Văn Bình chủ trì tiệc chiêu đãi chào mừng Đoàn.'
	)
};
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe("an English delegation of a body named with 'for'", () => {
	it('is from its province, led by its President, and holds what "the delegation" does', () => {
		const t = buildTimeline([english]);
		expect(t.delegations.map((d) => [t.people.find((p) => p.id === d.leader)?.name, d.from, d.to, d.start, d.end])).toEqual([['Khamphet Sisavath', 'salavan', 'quang-tri', '2024-03-14', '2024-03-15']]);
		const d = t.delegations[0];
		for (const q of ['On arrival at the Lao Bao', 'Later that day', 'The delegation returned']) expect(quoting(t, q).map((e) => e.delegation)).toEqual([d.id]);
		expect(quoting(t, 'The delegation returned').map((e) => e.start)).toEqual(['2024-03-15']);
	});
});

describe("one day's talks told as a reception by one outlet and as talks by the other", () => {
	it('are one event, not the banquet of that evening', () => {
		const t = buildTimeline([english, vietnamese]);
		const talks = quoting(t, 'Later that day');
		expect(talks).toHaveLength(1);
		expect(talks[0].sources.map((s) => s.quote.slice(0, 10)).sort()).toEqual(['Chiều 14/3', 'Later that']);
		expect([talks[0].start, talks[0].partOfDay]).toEqual(['2024-03-14', 'afternoon']);
		expect(quoting(t, 'Tối cùng ngày')[0].sources).toHaveLength(1);
		expect(quoting(t, 'On arrival at the Lao Bao')[0].sources).toHaveLength(1);
	});
	it('are two when the outlets name different hosts', () => {
		const other = { ...english, text: english.text.replace('Mr. Nguyen Van Binh, Chairman', 'Mr. Tran Quoc Dung, Secretary') };
		const t = buildTimeline([other, vietnamese]);
		expect(quoting(t, 'Later that day')[0].sources).toHaveLength(1);
	});
});
