/**
 * A gift made "Dịp này" during a delegation's trip, of equipment for online work ("… trao tặng … thiết bị phục vụ họp trực
 * tuyến"): handed over in person, the delegation's; the word "trực tuyến" is in what was given, not how it was held. A
 * meeting held online still takes no one's trip.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (last: string) =>
	[
		'Viện kiểm sát Hà Tĩnh làm việc tại Bô-li-khăm-xay',
		'',
		'22/10/2024 08:15',
		'',
		'Từ ngày 17 đến 19/10, Đoàn công tác Viện kiểm sát nhân dân tỉnh Hà Tĩnh do đồng chí Trần Quang Minh, Viện trưởng làm trưởng đoàn đã thăm và làm việc tại tỉnh Bô-li-khăm-xay (Lào).',
		'',
		'Chiều 17/10, Đoàn hội đàm với Viện kiểm sát nhân dân tỉnh Bô-li-khăm-xay.',
		'',
		last,
		''
	].join('\n');
const inTrip = (t: ReturnType<typeof buildTimeline>, q: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(q)));
	return !!e && t.delegations.some((d) => d.events.includes(e.id));
};

describe('a gift of equipment for online work', () => {
	it('"Dịp này, VKSND tỉnh X trao tặng … thiết bị phục vụ họp trực tuyến" is the delegation\'s', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Dịp này, Viện kiểm sát nhân dân tỉnh Hà Tĩnh trao tặng Viện kiểm sát nhân dân tỉnh Bô-li-khăm-xay 8 bộ máy tính và thiết bị phục vụ họp trực tuyến.') }]);
		expect(inTrip(t, 'Dịp này')).toBe(true);
	});
	it('a gift handed over online is still none of the trip\'s', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Ngày 18/10, theo hình thức trực tuyến, Viện kiểm sát nhân dân tỉnh Hà Tĩnh trao tặng Viện kiểm sát nhân dân tỉnh Bô-li-khăm-xay 8 bộ máy tính.') }]);
		expect(inTrip(t, 'Ngày 18/10')).toBe(false);
	});
});
