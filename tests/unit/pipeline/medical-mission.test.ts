/**
 * A medical mission on a page with no stamp: the year of the plan it is part of ("Hoạt động nằm trong Kế hoạch hợp tác năm
 * 2026"), "Đoàn y, bác sĩ …" as one delegation, its opening ("Đoàn ra mắt chính quyền địa phương") and the return stay
 * ("… sẽ sang Sơn La thực tập chuyên môn").
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence } from '../../../src/lib/pipeline/dates/index';
import { classify } from '../../../src/lib/pipeline/events';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('the year of the plan an activity is part of', () => {
	it.each([
		['Hoạt động nằm trong Kế hoạch hợp tác năm 2026 giữa Sở Y tế hai tỉnh.', 2026],
		['Thực hiện Chương trình hợp tác năm 2025, hai bên đã trao đổi đoàn.', 2025]
	])('%s', (text, year) => {
		expect(collectYearEvidence([{ text }])).toEqual([expect.objectContaining({ kind: 'named', year })]);
	});
	it('a plan named alone is the next one, not the present', () => {
		expect(collectYearEvidence([{ text: 'Hai bên thống nhất xây dựng Kế hoạch hợp tác năm 2026.' }])).toEqual([]);
	});
});

describe('a mission\'s words', () => {
	it.each([
		['Sáng 12/3, tại Bệnh viện huyện Mường Lát, Đoàn ra mắt chính quyền địa phương.', 'courtesy_call'],
		['Tháng 10 tới, các y, bác sĩ của Bệnh viện huyện Sốp Bâu sẽ sang Thanh Hóa thực tập chuyên môn.', 'visit']
	])('%s', (s, want) => {
		expect(classify(s)).toBe(want);
	});
	it('"ra mắt" an album is none', () => {
		expect(classify('Ngày 12/3, ca sĩ sẽ ra mắt album mới.')).toBeNull();
	});
});

describe('"Đoàn y, bác sĩ …" with no stamp', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Bác sĩ Thanh Hóa khám bệnh miễn phí cho người dân huyện Sốp Bâu',
				'Trong hai ngày 20-21/4, Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Thanh Hóa do BSCKII Lê Văn Cường, Giám đốc Bệnh viện làm trưởng đoàn đã khám bệnh, cấp thuốc miễn phí cho hơn 500 người dân huyện Sốp Bâu, tỉnh Hủa Phăn (Lào). Hoạt động nằm trong Kế hoạch hợp tác năm 2026 giữa hai tỉnh.'
			].join('\n\n')
		}
	]);
	it('is one delegation with its leader, dated in the plan\'s year', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.people.find((p) => p.id === t.delegations[0].leader)?.name).toBe('Lê Văn Cường');
		expect(t.delegations[0]).toMatchObject({ from: 'thanh-hoa', to: 'houaphanh', start: '2026-04-20', end: '2026-04-21' });
	});
});

describe('a page with no stamp, its year in a long occasion\'s name', () => {
	it('"Tuần lễ Văn hóa Việt Nam tại Lào năm 2025" names the year; "quý I năm tới" is the next one\'s first quarter, and a plan is no time of writing', () => {
		expect(collectYearEvidence([{ text: 'Nhân dịp tham dự Tuần lễ Văn hóa Việt Nam tại Lào năm 2025, Đoàn đã thăm tỉnh.' }])).toEqual([expect.objectContaining({ kind: 'named', year: 2025 })]);
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Sở Xây dựng Thanh Hóa làm việc tại Luông Pha Bang',
					'Nhân dịp tham dự Tuần lễ Văn hóa Việt Nam tại Lào năm 2025, Đoàn công tác Sở Xây dựng tỉnh Thanh Hóa do ông Lê Đình Toản, Giám đốc Sở làm trưởng đoàn đã có chuyến thăm và làm việc tại tỉnh Luông Pha Bang từ ngày 14 đến hết ngày 17/10.',
					'Sáng 15/10, ông Thoong-chăn Mạ-ni-xổm, Giám đốc Sở Công chính và Vận tải tỉnh Luông Pha Bang đã tiếp và làm việc với Đoàn.',
					'Hai bên thống nhất, trong quý I năm tới, Sở Công chính và Vận tải tỉnh Luông Pha Bang sẽ cử đoàn cán bộ sang Thanh Hóa học tập kinh nghiệm.'
				].join('\n\n')
			}
		]);
		const by = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q))!;
		expect(by('Sáng 15/10')).toMatchObject({ role: 'main', start: '2025-10-15' });
		expect(by('Hai bên')).toMatchObject({ status: 'planned', start: '2026-01-01', end: '2026-03-31' });
		expect(t.delegations).toHaveLength(1);
	});
});
