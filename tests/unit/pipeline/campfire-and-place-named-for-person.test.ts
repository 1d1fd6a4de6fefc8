/**
 * A campfire night at a youth camp ("Tối hôm trước, các trại sinh đã có đêm lửa trại …") is one of the camp's happenings; a
 * place named after a person ("a craft village in Nouhak Phoumsavanh", "Nouhak Phoumsavanh district") is a place, not one who took part.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a campfire night', () => {
	it('is an event of the evening before the day just told', () => {
		const text = [
			'Giao lưu thanh niên Nghệ An - Xiêng Khoảng năm 2019',
			'',
			'Ngày đăng: 18/8/2019',
			'',
			'Từ 14-17/8, tại bãi biển Cửa Lò, Tỉnh đoàn Nghệ An tổ chức Trại hè thanh niên Việt Nam - Lào năm 2019.',
			'',
			'Sáng 16/8, các trại sinh dâng hương tại Khu di tích Kim Liên. Tối hôm trước, các trại sinh đã có đêm lửa trại giao lưu bên bờ biển Cửa Lò.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('lửa trại')));
		expect(e).toMatchObject({ start: '2019-08-15', end: '2019-08-15', partOfDay: 'evening', role: 'main' });
	});
});

describe('a place named after a person', () => {
	it('is no participant after "in" or before "city"', () => {
		const text = [
			'Nghe An officials tour Xieng Khouang',
			'',
			'March 12, 2023 09:00 (GMT+7)',
			'',
			'A delegation from Nghe An province led by Tran Van Binh, vice chairman of the provincial People\'s Committee, paid a working visit to Xieng Khouang from March 8 to 10.',
			'',
			'On Thursday, Binh and Sisavath Phommachanh visited a weaving village in Nouhak Phoumsavanh and toured a market in Nouhak Phoumsavanh district.',
			''
		].join('\n');
		const t = buildTimeline([{ file: 'a.txt', text }]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('weaving village')));
		expect(e).toBeTruthy();
		const names = e!.people.map((id) => t.people.find((p) => p.id === id)?.name);
		expect(names).not.toContain('Nouhak Phoumsavanh');
		expect(names.join(' ')).not.toMatch(/Phoumsavanh/);
	});
});
