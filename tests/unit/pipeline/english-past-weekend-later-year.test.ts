/**
 * English "this past weekend" (the Saturday and Sunday just gone), "later this year" (from the writing to 31 December) and
 * a reported future with its weekday ("X said the delegation would return … on Wednesday": the coming one, still to come).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Son La youth delegation tours Oudomxay',
	'',
	'Mon, 11 Sep 2023 09:15:00 +0700',
	'',
	'A delegation of the Son La Provincial Youth Union led by Mr. Lo Van Khiem, its Secretary, visited Oudomxay and Phongsaly provinces this past weekend.',
	'',
	'Mr. Khiem said the delegation would return to Son La through the Pang Hoc border gate on Wednesday.',
	'',
	'Vice Governor of Oudomxay Province Mr. Bounkhong Phimmasone accepted an invitation to lead an Oudomxay delegation to Son La later this year.'
].join('\n');

describe('English weekend, year-end and reported-future days', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const on = (q: string) => t.events.find((x) => x.sources[0].quote.startsWith(q));
	it('"this past weekend" is the Saturday and Sunday just gone', () => {
		expect(on('A delegation of the Son La')).toMatchObject({ start: '2023-09-09', end: '2023-09-10', status: 'occurred' });
	});
	it('"said … would … on Wednesday" is the coming Wednesday, planned', () => {
		expect(on('Mr. Khiem said')).toMatchObject({ start: '2023-09-13', end: '2023-09-13', status: 'planned' });
	});
	it('"later this year" runs from the stamp to 31 December', () => {
		expect(on('Vice Governor of Oudomxay')).toMatchObject({ start: '2023-09-11', end: '2023-12-31', status: 'planned' });
	});
});
