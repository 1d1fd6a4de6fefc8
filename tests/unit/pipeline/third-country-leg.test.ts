/**
 * A delegation going on from Laos to a third country: what it does there is no Vietnam–Laos happening ("Từ sáng 14/9, Đoàn
 * tiếp tục sang tỉnh Nong Khai (Thái Lan) …" then "Đến hết ngày 15/9, Đoàn ở lại Nong Khai …"), and leaving Laos is dated by its
 * own day, not by the end of the other country's programme ("Hôm nay (14/9), Đoàn rời Lào sang Vương quốc Campuchia, … đến
 * hết ngày 16/9").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const onward = [
	'Hội Cựu chiến binh Hà Tĩnh thăm Bô-li-khăm-xay',
	'',
	'Thứ sáu, ngày 16/9/2022',
	'',
	'Trong hai ngày 12 và 13 tháng 9, Đoàn công tác Hội Cựu chiến binh tỉnh Hà Tĩnh do ông Phan Văn Dũng, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Sáng 12/9, Đoàn làm việc với Hội Cựu chiến binh tỉnh Bô-li-khăm-xay.',
	'',
	'Từ sáng 14/9, Đoàn tiếp tục sang tỉnh Nong Khai (Thái Lan) để thăm bà con Việt kiều. Đến hết ngày 15/9, Đoàn ở lại Nong Khai làm việc với Hội người Việt.'
].join('\n');

const leaving = [
	'Đà Nẵng và Chăm-pa-xắc hợp tác du lịch',
	'',
	'14-09-2022 08:00',
	'',
	'Chiều 13/9, tại thành phố Pắc-xế (Lào), Đoàn công tác thành phố Đà Nẵng do ông Lê Quang Nam, Phó Chủ tịch UBND thành phố làm trưởng đoàn đã dự Hội nghị xúc tiến du lịch Đà Nẵng - Chăm-pa-xắc.',
	'',
	'Hôm nay (14/9), Đoàn rời Lào sang Vương quốc Campuchia, tiếp tục chương trình công tác tại tỉnh Xiêm Riệp đến hết ngày 16/9.'
].join('\n');

describe('a delegation gone on to a third country', () => {
	it('makes no event of what it does there', () => {
		const t = buildTimeline([{ file: 'a.txt', text: onward }]);
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('ở lại Nong Khai')))).toEqual([]);
		expect(t.events.every((e) => e.end! <= '2022-09-14')).toBe(true);
	});
	it('leaves Laos on the day it names, not at the end of the other country\'s programme', () => {
		const t = buildTimeline([{ file: 'b.txt', text: leaving }]);
		const e = t.events.filter((x) => x.sources.some((s) => s.quote.includes('rời Lào')));
		expect(e.map((x) => [x.start, x.end])).toEqual([['2022-09-14', '2022-09-14']]);
	});
});
