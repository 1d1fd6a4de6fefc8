/**
 * English stays told from their start, and a stop on the way: "A delegation … has been on a working visit to X since March 14"
 * under a stamp of the 16th is the stay from the 14th to the page's day (still going on when written), not the 14th alone;
 * "The previous evening, on the 13th, the delegation had stopped in Y district to meet …" is a happening of the trip, on that
 * evening, even at home before crossing.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['QUANG TRI NEWS', 'Saturday, March 16, 2024 7:45 AM', '', 'Quang Tri delegation visits Savannakhet', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const LEAD = 'A delegation of Quang Tri province led by Ha Sy Dong, Vice Chairman of the provincial People\'s Committee, has been on a working visit to the Lao province of Savannakhet since March 14.';
const CROSSED = 'The delegation crossed into Laos through the Lao Bao border gate on the morning of the 14th and was welcomed by officials of Savannakhet.';
const STOP = 'The previous evening, on the 13th, the delegation had stopped in Huong Hoa district to meet the border guards of the Lao Bao post.';

describe('an English stay told in the present perfect, and a stop on the way', () => {
	const t = page(LEAD, CROSSED, STOP, 'The delegation will return home later today.');
	const quoting = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

	it('"has been on a working visit … since March 14" runs from that day to the page\'s', () => {
		expect(quoting('since March 14')).toMatchObject({ start: '2024-03-14', end: '2024-03-16', role: 'main' });
	});

	it('"had stopped in Huong Hoa district" the evening before is an event of the trip', () => {
		expect(quoting('had stopped in Huong Hoa district')).toMatchObject({ start: '2024-03-13', end: '2024-03-13', partOfDay: 'evening', role: 'main', status: 'occurred' });
	});

	it('a stay told by its days in the past tense keeps them', () => {
		const u = page('A delegation of Quang Tri province led by Ha Sy Dong paid a working visit to Savannakhet on March 14.');
		expect(u.events.find((e) => e.sources.some((s) => s.quote.includes('paid a working visit')))).toMatchObject({ start: '2024-03-14', end: '2024-03-14' });
	});
});
