/**
 * Who a sentence after a happening names is not always at it: the one invited to come over some other time ("X trân trọng mời
 * đồng chí Y dẫn đoàn sang thăm … vào thời gian thích hợp", "X invited Y to lead a delegation to … at a convenient time") is at
 * no event of the trip; nor is one a numbered photo's caption shows at its own moment ("Ảnh 1: Đồng chí X … phát biểu chào
 * mừng Đoàn sáng 9/3.") at the stay of days told before it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const VI = `Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Bô-ly-khăm-xay

Thứ Sáu, 10/3/2023 | 20:15

Sáng 8/3, Đoàn đại biểu Tỉnh ủy Nghệ An do đồng chí Trịnh Văn Hưởng, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến chào xã giao đồng chí Khăm-pheo Vi-lay-vông, Bí thư Tỉnh ủy Bô-ly-khăm-xay.

Chiều nay (10/3), tại thành phố Pắc-xan, đồng chí Bun-thon Xi-phan-đon, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã tiếp và làm việc với Đoàn.

Đồng chí Trịnh Văn Hưởng trân trọng mời đồng chí Khăm-pheo Vi-lay-vông dẫn đoàn sang thăm tỉnh Nghệ An vào thời gian thích hợp.
`;
const EN = `Nghe An Party delegation visits Bolikhamxay

Friday, March 10, 2023 8:15 PM

On Wednesday, a delegation of the Nghe An provincial Party Committee led by Deputy Secretary Trinh Van Huong paid a courtesy call on Bolikhamxay Party Secretary Khampheo Vilayvong.

On Friday, Vice Governor Bounthone Siphandone received the delegation in Paksan.

Huong invited Khampheo to lead a Bolikhamxay delegation to Nghe An at a convenient time.
`;
const PHOTOS = `[Ảnh] Ban Dân vận Tỉnh ủy Hủa Phăn học tập kinh nghiệm tại Thanh Hóa

10.3.2021

Trong hai ngày 9 và 10 tháng 3, Đoàn công tác Ban Dân vận Tỉnh ủy Hủa Phăn (Lào) do đồng chí Xỉ-xổm-phon Kẹo-ma-ni, Trưởng Ban Dân vận Tỉnh ủy Hủa Phăn làm trưởng đoàn đã thăm, trao đổi kinh nghiệm công tác dân vận tại tỉnh Thanh Hóa.

Ảnh 1: Đồng chí Lê Thị Mai Hương, Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa phát biểu chào mừng Đoàn sáng 9/3.

Sáng 9/3, tại trụ sở Tỉnh ủy, đồng chí Lê Thị Mai Hương, Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa đã tiếp và làm việc với Đoàn.

Chiều cùng ngày, Đoàn tham quan Khu công nghiệp Lễ Môn.
`;

function peopleOf(file: string, text: string, quote: string): string[] {
	const t = buildTimeline([{ file, text }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	if (!e) throw new Error(`no event for ${quote}: ${t.events.map((x) => x.sources[0].quote).join(' / ')}`);
	return e.people.map((id) => t.people.find((p) => p.id === id)!.name).sort();
}

describe('one invited to come some other time is at no happening of the trip', () => {
	it('in Vietnamese', () => {
		expect(peopleOf('vi.txt', VI, 'Chiều nay (10/3)')).toEqual(['Bun-thon Xi-phan-đon', 'Trịnh Văn Hưởng']);
	});
	it('in English', () => {
		expect(peopleOf('en.txt', EN, 'On Friday')).not.toContain('Khampheo Vilayvong');
	});
});

describe("a numbered photo's caption lends its person to no stay of days", () => {
	it('the host welcoming on the first morning is not at the two-day stay', () => {
		expect(peopleOf('photos.txt', PHOTOS, 'Trong hai ngày 9 và 10 tháng 3')).toEqual(['Xỉ-xổm-phon Kẹo-ma-ni']);
	});
	it('but is at the reception of that morning', () => {
		expect(peopleOf('photos.txt', PHOTOS, 'Sáng 9/3')).toContain('Lê Thị Mai Hương');
	});
});
