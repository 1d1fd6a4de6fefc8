/**
 * A lead with no day ("Đoàn … do đồng chí X làm trưởng đoàn đã có chuyến thăm, làm việc tại hai tỉnh …"), then the trip's
 * days on their own ("Chuyến công tác diễn ra từ sáng 9/3 đến hết ngày 11/3"): the lead is the trip over those days, "Ngày
 * thứ hai của chuyến thăm" counts from the first, a place's hosts told with no day ("Tại tỉnh X, …") take the day the
 * programme's bullets give that place, and a delegation sent "sang Y dự …" goes to Y. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Hội LHPN tỉnh Quảng Ngãi thăm, làm việc tại hai tỉnh Sê Kông và Át-tạ-pư',
	'',
	'Cập nhật 13-03-2024, 10:05',
	'',
	'Đoàn đại biểu Hội LHPN tỉnh Quảng Ngãi do đồng chí Đặng Thị Mỹ Hạnh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã có chuyến thăm, làm việc tại hai tỉnh Sê Kông và Át-tạ-pư (Lào).',
	'',
	'Chuyến công tác diễn ra từ sáng 9/3 đến hết ngày 11/3. Chương trình làm việc của Đoàn như sau:',
	'',
	'- Ngày 9/3: Đoàn làm việc với Hội Liên hiệp Phụ nữ tỉnh Sê Kông.',
	'- Ngày 10/3: Đoàn làm việc với Hội Liên hiệp Phụ nữ tỉnh Át-tạ-pư và thăm Bệnh viện tỉnh.',
	'- Ngày 11/3: Đoàn về nước qua cửa khẩu quốc tế Bờ Y.',
	'',
	'Ngày thứ hai của chuyến thăm, Đoàn đã trao 30 suất quà cho phụ nữ nghèo tại huyện Sạn Xay.',
	'',
	'Tại tỉnh Át-tạ-pư, đồng chí Bun-mi Xi-xu-vông, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Át-tạ-pư đã tiếp và làm việc với Đoàn.',
	'',
	'Dịp này, hai bên thống nhất, tháng 6 tới, Hội Liên hiệp Phụ nữ tỉnh Sê Kông sẽ cử đoàn do đồng chí Xổm-phon Phim-ma-sỏn dẫn đầu sang Quảng Ngãi dự Ngày hội Phụ nữ biên giới.'
].join('\n');

describe('a dateless trip lead dated by its trip days', () => {
	const t = buildTimeline([{ file: 'trip.txt', text: page }]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
	it('the lead is the trip over the days told after it', () => {
		expect(of('Đoàn đại biểu Hội LHPN')).toMatchObject({ start: '2024-03-09', end: '2024-03-11', role: 'main', status: 'occurred', type: 'visit' });
	});
	it("'Ngày thứ hai của chuyến thăm' is the day after the first", () => {
		expect(of('Ngày thứ hai')).toMatchObject({ start: '2024-03-10', end: '2024-03-10', role: 'main' });
	});
	it("'Tại tỉnh X, … tiếp … Đoàn' takes the day the bullets give X", () => {
		expect(of('Tại tỉnh Át-tạ-pư')).toMatchObject({ start: '2024-03-10', end: '2024-03-10', role: 'main', status: 'occurred' });
	});
	it('the bullets and the lead are the delegation\'s', () => {
		const d = t.delegations.find((x) => name(x.leader) === 'Đặng Thị Mỹ Hạnh')!;
		expect(d).toMatchObject({ start: '2024-03-09', end: '2024-03-11' });
		for (const q of ['Đoàn đại biểu Hội LHPN', '- Ngày 9/3', '- Ngày 10/3', 'Tại tỉnh Át-tạ-pư']) expect(d.events).toContain(of(q)!.id);
	});
});

describe("a delegation sent 'sang Y dự …'", () => {
	// (The festival's name says a country only: "Việt Nam - Lào" is no place the delegation goes.)
	const text = [
		'Tỉnh đoàn Quảng Ngãi làm việc tại Sê Kông và Át-tạ-pư',
		'',
		'Cập nhật 13-03-2024, 10:05',
		'',
		'Ngày 12/3, tại tỉnh Sê Kông (Lào), Đoàn đại biểu Tỉnh đoàn Quảng Ngãi do đồng chí Đặng Thị Mỹ Hạnh, Bí thư Tỉnh đoàn làm trưởng đoàn đã làm việc với Đoàn Thanh niên tỉnh Sê Kông.',
		'',
		'Ngày 13/3, Đoàn làm việc với Đoàn Thanh niên tỉnh Át-tạ-pư tại thành phố Sạ-mắc-xay.',
		'',
		'Dịp này, hai bên thống nhất, tháng 6 tới, Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Sê Kông sẽ cử đoàn do đồng chí Xổm-phon Phim-ma-sỏn dẫn đầu sang Quảng Ngãi dự Liên hoan Thanh niên Việt Nam - Lào.'
	].join('\n');
	it('goes to Y', () => {
		const t = buildTimeline([{ file: 'sent.txt', text }]);
		const d = t.delegations.find((x) => t.people.find((p) => p.id === x.leader)?.name === 'Xổm-phon Phim-ma-sỏn');
		expect(d).toMatchObject({ from: 'sekong', to: 'quang-ngai' });
	});
});
