/**
 * One happening a page tells twice, and what a page tells beside it: a programme's bullet for a day's talks and the talks
 * then told ("- Ngày 8/5: Hội đàm với …" / "Sáng 8/5, … đã chủ trì hội đàm với Đoàn"), the chair named in a sentence of its
 * own ("Chủ trì hội đàm về phía tỉnh bạn có đồng chí X"), a second outlet's report met at its part of the day, a caption
 * under a plan, and a handover at one's own border gate (no trip).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const doc = (file: string, stamp: string, ...paragraphs: string[]) => ({ file, text: ['Hợp tác giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') });
type T = ReturnType<typeof buildTimeline>;
const quoting = (t: T, words: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(words)));
const names = (t: T, ids: string[]) => ids.map((id) => t.people.find((p) => p.id === id)?.name);

const VI = doc(
	'a.txt',
	'10/05/2026 08:15',
	'Từ ngày 7 đến hết ngày 9/5, Đoàn đại biểu Hội Nông dân tỉnh Át-tạ-pư do đồng chí Xổm-phon Mạ-ni-vông, Chủ tịch Hội Nông dân tỉnh Át-tạ-pư làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Kon Tum.',
	'Chương trình làm việc của Đoàn:',
	'- Ngày 7/5: Đoàn nhập cảnh qua cửa khẩu quốc tế Bờ Y.',
	'- Ngày 8/5: Hội đàm với Ban Thường vụ Hội Nông dân tỉnh Kon Tum; thăm mô hình trồng sâm.',
	'- Ngày 9/5: Đoàn về nước.',
	'Sáng 8/5, tại trụ sở Hội, đồng chí Y Ngọc Tâm, Chủ tịch Hội Nông dân tỉnh Kon Tum đã chủ trì hội đàm với Đoàn.',
	'Chiều cùng ngày, Đoàn đã dâng hoa tại Tượng đài Bác Hồ với các dân tộc Tây Nguyên.',
	'Ngày thứ ba của chuyến thăm (9/5), Đoàn đã thăm Làng văn hóa Kon K\'Tu.',
	'Tối hôm trước, Hội Nông dân tỉnh Kon Tum đã tổ chức chương trình giao lưu văn nghệ chào mừng Đoàn tại Quảng trường trung tâm thành phố.'
);
const EN = doc(
	'b.txt',
	'Monday, 11th May 2026 10:30 (GMT+7)',
	"Kon Tum (VNA) - A delegation of the Farmers' Union of Attapeu province, led by its Chairman Somphone Manivong, wrapped up a three-day working visit to the Central Highlands province of Kon Tum on 9th May.",
	"The two farmers' unions held talks on 8 May, reviewing their cooperation over the past five years.",
	'Later that day, the guests offered flowers at the Uncle Ho monument.',
	'On the 9th, the delegation toured the Kon K\'Tu cultural village.',
	'The previous evening, the host union had staged a cultural exchange in their honour at the central square.'
);

describe('talks a page tells twice', () => {
	it('a bare programme bullet and the talks told of its day are one event', () => {
		const t = buildTimeline([VI]);
		const talks = t.events.filter((e) => e.type === 'talks' && e.start === '2026-05-08');
		expect(talks).toHaveLength(1);
		expect(talks[0].sources.map((s) => s.quote.slice(0, 12))).toEqual(['Sáng 8/5, tạ', '- Ngày 8/5: ']);
	});

	it("a second outlet's talks of that day join them, and its evening is the page's evening", () => {
		const t = buildTimeline([VI, EN]);
		const talks = quoting(t, "farmers' unions held talks");
		expect(talks).toHaveLength(1);
		expect(talks[0].sources.some((s) => s.quote.startsWith('Sáng 8/5'))).toBe(true);
		const evening = quoting(t, 'cultural exchange in their honour');
		expect(evening).toHaveLength(1);
		expect(evening[0].sources.some((s) => s.quote.startsWith('Tối hôm trước'))).toBe(true);
		expect(evening[0].delegation).not.toBeNull();
	});

	it('the chair named in a sentence of its own is quoted with the talks, on a page with no date', () => {
		const t = buildTimeline([
			{
				file: 'c.txt',
				text: [
					'Tăng cường hợp tác giữa Kon Tum và Át-tạ-pư',
					'',
					'Trong khuôn khổ chuyến thăm, làm việc tại nước bạn Lào, Đoàn công tác Hội Nông dân tỉnh Kon Tum do đồng chí Y Ngọc Tâm, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã hội đàm với Hội Nông dân tỉnh Át-tạ-pư.',
					'',
					'Chủ trì hội đàm về phía tỉnh bạn có đồng chí Xổm-phon Mạ-ni-vông, Chủ tịch Hội Nông dân tỉnh Át-tạ-pư.',
					'',
					'Tại hội đàm, hai bên thống nhất tiếp tục phối hợp tập huấn kỹ thuật trồng sâm cho nông dân vùng biên giới.'
				].join('\n')
			}
		]);
		const talks = t.events.filter((e) => e.type === 'talks');
		expect(talks).toHaveLength(1);
		expect(talks[0].sources.map((s) => s.quote.slice(0, 8))).toEqual(['Trong kh', 'Chủ trì ']);
		expect(names(t, talks[0].people)).toContain('Xổm-phon Mạ-ni-vông');
	});
});

describe('what a page tells beside its trip', () => {
	it('a caption after a plan gives it no one', () => {
		const t = buildTimeline([
			doc(
				'd.txt',
				'15/08/2027 16:45',
				'Trong hai ngày 13 và 14 tháng 8, Đoàn đại biểu Hội Cựu chiến binh tỉnh Sê Kông do đồng chí Bun-mi Xỉ-thạ-vông, Chủ tịch Hội làm trưởng đoàn đã thăm, làm việc tại tỉnh Quảng Nam.',
				'Sáng 14/8, đồng chí Phan Văn Lộc, Chủ tịch Hội Cựu chiến binh tỉnh Quảng Nam đã chủ trì hội đàm với Đoàn.',
				'Dịp này, đồng chí Phan Văn Lộc đã nhận lời dẫn đoàn Hội Cựu chiến binh tỉnh Quảng Nam sang thăm, làm việc tại tỉnh Sê Kông trong quý II/2028.',
				'Đồng chí Trần Minh Khoa tặng quà lưu niệm cho Đoàn đại biểu tỉnh Sê Kông.'
			)
		]);
		const plan = t.events.find((e) => e.status === 'planned' && e.sources[0].quote.startsWith('Dịp này'))!;
		expect(names(t, plan.people)).toEqual(['Phan Văn Lộc']);
	});

	it('a handover at its own border gate is no trip, and a name holding "Đoàn" is no delegation', () => {
		const t = buildTimeline([
			doc(
				'e.txt',
				'12.04.2021',
				'Bộ Chỉ huy Quân sự (CHQS) tỉnh Kon Tum và Bộ CHQS tỉnh Át-tạ-pư đã thống nhất tạm hoãn chuyến thăm, làm việc tại tỉnh Át-tạ-pư của Đoàn công tác Bộ CHQS tỉnh Kon Tum do Đại tá Vi Văn Đoàn, Chỉ huy trưởng Bộ CHQS tỉnh làm trưởng đoàn.',
				'Chiều 10/4, tại điểm cầu Bộ CHQS tỉnh Kon Tum, Đại tá Vi Văn Đoàn đã hội đàm trực tuyến với Đại tá Bun-nhăng Phôm-mạ-xỏn, Chỉ huy trưởng Bộ CHQS tỉnh Át-tạ-pư. Hai bên thống nhất hoãn lại chuyến thăm sang đầu tháng 6/2021.',
				'Trước đó, sáng 9/4, tại cửa khẩu quốc tế Bờ Y, Bộ CHQS tỉnh Kon Tum đã trao tặng Bộ CHQS tỉnh Át-tạ-pư 3.000 bộ kit xét nghiệm nhanh.'
			)
		]);
		const handover = quoting(t, 'tại cửa khẩu quốc tế Bờ Y')[0];
		expect(handover).toMatchObject({ start: '2021-04-09', delegation: null });
		expect(quoting(t, 'hội đàm trực tuyến')[0].delegation).toBeNull();
		expect(t.delegations.map((d) => d.start)).toEqual(['2021-06-01']);
	});
});
