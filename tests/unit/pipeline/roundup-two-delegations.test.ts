/**
 * A weekly round-up of two delegations received in two provinces: the lead receives "hai đoàn" (neither delegation's
 * alone), "Tuần qua" on a Sunday is the week now ending, the second delegation is received where its host's title says
 * (not where the first one was), and "Đoàn tiếp tục hành trình ra Hà Nội" is the first delegation moving on.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions, resolveMention } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';

const text = [
	'Hội LHPN Nghệ An và Quảng Trị đón hai đoàn đại biểu phụ nữ Lào',
	'',
	'Chủ nhật, 23/11/2025, 20:15',
	'',
	'Tuần qua, Hội LHPN các tỉnh Nghệ An và Quảng Trị lần lượt đón tiếp hai đoàn đại biểu Hội LHPN của các tỉnh bạn Lào.',
	'',
	'Ngày 18-11, bà Lương Thị Bích Ngọc, Chủ tịch Hội LHPN tỉnh Nghệ An đã tiếp Đoàn đại biểu Hội LHPN tỉnh Xiêng Khoảng (Lào) do bà Mạ-ni-chăn Xi-hạ-lạt, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn.',
	'',
	'Ngày 19-11, Đoàn tiếp tục hành trình ra Hà Nội, làm việc với Trung ương Hội LHPN Việt Nam.',
	'',
	'Cũng trong tuần, sáng thứ Bảy vừa qua, bà Võ Thị Diệu Linh, Chủ tịch Hội LHPN tỉnh Quảng Trị đã tiếp Đoàn đại biểu Hội LHPN tỉnh Sa-vẳn-na-khẹt (Lào) do bà Thoong-chăn Ma-ni-xổm, Phó Chủ tịch Hội làm trưởng đoàn.',
	'',
	'Chiều cùng ngày, Đoàn đến viếng Nghĩa trang Liệt sĩ quốc gia Trường Sơn.'
].join('\n');

describe('a round-up of two delegations', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (quote: string) => t.events.find((e) => e.sources[0].quote.startsWith(quote))!;
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	const city = (id: string) => t.cities.find((c) => c.id === id)?.name.en;

	it('the lead receives both, and takes neither leader', () => {
		expect(ev('Tuần qua').people).toEqual([]);
		expect(t.delegations.some((d) => d.events.includes(ev('Tuần qua').id))).toBe(false);
	});

	it('the second delegation is received in Quảng Trị, its host\'s province, and goes there', () => {
		expect(ev('Cũng trong tuần').cities.map(city)).not.toContain('Nghe An');
		expect(ev('Chiều cùng ngày').cities.map(city)).not.toContain('Nghe An');
		const second = t.delegations.find((d) => d.events.includes(ev('Cũng trong tuần').id))!;
		expect(name(second.leader!)).toBe('Thoong-chăn Ma-ni-xổm');
		expect(city(second.to!)).toBe('Quang Tri');
	});

	it('the first delegation moving on to Hà Nội is still the first delegation', () => {
		const first = t.delegations.find((d) => d.events.includes(ev('Ngày 18-11').id))!;
		expect(first.events).toContain(ev('Ngày 19-11').id);
		expect(t.delegations).toHaveLength(2);
	});
});

describe('"tuần qua"', () => {
	const week = (stamp: string) => resolveMention(findTimeMentions('Tuần qua, hai tỉnh đón nhiều đoàn.', 'vi')[0], { now: { date: parseIso(stamp), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null });
	it('on a Saturday or a Sunday is the week now ending', () => {
		expect(week('2025-11-23')).toMatchObject({ start: '2025-11-17', end: '2025-11-23' });
		expect(week('2025-11-22')).toMatchObject({ start: '2025-11-17', end: '2025-11-23' });
	});
	it('on a weekday, and "tuần trước" on any day, is the week before', () => {
		expect(week('2025-11-24')).toMatchObject({ start: '2025-11-17', end: '2025-11-23' });
		expect(week('2025-11-19')).toMatchObject({ start: '2025-11-10', end: '2025-11-16' });
		const before = findTimeMentions('Tuần trước, hai tỉnh đón nhiều đoàn.', 'vi')[0];
		expect(resolveMention(before, { now: { date: parseIso('2025-11-23'), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null })).toMatchObject({ start: '2025-11-10', end: '2025-11-16' });
	});
});

describe('"Trong tuần," opening a round-up, nothing told before it', () => {
	it('is the week of the writing, up to the stamp', async () => {
		const { resolveMention, findTimeMentions } = await import('../../../src/lib/pipeline/dates/index');
		const [m] = findTimeMentions('Trong tuần, tỉnh Bình Dương đã đón tiếp hai đoàn đại biểu đến từ nước bạn Lào.', 'vi');
		const now = { date: { year: 2025, month: 3, day: 22 }, dating: 'publication' as const, confidence: 0.9, how: 'stamp' as const };
		expect(resolveMention(m, { now, anchor: null, year: null })).toMatchObject({ start: '2025-03-17', end: '2025-03-22' });
	});
});

describe('"Hai bên …" right after a sentence naming two other sides', () => {
	it('is about those sides, not the article\'s trip', async () => {
		const { buildTimeline } = await import('../../../src/lib/pipeline/index');
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Điểm tin tài chính địa phương ngày 21/11/2025',
					'Chiều hôm qua (20/11), tại tỉnh Quảng Ngãi, ông Trần Văn Lộc, Giám đốc Sở Tài chính tỉnh Quảng Ngãi đã tiếp Đoàn công tác Sở Tài chính tỉnh Xê Kông (Lào) do ông Khăm-xỉ Phim-ma-xon làm trưởng đoàn.',
					'Đầu tuần, Sở Tài chính Hà Tĩnh và Sở Tài chính tỉnh Bô-li-khăm-xay đã tổ chức hội nghị trực tuyến.',
					'Hai bên thống nhất sẽ tổ chức đoàn công tác khảo sát lẫn nhau trong quý I/2026.'
				].join('\n\n')
			}
		]);
		const plan = t.events.find((e) => e.sources[0].quote.startsWith('Hai bên'))!;
		expect(plan.cities).not.toContain('quang-ngai');
		expect(plan.cities).not.toContain('sekong');
	});
});

describe('another delegation from the same province, told in passing', () => {
	const page = (...ps: string[]) => buildTimeline([{ file: 'a.txt', text: ['Sở Tài chính hai tỉnh hội đàm', '', '22/11/2025 08:00', '', ...ps.flatMap((p) => [p, ''])].join('\n') }]);
	it('"một đoàn đại biểu khác của tỉnh X do Phó Tỉnh trưởng dẫn đầu" is not the article\'s delegation', () => {
		const t = page(
			'Sáng qua (21/11), tại thành phố Sơn La, Sở Tài chính tỉnh Sơn La đã hội đàm với Đoàn công tác Sở Tài chính tỉnh Hủa Phăn (Lào) do ông Khăm-xỉ Vông-phạ-chăn, Giám đốc Sở làm trưởng đoàn.',
			'Cũng trong tuần này, một đoàn đại biểu khác của tỉnh Hủa Phăn do Phó Tỉnh trưởng dẫn đầu đã sang thăm và làm việc tại tỉnh Thanh Hóa.'
		);
		const other = t.events.find((e) => e.sources[0].quote.startsWith('Cũng trong tuần này'))!;
		const khamxi = t.people.find((p) => p.name === 'Khăm-xỉ Vông-phạ-chăn')!.id;
		expect(other.people).not.toContain(khamxi);
		const trip = t.delegations.find((d) => d.leader === khamxi)!;
		expect(trip.events).not.toContain(other.id);
		expect(trip.to).toBe('son-la');
	});
});
