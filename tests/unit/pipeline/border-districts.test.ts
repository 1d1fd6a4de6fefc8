/**
 * The districts of the Vietnamese provinces along the Laos border are places of their province, with or without tones, in
 * Vietnamese and in English: "tại trụ sở UBND huyện Hướng Hóa" is in Quảng Trị, "Bí thư Huyện ủy Con Cuông" Nghệ An's,
 * "Tuong Duong district" Nghệ An. And a lead "… nhấn mạnh tại buổi tiếp Đoàn công tác huyện X, tỉnh Y (Lào)" is not in Y:
 * that is where the delegation comes from.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const huongHoa = [
	'Hướng Hóa tiếp đoàn huyện Xê-pôn',
	'',
	'Thứ tư, 12/3/2025, 18:10',
	'',
	'Chiều 12/3, đồng chí Hồ Văn Thanh, Chủ tịch UBND huyện đã tiếp và làm việc với Đoàn đại biểu tỉnh Sa-vẳn-na-khệt (Lào) do đồng chí Bun-mi Phăn-xỉ-la, Phó Tỉnh trưởng làm trưởng đoàn tại trụ sở UBND huyện Hướng Hóa.'
].join('\n');

const conCuong = [
	'Tăng cường hợp tác giữa hai huyện biên giới',
	'',
	'15/05/2024 - 07:30',
	'',
	'"Hai huyện cần phối hợp tốt hơn trong quản lý biên giới", đồng chí Vi Văn Sơn, Bí thư Huyện ủy Con Cuông nhấn mạnh tại buổi tiếp Đoàn công tác huyện Viêng Thoong, tỉnh Bô-ly-khăm-xay (Lào) chiều thứ Ba, ngày 14/5.',
	'',
	'Đoàn công tác huyện Viêng Thoong do đồng chí Khăm-la Xỉ-vông-xay, Bí thư Huyện ủy, Chủ huyện Viêng Thoong làm trưởng đoàn, sang thăm và làm việc tại huyện Con Cuông trong 2 ngày 14 và 15/5.'
].join('\n');

const english = [
	'Houaphanh officials visit a border district',
	'',
	'Friday, 8 November 2024 09:00',
	'',
	'On Thursday, a Houaphanh provincial delegation led by Vice Governor Bounlerth Sayavong held talks with local leaders in Tuong Duong district.'
].join('\n');

describe('districts of the provinces along the Laos border', () => {
	it('"tại trụ sở UBND huyện Hướng Hóa" is in Quảng Trị, and the delegation goes there', () => {
		const t = buildTimeline([{ file: 'a.txt', text: huongHoa }]);
		const e = t.events.find((x) => x.sources[0].quote.includes('Hướng Hóa'))!;
		expect(e.cities).toContain('quang-tri');
		expect(t.delegations.map((d) => [d.from, d.to])).toEqual([['savannakhet', 'quang-tri']]);
	});
	it('a host of "Huyện ủy Con Cuông" receives in Nghệ An; the delegation\'s own "huyện …, tỉnh Bô-ly-khăm-xay" is where it is from', () => {
		const t = buildTimeline([{ file: 'b.txt', text: conCuong }]);
		const lead = t.events.find((x) => x.sources[0].quote.includes('Hai huyện cần'))!;
		expect(lead.cities).toContain('nghe-an');
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'bolikhamxai', to: 'nghe-an' });
		expect(t.delegations[0].events).toContain(lead.id);
	});
	it('"in Tuong Duong district", written without tones, is in Nghệ An', () => {
		const t = buildTimeline([{ file: 'c.txt', text: english }]);
		expect(t.events.find((x) => x.sources[0].quote.includes('Tuong Duong'))?.cities).toContain('nghe-an');
	});
	it('a district with wrong tones is not the border one', () => {
		const t = buildTimeline([{ file: 'd.txt', text: huongHoa.replaceAll('Hướng Hóa', 'Hương Hòa') }]);
		expect(t.events.flatMap((x) => x.cities)).not.toContain('quang-tri');
	});
});
