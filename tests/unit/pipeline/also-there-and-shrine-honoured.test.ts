import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPeople, isParticipant } from '../../../src/lib/pipeline/people';

// "Cùng tiếp Đoàn có …" lists who else was at the encounter told last on a day of its own, though the stay's days come between:
// not a happening somewhere in the stay, which another outlet's reception on another day of it could take in.
describe('who else received the delegation', () => {
	const page = `Lãnh đạo Trường Đại học tiếp Đoàn tỉnh Sa-la-van
21/05/2023 | 16:05

Chiều 20/5, tại trụ sở Trường, GS.TS Lê Quang Huy, Hiệu trưởng Trường Đại học Nông Lâm đã tiếp Đoàn đại biểu tỉnh Sa-la-van, nước CHDCND Lào.

Đoàn do đồng chí Khăm-phăn Vông-xay, Phó Tỉnh trưởng tỉnh Sa-la-van làm Trưởng đoàn, đang thăm và làm việc tại Việt Nam từ ngày 18 đến 24/5/2023.

Cùng tiếp Đoàn có đại diện lãnh đạo Phòng Hợp tác quốc tế và Khoa Nông học.`;
	it('is the reception of the 20th, not an event of the stay', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page }]);
		const also = t.events.filter((e) => e.sources.some((s) => s.quote.includes('Cùng tiếp Đoàn có')));
		expect(also.map((e) => e.sources.length === 1 && e.start !== e.end)).not.toContain(true);
		expect(t.events.filter((e) => e.start === '2023-05-18' && e.end === '2023-05-24' && e.type !== 'visit')).toEqual([]);
	});
});

// A shrine told by whom it honours: the one honoured is remembered, not present.
describe('the one a shrine honours', () => {
	const who = (s: string) => findPeople(s, undefined, 'en').map((m) => [m.name, isParticipant(s, m)]);
	it('is no participant', () => {
		expect(who('On May 22, the delegation offered incense at the Hung Temple, which honours the 15th-century king Le Loi, and toured the site.')).toContainEqual(['Le Loi', false]);
	});
	it('while the delegation head laying flowers there is', () => {
		expect(who('Governor Bounthavy Inthavong laid flowers at the temple which honours the ancient general Ly Thuong Kiet.')).toContainEqual(['Bounthavy Inthavong', true]);
	});
});
