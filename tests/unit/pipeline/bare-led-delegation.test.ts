/**
 * A lead quoting the host to a delegation named with no leader ("…”, ông X khẳng định khi tiếp Đoàn đại biểu Hội Nông dân
 * tỉnh Quảng Nam chiều 6/6"), then "Đoàn do ông Y, Chủ tịch Hội Nông dân Tỉnh làm trưởng đoàn, thăm và làm việc tại hai
 * tỉnh …": the same delegation, led by Y (his title names no place of its own; "làm trưởng đoàn," ends it before the
 * provinces visited), and every bullet of its programme, in either province, is its day.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Nông dân Quảng Nam và hai tỉnh Nam Lào chia sẻ kinh nghiệm sản xuất',
	'',
	'Cập nhật 10-06-2019, 08:30',
	'',
	'“Nông dân hai nước là người giữ đất, giữ rừng cho tình hữu nghị”, ông Bun-mi Xay-xổm-phu, Chủ tịch Hội Nông dân tỉnh Xê Kông khẳng định khi tiếp Đoàn đại biểu Hội Nông dân tỉnh Quảng Nam chiều 6/6.',
	'',
	'Đoàn do ông Phan Văn Tịnh, Chủ tịch Hội Nông dân Tỉnh làm trưởng đoàn, thăm và làm việc tại hai tỉnh Xê Kông và Sa-la-văn từ ngày 5 đến 8/6. Chương trình của Đoàn gồm:',
	'',
	'- Ngày 5/6: Đoàn đến tỉnh Xê Kông, thăm trang trại cà phê của nông dân.',
	'',
	'- Ngày 7/6: Đoàn đến tỉnh Sa-la-văn, làm việc với Hội Nông dân tỉnh Sa-la-văn.',
	'',
	'- Ngày 8/6: Đoàn thăm hợp tác xã dệt của phụ nữ huyện Sa-la-văn.'
].join('\n');

describe('a delegation named by its leader alone after a quote lead', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const lead = t.people.find((p) => p.name === 'Phan Văn Tịnh');
	it('the lead\'s delegation is led by the one named in the next paragraph', () => {
		expect(lead).toBeTruthy();
		expect(t.delegations.filter((d) => d.leader === lead!.id)).toHaveLength(1);
	});
	it('the bullets in the second province are days of the same trip', () => {
		const d = t.delegations.find((x) => x.leader === lead?.id);
		const days = t.events.filter((e) => d?.events.includes(e.id) && e.start === e.end).map((e) => e.start);
		expect(days).toEqual(expect.arrayContaining(['2019-06-05', '2019-06-06', '2019-06-07', '2019-06-08']));
	});
});
