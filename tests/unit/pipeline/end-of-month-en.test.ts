/**
 * English "until the end of the month" with no month named: the last days of the month in force, never a day chrono
 * fills in from its own reference (31 January 2000); and a trailing "until …" of what someone will do does not re-date
 * the reception the sentence tells.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, resolveMention } from '../../../src/lib/pipeline/dates/index';
import { parseIso } from '../../../src/lib/pipeline/dates/calendar';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('"the end of the month" in English', () => {
	it('is the late part of the month in force, and no year 2000', () => {
		const ms = findTimeMentions('Engineers from Nghe An will stay in Phonsavan until the end of the month.', 'en');
		expect(ms).toHaveLength(1);
		expect(resolveMention(ms[0], { now: { date: parseIso('2021-04-09'), dating: 'publication', confidence: 0.9, how: 'stamp' }, anchor: null, year: null })).toMatchObject({ start: '2021-04-21', end: '2021-04-30' });
		expect(findTimeMentions('The fair runs to the end of this month.', 'en').some((m) => m.year === 2000)).toBe(false);
	});

	it('does not re-date the reception told before it', () => {
		const text = [
			'Xieng Khouang welcomes Nghe An engineers',
			'',
			'Friday, April 9, 2021 2:30 PM',
			'',
			'A Nghe An delegation led by Vo Thi Minh Sinh, Vice Chairwoman of the provincial People\'s Committee, visited Xieng Khouang province from April 5 to 8.',
			'',
			'Also last Tuesday, the Xieng Khouang Department of Public Works received a group of engineers from Nghe An, who will survey Route 7 until the end of the month.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Also last Tuesday'));
		expect(e).toMatchObject({ start: '2021-04-06', end: '2021-04-06', status: 'occurred' });
		expect(t.events.filter((x) => (x.start ?? '') < '2021-01-01')).toEqual([]);
	});
});
