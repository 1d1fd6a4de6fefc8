/**
 * A plan that did not stand is no event: the plan told right before the news that it was called off ("Theo kế hoạch, Đoàn …
 * sẽ thăm … từ ngày 3 đến 5/10. Tuy nhiên, …, chuyến thăm đã bị hủy."), and a plan moved to the days of the trip the page
 * tells ("dự kiến vào tháng 2 đã được lùi sang tháng 4", "originally planned for February but was pushed back to April"). A
 * trip held anew ("sẽ được tổ chức lại vào tháng 12 tới") is planned then. "Đoàn" before a Lao province is the delegation.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPeople } from '../../../src/lib/pipeline/people';

describe('a visit called off, then held anew', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Hà Tĩnh và Bô-li-khăm-xay hội đàm trực tuyến',
				'Thứ Sáu, 06/10/2023 - 20:10',
				'Chiều 6/10, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Bô-li-khăm-xay (Lào) tổ chức hội đàm trực tuyến.',
				'Theo kế hoạch, Đoàn đại biểu tỉnh Bô-li-khăm-xay do ông Vi-lay Thon-xa-vẳn dẫn đầu sẽ thăm và làm việc tại Hà Tĩnh từ ngày 3 đến 5/10. Tuy nhiên, do mưa lũ, chuyến thăm đã bị hủy.',
				'Hai bên thống nhất chuyến thăm của Đoàn Bô-li-khăm-xay sẽ được tổ chức lại vào tháng 12 tới.'
			].join('\n\n')
		}
	]);
	it('the plan called off makes no event', () => {
		expect(t.events.filter((e) => e.start === '2023-10-03')).toEqual([]);
	});
	it('the trip held anew is planned in its new month', () => {
		expect(t.events.some((e) => e.type === 'visit' && e.status === 'planned' && e.start === '2023-12-01' && e.end === '2023-12-31')).toBe(true);
	});
	it('"Đoàn" before a Lao province names no one', () => {
		expect(findPeople('Chuyến thăm của Đoàn Xiêng Khoảng sẽ được tổ chức lại.').map((p) => p.name)).toEqual([]);
	});
});

describe('a plan moved to the days of the trip told', () => {
	it.each([
		['Chuyến thăm dự kiến vào tháng 2 đã được lùi sang tháng 4 để hai bên chuẩn bị nội dung ký kết.', 'vi'],
		['The visit had originally been planned for February but was pushed back to April at the hosts\' request.', 'en']
	])('%s', (moved, lang) => {
		const lead =
			lang === 'vi'
				? ['Ngày đăng: 12/04/2024', 'Từ ngày 8 đến 10/4, Đoàn đại biểu tỉnh Xay-nhạ-bu-ly (Lào) do đồng chí Khăm-la Xay-xa-na, Tỉnh trưởng làm Trưởng đoàn đã thăm và làm việc tại tỉnh Lào Cai.']
				: ['April 12, 2024', 'A delegation of Xayaboury province led by Governor Khamla Saysana visited Lao Cai province from April 8 to 10.'];
		const t = buildTimeline([{ file: 'a.txt', text: ['Tiêu đề', ...lead, moved].join('\n\n') }]);
		expect(t.events.filter((e) => e.start?.startsWith('2024-02'))).toEqual([]);
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('February') || s.quote.includes('tháng 2')))).toEqual([]);
	});
});
