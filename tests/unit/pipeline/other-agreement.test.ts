/**
 * Two signings on one trip, the second told as a flashback ("A day earlier, the two provinces signed a memorandum …"), then
 * what the first one binds ("Under the hospital agreement, …") and a quote by the head of one of its signers: that speaker took
 * part in the hospitals' signing told before, not in the provinces' memorandum.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Attapeu, Kon Tum hospitals twin to train Lao nurses',
	'',
	'Tuesday, 15 October 2019 10:00',
	'',
	'Attapeu Provincial Hospital and Kon Tum General Hospital of Vietnam signed a twinning agreement in Attapeu on 12 October 2019.',
	'',
	'The agreement was signed during a visit by a Kon Tum provincial delegation led by Mr Nguyen Duc Chinh, Chairman of Kon Tum Provincial People\'s Committee, to Attapeu on Oct. 10-13.',
	'',
	'A day earlier, the two provinces signed a memorandum of understanding on border trade, tourism and agriculture.',
	'',
	'Under the hospital agreement, Kon Tum General Hospital will train 30 Lao nurses each year.',
	'',
	'"Our patients will now be treated at home by nurses trained in Vietnam," said the director of Attapeu Provincial Hospital, Dr Bounthanh Phommachack.'
].join('\n');

describe('a quote on another agreement than the signing just told', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('the provinces\' memorandum does not gain the college director', () => {
		const mou = t.events.find((e) => e.sources.some((s) => s.quote.includes('memorandum of understanding')));
		const director = t.people.find((p) => p.name === 'Bounthanh Phommachack');
		expect(mou).toBeTruthy();
		expect(mou!.people).not.toContain(director?.id ?? 'bounthanh-phommachack');
	});
});
