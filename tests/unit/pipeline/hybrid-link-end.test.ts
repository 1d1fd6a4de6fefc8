/**
 * A hybrid happening: an online link one end of which ('điểm cầu X') is where the delegation is staying, on a day of its stay
 * ("Sáng 6/10, hai trường tổ chức lễ ký kết trực tuyến … giữa điểm cầu Thà Khẹc và điểm cầu Hà Tĩnh"), is part of the trip: the
 * delegation signs at its end. A link between two other ends, or on a day outside the stay, stays out of it.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (...paragraphs: string[]) =>
	buildTimeline([{ file: 'a.txt', text: ['Trường Đại học Hà Tĩnh ký kết hợp tác với Trường Đại học Khăm Muồn', '', 'Thứ Hai, 09/10/2023 - 10:15', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const lead = 'Từ ngày 5 đến 8/10, Đoàn công tác Trường Đại học Hà Tĩnh do PGS.TS Nguyễn Huy Bằng, Hiệu trưởng Nhà trường làm Trưởng đoàn đã thăm và làm việc tại tỉnh Khăm Muồn (Lào).';
const arrival = 'Chiều 5/10, Đoàn đến thành phố Thà Khẹc và được lãnh đạo Trường Đại học Khăm Muồn đón tại cửa khẩu.';
const tripOf = (t: ReturnType<typeof page>, quote: string) => {
	const e = t.events.find((x) => x.sources.some((s) => s.quote.startsWith(quote)));
	expect(e).toBeDefined();
	return t.delegations.filter((d) => d.events.includes(e!.id));
};

describe('an online link with one end where the delegation stays', () => {
	it('is a happening of its trip', () => {
		const t = page(lead, arrival, 'Sáng 6/10, hai trường tổ chức lễ ký kết trực tuyến Thỏa thuận hợp tác giai đoạn 2024 - 2026 giữa điểm cầu Thà Khẹc và điểm cầu Hà Tĩnh.', 'Chiều 7/10, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Khăm Muồn.');
		expect(tripOf(t, 'Sáng 6/10, hai trường')).toHaveLength(1);
	});
	it('but not a link between two other ends', () => {
		const t = page(lead, arrival, 'Sáng 6/10, hai trường tổ chức hội thảo trực tuyến về đào tạo giữa điểm cầu Viêng Chăn và điểm cầu Hà Nội.', 'Chiều 7/10, Đoàn làm việc với Sở Giáo dục và Thể thao tỉnh Khăm Muồn.');
		expect(tripOf(t, 'Sáng 6/10, hai trường')).toHaveLength(0);
	});
	it('nor one held after the delegation left', () => {
		const t = page(lead, arrival, 'Ngày 9/10, hai trường tổ chức hội nghị trực tuyến giữa điểm cầu Thà Khẹc và điểm cầu Hà Tĩnh để rà soát kết quả chuyến thăm.');
		expect(tripOf(t, 'Ngày 9/10, hai trường')).toHaveLength(0);
	});
});
