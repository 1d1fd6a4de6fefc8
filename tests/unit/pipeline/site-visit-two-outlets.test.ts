/**
 * One day at one named site, told by two outlets: one as a visit ("On Tuesday, the delegation visited the Densavan border
 * market"), the other as a visit and a working session there ("Ngày 14/5, Đoàn đi thăm chợ biên giới Đen-sa-vẳn và làm
 * việc với …"). The transliteration and the Latin spelling fold to one name; the English page names no one, yet it is the
 * same happening. Another site that day stays apart.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = (line: string) => ({
	file: 'vi.txt',
	text: [
		'Đoàn đại biểu tỉnh Quảng Trị thăm, làm việc tại tỉnh Sa-vẳn-na-khệt',
		'SA-VẲN-NA-KHỆT - Ngày 13/5, Đoàn đại biểu tỉnh Quảng Trị do ông Hoàng Đức Minh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh Sa-vẳn-na-khệt (Lào). Đoàn có chuyến thăm, làm việc tại tỉnh bạn trong 3 ngày (13-15/5).',
		line,
		'Minh Khôi',
		'14/5/2024 | 16:20'
	].join('\n\n')
});
const en = {
	file: 'en.txt',
	text: [
		'Tuesday, 14/5/2024 19:10 (GMT+7)',
		'Quang Tri and Savannakhet step up border trade',
		'Quang Tri Province and Laos\' Savannakhet province on Monday agreed to step up border trade, following talks between the two sides.',
		'On Tuesday, the delegation visited the Densavan border market near the Lao Bao gate. It will return home on Wednesday.'
	].join('\n\n')
};

describe('a visit and a working session at one named site on one day, told by two outlets', () => {
	it('are one event quoting both', () => {
		const t = buildTimeline([vi('Ngày 14/5, Đoàn đi thăm chợ biên giới Đen-sa-vẳn và làm việc với Ban quản lý chợ.'), en]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Densavan')));
		expect(e?.sources.some((s) => s.quote.includes('Đen-sa-vẳn'))).toBe(true);
	});
	it('another site that day is another event', () => {
		const t = buildTimeline([vi('Ngày 14/5, Đoàn đi thăm nhà máy Xê-pôn và làm việc với Ban giám đốc.'), en]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Densavan')));
		expect(e).toBeTruthy();
		expect(e!.sources.some((s) => s.quote.includes('Xê-pôn'))).toBe(false);
	});
});
