/**
 * Named after a happening only as a voice of the story, not at it: one who speaks after the story has moved on to a run of days
 * of its own ("Trong các ngày 9, 10 và 11/3, Đoàn chia thành ba nhóm …"); one who recalls years long past ("Ông X, nguyên bộ đội
 * …, nhớ lại: năm 1970 …"); one the paper cites, "Theo TS X, …", in a paragraph of his own after a stay of days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const RUN_OF_DAYS = `Bệnh viện huyện Quan Hóa khám bệnh miễn phí tại tỉnh Luông Pha Băng

Thứ Tư, 13/3/2024 | 10:00

Sáng 8/3, Đoàn y, bác sĩ Bệnh viện Đa khoa huyện Quan Hóa do bác sĩ Hà Văn Cường, Giám đốc Bệnh viện làm trưởng đoàn đã đến chào xã giao đồng chí Xỉ-xổm-phon Phôm-ma-vông, Phó Tỉnh trưởng tỉnh Luông Pha Băng.

Chiều cùng ngày, Đoàn làm việc với Sở Y tế tỉnh Luông Pha Băng.

Hai bên thống nhất tăng cường trao đổi chuyên môn.

Trong các ngày 9, 10 và 11/3, Đoàn chia thành ba nhóm khám bệnh tại các bản vùng cao.

Điều dưỡng Lương Thị Hoa, khoa Sản, cho biết nhiều phụ nữ lần đầu được siêu âm.
`;
const MEMORIES = `Gặp mặt cựu chiến binh từng chiến đấu tại Chăm-pa-sắc

Ngày đăng: 20/7/2024

Sáng 20/7, tại Hội trường UBND tỉnh, Hội Cựu chiến binh tỉnh Kon Tum tổ chức gặp mặt 80 cựu chiến binh từng chiến đấu tại tỉnh Chăm-pa-sắc, với sự tham dự của Đoàn đại biểu tỉnh Chăm-pa-sắc do đồng chí Bun-mi Xỉ-vông-xay, Phó Tỉnh trưởng tỉnh Chăm-pa-sắc làm trưởng đoàn.

Tại buổi gặp mặt, các cựu chiến binh ôn lại những kỷ niệm trên đất bạn. Ông Đinh Văn Thức, 80 tuổi, nguyên bộ đội công binh, nhớ lại: năm 1970, đơn vị ông mở đường qua cao nguyên Bô-lô-ven.
`;
// The same memories said at the happening stay with their speaker.
const SPOKE_THERE = MEMORIES.replace('Tại buổi gặp mặt, các cựu chiến binh ôn lại những kỷ niệm trên đất bạn. Ông Đinh Văn Thức, 80 tuổi, nguyên bộ đội công binh, nhớ lại', 'Phát biểu tại buổi gặp mặt, ông Đinh Văn Thức, Chủ tịch Hội Cựu chiến binh tỉnh, nhớ lại');
const CITED = `Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay

Thứ Sáu, 12/4/2024 | 08:00

Sáng 10/4, tại thành phố Pắc-xan, Tỉnh ủy Bô-ly-khăm-xay phối hợp với Tỉnh ủy Hà Tĩnh tổ chức Hội thảo khoa học về quan hệ hai tỉnh.

Hội thảo nằm trong chương trình thăm và làm việc tại tỉnh Bô-ly-khăm-xay từ ngày 9 đến ngày 11/4/2024 của Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Thế Dũng, Phó Bí thư Tỉnh ủy làm Trưởng đoàn.

Theo TS Phạm Quang Vinh, Trường Đại học Hà Tĩnh, hai tỉnh đã ký nhiều thỏa thuận hợp tác từ năm 1995.
`;

function peopleOf(file: string, text: string, quote: string): string[] {
	const t = buildTimeline([{ file, text }]);
	const e = t.events.find((x) => x.sources.some((s) => s.quote.includes(quote)));
	if (!e) throw new Error(`no event for ${quote}`);
	return e.people.map((id) => t.people.find((p) => p.id === id)!.name).sort();
}

describe('quoted after a happening, not at it', () => {
	it('one who speaks after a run of days of its own', () => {
		expect(peopleOf('run.txt', RUN_OF_DAYS, 'Chiều cùng ngày')).not.toContain('Lương Thị Hoa');
	});
	it('one who recalls years long past', () => {
		expect(peopleOf('memories.txt', MEMORIES, 'Sáng 20/7')).not.toContain('Đinh Văn Thức');
	});
	it('but one who recalls them speaking at it is there', () => {
		expect(peopleOf('spoke.txt', SPOKE_THERE, 'Sáng 20/7')).toContain('Đinh Văn Thức');
	});
	it('one the paper cites after a stay of days', () => {
		expect(peopleOf('cited.txt', CITED, 'từ ngày 9 đến ngày 11/4/2024')).not.toContain('Phạm Quang Vinh');
	});
});
