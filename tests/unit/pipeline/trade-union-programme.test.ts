/**
 * A trade union's trip told by a quote lead and a programme in bullets: "Công đoàn" and "Liên đoàn" written with capitals
 * in a body's name ("Liên hiệp Công đoàn tỉnh X", "Liên đoàn Lao động tỉnh Y") are no delegation, so the host's union does
 * not become the travellers and the lead's delegation keeps its home (nor is "trực tiếp", directly, the host's "tiếp"); and the programme's last bullet ends with its
 * paragraph, so the host's return visit told after the list ("Dịp này, ông X nhận lời mời dẫn Đoàn … sang thăm …") does not
 * take that bullet ("- Sáng 14/3: Đoàn về nước.") over.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Công đoàn hai tỉnh Thanh Hóa - Hủa Phăn: Chung tay chăm lo người lao động',
	'',
	'Ngày xuất bản: 17/3/2025',
	'',
	'"Người lao động hai tỉnh là những người trực tiếp gìn giữ và vun đắp mối quan hệ hữu nghị, đoàn kết đặc biệt Việt Nam - Lào", ông Khăm-pun Xỉ-ha-vông, Chủ tịch Liên hiệp Công đoàn tỉnh Hủa Phăn nói khi tiếp Đoàn đại biểu Liên đoàn Lao động tỉnh Thanh Hóa chiều thứ Tư tuần trước.',
	'',
	'Đoàn do ông Lê Văn Phúc, Chủ tịch Liên đoàn Lao động tỉnh làm trưởng đoàn, thăm và làm việc tại tỉnh Hủa Phăn từ ngày 11 đến 14/3. Chương trình của Đoàn gồm:',
	'',
	'- Ngày 11/3: Đoàn đến Hủa Phăn, dâng hoa tại Tượng đài Liên minh chiến đấu Việt - Lào.',
	'',
	'- Ngày 12/3: Đoàn làm việc với Liên hiệp Công đoàn tỉnh Hủa Phăn.',
	'',
	'- Ngày 13/3: Đoàn thăm, tặng quà công nhân Việt Nam đang làm việc tại Hủa Phăn.',
	'',
	'- Sáng 14/3: Đoàn về nước.',
	'',
	'Trong dịp này, ông Khăm-pun Xỉ-ha-vông nhận lời mời dẫn Đoàn Liên hiệp Công đoàn tỉnh Hủa Phăn sang thăm Thanh Hóa dự Lễ kỷ niệm 30 năm kết nghĩa hai tỉnh (20/7/1995 - 20/7/2025).'
].join('\n');

describe('a trade union\'s programme in bullets after a quote lead', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)))!;

	it('is one trip, from Thanh Hóa to Hủa Phăn, with every day of the programme', () => {
		const trip = t.delegations.filter((d) => name(d.leader) === 'Lê Văn Phúc');
		expect(trip).toHaveLength(1);
		expect(trip[0]).toMatchObject({ from: 'thanh-hoa', to: 'houaphanh', start: '2025-03-11', end: '2025-03-14' });
		for (const q of ['Ngày 11/3', 'Ngày 12/3', 'Ngày 13/3', 'Sáng 14/3', 'chiều thứ Tư tuần trước']) expect(trip[0].events).toContain(ev(q).id);
	});
	it('the host does not go home with the visitors', () => {
		expect(ev('Sáng 14/3').people.map(name)).toEqual(['Lê Văn Phúc']);
	});
	it('the host\'s return visit is a delegation of its own', () => {
		const back = t.delegations.filter((d) => name(d.leader) === 'Khăm-pun Xỉ-ha-vông');
		expect(back).toHaveLength(1);
		expect(back[0]).toMatchObject({ from: 'houaphanh', to: 'thanh-hoa' });
	});
});
