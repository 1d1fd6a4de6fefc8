/**
 * An interview's answer, opened by its speaker's label, telling the stay by its programme ("Đồng chí X: Trong ba ngày, từ ngày
 * … đến …, Đoàn … đã có chương trình làm việc dày đặc tại Y"): a visit to Y on those days, the same stay as another outlet's
 * report; the speaker labelled tells it, and is no party to it for that.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const interview = [
	'Phó Chủ tịch UBND tỉnh Hà Tĩnh: Hợp tác với Bô-ly-khăm-xay ngày càng thực chất',
	'',
	'07/06/2024 09:30',
	'',
	'PV: Thưa đồng chí, chuyến thăm vừa qua của Đoàn tỉnh bạn có những kết quả gì?',
	'',
	'Đồng chí Võ Trọng Hải: Trong ba ngày, từ ngày 3 đến 5/6, Đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Khăm-phăn Xỉ-thi-đăm-pha, Tỉnh trưởng làm trưởng đoàn đã có chương trình làm việc dày đặc tại Hà Tĩnh.'
].join('\n');
const report = [
	'Đoàn đại biểu tỉnh Bô-ly-khăm-xay thăm và làm việc tại Hà Tĩnh',
	'',
	'05/06/2024 18:00',
	'',
	'Từ ngày 3 đến ngày 5/6/2024, Đoàn đại biểu tỉnh Bô-ly-khăm-xay (Lào) do đồng chí Khăm-phăn Xỉ-thi-đăm-pha, Tỉnh trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh Hà Tĩnh.'
].join('\n');

describe("an interview's 'Đoàn … đã có chương trình làm việc … tại Y'", () => {
	it('is the visit on those days, without the labelled speaker as a party', () => {
		const t = buildTimeline([{ file: 'interview.txt', text: interview }]);
		const name = (id: string) => t.people.find((p) => p.id === id)?.name;
		const stay = t.events.find((e) => e.start === '2024-06-03' && e.end === '2024-06-05');
		expect(stay).toMatchObject({ type: 'visit', status: 'occurred' });
		expect(stay!.people.map(name)).not.toContain('Võ Trọng Hải');
	});
	it("is one happening with another outlet's report of the stay", () => {
		const t = buildTimeline([
			{ file: 'report.txt', text: report },
			{ file: 'interview.txt', text: interview }
		]);
		expect(t.events.filter((e) => e.start === '2024-06-03' && e.end === '2024-06-05').map((e) => e.sources.length)).toEqual([2]);
	});
});
