/**
 * A delegation's return and what is told around it, a flashback's people, a stay 'since' a weekday and a host body named by
 * its province:
 * - a single capital ending a place's name ("phân khu B.") ends the sentence when a Vietnamese sentence opens after it
 *   ("Đồng chí X đã mời …"): the return is quoted alone, and the undated invitation after it changes nothing of it;
 * - "Tối hôm trước, Đoàn đã giao lưu với …" after the next day's call on a host does not take that host;
 * - the delegation going home ("- Ngày 12/6: Đoàn về nước …") takes its own members, not the host named after the
 *   programme ("Tại buổi tiếp, đồng chí X …"); a host who sees it off ("đã tiễn Đoàn tại cửa khẩu") was there;
 * - "has been on a working visit … since Thursday" under a Saturday's stamp runs from Thursday to the stamp;
 * - "thăm và làm việc tại Tòa án nhân dân tỉnh Khăm Muồn (Lào)" goes to Khăm Muồn.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const vi = (stamp: string, ...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['BÁO TỈNH', stamp, '', 'Tin hợp tác', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
const named = (t: ReturnType<typeof buildTimeline>, ids: string[] | undefined) => (ids ?? []).map((id) => t.people.find((p) => p.id === id)?.name);

describe('a return quoted alone, before an invitation', () => {
	const t = vi(
		'Thứ hai, 20/05/2024 10:15',
		'Từ ngày 17 đến 20/5, Đoàn đại biểu tỉnh Sa-la-van (Lào) do đồng chí Xổm-xay Phom-vi-hản, Phó Tỉnh trưởng tỉnh Sa-la-van làm trưởng đoàn đã thăm và làm việc tại tỉnh Quảng Trị.',
		'Ngày 18/5, Đoàn tham quan Khu kinh tế Đông Nam Quảng Trị.',
		'Sáng nay (20/5), Đoàn rời Quảng Trị, về nước sau khi tham quan Khu công nghiệp Quán Ngang, phân khu B. Đồng chí Xổm-xay Phom-vi-hản đã mời lãnh đạo tỉnh Quảng Trị sang thăm, làm việc tại tỉnh Sa-la-van vào thời gian phù hợp.'
	);
	it('"Sáng nay (20/5), Đoàn rời Quảng Trị, về nước …" is quoted to its own full stop, a happening of the trip', () => {
		const e = quoting(t, 'Đoàn rời Quảng Trị');
		expect(e).toMatchObject({ start: '2024-05-20', end: '2024-05-20', role: 'main' });
		expect(e!.sources[0].quote).not.toContain('thời gian phù hợp');
	});
});

describe('a flashback told after the next day\'s call', () => {
	const t = vi(
		'Thứ sáu, 13/09/2024 08:00',
		'Từ ngày 10 đến 12/9, Đoàn công tác Hội Cựu chiến binh tỉnh Đắk Nông do ông Lò Văn Tuyên, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Chăm-pa-xắc và tỉnh Sa-la-van (Lào).',
		'Sáng 12/9, Đoàn đến tỉnh Sa-la-van, chào xã giao đồng chí Bun-xoong Khăm-phi-la, Phó Tỉnh trưởng tỉnh Sa-la-van. Tối hôm trước, Đoàn đã gặp mặt, giao lưu với bà con Việt kiều sinh sống tại tỉnh Chăm-pa-xắc.',
		'Tiếp Đoàn, đồng chí Bun-xoong Khăm-phi-la cho biết tỉnh có hơn 400.000 dân.'
	);
	it('"Tối hôm trước, Đoàn đã gặp mặt …" is the evening before, without the host met the next morning', () => {
		const e = quoting(t, 'Tối hôm trước');
		expect(e).toMatchObject({ start: '2024-09-11', end: '2024-09-11', role: 'main' });
		expect(named(t, e!.people)).not.toContain('Bun-xoong Khăm-phi-la');
		expect(named(t, e!.people)).toContain('Lò Văn Tuyên');
	});
});

describe('the delegation going home, in its programme', () => {
	const LEAD = 'Từ ngày 9 đến hết ngày 12/6, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm-phui Xay-nha-vông, Phó Bí thư Tỉnh ủy làm trưởng đoàn thăm và làm việc tại tỉnh Thanh Hóa.';
	it('"- Ngày 12/6: Đoàn về nước …" takes the delegation, not the host named after the programme', () => {
		const t = vi(
			'Thứ ba, 11/06/2024 16:20',
			LEAD,
			'Chương trình của Đoàn:',
			'- Ngày 9/6: Đoàn đến thành phố Thanh Hóa.',
			'- Ngày 10/6: Đoàn chào xã giao lãnh đạo tỉnh Thanh Hóa.',
			'- Ngày 12/6: Đoàn về nước qua cửa khẩu quốc tế Na Mèo.',
			'Tại buổi tiếp, đồng chí Mai Xuân Tùng, Chủ tịch UBND tỉnh Thanh Hóa cảm ơn tỉnh Hủa Phăn đã tạo điều kiện cho các doanh nghiệp của tỉnh.'
		);
		const e = quoting(t, 'Đoàn về nước');
		expect(e).toMatchObject({ start: '2024-06-12', role: 'main' });
		expect(named(t, e!.people)).toEqual(['Khăm-phui Xay-nha-vông']);
	});
	it('a host who sees it off at the gate was there', () => {
		const t = vi(
			'Thứ tư, 12/06/2024 16:20',
			LEAD,
			'Sáng 12/6, Đoàn về nước qua cửa khẩu quốc tế Na Mèo.',
			'Đồng chí Mai Xuân Tùng, Chủ tịch UBND tỉnh Thanh Hóa cùng lãnh đạo các sở đã tiễn Đoàn tại cửa khẩu.'
		);
		expect(named(t, quoting(t, 'Đoàn về nước')!.people)).toContain('Mai Xuân Tùng');
	});
});

describe('a stay since a weekday', () => {
	it('"has been on a working visit … since Thursday" under a Saturday\'s stamp runs to the stamp', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'VIENTIANE NEWS',
					'Saturday, March 16, 2024 7:45 AM',
					'',
					'Thanh Hoa delegation visits Houaphanh',
					'',
					"A delegation of Thanh Hoa province led by Mai Xuan Tung, Chairman of the provincial People's Committee, has been on a working visit to the Lao province of Houaphanh since Thursday.",
					''
				].join('\n')
			}
		]);
		expect(quoting(t, 'since Thursday')).toMatchObject({ start: '2024-03-14', end: '2024-03-16', role: 'main' });
	});
});

describe('a host body named by its province', () => {
	it('"thăm và làm việc tại Tòa án nhân dân tỉnh Khăm Muồn (Lào)" is a trip to Khăm Muồn', () => {
		const t = vi(
			'Thứ bảy, 05/10/2024 09:00',
			'Trong hai ngày 3 và 4 tháng 10, Đoàn công tác Tòa án nhân dân (TAND) tỉnh Quảng Bình do đồng chí Trần Quốc Lâm, Chánh án TAND tỉnh làm trưởng đoàn đã thăm và làm việc tại Tòa án nhân dân tỉnh Khăm Muồn (Lào).',
			'Chiều 3/10, hai bên đã hội đàm và ký kết Biên bản ghi nhớ hợp tác.'
		);
		const d = t.delegations.find((x) => t.people.find((p) => p.id === x.leader)?.name === 'Trần Quốc Lâm');
		expect(d).toMatchObject({ from: 'quang-binh', to: 'khammouane' });
	});
});
