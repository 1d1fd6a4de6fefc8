/**
 * What is said after a stay of days belongs to the meeting of one day told before it; "Tại buổi làm việc, ông X giới
 * thiệu … Lễ hội …" is what was said at the working session; "now" dates nothing; "The visitors entered Laos … on
 * Tuesday afternoon" is the arrival; "cuối năm nay" dates a plan agreed "Dịp này".
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findTimeMentions } from '../../../src/lib/pipeline/dates/index';

const build = (title: string, stamp: string, paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const peopleOf = (t: ReturnType<typeof buildTimeline>, quote: string) => {
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, quote).toBeTruthy();
	return e!.people.map((id) => t.people.find((p) => p.id === id)!.name);
};

describe('a stay of days and what is said after it', () => {
	const t = build('Attapeu and Gia Lai boost cooperation', 'Posted: 21-11-2025 - 10:20 AM', [
		"Attapeu (LNTV) - Attapeu province Vice Governor Mr. Phonxay Inthalath held talks with a delegation from Vietnam's Gia Lai province on Wednesday at the provincial administration office.",
		'The Gia Lai delegation, led by Mr. Tran Minh Duc, Vice Chairman of the Provincial People\'s Committee, is on a working visit to Attapeu from November 18-21.',
		'"Attapeu and Gia Lai are more than neighbours," Mr. Phonxay told the guests.',
		'Mr. Tran Minh Duc said Gia Lai wants to train more Lao students, of whom more than 300 are now studying in Gia Lai.',
		'The visitors entered Laos through the Phou Keua international border checkpoint on Tuesday afternoon.'
	]);

	it('the stay carries its leader only; the speakers took part in the talks', () => {
		expect(peopleOf(t, 'The Gia Lai delegation')).toEqual(['Tran Minh Duc']);
		expect(peopleOf(t, 'Attapeu (LNTV)')).toEqual(expect.arrayContaining(['Phonxay Inthalath', 'Tran Minh Duc']));
	});

	it('"The visitors entered Laos … on Tuesday afternoon" is the arrival, in the delegation', () => {
		const e = t.events.find((x) => x.sources[0].quote.startsWith('The visitors entered'));
		expect(e).toMatchObject({ type: 'visit', start: '2025-11-18', partOfDay: 'afternoon' });
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].events).toContain(e!.id);
	});

	it('"now" is no date', () => {
		expect(findTimeMentions('More than 300 Lao students are now studying in Gia Lai.', 'en')).toEqual([]);
	});
});

describe('"Tại buổi làm việc" after the stay', () => {
	const t = build('Khăm Muộn tìm hiểu di sản Chăm tại Bình Thuận', 'Đăng lúc: 15:35 - 14/03/2025', [
		'Chiều 13/3, ông Lâm Quốc Hưng, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận đã tiếp và làm việc với Đoàn đại biểu Sở Thông tin, Văn hóa và Du lịch tỉnh Khăm Muộn (Lào) do bà Mạ-ni-vằn Phăn-đa-la, Phó Giám đốc Sở làm trưởng đoàn.',
		'Đoàn có chuyến thăm, làm việc tại tỉnh Bình Thuận từ ngày 12 - 15/3.',
		'Tại buổi làm việc, ông Lâm Quốc Hưng giới thiệu công tác bảo tồn di sản văn hóa Chăm, trong đó Lễ hội Katê đã được ghi danh là di sản quốc gia.',
		'Dịp này, hai bên thống nhất cuối năm nay, Sở Văn hóa, Thể thao và Du lịch Bình Thuận sẽ cử đoàn nghệ nhân Chăm sang giao lưu văn hóa tại tỉnh Khăm Muộn.'
	]);

	it('what was said there is the working session\'s, not the stay\'s', () => {
		expect(peopleOf(t, 'Đoàn có chuyến thăm')).not.toContain('Lâm Quốc Hưng');
	});

	it('a plan agreed "Dịp này" for "cuối năm nay" is the year\'s last quarter, news of its own', () => {
		const e = t.events.find((x) => x.sources[0].quote.includes('cuối năm nay'));
		expect(e).toMatchObject({ status: 'planned', role: 'main', start: '2025-10-01', end: '2025-12-31' });
	});
});

describe('parts of a year', () => {
	it.each([
		['Đoàn sẽ sang thăm vào đầu năm sau.', { month: 1, endMonth: 3, yearOffset: 1 }],
		['Hai bên sẽ tổ chức hội nghị vào giữa năm 2026.', { month: 6, endMonth: 8, year: 2026 }],
		['Cuối năm ngoái, Đoàn đã sang thăm tỉnh bạn.', { month: 10, endMonth: 12, yearOffset: -1 }]
	])('%s', (s, want) => {
		expect(findTimeMentions(s, 'vi')).toEqual([expect.objectContaining({ shape: 'month', ...want })]);
	});
	it('in English, and not a period up to now', () => {
		expect(findTimeMentions('The governor will lead a delegation to Hanoi late next year.', 'en')).toEqual([expect.objectContaining({ month: 10, endMonth: 12, yearOffset: 1 })]);
		expect(findTimeMentions('Từ đầu năm 2025 đến nay, hai tỉnh đã trao đổi 5 đoàn.', 'vi').some((m) => m.shape === 'month')).toBe(false);
	});
});

describe('words after a stay, with a year told in passing', () => {
	it('were said at the reception told before the stay, not all through it', () => {
		const t = build('Huế tiếp Đoàn HĐND tỉnh Sa-la-văn', 'Thứ Năm, 17/04/2025 - 14:05', [
			'Sáng 16.4, tại trụ sở HĐND thành phố Huế, Phó Chủ tịch HĐND thành phố Nguyễn Thị Bích Phượng đã tiếp Đoàn đại biểu Hội đồng nhân dân tỉnh Sa-la-văn (Lào) do Phó Chủ tịch HĐND tỉnh Bun-khong Xay-nhạ-sẳn làm Trưởng đoàn.',
			'Đoàn có chuyến thăm, làm việc tại thành phố Huế và thành phố Đà Nẵng từ 15 – 18.4.',
			'Thông tin với Đoàn, Phó Chủ tịch HĐND thành phố Nguyễn Thị Bích Phượng cho biết, năm 2024, HĐND thành phố đã tổ chức 9 kỳ họp.'
		]);
		expect(peopleOf(t, 'Đoàn có chuyến thăm')).toEqual(['Bun-khong Xay-nhạ-sẳn']);
	});
});

describe('another trip agreed on at the talks', () => {
	it('its leader, named after the talks, was not at them', () => {
		const t = build('Vĩnh Long - Khăm Muồn hội đàm', 'Thứ Sáu, 13/06/2025 - 10:00', [
			'Chiều hôm qua (12/6), tại thành phố Thà Khẹc, đồng chí Xổm-xạ-nít Vông-phăn-đi, Phó Tỉnh trưởng tỉnh Khăm Muồn đã hội đàm với Đoàn đại biểu tỉnh Vĩnh Long do đồng chí Phan Văn Thới, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.',
			'Tại hội đàm, hai bên thống nhất dời lại chuyến thăm tỉnh Vĩnh Long của Đoàn đại biểu tỉnh Khăm Muồn do đồng chí Bun-mi Thăm-ma-vông, Tỉnh trưởng tỉnh Khăm Muồn làm trưởng đoàn.'
		]);
		expect(peopleOf(t, 'Chiều hôm qua')).not.toContain('Bun-mi Thăm-ma-vông');
		expect(peopleOf(t, 'Chiều hôm qua')).toEqual(expect.arrayContaining(['Xổm-xạ-nít Vông-phăn-đi', 'Phan Văn Thới']));
	});
});
