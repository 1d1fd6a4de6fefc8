/** Who is only named in a sentence, not present: instructions passed on, sayings recalled, memorials. */
import { describe, expect, it } from 'vitest';
import { findPeople, isParticipant } from '../../../src/lib/pipeline/people';

const verdicts = (s: string) => Object.fromEntries(findPeople(s).map((p) => [p.name, isParticipant(s, p)]));

describe('isParticipant, beyond greetings', () => {
	it.each([
		['Thực hiện chỉ đạo của Thủ tướng Phạm Minh Chính, hai tỉnh đã triển khai nhiều dự án.', 'Phạm Minh Chính'],
		['Như Chủ tịch Hồ Chí Minh đã nói, quan hệ Việt - Lào là mối quan hệ đặc biệt.', 'Hồ Chí Minh'],
		['Đồng chí Lê Văn Tâm nhắc lại lời căn dặn của Chủ tịch Kaysone Phomvihane về tình đoàn kết.', 'Kaysone Phomvihane'],
		['Đoàn đã đến thăm Khu lưu niệm Chủ tịch Kaysone Phomvihane tại tỉnh Savannakhet.', 'Kaysone Phomvihane']
	])('%s', (s, name) => {
		expect(verdicts(s)[name]).toBe(false);
	});

	it('"do đồng chí X đứng đầu" after a Party or government is who heads it, not who takes part', () => {
		const s = 'Dưới sự lãnh đạo của Đảng, Ban Chấp hành Trung ương do đồng chí Tổng Bí thư Nguyễn Phú Trọng đứng đầu đã chỉ đạo hai bên đẩy mạnh hợp tác.';
		expect(verdicts(s)['Nguyễn Phú Trọng']).toBe(false);
		const t = 'Hai bên nhất trí với chủ trương của Chính phủ do Thủ tướng Phạm Minh Chính đứng đầu về hợp tác địa phương.';
		expect(verdicts(t)['Phạm Minh Chính']).toBe(false);
	});

	it('but a delegation "do đồng chí X … đứng đầu" is led by X, who takes part', () => {
		const s = 'Đoàn đại biểu Thành ủy Viêng Chăn do đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn, đứng đầu đã thăm Khu công nghệ cao.';
		expect(verdicts(s)['Anouphap Tounalom']).toBe(true);
	});

	it('the people who act are still participants', () => {
		const v = verdicts('Đồng chí Lê Văn Tâm nhắc lại lời căn dặn của Chủ tịch Kaysone Phomvihane về tình đoàn kết.');
		expect(v['Lê Văn Tâm']).toBe(true);
		expect(verdicts('Như thường lệ, đồng chí Trần Văn Long đã nói chuyện với cán bộ Đại sứ quán.')['Trần Văn Long']).toBe(true);
	});
});

describe('Lao names transcribed into Vietnamese', () => {
	it('a hyphenated part that needs no diacritics belongs to the name ("Phon-xay Khăm-ma-ni")', () => {
		expect(findPeople('Đoàn do đồng chí Phon-xay Khăm-ma-ni, Bí thư Tỉnh ủy dẫn đầu.').map((p) => p.name)).toEqual(['Phon-xay Khăm-ma-ni']);
		expect(findPeople('Đồng chí Bua Khăm Thip-pha-vông phát biểu.').map((p) => p.name)).toEqual(['Bua Khăm Thip-pha-vông']);
	});
});
