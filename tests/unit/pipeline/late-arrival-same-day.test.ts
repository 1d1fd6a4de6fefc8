/**
 * An arrival late in a day, told after the news day's morning ("… during talks on the morning of May 6. The delegation arrived
 * in Pakse late on Sunday …"): "On the afternoon of the same day" told next is the news day's afternoon, not that Sunday's,
 * gone before the delegation came.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('"the same day" after a late arrival told in passing', () => {
	it('is the news day, not the arrival\'s', () => {
		const text = [
			'Quang Nam and Sekong deepen ties',
			'',
			'Tue, 7 May 2024 11:20:00 +0700',
			'',
			'Vice Chairman of the Quang Nam People\'s Committee Mr. Tran Anh Tuan held talks with Vice Governor of Champasak Province Mr. Vilay Phengsavanh in Pakse on the morning of May 6.',
			'',
			'Mr. Tuan is leading a Quang Nam delegation on a visit to Champasak from 6 to 8 May.',
			'',
			'The delegation arrived in Pakse late on Sunday and was welcomed at the airport by provincial officials.',
			'',
			'On the afternoon of the same day, the delegation paid a courtesy call on Mr. Khamlay Sisavath, Secretary of the Champasak Party Committee.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('On the afternoon of the same day'));
		expect(e).toMatchObject({ start: '2024-05-06', end: '2024-05-06', partOfDay: 'afternoon' });
	});
});
