/**
 * What two sides do over a link is a happening of its day, with no trip: a text signed online at the end of online talks
 * ("Kết thúc hội đàm, hai bên ký trực tuyến Biên bản …", "ký" with no "kết" and the how before the what), and doctors of both
 * sides consulting on cases ("đã tổ chức hội chẩn trực tuyến …") or a training held online, a working session between them.
 * Who is named only at the consultation, a paragraph told with its own earlier day, is not at the handover told first.
 * Registering online ("đăng ký trực tuyến"), a consultation system given, and a year's count of consultations are no happening.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';

describe('a text signed online after online talks', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Quảng Trị và Sa-van-na-khẹt hội đàm trực tuyến',
				'Cập nhật: 23/03/2022 07:30',
				'Sáng 22/3, UBND tỉnh Quảng Trị và chính quyền tỉnh Sa-van-na-khẹt (Lào) đã tổ chức hội đàm trực tuyến qua cầu truyền hình.',
				'Kết thúc hội đàm, hai bên ký trực tuyến Biên bản thỏa thuận hợp tác giai đoạn 2022 - 2026.'
			].join('\n\n')
		}
	]);
	it('is a signing of the talks\' day, in no delegation', () => {
		const e = t.events.find((x) => x.type === 'signing');
		expect(e).toMatchObject({ start: '2022-03-22', end: '2022-03-22', status: 'occurred', delegation: null });
	});
});

describe('an online consultation between two hospitals', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: [
				'Bệnh viện Đa khoa tỉnh Điện Biên hỗ trợ Bệnh viện tỉnh Phông-xa-lỳ',
				'Ngày đăng: 20/05/2023',
				'Sáng 18/5, tại trụ sở Tổng Lãnh sự quán Lào, Bệnh viện Đa khoa tỉnh Điện Biên đã trao tặng Bệnh viện tỉnh Phông-xa-lỳ 5 máy siêu âm. Tham dự có bác sĩ Lò Văn Thắng, Giám đốc Bệnh viện.',
				'Trước đó, ngày 12/5, Bệnh viện Đa khoa tỉnh Điện Biên và Bệnh viện tỉnh Phông-xa-lỳ đã tổ chức hội chẩn trực tuyến ba ca bệnh tim mạch, kết nối điểm cầu Điện Biên Phủ với điểm cầu Phông-xa-lỳ. Tham gia hội chẩn có bác sĩ Khăm-phăn Văn-na-xỉn, Giám đốc Bệnh viện tỉnh Phông-xa-lỳ.'
			].join('\n\n')
		}
	]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('is a working session of its day, with who took part, in no delegation', () => {
		const e = t.events.find((x) => x.start === '2023-05-12');
		expect(e).toMatchObject({ type: 'working_session', end: '2023-05-12', status: 'occurred', delegation: null });
		expect(e!.people.map(name)).toContain('Khăm-phăn Văn-na-xỉn');
	});
	it('its doctor is not at the handover told first', () => {
		const e = t.events.find((x) => x.start === '2023-05-18');
		expect(e).toBeDefined();
		expect(e!.people.map(name)).not.toContain('Khăm-phăn Văn-na-xỉn');
	});
});

describe('what is no session held', () => {
	it.each([
		['Chiều 9/8, Sở Y tế hai tỉnh đã tổ chức tập huấn trực tuyến về phòng chống sốt xuất huyết cho cán bộ y tế tỉnh bạn.', 'working_session'],
		['Ngày 3/6, hai bệnh viện đã tổ chức hội chẩn hai ca bệnh khó.', 'working_session'],
		['On June 3, the two hospitals held an online consultation on two difficult cases.', 'working_session'],
		['Du khách có thể đăng ký trực tuyến trên cổng thông tin của tỉnh từ ngày 5/6.', null],
		['Năm 2022, bệnh viện đã hội chẩn trực tuyến hơn 300 ca bệnh cho tỉnh bạn.', null],
		['Sáng 4/7, Bệnh viện trao tặng hệ thống hội chẩn từ xa trị giá 2 tỷ đồng.', 'ceremony']
	])('%s', (text, type) => {
		expect(classify(text)).toBe(type);
	});
});
