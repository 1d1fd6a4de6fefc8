/**
 * "Trong vài ngày tới, Đoàn sẽ …" / "in the coming days": the next few days, ending with the stay told around them; a group
 * sent ("will send a group of agriculture officials to …", "sẽ cử một nhóm cán bộ sang …") is a trip announced.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const build = (title: string, stamp: string, paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const event = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, quote).toBeTruthy();
	return e!;
};

describe('the next few days', () => {
	it.each([
		['Trong vài ngày tới, Đoàn sẽ tham quan khu di tích.', 'vi'],
		['Trong những ngày tới, hai bên sẽ trao đổi đoàn.', 'vi'],
		['The delegation will tour the Plain of Jars in the coming days.', 'en'],
		['Over the next few days, the visitors will meet local businesses.', 'en']
	] as const)('%s', (s, lang) => {
		expect(findTimeMentions(s, lang)).toEqual([expect.objectContaining({ shape: 'span', relation: 'deictic', soon: true })]);
	});
	it('"thời gian tới" is no span', () => {
		expect(findTimeMentions('Trong thời gian tới, hai tỉnh sẽ tăng cường hợp tác.', 'vi')).toEqual([]);
	});

	it('end with the stay they are told in', () => {
		const t = build('Đoàn Hủa Phăn thăm Thanh Hóa', 'Đăng lúc: 16:10 - 21/05/2025', [
			'Chiều 20/5, ông Nguyễn Văn Long, Phó Chủ tịch UBND tỉnh Thanh Hóa đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do ông Khăm-phon Xi-xa-vạt, Phó Tỉnh trưởng làm trưởng đoàn.',
			'Đoàn có chuyến thăm, làm việc tại tỉnh Thanh Hóa từ ngày 19 - 22/5.',
			'Trong vài ngày tới, Đoàn sẽ tham quan Khu di tích Lam Kinh và làm việc với Sở Nông nghiệp.'
		]);
		expect(event(t, 'Trong vài ngày tới')).toMatchObject({ status: 'planned', start: '2025-05-21', end: '2025-05-22' });
	});
});

describe('a group sent', () => {
	it.each([
		['Luang Prabang will send a group of tourism officials to Quang Nam in the first quarter of 2026 to study heritage management.', 'Posted: 10-11-2025 - 09:00 AM'],
		['Theo kế hoạch, trong tháng 3/2026, tỉnh Quảng Nam sẽ cử một nhóm cán bộ ngành du lịch sang tỉnh Luông Pha Bang khảo sát.', 'Ngày đăng: 10/11/2025']
	])('%s', (sentence, stamp) => {
		const t = build('Hợp tác du lịch', stamp, [sentence]);
		expect(event(t, sentence.slice(0, 20))).toMatchObject({ status: 'planned', role: 'main', type: expect.stringMatching(/visit|field_trip/) });
	});
});

describe('the last few days', () => {
	it('"Trong hai ngày qua" is a span of days told done', () => {
		expect(findTimeMentions('Trong hai ngày qua, Đoàn đã trao tặng 100 phần quà.', 'vi')).toEqual([expect.objectContaining({ shape: 'span', pastDays: true, offset: -2 })]);
	});
	it('up to the stamp\'s day, or the day before it for a page of the morning', () => {
		const at = (stamp: string) =>
			build('Hội Nông dân thăm Lào', stamp, ['Trong hai ngày 20 và 21 tháng 11, Đoàn công tác Hội Nông dân tỉnh Hậu Giang do đồng chí Lê Văn Sáu làm trưởng đoàn đã thăm tỉnh Xê Kông (Lào).', 'Trong hai ngày qua, Đoàn đã trao tặng 100 phần quà cho nông dân nghèo của tỉnh bạn.']).events.find((e) => e.sources[0].quote.startsWith('Trong hai ngày qua'));
		expect(at('21.11.2024')).toMatchObject({ start: '2024-11-20', end: '2024-11-21' });
		expect(at('22/11/2024 - 10:05 (GMT+07:00)')).toMatchObject({ start: '2024-11-20', end: '2024-11-21' });
	});
});
