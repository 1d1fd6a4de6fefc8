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
