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
