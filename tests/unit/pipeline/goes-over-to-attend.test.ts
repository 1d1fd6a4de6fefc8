/**
 * A delegation that "goes over to attend" a ceremony, no place named in its own sentence ("Đoàn … do Thượng tá X làm Trưởng đoàn
 * sang dự buổi lễ"): "sang" is crossing to the other side, so it is a trip to the other country, and the ceremony the page
 * dates is that trip's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const text = [
	'Bàn giao nhà văn hóa cho bản Na-phao',
	'',
	'12/06/2023 | 15:40',
	'',
	'Ngày 10-6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh phối hợp với Bộ Chỉ huy Quân sự tỉnh Bô-ly-khăm-xay (Lào) tổ chức lễ bàn giao nhà văn hóa bản Na-phao, huyện Khăm-cợt, tỉnh Bô-ly-khăm-xay.',
	'',
	'Đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh do Thượng tá Nguyễn Hữu Phước, Phó Chỉ huy trưởng làm Trưởng đoàn sang tham dự buổi lễ.',
	'',
	'Chiều cùng ngày, Đoàn đến thăm và làm việc với Ban Chỉ huy Quân sự huyện Khăm-cợt tại thị trấn Khăm-cợt, tỉnh Bô-ly-khăm-xay.'
].join('\n');

describe('a delegation that goes over to attend', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;

	it('is a trip to the other country, led by the one named', () => {
		expect(t.delegations.map((d) => [name(d.leader), d.from, d.to])).toEqual([['Nguyễn Hữu Phước', 'ha-tinh', 'bolikhamxai']]);
	});
	it('holds the ceremony and the afternoon working session', () => {
		const quotes = t.delegations[0].events.map((id) => t.events.find((e) => e.id === id)!.sources[0].quote);
		expect(quotes.some((q) => q.includes('lễ bàn giao nhà văn hóa'))).toBe(true);
		expect(quotes.some((q) => q.includes('Ban Chỉ huy Quân sự huyện'))).toBe(true);
	});
});
