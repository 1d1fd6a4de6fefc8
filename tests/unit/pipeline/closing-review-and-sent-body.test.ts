/**
 * Four ways news of a working trip tells what it does and who does it:
 * - a closing review told by its bare verb and the stint reviewed ("Đoàn sẽ tổng kết đợt …", "sơ kết chương trình …") is a
 *   happening of the trip, as "tổ chức lễ tổng kết" is;
 * - "Đoàn dự Lễ khai giảng … và chứng kiến ký kết …" tells the ceremony attended, the signing witnessed at it aside;
 * - a trip announced in the clause after ';' ("X mời …; Y nhận lời và sẽ dẫn đoàn sang …") is Y's, not the inviter's too;
 * - a university, a hospital or a union sends a led delegation as a province does ("Trường Đại học … tỉnh X sẽ cử đoàn công
 *   tác do PGS.TS Y dẫn đầu sang …"), the leader's title dotted or not.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác giáo dục và y tế giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const ev = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));
const names = (t: ReturnType<typeof buildTimeline>, ids: string[]) => ids.map((id) => t.people.find((p) => p.id === id)?.name);

describe('a closing review told by its bare verb', () => {
	const t = page(
		'10:40, 14/4/2025',
		'Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Quảng Ngãi do BSCKII Trịnh Quốc Bảo, Phó Giám đốc Bệnh viện làm trưởng đoàn đang khám bệnh, cấp thuốc miễn phí cho nhân dân tỉnh Át-tạ-pư (Lào) từ ngày 7 đến hết ngày 21/4.',
		'Theo kế hoạch, sáng 21/4, Đoàn sẽ tổng kết đợt công tác tại thị xã Xạ-mạ-khi-xay rồi lên đường về nước.'
	);
	it('is a happening of the trip on its day, planned', () => {
		expect(ev(t, 'sẽ tổng kết đợt công tác')).toMatchObject({ type: 'working_session', status: 'planned', role: 'main', start: '2025-04-21', partOfDay: 'morning' });
		const trip = t.delegations.find((d) => d.events.includes(ev(t, 'đang khám bệnh')!.id));
		expect(trip?.events).toContain(ev(t, 'sẽ tổng kết đợt công tác')!.id);
	});
	it('"sơ kết chương trình" too; not a report\'s name, nor the review of a year', () => {
		expect(classify('Chiều 3/8, Đoàn sơ kết chương trình tình nguyện tại huyện Mường Khương.')).toBe('working_session');
		expect(classify('Sáng 3/8, Đoàn gửi báo cáo tổng kết đợt tình nguyện cho Tỉnh đoàn.')).toBeNull();
		expect(classify('Năm 2024, Sở tổng kết công tác thi đua.')).toBeNull();
	});
});

describe('a ceremony attended, a signing witnessed at it', () => {
	it('is the ceremony', () => {
		expect(classify('Sáng 9/9, Đoàn dự Lễ khai giảng năm học mới của Trường Cao đẳng Y tế Bình Định và chứng kiến ký kết thỏa thuận hợp tác đào tạo giữa Nhà trường và Sở Y tế tỉnh Chăm-pa-xắc.')).toBe('ceremony');
		// (Which it was with no signing after it; and a signing ceremony attended is still a signing.)
		expect(classify('Sáng 9/9, Đoàn dự Lễ ký kết thỏa thuận hợp tác đào tạo giữa Nhà trường và Sở Y tế tỉnh Chăm-pa-xắc.')).toBe('signing');
		expect(classify('Sáng 9/9, hai bên ký kết biên bản ghi nhớ về đào tạo cán bộ y tế.')).toBe('signing');
	});
	it('merges with another report telling the same ceremony alone', () => {
		const a = [
			'Trường Cao đẳng Y tế Bình Định khai giảng năm học mới',
			'',
			'09/09/2025 15:10',
			'',
			'Sáng 9/9, Trường Cao đẳng Y tế Bình Định tổ chức Lễ khai giảng năm học 2025-2026, với sự tham dự của Đoàn đại biểu Sở Y tế tỉnh Chăm-pa-xắc (Lào) do ông Phon-xay Xay-nha-vông, Giám đốc Sở làm trưởng đoàn.'
		].join('\n');
		const b = [
			'Lãnh đạo tỉnh tiếp Đoàn Sở Y tế tỉnh Chăm-pa-xắc',
			'',
			'10/09/2025 08:00',
			'',
			'Đoàn đại biểu Sở Y tế tỉnh Chăm-pa-xắc (Lào) do ông Phon-xay Xay-nha-vông, Giám đốc Sở làm trưởng đoàn có chuyến thăm, làm việc tại Bình Định từ ngày 8 đến 10/9.',
			'',
			'Sáng 9/9, Đoàn dự Lễ khai giảng năm học mới của Trường Cao đẳng Y tế Bình Định và chứng kiến ký kết thỏa thuận hợp tác đào tạo giữa Nhà trường và Sở Y tế tỉnh Chăm-pa-xắc.'
		].join('\n');
		const t = buildTimeline([
			{ file: 'a.txt', text: a },
			{ file: 'b.txt', text: b }
		]);
		const e = ev(t, 'Đoàn dự Lễ khai giảng');
		expect(e).toMatchObject({ type: 'ceremony', start: '2025-09-09' });
		expect(e!.sources.map((s) => s.quote.slice(0, 20))).toHaveLength(2);
	});
});

describe('a trip announced in the clause after the invitation', () => {
	it('is who accepts, not who invited', () => {
		const t = page(
			'Thứ sáu, 21/3/2025 16:20',
			'Ngày 20/3, Đoàn đại biểu Sở Giáo dục và Thể thao tỉnh Bò Kẹo (Lào) do ông Xay-xổm-phon Vi-lay-thong, Giám đốc Sở làm trưởng đoàn đã thăm và làm việc tại Trường Đại học Vinh.',
			'Ông Xay-xổm-phon Vi-lay-thong mời lãnh đạo Nhà trường sang thăm tỉnh Bò Kẹo; PGS.TS Cù Đình Lộc nhận lời và cho biết sẽ dẫn đoàn sang Huội Xài vào tháng 6/2025 để tuyển sinh.'
		);
		const trip = ev(t, 'nhận lời và cho biết sẽ dẫn đoàn');
		expect(trip).toMatchObject({ status: 'planned', type: 'visit' });
		expect(names(t, trip!.people)).toEqual(['Cù Đình Lộc']);
	});
});

describe('a body that sends a led delegation', () => {
	const lead = 'Sáng 5/11, Đoàn đại biểu Sở Y tế tỉnh Luông Nặm Thà (Lào) do ông Bun-lơm Khăm-phăn, Giám đốc Sở làm trưởng đoàn đã làm việc với Trường Đại học Y Dược Hải Phòng.';
	for (const [sender, title] of [
		['Trường Đại học Y Dược Hải Phòng', 'PGS.TS'],
		['Bệnh viện Hữu nghị Việt Tiệp thành phố Hải Phòng', 'ThS.BS'],
		['Liên đoàn Lao động thành phố Hải Phòng', 'ông']
	])
		it(`"${sender} sẽ cử đoàn công tác do ${title} X dẫn đầu sang …" is that trip, a delegation of its own`, () => {
			const t = page('06/11/2024 09:30', lead, `Hai bên thống nhất, tháng 2/2025, ${sender} sẽ cử đoàn công tác do ${title} Phạm Văn Hiển dẫn đầu sang tỉnh Luông Nặm Thà để khảo sát nhu cầu đào tạo.`);
			const sent = ev(t, 'sẽ cử đoàn công tác')!;
			expect(sent).toMatchObject({ status: 'planned', role: 'main', start: '2025-02-01' });
			const trip = t.delegations.find((d) => d.events.includes(sent.id));
			expect(trip).toMatchObject({ from: 'hai-phong', to: 'luang-namtha' });
			expect(names(t, [trip!.leader!])).toEqual(['Phạm Văn Hiển']);
		});
});
