/**
 * A host's own trips told in a report of a visit are delegations of the timeline too: one planned ("X is expected to lead
 * a Savannakhet delegation to Quang Tri in January next year", "X nhận lời mời, sẽ dẫn đầu Đoàn … sang thăm … vào tháng 4
 * tới") and one past ("tháng 11/2023, ông đã dẫn đầu Đoàn công tác tỉnh … sang Hà Nội").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const timeline = (paragraphs: string[], stamp: string, title = 'Hai tỉnh tăng cường hợp tác') =>
	buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const led = (t: ReturnType<typeof buildTimeline>, leader: string) =>
	t.delegations.find((d) => t.people.find((p) => p.id === d.leader)?.name === leader);
const cityName = (t: ReturnType<typeof buildTimeline>, id: string | null) => t.cities.find((c) => c.id === id)?.name.en;

describe("a host's own trips", () => {
	it('planned, in English: "is expected to lead a … delegation to"', () => {
		const t = timeline(
			[
				'VIENTIANE, Nov. 16 (Xinhua) -- Savannakhet Vice Governor Sengdeuane Phommachak held talks in Savannakhet on Tuesday morning with a visiting delegation from Quang Tri province led by Vice Chairman Do Manh Hung.',
				'Sengdeuane is expected to lead a Savannakhet delegation to Quang Tri in January next year to attend a border trade forum.'
			],
			'2025-11-16 10:05:00',
			'Laos, Vietnam provinces boost cooperation'
		);
		const d = led(t, 'Sengdeuane Phommachak');
		expect(d).toBeTruthy();
		expect(cityName(t, d!.to)).toBe('Quang Tri');
		expect(t.events.find((e) => d!.events.includes(e.id))).toMatchObject({ status: 'planned', role: 'main', start: '2026-01-01' });
	});

	it('planned, an invitation accepted by the one who will lead ("nhận lời mời, sẽ dẫn đầu Đoàn … vào tháng 4 tới")', () => {
		const t = timeline(
			[
				'Sáng 2/2, đồng chí Triệu Đức Khang, Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do đồng chí Xổm-phết Xi-la-vông, Phó Tỉnh trưởng làm trưởng đoàn.',
				'Đồng chí Triệu Đức Khang nhận lời mời, sẽ dẫn đầu Đoàn đại biểu tỉnh Hà Giang sang thăm, chúc Tết Bun-pi-mày tỉnh Phông-xa-lỳ vào tháng 4 tới.'
			],
			'Thứ Hai, 03/02/2025 - 09:40'
		);
		const d = led(t, 'Triệu Đức Khang');
		expect(d).toBeTruthy();
		expect(cityName(t, d!.to)).toBe('Phongsaly');
	});

	it('but an invitation only made is no trip', () => {
		const t = timeline(
			[
				'Sáng 2/2, đồng chí Triệu Đức Khang, Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do đồng chí Xổm-phết Xi-la-vông, Phó Tỉnh trưởng làm trưởng đoàn.',
				'Đồng chí Xổm-phết Xi-la-vông mời lãnh đạo tỉnh Hà Giang sang thăm tỉnh Phông-xa-lỳ vào tháng 4 tới.'
			],
			'Thứ Hai, 03/02/2025 - 09:40'
		);
		expect(led(t, 'Triệu Đức Khang')).toBeUndefined();
		expect(t.delegations).toHaveLength(1);
	});

	it('past: "ông đã dẫn đầu Đoàn công tác tỉnh … sang Hà Nội"', () => {
		const t = timeline(
			[
				'Sáng 7/10, ông Xỉ-xu-phăn Lăm-mạ-ny, Phó Tỉnh trưởng tỉnh Luông Pha-bang đã tiếp Đoàn công tác Sở Du lịch Hà Nội do bà Vương Thị Ngọc Lan, Giám đốc Sở làm trưởng đoàn.',
				'Ông Xỉ-xu-phăn Lăm-mạ-ny không xa lạ với Hà Nội: tháng 11/2023, ông đã dẫn đầu Đoàn công tác tỉnh Luông Pha-bang sang Hà Nội dự Liên hoan Du lịch quốc tế.'
			],
			'10/10/2025 | 16:45'
		);
		const d = led(t, 'Xỉ-xu-phăn Lăm-mạ-ny');
		expect(d).toBeTruthy();
		expect(cityName(t, d!.to)).toBe('Hanoi');
		expect(t.events.find((e) => d!.events.includes(e.id))).toMatchObject({ role: 'context', start: '2023-11-01' });
	});
});

describe('a Lao district chief accepting to lead a return visit', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Huyện Cầu Kè làm việc với huyện Sê Bang Hiêng',
				'Thứ sáu, ngày 22/11/2024 - 08:15',
				'Hôm 20/11, tại trụ sở chính quyền huyện Sê Bang Hiêng, tỉnh Sa-van-na-khẹt, đồng chí Xổm-xắc Vông-xay, Chủ huyện Sê Bang Hiêng đã tiếp và hội đàm với Đoàn công tác tỉnh Trà Vinh do đồng chí Lê Văn Hẳn, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
				'Dịp này, Chủ huyện Xổm-xắc Vông-xay nhận lời mời dẫn đoàn huyện Sê Bang Hiêng sang thăm tỉnh Trà Vinh vào tháng 2 năm sau.'
			].join('\n\n')
		}
	]);
	it('is the return visit announced, led by him', () => {
		const plan = t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'))!;
		expect(plan).toMatchObject({ status: 'planned', role: 'main', start: '2025-02-01', end: '2025-02-28' });
		expect(plan.people.map((id) => t.people.find((p) => p.id === id)?.name)).toContain('Xổm-xắc Vông-xay');
	});
	it('"Chủ huyện …" before a district names the district, not a person', () => {
		expect(t.people.map((p) => p.name)).not.toContain('Sê Bang Hiêng');
	});
});

describe('"Chủ huyện" before a district', () => {
	it('names the district; before a hyphenated Lao name, the man', async () => {
		const { findPeople } = await import('../../../src/lib/pipeline/people');
		const s = 'Đoàn công tác huyện Khăm Cợt do đồng chí Xổm-phết Mạ-ni-vông, Bí thư Huyện ủy, Chủ huyện Khăm Cợt dẫn đầu.';
		expect(findPeople(s).map((p) => [p.name, p.titles])).toEqual([['Xổm-phết Mạ-ni-vông', ['Bí thư Huyện ủy', 'Chủ huyện Khăm Cợt']]]);
		expect(findPeople('Dịp này, Chủ huyện Khăm-phăn Xỉ-xu-vông nhận lời mời.').map((p) => p.name)).toEqual(['Khăm-phăn Xỉ-xu-vông']);
	});
});

describe('a district delegation no gazetteer lists', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Huyện Trà Cú thăm, làm việc tại huyện Phin, tỉnh Sa-van-na-khẹt',
				'Thứ sáu, ngày 22/11/2024 - 08:15',
				'Trong hai ngày 20 và 21-11, Đoàn công tác huyện Trà Cú do đồng chí Kim Ngọc Thái, Bí thư Huyện ủy Trà Cú làm trưởng đoàn đã thăm, làm việc tại huyện Phin, tỉnh Sa-van-na-khẹt (Lào).',
				'Hôm 20/11, đồng chí Bun-nhăng Xay-nha-vông, Chủ huyện Phin đã tiếp và hội đàm với Đoàn.',
				'Dịp này, Chủ huyện Bun-nhăng Xay-nha-vông nhận lời mời dẫn đoàn huyện Phin sang thăm huyện Trà Cú vào tháng 2 năm sau.'
			].join('\n\n')
		}
	]);
	const name = (id: string | null) => t.people.find((p) => p.id === id)?.name ?? null;
	it('is a delegation to the Lao province, led by whom it names', () => {
		const d = t.delegations.find((x) => name(x.leader) === 'Kim Ngọc Thái');
		expect(d).toMatchObject({ to: 'savannakhet', start: '2024-11-20', end: '2024-11-21' });
	});
	it('and the hosts\' return visit is theirs, not the same delegation going back to the province', () => {
		const back = t.delegations.find((x) => name(x.leader) === 'Bun-nhăng Xay-nha-vông');
		expect(back).toBeTruthy();
		expect(back!.to).not.toBe('savannakhet');
	});
});
