/**
 * A page with no stamp whose only full dates are history recalled ("nhắc lại, ngày 5/9/1962, hai nước thiết lập quan hệ
 * ngoại giao"): the year is the one named in the trip's own sentence ("… Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022.",
 * the year closing it), not 1962. And the Lao New Year is a time of its own: 14–16 April ("vào dịp Tết cổ truyền
 * Bun-pi-mạy năm sau", "for Pi Mai Lao next year"), unless the sentence gives its own day ("Sáng 12/4, … chúc Tết
 * Bunpimay") or says before it ("trước Tết Bun Pi Mai").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { collectYearEvidence, decideYear, findTimeMentions } from '../../../src/lib/pipeline/dates/index';

describe('history recalled sets no year', () => {
	it('the named year ending the trip\'s sentence wins over the dates of history', () => {
		const ev = collectYearEvidence([
			{ text: 'Trong hai ngày 12 và 13 tháng 10, Đoàn công tác tỉnh Sê Kông đã thăm, làm việc tại thành phố Huế, trong khuôn khổ các hoạt động Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022.' },
			{ text: 'Đồng chí Nguyễn Văn Phương nhắc lại, ngày 5/9/1962, hai nước thiết lập quan hệ ngoại giao; ngày 18/7/1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác.' }
		]);
		expect(decideYear(ev)?.year).toBe(2022);
	});
});

describe('the Lao New Year', () => {
	const vi = (s: string) => findTimeMentions(s, 'vi');
	it('is 14–16 April, of the year told beside it', () => {
		expect(vi('Đồng chí X nhận lời dẫn đoàn sang thăm tỉnh Luông Pha Bang vào dịp Tết cổ truyền Bun-pi-mạy năm sau.')).toContainEqual(expect.objectContaining({ shape: 'span', day: 14, month: 4, endDay: 16, yearOffset: 1 }));
		expect(findTimeMentions('He will lead a delegation to Luang Prabang for Pi Mai Lao next year.', 'en')).toContainEqual(expect.objectContaining({ day: 14, month: 4, yearOffset: 1 }));
	});
	it('not when the sentence gives its own day, nor "before" it', () => {
		expect(vi('Sáng 12/4, Đoàn đã đến chúc Tết cổ truyền Bunpimay tại Đại sứ quán Lào.').some((m) => m.month === 4 && m.day === 14)).toBe(false);
		expect(vi('Dự kiến trước Tết Bun Pi Mai, lãnh đạo tỉnh sẽ sang thăm.').some((m) => m.day === 14)).toBe(false);
	});
	it('dates a plan on a page whose year is a named one', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Sê Kông - Huế', '', 'Trong hai ngày 12 và 13 tháng 10, Đoàn công tác tỉnh Sê Kông do đồng chí Khăm-phăn Vông-xay làm trưởng đoàn đã thăm, làm việc tại thành phố Huế, trong khuôn khổ các hoạt động Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022.', '', 'Nhân dịp này, đồng chí Nguyễn Văn Phương nhận lời mời dẫn đoàn thành phố Huế sang thăm tỉnh Sê Kông vào dịp Tết cổ truyền Bun-pi-mạy năm sau.'].join('\n') }]);
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Trong hai ngày'))).toMatchObject({ start: '2022-10-12', end: '2022-10-13' });
		expect(t.events.find((e) => e.sources[0].quote.startsWith('Nhân dịp này'))).toMatchObject({ status: 'planned', start: '2023-04-14', end: '2023-04-16' });
	});
});
