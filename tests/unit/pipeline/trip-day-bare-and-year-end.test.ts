/**
 * A reportage counts the days of a stay with a bare opener ("Ngày thứ hai, Đoàn được … tiếp"): a day of the stay, the anchor of
 * the next relative times. A promise to come over "vào dịp cuối năm" is a plan for the last months of the page's year; a habit
 * ("thường niên vào dịp cuối năm") dates nothing. A provincial department's page calls its province "tỉnh ta".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (head: string, stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: [head, '', 'Tình hữu nghị bền chặt', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'Đoàn đại biểu Hội Nông dân tỉnh Nghệ An do ông Hồ Văn Khánh, Chủ tịch Hội làm Trưởng đoàn đã thăm, làm việc tại tỉnh Xiêng Khoảng (Lào) từ ngày 10 đến 12/5.';
const FIRST = 'Ngày đầu tiên của chuyến thăm, Đoàn được ông Bun-mi Xay-xổm-phon, Chủ tịch Hội Nông dân tỉnh Xiêng Khoảng tiếp tại trụ sở.';

describe('a bare day of the stay and the year-end plan', () => {
	it("'Ngày thứ hai,' is the stay's second day, and 'Trong buổi chiều' and 'Sáng hôm sau' count from it", () => {
		const t = page('TẠP CHÍ VĂN NGHỆ', '20/05/2023', LEAD, FIRST, 'Ngày thứ hai, Đoàn được đồng chí Khăm-phăn Xỉ-xu-vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng tiếp và chiêu đãi.', 'Trong buổi chiều, đoàn đến dâng hương tại Nghĩa trang liệt sĩ ở huyện Mường Khăm.', 'Sáng hôm sau, Đoàn trao 15 suất quà cho các gia đình chính sách.');
		const on = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));
		expect(on('Ngày thứ hai')).toMatchObject({ start: '2023-05-11', end: '2023-05-11', type: 'reception' });
		expect(on('Trong buổi chiều')).toMatchObject({ start: '2023-05-11', partOfDay: 'afternoon' });
		expect(on('Sáng hôm sau')).toMatchObject({ start: '2023-05-12', partOfDay: 'morning' });
	});
	it("'hẹn sẽ dẫn đoàn … sang thăm … vào dịp cuối năm' is a plan for the year's last months, its own delegation", () => {
		const t = page('TẠP CHÍ VĂN NGHỆ', '20/05/2023', LEAD, FIRST, 'Chia tay, ông Bun-mi Xay-xổm-phon hẹn sẽ dẫn đoàn nông dân Xiêng Khoảng sang thăm Nghệ An vào dịp cuối năm.');
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Chia tay'))).toMatchObject({ status: 'planned', type: 'visit', start: '2023-10-01', end: '2023-12-31' });
		expect(t.delegations.map((d) => [d.leader, d.to])).toContainEqual(['bun-mi-xay-xom-phon', 'nghe-an']);
	});
	it("'tỉnh ta' on a provincial department's page is its province, not the meeting's place", () => {
		const t = page('SỞ NGOẠI VỤ NGHỆ AN', '05-11-2023 09:00', 'Chiều 4-11, bên lề Hội nghị hợp tác tổ chức tại tỉnh Hà Tĩnh, đồng chí Nguyễn Văn Đệ, Chủ tịch UBND tỉnh Nghệ An đã làm việc với Đoàn đại biểu tỉnh Xiêng Khoảng (Lào).', 'Dịp này, đồng chí Nguyễn Văn Đệ mời đồng chí Khăm-phăn Xỉ-xu-vông dẫn đoàn tỉnh Xiêng Khoảng sang thăm tỉnh ta vào tháng 3/2024.');
		const plan = t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'));
		expect(plan?.cities).toContain('nghe-an');
		expect(plan?.cities).not.toContain('ha-tinh');
		expect(t.delegations.find((d) => d.start === '2024-03-01')?.to).toBe('nghe-an');
	});
});
