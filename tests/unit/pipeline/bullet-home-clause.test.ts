/**
 * A programme's bullet of two clauses, each with its own day: "- Ngày 9/6: Đoàn thăm …; tối 9/6, Đoàn về Đà Nẵng bằng
 * đường hàng không". Flying back to a named home right after "Đoàn" is going home, so the second clause is an event of
 * its own (not "Đoàn trao đổi về Dự án …").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const text = [
	'Đà Nẵng và Sê Kông hợp tác đào tạo nghề',
	'',
	'Cập nhật 11-06-2019, 08:30',
	'',
	'Từ ngày 7 đến 9/6, Đoàn công tác Sở Lao động thành phố Đà Nẵng do ông Lê Quang Nam, Giám đốc Sở làm trưởng đoàn đã thăm và làm việc tại tỉnh Sê Kông (Lào). Chương trình của Đoàn gồm:',
	'',
	'- Ngày 7/6: Đoàn làm việc với Sở Lao động tỉnh Sê Kông.',
	'',
	'- Ngày 9/6: Đoàn thăm Trường Dạy nghề tỉnh Sê Kông; tối 9/6 (giờ địa phương), Đoàn về Đà Nẵng bằng đường hàng không.'
].join('\n');

describe('a bullet\'s second clause going home on its own day', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('the flight home is an event of the evening, in the trip', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('tối 9/6 (giờ địa phương), Đoàn về Đà Nẵng')));
		expect(e).toMatchObject({ start: '2019-06-09', end: '2019-06-09', partOfDay: 'evening', status: 'occurred' });
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
	it('"Đoàn về <home>" is a visit word, "Đoàn trao đổi về Dự án …" is not', () => {
		expect(classify('Chiều 9/6, Đoàn trở về TP Hồ Chí Minh.')).toBe('visit');
		expect(classify('Đoàn trao đổi về Dự án nhà máy nước')).toBeNull();
	});
});
