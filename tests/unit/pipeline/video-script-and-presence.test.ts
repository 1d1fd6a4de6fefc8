/**
 * A VIDEO page whose prose is the voice-over ('Lời bình: …' lines) tells its story in those lines; presence since a time
 * ('Đoàn … đã có mặt tại X từ chiều …') is the arrival; 'Kết thúc hội đàm, hai bên ký Kế hoạch hợp tác …' is a signing on
 * the talks' day; one who speaks to the reporter in a paragraph of his own is no participant of the bullet above; training
 * for a festival is no event; a gate crossing at noon and presence in the city from the afternoon are two steps.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));
const name = (t: ReturnType<typeof buildTimeline>, id: string | null) => t.people.find((p) => p.id === id)?.name;

const video = [
	'TẠP CHÍ NÔNG NGHIỆP',
	'Video | Multimedia',
	'',
	'VIDEO: Nghệ An giới thiệu nông sản tại tỉnh Xiêng Khoảng',
	'',
	'15.09.2023 | 08:20',
	'',
	'(NN) - Phiên chợ nông sản tỉnh Nghệ An tại tỉnh Xiêng Khoảng (Lào) đã khai mạc sáng 13/9 tại thành phố Phôn-xạ-vẳn.',
	'',
	'Lời bình: Từ chiều 12/9, Đoàn công tác tỉnh Nghệ An do đồng chí Phan Đức Long, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có mặt tại Xiêng Khoảng. Tối hôm đó, đồng chí Xổm-xắc Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Xiêng Khoảng chủ trì tiệc chiêu đãi chào mừng Đoàn.',
	'',
	'Lời bình: Trong hai ngày 14 và 15/9, Đoàn khảo sát vùng trồng chè tại huyện Mường Khăm và huyện Noỏng Hét.',
	'',
	'Phóng sự: (Ông Phan Đức Long) "Chúng tôi mong nông sản hai tỉnh đến tay người tiêu dùng nhanh hơn."',
	'',
	'Thực hiện: Minh Tâm',
	''
].join('\n');

const article = [
	'Công an hai tỉnh ký kết hợp tác',
	'',
	'Cập nhật 18/03/2024 09:00',
	'',
	'Sáng 15/3/2024, tại thành phố Pắc-xế, Công an tỉnh Quảng Nam và Công an tỉnh Chăm-pa-sắc đã ký kết Biên bản ghi nhớ hợp tác. Đại tá Nguyễn Văn Hòa, Giám đốc Công an tỉnh Quảng Nam dẫn đầu Đoàn công tác.',
	'',
	'Lời bình: Sáng 15/3/2024, tại thành phố Pắc-xế, hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.',
	'',
	'Hai bên thống nhất tăng cường trao đổi thông tin, phối hợp đấu tranh với tội phạm ma túy.',
	''
].join('\n');

describe('a VIDEO page told by its voice-over', () => {
	const t = buildTimeline([{ file: 'v.txt', text: video }]);
	it('reads the Lời bình lines as the story: the arrival, the banquet that evening, the survey', () => {
		expect(quoted(t, 'đã có mặt tại Xiêng Khoảng')[0]).toMatchObject({ start: '2023-09-12', type: 'visit', status: 'occurred' });
		expect(quoted(t, 'chủ trì tiệc chiêu đãi')[0]).toMatchObject({ start: '2023-09-12', end: '2023-09-12', partOfDay: 'evening' });
		expect(quoted(t, 'khảo sát vùng trồng chè')[0]).toMatchObject({ start: '2023-09-14', end: '2023-09-15' });
		expect(t.delegations.map((d) => name(t, d.leader))).toEqual(['Phan Đức Long']);
	});
	it('quotes no label: the line starts after "Lời bình:"', () => {
		expect(t.events.every((e) => e.sources.every((s) => !s.quote.startsWith('Lời bình')))).toBe(true);
	});
	it('leaves a clip\'s script beside an article\'s own prose furniture', () => {
		const a = buildTimeline([{ file: 'a.txt', text: article }]);
		expect(quoted(a, 'giai đoạn 2024 - 2028')).toEqual([]);
	});
});

const report = [
	'Liên hoan thể thao Quảng Bình - Khăm Muồn khép lại',
	'',
	'Cập nhật 12/05/2023 07:00',
	'',
	'Đoàn đại biểu tỉnh Khăm Muồn do đồng chí Xổm-phết Vi-lay-sắc, Phó Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn đã có mặt tại Quảng Bình từ chiều 8/5, cùng đội tuyển bóng chuyền tỉnh bạn.',
	'',
	'Sáng 9/5, tại trụ sở UBND tỉnh, đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch UBND tỉnh Quảng Bình đã hội đàm với Đoàn đại biểu tỉnh Khăm Muồn. Kết thúc hội đàm, hai bên ký Kế hoạch hợp tác về giáo dục và y tế giai đoạn 2023 - 2025.',
	'',
	'Suốt tuần qua, các đội bóng chuyền, kéo co của sinh viên đã tập luyện cho liên hoan.',
	''
].join('\n');

describe('presence since a time, a signing closing the talks, training', () => {
	const t = buildTimeline([{ file: 'r.txt', text: report }]);
	it('reads "đã có mặt tại X từ chiều 8/5" as the arrival', () => {
		expect(quoted(t, 'đã có mặt tại Quảng Bình')[0]).toMatchObject({ start: '2023-05-08', end: '2023-05-08', type: 'visit', status: 'occurred' });
	});
	it('reads "Kết thúc hội đàm, hai bên ký Kế hoạch hợp tác …" as a signing on the talks\' day', () => {
		expect(quoted(t, 'hai bên ký Kế hoạch hợp tác')[0]).toMatchObject({ start: '2023-05-09', end: '2023-05-09', type: 'signing' });
	});
	it('makes no event of training for the festival', () => {
		expect(quoted(t, 'đã tập luyện cho liên hoan')).toEqual([]);
	});
});

const notice = [
	'Sẵn sàng cho Tuần văn hóa Thừa Thiên Huế - Sa-la-văn',
	'',
	'Đăng ngày 02/10/2023 lúc 10:00',
	'',
	'Theo kế hoạch, Đoàn đại biểu tỉnh Sa-la-văn do đồng chí Khăm-pheng Phôm-mạ-lị, Phó Tỉnh trưởng làm trưởng đoàn sẽ nhập cảnh qua cửa khẩu quốc tế A Đớt vào trưa mai (3/10) rồi về thành phố Huế.',
	'',
	'Chương trình chính:',
	'',
	'- Sáng 4/10: Lãnh đạo UBND tỉnh hội đàm với Đoàn đại biểu tỉnh Sa-la-văn.',
	'- Ngày 5/10: Đoàn thăm Đại Nội Huế và về nước qua cửa khẩu A Đớt.',
	'',
	'Trao đổi với phóng viên, đồng chí Trần Thị Mai Hương, Giám đốc Sở Văn hóa và Thể thao cho biết, các đơn vị đã sẵn sàng. "Đây là dịp quảng bá văn hóa hai tỉnh", đồng chí Trần Thị Mai Hương nói.',
	''
].join('\n');

const done = [
	'Tuần văn hóa Thừa Thiên Huế - Sa-la-văn thành công tốt đẹp',
	'',
	'Cập nhật 06/10/2023 08:00',
	'',
	'Đoàn đại biểu tỉnh Sa-la-văn do đồng chí Khăm-pheng Phôm-mạ-lị, Phó Tỉnh trưởng làm trưởng đoàn đã có mặt tại thành phố Huế từ chiều 3/10.',
	''
].join('\n');

describe('who speaks to the reporter, and the gate before the city', () => {
	it('does not make the one who speaks to the reporter a participant of the bullet above', () => {
		const t = buildTimeline([{ file: 'n.txt', text: notice }]);
		const e = quoted(t, 'Đoàn thăm Đại Nội Huế')[0];
		expect(e.people.map((p) => name(t, p))).not.toContain('Trần Thị Mai Hương');
	});
	it('keeps the noon crossing at the gate apart from the presence in the city from the afternoon', () => {
		const t = buildTimeline([
			{ file: 'n.txt', text: notice },
			{ file: 'd.txt', text: done }
		]);
		expect(quoted(t, 'sẽ nhập cảnh qua cửa khẩu')[0]).toMatchObject({ start: '2023-10-03', status: 'planned' });
		expect(quoted(t, 'đã có mặt tại thành phố Huế')[0]).toMatchObject({ start: '2023-10-03', status: 'occurred' });
	});
});
