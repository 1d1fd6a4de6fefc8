/**
 * An English lead that tells a visit at its end, with no date of its own: "A delegation of X led by Y has concluded a
 * three-day visit to Z". The visit happened; its days are counted back from the last day the page tells of it, or from the
 * stamp when the page tells no day (written as the visit ended).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (body: string[]) =>
	['Champasak delegation visits Quang Nam', '', 'Posted: 14 October 2023 | Provincial News', '', ...body].join('\n');

const concluded = (t: ReturnType<typeof buildTimeline>) => t.events.find((e) => e.sources.some((s) => s.quote.includes('has concluded a three-day')));

describe('an English visit told at its end', () => {
	it('counts its days back from the last day the page tells', () => {
		const t = buildTimeline([
			{
				file: 'en.txt',
				text: page([
					'A delegation of Champasak province led by Vice Governor Bounthan Keomany has concluded a three-day visit to the Vietnamese province of Quang Nam, where it discussed cooperation in tourism.',
					'',
					'On October 12, Chairman of the Quang Nam Provincial People\'s Committee Le Van Hoa received the delegation in Tam Ky city.',
					'',
					'On October 13, the delegation visited the Hoi An ancient town.'
				])
			}
		]);
		const e = concluded(t);
		expect(e?.type).toBe('visit');
		expect(e?.status).toBe('occurred');
		expect([e?.start, e?.end]).toEqual(['2023-10-11', '2023-10-13']);
	});

	it('counts from the stamp when the page tells no day', () => {
		const t = buildTimeline([
			{
				file: 'en.txt',
				text: page([
					'A delegation of Champasak province led by Vice Governor Bounthan Keomany has concluded a three-day visit to the Vietnamese province of Quang Nam, where it discussed cooperation in tourism.',
					'',
					'The two sides agreed to open a new tourist route between the provinces.'
				])
			}
		]);
		const e = concluded(t);
		expect([e?.start, e?.end]).toEqual(['2023-10-12', '2023-10-14']);
	});

	it('not talks concluded about some other three days', () => {
		const t = buildTimeline([
			{
				file: 'en.txt',
				text: page([
					'The delegation has concluded talks with Quang Nam on a three-day tourism fair in Pakse.',
					'',
					'On October 12, the delegation visited the Hoi An ancient town.'
				])
			}
		]);
		expect(t.events.some((e) => e.sources.some((s) => s.quote.includes('concluded talks')))).toBe(false);
	});
});
