/**
 * A month to come named with the occasion it is for, whose name holds its year: "… accepted an invitation to lead a … delegation
 * to the Quang Nam Heritage Festival 2026 next November" written in September 2025 is November 2026, not the month's next
 * coming; so is "… nhận lời mời dẫn Đoàn … sang dự Lễ hội Hoa Ban năm 2026 vào tháng 11 tới".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác hữu nghị giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, start: d.start, end: d.end }));

describe('a month to come, for an occasion named with its year', () => {
	it('in English, the festival\'s year', () => {
		const t = page(
			'Friday, September 12, 2025 9:10 AM',
			'A delegation of Quang Nam province led by Vice Chairman Le Van Dung paid a working visit to Sekong from Sept. 10 to 12.',
			'On Sept. 11, the delegation held talks with Sekong Vice Governor Bounthong Sivilay.',
			'Bounthong Sivilay accepted an invitation to lead a Sekong delegation to the Quang Nam Heritage Festival 2026 next November.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bounthong Sivilay', start: '2026-11-01', end: '2026-11-30' });
	});

	it('in Vietnamese, "Lễ hội … năm 2026 vào tháng 11 tới"', () => {
		const t = page(
			'12/09/2025 10:00 GMT+7',
			'Từ ngày 10 đến 12/9, Đoàn đại biểu tỉnh Quảng Nam do đồng chí Lê Văn Dũng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Xê Kông (Lào).',
			'Sáng 11/9, đồng chí Bun-thoong Xi-vi-lay, Phó Tỉnh trưởng tỉnh Xê Kông tiếp và hội đàm với Đoàn.',
			'Dịp này, đồng chí Bun-thoong Xi-vi-lay nhận lời mời dẫn Đoàn tỉnh Xê Kông sang dự Lễ hội Hoa Ban năm 2026 vào tháng 11 tới.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', start: '2026-11-01', end: '2026-11-30' });
	});

	it('with no year in the occasion\'s name, the month\'s next coming', () => {
		const t = page(
			'Friday, September 12, 2025 9:10 AM',
			'A delegation of Quang Nam province led by Vice Chairman Le Van Dung paid a working visit to Sekong from Sept. 10 to 12.',
			'Bounthong Sivilay accepted an invitation to lead a Sekong delegation to the Quang Nam Heritage Festival next November.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bounthong Sivilay', start: '2025-11-01', end: '2025-11-30' });
	});
});
