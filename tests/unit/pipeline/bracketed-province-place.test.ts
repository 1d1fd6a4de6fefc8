/**
 * A trip to a district-level town with its province in brackets: "… đã thăm, làm việc tại huyện Bắc Hà (tỉnh Lào Cai)". The
 * bracketed province is where the delegation went, and "Lào Cai" is a Vietnamese province, not Laos ("Lào"): so the lead
 * sets up the trip, and the captions after it ("Chiều 4/4, ông X, Chủ tịch UBND huyện Bắc Hà đón Đoàn …") are its days.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { countryIn } from '../../../src/lib/pipeline/delegations';

const text = [
	'Huyện Xay của Lào học cách làm du lịch cộng đồng ở Bắc Hà',
	'',
	'07.04.2019',
	'',
	'Từ chiều 4/4 đến hết ngày 6/4, Đoàn công tác huyện Xay (tỉnh U-đôm-xay, Lào) do ông Bun-thăn Khăm-phui, Chủ huyện làm trưởng đoàn đã thăm, làm việc tại huyện Bắc Hà (tỉnh Lào Cai). Tạp chí giới thiệu một số hình ảnh.',
	'',
	'Chiều 4/4, ông Vàng Seo Páo, Chủ tịch UBND huyện Bắc Hà đón Đoàn tại trụ sở UBND huyện.',
	'',
	'Sáng 5/4, hai bên hội đàm và ký kết Biên bản ghi nhớ hợp tác phát triển du lịch giữa hai huyện.',
	'',
	'Ngày 6/4, Đoàn thăm chợ phiên Bắc Hà và làm việc với Hợp tác xã du lịch.'
].join('\n');

describe('a district with its province in brackets as the place of the trip', () => {
	const t = buildTimeline([{ file: 'a.txt', text }]);
	it('"Lào Cai" names no country', () => {
		expect(countryIn('tại huyện Bắc Hà (tỉnh Lào Cai)')).toBeNull();
		expect(countryIn('tại tỉnh Hủa Phăn (Lào)')).toBe('LA');
	});
	it('the delegation went to Lào Cai, and the days told after the lead are its own', () => {
		const d = t.delegations.find((x) => x.to === 'lao-cai');
		expect(d).toBeTruthy();
		expect(t.people.find((p) => p.id === d!.leader)?.name).toBe('Bun-thăn Khăm-phui');
		const days = t.events.filter((e) => d!.events.includes(e.id)).map((e) => e.start);
		expect(days).toEqual(expect.arrayContaining(['2019-04-04', '2019-04-05', '2019-04-06']));
	});
});
