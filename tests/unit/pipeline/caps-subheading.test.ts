/**
 * A digest tells its stories under subheadings in capitals ("HỘI NÔNG DÂN HÀ TĨNH LÀM VIỆC VỚI …" over "Đầu tuần, Đoàn công
 * tác Hội Nông dân tỉnh Hà Tĩnh do chị X … đã làm việc với …"): each heading starts a new story, so nothing of the item
 * before (its delegation, its host's province) carries over. "TIN LIÊN QUAN" over a list of links heads no story.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { itemHeading } from '../../../src/lib/pipeline/events';

const PAGE = `Bản tin hợp tác ngày 20/5/2027: Quảng Trị đón Phó Tỉnh trưởng Sa-van-na-khệt; Hội Nông dân Hà Tĩnh thăm Bô-li-khăm-xay

(BT) - Lãnh đạo tỉnh Quảng Trị tiếp Đoàn tỉnh Sa-van-na-khệt; Hội Nông dân Hà Tĩnh làm việc tại Bô-li-khăm-xay… là những tin đáng chú ý.

QUẢNG TRỊ TIẾP ĐOÀN ĐẠI BIỂU TỈNH SA-VAN-NA-KHỆT

Chiều hôm qua, tại trụ sở UBND tỉnh, ông Phan Đình Khải, Chủ tịch UBND tỉnh Quảng Trị đã tiếp Đoàn đại biểu tỉnh Sa-van-na-khệt do ông Xổm-phết Bun-mi, Phó Tỉnh trưởng làm trưởng đoàn.

Sáng nay, Phó Tỉnh trưởng Xổm-phết Bun-mi và Đoàn đến thăm Khu kinh tế Đông Nam Quảng Trị.

HỘI NÔNG DÂN HÀ TĨNH LÀM VIỆC VỚI HỘI NÔNG DÂN TỈNH BÔ-LI-KHĂM-XAY

Đầu tuần, Đoàn công tác Hội Nông dân tỉnh Hà Tĩnh do chị Võ Thị Loan, Chủ tịch Hội làm trưởng đoàn đã làm việc với Hội Nông dân tỉnh Bô-li-khăm-xay.

Hai bên thống nhất trao đổi kinh nghiệm trồng lúa hữu cơ trong năm 2027.
`;

describe('a digest under subheadings in capitals', () => {
	const t = buildTimeline([{ file: 'digest.txt', text: PAGE }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('the second story keeps its own delegation, going where it says', () => {
		const e = t.events.find((x) => x.sources[0].quote.startsWith('Đầu tuần'))!;
		expect(e.people.map(name)).toEqual(['Võ Thị Loan']);
		expect(e.cities).not.toContain('quang-tri');
		const d = t.delegations.find((x) => name(x.leader!) === 'Võ Thị Loan')!;
		expect([d.from, d.to]).toEqual(['ha-tinh', 'bolikhamxai']);
	});
	it('a heading right above the sentence, not a related-links block', () => {
		expect(itemHeading('\n\nHỘI NÔNG DÂN HÀ TĨNH LÀM VIỆC VỚI HỘI NÔNG DÂN TỈNH BẠN\n\n')).not.toBeNull();
		expect(itemHeading('\n\nTIN LIÊN QUAN\n- Hà Tĩnh trao quà (15/10/2024)\n\n')).toBeNull();
		expect(itemHeading('\n\nẢnh: Thu Hà\n\n')).toBeNull();
	});
});
