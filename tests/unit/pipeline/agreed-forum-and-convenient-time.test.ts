/**
 * What both sides agree to hold "vào tháng 5 năm sau" is a plan, on a page with no stamp too ("năm sau" is the year after the
 * agreement, still to come), and a scholars' forum agreed on ("thống nhất phối hợp tổ chức Hội thảo khoa học …") is news of its
 * own. An invitation made and accepted for no time but a convenient one ("nhận lời mời sang thăm vào dịp thuận tiện") has no
 * day: the occasion it is told on ("Dịp này") dates nothing, and no trip is made of it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const unstamped = (...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Trường Đại học Hà Tĩnh thăm Trường Đại học Khăm Muồn', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const lead = 'Nhân dịp kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022), từ ngày 6 đến 9/9, Đoàn công tác Trường Đại học Hà Tĩnh do PGS.TS Trần Văn Hải, Hiệu trưởng Nhà trường làm Trưởng đoàn đã thăm và làm việc tại Trường Đại học Khăm Muồn, tỉnh Khăm Muồn (Lào).';

describe('a forum agreed for a month of next year', () => {
	const t = unstamped(lead, 'Sáng 7/9, hai trường ký kết Biên bản ghi nhớ hợp tác.', 'Hai trường thống nhất phối hợp tổ chức Hội thảo khoa học quốc tế về giáo dục vùng biên giới tại Thà Khẹc vào tháng 5 năm sau.');
	it('is planned, a happening of its own, in that month', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('Hội thảo khoa học quốc tế')));
		expect(e).toMatchObject({ start: '2023-05-01', end: '2023-05-31', status: 'planned', role: 'main' });
	});
});

describe('an invitation for a convenient time', () => {
	const page = (last: string) =>
		buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Khăm Muồn',
					'',
					'Thứ Bảy, 16/09/2023 - 09:20',
					'',
					'Từ ngày 12 đến 15/9, Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Khăm Muồn (Lào).',
					'',
					'Sáng 14/9, hai tỉnh tổ chức hội đàm tại thành phố Thà Khẹc.',
					'',
					last
				].join('\n')
			}
		]);
	it('dates no event and makes no trip', () => {
		const t = page('Dịp này, đồng chí Võ Trọng Hải trân trọng mời lãnh đạo tỉnh Khăm Muồn sang thăm Hà Tĩnh; đồng chí Vi-lay Xỉ-sổm-phon nhận lời mời sang thăm vào dịp thuận tiện.');
		expect(t.events.filter((e) => e.sources.some((s) => s.quote.includes('mời')))).toEqual([]);
		expect(t.delegations).toHaveLength(1);
	});
	it('but one accepted for a month told is still the trip to come', () => {
		const t = page('Dịp này, đồng chí Vi-lay Xỉ-sổm-phon nhận lời mời sang thăm tỉnh Hà Tĩnh vào tháng 12 tới.');
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('nhận lời mời')));
		expect(e).toMatchObject({ start: '2023-12-01', status: 'planned' });
	});
});
