/**
 * A programme whose lines are labelled by their day and a colon, with no bullet ("Ngày 9/4: Đoàn đến tỉnh …", as a saved page's
 * "<li>" items read once their tags are gone): an undated "Tại tỉnh X, đồng chí Y … đã tiếp và hội đàm với Đoàn" takes the day
 * the programme gives X, as it does after dashed bullets, and is not folded into the previous day's event.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const lines = [
	'Từ ngày 7/4 đến hết ngày 9/4, Đoàn đại biểu tỉnh Bình Định do đồng chí Lâm Văn Đức, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Khăm Muồn và tỉnh Bô-ly-khăm-xay (Lào).',
	'Chương trình công tác của Đoàn như sau:',
	'@Ngày 7/4: Đoàn nhập cảnh Lào qua cửa khẩu quốc tế Cha Lo, đến tỉnh Khăm Muồn.',
	'@Ngày 8/4: Đoàn chào xã giao lãnh đạo tỉnh Khăm Muồn và thăm Nhà máy xi măng Khăm Muồn.',
	'@Ngày 9/4: Đoàn đến tỉnh Bô-ly-khăm-xay, hội đàm với lãnh đạo tỉnh.',
	'Ngày thứ hai của chuyến thăm, Đoàn đã thăm và tặng 30 suất học bổng cho học sinh Trường Phổ thông dân tộc nội trú tỉnh Khăm Muồn.',
	'Tại tỉnh Bô-ly-khăm-xay, đồng chí Xổm-xạ-vẳn Phêng-khăm, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã tiếp và hội đàm với Đoàn.'
];
const stamp = 'Thứ năm, 10/4/2025, 09:00 (GMT+7)';
const txt = () => buildTimeline([{ file: 'a.txt', text: ['Bình Định thăm hai tỉnh Lào', stamp, ...lines.map((l) => l.replace(/^@/, ''))].join('\n\n') }]);
const html = () =>
	buildTimeline([
		{
			file: 'a.html',
			text: `<html><head><title>Bình Định thăm hai tỉnh Lào</title></head><body><article><h1>Bình Định thăm hai tỉnh Lào</h1><p>${stamp}</p>${lines
				.map((l, i) => (l.startsWith('@') ? `${lines[i - 1].startsWith('@') ? '' : '<ul>'}<li>${l.slice(1)}</li>${lines[i + 1]?.startsWith('@') ? '' : '</ul>'}` : `<p>${l}</p>`))
				.join('\n')}</article></body></html>`
		}
	]);
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));
const host = (t: ReturnType<typeof buildTimeline>) => t.people.find((p) => p.name === 'Xổm-xạ-vẳn Phêng-khăm')?.id;

describe.each([
	['plain lines', txt],
	['a saved page’s list items', html]
])('a programme labelled by days, %s', (_, make) => {
	const t = make();
	it('the undated talks at the place take the day the programme gives it', () => {
		const talks = quoted(t, 'Tại tỉnh Bô-ly-khăm-xay');
		expect(talks).toHaveLength(1);
		expect([talks[0].start, talks[0].end]).toEqual(['2025-04-09', '2025-04-09']);
	});
	it('the day before does not take that place’s host', () => {
		const before = quoted(t, 'Ngày thứ hai của chuyến thăm');
		expect(before).toHaveLength(1);
		expect(before[0].start).toBe('2025-04-08');
		expect(before[0].people).not.toContain(host(t));
	});
});
