/**
 * A rotating conference of several provinces, told by its host: "Cùng buổi chiều, …" after "Chiều 9/11, …" is that afternoon
 * (a second reception, of another delegation, is its own happening); "Kết thúc Hội nghị, lãnh đạo ba tỉnh đã ký Biên bản …"
 * is the signing on the conference's day; "Hội nghị lần thứ 5 sẽ tổ chức tại tỉnh X vào năm 2024" is the next session, planned.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const ev = (t: ReturnType<typeof buildTimeline>, quote: string) => t.events.find((e) => e.sources.some((s) => s.quote.includes(quote)));

const page = [
	'Hội nghị lần thứ 4 giữa ba tỉnh Hà Tĩnh, Bô-ly-khăm-xay và Khăm-muồn',
	'',
	'Cập nhật: 10/11/2023 16:40',
	'',
	'Sáng 10/11, tại thành phố Hà Tĩnh, UBND tỉnh Hà Tĩnh chủ trì tổ chức Hội nghị đánh giá kết quả hợp tác năm 2023 giữa các tỉnh Hà Tĩnh (Việt Nam) và Bô-ly-khăm-xay, Khăm-muồn (Lào).',
	'',
	'Đồng chủ trì Hội nghị có đồng chí Phan Văn Bình, Chủ tịch UBND tỉnh Hà Tĩnh; đồng chí Khăm-pheng Xay-xổm-phon, Tỉnh trưởng tỉnh Bô-ly-khăm-xay và đồng chí Vi-lay Xỉ-khăm, Tỉnh trưởng tỉnh Khăm-muồn.',
	'',
	'Kết thúc Hội nghị, lãnh đạo ba tỉnh đã ký Biên bản Hội nghị lần thứ 4 và thống nhất kế hoạch hợp tác năm 2024.',
	'',
	'Hội nghị lần thứ 5 sẽ tổ chức tại tỉnh Khăm-muồn vào năm 2024.',
	'',
	'Trước đó, chiều 9/11, đồng chí Lê Quang Vinh, Bí thư Tỉnh ủy Hà Tĩnh đã tiếp xã giao Đoàn đại biểu cấp cao tỉnh Bô-ly-khăm-xay do đồng chí Khăm-pheng Xay-xổm-phon làm Trưởng đoàn.',
	'',
	'Cùng buổi chiều, đồng chí Lê Quang Vinh tiếp Đoàn đại biểu tỉnh Khăm-muồn do đồng chí Vi-lay Xỉ-khăm dẫn đầu.'
].join('\n');

describe('a rotating conference of three provinces, told by its host', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	const name = (id: string) => t.people.find((p) => p.id === id)?.name;
	it('"Cùng buổi chiều" opens a second reception, of the other delegation, that afternoon', () => {
		const first = ev(t, 'tiếp xã giao Đoàn đại biểu cấp cao');
		const second = ev(t, 'tiếp Đoàn đại biểu tỉnh Khăm-muồn');
		expect(second).toBeDefined();
		expect(second).not.toBe(first);
		expect([second?.start, second?.partOfDay]).toEqual(['2023-11-09', 'afternoon']);
		expect(first?.people.map(name)).not.toContain('Vi-lay Xỉ-khăm');
	});
	it('the minutes signed by the three provinces\' leaders at its end are a signing on the conference\'s day', () => {
		const e = ev(t, 'lãnh đạo ba tỉnh đã ký Biên bản');
		expect([e?.type, e?.start, e?.status]).toEqual(['signing', '2023-11-10', 'occurred']);
	});
	it('the next session announced with its number is a planned main event of its year', () => {
		const e = ev(t, 'Hội nghị lần thứ 5 sẽ tổ chức');
		expect([e?.start, e?.end, e?.status, e?.role]).toEqual(['2024-01-01', '2024-12-31', 'planned', 'main']);
	});
	it('"các trưởng đoàn đã cùng ký" is the signing too', () => {
		const t2 = buildTimeline([{ file: 'b.txt', text: page.replace('lãnh đạo ba tỉnh đã ký', 'các trưởng đoàn đã cùng ký') }]);
		expect(ev(t2, 'các trưởng đoàn đã cùng ký')?.start).toBe('2023-11-10');
	});
});
