/**
 * A return visit told by a Vietnamese outlet and an English one. In English: "last <Month>" counts back from the stamp (a
 * visit "last October" under 12 June 2025 was in October 2024, done), "this <Month>" is of the stamp's year; "In the
 * afternoon the delegation toured …" with no comma still takes the day just told; a delegation "led by Governor X, returned
 * home … after a … visit to Y" is not from Y (the clause after the name is no title), and the day it went home is not the
 * day it came, so the talks and the signing before it are its own. The two outlets' talks, signing, afternoon tour and recalled
 * visit are one event each; the "return visit" ("thăm đáp lễ") is no ceremony. A plan both sides "will hold" online is
 * news (main), at both ends; a place named in what one side proposes is no place of the talks.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { findEnglish } from '../../../src/lib/pipeline/dates/english';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const vietnamese = {
	file: 'vi.txt',
	text: page(
		'Đoàn đại biểu tỉnh U Đôm Xay thăm đáp lễ tỉnh Lai Châu',
		'Ngày đăng: 13/06/2025',
		'Từ ngày 9 đến 11/6, Đoàn đại biểu tỉnh U Đôm Xay (Lào) do đồng chí Khăm-phăn Xi-vông-xay, Tỉnh trưởng tỉnh U Đôm Xay làm trưởng đoàn đã thăm và làm việc tại tỉnh Lai Châu.',
		'Đây là chuyến thăm đáp lễ chuyến thăm, làm việc của Đoàn đại biểu tỉnh Lai Châu do đồng chí Vũ Đức Thạnh, Bí thư Tỉnh ủy dẫn đầu tại tỉnh U Đôm Xay vào tháng 10/2024.',
		'Chiều 9/6, tại trụ sở Tỉnh ủy, đồng chí Vũ Đức Thạnh, Bí thư Tỉnh ủy Lai Châu đã chủ trì hội đàm với Đoàn.',
		'Sáng 10/6, hai tỉnh ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.',
		'Chiều 10/6, Đoàn đi thăm Nhà máy Chè Tam Đường tại huyện Tam Đường.',
		'Sáng 11/6, Đoàn lên đường về nước.'
	)
};
const english = {
	file: 'en.txt',
	text: page(
		'Oudomxay leaders end return visit to Lai Chau',
		'PUBLISHED : 12 June 2025 | 10:05 AM',
		"Oudomxay province's leaders are back from Vietnam's Lai Chau province with a new cooperation plan.",
		'The delegation, led by Provincial Governor Khamphan Sivongxay, returned home on Wednesday after a three-day visit to Lai Chau.',
		'During talks with Lai Chau Party Secretary Vu Duc Thanh on Monday afternoon, Mr Khamphan said the two provinces should open a bus route through Dien Bien.',
		'The two sides signed a memorandum of understanding for 2025-2030 on Tuesday morning.',
		'In the afternoon the delegation toured the Tam Duong Tea Factory in Tam Duong district.',
		'The trip returned a visit to Oudomxay by a Lai Chau delegation led by Mr Thanh last October.',
		"Oudomxay's planning department said the two provinces will hold an online review meeting of the memorandum in December this year."
	)
};
const quoting = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.startsWith(q)));

describe("English 'last', 'this' and 'next' before a month", () => {
	it('count from the writing: back, in its year, forward', () => {
		// (chrono reads the month alone as well: the longer mention wins, dates/index.ts.)
		const shapes = (s: string) => findEnglish(s).filter((m) => m.text.includes(' ')).map((m) => [m.text, m.shape, m.month, m.tense, m.yearOffset]);
		expect(shapes('a visit led by Mr Thanh last October.')).toEqual([['last October', 'month', 10, 'past', undefined]]);
		expect(shapes('a fair this October.')).toEqual([['this October', 'month', 10, undefined, 0]]);
		expect(shapes('a fair next October.')).toEqual([['next October', 'month', 10, 'future', undefined]]);
	});
	it("date a visit 'last October' under 12 June 2025 in October 2024, done", () => {
		const t = buildTimeline([english]);
		const e = quoting(t, 'The trip returned a visit');
		expect(e.map((x) => [x.start, x.end, x.status])).toEqual([['2024-10-01', '2024-10-31', 'occurred']]);
	});
});

describe("'In the afternoon' with no comma", () => {
	it("takes the day just told, and 'toured' is a field trip", () => {
		const t = buildTimeline([english]);
		const e = quoting(t, 'In the afternoon the delegation');
		expect(e.map((x) => [x.start, x.partOfDay, x.type])).toEqual([['2025-06-10', 'afternoon', 'field_trip']]);
	});
});

describe('a delegation led by X that returned home after a visit to Y', () => {
	it('is not from Y, and holds the talks and the signing told before its going home', () => {
		const t = buildTimeline([english]);
		const d = t.delegations.find((x) => x.to === 'lai-chau');
		expect(d?.from).not.toBe('lai-chau');
		for (const q of ['During talks with', 'The two sides signed']) expect(quoting(t, q).map((e) => e.delegation)).toEqual([d!.id]);
	});
});

describe('the same trip told by a Vietnamese and an English outlet', () => {
	const t = buildTimeline([vietnamese, english]);
	it('has one event for each of the talks, the signing, the afternoon tour and the recalled visit', () => {
		for (const q of ['During talks with', 'The two sides signed', 'In the afternoon the delegation', 'The trip returned a visit'])
			expect(quoting(t, q).map((e) => e.sources.length)).toEqual([2]);
		expect(quoting(t, 'Đây là chuyến thăm đáp lễ').map((e) => [e.type, e.start, e.role])).toEqual([['visit', '2024-10-01', 'context']]);
	});
	it('gives the talks no place named only in what was proposed', () => {
		expect(quoting(t, 'During talks with')[0].cities).not.toContain('dien-bien');
	});
	it('reads the online review both provinces will hold as a planned main event at both ends', () => {
		const e = quoting(t, "Oudomxay's planning department");
		expect(e.map((x) => [x.start, x.status, x.role])).toEqual([['2025-12-01', 'planned', 'main']]);
		expect([...e[0].cities].sort()).toEqual(['lai-chau', 'oudomxay']);
	});
});
