/**
 * English trips told by their arrival after the leader's appositive ("The delegation, led by X, Vice Chairman of …, arrived in
 * Pakse earlier this week, crossing the border on Monday": the arrival, that Monday), and by the eve of a happening the page
 * dates ("On the eve of the fair, X received the delegation and hosted a dinner" after "The fair opened on Wednesday": the
 * Tuesday; after "The fair, held from May 6 to 8": 5 May).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const build = (text: string) => buildTimeline([{ file: 'page.txt', text }]);
const quoted = (t: ReturnType<typeof build>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe("'The delegation, led by X, …, arrived in <place> …'", () => {
	it('is the arrival, on the weekday told', () => {
		const t = build(page('Champasak and Gia Lai step up coffee trade', 'Thursday, May 8, 2025', 'Champasak Vice Governor Khampheng Sayavong held talks with a delegation from Gia Lai province on Thursday.', 'The Gia Lai delegation, led by Ro Mah Tuan, Vice Chairman of the Gia Lai People\'s Committee, arrived in Pakse earlier this week, crossing the Le Thanh border on Monday.', 'The two sides agreed to open a coffee trade fair in Pleiku.'));
		expect(quoted(t, 'The Gia Lai delegation, led by')).toMatchObject({ type: 'visit', start: '2025-05-05', end: '2025-05-05', status: 'occurred' });
	});
});

describe("'On the eve of the <happening>, …'", () => {
	it('is the day before the day the happening opened', () => {
		const t = build(page('Salavan joins Quang Nam trade fair', 'Thursday, May 8, 2025', 'The three-day trade fair, which opened on Wednesday morning in Tam Ky, brings together 200 businesses from Laos and Vietnam.', 'On the eve of the fair, Quang Nam Vice Chairman Ho Quang Buu received a Salavan delegation led by Vice Governor Phouvong Keomany and hosted a dinner in its honour.', 'Phouvong said Salavan would send more coffee growers next year.'));
		expect(quoted(t, 'On the eve of the fair')).toMatchObject({ type: 'reception', start: '2025-05-06', end: '2025-05-06', status: 'occurred' });
	});
	it('is the day before the first day of a happening told over days', () => {
		const t = build(page('Salavan joins Quang Nam trade fair', 'Friday, May 9, 2025', 'The trade fair, held in Tam Ky from May 6 to 8, brought together 200 businesses from Laos and Vietnam.', 'On the eve of the fair, Quang Nam Vice Chairman Ho Quang Buu received a Salavan delegation led by Vice Governor Phouvong Keomany and hosted a dinner in its honour.', 'Phouvong said Salavan would send more coffee growers next year.'));
		expect(quoted(t, 'On the eve of the fair')).toMatchObject({ type: 'reception', start: '2025-05-05', end: '2025-05-05' });
	});
});
