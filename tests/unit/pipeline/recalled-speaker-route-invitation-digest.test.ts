/**
 * Four readings of who and where, on invented pages:
 * - who opens a sentence recalling a dated happening ("Đồng chí X nhắc lại chuyến thăm …: tháng 5 năm ngoái, Đoàn … do đồng chí
 *   Y làm trưởng đoàn đã sang …") tells it, and is no participant of it (people.ts: isParticipant) — unless the words after name
 *   them as the doer ("… nhớ lại: năm 2019, ông đã sang …");
 * - a place inside a route's or a corridor's name ("hành lang kinh tế … - Lạng Sơn - Hà Nội", "tuyến đường sắt Viêng Chăn - Hà
 *   Nội") is no place of the happening (places.ts: inRouteName);
 * - an invitation naming who will lead the delegation ("mời đồng chí Y dẫn đoàn tỉnh … sang dự Lễ hội … vào tháng 3 năm tới") is
 *   a planned trip of the timeline, whatever it goes over for (events.ts);
 * - a digest's item of its own telling another leader from the same home starts another delegation (delegations.ts: groupTrips).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findPlaces, inRouteName } from '../../../src/lib/pipeline/places';
import { isParticipant } from '../../../src/lib/pipeline/people';

const nameOf = (t: ReturnType<typeof buildTimeline>, id: string | null) => t.people.find((p) => p.id === id)?.name;
const peopleOf = (t: ReturnType<typeof buildTimeline>, quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)))?.people.map((p) => nameOf(t, p));

describe('the speaker who recalls a dated happening', () => {
	const text = [
		'Đoàn đại biểu tỉnh Sa-la-van thăm tỉnh Quảng Ngãi',
		'',
		'Thứ Tư, 09/10/2024 - 17:20',
		'',
		'Từ ngày 7 đến 9/10, Đoàn đại biểu tỉnh Sa-la-van (Lào) do đồng chí Khăm-phui Xỉ-chăn, Phó Tỉnh trưởng tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Ngãi.',
		'',
		'Sáng 8/10, đồng chí Lê Quang Hiển, Phó Chủ tịch UBND tỉnh Quảng Ngãi đã tiếp Đoàn.',
		'',
		'Đồng chí Lê Quang Hiển nhắc lại chuyến công tác của Đoàn đại biểu tỉnh Quảng Ngãi: tháng 5 năm ngoái, Đoàn đại biểu tỉnh Quảng Ngãi do đồng chí Trần Minh Châu làm trưởng đoàn đã sang thăm tỉnh Sa-la-van.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is not among the people of the trip recalled, whose leader is', () => {
		const people = peopleOf(t, 'tháng 5 năm ngoái');
		expect(people).toContain('Trần Minh Châu');
		expect(people).not.toContain('Lê Quang Hiển');
	});
	it('but one who recalls what they did themselves is', () => {
		const s = 'Ông Đặng Văn Khoa nhớ lại: năm 2019, ông đã sang tỉnh Sa-la-van dự lễ khánh thành trường học.';
		expect(isParticipant(s, { name: 'Đặng Văn Khoa', start: 4, end: 17 } as never)).toBe(true);
		const other = 'Ông Đặng Văn Khoa cho biết: ngày 3/4, Đoàn đại biểu tỉnh do đồng chí Bùi Thị Hằng dẫn đầu đã sang tỉnh Sa-la-van.';
		expect(isParticipant(other, { name: 'Đặng Văn Khoa', start: 4, end: 17 } as never)).toBe(false);
		// (Speaking at the talks the sentence opens with, of the figures of a year past: at the talks.)
		const atTalks = 'Tại buổi hội đàm, ông Đặng Văn Khoa cho biết, năm 2023, tỉnh đã đón hơn 2.000 lượt khách Lào.';
		expect(isParticipant(atTalks, { name: 'Đặng Văn Khoa', start: 22, end: 35 } as never)).toBe(true);
	});
});

describe('a place inside a route\'s name', () => {
	it('is a stop of the route, not where the happening is', () => {
		const s = 'Hai bên thống nhất đẩy mạnh vận tải qua hành lang kinh tế Nam Ninh - Lạng Sơn - Hà Nội và tuyến đường sắt Viêng Chăn - Hà Nội.';
		const found = findPlaces(s);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((p) => inRouteName(s, p.start, p.end))).toBe(true);
		const en = 'Both sides discussed the Vientiane - Hanoi expressway project.';
		expect(findPlaces(en).every((p) => inRouteName(en, p.start, p.end))).toBe(true);
	});
	it('while places joined by a dash with no route word are read as before', () => {
		const s = 'Hội nghị hợp tác Hà Nội - Viêng Chăn diễn ra tại Thủ đô Hà Nội.';
		expect(findPlaces(s).some((p) => inRouteName(s, p.start, p.end))).toBe(false);
	});
	it('does not set the talks there', () => {
		const text = [
			'Đoàn đại biểu tỉnh Hà Giang thăm tỉnh Luông Nặm Thà',
			'',
			'Thứ Sáu, 18/10/2024 - 09:00',
			'',
			'Từ ngày 14 đến 16/10, Đoàn đại biểu tỉnh Hà Giang do đồng chí Phan Văn Lực, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Luông Nặm Thà (Lào).',
			'',
			'Tại buổi hội đàm sáng 15/10, đồng chí Xổm-phêt Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Luông Nặm Thà đánh giá cao việc phát triển giao thương qua hành lang kinh tế Côn Minh - Hà Giang - Hà Nội.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.includes('Tại buổi hội đàm')))!;
		expect(talks.cities).not.toContain('hanoi');
	});
});

describe('an invitation naming who will lead the delegation', () => {
	const text = [
		'Tỉnh trưởng Chăm-pa-xắc kết thúc chuyến thăm Bình Định',
		'',
		'Thứ Bảy, 12/10/2024 - 20:00',
		'',
		'Từ ngày 9 đến 12/10, Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Vi-lay Xổm-bun, Tỉnh trưởng tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Bình Định.',
		'',
		'Tối 11/10, lãnh đạo tỉnh Bình Định chiêu đãi tiễn Đoàn tại thành phố Quy Nhơn.',
		'',
		'Tại buổi chiêu đãi, đồng chí Vi-lay Xổm-bun mời đồng chí Lâm Hải Giang dẫn đoàn tỉnh Bình Định sang dự Lễ hội Vát Phu vào tháng 3 năm tới.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is a planned trip of its own, led by the one invited', () => {
		const d = t.delegations.filter((x) => nameOf(t, x.leader) === 'Lâm Hải Giang');
		expect(d).toHaveLength(1);
		expect(d[0].start?.slice(0, 7)).toBe('2025-03');
	});
});

describe('a digest with two trips from one home', () => {
	const text = [
		'Điểm tin đối ngoại tuần từ 7 đến 13/10/2024',
		'',
		'14/10/2024 09:15',
		'',
		'1. Trung tâm Y tế tỉnh khám bệnh tại tỉnh Khăm Muồn',
		'',
		'Thứ Tư (9/10), Đoàn y, bác sĩ Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình do bác sĩ Hồ Sĩ Tường, Giám đốc Trung tâm làm trưởng đoàn đã lên đường sang tỉnh Khăm Muồn.',
		'',
		'Theo kế hoạch, đến hết ngày 15/10, Đoàn sẽ khám bệnh, cấp thuốc cho người dân huyện Xê Băng Phai.',
		'',
		'2. Hoạt động dự kiến tuần tới',
		'',
		'Ngày 17/10, Đoàn công tác Hội Nông dân tỉnh Quảng Bình do ông Nguyễn Hữu Phước, Chủ tịch Hội làm trưởng đoàn sẽ sang thăm, làm việc với Hội Nông dân tỉnh Khăm Muồn.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('keeps the two leaders\' trips apart', () => {
		const leaders = t.delegations.map((d) => nameOf(t, d.leader)).sort();
		expect(leaders).toEqual(['Hồ Sĩ Tường', 'Nguyễn Hữu Phước']);
	});
});

describe('a delegation led by "đồng chí" with no name', () => {
	const text = [
		'Quảng Nam gặp mặt lưu học sinh Lào dịp Tết Bunpimay',
		'',
		'Thứ Bảy, 13/04/2024 - 18:40',
		'',
		'Chiều 13/4, tại thành phố Tam Kỳ, UBND tỉnh Quảng Nam tổ chức gặp mặt lưu học sinh Lào nhân dịp Tết cổ truyền Bunpimay.',
		'',
		'Tại buổi gặp mặt, đồng chí Phạm Thanh Bình, Phó Chủ tịch UBND tỉnh cho biết, đoàn đại biểu tỉnh do đồng chí làm Trưởng đoàn sẽ sang thăm, làm việc tại tỉnh Chăm-pa-xắc vào tháng 11 tới.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is led by the sentence\'s subject', () => {
		const d = t.delegations.filter((x) => nameOf(t, x.leader) === 'Phạm Thanh Bình');
		expect(d).toHaveLength(1);
		expect(d[0].start?.slice(0, 7)).toBe('2024-11');
	});
});

describe('the hosts\' own leaders gone over, told in passing', () => {
	const text = [
		'Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Điện Biên',
		'',
		'Thứ Năm, 12/09/2024 - 16:10',
		'',
		'Từ ngày 10 đến 12/9, Đoàn đại biểu tỉnh Bò Kẹo (Lào) do đồng chí Khăm-xén Phôm-vi-hản, Phó Tỉnh trưởng tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Điện Biên.',
		'',
		'Sáng 11/9, đồng chí Vừ A Bằng, Phó Chủ tịch UBND tỉnh Điện Biên đã tiếp Đoàn.',
		'',
		'Dịp Tết Bunpimay vừa qua, lãnh đạo tỉnh Điện Biên cũng đã sang thăm, chúc Tết Đảng bộ, chính quyền và Nhân dân tỉnh Bò Kẹo.'
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is their trip, not a second trip of the visitors', () => {
		const visitors = t.delegations.filter((x) => nameOf(t, x.leader) === 'Khăm-xén Phôm-vi-hản');
		expect(visitors).toHaveLength(1);
		expect(visitors[0].start).toBe('2024-09-10');
	});
});
