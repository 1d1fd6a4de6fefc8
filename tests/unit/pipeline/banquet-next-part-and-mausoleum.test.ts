/**
 * The host's evening banquet ("Tối cùng ngày, … chủ trì tiệc chiêu đãi Đoàn") is not the afternoon's reception by another
 * host ("Chiều cùng ngày, … đã tiếp Đoàn", told by a second outlet "On the afternoon of May 5, … received the delegation"),
 * though the parts of the day are next to each other (the English page read first). And "the President Ho Chi Minh Mausoleum" is a place, not a person.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Đoàn đại biểu tỉnh Xa-van-na-khệt thăm Quảng Trị',
	'',
	'06/05/2025 09:15',
	'',
	'Sáng 5/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam đã tiếp và hội đàm với Đoàn đại biểu tỉnh Xa-van-na-khệt (Lào) do đồng chí Xỉ-pha-xợt Xay-nha-vông, Phó Tỉnh trưởng, làm trưởng đoàn.',
	'',
	'Chiều cùng ngày, đồng chí Lê Thị Hương, Phó Bí thư Tỉnh ủy Quảng Trị đã tiếp Đoàn tại trụ sở Tỉnh ủy.',
	'',
	'Tối cùng ngày, Chủ tịch UBND tỉnh Hoàng Văn Nam chủ trì tiệc chiêu đãi Đoàn.',
	''
].join('\n');
const en = [
	'Savannakhet delegation in Quang Tri',
	'',
	'Published: May 6, 2025',
	'',
	'QUANG TRI (VNA) – Chairman of the Quang Tri People\'s Committee Hoang Van Nam held talks with a delegation of Savannakhet province led by Vice Governor Siphaxot Xaynhavong in Dong Ha on Monday (May 5).',
	'',
	'On the afternoon of the same day, Deputy Secretary of the Quang Tri Party Committee Le Thi Huong received the delegation.',
	'',
	'Earlier in the day, the delegation laid a wreath at the President Kaysone Phomvihane Memorial.',
	''
].join('\n');

describe('an evening banquet and an afternoon reception of one day', () => {
	const t = buildTimeline([{ file: 'b.txt', text: vi }, { file: 'a.txt', text: en }]);
	const ppl = new Map(t.people.map((p) => [p.id, p.name]));
	it('are two happenings: the banquet keeps its evening and its host', () => {
		const dinner = t.events.find((x) => x.sources.some((s) => s.quote.includes('tiệc chiêu đãi')))!;
		expect(dinner).toMatchObject({ start: '2025-05-05', partOfDay: 'evening', type: 'reception' });
		expect(dinner.sources.some((s) => s.quote.includes('Chiều cùng ngày'))).toBe(false);
		const call = t.events.find((x) => x.sources.some((s) => s.quote.includes('Chiều cùng ngày')))!;
		expect(call).toMatchObject({ start: '2025-05-05', partOfDay: 'afternoon' });
		expect(call.people.map((p) => ppl.get(p))).not.toContain('Hoàng Văn Nam');
	});
	it('"the President X Memorial" is where a wreath is laid, not who lays it', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('laid a wreath')))!;
		expect(e.people.map((p) => ppl.get(p) ?? p).join(';')).not.toMatch(/Memorial/);
	});
});
