/**
 * "Đoàn Thanh niên" is the youth union, no delegation ("Bí thư Tỉnh đoàn Thanh niên …"); led or sent ("nhận lời mời dẫn
 * Đoàn Thanh niên tỉnh X sang dự …", "sẽ cử Đoàn Thanh niên …") it is a youth delegation, led by the one who leads it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (plan: string) =>
	[
		'Tuổi trẻ Nghệ An giao lưu với thanh niên Xiêng Khoảng',
		'',
		'12/10/2024 08:30',
		'',
		'Từ ngày 9 đến 11/10, Đoàn đại biểu Tỉnh đoàn Nghệ An do đồng chí Lê Văn Hưng, Bí thư Tỉnh đoàn làm trưởng đoàn đã thăm và làm việc tại tỉnh Xiêng Khoảng (Lào).',
		'',
		'Chiều 9/10, đồng chí Xổm-phon Vi-lay-vông, Bí thư Tỉnh đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Xiêng Khoảng tiếp Đoàn.',
		'',
		plan
	].join('\n');

describe('a youth delegation led by the one who accepts to lead it', () => {
	it('"nhận lời mời dẫn Đoàn Thanh niên tỉnh X sang dự … tại Y" is X\'s delegation to Y, led by the one who accepted', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Dịp này, đồng chí Xổm-phon Vi-lay-vông nhận lời mời dẫn Đoàn Thanh niên tỉnh Xiêng Khoảng sang dự Diễn đàn Thanh niên biên giới tại Nghệ An vào tháng 3/2025.') }]);
		const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
		const plan = t.delegations.find((d) => d.start?.startsWith('2025-03'));
		expect(name(plan?.leader ?? null)).toBe('Xổm-phon Vi-lay-vông');
		expect(plan?.to).toBe('nghe-an');
		const trip = t.delegations.find((d) => d.start === '2024-10-09');
		expect(name(trip?.leader ?? null)).toBe('Lê Văn Hưng');
	});

	it('the youth union named as a host is still no delegation', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Hai bên trao đổi kinh nghiệm tổ chức các hoạt động tình nguyện.') }]);
		expect(t.delegations).toHaveLength(1);
	});
});
