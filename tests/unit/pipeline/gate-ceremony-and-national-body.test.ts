/**
 * A remains handover held at a border gate, its district in brackets ("tại cửa khẩu quốc tế Cầu Treo (huyện Hương Sơn)"),
 * is on the gate's side, not where the fallen died ("… hy sinh tại tỉnh Bô-li-khăm-xay (Lào)"); the delegation that
 * attends it ("Tham dự buổi lễ có Đoàn đại biểu tỉnh X do Đại tá Y … làm trưởng đoàn") came from X to it, apart from the
 * host's own working trip the day before ("Trước đó, chiều …, tại …, Đoàn công tác … do … dẫn đầu đã làm việc …").
 * And a delegation of a military region ("Đoàn công tác Bộ Tư lệnh Quân khu 5 do Thiếu tướng X … làm trưởng đoàn") is a
 * Vietnamese delegation though no province is named; its leader's trip announced for a later month is its own.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const gate = [
	'Hà Tĩnh tiếp nhận 9 hài cốt liệt sĩ hy sinh tại Bô-li-khăm-xay',
	'',
	'Ngày 14/3/2016, tại cửa khẩu quốc tế Cầu Treo (huyện Hương Sơn), Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tổ chức lễ bàn giao hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại tỉnh Bô-li-khăm-xay (Lào).',
	'',
	'Tham dự buổi lễ có Đoàn đại biểu tỉnh Bô-li-khăm-xay do Đại tá Xổm-phon Kẹo-chăn-thạ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bô-li-khăm-xay làm trưởng đoàn.',
	'',
	'Tại buổi lễ, Đại tá Xổm-phon Kẹo-chăn-thạ đã bàn giao 9 hài cốt liệt sĩ cho tỉnh Hà Tĩnh.',
	'',
	'Trước đó, chiều 13/3, tại thành phố Pạc-xan, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh do Đại tá Phan Văn Lợi dẫn đầu đã làm việc với Bộ Chỉ huy Quân sự tỉnh Bô-li-khăm-xay.'
].join('\n');

const region = [
	'Đoàn công tác Quân khu 5 thăm tỉnh Xê Kông',
	'',
	'18/10/2023 15:20',
	'',
	'Trong các ngày 16 và 17 tháng 10, Đoàn công tác Bộ Tư lệnh Quân khu 5 do Thiếu tướng Trịnh Quang Vinh, Phó Tư lệnh Quân khu làm trưởng đoàn đã thăm, làm việc tại tỉnh Xê Kông của nước bạn Lào.',
	'',
	'Ngày 16/10, tại thành phố La Mam, Đoàn làm việc với Bộ Chỉ huy Quân sự tỉnh Xê Kông.',
	'',
	'Theo kế hoạch, tháng 12 tới, Thiếu tướng Trịnh Quang Vinh sẽ dẫn đoàn cán bộ Quân khu 5 sang dự lễ kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam tại tỉnh Xê Kông.'
].join('\n');

describe('a handover at a border gate, and a military region\'s delegation', () => {
	it('the ceremony at the gate is in the gate\'s province, and the guests who attend it make its delegation', () => {
		const t = buildTimeline([{ file: 'gate.txt', text: gate }]);
		const id = (name: string) => t.people.find((p) => p.name === name)?.id;
		const ceremony = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Ngày 14/3/2016, tại cửa khẩu')));
		expect(ceremony?.cities[0]).toBe('ha-tinh');
		const guests = t.delegations.find((d) => d.leader === id('Xổm-phon Kẹo-chăn-thạ'));
		expect(guests).toMatchObject({ from: 'bolikhamxai', to: 'ha-tinh' });
		expect(guests?.events).toContain(ceremony!.id);
		// The host's own trip the day before is a delegation of its own, with none of the gate's happenings.
		const hosts = t.delegations.find((d) => d.leader === id('Phan Văn Lợi'));
		expect(hosts).toMatchObject({ from: 'ha-tinh', to: 'bolikhamxai' });
		expect(hosts?.events).toHaveLength(1);
	});
	it('a military region\'s delegation is found, and its leader\'s trip to come is another', () => {
		const t = buildTimeline([{ file: 'region.txt', text: region }]);
		const lead = t.people.find((p) => p.name === 'Trịnh Quang Vinh')?.id;
		const trips = t.delegations.filter((d) => d.leader === lead);
		expect(trips.map((d) => [d.to, d.start?.slice(0, 7)])).toEqual([
			['sekong', '2023-10'],
			['sekong', '2023-12']
		]);
	});
});
