/**
 * A meeting at a border gate: the Lao delegation crosses over for the day ("làm thủ tục tại cửa khẩu … và sang phía Việt
 * Nam"), and goes home the same evening ("Đoàn công tác tỉnh X trở về nước qua cửa khẩu …"), though another delegation, going
 * the other way, was told between.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Quảng Trị - Sa-vẳn-na-khệt hội đàm tại cửa khẩu Lao Bảo',
	'',
	'15/10/2025 | 08:15',
	'',
	'Sáng 14/10, tại Khu kinh tế - thương mại đặc biệt Lao Bảo, đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh Quảng Trị đã hội đàm với Đoàn công tác tỉnh Sa-vẳn-na-khệt (Lào) do đồng chí Bun-thạ-vi Xỉ-khăm-phăn, Phó Tỉnh trưởng làm trưởng đoàn. Đoàn công tác tỉnh Sa-vẳn-na-khệt làm thủ tục tại cửa khẩu quốc tế Đen-xa-vẳn và sang phía Việt Nam ngay trong sáng cùng ngày.',
	'',
	'Trước đó, chiều 13/10, Đoàn công tác Sở Công Thương Quảng Trị do ông Lê Văn Bảo, Giám đốc Sở làm trưởng đoàn đã sang khảo sát chợ biên giới phía Lào.',
	'',
	'Chiều cùng ngày 14/10, Đoàn công tác tỉnh Sa-vẳn-na-khệt trở về nước qua cửa khẩu quốc tế Đen-xa-vẳn.'
].join('\n');

describe('a meeting at a border gate', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const ev = (q: string) => t.events.find((e) => e.sources[0].quote.includes(q))!;
	const tripOf = (q: string) => t.delegations.find((d) => d.events.includes(ev(q).id));
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

	it('crossing over is the Lao delegation arriving', () => {
		expect(ev('sang phía Việt Nam')).toMatchObject({ type: 'visit', start: '2025-10-14', partOfDay: 'morning' });
		expect(name(tripOf('sang phía Việt Nam')?.leader)).toBe('Bun-thạ-vi Xỉ-khăm-phăn');
	});

	it('going home is the delegation the sentence names, not the one told just before', () => {
		expect(name(tripOf('trở về nước')?.leader)).toBe('Bun-thạ-vi Xỉ-khăm-phăn');
		expect(name(tripOf('đã sang khảo sát')?.leader)).toBe('Lê Văn Bảo');
	});
});
