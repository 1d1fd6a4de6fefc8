/**
 * A joint patrol or a look at the border markers done by the visiting border guards with their hosts ("Chiều cùng ngày, Đoàn
 * cùng lực lượng … tổ chức tuần tra song phương, kiểm tra hệ thống mốc quốc giới …") is a working activity of the trip, as a
 * field trip is; the patrols a year's record counts or the talks agree on are none, and one the border posts alone did beside
 * the visit is background. (Invented names, places and dates.)
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Biên phòng Quảng Bình hội đàm với Khăm Muồn',
	'',
	'Thứ Sáu, 14/10/2022 - 16:10',
	'',
	'Từ ngày 12 đến 14/10, Đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình do Đại tá Phạm Quang Vinh, Chỉ huy trưởng làm trưởng đoàn đã thăm, làm việc và hội đàm với Bộ Chỉ huy Quân sự tỉnh Khăm Muồn (Lào).',
	'',
	'Sáng 13/10, tại thành phố Thà Khẹc, Đoàn hội đàm với Bộ Chỉ huy Quân sự tỉnh Khăm Muồn. Năm 2022, lực lượng hai bên đã tổ chức 18 đợt tuần tra song phương trên tuyến biên giới.',
	'',
	'Hai bên thống nhất duy trì tuần tra song phương mỗi quý một lần.',
	'',
	'Chiều cùng ngày, Đoàn cùng lực lượng bảo vệ biên giới tỉnh Khăm Muồn tổ chức tuần tra song phương, kiểm tra hệ thống mốc quốc giới khu vực mốc 512.',
	'',
	'Cũng dịp này, Đồn Biên phòng Cửa khẩu Cha Lo và Đại đội bảo vệ biên giới 305 (Lào) đã tuần tra song phương trên tuyến biên giới.',
	'',
	'Sáng nay (14/10), Đoàn về nước qua cửa khẩu quốc tế Cha Lo.'
].join('\n');

describe('a joint patrol', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const of = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));
	it("done by the delegation is a happening of its trip's day", () => {
		const e = of('tổ chức tuần tra song phương, kiểm tra hệ thống mốc');
		expect(e).toMatchObject([{ start: '2022-10-13', end: '2022-10-13', partOfDay: 'afternoon', role: 'main', type: 'field_trip' }]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(e[0].id);
	});
	it('counted or agreed on is none', () => {
		expect(of('18 đợt tuần tra')).toEqual([]);
		expect(of('duy trì tuần tra')).toEqual([]);
	});
	it('done by the border posts alone is background', () => {
		expect(of('Đại đội bảo vệ biên giới 305').map((e) => e.role)).not.toContain('main');
	});
	it('in English, one conducted by the delegation is its happening; those counted are none', () => {
		const en = buildTimeline([
			{
				file: 'b.txt',
				text: [
					'Quang Binh border guards hold talks in Khammouane',
					'',
					'Updated: 14/10/2022 | 18:20',
					'',
					'A delegation of the Quang Binh Border Guard Command led by Colonel Pham Quang Vinh held talks with the Khammouane Military Command in Thakhek on 13 October. The two sides said they had conducted 18 joint patrols since their last talks.',
					'',
					'In the afternoon, the delegation conducted a joint patrol with Lao border guards and inspected border markers near Marker 512.'
				].join('\n')
			}
		]);
		expect(en.events.filter((e) => e.sources.some((s) => s.quote.includes('conducted a joint patrol')))).toMatchObject([{ start: '2022-10-13', type: 'field_trip' }]);
	});
});
