/**
 * A stay told by its days only ("Vừa qua, Đoàn … đã sang thăm, làm việc tại tỉnh …"), then its talks with no day ("Đồng chí
 * X … đã chủ trì hội đàm với Đoàn"): the talks are an event of the stay, and the day another outlet gives them is theirs.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const stayPage = page(
	'Hà Tĩnh - Bô-ly-khăm-xay tăng cường hợp tác',
	'Thứ Tư, 26/11/2025, 09:15 (GMT+7)',
	'Vừa qua, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Bô-ly-khăm-xay (Lào).',
	'Đồng chí Khăm-phăn Xi-thi-đăm-pha, Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã chủ trì hội đàm với Đoàn.',
	'Tại buổi hội đàm, hai bên thống nhất đẩy mạnh hợp tác thương mại qua cửa khẩu Cầu Treo.'
);
const name = (t: ReturnType<typeof buildTimeline>, id: string) => t.people.find((p) => p.id === id)?.name;

describe('talks with no day, after a stay told by its days', () => {
	const t = buildTimeline([{ file: 'a.txt', text: stayPage }]);
	it('are an event of their own, within the stay, with the host', () => {
		const talks = t.events.find((e) => e.type === 'talks');
		expect(talks).toMatchObject({ role: 'main', dating: 'inferred', start: '2025-11-19', end: '2025-11-25' });
		expect(talks!.people.map((id) => name(t, id))).toContain('Khăm-phăn Xi-thi-đăm-pha');
	});
	it('and the host is not made a participant of the whole stay', () => {
		const stay = t.events.find((e) => e.type === 'visit')!;
		expect(stay.people.map((id) => name(t, id))).not.toContain('Khăm-phăn Xi-thi-đăm-pha');
	});
	it('are one with the same talks another outlet dates', () => {
		const dated = page(
			'Bô-ly-khăm-xay hội đàm với tỉnh Hà Tĩnh',
			'21/11/2025 | 16:00',
			'Chiều 20/11, tại thành phố Pắc-xan, đồng chí Khăm-phăn Xi-thi-đăm-pha, Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã hội đàm với Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh Hà Tĩnh dẫn đầu.'
		);
		const both = buildTimeline([{ file: 'a.txt', text: stayPage }, { file: 'b.txt', text: dated }]);
		const talks = both.events.filter((e) => e.type === 'talks');
		expect(talks).toHaveLength(1);
		expect(talks[0]).toMatchObject({ start: '2025-11-20', end: '2025-11-20', partOfDay: 'afternoon' });
		expect(talks[0].sources).toHaveLength(2);
		// an inferred stay holding the day is no disagreement between the articles
		expect(talks[0].conflicts ?? []).toEqual([]);
	});
});

describe('days only inferred from a stay', () => {
	const report = (over: Partial<Mergeable>): Mergeable => ({ article: 'a', type: 'working_session', role: 'main', status: 'occurred', date: null, people: ['leader'], place: 'luang-prabang', cities: [], sources: [], conflicts: [], ...over });
	const inferred = { start: '2022-08-09', end: '2022-08-11', granularity: 'span' as const, partOfDay: null, dating: 'inferred' as const, confidence: 0.5, note: { vi: '', en: '' } };
	const day = { ...inferred, start: '2022-08-11', end: '2022-08-11', granularity: 'day' as const, dating: 'publication' as const, confidence: 0.9 };
	it('share a working session with another only through a second person (every event of a trip has its leader)', () => {
		expect(sameHappening(report({ date: inferred }), report({ article: 'b', date: day }))).toBe(false);
		expect(sameHappening(report({ date: inferred, people: ['leader', 'host'] }), report({ article: 'b', date: day, people: ['host', 'leader'] }))).toBe(true);
	});
	it('share the talks in the same province', () => {
		expect(sameHappening(report({ type: 'talks', date: inferred }), report({ type: 'talks', article: 'b', date: day }))).toBe(true);
		expect(sameHappening(report({ type: 'talks', date: inferred }), report({ type: 'talks', article: 'b', date: day, place: 'vientiane' }))).toBe(false);
	});
});

describe('the talks told as the subject, after a stay told by its days', () => {
	// An interview with no stamp: its year from the anniversary, the stay's days from the answer, then "Buổi hội đàm … kéo dài …".
	const interview = page(
		'Chủ tịch UBND tỉnh Nghệ An: Hợp tác với Xiêng Khoảng ngày càng thực chất',
		'Nhân dịp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) vừa kết thúc chuyến thăm Nghệ An, đúng dịp kỷ niệm 48 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977 - 18/7/2025), phóng viên đã trao đổi với đồng chí Lê Hồng Vinh, Chủ tịch UBND tỉnh Nghệ An.',
		'Đồng chí Lê Hồng Vinh: Trong hai ngày, từ ngày 8 đến 9/7, Đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Pheng-xa-vẳn Xỉ-xổm-bun, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã có chương trình làm việc tại Nghệ An. Buổi hội đàm giữa lãnh đạo hai tỉnh kéo dài gần 2 tiếng, nhưng không khí rất cởi mở.'
	);
	const report = page(
		'Nghệ An hội đàm với tỉnh Xiêng Khoảng',
		'Thứ Ba, 08/07/2025, 18:40 (GMT+7)',
		'Chiều 8/7, tại thành phố Vinh, đồng chí Lê Hồng Vinh, Chủ tịch UBND tỉnh Nghệ An đã hội đàm với Đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Pheng-xa-vẳn Xỉ-xổm-bun, Phó Bí thư Tỉnh ủy làm Trưởng đoàn.'
	);
	it('are the talks of the stay, within its days', () => {
		const t = buildTimeline([{ file: 'a.txt', text: interview }]);
		const talks = t.events.find((e) => e.sources.some((s) => s.quote.startsWith('Buổi hội đàm')));
		expect(talks).toMatchObject({ type: 'talks', role: 'main', dating: 'inferred', start: '2025-07-08', end: '2025-07-09' });
	});
	it('are one with the talks another page dates, on its day', () => {
		const t = buildTimeline([{ file: 'a.txt', text: interview }, { file: 'b.txt', text: report }]);
		const talks = t.events.filter((e) => e.sources.some((s) => s.quote.startsWith('Buổi hội đàm')));
		expect(talks).toHaveLength(1);
		expect(talks[0]).toMatchObject({ start: '2025-07-08', end: '2025-07-08', partOfDay: 'afternoon' });
		expect(talks[0].sources).toHaveLength(2);
	});
});
