/**
 * A programme of dated bullets, one of them two days in a province ("- Ngày 14 và 15/3: Đoàn làm việc tại tỉnh Bo-ly-khăm-xay;
 * …"), then a signing told with no day, placed only by that province's bare name ("Tại Bo-ly-khăm-xay, Hội Nông dân hai tỉnh
 * đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028"): a happening of the trip on those days (the period dates nothing).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Hội Nông dân tỉnh Hà Tĩnh thăm, làm việc tại Viêng Chăn và Bo-ly-khăm-xay (Lào)',
	'',
	'18/03/2024 10:20',
	'',
	'Từ ngày 12 đến ngày 16/3, Đoàn đại biểu Hội Nông dân tỉnh Hà Tĩnh do đồng chí Trần Văn Đức, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại Thủ đô Viêng Chăn và tỉnh Bo-ly-khăm-xay của nước bạn Lào.',
	'',
	'Chương trình công tác của Đoàn như sau:',
	'- Ngày 12/3: Đoàn xuất cảnh qua Cửa khẩu quốc tế Cầu Treo, đến Thủ đô Viêng Chăn vào tối cùng ngày.',
	'- Ngày 13/3: Đoàn chào xã giao đồng chí Khăm-phăn Xay-nha-vông, Phó Chủ tịch Hội Nông dân Thủ đô Viêng Chăn.',
	'- Ngày 14 và 15/3: Đoàn làm việc tại tỉnh Bo-ly-khăm-xay; đồng chí Bun-mi Xỉ-xu-lắt, Chủ tịch Hội Nông dân tỉnh Bo-ly-khăm-xay tiếp và chủ trì buổi làm việc.',
	'- Ngày 16/3: Đoàn về nước.',
	'',
	'Tại Bo-ly-khăm-xay, Hội Nông dân hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.',
	'',
	'Nguyễn Thị Hoa'
].join('\n');

describe('a signing placed by the province a dated bullet gave two days', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('đã ký kết Biên bản')));
	it("is a signing on the bullet's days", () => {
		expect(e).toBeTruthy();
		expect([e!.start, e!.end, e!.status, e!.role, e!.type]).toEqual(['2024-03-14', '2024-03-15', 'occurred', 'main', 'signing']);
	});
	it("joins the delegation's trip", () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(e!.id);
	});
});
