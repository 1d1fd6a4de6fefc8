/**
 * A plan told with its undoing in the same sentence is no event of its date: "The trip had originally been scheduled for
 * May 2020 but was called off twice", "Đoàn ban đầu sang thăm … vào tháng 5/2020 nhưng chuyến thăm đã phải hủy". Nor is the old time of a
 * happening moved "từ X sang Y" ("lùi thời gian từ tháng 9 sang giữa tháng 10"), and the new one is the trip the page tells.
 * A new time after the undoing ("… đã phải hoãn, Đoàn sẽ sang thăm … vào tháng 12 tới") is the plan.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a plan undone in its own sentence', () => {
	it.each([
		['It was the first visit by a Lao delegation since the pandemic. The visit had originally been planned for May 2020 but was called off twice.', 'May 2020'],
		['Đây là chuyến thăm đầu tiên sau dịch. Đoàn ban đầu sang thăm Quảng Bình vào tháng 5/2020 nhưng chuyến thăm đã phải hủy do dịch.', 'tháng 5/2020']
	])('%s', (undone, q) => {
		const lead = q.startsWith('May')
			? ['September 14, 2021', 'A delegation of Khammouane province led by Vice Governor Sisouk Vongphachanh visited Quang Binh province from September 10 to 12.']
			: ['Ngày đăng: 14/09/2021', 'Từ ngày 10 đến 12/9, Đoàn đại biểu tỉnh Khăm-muộn (Lào) do đồng chí Xỉ-súc Vông-pha-chăn, Phó Tỉnh trưởng làm Trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Bình.'];
		const t = buildTimeline([{ file: 'a.txt', text: ['Tiêu đề', ...lead, undone].join('\n\n') }]);
		expect(quoting(t, q)).toEqual([]);
		expect(t.events.filter((e) => e.start?.startsWith('2020'))).toEqual([]);
	});
	it('a new time told after the undoing is the plan', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: ['Tiêu đề', 'Ngày đăng: 14/09/2021', 'Chiều 13/9, UBND tỉnh Quảng Bình và chính quyền tỉnh Khăm-muộn (Lào) đã hội đàm trực tuyến.', 'Chuyến thăm dự kiến của Đoàn đại biểu tỉnh Khăm-muộn đã phải hoãn, Đoàn sẽ sang thăm Quảng Bình vào tháng 12 tới.'].join('\n\n')
			}
		]);
		expect(t.events.some((e) => e.status === 'planned' && e.start === '2021-12-01')).toBe(true);
	});
});

describe('a festival moved from one month to another', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Đoàn tỉnh Xiêng Khoảng dự Lễ hội Đua thuyền Quảng Nam',
				'Ngày đăng: 17/10/2022',
				'Từ ngày 14 đến 16/10, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do ông Bun-thăn Xỉ-xổm-phon, Phó Tỉnh trưởng làm Trưởng đoàn đã sang thăm và dự Lễ hội Đua thuyền tại tỉnh Quảng Nam.',
				'Lễ hội năm 2020 đã phải hủy vì bão, còn Lễ hội năm nay cũng phải lùi thời gian từ tháng 9 sang giữa tháng 10.'
			].join('\n\n')
		}
	]);
	it('makes no event of either time', () => {
		expect(quoting(t, 'lùi thời gian từ tháng 9')).toEqual([]);
		expect(t.events.filter((e) => e.start?.startsWith('2022-09'))).toEqual([]);
	});
});
