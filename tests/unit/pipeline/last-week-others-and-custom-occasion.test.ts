/**
 * Two things told beside a trip that are not its happenings:
 * - other bodies' happening of the week before, told in passing after the trip ("Last week, X University and Y University held
 *   a workshop …" under a report of this week's visit): background, not the news of the week just gone; the weekend just gone
 *   ("Over the weekend, the troupe performed …") and a delegation's own week stay the news;
 * - a sentence opened by the occasion ("Dịp này, …") whose own time is a yearly custom's ("… tổ chức hằng năm vào tháng 9"): no
 *   happening on the day told before.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const en = `Savannakhet, Quang Tri boost cooperation in trade and health
Friday, 14 March 2025 09:30

QUANG TRI, March 14 (KPL) – A delegation from Savannakhet province, led by Vice Governor Mr Khamphanh Sengsouvanh, is on a working visit to Quang Tri province of Vietnam.

On Tuesday, the delegation held talks with Chairman of the Quang Tri People's Committee Mr Vo Van Thanh.

On Wednesday, the delegation toured the Lao Bao special economic zone.

Last week, Hue University and Savannakhet University held a workshop on rural health care in Dong Ha.

KPL`;

const vi = `Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Đắk Lắk
20/09/2024 | 16:00

Từ ngày 17 đến 20-9, Đoàn đại biểu tỉnh Bò Kẹo do đồng chí Phon-xay Vông-xa-vắt, Phó Tỉnh trưởng làm Trưởng đoàn đã thăm và làm việc tại tỉnh Đắk Lắk.

Chiều 17-9, đồng chí Trần Minh Đức, Phó Chủ tịch UBND tỉnh Đắk Lắk đã tiếp Đoàn.

Sáng 20-9, Đoàn rời Đắk Lắk, kết thúc chuyến thăm.

Dịp này, Đoàn được mời tham dự Lễ hội Cà phê Buôn Ma Thuột tổ chức hằng năm vào tháng 3, nhằm quảng bá cà phê của tỉnh.`;

const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('other bodies last week, told after the trip', () => {
	it('is context, not a main event of the week before', () => {
		const t = buildTimeline([{ file: 'a.txt', text: en }]);
		expect(quoting(t, 'Last week, Hue University').map((e) => e.role)).toEqual(['context']);
		expect(quoting(t, 'held talks with Chairman').map((e) => e.role)).toEqual(['main']);
	});
	it('but the weekend just gone stays the news', () => {
		const t = buildTimeline([{ file: 'b.txt', text: en.replace('Last week, Hue University and Savannakhet University held a workshop on rural health care in Dong Ha.', 'Over the weekend, the Savannakhet art troupe performed for thousands of spectators in Dong Ha.') }]);
		expect(quoting(t, 'Over the weekend').map((e) => e.role)).toEqual(['main']);
	});
});

describe('the occasion of a yearly custom', () => {
	it('dates no happening on the departure day', () => {
		const t = buildTimeline([{ file: 'c.txt', text: vi }]);
		expect(quoting(t, 'Lễ hội Cà phê').map((e) => `${e.start} ${e.role}`)).toEqual([]);
		expect(quoting(t, 'Đoàn rời Đắk Lắk').map((e) => e.start)).toEqual(['2024-09-20']);
	});
	it('while the occasion still dates what is done then', () => {
		const t = buildTimeline([{ file: 'd.txt', text: vi.replace('Dịp này, Đoàn được mời tham dự Lễ hội Cà phê Buôn Ma Thuột tổ chức hằng năm vào tháng 3, nhằm quảng bá cà phê của tỉnh.', 'Dịp này, Đoàn đã trao tặng tỉnh Đắk Lắk bức tranh Cà phê Buôn Ma Thuột.') }]);
		expect(quoting(t, 'bức tranh Cà phê').length).toBeGreaterThan(0);
	});
});
