/**
 * "X mời Y dẫn đoàn …": the one invited leads the planned visit, named by the given name alone ("đồng chí Chăn-thi"), a Lao
 * given name whose hyphenated syllables also read as Vietnamese: still the given name that opens the full name written before
 * ("Chăn-thi Xay-nha-vông"), not a Vietnamese given name to be looked for at a name's end; and the person is called by the full
 * name, though the page writes the given name alone more often.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay', '', '14/5/2025 09:10', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Từ ngày 11 đến ngày 13/5, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Đức Lâm, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã thăm tỉnh Bô-ly-khăm-xay.';
const CALL = 'Chiều 11/5, Đoàn đến chào xã giao đồng chí Chăn-thi Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bô-ly-khăm-xay.';
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name ?? null, to: d.to }));

describe('the one invited to lead a delegation', () => {
	it('leads it, named by the given name alone after the full name', () => {
		const t = page(LEAD, CALL, 'Dịp này, đồng chí Lâm trân trọng mời đồng chí Chăn-thi dẫn đoàn đại biểu tỉnh Bô-ly-khăm-xay sang thăm Hà Tĩnh trong quý III/2025; đồng chí Chăn-thi vui vẻ nhận lời.');
		expect(trips(t)).toContainEqual({ leader: 'Chăn-thi Xay-nha-vông', to: 'ha-tinh' });
		expect(trips(t)).not.toContainEqual({ leader: 'Trần Đức Lâm', to: 'ha-tinh' });
	});
	it('is the Lao given name\'s full name among the people of what it says', () => {
		const t = page(LEAD, CALL, 'Sáng 12/5, đồng chí Trần Đức Lâm hội đàm với đồng chí Chăn-thi tại trụ sở Tỉnh ủy.', 'Chiều 12/5, đồng chí Chăn-thi chủ trì tiệc chiêu đãi Đoàn.');
		const names = (q: string) => t.events.find((e) => e.sources[0].quote.includes(q))?.people.map((id) => t.people.find((p) => p.id === id)?.name);
		expect(names('hội đàm với')).toContain('Chăn-thi Xay-nha-vông');
		expect(names('chủ trì tiệc')).toContain('Chăn-thi Xay-nha-vông');
	});
});
