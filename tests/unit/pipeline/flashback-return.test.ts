/**
 * After a flashback ("Trước đó, chiều 1/2, Đoàn đã đến …"), a new paragraph that names someone of the news it broke
 * into (the host who received the delegation) tells that news again, not the flashback: its people are the news's.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (flashbackPeople = '') =>
	[
		'Lãnh đạo tỉnh Hà Giang tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ',
		'',
		'Thứ Hai, 03/02/2025 - 09:40',
		'',
		'Sáng 2/2, đồng chí Triệu Đức Khang, Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do đồng chí Xổm-phết Xi-la-vông, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ làm trưởng đoàn.',
		'',
		`Đoàn có chuyến thăm tại tỉnh Hà Giang từ 1 – 4/2. Trước đó, chiều 1/2, Đoàn đã đến thành phố Hà Giang${flashbackPeople}.`,
		'',
		'Thay mặt lãnh đạo tỉnh, đồng chí Triệu Đức Khang chúc mừng năm mới Đoàn đại biểu tỉnh Phông-xa-lỳ.',
		'',
		'Đồng chí Xổm-phết Xi-la-vông cảm ơn sự đón tiếp nồng hậu của tỉnh Hà Giang.'
	].join('\n');

const peopleOf = (text: string, quote: string) => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	const e = t.events.find((x) => x.sources[0].quote.startsWith(quote));
	expect(e, quote).toBeTruthy();
	return e!.people.map((id) => t.people.find((p) => p.id === id)!.name);
};

describe('back from a flashback', () => {
	it('the host who speaks in the next paragraph took part in the reception, not in the arrival', () => {
		expect(peopleOf(page(), 'Trước đó')).not.toContain('Triệu Đức Khang');
		expect(peopleOf(page(), 'Sáng 2/2')).toEqual(expect.arrayContaining(['Triệu Đức Khang', 'Xổm-phết Xi-la-vông']));
	});

	it('one the flashback names itself still belongs to it', () => {
		const text = page(', được đồng chí Triệu Đức Khang đón tại cửa khẩu');
		expect(peopleOf(text, 'Trước đó')).toContain('Triệu Đức Khang');
	});
});

describe('back from days before the news, told as a span', () => {
	it('the host\'s words in the next paragraph are the reception\'s, not the earlier leg\'s', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Đắk Lắk tiếp Đoàn cán bộ tỉnh Xê Kông',
					'Ngày đăng: 13/06/2025',
					'Chiều 12/6, đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy Đắk Lắk đã tiếp Đoàn cán bộ tỉnh Xê Kông (Lào) do đồng chí Bun-xỉ Lạ-vông, Trưởng Ban Tổ chức Tỉnh ủy Xê Kông làm trưởng đoàn.',
					'Trước khi đến Đắk Lắk, trong hai ngày 10-11/6, Đoàn đã làm việc với Ban Tổ chức Tỉnh ủy Gia Lai.',
					'Đồng chí Nguyễn Văn Hòa chúc mừng Đoàn đã hoàn thành tốt chương trình làm việc tại tỉnh Gia Lai.'
				].join('\n\n')
			}
		]);
		const host = t.people.find((p) => p.name === 'Nguyễn Văn Hòa')!.id;
		const leg = t.events.find((e) => e.sources[0].quote.startsWith('Trước khi'))!;
		expect(leg.people).not.toContain(host);
	});
});
