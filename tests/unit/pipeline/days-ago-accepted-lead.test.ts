import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

// A photo story whose lines tell the days: one counted back from the writing in the middle of its clause ("Hội chợ khai
// mạc cách đây ba ngày tại …"), and a closing where the host accepts to lead his own delegation back to "dự Hội chợ …"
// (a fair named with no "diễn ra": the act is the trip he will lead).
const page = `BÁO KINH TẾ MIỀN TRUNG
Trang chủ | Kinh tế | Doanh nghiệp | Multimedia
Multimedia » Ảnh
16.05.2024

[Ảnh] Doanh nghiệp Khăm-muộn tìm đối tác tại Quảng Bình

Từ ngày 12 đến hết ngày 15/5, Đoàn đại biểu tỉnh Khăm-muộn (Lào) do ông Xổm-chít Vông-phạ-xay, Phó Tỉnh trưởng làm trưởng đoàn cùng 18 doanh nghiệp đã thăm, làm việc và dự Hội chợ Thương mại biên giới tại tỉnh Quảng Bình. Báo giới thiệu một số hình ảnh.

[Ảnh]
Sáng 12/5, ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh Quảng Bình tiếp và làm việc với Đoàn tại trụ sở UBND tỉnh. (Ảnh: Thanh Vân)

[Ảnh]
Hội chợ khai mạc cách đây ba ngày tại Trung tâm Triển lãm thành phố Đồng Hới, thu hút hơn 200 gian hàng của hai nước. (Ảnh: Thanh Vân)

Nhân dịp này, ông Trần Minh Đức nhận lời mời dẫn đoàn doanh nghiệp tỉnh Quảng Bình sang dự Hội chợ Thương mại tỉnh Khăm-muộn vào tháng 9/2024.

Thanh Vân
`;

describe('a day counted back from the writing, and a delegation its host accepts to lead', () => {
	const t = buildTimeline([{ file: 'quangbinh.txt', text: page }]);
	const ppl = new Map(t.people.map((p) => [p.id, p.name]));
	const find = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	it('"cách đây ba ngày" inside its clause is three days before the stamp', () => {
		const fair = find('Hội chợ khai mạc cách đây ba ngày');
		expect(fair?.start).toBe('2024-05-13');
		expect(fair?.end).toBe('2024-05-13');
	});
	it('"nhận lời mời dẫn đoàn … sang dự Hội chợ … vào tháng 9/2024" is his planned trip, a delegation of its own', () => {
		const plan = find('Nhân dịp này, ông Trần Minh Đức nhận lời mời dẫn đoàn');
		expect(plan?.status).toBe('planned');
		expect(plan?.start).toBe('2024-09-01');
		expect(plan?.end).toBe('2024-09-30');
		const led = t.delegations.find((d) => d.events.includes(plan!.id));
		expect(led && ppl.get(led.leader!)).toBe('Trần Minh Đức');
	});
	it('"cách đây hai ngày đường" is a distance, not a day', () => {
		const far = buildTimeline([{ file: 'x.txt', text: page.replace('Hội chợ khai mạc cách đây ba ngày tại', 'Bản Na-phàu, cách đây hai ngày đường, có cửa khẩu mới tại') }]);
		expect(far.events.some((e) => e.sources.some((s) => s.quote.includes('hai ngày đường')) && e.start === '2024-05-14')).toBe(false);
	});
});
