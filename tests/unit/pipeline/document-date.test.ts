/**
 * A date right after a document's number is the document's own ("thực hiện Kế hoạch số 77/KH-UBND ngày 9/2/2023",
 * "theo Nghị quyết 08-NQ/TU ngày 20/1/2023"): it dates no happening, and a "cùng ngày" after it counts from the day of
 * the trip told before, not from the document.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const days = (t: ReturnType<typeof buildTimeline>) => t.events.map((e) => `${e.start} ${e.sources[0].quote.slice(0, 24)}`);

describe('a document\'s own date', () => {
	it('is no mention of time after "số … /XX-YY" or a coded number', () => {
		expect(findTimeMentions('Đoàn làm việc theo Kế hoạch số 77/KH-UBND ngày 9/2/2023 của UBND tỉnh.')).toEqual([]);
		expect(findTimeMentions('Hai bên bàn việc thực hiện Nghị quyết 08-NQ/TU ngày 20/1/2023 của Tỉnh ủy.')).toEqual([]);
		expect(findTimeMentions('Căn cứ Công văn số 312 ngày 3/3/2023, Sở đã chuẩn bị.')).toEqual([]);
	});

	it('still leaves the days of a happening, and a length of a programme', () => {
		expect(findTimeMentions('Sáng 14/3, Đoàn đến thăm tỉnh.').map((m) => m.text)).toEqual(['Sáng 14/3']);
		expect(findTimeMentions('Chương trình 3 ngày 5-7/6 gồm nhiều hoạt động.').map((m) => m.text)).toEqual(['ngày 5-7/6']);
	});

	it('dates no event, and "Chiều cùng ngày" after it is the day of the trip', () => {
		const t = page(
			'15/03/2023 08:30 GMT+7',
			'Sáng 14/3, tại thành phố Pắc-xế, Đoàn công tác tỉnh Kon Tum do đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã dự Hội nghị hợp tác thương mại với tỉnh Chăm-pa-sắc (Lào).',
			'Hội nghị được tổ chức theo Kế hoạch số 77/KH-UBND ngày 9/2/2023 của UBND tỉnh Kon Tum.',
			'Chiều cùng ngày, đồng chí Trần Quốc Hưng đã hội đàm với lãnh đạo tỉnh Chăm-pa-sắc.'
		);
		expect(days(t).filter((d) => d.startsWith('2023-02-09'))).toEqual([]);
		expect(t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Chiều cùng ngày')))).toMatchObject({ start: '2023-03-14', role: 'main' });
	});
});
