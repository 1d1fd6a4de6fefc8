/**
 * Three ways a trade trip's page tells what is done or to come (invented names, places and dates):
 * - a signing told with no day, "Bên lề Hội thảo, [two bodies] đã ký kết …" / "On the sidelines of the forum, … signed …", is
 *   done at that happening, on its day, whoever signs, even after background of another year told between;
 * - "…, dự kiến đi vào hoạt động trong quý II năm 2026" closing a sentence of a ground-breaking is the plant's future: the
 *   ground-breaking told before it is done;
 * - "X nhận lời dẫn đoàn doanh nghiệp … sang dự Hội thảo." after "… tổ chức Hội thảo … vào hạ tuần tháng 12" is that trip,
 *   in those days (the month with no year, after the page's day, is still to come).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác kinh tế Quảng Ngãi - Sê-kông', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Từ ngày 14 đến 16/10, Đoàn công tác tỉnh Quảng Ngãi do đồng chí Võ Thành Nhân, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Sê-kông (Lào).';
const SEMINAR = 'Sáng 15/10, tại thành phố Lạ-mam, Đoàn dự Hội thảo hợp tác đầu tư giữa hai tỉnh Quảng Ngãi - Sê-kông.';
const BACKGROUND = 'Tháng 6/2021, lãnh đạo tỉnh Sê-kông đã sang thăm Quảng Ngãi và hai tỉnh ký thỏa thuận hợp tác giai đoạn 2021 - 2025.';
const of = (t: ReturnType<typeof buildTimeline>, start: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(start)));

describe('a signing beside a happening', () => {
	it('is done on its day ("Bên lề Hội thảo, X và Y đã ký kết …"), after background of another year', () => {
		const t = page('17/10/2025 09:15', LEAD, SEMINAR, BACKGROUND, 'Bên lề Hội thảo, Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi và Sở Kế hoạch và Đầu tư tỉnh Sê-kông đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2025 - 2029.');
		expect(of(t, 'Bên lề Hội thảo')).toMatchObject({ start: '2025-10-15', end: '2025-10-15', type: 'signing', role: 'main', status: 'occurred' });
	});

	it('so in English ("On the sidelines of the seminar, … signed …")', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Quang Ngai, Sekong boost investment ties', '', 'October 17, 2025', '', 'Quang Ngai (VNA) - A delegation of Quang Ngai province led by Vice Chairman Vo Thanh Nhan attended an investment seminar in Sekong province, Laos, on October 15.', '', 'In June 2021, Sekong leaders visited Quang Ngai and the two provinces signed a cooperation agreement.', '', 'On the sidelines of the seminar, the two provincial Departments of Planning and Investment signed a memorandum of understanding.'].join('\n') }]);
		expect(of(t, 'On the sidelines of the seminar')).toMatchObject({ start: '2025-10-15', end: '2025-10-15', type: 'signing', status: 'occurred' });
	});
});

describe('a plant\'s future closing the sentence of its ground-breaking', () => {
	it('leaves the ground-breaking done', () => {
		const t = page('17/10/2025 09:15', LEAD, 'Sáng 16/10, Đoàn dự lễ khởi công Nhà máy chế biến gỗ do một doanh nghiệp Quảng Ngãi đầu tư tại huyện Thạ-teng, công suất 50.000 m3/năm, dự kiến đi vào hoạt động trong quý II năm 2026.');
		expect(of(t, 'Sáng 16/10')).toMatchObject({ start: '2025-10-16', status: 'occurred' });
	});

	it('but a ground-breaking still to come stays planned', () => {
		const t = page('14/10/2025 09:15', LEAD, 'Sáng 16/10, Đoàn sẽ dự lễ khởi công Nhà máy chế biến gỗ tại huyện Thạ-teng, dự kiến đi vào hoạt động trong quý II năm 2026.');
		expect(of(t, 'Sáng 16/10')).toMatchObject({ start: '2025-10-16', status: 'planned' });
	});
});

describe('an acceptance to lead a business delegation to a happening agreed just before', () => {
	it('is the trip then, in the part of the month told with no year', () => {
		const t = page('17/10/2025 09:15', LEAD, SEMINAR, 'Hai bên thống nhất phối hợp tổ chức Hội thảo xúc tiến thương mại Quảng Ngãi - Sê-kông vào hạ tuần tháng 12 tại thành phố Quảng Ngãi. Đồng chí Khăm-phui Xay-nha-sắc, Phó Tỉnh trưởng tỉnh Sê-kông nhận lời dẫn đoàn doanh nghiệp tỉnh Sê-kông sang dự Hội thảo.');
		expect(of(t, 'Đồng chí Khăm-phui')).toMatchObject({ start: '2025-12-21', end: '2025-12-31', status: 'planned', role: 'main' });
	});
});
