import { describe, expect, it } from 'vitest';
import { findPeople, isParticipant } from '../../../src/lib/pipeline/people';

// The one a tribute honours is remembered, not present: in either language, whoever the honoured is.
describe('the one honoured by a tribute takes no part', () => {
	const who = (s: string, lang: 'vi' | 'en') => findPeople(s, undefined, lang).map((m) => [m.name, isParticipant(s, m)]);

	it.each([
		['Sáng 3/5, Đoàn đã dâng hương tưởng niệm Chủ tịch Kaysone Phomvihane tại Khu lưu niệm.', 'vi', 'Kaysone Phomvihane'],
		['The guests offered flowers and incense to President Kaysone Phomvihane at his memorial.', 'en', 'Kaysone Phomvihane'],
		['The delegation laid wreaths to the late General Vo Nguyen Giap in Quang Binh.', 'en', 'Vo Nguyen Giap'],
		['The delegation paid tribute to President Souphanouvong at the museum.', 'en', 'Souphanouvong'],
		['The youth union held a ceremony in memory of President Kaysone Phomvihane on Friday.', 'en', 'Kaysone Phomvihane']
	] as const)('%s', (s, lang, name) => {
		expect(who(s, lang)).toContainEqual([name, false]);
	});

	it('while the one giving the flowers takes part', () => {
		const s = 'Governor Bounthavy Inthavong offered flowers to the hosts at the reception.';
		expect(who(s, 'en')).toContainEqual(['Bounthavy Inthavong', true]);
	});
});
