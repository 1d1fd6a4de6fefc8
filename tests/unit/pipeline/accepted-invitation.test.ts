/**
 * An invitation accepted by whoever is coming is a trip announced, a delegation to follow: "X accepted an invitation to
 * lead a … delegation to Y next year", the host who "nhận lời mời sang dự …", and "mời Đoàn … do X làm trưởng đoàn sang thăm
 * …; phía bạn đã nhận lời". An invitation with no answer stays background.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác hữu nghị giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const VI_LEAD = 'Từ ngày 10 đến 12/9, Đoàn đại biểu tỉnh Quảng Nam do đồng chí Lê Văn Dũng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Xê Kông (Lào).';
const VI_TALKS = 'Sáng 11/9, đồng chí Bun-thoong Xi-vi-lay, Phó Tỉnh trưởng tỉnh Xê Kông tiếp và hội đàm với Đoàn.';

const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, from: d.from, to: d.to, start: d.start }));

describe('an invitation accepted', () => {
	it('to lead a delegation, in English, is that delegation\'s trip', () => {
		const t = page(
			'Friday, September 12, 2025 9:10 AM',
			'A delegation of Quang Nam province led by Vice Chairman Le Van Dung paid a working visit to Sekong from Sept. 10 to 12.',
			'On Sept. 11, the delegation held talks with Sekong Vice Governor Bounthong Sivilay.',
			'Bounthong Sivilay accepted an invitation to lead a Sekong delegation to Quang Nam next year.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bounthong Sivilay', from: 'sekong', to: 'quang-nam', start: '2026-01-01' });
	});

	it('by the host who says they will come over is the hosts\' return visit', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Dịp này, đồng chí Bun-thoong Xi-vi-lay nhận lời mời sang thăm Quảng Nam vào tháng 3 năm tới.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-03-01' });
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'))).toMatchObject({ role: 'main', status: 'planned', type: 'visit' });
	});

	it('"X nhận lời dẫn Đoàn … vào quý IV năm nay", with no word of the invitation itself, is the trip in that quarter', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Nhân dịp này, đồng chí Bun-thoong Xi-vi-lay nhận lời dẫn đoàn Ủy ban Mặt trận tỉnh Xê Kông sang thăm, làm việc tại tỉnh Quảng Nam vào quý IV năm nay.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2025-10-01' });
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Nhân dịp này'))).toMatchObject({ status: 'planned', end: '2025-12-31' });
		// The days told before stay the visitors': the host who accepted leads none of them.
		expect(trips(t)).toContainEqual({ leader: 'Lê Văn Dũng', from: 'quang-nam', to: 'sekong', start: '2025-09-10' });
	});

	it('after the invitation, "phía bạn đã nhận lời", is the invited delegation\'s trip to come', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Dịp này, tỉnh Quảng Nam mời Đoàn đại biểu tỉnh Xê Kông do đồng chí Bun-thoong Xi-vi-lay làm trưởng đoàn sang thăm Quảng Nam vào tháng 3/2026; phía bạn đã nhận lời.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-03-01' });
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Dịp này'))).toMatchObject({ status: 'planned' });
	});

	it('"…, and X accepted" after the invitation to lead, in English, is the trip', () => {
		const t = page(
			'Friday, September 12, 2025 9:10 AM',
			'A delegation of Sekong province led by Vice Governor Bounthong Sivilay held talks with Quang Nam leaders on Thursday (Sept 11).',
			'Bounthong invited Vice Chairman Le Van Dung to lead a Quang Nam delegation to Sekong in the second quarter of 2026, and Dung accepted.',
			'The delegation flew home on Friday.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Le Van Dung', from: 'quang-nam', to: 'sekong', start: '2026-04-01' });
		// (The trip announced frames nothing after it: the delegation flying home is the one visiting.)
		const home = t.events.find((e) => e.sources[0].quote.startsWith('The delegation flew home'))!;
		expect(t.delegations.find((d) => d.events.includes(home.id))?.leader).toBe(t.people.find((p) => p.name === 'Bounthong Sivilay')?.id);
	});

	it('to a delegation named with its leader, for a month told, is that trip announced', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Nhân dịp này, đồng chí Bun-thoong Xi-vi-lay mời Đoàn đại biểu tỉnh Quảng Nam do đồng chí Lê Văn Dũng dẫn đầu sang thăm tỉnh Xê Kông vào tháng 4 năm tới.');
		expect(trips(t)).toContainEqual({ leader: 'Lê Văn Dũng', from: 'quang-nam', to: 'sekong', start: '2026-04-01' });
	});

	it('told in the first person, "Chúng tôi đã mời ông X dẫn đoàn … sang thăm …, và ông đã vui vẻ nhận lời", is the trip to come', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Chúng tôi đã mời ông Bun-thoong Xi-vi-lay dẫn đoàn đại biểu tỉnh Xê Kông sang thăm Quảng Nam vào tháng 3 năm sau, và ông đã vui vẻ nhận lời.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-03-01' });
	});

	it('"nhận lời mời dẫn Đoàn … sang thăm, chúc Tết thành phố X" goes to X, the place after the second verb', () => {
		const t = page(
			'12/09/2025 10:00 GMT+7',
			'Từ ngày 10 đến 12/9, Đoàn đại biểu thành phố Hà Nội do đồng chí Lê Văn Dũng, Phó Chủ tịch UBND thành phố làm trưởng đoàn đã thăm, làm việc tại Thủ đô Viêng Chăn (Lào).',
			'Sáng 11/9, đồng chí Bun-thoong Xi-vi-lay, Phó Đô trưởng Thủ đô Viêng Chăn tiếp và hội đàm với Đoàn.',
			'Dịp này, đồng chí Bun-thoong Xi-vi-lay nhận lời mời dẫn Đoàn đại biểu Thủ đô Viêng Chăn sang thăm, chúc Tết thành phố Hà Nội vào tháng 2/2026.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'vientiane', to: 'hanoi', start: '2026-02-01' });
	});

	it('"Hai bên thống nhất, cuối tháng tới, đồng chí X sẽ dẫn Đoàn … sang … để ký kết …" is X\'s trip announced', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Hai bên thống nhất, cuối tháng tới, đồng chí Bun-thoong Xi-vi-lay sẽ dẫn Đoàn đại biểu tỉnh Xê Kông sang tỉnh Quảng Nam để ký kết kế hoạch hợp tác năm 2026.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2025-10-21' });
	});

	it('"X đã nhận lời mời của ông Y dẫn đoàn … vào tháng 4/2026" is X\'s trip to come, not Y\'s, and not done', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Trong dịp này, ông Bun-thoong Xi-vi-lay đã nhận lời mời của ông Lê Văn Dũng dẫn đoàn tỉnh Xê Kông sang dự Lễ hội tại Quảng Nam vào tháng 4/2026.');
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Trong dịp này'))).toMatchObject({ status: 'planned', start: '2026-04-01' });
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-04-01' });
	});

	it('with no answer told, stays background', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Dịp này, tỉnh Quảng Nam mời Đoàn đại biểu tỉnh Xê Kông do đồng chí Bun-thoong Xi-vi-lay làm trưởng đoàn sang thăm Quảng Nam vào thời gian thích hợp.');
		expect(trips(t).map((d) => d.leader)).toEqual(['Lê Văn Dũng']);
	});
});

describe('a trip announced from the hosts\' side', () => {
	it('"tỉnh X sẽ đón Đoàn … tỉnh Y do đồng chí Z dẫn đầu sang …" in a coming quarter is Z\'s trip to X', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Theo kế hoạch, đầu năm 2026, tỉnh Quảng Nam sẽ đón Đoàn lãnh đạo tỉnh Xê Kông do đồng chí Bun-thoong Xi-vi-lay dẫn đầu sang khảo sát cơ hội đầu tư.');
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-01-01' });
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Theo kế hoạch'))).toMatchObject({ role: 'main', status: 'planned' });
	});
});

describe('a year told, then its month', () => {
	it('"… sang dự Trại hè năm sau, dự kiến vào tháng 7" is July of next year', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, VI_TALKS, 'Tại buổi tiếp, đồng chí Bun-thoong Xi-vi-lay nhận lời dẫn đoàn thanh niên tỉnh Xê Kông sang Quảng Nam dự Trại hè năm sau, dự kiến vào tháng 7.');
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Tại buổi tiếp'))).toMatchObject({ status: 'planned', start: '2026-07-01', end: '2026-07-31' });
	});
});

describe('a trip promised at a meeting set somewhere', () => {
	it('goes where the promise says, not where the meeting was ("Tại buổi làm việc ở X, ông Y nhận lời dẫn đoàn … sang … tại Z")', () => {
		const t = page(
			'12/09/2025 10:00 GMT+7',
			VI_LEAD,
			VI_TALKS,
			'Tại buổi làm việc ở Xê Kông, đồng chí Bun-thoong Xi-vi-lay nhận lời dẫn đoàn doanh nghiệp tỉnh Xê Kông sang khảo sát vùng trồng quế tại Quảng Nam vào tháng 5/2026.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Bun-thoong Xi-vi-lay', from: 'sekong', to: 'quang-nam', start: '2026-05-01' });
		expect(trips(t).filter((d) => d.leader === 'Lê Văn Dũng')).toHaveLength(1);
	});
	it('but a meeting set somewhere is where what was done at it happened', () => {
		const t = page('12/09/2025 10:00 GMT+7', VI_LEAD, 'Tại buổi làm việc ở Xê Kông sáng 11/9, hai bên đã ký biên bản ghi nhớ hợp tác giai đoạn 2025-2030.');
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Tại buổi'))?.place).toBe('sekong');
	});
});
