/**
 * A medical team's mission told twice, by a page in English with its year and by the team's own page with none: the English
 * lead ("examined and gave free medicines to … from 3-7 June 2024") is the stay, "On the morning of their arrival, … received
 * Dr. X" is the day of the arrival just told, "handed over an X-ray machine, … and other medical equipment" is a handover; and
 * the page without a year takes the English page's, the same meeting being told by both (same day and month, same people).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const EN = `Vietnamese doctors treat 900 Xiengkhouang residents

Posted: Sunday, 9 June 2024 | News Section

A team of 12 doctors from Dien Chau General Hospital examined and gave free medicines to about 900 people in Xiengkhouang province from 3-7 June 2024.

The team was led by Dr. Ho Van Tam, Director of the hospital, and arrived in Phonsavan on Monday, 3 June.

On the morning of their arrival, Deputy Governor of Xiengkhouang Sengphet Vongsa received Dr. Tam and his team at the provincial office.

On Friday, the last day of the mission, the team handed over an X-ray machine, a ventilator and other medical equipment to Xiengkhouang Provincial Hospital.
`;
const NO_YEAR = `Bệnh viện Đa khoa Diễn Châu khám bệnh tại tỉnh Xiêng Khoảng

Sáng thứ Hai (3/6), ngay sau khi đến thành phố Phôn-xa-vẳn, bác sĩ Hồ Văn Tâm, Giám đốc Bệnh viện và các thành viên trong Đoàn đã đến chào xã giao đồng chí Xeng-phết Vông-xa, Phó Tỉnh trưởng tỉnh Xiêng Khoảng.

Sáng 7/6, Đoàn trao tặng một máy X-quang cho Bệnh viện tỉnh Xiêng Khoảng.
`;

const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

describe('a medical mission told in English with its year, and without one', () => {
	const en = buildTimeline([{ file: 'en.txt', text: EN }]);
	it('the lead is the stay of days', () => {
		const e = quoted(en, 'examined and gave free medicines');
		expect([e?.type, e?.start, e?.end]).toEqual(['visit', '2024-06-03', '2024-06-07']);
	});
	it("'the morning of their arrival' is the arrival's day", () => {
		const e = quoted(en, 'received Dr. Tam');
		expect([e?.start, e?.partOfDay]).toEqual(['2024-06-03', 'morning']);
	});
	it('a list of equipment handed over is a handover', () => {
		expect(quoted(en, 'handed over an X-ray machine')?.start).toBe('2024-06-07');
	});
	it('the page without a year takes the year of the same meeting told in English', () => {
		const both = buildTimeline([{ file: 'en.txt', text: EN }, { file: 'vi.txt', text: NO_YEAR }]);
		const days = both.events.filter((e) => e.sources.some((s) => s.article.startsWith('vi'))).map((e) => e.start).sort();
		expect(days).toEqual(['2024-06-03', '2024-06-07']);
	});
});
