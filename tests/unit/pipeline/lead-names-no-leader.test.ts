/**
 * A lead that tells the trip by its delegation and the provinces it worked in ("Trong chuyến công tác tại Lào từ 7 –
 * 10/10, Đoàn công tác Sở Du lịch Hà Nội đã làm việc tại Thủ đô Viêng Chăn và tỉnh Luông Pha-bang") is the trip, and
 * the leader named further on leads it in every event the article tells.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('"Đoàn … đã làm việc tại tỉnh X"', () => {
	it('is the trip; "làm việc với" someone is a working session', () => {
		expect(classify('Đoàn công tác Sở Y tế Đà Nẵng đã làm việc tại tỉnh Xê Kông và tỉnh Chăm-pa-xắc.')).toBe('visit');
		expect(classify('Đoàn đã làm việc với Sở Y tế tỉnh Xê Kông.')).not.toBe('visit');
	});
});

describe('a lead with the delegation but not its leader', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: page(
				'Đà Nẵng và Xê Kông hợp tác y tế',
				'12/06/2025 | 17:20',
				'Trong chuyến công tác tại Lào từ 9 – 12/6, Đoàn công tác Sở Y tế thành phố Đà Nẵng đã làm việc tại tỉnh Xê Kông và tỉnh Chăm-pa-xắc.',
				'Chiều 10/6, tại tỉnh Xê Kông, Đoàn công tác Sở Y tế thành phố Đà Nẵng do ông Lê Văn Hùng, Giám đốc Sở làm trưởng đoàn đã hội đàm với Sở Y tế tỉnh Xê Kông.',
				'Sáng 11/6, Đoàn thăm Bệnh viện tỉnh Chăm-pa-xắc.'
			)
		}
	]);
	it('is the trip, with its days', () => {
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Trong chuyến công tác'))).toMatchObject({ type: 'visit', role: 'main', start: '2025-06-09', end: '2025-06-12' });
	});
	it('and the leader named later takes part in all of it', () => {
		const leader = t.people.find((p) => p.name === 'Lê Văn Hùng')!.id;
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].leader).toBe(leader);
		for (const e of t.events) expect(e.people, e.sources[0].quote).toContain(leader);
	});
});

describe('a lead "có chuyến công tác" with no leader, the leader in the talks after it', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: page(
				'Quảng Nam và Xê Kông hợp tác nông nghiệp',
				'Ngày đăng: 20/08/2025',
				'Từ ngày 17 đến 20/8, Đoàn công tác tỉnh Quảng Nam có chuyến công tác tại tỉnh Xê Kông (Lào).',
				'Chiều 18/8, Đoàn công tác tỉnh Quảng Nam do ông Phan Thái Bình, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh Xê Kông.',
				'Kết thúc hội đàm, hai bên ký biên bản ghi nhớ hợp tác.',
				'Sáng 19/8, Đoàn thăm mô hình trồng cà phê tại huyện Đác Chưng.'
			)
		}
	]);
	it('has the leader take part in every event of the trip, not only in the talks', () => {
		const leader = t.people.find((p) => p.name === 'Phan Thái Bình')!.id;
		for (const e of t.events.filter((x) => x.role === 'main')) expect(e.people, e.sources[0].quote).toContain(leader);
	});
});

describe('no "led by" anywhere: the one person named by a title of the delegation\'s home leads it', () => {
	const story = (people: string) =>
		buildTimeline([
			{
				file: 'en.txt',
				text: page(
					'Hue, Champasak councils sign exchange plan',
					'Friday, June 13, 2025 8:40 AM',
					'The People\'s Councils of Hue City and Champasak Province on the 12th signed an exchange plan for 2025-2027.',
					`The signing followed a working session in Pakse co-chaired by ${people}, and Khamla Sivongsa, Chairman of the Champasak Provincial People's Council.`,
					'The Hue delegation is on a working visit to Laos from June 10 to 13 at the invitation of the Champasak council.',
					'On Wednesday morning, the delegation visited the Wat Phou temple.'
				)
			}
		]);
	it('by the title after the name (not the host named after him, with the home city before)', () => {
		const t = story("Le Minh Tuan, Chairman of the Hue City People's Council");
		const tuan = t.people.find((p) => p.name === 'Le Minh Tuan')!.id;
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ leader: tuan, from: 'hue' });
		for (const e of t.events.filter((x) => x.delegation)) expect(e.people, e.sources[0].quote).toContain(tuan);
	});
	it('but two from home leave the head untold', () => {
		const t = story("Le Minh Tuan, Chairman of the Hue City People's Council, Tran Thi Lan, Vice Chairwoman of the Hue City People's Council");
		expect(t.delegations.length).toBeGreaterThan(0);
		expect(t.delegations.every((d) => d.leader === null)).toBe(true);
	});
});
