/**
 * An organisation's name is no person ("Chairman of the Lao Front for National Construction of Bokeo Province X": the words
 * after "Front for" are the Front's); the one who accepts an invitation to lead a delegation leads it, not the inviter
 * ("Governor X accepted an invitation from Vice Chairman Y to lead a … delegation"); and a host's own accepted visit, with
 * no "Đoàn", is a planned trip led by that host ("ông X nhận lời mời sang thăm, làm việc tại tỉnh Y vào quý III/2024").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác hữu nghị giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, from: d.from, to: d.to, start: d.start }));

describe('names and leaders of invitations', () => {
	it('"Chairman of the Lao Front for National Construction of X Province Y": the Front\'s words are no person', () => {
		const t = page(
			'Saturday, May 18, 2024 10:15 AM',
			'A delegation of Khammouane province led by Vice Governor Bounlom Phommachanh visited Quang Binh from May 14 to 16.',
			'On Wednesday, Chairman of the Lao Front for National Construction of Khammouane Province Khamsing Vongphachanh, a member of the delegation, met leaders of the Fatherland Front Committee of Quang Binh.'
		);
		expect(t.people.map((p) => p.name)).not.toContain('National Construction');
		expect(t.people.map((p) => p.name)).toContain('Khamsing Vongphachanh');
	});

	it('"X accepted an invitation from Vice Chairman Y to lead a … delegation to Z": X leads it', () => {
		const t = page(
			'Saturday, May 18, 2024 10:15 AM',
			'A delegation of Quang Binh province led by Vice Chairman Ho An Phong paid a working visit to Khammouane from May 14 to 16.',
			'On Wednesday, the delegation held talks with Khammouane Vice Governor Bounlom Phommachanh.',
			'Governor Bounlom accepted an invitation from Vice Chairman Phong to lead a Khammouane delegation to Quang Binh this September.'
		);
		const back = trips(t).find((d) => d.from === 'khammouane');
		expect(back?.leader).toBe('Bounlom Phommachanh');
	});

	it('"ông X nhận lời mời sang thăm, làm việc tại tỉnh Y vào quý III", after the trip\'s last day, is X\'s own trip', () => {
		const t = page(
			'18-05-2024 10:15',
			'Từ ngày 14 đến 16/5, Đoàn công tác tỉnh Khăm Muồn (Lào) do ông Bun-lọm Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn đã thăm, làm việc tại tỉnh Quảng Bình.',
			'Chiều 15/5, ông Hồ An Phong, Phó Chủ tịch UBND tỉnh Quảng Bình tiếp Đoàn tại trụ sở UBND tỉnh.',
			'Đoàn sẽ kết thúc chuyến công tác, về nước vào chiều 16/5.',
			'Nhân dịp này, ông Hồ An Phong nhận lời mời sang thăm, làm việc tại tỉnh Khăm Muồn vào quý III/2024.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Hồ An Phong', from: 'quang-binh', to: 'khammouane', start: '2024-07-01' });
	});
});
