/**
 * A transport link to be opened, told with its period: agreed at a working session with no day of its own ("Tại buổi làm
 * việc …, hai bên thống nhất mở tuyến xe khách A - B … trong quý II/2025": the quarter is the opening's, planned, news of its
 * own), or expected, in English ("a bus route linking A and B via the Y border gate is expected to open in the second quarter of
 * this year"); the two outlets' reports of one route, through one gate, over one quarter, are one plan.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Đoàn công tác tỉnh Hà Tĩnh thăm, làm việc tại tỉnh Bô-li-khăm-xay',
	'14/03/2025 - 09:00',
	'Từ ngày 11 đến 13/3, Đoàn công tác tỉnh Hà Tĩnh do đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Bô-li-khăm-xay (Lào).',
	'Tại buổi làm việc cuối chuyến công tác, hai bên thống nhất mở tuyến xe khách Hà Tĩnh - Pắc-xan qua cửa khẩu quốc tế Cầu Treo trong quý II/2025.'
].join('\n\n');
const en = [
	'Ha Tinh delegation wraps up Bolikhamxay visit',
	'March 15, 2025',
	'A delegation of Ha Tinh province led by Vice Chairman Nguyen Hong Linh visited Bolikhamxay province from March 11 to 13.',
	'According to the Ha Tinh Department of Transport, a passenger bus route linking Ha Tinh city and Paksan via the Cau Treo international border gate is expected to open in the second quarter of this year.'
].join('\n\n');

const find = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((x) => x.sources.some((s) => s.quote.includes(q)));

describe('a transport link to be opened', () => {
	it("agreed at a working session with no day of its own: the opening, planned for the quarter, a main event", () => {
		const e = find(buildTimeline([{ file: 'vi.txt', text: vi }]), 'mở tuyến xe khách');
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status, e!.role]).toEqual(['2025-04-01', '2025-06-30', 'planned', 'main']);
	});
	it("'is expected to open in the second quarter of this year': the opening, planned, a main event", () => {
		const e = find(buildTimeline([{ file: 'en.txt', text: en }]), 'bus route');
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status, e!.role]).toEqual(['2025-04-01', '2025-06-30', 'planned', 'main']);
	});
	it('the two outlets tell one plan, by the gate the route crosses', () => {
		const e = find(buildTimeline([{ file: 'vi.txt', text: vi }, { file: 'en.txt', text: en }]), 'bus route');
		expect(e!.sources.map((s) => s.article).sort()).toEqual(['en', 'vi']);
	});
});
