/**
 * A contract between two companies signed at a working session, the session's leaders only looking on ("Tại buổi làm việc,
 * lãnh đạo hai tỉnh đã chứng kiến lễ ký kết hợp đồng … giữa Công ty X và Công ty Y"): the signing is a happening of that
 * session — its day and place — though its signers are companies and its witnesses unnamed.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = [
	'Quảng Bình và Khăm Muồn thúc đẩy hợp tác trồng rừng',
	'',
	'Thứ năm, 6/3/2025, 17:40',
	'',
	'Sáng 6/3, tại thành phố Đồng Hới, đồng chí Hồ An Phong, Phó Chủ tịch UBND tỉnh Quảng Bình đã tiếp và làm việc với Đoàn đại biểu tỉnh Khăm Muồn (Lào) do đồng chí Vông-xay Mạ-ni-vông, Phó Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn.',
	'',
	'Đồng chí Vông-xay Mạ-ni-vông đề nghị hai bên tăng cường hợp tác về lâm nghiệp và chế biến gỗ.',
	'',
	'Tại buổi làm việc, lãnh đạo hai tỉnh đã chứng kiến lễ ký kết hợp đồng cung ứng 20.000 cây giống keo giữa Công ty TNHH Lâm sản Nhật Lệ và Công ty Lâm nghiệp Thà Khẹc.',
	'',
	'Chiều cùng ngày, Đoàn đã thăm Khu công nghiệp Tây Bắc Đồng Hới.'
].join('\n');

describe('a signing the session\'s leaders witnessed', () => {
	const t = buildTimeline([{ file: 'a.txt', text: vi }]);
	const ev = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
	it('is an event of the session: its day, its place, its delegation', () => {
		const signing = ev('đã chứng kiến lễ ký kết hợp đồng');
		expect(signing).toMatchObject({ type: 'signing', status: 'occurred', start: '2025-03-06', end: '2025-03-06' });
		expect(signing!.cities).toContain('quang-binh');
		const trip = t.delegations.find((d) => d.events.includes(ev('đã tiếp và làm việc')!.id));
		expect(trip?.events).toContain(signing!.id);
	});
	it('a signing only talked of is still none', () => {
		const t2 = buildTimeline([{ file: 'b.txt', text: vi.replace('đã chứng kiến lễ ký kết', 'mong muốn sớm chứng kiến lễ ký kết') }]);
		expect(t2.events.some((e) => e.type === 'signing')).toBe(false);
	});
});
