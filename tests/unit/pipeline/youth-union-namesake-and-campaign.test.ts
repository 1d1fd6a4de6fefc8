/**
 * Mass organisations' own outlets tell their work in their own words. The Youth Union and the Pioneers bear their namesake after
 * their kind ("Đoàn TNCS Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh"): a name there is the body's, no one present.
 * And a volunteer campaign is a happening of its own: launched ("Chiến dịch được phát động từ sáng …"), held over days told
 * outright ("Chiến dịch … diễn ra từ ngày … đến ngày …"), closed by its review ("tổng kết Chiến dịch …"), as a fair or a
 * culture week is. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const names = (text: string) => findPeople(text).filter((p) => !p.credit).map((p) => p.name);

describe("a name after a mass organisation's kind", () => {
	it('is the namesake of the Youth Union and of the Pioneers, spelt out or by initials', () => {
		expect(names('Hoạt động chào mừng 60 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh tỉnh Lai Châu.')).toEqual([]);
		expect(names('Các em là đội viên Đội Thiếu niên Tiền phong Hồ Chí Minh của xã Tà Lèng.')).toEqual([]);
		expect(names('Đại hội Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Mường Tè lần thứ IX.')).toEqual([]);
		expect(names('Liên đội Đội TNTP Hồ Chí Minh trường bản Pắc Ma.')).toEqual([]);
		// Whoever the body is named after: the shape of the name, not a list of namesakes.
		expect(names('Kỷ niệm ngày thành lập Đoàn Thanh niên Lê Quang Đạo của huyện.')).toEqual([]);
	});
	it('leaves the member named after the whole body, or after a title of a bare "Đoàn Thanh niên", a person', () => {
		const ps = findPeople('Dự có anh Trần Quốc Vĩnh, Phó Bí thư Trung ương Đoàn TNCS Hồ Chí Minh.');
		expect(ps.map((p) => p.name)).toEqual(['Trần Quốc Vĩnh']);
		expect(ps[0].titles.join(' ')).toContain('Trung ương Đoàn TNCS Hồ Chí Minh');
		expect(names('Bí thư Đoàn Thanh niên Đặng Minh Khôi phát biểu.')).toEqual(['Đặng Minh Khôi']);
	});
});

describe("a volunteer campaign's own days", () => {
	it('types its launch, its days told outright and its closing review as happenings', () => {
		expect(classify('Chiến dịch được phát động từ sáng 3/8 với sự tham gia của 40 đoàn viên.')).toBe('ceremony');
		expect(classify('Tỉnh Đoàn A đã ra quân chiến dịch tại huyện B.')).toBe('ceremony');
		expect(classify('Chiến dịch tình nguyện hè năm nay diễn ra từ ngày 3 đến ngày 9/8 tại hai bản của huyện B.')).toBe('ceremony');
		expect(classify('Chiều 9/8, Tỉnh Đoàn A phối hợp với Đoàn Thanh niên tỉnh B tổng kết Chiến dịch tình nguyện hè.')).toBe('ceremony');
		expect(classify('Tối 20/6, hai bên tổng kết hội trại thanh niên hữu nghị.')).toBe('ceremony');
	});
	it('leaves a stint of work reviewed a working session, and a report or a campaign merely named no happening', () => {
		expect(classify('Chiều 9/8, Đoàn sẽ tổng kết đợt công tác tại huyện B.')).toBe('working_session');
		expect(classify('Ban Chỉ huy đã gửi báo cáo tổng kết chiến dịch về Trung ương Đoàn.')).toBeNull();
		expect(classify('Chiến dịch là dịp để đoàn viên rèn luyện bản lĩnh.')).toBeNull();
	});

	const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
	const a = page(
		'Ra quân chiến dịch tình nguyện tại Phôn-xay',
		'04/08/2024 10:05',
		'Sáng 3/8, tại huyện Mường Ngoi, tỉnh Luông Pha-bang (Lào), Tỉnh Đoàn Lai Châu phối hợp với Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Luông Pha-bang tổ chức Lễ ra quân Chiến dịch tình nguyện hè năm 2024.',
		'Tham dự có đồng chí Lò Thị Hoa, Bí thư Tỉnh Đoàn Lai Châu, Trưởng đoàn công tác cùng 40 đoàn viên.',
		'Đồng chí Lò Thị Hoa cho biết, Chiến dịch tình nguyện hè năm nay diễn ra từ ngày 3 đến ngày 9/8/2024 tại 2 bản của huyện Mường Ngoi. Đây là hoạt động chào mừng kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh.',
		'Tối cùng ngày, chương trình giao lưu văn nghệ hữu nghị diễn ra tại sân vận động huyện Mường Ngoi.'
	);
	const b = page(
		'Tuổi trẻ Lai Châu khép lại chiến dịch tình nguyện tại Luông Pha-bang',
		'Thứ Hai, 12/08/2024 - 08:00',
		'Sau một tuần làm nhiệm vụ tại huyện Mường Ngoi, tỉnh Luông Pha-bang (Lào), chiều 9/8, Tỉnh Đoàn Lai Châu phối hợp với Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Luông Pha-bang tổng kết Chiến dịch tình nguyện hè năm 2024.',
		'Chiến dịch được phát động từ sáng 3/8 với sự tham gia của đoàn công tác do chị Lò Thị Hoa, Bí thư Tỉnh Đoàn Lai Châu dẫn đầu.'
	);
	const t = buildTimeline([
		{ file: 'a.txt', text: a },
		{ file: 'b.txt', text: b }
	]);
	const of = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	const who = (q: string) => of(q)!.people.map((id) => t.people.find((p) => p.id === id)?.name);
	it("puts no namesake among the opening's or the evening's participants", () => {
		expect(who('Lễ ra quân')).not.toContain('Hồ Chí Minh');
		expect(who('Tối cùng ngày')).not.toContain('Hồ Chí Minh');
	});
	it("makes one event of the opening and the other outlet's launch, one of the campaign's days, and one of its closing", () => {
		const opening = of('Lễ ra quân');
		expect(opening).toMatchObject({ start: '2024-08-03', end: '2024-08-03' });
		expect(of('Chiến dịch được phát động')).toBe(opening);
		expect(of('diễn ra từ ngày 3 đến ngày 9/8/2024')).toMatchObject({ start: '2024-08-03', end: '2024-08-09' });
		expect(of('tổng kết Chiến dịch')).toMatchObject({ start: '2024-08-09', end: '2024-08-09', partOfDay: 'afternoon', status: 'occurred' });
		const d = t.delegations.find((x) => t.people.find((p) => p.id === x.leader)?.name === 'Lò Thị Hoa');
		expect(d?.events).toContain(of('tổng kết Chiến dịch')!.id);
	});
});
