/**
 * A delegation's tour of several stops, told by each stop's outlet: the stop it came from ("Sau chương trình làm việc tại tỉnh
 * X, …", delegations.ts cameFrom), one landmark visited that day told in two languages (merge.ts sameLandmarkDay), the stay told
 * by its days inside "nằm trong chương trình …" (events.ts PROGRAMME_DAYS), a stay told "… làm Trưởng đoàn đã làm việc tại Y",
 * and a province of the other side sending its people "sang" with no place named (index.ts sentOverTo).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { classify } from '../../../src/lib/pipeline/events';
import { sameHappening, type Mergeable } from '../../../src/lib/pipeline/merge';

const page = (...paragraphs: string[]) => paragraphs.join('\n\n');
const quoted = (t: ReturnType<typeof buildTimeline>, start: string) => t.events.find((e) => e.sources.some((s) => s.quote.startsWith(start)));

describe('the stop a delegation came from, told as over', () => {
	const secondStop = page(
		'Thanh Hóa đón Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào)',
		'Thứ Năm, 06/03/2025, 17:30 (GMT+7)',
		'Sau chuyến thăm và làm việc tại tỉnh Nghệ An, chiều 5/3, Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phon Xay-nha-vông, Phó Tỉnh trưởng làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh Thanh Hóa.',
		'Chiều 5/3, tại trụ sở UBND tỉnh, đồng chí Lò Văn Thắng, Phó Chủ tịch UBND tỉnh đã hội đàm với Đoàn.',
		'Sáng 6/3, Đoàn tham quan Khu kinh tế Nghi Sơn.'
	);
	const t = buildTimeline([{ file: 'a.txt', text: secondStop }]);
	it('is not where the talks that follow are held', () => {
		const talks = quoted(t, 'Chiều 5/3, tại trụ sở UBND tỉnh');
		expect(talks?.type).toBe('talks');
		expect(talks?.cities).toContain('thanh-hoa');
		expect(talks?.cities).not.toContain('nghe-an');
	});
	it('nor where the days after it are spent', () => {
		expect(quoted(t, 'Sáng 6/3, Đoàn tham quan')?.cities).not.toContain('nghe-an');
	});
});

describe('one landmark visited on one day, told in two languages', () => {
	const day = { start: '2025-04-17', end: '2025-04-17', granularity: 'day' as const, partOfDay: null, dating: 'publication' as const, confidence: 0.9, note: { vi: '', en: '' } };
	const visitor = { leader: 'khamphon', fromCity: 'champasak' };
	const report = (over: Partial<Mergeable>, quote: string): Mergeable => ({ article: 'a', type: 'field_trip', role: 'main', status: 'occurred', date: day, people: [], place: 'ninh-binh', cities: ['ninh-binh', 'champasak'], sources: [{ article: over.article ?? 'a', quote, start: 0, end: quote.length, dateText: null }], conflicts: [], setting: { visitor }, visitorFrom: 'champasak', ...over });
	const vi = report({ date: { ...day, partOfDay: 'morning' } }, 'Sáng 17/4, Đoàn dâng hương tại Đền Thái Vi và tham quan Khu du lịch Tam Cốc.');
	const en = report({ article: 'b', type: 'ceremony', people: ['khamphon'] }, 'On April 17, the delegation offered incense at Thai Vi Temple and toured the Tam Coc area.');
	it('is one visit, the tribute and the field trip alike', () => {
		expect(sameHappening(vi, en)).toBe(true);
	});
	it('but not another landmark that day', () => {
		expect(sameHappening(vi, report({ article: 'b', type: 'ceremony' }, 'On April 17, the delegation offered incense at Bich Dong Pagoda.'))).toBe(false);
	});
	it('nor another delegation at the same landmark', () => {
		expect(sameHappening(vi, { ...en, setting: { visitor: { leader: 'someone-else', fromCity: 'salavan' } }, visitorFrom: 'salavan' })).toBe(false);
	});
});

describe("the stay told by its days inside 'nằm trong chương trình …'", () => {
	it('is a visit', () => {
		expect(classify('Chuyến công tác tại Thanh Hóa nằm trong chương trình thăm và làm việc tại Việt Nam của Đoàn từ ngày 3 đến 8/3.')).toBe('visit');
		expect(classify('Hoạt động này nằm trong khuôn khổ chuyến thăm và làm việc tại Lào của Đoàn từ ngày 14 đến 17/5.')).toBe('visit');
	});
	it('but a frame with no days is still no event', () => {
		expect(classify('Chuyến công tác tại Thanh Hóa nằm trong chương trình thăm và làm việc tại Việt Nam của Đoàn.')).toBeNull();
	});
	it("merges with another outlet's stay of those days", () => {
		const stop = page(
			'Thanh Hóa tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc',
			'Thứ Tư, 05/03/2025, 18:00 (GMT+7)',
			'Chiều 5/3, tại trụ sở UBND tỉnh, đồng chí Lò Văn Thắng, Phó Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phon Xay-nha-vông, Phó Tỉnh trưởng làm Trưởng đoàn.',
			'Chuyến công tác tại Thanh Hóa nằm trong chương trình thăm và làm việc tại Việt Nam của Đoàn từ ngày 3 đến 8/3.'
		);
		const home = page(
			'Đoàn tỉnh Chăm-pa-xắc thăm Việt Nam',
			'Thứ Hai, 03/03/2025, 09:00 (GMT+7)',
			'Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phon Xay-nha-vông, Phó Tỉnh trưởng làm Trưởng đoàn đang thăm và làm việc tại Việt Nam từ ngày 3 đến 8/3/2025.'
		);
		const t = buildTimeline([{ file: 'a.txt', text: stop }, { file: 'b.txt', text: home }]);
		const stay = t.events.filter((e) => e.start === '2025-03-03' && e.end === '2025-03-08');
		expect(stay).toHaveLength(1);
		expect(stay[0].sources).toHaveLength(2);
	});
});

describe("a stay told '… làm Trưởng đoàn đã làm việc tại Y' after its days", () => {
	it('is a visit', () => {
		expect(classify('Từ ngày 21 đến 23/6, Đoàn đại biểu tỉnh Sa-la-van do đồng chí Bun-mi Phăn-thạ-vông làm Trưởng đoàn đã làm việc tại Quảng Trị.')).toBe('visit');
		expect(classify('Đoàn công tác do ông Bun-mi dẫn đầu đã làm việc tại Huế trong hai ngày.')).toBe('visit');
	});
	it('but a session at a body is no stay', () => {
		expect(classify('Đoàn do ông Bun-mi làm Trưởng đoàn đã làm việc tại Sở Ngoại vụ.')).not.toBe('visit');
	});
});

describe("a province of the other side sending its people 'sang', no place named", () => {
	const culturePage = page(
		'SỞ VĂN HÓA VÀ THỂ THAO TỈNH THANH HÓA',
		'Đoàn nghệ thuật Thanh Hóa biểu diễn tại Hủa Phăn',
		'Ngày đăng: 20/05/2024 | 10:00',
		'Tối 18/5, tại Quảng trường tỉnh Hủa Phăn (Lào), Đoàn nghệ thuật tỉnh Thanh Hóa do ông Phạm Văn Tuấn, Phó Giám đốc Sở làm Trưởng đoàn đã biểu diễn chương trình nghệ thuật chào mừng.',
		'Dịp này, hai bên thống nhất trong năm 2025, tỉnh Hủa Phăn sẽ đưa đoàn nghệ thuật sang biểu diễn tại Lễ hội Lam Kinh.'
	);
	const t = buildTimeline([{ file: 'a.txt', text: culturePage }]);
	it("go to the page's own province, across the line", () => {
		expect(quoted(t, 'Dịp này, hai bên thống nhất')?.cities ?? quoted(t, 'tỉnh Hủa Phăn sẽ đưa')?.cities).toContain('thanh-hoa');
	});
});

describe('a flashback after the stay told by its days', () => {
	const stop = page(
		'Thanh Hóa tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc',
		'Thứ Tư, 05/03/2025, 18:00 (GMT+7)',
		'Chiều 5/3, tại trụ sở UBND tỉnh, đồng chí Lò Văn Thắng, Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do đồng chí Khăm-phon Xay-nha-vông, Phó Tỉnh trưởng làm Trưởng đoàn.',
		'Chuyến công tác tại Thanh Hóa nằm trong chương trình thăm và làm việc tại Việt Nam của Đoàn từ ngày 3 đến 8/3. Trước đó, ngày 4/3, tại Hà Nội, Đoàn đã làm việc với Ban Đối ngoại Trung ương.',
		'Thông tin với Đoàn, Phó Chủ tịch UBND tỉnh Lò Văn Thắng cho biết, tỉnh hiện có 10 khu công nghiệp; năm 2024 tăng trưởng kinh tế đạt 11%.',
		'Đồng chí Lò Văn Thắng tặng quà lưu niệm Trưởng đoàn Khăm-phon Xay-nha-vông.'
	);
	it('breaks into the reception told before the stay: its host is not at the flashback', () => {
		const t = buildTimeline([{ file: 'a.txt', text: stop }]);
		const host = t.people.find((p) => p.name === 'Lò Văn Thắng')?.id;
		const before = quoted(t, 'Trước đó, ngày 4/3');
		expect(host).toBeTruthy();
		expect(before?.people).not.toContain(host);
		expect(quoted(t, 'Chiều 5/3')?.people).toContain(host);
	});
});
