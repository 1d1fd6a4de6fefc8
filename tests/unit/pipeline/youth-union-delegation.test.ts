/**
 * A provincial Youth Union's delegation: in "Đoàn đại biểu Thành Đoàn Cần Thơ do đồng chí X, Bí thư Thành Đoàn làm trưởng
 * đoàn", "Cần Thơ" is the city (Đoàn is no surname after "Thành"/"Tỉnh"), and the "do" is this delegation's (the Youth
 * Union's "Đoàn" inside its name opens no second delegation).
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/lib/pipeline/places';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a Youth Union delegation', () => {
	it('"Thành Đoàn Cần Thơ", "Tỉnh Đoàn Nghệ An" name their city; a man named Đoàn does not', () => {
		expect(findPlaces('Đoàn đại biểu Thành Đoàn Cần Thơ thăm Viêng Chăn.').map((p) => p.cityId)).toEqual(['can-tho', 'vientiane']);
		expect(findPlaces('Bí thư Tỉnh Đoàn Nghệ An phát biểu.').map((p) => p.cityId)).toEqual(['nghe-an']);
		expect(findPlaces('Ông Đoàn Cần Thơ phát biểu.')).toEqual([]);
	});

	it('is led by its secretary, from its city', () => {
		const t = buildTimeline([
			{
				file: 'a.txt',
				text: [
					'Tuổi trẻ Cần Thơ thăm Chăm-pa-xắc',
					'',
					'12/10/2025 10:15 GMT+7',
					'',
					'Từ ngày 9 đến 11/10, Đoàn đại biểu Thành Đoàn Cần Thơ do đồng chí Lê Thị Thu Vân, Bí thư Thành Đoàn làm trưởng đoàn đã thăm và làm việc tại tỉnh Chăm-pa-xắc (Lào).',
					'',
					'Chiều 10/10, đồng chí Xổm-xạ-vắt In-thạ-vông, Bí thư Tỉnh Đoàn Chăm-pa-xắc đã tiếp Đoàn.'
				].join('\n')
			}
		]);
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0]).toMatchObject({ from: 'can-tho', to: 'champasak' });
		expect(t.people.find((p) => p.id === t.delegations[0].leader)?.name).toBe('Lê Thị Thu Vân');
	});
});
