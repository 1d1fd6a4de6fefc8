/**
 * A page with no stamp whose lead opens with a wire's dateline ("LUANG NAMTHA, March 20 (KPL) –") and names its year only in
 * an occasion with a bracketed short name ("the Muang Sing Ethnic Culture Fair (MECF) 2023"): the occasion gives the year, the
 * dateline the day the page was written, and the weekdays it tells are the ones before that day.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('an unstamped wire page dated by its dateline and a named occasion', () => {
	it('reads the year of a name past its bracketed short name', () => {
		const ev = collectYearEvidence([{ text: 'The group came to attend the opening of the Muang Sing Ethnic Culture Fair (MECF) 2023.' }], 'en');
		expect(ev).toMatchObject([{ kind: 'named', year: 2023 }]);
	});

	it('dates the weekdays before the dateline', () => {
		const text = [
			'Luang Namtha delegation attends Dien Bien fair',
			'',
			'LUANG NAMTHA, March 20 (KPL) – Deputy Governor of Luang Namtha Province Mr. Vilayphone Sisomphou led a provincial delegation to Dien Bien province, Vietnam, over the weekend to attend the opening of the Muang Sing Ethnic Culture Fair (MECF) 2023.',
			'',
			'On Thursday (March 16), Vice Chairman of the Dien Bien People\'s Committee Mr. Tran Quoc Hung received the delegation at the provincial hall.',
			'',
			'The delegation attended the opening ceremony of the fair on Saturday.'
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const on = (q: string) => t.events.find((x) => x.sources[0].quote.startsWith(q));
		expect(on('On Thursday')).toMatchObject({ start: '2023-03-16', end: '2023-03-16' });
		expect(on('The delegation attended')).toMatchObject({ start: '2023-03-18', end: '2023-03-18', status: 'occurred' });
		// The page has no stamp: its year is inferred from the occasion, and the notes say the days count from the dateline.
		for (const q of ['On Thursday', 'The delegation attended']) {
			expect(on(q)?.dating).toBe('inferred');
			expect(on(q)?.datingNote?.en).toContain("the wire's dateline");
			expect(on(q)?.datingNote?.en).not.toContain('publication');
		}
	});
});
