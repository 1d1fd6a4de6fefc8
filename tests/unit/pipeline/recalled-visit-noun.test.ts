/**
 * A past trip named by the noun, not the verb: "Đây là chuyến thăm đáp lễ chuyến thăm, làm việc của Đoàn … do đồng chí X …
 * dẫn đầu tại … vào tháng 6/2022" recalls a visit done, with its month and its leader: background to the news, yet a delegation
 * of its own, as "đã sang thăm" is. And a memorandum "ký tháng 4/2023, khi Đoàn … sang thăm …": its month dates the visit too.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Đoàn đại biểu tỉnh Khăm Muồn thăm Hà Tĩnh', '', 'Ngày đăng: 22/11/2023', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const leaderOf = (t: ReturnType<typeof page>, name: string) => t.delegations.filter((d) => t.people.find((p) => p.id === d.leader)?.name === name);

describe('a visit recalled by its noun', () => {
	const t = page(
		'Từ ngày 19 đến 21/11, Đoàn đại biểu tỉnh Khăm Muồn (Lào) do đồng chí Vông-xay Xỉ-pha-xợt, Phó Tỉnh trưởng làm Trưởng đoàn đã có chuyến thăm và làm việc tại tỉnh Hà Tĩnh.',
		'Đây là chuyến thăm đáp lễ chuyến thăm, làm việc của Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh dẫn đầu tại tỉnh Khăm Muồn vào tháng 6/2022.',
		'Chiều 20/11, đồng chí Trần Văn Nam đã tiếp Đoàn.'
	);
	it('is a delegation of its own, led by whom it names, in its month', () => {
		const d = leaderOf(t, 'Trần Văn Nam');
		expect(d).toHaveLength(1);
		expect([d[0].start, d[0].end]).toEqual(['2022-06-01', '2022-06-30']);
		expect(d[0].to).toBe('khammouane');
	});
	it('and leaves the news’s delegation as it was', () => {
		const d = leaderOf(t, 'Vông-xay Xỉ-pha-xợt');
		expect(d).toHaveLength(1);
		expect([d[0].start, d[0].end]).toEqual(['2023-11-19', '2023-11-21']);
	});
});

describe('a visit by a delegation, recalled in English', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Khammouane delegation visits Ha Tinh',
				'',
				'November 22, 2023',
				'',
				'A Khammouane delegation led by Vice Governor Vongxay Siphaxot visited Ha Tinh province from November 19 to 21.',
				'',
				'The trip reciprocated a visit to Khammouane by a Ha Tinh delegation led by Vice Chairman Tran Van Nam in June 2022.'
			].join('\n')
		}
	]);
	it('is a delegation of its own in its month', () => {
		const d = t.delegations.filter((x) => t.people.find((p) => p.id === x.leader)?.name === 'Tran Van Nam');
		expect(d.map((x) => [x.start, x.end, x.to])).toEqual([['2022-06-01', '2022-06-30', 'khammouane']]);
	});
});

describe('a memorandum signed when a delegation visited', () => {
	const t = page(
		'Sáng 20/11, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Khăm Muồn (Lào) tổ chức hội đàm tại thành phố Hà Tĩnh.',
		'Hai bên cũng đánh giá kết quả thực hiện Biên bản ghi nhớ hợp tác ký tháng 4/2022, khi Đoàn đại biểu tỉnh Hà Tĩnh sang thăm tỉnh Khăm Muồn.'
	);
	it('dates the visit, a context event of its month', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('khi Đoàn đại biểu tỉnh Hà Tĩnh sang thăm')));
		expect(e).toMatchObject({ start: '2022-04-01', end: '2022-04-30', role: 'context', status: 'occurred' });
	});
	it('but a memorandum\'s day alone dates nothing', () => {
		const u = page('Sáng 20/11, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Khăm Muồn (Lào) tổ chức hội đàm tại thành phố Hà Tĩnh.', 'Hai bên cũng đánh giá kết quả thực hiện Biên bản ghi nhớ hợp tác ký tháng 4/2022 giữa hai tỉnh.');
		expect(u.events.filter((x) => x.start?.startsWith('2022'))).toEqual([]);
	});
});
