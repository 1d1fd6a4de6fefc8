/**
 * A sentence that names its host ("… was welcomed at Pakse International Airport by Deputy Governor … Khamla Souvanna") has
 * that host alone on the hosts' side: the governor the next sentences name at the talks ("During the talks, Mr Bounmy
 * briefed the guests …") was at that other moment, not at the airport.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Mar 9, 2024 | 10:20 am',
	'',
	'Champasak Governor hosts Da Nang delegation',
	'',
	"Champasak Governor Bounmy Phanthavong received a delegation of the Da Nang People's Committee led by its Vice Chairman Tran Quang Huy at the provincial hall on March 6.",
	'',
	'The Da Nang delegation is on a working visit to Champasak on March 6-8.',
	'',
	'The delegation arrived on the afternoon of March 5 and was welcomed at Pakse International Airport by Deputy Governor of Champasak Province Khamla Souvanna.',
	'',
	"During the talks, Mr Bounmy briefed the guests on the province's tourism, saying arrivals grew by 12 percent last year.",
	'',
	'Mr Huy said Da Nang wished to open a direct flight to Pakse.'
].join('\n');

describe('the host a sentence names', () => {
	it('is the only one of the hosts\' side at its event; the visitors\' leader stays', () => {
		const t = buildTimeline([{ file: 'en.txt', text: page }]);
		const ppl = Object.fromEntries(t.people.map((p) => [p.id, p.name]));
		const welcome = t.events.find((e) => e.sources.some((s) => s.quote.includes('Pakse International Airport')));
		expect(welcome?.people.map((id) => ppl[id])).toEqual(['Khamla Souvanna', 'Tran Quang Huy']);
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.includes('received a delegation')));
		expect(talks?.people.map((id) => ppl[id])).toEqual(['Bounmy Phanthavong', 'Tran Quang Huy']);
	});
});
