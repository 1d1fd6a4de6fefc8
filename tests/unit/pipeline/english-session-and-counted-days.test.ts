/**
 * A committee's session told in English and in Vietnamese, and the days around it: "co-chaired the seventh session of the two
 * provinces' joint committee" is the conference the portal calls "Hội nghị lần thứ 7" (one event); "Kết thúc Hội nghị, hai bên đã
 * ký …" is a signing of the conference's day (not of the trip's days told in between); "X led a working group to Vinh on March 2"
 * is a trip; "Three days later" counts from March 2, not from the news day; "will tour … the following day" is the day after the
 * session, and the same visit as the portal's "Đoàn sẽ thăm Cánh đồng Chum"; "Y accepted Z's invitation to lead a … delegation to
 * Vinh … next year" is Y's trip, not Z's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const en = [
	'VIETNAM DAILY',
	'Home > Provinces',
	'',
	'Nghe An, Xieng Khouang co-chair seventh session of their joint committee',
	'',
	'Thu, Mar 16, 2023, 4:10 pm',
	'',
	'Leaders of Vietnam\'s Nghe An province and Laos\' Xieng Khouang province co-chaired the seventh session of the two provinces\' joint committee in Phonsavan on Thursday (March 16), agreeing to build a new road to the Nam Can border gate.',
	'',
	'The session was co-chaired by Hoang Minh Duc, Chairman of the Nghe An People\'s Committee, and Phonsavanh Keovilay, Governor of Xieng Khouang.',
	'',
	'The Nghe An delegation arrived in Phonsavan on Wednesday (March 15).',
	'',
	'The session was prepared in advance. Xieng Khouang Vice Governor Khamla Sisomphone led a working group to Vinh on March 2 to discuss the agenda with Nghe An\'s foreign affairs department. Three days later, the two provinces\' foreign affairs departments approved the agenda at an online meeting.',
	'',
	'The delegation will tour the Plain of Jars in Phaxay district the following day.',
	'',
	'Phonsavanh accepted Duc\'s invitation to lead a Xieng Khouang delegation to Vinh for the eighth session next year.'
].join('\n');

const vi = [
	'CỔNG THÔNG TIN TỈNH NGHỆ AN',
	'',
	'Nghệ An - Xiêng Khoảng: Hội nghị lần thứ 7 Ủy ban hợp tác',
	'',
	'Thứ Năm, 16/03/2023 | 17:30',
	'',
	'Chiều 16/3, tại thành phố Phôn-xa-vẳn, tỉnh Xiêng Khoảng (Lào), đồng chí Hoàng Minh Đức, Chủ tịch UBND tỉnh Nghệ An và đồng chí Phon-xa-vẳn Kẹo-vi-lay, Tỉnh trưởng tỉnh Xiêng Khoảng đã đồng chủ trì Hội nghị lần thứ 7 giữa hai tỉnh.',
	'',
	'Hội nghị nằm trong chương trình chuyến thăm, làm việc tại tỉnh Xiêng Khoảng từ ngày 15 đến hết ngày 18/3 của Đoàn đại biểu tỉnh Nghệ An do đồng chí Hoàng Minh Đức làm trưởng đoàn.',
	'',
	'Phát biểu tại Hội nghị, đồng chí Hoàng Minh Đức đề nghị hai bên sớm hoàn thành tuyến đường đến cửa khẩu Nậm Cắn.',
	'',
	'Kết thúc Hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 7 và Kế hoạch hợp tác năm 2024.',
	'',
	'Theo chương trình, trong ngày 17/3, Đoàn sẽ thăm Cánh đồng Chum tại huyện Phẹc.'
].join('\n');

describe('an English report of a committee session and its preparations', () => {
	const t = buildTimeline([{ file: 'en.txt', text: en }]);
	const name = (id: string | null | undefined) => t.people.find((p) => p.id === id)?.name;
	const quoted = (q: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(q)));

	it('the session co-chaired is a conference of its day', () => {
		expect(quoted('co-chaired the seventh session')).toMatchObject({ start: '2023-03-16', end: '2023-03-16', type: 'conference', status: 'occurred' });
	});

	it('"led a working group to Vinh on March 2" is the vice governor\'s trip', () => {
		expect(quoted('led a working group to Vinh')).toMatchObject({ start: '2023-03-02', end: '2023-03-02', type: 'visit' });
		const trip = t.delegations.find((d) => name(d.leader) === 'Khamla Sisomphone');
		expect(trip).toMatchObject({ from: 'xiangkhouang', to: 'nghe-an' });
	});

	it('"Three days later" counts from March 2, and the plan "the following day" from the session', () => {
		expect(quoted('Three days later')).toMatchObject({ start: '2023-03-05', end: '2023-03-05', status: 'occurred' });
		expect(quoted('the following day')).toMatchObject({ start: '2023-03-17', end: '2023-03-17', status: 'planned' });
	});

	it('accepting another\'s invitation to lead a delegation is the trip of who accepts', () => {
		const back = t.delegations.find((d) => d.start?.startsWith('2024'));
		expect(name(back?.leader)).toBe('Phonsavanh Keovilay');
		expect(back).toMatchObject({ from: 'xiangkhouang', to: 'nghe-an' });
	});
});

describe('the same session told by the portal in Vietnamese', () => {
	const t = buildTimeline([{ file: 'vi.txt', text: vi }, { file: 'en.txt', text: en }]);
	const quoted = (q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

	it('"đồng chủ trì Hội nghị lần thứ 7" and the English session are one event', () => {
		const [e] = quoted('co-chaired the seventh session');
		expect(e.sources.some((s) => s.quote.includes('đồng chủ trì Hội nghị lần thứ 7'))).toBe(true);
	});

	it('"Kết thúc Hội nghị, hai bên đã ký …" is a signing on the conference\'s day', () => {
		expect(quoted('Kết thúc Hội nghị')).toMatchObject([{ start: '2023-03-16', end: '2023-03-16', type: 'signing', status: 'occurred' }]);
	});

	it('the site the delegation will visit is one event in both languages', () => {
		const [e] = quoted('will tour the Plain of Jars');
		expect(e).toMatchObject({ start: '2023-03-17', end: '2023-03-17' });
		expect(e.sources.some((s) => s.quote.includes('Đoàn sẽ thăm Cánh đồng Chum'))).toBe(true);
	});
});
