/**
 * A provincial city or town the gazetteer does not list ("Đoàn công tác thành phố Từ Sơn do đồng chí X, … Bí thư Thành ủy Từ Sơn
 * …") is a place of the page's own province, named by its masthead ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH"): the delegation
 * comes from that province, not only from its country. A Lao town ("thành phố Kay-xỏn Phôm-vi-hản") is not read so.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { pageTowns } from '../../../src/lib/pipeline/places';

const text = [
	'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH',
	'Trang chủ | Tin tức | Đối ngoại',
	'',
	'Thành phố Từ Sơn thăm, làm việc tại huyện Xay-thá-ny',
	'',
	'18/10/2024 | 10:05',
	'',
	'Từ ngày 14 đến 16/10, Đoàn công tác thành phố Từ Sơn do đồng chí Nguyễn Văn Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Từ Sơn làm trưởng đoàn đã thăm, làm việc tại huyện Xay-thá-ny, Thủ đô Viêng Chăn (Lào).',
	'',
	'Sáng 15/10, đồng chí Khăm-phêng Xỉ-xổm-phon, Bí thư Huyện ủy, Chủ huyện Xay-thá-ny đã tiếp và hội đàm với Đoàn.'
].join('\n');

describe('a provincial town of the page\'s own province', () => {
	it('is read as that province', () => {
		const t = buildTimeline([{ file: 'tuson.txt', text }]);
		const d = t.delegations.find((x) => t.people.find((p) => p.id === x.leader)?.name === 'Nguyễn Văn Phong');
		expect(d?.from).toBe('bac-ninh');
		expect(d?.to).toBe('vientiane');
	});
	it('only with the town\'s own committee named, and not a Lao town', () => {
		const page = 'SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ\n\nĐoàn đến thành phố Kay-xỏn Phôm-vi-hản. Bí thư Thành ủy Kay-xỏn Phôm-vi-hản đã tiếp Đoàn.';
		expect(pageTowns(page, page, 0, [])).toEqual([]);
		const none = 'SỞ NGOẠI VỤ TỈNH BẮC NINH\n\nĐoàn công tác thành phố Từ Sơn đã thăm huyện Xay-thá-ny.';
		expect(pageTowns(none, none, 0, [])).toEqual([]);
		expect(pageTowns(text, text, 0, []).map((p) => [p.surface, p.cityId])).toEqual([['Thành phố Từ Sơn', 'bac-ninh'], ['thành phố Từ Sơn', 'bac-ninh']]);
	});
});
