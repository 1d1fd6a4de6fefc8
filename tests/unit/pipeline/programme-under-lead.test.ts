/**
 * An undated lead that tells a led delegation's trip done ("Đoàn công tác Sở … tỉnh X do ông Y, Giám đốc Sở làm trưởng đoàn đã
 * thăm và làm việc tại tỉnh Z"), then its programme ("- Ngày 14/4: Đoàn …"): the bullets' "Đoàn" is that delegation, never
 * the host who received it nor the host's return visit announced at the end; the lead is the trip, dated by its days.
 * And a Lao village, "bản" and its name, is not the city of that name.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { defaultGazetteer } from '../../../src/lib/pipeline/gazetteer';

const PAGE = `Sở Nông nghiệp Nghệ An làm việc với tỉnh Xiêng Khoảng (Lào): Chuyển giao giống lúa

Thứ Hai, 20/4/2026 | 08:30

Đoàn công tác Sở Nông nghiệp và Môi trường tỉnh Nghệ An do ông Trần Quốc Khánh, Giám đốc Sở làm trưởng đoàn đã thăm và làm việc tại tỉnh Xiêng Khoảng (Lào) theo chương trình hợp tác giữa hai tỉnh.

Chương trình công tác của Đoàn như sau:

- Ngày 14/4: Đoàn xuất cảnh qua cửa khẩu quốc tế Nậm Cắn; chiều 14/4, ông Khăm-xay Phôm-ma-vông, Giám đốc Sở Nông nghiệp tỉnh Xiêng Khoảng đã tiếp và hội đàm với Đoàn.

- Ngày 15/4: Đoàn khảo sát vùng trồng lúa thử nghiệm tại huyện Mường Khăm và trao tặng 3 tấn giống lúa cho Trung tâm khuyến nông tỉnh Xiêng Khoảng.

- Ngày 16/4: Đoàn dự lễ bàn giao mô hình nuôi cá lồng tại bản Phôn-xa-vẳn, huyện Mường Pẹc, sau đó về nước, kết thúc chuyến công tác.

Dịp này, ông Khăm-xay Phôm-ma-vông nhận lời dẫn đoàn Sở Nông nghiệp tỉnh Xiêng Khoảng sang thăm, làm việc tại tỉnh Nghệ An vào ngày 20/8 tới.
`;

describe("a programme's bullets under an undated lead that names the delegation", () => {
	const t = buildTimeline([{ file: 'programme.txt', text: PAGE }]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it("the bullets' 'Đoàn' is the lead's delegation, going to the host's province", () => {
		const d = t.delegations.find((x) => name(x.leader) === 'Trần Quốc Khánh')!;
		expect([d.from, d.to, d.start, d.end]).toEqual(['nghe-an', 'xiangkhouang', '2026-04-14', '2026-04-16']);
		const bullets = t.events.filter((e) => e.sources[0].quote.startsWith('- Ngày'));
		expect(bullets).toHaveLength(3);
		for (const e of bullets) expect(e.people.map(name)).toEqual(['Trần Quốc Khánh']);
		for (const e of bullets) expect(d.events).toContain(e.id);
	});
	it('the lead is an event of the trip, within its days', () => {
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Đoàn công tác'))!;
		expect([e.start, e.end, e.status]).toEqual(['2026-04-14', '2026-04-16', 'occurred']);
	});
	it("the host's return visit is a delegation of its own, not the trip's", () => {
		const d = t.delegations.filter((x) => name(x.leader) === 'Khăm-xay Phôm-ma-vông');
		expect(d.map((x) => [x.to, x.start, x.events.length])).toEqual([['nghe-an', '2026-08-20', 1]]);
	});
	it("'bản Phôn-xa-vẳn' is a village, not the city", () => {
		expect(findPlaces('Đoàn dự lễ bàn giao tại bản Phôn-xa-vẳn, huyện Mường Pẹc.', defaultGazetteer).map((p) => p.cityId)).toEqual([]);
		expect(findPlaces('Đoàn đến thành phố Phôn-xa-vẳn.', defaultGazetteer).length).toBe(1);
	});
});
