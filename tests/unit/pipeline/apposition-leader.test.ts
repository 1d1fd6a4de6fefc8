/**
 * A leader named only in apposition ("Đồng chí X, Giám đốc Sở … tỉnh Hủa Phăn (Lào), trưởng đoàn công tác của tỉnh bạn,
 * cho biết …", "X, head of the Houaphanh delegation, said …") leads the "Đoàn" of the days told after; and "Đoàn … đã trao
 * đổi kinh nghiệm …" is what such delegations come to do, a working session.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (title: string, stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);

describe('a leader named in apposition', () => {
	it('leads the delegation of the Vietnamese page', () => {
		const t = page(
			'Hủa Phăn học tập kinh nghiệm quản lý rừng của Sơn La',
			'15/10/2025 09:10 GMT+7',
			'Đồng chí Bua-khăm Phôm-ma-vông, Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh Hủa Phăn (Lào), trưởng đoàn công tác của tỉnh bạn, cho biết như vậy tại buổi làm việc với Sở Nông nghiệp và Môi trường tỉnh Sơn La sáng 14/10.',
			'Chiều cùng ngày, Đoàn tham quan mô hình trồng rừng tại huyện Mộc Châu.',
			'Trong hai ngày qua, Đoàn cũng đã trao đổi kinh nghiệm giao đất, giao rừng với cán bộ kiểm lâm của tỉnh.'
		);
		expect(t.delegations).toHaveLength(1);
		const d = t.delegations[0];
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Bua-khăm Phôm-ma-vông');
		expect(t.cities.find((c) => c.id === d.from)?.name.en).toBe('Houaphanh');
		const shared = t.events.find((e) => e.sources[0].quote.startsWith('Trong hai ngày qua'));
		expect(shared).toMatchObject({ type: 'working_session', start: '2025-10-13', end: '2025-10-14' });
		expect(d.events).toContain(shared!.id);
	});

	it('leads the delegation of the English page', () => {
		const t = page(
			'Houaphanh learns from Son La forest management',
			'Wednesday, October 15, 2025 9:10 AM',
			'Bouakham Phommavong, director of the Houaphanh Department of Agriculture and Forestry, head of the Houaphanh delegation, said this at a working session with Son La officials on Tuesday morning.'
		);
		expect(t.delegations).toHaveLength(1);
		expect(t.people.find((p) => p.id === t.delegations[0].leader)?.name).toBe('Bouakham Phommavong');
	});
});
