/**
 * A programme's bullets over the whole trip, then the story told in order with a flashback to the evening of arrival, then
 * "Ngày thứ hai của chuyến thăm, Đoàn đến tỉnh X" and "Trong dịp này, …": the occasion is that second day, in X — not the
 * first day the flashback interrupted, nor the place of the last bullet.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Quảng Ngãi xúc tiến thương mại tại hai tỉnh Xê Kông và Át-tạ-pư (Lào)',
	'',
	'Cập nhật 12-6-2023, 09:15',
	'',
	'Từ ngày 6 đến hết ngày 8/6, Đoàn công tác tỉnh Quảng Ngãi do đồng chí Phạm Ngọc Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn cùng đại diện 25 doanh nghiệp đã thăm, làm việc và xúc tiến thương mại tại hai tỉnh Xê Kông và Át-tạ-pư (Lào).',
	'',
	'Chương trình công tác của Đoàn gồm:',
	'- Ngày 6/6: Dự Diễn đàn doanh nghiệp tại tỉnh Xê Kông.',
	'- Ngày 7/6: Làm việc với lãnh đạo tỉnh Át-tạ-pư; khảo sát vùng trồng sắn.',
	'- Ngày 8/6: Thăm Nhà máy thủy điện tại tỉnh Xê Kông; về nước.',
	'',
	'Sáng 6/6, tại thành phố Xê Kông, đồng chí Phạm Ngọc Lâm và đồng chí Vi-lạ-phon Xỉ-xổm-bắt, Phó Tỉnh trưởng tỉnh Xê Kông đồng chủ trì Diễn đàn doanh nghiệp.',
	'',
	'Tối hôm trước, Đoàn đã đến thành phố Xê Kông qua cửa khẩu quốc tế Nam Giang.',
	'',
	'Ngày thứ hai của chuyến thăm, Đoàn đến tỉnh Át-tạ-pư. Đồng chí Bun-mi Xay-nha-vông, Phó Tỉnh trưởng tỉnh Át-tạ-pư đã tiếp và làm việc với Đoàn.',
	'',
	'Trong dịp này, đại diện doanh nghiệp Quảng Ngãi đã khảo sát vùng trồng sắn 500 ha của Công ty TNHH Nông sản Xay-xệt-tha.',
	'',
	'Ngày 8/6, Đoàn thăm Nhà máy thủy điện Xê Ca-măn, kết thúc chuyến công tác và về nước.'
].join('\n');

describe('"Trong dịp này" after a trip\'s second day counted past a flashback', () => {
	const t = buildTimeline([{ file: 'a.html', text }]);
	it('is the second day, in the province that day was spent', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Trong dịp này')));
		expect(e).toMatchObject({ start: '2023-06-07', end: '2023-06-07' });
		expect(e!.cities).toContain('attapeu');
		expect(e!.cities).not.toContain('sekong');
	});
});
