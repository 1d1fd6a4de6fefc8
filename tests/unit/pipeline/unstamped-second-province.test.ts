/**
 * A page with no stamp, the second province of a trip: a year's figure still estimated ("năm 2025, kim ngạch … ước đạt
 * 6,5 tỷ USD") is told within that year; "Đoàn trở về Thủ đô Hà Nội" is the delegation going back, not one from Hà Nội.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const kinds = (text: string) => collectYearEvidence([{ text }]).map((e) => [e.kind, e.year]);

describe('a year\'s figure still estimated', () => {
	it.each([
		['Năm 2025, kim ngạch xuất nhập khẩu qua các cửa khẩu ước đạt 6,5 tỷ USD.', [['estimate', 2025]]],
		['Tổng thu ngân sách năm 2024 ước thực hiện 12.000 tỷ đồng.', [['estimate', 2024]]],
		['Năm 2025, sản lượng cà phê của tỉnh ước tính đạt 50.000 tấn.', [['estimate', 2025]]]
	])('%s', (text, want) => {
		expect(kinds(text)).toEqual(want);
	});
	it('a plan for the year is no estimate of it; a result is a finished year', () => {
		expect(kinds('Kế hoạch năm 2026, kim ngạch ước đạt 7 tỷ USD.')).toEqual([]);
		expect(kinds('Năm 2024, kim ngạch đã đạt 6 tỷ USD.')).toEqual([['completed', 2024]]);
	});
	it('dates the page in that year', () => {
		expect(decideYear(collectYearEvidence([{ text: 'Năm 2025, kim ngạch ước đạt 6,5 tỷ USD.' }]), 12)?.year).toBe(2025);
	});
});

describe('the second province of a trip, on a page with no stamp', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Hà Giang tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào)',
				'',
				'Sáng 9/11, tại trụ sở UBND tỉnh, ông Trần Đức Quý, Phó Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do ông Khăm-sỉ Vông-phạ-chăn, Phó Tỉnh trưởng làm trưởng đoàn.',
				'',
				'Tại buổi tiếp, ông Trần Đức Quý thông tin: năm 2025, tổng lượng khách du lịch đến tỉnh ước đạt 3 triệu lượt.',
				'',
				'Ngày 10/11, Đoàn trở về Thủ đô Hà Nội, kết thúc chuyến công tác tại Việt Nam.'
			].join('\n')
		}
	]);

	it('dates its days in the year the body gives', () => {
		expect(t.events.map((e) => e.start).sort()).toEqual(['2025-11-09', '2025-11-10']);
	});
	it('keeps the way back in the delegation, which is not one from Hà Nội', () => {
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'phongsaly' });
		expect(t.delegations[0].events).toHaveLength(2);
	});
});
