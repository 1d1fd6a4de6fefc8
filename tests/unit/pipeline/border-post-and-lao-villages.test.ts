/**
 * Places a district portal leaves to its reader: a Vietnamese border post named after its commune ("Đồn Biên phòng X") is in the
 * province of the district the portal's masthead names; a Lao village or district spelt with hyphens ("bản X-y", "mường X-y") is
 * in the one Lao province the page names. A led delegation's lead told by its part of the month as a working session ("đã sang
 * thăm và làm việc với …") is the trip when the days told after it fall within; and a trip only planned by one leader is not
 * the trip another leader of the same province made to the same place those weeks.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { pageLaoVillages } from '../../../src/lib/pipeline/districts';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { defaultGazetteer } from '../../../src/lib/pipeline/gazetteer';

const page = (...lines: string[]) => lines.join('\n\n');
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(q)))!;

describe('a border post on its district portal, and the Lao villages of the page', () => {
	const text = page(
		'Cổng thông tin điện tử huyện Kỳ Sơn',
		'Đồn Biên phòng Na Ngoi giao lưu với Đại đội biên phòng mường Noọng-hét',
		'Thứ Tư, 12/03/2025 - 09:10',
		'Vừa qua, Đồn Biên phòng Na Ngoi đã tổ chức giao lưu với Đại đội bảo vệ biên giới mường Noọng-hét, tỉnh Xiêng Khoảng (Lào).',
		'Trong 2 ngày 9 và 10/3, đoàn cán bộ Đại đội bảo vệ biên giới mường Noọng-hét do Đại úy Xổm-xắc Phôm-vi-hản dẫn đầu đã sang thăm, giao lưu tại Đồn Biên phòng Na Ngoi.',
		'Sáng 9/3, tại hội trường Đồn, hai đơn vị tổ chức hội đàm.',
		'Nhân dịp này, Thiếu tá Vừ Bá Tồng nhận lời mời dẫn đoàn cán bộ Đồn sang thăm, chúc Tết Bun-pi-mày nhân dân bản Phà-xăng vào giữa tháng 4 tới.'
	);
	const t = buildTimeline([{ file: 'a.txt', text }]);

	it('the post named after its commune is in the province of the masthead district', () => {
		expect(quoted(t, 'Trong 2 ngày 9 và 10/3').cities).toContain('nghe-an');
	});
	it("the Lao company's visit is a delegation from the page's Lao province to the post's", () => {
		const d = t.delegations.find((x) => x.from === 'xiangkhouang');
		expect(d).toMatchObject({ to: 'nghe-an' });
		expect(d!.events).toContain(quoted(t, 'Sáng 9/3').id);
	});
	it("a hyphenated Lao village is in the page's one Lao province", () => {
		expect(quoted(t, 'Nhân dịp này').cities).toContain('xiangkhouang');
	});
	it('with two Lao provinces named, a Lao village is in neither', () => {
		const body = 'Lãnh đạo tỉnh Xiêng Khoảng và tỉnh Hủa Phăn đã thăm nhân dân bản Phà-xăng.';
		expect(pageLaoVillages(body, 0, findPlaces(body), defaultGazetteer)).toEqual([]);
		const one = 'Lãnh đạo tỉnh Xiêng Khoảng đã thăm nhân dân bản Phà-xăng và bản Pa Háng.';
		expect(pageLaoVillages(one, 0, findPlaces(one), defaultGazetteer).map((p) => [p.surface, p.cityId])).toEqual([['bản Phà-xăng', 'xiangkhouang']]);
	});
});

describe("a led delegation's lead by its part of the month, read as a working session", () => {
	it('is the trip, and holds the days told after it', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'UBND HUYỆN QUẾ PHONG - CỔNG THÔNG TIN ĐIỆN TỬ',
					'Công an huyện Quế Phong làm việc với Công an mường Xăm-tại',
					'18/06/2024 10:05',
					'Giữa tháng 6, Đoàn công tác Công an huyện Quế Phong do Trung tá Lô Văn Hiền, Trưởng Công an huyện làm Trưởng đoàn đã sang thăm và làm việc với Công an mường Xăm-tại, tỉnh Hủa Phăn (Lào).',
					'Sáng 13/6, tại trụ sở Công an mường Xăm-tại, hai bên tổ chức hội đàm đánh giá kết quả phối hợp.',
					'Chiều cùng ngày, Đoàn thăm, tặng quà bản Nà-mèo.'
				)
			}
		]);
		const lead = quoted(t, 'Giữa tháng 6');
		expect(lead.role).toBe('main');
		const d = t.delegations.find((x) => x.to === 'houaphanh');
		expect(d).toBeTruthy();
		expect(d!.events).toContain(quoted(t, 'Sáng 13/6').id);
		expect(d!.events).toContain(quoted(t, 'Chiều cùng ngày').id);
	});
});

describe("one leader's planned trip and another's trip done, from one province to the same place", () => {
	it('are two delegations', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: page(
					'Đồn Biên phòng giao lưu với bạn Lào',
					'Thứ Hai, 04/03/2024 - 08:00',
					'Ngày 2/3, Đoàn đại biểu tỉnh Hủa Phăn do ông Bun-thăn Xỉ-pha-xợt dẫn đầu đã sang thăm tỉnh Sơn La.',
					'Nhân dịp này, đồng chí Cầm Văn Lợi, Bí thư Đảng ủy xã nhận lời mời dẫn đoàn tỉnh Sơn La sang thăm tỉnh Hủa Phăn vào giữa tháng 4 tới.'
				)
			},
			{
				file: 'b.txt',
				text: page(
					'Huyện Mai Sơn thăm tỉnh Hủa Phăn',
					'Thứ Hai, 15/04/2024 - 08:00',
					'Sáng 13/4, Đoàn công tác tỉnh Sơn La do đồng chí Đinh Văn Mạnh, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã sang thăm, làm việc tại tỉnh Hủa Phăn.',
					'Sáng 14/4, Đoàn thăm trường tiểu học bản Na-khang, tỉnh Hủa Phăn.'
				)
			}
		]);
		const toHuaPhan = t.delegations.filter((d) => d.from === 'son-la' && d.to === 'houaphanh');
		expect(toHuaPhan).toHaveLength(2);
		const done = toHuaPhan.find((d) => d.events.includes(quoted(t, 'Sáng 13/4').id))!;
		expect(done.events).not.toContain(quoted(t, 'Nhân dịp này').id);
	});
});
