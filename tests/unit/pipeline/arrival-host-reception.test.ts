/**
 * A move to another province on a day ("Ngày 9 tháng 5, Đoàn di chuyển sang tỉnh Y."), then in the same paragraph its host
 * receiving the delegation with no "đã" ("Tại thành phố Z, đồng chí X, Bí thư Tỉnh đoàn Y tiếp Đoàn; …"): the reception is
 * a happening of its own, on the move's day, with its host; the move keeps only who travelled.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (host: string) =>
	[
		'Tuổi trẻ Hà Tĩnh thăm hai tỉnh bạn Lào',
		'',
		'12/5/2024 10:00',
		'',
		'Từ ngày 7 đến hết ngày 10/5, Đoàn đại biểu Tỉnh đoàn Hà Tĩnh do đồng chí Nguyễn Văn Khánh, Bí thư Tỉnh đoàn làm trưởng đoàn đã thăm, làm việc tại tỉnh Bô-li-khăm-xay và tỉnh Khăm Muộn (Lào).',
		'',
		'Ngày 8/5, tại thành phố Pạc-xan, đồng chí Xỉ-pha-văn Lạ-xạ-vông, Bí thư Tỉnh đoàn Bô-li-khăm-xay đã tiếp và hội đàm với Đoàn.',
		'',
		`Ngày 9 tháng 5, Đoàn di chuyển sang tỉnh Khăm Muộn. ${host}`,
		'',
		'Ngày 10/5, Đoàn về nước qua cửa khẩu quốc tế Cầu Treo.',
		''
	].join('\n');
const of = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));
const name = (t: ReturnType<typeof buildTimeline>, id: string) => t.people.find((p) => p.id === id)?.name;

describe('the host receiving the delegation where it has just moved', () => {
	it('"… Bí thư Tỉnh đoàn Y tiếp Đoàn; …" is a reception of its own on the move\'s day', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Tại thành phố Thà Khẹt, đồng chí Bun-mi Xổm-phon, Bí thư Tỉnh đoàn Khăm Muộn tiếp Đoàn; hai bên tổ chức giao lưu văn nghệ giữa đoàn viên thanh niên hai tỉnh.') }]);
		const [r] = of(t, 'Tại thành phố Thà Khẹt');
		expect(r).toBeDefined();
		expect(r).toMatchObject({ start: '2024-05-09', end: '2024-05-09', type: 'reception' });
		expect(r.people.map((p) => name(t, p))).toContain('Bun-mi Xổm-phon');
		const [move] = of(t, 'Ngày 9 tháng 5');
		expect(move.id).not.toBe(r.id);
		expect(move.people.map((p) => name(t, p))).not.toContain('Bun-mi Xổm-phon');
	});
	it('"Tiếp Đoàn, …" (receiving it, a clause of the words after) stays a detail of the move', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Tiếp Đoàn, đồng chí Bun-mi Xổm-phon, Bí thư Tỉnh đoàn Khăm Muộn cảm ơn tuổi trẻ Hà Tĩnh.') }]);
		expect(of(t, 'Tiếp Đoàn')).toHaveLength(0);
	});
});
