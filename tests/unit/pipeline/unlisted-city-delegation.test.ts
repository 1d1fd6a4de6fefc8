/**
 * A delegation of a city no gazetteer lists, led by someone, that the sentence places in the other country ("Đoàn công tác thành
 * phố Sầm Sơn do đồng chí … dẫn đầu đã thăm và làm việc tại huyện …, tỉnh U-đôm-xay (Lào)"): from this side, as a district's is.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = [
	'Điểm tin đối ngoại tuần',
	'',
	'15/06/2024 09:00',
	'',
	'Từ ngày 10 đến 12/6, Đoàn công tác thành phố Sầm Sơn do đồng chí Lê Văn Toàn, Bí thư Thành ủy làm Trưởng đoàn đã thăm và làm việc tại huyện Mương Xay, tỉnh U-đôm-xay (Lào).',
	'',
	'Sáng 11/6, đồng chí Bun-mi Xay-nha-vông, Bí thư Huyện ủy, Chủ huyện Mương Xay đã tiếp và hội đàm với Đoàn.'
].join('\n');

describe('a delegation of an unlisted city abroad', () => {
	const t = buildTimeline([{ file: 'a.txt', text: page }]);
	it('is a delegation to the other country, led by its leader, with the talks', () => {
		expect(t.delegations).toHaveLength(1);
		const d = t.delegations[0];
		expect(t.people.find((p) => p.id === d.leader)?.name).toBe('Lê Văn Toàn');
		expect(d.to).toBe('oudomxay');
		expect(d.events.length).toBeGreaterThanOrEqual(2);
	});
});
