/**
 * A trip's programme printed as a table (portals and organisations' sites do: "Thời gian | Nội dung", then a row a day).
 * Saved as HTML, as Markdown, or copied from the browser with tabs between the cells, each row whose first cell is a
 * day is an item of the article: its activity is an event of that day. The header row is not.
 * And an invitation to a named happening ("đã mời lãnh đạo Sở … dự Lễ hội Dừa …, dự kiến tổ chức vào tháng 4 tới") is
 * a trip to come, in that month, not something done on the day of the invitation.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/pipeline/html';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const LEAD = 'Từ ngày 10/3 đến hết ngày 13/3, Đoàn công tác Hội Nông dân tỉnh Trà Vinh do ông Kim Văn Sơn, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã đến thăm, trao đổi kinh nghiệm sản xuất nông nghiệp tại tỉnh Khăm Muộn (Lào).';
const ROWS: [string, string][] = [
	['Ngày 10/3', 'Đoàn xuất cảnh qua cửa khẩu quốc tế Cha Lo, đến thành phố Thà Khẹc'],
	['Ngày 11/3', 'Chào xã giao lãnh đạo tỉnh Khăm Muộn; làm việc với Sở Nông Lâm nghiệp tỉnh'],
	['Ngày 12/3', 'Tham quan mô hình trồng lúa hữu cơ tại huyện Xê Băng Phai'],
	['Ngày 13/3', 'Đoàn về nước qua cửa khẩu quốc tế Cha Lo']
];
const INVITE = 'Trong dịp này, ông Kim Văn Sơn đã mời lãnh đạo Sở Nông Lâm nghiệp tỉnh Khăm Muộn dự Lễ hội Ok Om Bok tỉnh Trà Vinh, dự kiến tổ chức vào tháng 4 tới.';

function html(): string {
	const rows = ROWS.map(([d, a]) => `<tr><td>${d}</td><td>${a}</td></tr>`).join('\n');
	return `<!DOCTYPE html><html lang="vi"><head><title>Hội Nông dân tỉnh Trà Vinh thăm tỉnh Khăm Muộn</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
<article><h1>Hội Nông dân tỉnh Trà Vinh thăm, trao đổi kinh nghiệm tại tỉnh Khăm Muộn (Lào)</h1>
<div class="date">14/03/2025 08:30</div>
<div class="sapo">${LEAD}</div>
<p>Ông Kim Văn Sơn giới thiệu các mô hình kinh tế hợp tác trồng dừa, nuôi tôm - lúa của nông dân Trà Vinh; bày tỏ mong muốn hai bên kết nối để hộ nông dân hai tỉnh học tập kinh nghiệm lẫn nhau.</p>
<p>Chương trình làm việc của Đoàn như sau:</p>
<table><thead><tr><th>Thời gian</th><th>Nội dung</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>${INVITE}</p>
</article></body></html>`;
}

function text(row: (d: string, a: string) => string): string {
	return [
		'Hội Nông dân tỉnh Trà Vinh thăm, trao đổi kinh nghiệm tại tỉnh Khăm Muộn (Lào)',
		'',
		'14/03/2025 08:30',
		'',
		LEAD,
		'',
		'Ông Kim Văn Sơn giới thiệu các mô hình kinh tế hợp tác trồng dừa, nuôi tôm - lúa của nông dân Trà Vinh; bày tỏ mong muốn hai bên kết nối để hộ nông dân hai tỉnh học tập kinh nghiệm lẫn nhau.',
		'',
		'Chương trình làm việc của Đoàn như sau:',
		'',
		row('Thời gian', 'Nội dung'),
		...ROWS.map(([d, a]) => row(d, a)),
		'',
		INVITE
	].join('\n');
}

describe('an HTML table keeps its cells apart', () => {
	it('a row reads "day | activity", not the two cells run together', () => {
		const t = htmlToText(html());
		expect(t).toContain('Ngày 10/3 | Đoàn xuất cảnh qua cửa khẩu quốc tế Cha Lo');
		expect(t).not.toContain('10/3Đoàn');
	});
});

const PAGES: [string, string, string][] = [
	['saved as HTML', 'a.html', html()],
	['saved as Markdown', 'a.txt', text((d, a) => `| ${d} | ${a} |`)],
	['copied with tabs between the cells', 'a.txt', text((d, a) => `${d}\t${a}`)]
];

describe.each(PAGES)('a programme table %s', (_how, file, page) => {
	const t = buildTimeline([{ file, text: page }]);
	const ev = (quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)));

	it('each dated row is an event of its day, in the trip', () => {
		const days = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13'];
		ROWS.forEach(([, activity], i) => {
			const e = ev(activity.split(';')[0]);
			expect(e, activity).toBeDefined();
			expect(e).toMatchObject({ start: days[i], end: days[i], status: 'occurred' });
		});
		expect(t.delegations).toHaveLength(1);
		for (const [, activity] of ROWS) expect(t.delegations[0].events).toContain(ev(activity.split(';')[0])!.id);
	});

	it('the header row is no event', () => {
		expect(t.events.some((e) => e.sources.some((s) => s.quote.includes('Nội dung')))).toBe(false);
	});

	it('the invitation to a named festival is a trip to come, in the month it names', () => {
		expect(ev('dự Lễ hội Ok Om Bok')).toMatchObject({ status: 'planned', start: '2025-04-01', end: '2025-04-30' });
	});
});

describe('one invited who went is no invitation', () => {
	it('"được mời dự Lễ khai mạc" on a day is done that day', () => {
		const t = buildTimeline([{ file: 'a.txt', text: ['Đoàn Hội Nông dân tỉnh Trà Vinh thăm tỉnh Khăm Muộn', '', '14/03/2025 08:30', '', 'Tối 12/3, Đoàn công tác Hội Nông dân tỉnh Trà Vinh do ông Kim Văn Sơn làm trưởng đoàn được mời dự Lễ khai mạc Hội chợ nông sản tỉnh Khăm Muộn tại thành phố Thà Khẹc.'].join('\n') }]);
		expect(t.events[0]).toMatchObject({ status: 'occurred', start: '2025-03-12', end: '2025-03-12' });
	});
});
