/**
 * A page that is a speech's full text, posted the morning after it was given ("Phát biểu của đồng chí X tại buổi làm việc với …",
 * a lead dating the happening, then "Kính thưa …!"): the speech's "Hôm nay" is the day of that happening, not the stamp's; its
 * closing wishes ("Nhân dịp này, kính chúc … có chuyến thăm … thành công tốt đẹp") are no event.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Cổng thông tin Tỉnh ủy Yên Bái',
	'',
	'Thứ Sáu, 18/10/2024 - 07:40',
	'',
	'Phát biểu của đồng chí Nông Văn Sử, Bí thư Tỉnh ủy tại buổi làm việc với Đoàn đại biểu tỉnh Luông Nặm Thà',
	'',
	'Chiều 17/10/2024, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy Yên Bái đã làm việc với Đoàn đại biểu tỉnh Luông Nặm Thà (Lào) do đồng chí Xỉ-xổm-phon Thăm-ma-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Thà làm trưởng đoàn. Cổng thông tin trân trọng giới thiệu toàn văn bài phát biểu.',
	'',
	'Kính thưa đồng chí Xỉ-xổm-phon Thăm-ma-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Thà!',
	'Thưa các đồng chí!',
	'',
	'Hôm nay, chúng tôi rất vui mừng được đón tiếp Đoàn đại biểu tỉnh Luông Nặm Thà sang thăm và làm việc tại tỉnh Yên Bái.',
	'',
	'Để hợp tác giữa hai tỉnh đi vào chiều sâu, tôi đề nghị hai bên tăng cường trao đổi đoàn các cấp.',
	'',
	'Nhân dịp này, kính chúc đồng chí Xỉ-xổm-phon Thăm-ma-vông cùng các đồng chí trong Đoàn mạnh khỏe, có chuyến thăm và làm việc tại Yên Bái thành công tốt đẹp.',
	'',
	'Xin trân trọng cảm ơn!'
].join('\n');

describe('a speech posted the morning after it was given', () => {
	const t = buildTimeline([{ file: 'speech.txt', text: page }]);
	it("the speech's 'Hôm nay' is the day of the session the lead tells, not the stamp's", () => {
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('Hôm nay'))).map((e) => e.start)).toEqual(['2024-10-17']);
		expect(t.events.filter((e) => e.role === 'main' && e.start !== '2024-10-17').map((e) => e.sources[0].quote)).toEqual([]);
	});
	it('the closing wishes make no event', () => {
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('kính chúc'))).map((e) => e.sources[0].quote)).toEqual([]);
	});
});

describe('a wish opening a sentence', () => {
	it("'Tôi xin chúc Đoàn có chuyến thăm … ngày 5/2 tới thành công' is no visit planned: only the day told as done is one", () => {
		const t = buildTimeline([
			{
				file: 'wish.txt',
				text: [
					'Đoàn đại biểu tỉnh Hủa Phăn thăm tỉnh Thanh Hóa',
					'',
					'03/02/2024 16:10',
					'',
					'Sáng 3/2, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Phăn-xay Lát-xa-vông, Phó Tỉnh trưởng làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh Thanh Hóa.',
					'',
					'Tôi xin chúc Đoàn có chuyến thăm huyện Mường Lát ngày 5/2 tới thành công tốt đẹp.'
				].join('\n')
			}
		]);
		expect(t.events.map((e) => e.start)).toEqual(['2024-02-03']);
	});
});
