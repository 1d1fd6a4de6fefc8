/**
 * A list of those present told after a happening ("Cùng dự có …", "Về phía tỉnh X có các đồng chí: …", "Also attending from
 * the Lao side were …") names people at that happening, of whichever side: the host's side too, though the happening's own
 * sentence names a host of that side (whose other people named afterwards were, as a rule, at another moment).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const names = (t: ReturnType<typeof buildTimeline>, q: string) =>
	t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))?.people.map((id) => t.people.find((p) => p.id === id)?.name) ?? [];

describe('those listed as present', () => {
	it('"Cùng dự có" after the host\'s reception: the host\'s side is there', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Đoàn Mặt trận Lào xây dựng đất nước tỉnh Luông Nặm Thà thăm Điện Biên',
					'22/8/2024 16:00',
					'Từ ngày 20 đến ngày 22/8, Đoàn đại biểu Mặt trận Lào xây dựng đất nước tỉnh Luông Nặm Thà do ông Bua-phăn Xỉ-vi-lay, Chủ tịch Mặt trận tỉnh làm Trưởng đoàn đã thăm, làm việc tại tỉnh Điện Biên.',
					'Chiều 20/8, ông Lò Văn Mừng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã tiếp và làm việc với Đoàn. Cùng dự có bà Vừ Thị Dua, Phó Chủ tịch UBND tỉnh; ông Quàng Văn Thiêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.'
				].join('\n\n')
			}
		]);
		expect(names(t, 'đã tiếp và làm việc với Đoàn')).toEqual(expect.arrayContaining(['Lò Văn Mừng', 'Vừ Thị Dua', 'Quàng Văn Thiêm']));
	});
	it('"Về phía tỉnh X có các đồng chí:" after the talks: the host province\'s side is there', () => {
		const t = buildTimeline([
			{
				file: 'b.txt',
				text: [
					'Đoàn đại biểu tỉnh Nghệ An hội đàm với tỉnh Xiêng Khoảng',
					'10/9/2024 20:00',
					'Từ ngày 8 đến ngày 10/9, Đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Văn Đệ, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã thăm tỉnh Xiêng Khoảng.',
					'Sáng 9/9, đồng chí Nguyễn Văn Đệ và đồng chí Phon-xắc Đuông-chăn, Tỉnh trưởng tỉnh Xiêng Khoảng đồng chủ trì hội đàm. Về phía tỉnh Xiêng Khoảng có các đồng chí: Bun-thoong Kẹo-vi-lay, Phó Tỉnh trưởng; Xỉ-li-phăn Mạ-ni-vông, Chánh Văn phòng Tỉnh ủy.'
				].join('\n\n')
			}
		]);
		expect(names(t, 'đồng chủ trì hội đàm')).toEqual(expect.arrayContaining(['Phon-xắc Đuông-chăn', 'Bun-thoong Kẹo-vi-lay', 'Xỉ-li-phăn Mạ-ni-vông']));
	});
	it('"Also attending from the Lao side were" after the talks', () => {
		const t = buildTimeline([
			{
				file: 'c.txt',
				text: [
					'Nghe An delegation holds talks in Xieng Khouang',
					'Tuesday, 10/9/2024 | 20:00 GMT+7',
					'A delegation of Nghe An province led by Mr. Nguyen Van De paid a visit to Xieng Khouang province of Laos from September 8 to 10.',
					'On September 9, Mr. Nguyen Van De and Mr. Phonsack Duangchan, Governor of Xieng Khouang, held talks. Also attending from the Lao side were Mr. Bounthong Keovilay, Deputy Governor, and Ms. Siliphan Manivong, Chief of the Provincial Party Office.'
				].join('\n\n')
			}
		]);
		expect(names(t, 'held talks')).toEqual(expect.arrayContaining(['Phonsack Duangchan', 'Bounthong Keovilay', 'Siliphan Manivong']));
	});
});
