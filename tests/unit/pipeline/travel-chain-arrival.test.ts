/**
 * A day told as a chain of travel ("Ngày 9/7, Đoàn bay ra Đà Nẵng, rồi theo đường bộ qua cửa khẩu … và đến thành phố …"):
 * the chain ends in the arrival, the day's event, of the article's delegation; the stop on the way ("bay ra Vinh") is not
 * where the delegation is from. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const text = page(
	'Hội Hữu nghị Việt Nam – Lào tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay',
	'Thứ Sáu, 24/10/2014 - 08:00',
	'Từ ngày 18 đến 22/10, Đoàn đại biểu Hội Hữu nghị Việt Nam – Lào tỉnh Hà Tĩnh do ông Trần Đức Hạnh, Chủ tịch Hội làm trưởng đoàn đã sang thăm tỉnh Bô-ly-khăm-xay (Lào).',
	'Ngày 18/10, Đoàn đi ô tô ra Vinh, sau đó theo Quốc lộ 8 qua cửa khẩu quốc tế Cầu Treo (Hà Tĩnh), rồi đến thành phố Pác-xan lúc 19 giờ cùng ngày.',
	'Sáng 19/10, Đoàn đã chào xã giao ông Bua-khăm Xỉ-hạ-lạt, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay.',
	'Ngày 22/10, Đoàn về nước qua cửa khẩu quốc tế Cầu Treo.'
);

describe('a chain of travel that ends in the arrival', () => {
	it('is an arrival, however the way is told', () => {
		expect(classify('Ngày 9/5, Đoàn bay ra Huế, rồi theo đường bộ qua cửa khẩu quốc tế La Lay (Quảng Trị) và đến thành phố Sa-la-văn lúc 21 giờ.')).toBe('visit');
		expect(classify('Ngày 18/10, Đoàn đi ô tô ra Vinh, sau đó theo Quốc lộ 8 qua cửa khẩu quốc tế Cầu Treo (Hà Tĩnh), rồi đến thành phố Pác-xan.')).toBe('visit');
		// Travel with no arrival named is none.
		expect(classify('Ngày 9/5, Đoàn bay ra Huế, rồi theo đường bộ qua cửa khẩu quốc tế La Lay (Quảng Trị).')).toBeNull();
	});
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it("puts the travel day on the article's delegation", () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Ngày 18/10, Đoàn đi ô tô ra Vinh')));
		expect(e).toMatchObject({ start: '2014-10-18', end: '2014-10-18', type: 'visit' });
		expect(t.delegations.map((d) => name(d.leader))).toEqual(['Trần Đức Hạnh']);
		expect(t.delegations[0].events).toContain(e!.id);
	});
});
