/**
 * On a host body's page about a delegation from across the border, the body's own earlier trip to the visitors' home, told in
 * passing with no leader ("Tháng 5/2024, đoàn giảng viên Nhà trường đã sang Sầm Nưa …"): the visitors do not go over to their own
 * home, so it is the hosts' side's trip, and no trip of the visiting delegation's leader.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (host: string, recalled: string) =>
	[
		'Nhà trường đón Đoàn đại biểu tỉnh Hủa Phăn',
		'',
		'Đăng ngày: 15/10/2024',
		'',
		`Sáng ngày 15/10/2024, ${host} đón tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Xay-xổm-phon Phôm-vi-hản, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn làm Trưởng đoàn đến thăm và làm việc với Nhà trường.`,
		'',
		recalled,
		'',
		'Phát biểu tại buổi làm việc, đồng chí Xay-xổm-phon Phôm-vi-hản đánh giá cao chất lượng đào tạo của Nhà trường.'
	].join('\n');

describe("a host body's own trip to the visitors' home, recalled without a leader", () => {
	for (const [name, host, recalled] of [
		['the host province named', 'Trường Cao đẳng Sư phạm Nghệ An', 'Tháng 5/2024, đoàn giảng viên Nhà trường đã sang tỉnh Hủa Phăn giới thiệu chương trình đào tạo và làm việc với Sở Giáo dục tỉnh.'],
		['no host province named', 'Trường Cao đẳng Kỹ thuật Công nghiệp', 'Tháng 5/2024, đoàn cán bộ Nhà trường đã sang tỉnh Hủa Phăn tư vấn tuyển sinh và làm việc với Sở Giáo dục tỉnh Hủa Phăn.']
	]) {
		it(`is no trip of the visiting delegation's leader (${name})`, () => {
			const t = buildTimeline([{ file: 'a.txt', text: page(host, recalled) }]);
			const past = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Tháng 5/2024')));
			expect(past?.start).toBe('2024-05-01');
			expect(t.delegations.filter((d) => d.events.includes(past!.id))).toEqual([]);
			// The visit itself is still the Hủa Phăn delegation's, led by its leader.
			expect(t.delegations).toHaveLength(1);
			expect(t.delegations[0].leader).toBe('saysomphone-phomvihane');
		});
	}
});
