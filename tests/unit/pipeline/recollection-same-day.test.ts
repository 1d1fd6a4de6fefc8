/**
 * A host recalling an earlier visit by its day ("Đồng chí nhắc lại, ngày 15/1 vừa qua, Đoàn … đã sang …") tells background:
 * the "Chiều cùng ngày" after it is the day of the news, not the day recalled.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (recall: string) =>
	[
		'Đoàn đại biểu tỉnh Quảng Trị thăm tỉnh Xa-la-van',
		'',
		'Cập nhật 12-06-2024, 08:00',
		'',
		'Sáng 10/6, đồng chí Khăm-phon Vông-xay, Phó Tỉnh trưởng tỉnh Xa-la-van đã tiếp Đoàn đại biểu tỉnh Quảng Trị do đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
		'',
		recall,
		'',
		'Chiều cùng ngày, Đoàn thăm Trường Hữu nghị Lào - Việt Nam tại thành phố Xa-la-van.'
	].join('\n');

describe('"cùng ngày" after a recollection', () => {
	it('is the news day, and the recalled visit is background', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Đồng chí Khăm-phon Vông-xay nhắc lại, ngày 15/1 vừa qua, Đoàn đại biểu tỉnh Xa-la-van đã sang Quảng Trị chúc Tết.') }]);
		const same = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Chiều cùng ngày')));
		expect(same).toMatchObject({ start: '2024-06-10', role: 'main' });
		const recalled = t.events.find((e) => e.sources.some((s) => s.quote.includes('ngày 15/1')));
		expect(recalled?.role).toBe('context');
	});
});
