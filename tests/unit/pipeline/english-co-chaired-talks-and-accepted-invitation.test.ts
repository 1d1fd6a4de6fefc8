/**
 * An English report of a stay by weekdays: "X and Y co-chaired talks" is talks (as "đồng chủ trì hội đàm" is), so "Following
 * the talks" and "The same afternoon" count from its day, not from the day told before it; a sentence ends after a place whose
 * name ends in a capital letter when an honorific opens the next ("… home via Cau Treo. Mr. X invited …"); and "X invited Y
 * to lead a delegation …, an invitation Y accepted" is Y's planned visit, accepted, merged with the same plan told in
 * Vietnamese. A body's name ending in an organisation's noun ("the Organisation and Inspection Board") is no person's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { splitSentences } from '../../../src/lib/pipeline/segment';

const english = {
	file: 'en.txt',
	text: [
		'Ha Tinh delegation visits Bolikhamxay',
		'Thursday, 15/5/2025 | 10:05 GMT+7',
		'A delegation of Ha Tinh province led by Mr. Tran Duc Lam, Deputy Secretary of the Provincial Party Committee, paid an official visit to Bolikhamxay province of Laos from May 12 to 14.',
		'On Monday afternoon, the delegation paid a courtesy call on Mr. Chanthy Xaynavong, Governor of Bolikhamxay.',
		'On Tuesday morning, Mr. Tran Duc Lam and Mr. Chanthy Xaynavong co-chaired talks between the two provinces.',
		'Also attending were Mr. Bounthong Keovilay, Head of the Organisation and Inspection Board, and Mr. Somphone Duangdy.',
		'Following the talks, the two sides signed a memorandum of understanding on cooperation.',
		'The same afternoon, the delegation laid a wreath at the monument to Vietnamese volunteer soldiers in Paksan.',
		'On Wednesday, the delegation toured a rubber plantation before returning home via Nam Phao - Cau Treo Y. Mr. Lam invited Mr. Chanthy to lead a Bolikhamxay delegation to Ha Tinh in the third quarter of 2025, an invitation the Lao governor accepted with pleasure.'
	].join('\n\n')
};
const vietnamese = {
	file: 'vi.txt',
	text: [
		'Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay',
		'15/5/2025 08:30',
		'Từ ngày 12 đến ngày 14/5, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Đức Lâm, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã thăm chính thức tỉnh Bô-ly-khăm-xay.',
		'Dịp này, đồng chí Lâm trân trọng mời đồng chí Chăn-thi Xay-nha-vông dẫn đoàn đại biểu tỉnh Bô-ly-khăm-xay sang thăm Hà Tĩnh trong quý III/2025; đồng chí Chăn-thi vui vẻ nhận lời.'
	].join('\n\n')
};
const event = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('an English stay told by weekdays', () => {
	it('makes "co-chaired talks" talks, and counts what follows from their day', () => {
		const t = buildTimeline([english]);
		expect(event(t, 'co-chaired talks')).toMatchObject({ type: 'talks', start: '2025-05-13' });
		expect(event(t, 'Following the talks')).toMatchObject({ type: 'signing', start: '2025-05-13' });
		expect(event(t, 'laid a wreath')).toMatchObject({ start: '2025-05-13', partOfDay: 'afternoon' });
	});
	it('ends a sentence after a place ending in a capital when "Mr." opens the next', () => {
		const text = 'The delegation returned home via Cau Treo Y. Mr. Lam thanked the hosts.';
		expect(splitSentences(text, { start: 0, end: text.length }).map((s) => s.text)).toEqual(['The delegation returned home via Cau Treo Y.', 'Mr. Lam thanked the hosts.']);
	});
	it('takes "an invitation the Lao governor accepted" as the invitation accepted: the visit planned, told in both languages', () => {
		const t = buildTimeline([english, vietnamese]);
		const plan = event(t, 'Mr. Lam invited Mr. Chanthy');
		expect(plan).toMatchObject({ type: 'visit', status: 'planned', role: 'main', start: '2025-07-01' });
		expect(plan!.sources.map((s) => s.quote).join(' ')).toContain('trân trọng mời');
		expect(event(t, 'toured a rubber plantation')!.sources.map((s) => s.quote).join(' ')).not.toContain('invited');
	});
	it('takes no body whose name ends in "Board" for a person', () => {
		expect(buildTimeline([english]).people.map((p) => p.name)).not.toContain('Inspection Board');
	});
});
