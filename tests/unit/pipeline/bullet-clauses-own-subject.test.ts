/**
 * A dated programme bullet whose clauses after ';' are the day's separate activities: "- Ngày 15/5: Phó Tỉnh trưởng …
 * tiếp xã giao Đoàn; Đoàn làm việc với Sở … do ông X chủ trì" (a clause with its own subject: its own event, quote and
 * host, the host not lent to the first clause) and "…; buổi chiều về nước qua cửa khẩu …" (the delegation's going home,
 * subject left out, in the afternoon). A clause going on with no subject ("…; thăm Khu di tích …") stays with the item.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Hội Cựu chiến binh tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay',
	'',
	'Cập nhật 20-05-2023, 09:15',
	'',
	'Từ ngày 14 đến 16/5, Đoàn công tác Hội Cựu chiến binh tỉnh Hà Tĩnh do ông Trần Văn Lộc, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-ly-khăm-xay (Lào). Chương trình của Đoàn như sau:',
	'',
	'- Ngày 14/5: Đoàn xuất cảnh qua cửa khẩu quốc tế Cầu Treo, đến thành phố Pạc-xăn.',
	'',
	'- Ngày 15/5: Ông Xổm-phết Keo-la, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay tiếp xã giao Đoàn; Đoàn làm việc với Hội Cựu chiến binh tỉnh Bô-ly-khăm-xay do ông Bun-mi Xay-nha-lạt, Chủ tịch Hội chủ trì.',
	'',
	'- Ngày 16/5: Đoàn thăm Nghĩa trang liệt sĩ huyện Pạc-xăn, tặng quà gia đình chính sách; buổi chiều về nước qua cửa khẩu quốc tế Cầu Treo.'
].join('\n');

describe('a programme bullet read clause by clause', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const quoting = (q: string) => t.events.find((x) => x.sources.some((s) => s.quote.startsWith(q)));
	it('the working session after ";" is an event of the bullet\'s day, with its own host', () => {
		const e = quoting('Đoàn làm việc với Hội Cựu chiến binh tỉnh Bô-ly-khăm-xay');
		expect(e).toMatchObject({ start: '2023-05-15', end: '2023-05-15', status: 'occurred' });
		expect(e!.people.map(name)).toContain('Bun-mi Xay-nha-lạt');
		expect(t.delegations.some((d) => d.events.includes(e!.id))).toBe(true);
	});
	it('the courtesy call does not take the second clause\'s host', () => {
		const e = quoting('- Ngày 15/5: Ông Xổm-phết Keo-la');
		expect(e).toBeTruthy();
		expect(e!.people.map(name)).not.toContain('Bun-mi Xay-nha-lạt');
	});
	it('"buổi chiều về nước" is the afternoon of the bullet\'s day', () => {
		expect(quoting('buổi chiều về nước qua cửa khẩu quốc tế Cầu Treo')).toMatchObject({ start: '2023-05-16', end: '2023-05-16', partOfDay: 'afternoon' });
	});
});
