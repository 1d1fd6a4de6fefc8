/**
 * A departure that names the days of the trip it ends ("Chiều cùng ngày, Đoàn về nước …, kết thúc chuyến thăm Lào từ
 * 11 - 14/6") is dated by its own day ("Chiều cùng ngày"), not by the whole stay it names.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('the days of the trip a departure ends', () => {
	const text = [
		'BÁO ĐIỆN TỬ TỈNH HÀ TĨNH',
		'',
		'Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bô-ly-khăm-xay',
		'',
		'15/06/2018 09:20',
		'',
		'Sáng 13/6, đồng chí Trần Văn Hiếu, Phó Bí thư Tỉnh ủy tỉnh Hà Tĩnh và Đoàn đại biểu tỉnh Hà Tĩnh đã hội đàm với lãnh đạo tỉnh Bô-ly-khăm-xay tại thành phố Pạc-xan.',
		'',
		'Sáng 14/6, Đoàn thăm Trường Phổ thông Dân tộc nội trú tỉnh Bô-ly-khăm-xay.',
		'',
		'Chiều cùng ngày, Đoàn về nước qua cửa khẩu quốc tế Cầu Treo, kết thúc chuyến thăm Lào từ 11 - 14/6.',
		''
	].join('\n');
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('is the afternoon of the last day', () => {
		const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith('Chiều cùng ngày, Đoàn về nước')));
		expect(e).toMatchObject({ start: '2018-06-14', end: '2018-06-14', partOfDay: 'afternoon' });
	});
});
