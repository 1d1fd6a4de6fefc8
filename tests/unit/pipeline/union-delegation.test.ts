/**
 * A trade union's trip: "Đoàn công tác do ông X, Chủ tịch Liên đoàn Lao động tỉnh làm trưởng đoàn" names its leader (the kind
 * "công tác" is no body), and the unions' own names, "Liên đoàn Lao động", "Liên hiệp Công đoàn tỉnh …", are no delegations:
 * "Sáng …, Đoàn sang tỉnh …, làm việc với Liên hiệp Công đoàn tỉnh do ông Y … chủ trì" is the same trip in a second province,
 * and "Đoàn đại biểu Liên hiệp Công đoàn tỉnh … do ông Z … làm trưởng đoàn" is led by Z. Under a programme's last bullet, the
 * host's accepted invitation to come over ("nhận lời mời dẫn Đoàn … sang thăm …") is not the delegation that goes home.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const union = [
	'Công đoàn Nghệ An thăm hai tỉnh bạn Lào',
	'',
	'Thứ hai, 14.10.2019 | 08:00',
	'',
	'"Chúng tôi luôn coi công nhân hai tỉnh là anh em một nhà", bà Vông-phết Xay-nha-vông, Chủ tịch Liên hiệp Công đoàn tỉnh Xiêng Khoảng nói khi tiếp Đoàn công tác Liên đoàn Lao động tỉnh Nghệ An sáng 10/10, tại thành phố Phôn-xa-vẳn.',
	'',
	'Đoàn công tác do ông Trần Văn Lộc, Chủ tịch Liên đoàn Lao động tỉnh làm trưởng đoàn, thăm và làm việc tại hai tỉnh Xiêng Khoảng và Hủa Phăn từ chiều 9/10 đến hết ngày 11/10.',
	'',
	'Sáng 11/10, Đoàn sang tỉnh Hủa Phăn, làm việc với Liên hiệp Công đoàn tỉnh do ông Khăm-liếng Phôm-mạ-ni, Chủ tịch Liên hiệp Công đoàn tỉnh Hủa Phăn chủ trì; chiều cùng ngày, Đoàn về nước qua cửa khẩu quốc tế Nậm Cắn.'
].join('\n');

const guests = [
	'Công đoàn Đà Nẵng tiếp bạn Lào',
	'',
	'Thứ sáu, 20.09.2019 | 10:00',
	'',
	'Đoàn đại biểu Liên hiệp Công đoàn tỉnh Sê Kông do ông Bua-phăn Xỉ-xổm-bun, Chủ tịch Liên hiệp Công đoàn tỉnh làm trưởng đoàn đến Đà Nẵng hôm 17/9 và có chương trình làm việc tại thành phố đến ngày 19/9.',
	'',
	'Sáng 18/9, Đoàn thăm Khu công nghệ cao Đà Nẵng.'
].join('\n');

const programme = [
	'Công đoàn Huế thăm Chăm-pa-sắc',
	'',
	'Thứ bảy, 12.10.2019 | 09:00',
	'',
	'"Tình hữu nghị của công nhân hai tỉnh là tài sản chung", ông Xổm-xạ-ạt Vi-lay, Chủ tịch Liên hiệp Công đoàn tỉnh Chăm-pa-sắc nhấn mạnh khi tiếp Đoàn đại biểu Liên đoàn Lao động tỉnh Thừa Thiên Huế chiều thứ Ba tuần này.',
	'',
	'Đoàn do bà Lê Thị Hạnh, Chủ tịch Liên đoàn Lao động Tỉnh làm trưởng đoàn, thăm và làm việc tại tỉnh Chăm-pa-sắc từ ngày 7 đến 10/10. Chương trình của Đoàn gồm:',
	'',
	'- Ngày 7/10: Đoàn đến Pạc-xế, dâng hoa tại Đài tưởng niệm liệt sĩ.',
	'',
	'- Ngày 9/10: Đoàn thăm công nhân Việt Nam tại khu công nghiệp Pạc-xế.',
	'',
	'- Sáng 10/10: Đoàn về nước.',
	'',
	'Trong dịp này, ông Xổm-xạ-ạt Vi-lay nhận lời mời dẫn Đoàn Liên hiệp Công đoàn tỉnh Chăm-pa-sắc sang thăm Thừa Thiên Huế vào dịp kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2019).'
].join('\n');

describe('a trade union\'s trip', () => {
	it('"Đoàn công tác do ông X, Chủ tịch Liên đoàn Lao động tỉnh làm trưởng đoàn" leads one trip, the second province a day of it', () => {
		const t = buildTimeline([{ file: 'a.txt', text: union }]);
		const x = t.people.find((p) => p.name === 'Trần Văn Lộc');
		expect(x).toBeTruthy();
		expect(t.delegations).toHaveLength(1);
		expect(t.delegations[0].leader).toBe(x!.id);
		const day = t.events.find((e) => e.sources.some((s) => s.quote.includes('Đoàn sang tỉnh Hủa Phăn')));
		expect(day && t.delegations[0].events.includes(day.id)).toBe(true);
	});
	it('"Đoàn đại biểu Liên hiệp Công đoàn tỉnh … do ông Z … làm trưởng đoàn" is led by Z', () => {
		const t = buildTimeline([{ file: 'b.txt', text: guests }]);
		const z = t.people.find((p) => p.name === 'Bua-phăn Xỉ-xổm-bun');
		expect(z).toBeTruthy();
		expect(t.delegations.map((d) => d.leader)).toEqual([z!.id]);
	});
	it('the host\'s accepted invitation under the last bullet is not the delegation going home', () => {
		const t = buildTimeline([{ file: 'c.txt', text: programme }]);
		const y = t.people.find((p) => p.name === 'Lê Thị Hạnh');
		const home = t.events.find((e) => e.sources.some((s) => s.quote.includes('Đoàn về nước')));
		expect(y && home).toBeTruthy();
		const d = t.delegations.find((x) => x.events.includes(home!.id));
		expect(d?.leader).toBe(y!.id);
	});
});
