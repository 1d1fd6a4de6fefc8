/**
 * A trip the other way, recalled by the host with its day and its leader ("Đồng chí X nhắc lại, ngày 12/2 vừa qua, Đoàn đại
 * biểu tỉnh … do đồng chí Y … dẫn đầu đã sang Nghệ An chúc Tết …"): background to the news, yet a delegation of its own, led
 * by Y — "đã sang" (gone across) is the word of the trip, as "đã sang thăm" is.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng',
	'',
	'Cập nhật 21-06-2019, 08:30',
	'',
	'Từ ngày 17 đến 19/6, Đoàn đại biểu tỉnh Nghệ An do đồng chí Hoàng Văn Khiêm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Xiêng Khoảng.',
	'',
	'Sáng 18/6, đồng chí Xỉ-phan Vông-xay, Tỉnh trưởng tỉnh Xiêng Khoảng đã tiếp Đoàn.',
	'',
	'Đồng chí Xỉ-phan Vông-xay nhắc lại, ngày 12/2 vừa qua, Đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Bun-lạp Khăm-xỉ, Phó Tỉnh trưởng tỉnh dẫn đầu đã sang Nghệ An chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Nghệ An.',
	'',
	'Ngày 19/6, Đoàn về nước.'
].join('\n');

describe('a led trip told as recalled', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const leaderOf = (d: (typeof t.delegations)[number]) => t.people.find((p) => p.id === d.leader)?.name;
	it('is a delegation of its own, led by whom the sentence names, on its day', () => {
		const d = t.delegations.filter((x) => leaderOf(x) === 'Bun-lạp Khăm-xỉ');
		expect(d).toHaveLength(1);
		expect([d[0].start, d[0].end]).toEqual(['2019-02-12', '2019-02-12']);
	});
	it('and leaves the news’s delegation as it was', () => {
		const d = t.delegations.filter((x) => leaderOf(x) === 'Hoàng Văn Khiêm');
		expect(d).toHaveLength(1);
		expect([d[0].start, d[0].end]).toEqual(['2019-06-17', '2019-06-19']);
	});
});
