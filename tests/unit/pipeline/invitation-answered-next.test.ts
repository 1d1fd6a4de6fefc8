/**
 * An invitation to lead a delegation, answered in the next sentence ("X invited Y to lead a delegation to P in March next
 * year. Y accepted the invitation."), is Y's planned trip to P, as "nhận lời mời dẫn đoàn" in one sentence already is.
 * Unanswered, it stays background.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Youth unions of Nghe An and Bolikhamxay', '', 'Thursday, October 9, 2025 10:15 AM', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'A delegation of the Nghe An Youth Union led by its Secretary Nguyen Thanh Hai paid a working visit to Bolikhamxay province, Laos, on Oct. 7 and 8.';
const TALKS = 'On Oct. 7, Khamla Vongsavanh, Secretary of the Bolikhamxay Youth Union, held talks with the delegation.';
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, to: d.to, start: d.start }));

describe('an invitation answered in the next sentence', () => {
	it('is the invited host\'s delegation, planned', () => {
		const t = page(LEAD, TALKS, 'Hai thanked the hosts and invited Khamla to lead a delegation to Nghe An in May next year. Khamla accepted the invitation.');
		expect(trips(t)).toContainEqual({ leader: 'Khamla Vongsavanh', to: 'nghe-an', start: '2026-05-01' });
		expect(t.events.find((e) => e.sources[0].quote.includes('invited Khamla'))).toMatchObject({ role: 'main', status: 'planned', type: 'visit' });
	});
	it('unanswered, stays background', () => {
		const t = page(LEAD, TALKS, 'Hai thanked the hosts and invited Khamla to lead a delegation to Nghe An in May next year.');
		expect(trips(t).map((d) => d.leader)).not.toContain('Khamla Vongsavanh');
	});
});
