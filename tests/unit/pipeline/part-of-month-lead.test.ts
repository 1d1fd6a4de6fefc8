/**
 * A lead that tells the trip by its part of the month ("Trung tuần tháng 10, Đoàn … đã sang thăm …") is the news when
 * the days told after it fall within; a trip planned "Tuần sau" is not the delegation the article follows.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const build = (title: string, stamp: string, paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);

describe('a lead dated by its part of the month', () => {
	const t = build('Tăng cường hợp tác giữa Quảng Trị và Xa-van-na-khẹt', 'Cập nhật lúc 09:15 ngày 24/09/2025', [
		'Thượng tuần tháng 9, Đoàn đại biểu tỉnh Xa-van-na-khẹt (Lào) do đồng chí Bun-thoong Xỉ-sổm-phon, Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc tại tỉnh Quảng Trị.',
		'Ngày 5/9, đồng chí Lê Văn Thành, Chủ tịch UBND tỉnh Quảng Trị đã hội đàm với Đoàn.',
		'Ngày 6/9, Đoàn thăm Cảng hàng không Quảng Trị.',
		'Tuần sau, một đoàn doanh nghiệp vận tải của tỉnh Quảng Trị sẽ sang tỉnh Xa-van-na-khẹt khảo sát tuyến đường.'
	]);
	const ev = (q: string) => t.events.find((e) => e.sources[0].quote.startsWith(q));

	it('is the trip itself, the news, not background', () => {
		expect(ev('Thượng tuần tháng 9')).toMatchObject({ role: 'main', status: 'occurred', start: '2025-09-01', end: '2025-09-10' });
	});

	it('the trip planned "Tuần sau" does not take the visitors\' days into a delegation of its own', () => {
		const led = t.delegations.find((d) => d.leader && t.people.find((p) => p.id === d.leader)?.name === 'Bun-thoong Xỉ-sổm-phon');
		expect(led).toBeTruthy();
		for (const q of ['Thượng tuần tháng 9', 'Ngày 5/9', 'Ngày 6/9']) expect(led!.events, q).toContain(ev(q)!.id);
		expect(led!.events).not.toContain(ev('Tuần sau')!.id);
	});
});
