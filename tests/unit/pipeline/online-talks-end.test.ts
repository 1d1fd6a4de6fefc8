/**
 * Talks held online and in person: after the sapo's talks, "Tại điểm cầu Công an tỉnh X, Đại tá A … chủ trì; tham dự trực
 * tiếp có Đoàn công tác … do Đại tá B … làm trưởng đoàn" is that end of the talks, on their day, with A and B: a source of
 * its own, in B's delegation. The other end, naming no delegation, goes on telling it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Công an hai tỉnh Nghệ An và Bô-li-khăm-xay hội đàm trực tuyến',
	'',
	'14/06/2022 17:40',
	'',
	'Sáng 14/6/2022, Công an tỉnh Nghệ An và Công an tỉnh Bô-li-khăm-xay (Lào) tổ chức hội đàm thường niên theo hình thức trực tuyến kết hợp trực tiếp.',
	'',
	'Tại điểm cầu Công an tỉnh Nghệ An, Đại tá Phạm Văn Hải, Giám đốc Công an tỉnh chủ trì; tham dự trực tiếp có Đoàn công tác Công an tỉnh Bô-li-khăm-xay do Đại tá Xổm-xăn Vi-lay-phon, Phó Giám đốc làm trưởng đoàn. Tại điểm cầu tỉnh Bô-li-khăm-xay, Thiếu tướng Bun-lơm Khăm-phăn, Giám đốc Công an tỉnh chủ trì.',
	'',
	'Chiều cùng ngày, Đại tá Phạm Văn Hải đã tiếp xã giao Đoàn công tác Công an tỉnh Bô-li-khăm-xay.',
	''
].join('\n');

describe('one end of online talks', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('is a happening of the talks\' day with who chaired and who led the delegation present', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Tại điểm cầu Công an tỉnh Nghệ An')));
		expect(e).toMatchObject({ start: '2022-06-14', end: '2022-06-14', type: 'talks', role: 'main' });
		expect(e!.people.map(name)).toEqual(expect.arrayContaining(['Phạm Văn Hải', 'Xổm-xăn Vi-lay-phon']));
		const d = t.delegations.find((x) => name(x.leader!) === 'Xổm-xăn Vi-lay-phon');
		expect(d?.events).toContain(e!.id);
	});
});
