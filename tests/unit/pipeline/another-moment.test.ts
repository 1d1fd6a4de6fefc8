/**
 * What a happening's next sentences tell belongs to it only until the story moves to another moment: a sentence with a time of
 * its own ("On the 6th, …", "[Ảnh 3] Ngày thứ hai của chuyến công tác, …"), though read with no event, names people who were
 * not at the one before; and one dated bullet's people are not another's ("- Ngày 16/10: Thăm tỉnh …; làm việc với đồng chí X"
 * then "Tại tỉnh …, đồng chí X mong muốn …" after the list: X is of the 16th, not of the talks of the 15th).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const ARRIVAL = `Savannakhet hospital, HUMP sign nurse training deal

Saturday, October 10, 2026 9:00 AM

A delegation of Savannakhet Provincial Hospital, Laos, led by its Director Dr. Khamla Sivongsa, paid a working visit to Hue University of Medicine and Pharmacy (HUMP) on Oct 6-7.

On arrival in Hue late on Monday, the delegation was welcomed at Phu Bai airport by HUMP's Office of External Affairs.

On the 6th, HUMP Rector Prof. Dr. Nguyen Van Quang briefed the guests on the university's nursing programmes.

The delegation left for Da Nang on Thursday to fly home.
`;
const PHOTOS = `Tỉnh Đoàn Quảng Bình thăm tỉnh Khăm Muồn (Lào)

Thứ Bảy, 14/3/2026 | 10:00

Trong hai ngày 10 và 11 tháng 3, Đoàn công tác Tỉnh Đoàn Quảng Bình do anh Phạm Văn Lộc, Bí thư Tỉnh Đoàn làm trưởng đoàn đã thăm, làm việc với Tỉnh Đoàn Khăm Muồn (Lào).

[Ảnh 1] Sáng 10/3, tại thành phố Thà Khẹc, chị Viêng-khăm Xay-nha-vông, Bí thư Tỉnh Đoàn Khăm Muồn tiếp và làm việc với Đoàn.

[Ảnh 2] Chiều cùng ngày, Đoàn trao tặng 30 chiếc xe đạp cho học sinh nghèo tại huyện Nhôm-ma-lạt.

[Ảnh 3] Ngày thứ hai của chuyến công tác, anh Bun-xợt Phết-xa-vẳn, Phó Bí thư Tỉnh Đoàn Khăm Muồn đưa Đoàn thăm Khu di tích.

[Ảnh 4] Tối 11/3, Đoàn về đến Quảng Bình qua Cửa khẩu quốc tế Cha Lo.
`;
const BULLETS = `Đoàn đại biểu thành phố Hải Phòng thăm tỉnh Sa-va-na-khẹt và tỉnh Khăm Muồn

Thứ hai, 20/10/2025 | 07:00

Từ ngày 14 đến ngày 16/10, Đoàn đại biểu thành phố Hải Phòng do đồng chí Lê Tiến Châu, Bí thư Thành ủy Hải Phòng làm trưởng đoàn đã thăm và làm việc tại tỉnh Sa-va-na-khẹt và tỉnh Khăm Muồn (Lào).

Chương trình làm việc của Đoàn:

- Ngày 14/10: Đoàn đến tỉnh Sa-va-na-khẹt, thăm Nghĩa trang liệt sĩ.

- Sáng 15/10: Hội đàm và ký kết Biên bản ghi nhớ hợp tác với tỉnh Sa-va-na-khẹt.

- Ngày 16/10: Thăm tỉnh Khăm Muồn; làm việc với đồng chí Vi-lay Xỉ-xổm-bun, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muồn.

Tại hội đàm, đồng chí Lê Tiến Châu cho biết, thành phố sẵn sàng chia sẻ kinh nghiệm phát triển cảng biển.

Tại tỉnh Khăm Muồn, đồng chí Vi-lay Xỉ-xổm-bun mong muốn Hải Phòng hỗ trợ tỉnh đào tạo nguồn nhân lực.
`;

function peopleOf(file: string, text: string, quote: string): string[] {
	const t = buildTimeline([{ file, text }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	if (!e) throw new Error(`no event for ${quote}`);
	return e.people.map((id) => t.people.find((p) => p.id === id)!.name).sort();
}

describe('participants stop where another moment begins', () => {
	it("an office's welcome at the airport does not take in the rector named with the next day", () => {
		expect(peopleOf('arrival.txt', ARRIVAL, 'On arrival in Hue')).toEqual(['Khamla Sivongsa']);
	});
	it("a caption's afternoon does not take in the next caption's host", () => {
		expect(peopleOf('photos.txt', PHOTOS, 'Chiều cùng ngày')).toEqual(['Phạm Văn Lộc']);
	});
	it("a bullet's talks do not take in the host of a later bullet, named again after the list", () => {
		expect(peopleOf('bullets.txt', BULLETS, 'Sáng 15/10')).toEqual(['Lê Tiến Châu']);
		expect(peopleOf('bullets.txt', BULLETS, 'Ngày 16/10')).toEqual(['Lê Tiến Châu', 'Vi-lay Xỉ-xổm-bun']);
	});
});
