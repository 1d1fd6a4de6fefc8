/**
 * A stay told open, from its first day ("Đoàn đang có chuyến thăm, làm việc tại … từ ngày 8/10"), is the trip "Ngày thứ hai
 * của chuyến thăm" told next counts from; and a Lao-shaped name with no title, listed among places ("nối Vinh, Cửa Lò,
 * Xu-pha-nu-vông Khăm-xay và Thà-khẹc"), is a place bearing a leader's name, not a person.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/pipeline/people';
import { makeGazetteer } from '../../../src/lib/pipeline/gazetteer';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import citiesJson from '../../../data/gazetteer/cities.json';

const bare = makeGazetteer(citiesJson, { people: [] });
const people = (text: string) => findPeople(text, bare, 'vi').filter((p) => !p.credit).map((p) => p.name);
const page = (title: string, stamp: string, paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: [title, '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const quoted = (t: ReturnType<typeof buildTimeline>, q: string) => t.events.filter((e) => e.sources.some((s) => s.quote.includes(q)));

describe('the second day of a stay told open', () => {
	const t = page('Gặp mặt chuyên gia từng công tác tại tỉnh Khăm-muộn', 'Ngày đăng: 10/10/2023', [
		'Hôm nay (10/10), Hội Hữu nghị Việt - Lào tỉnh Nghệ An tổ chức gặp mặt 60 chuyên gia từng công tác tại tỉnh Khăm-muộn.',
		'Tham dự có Đoàn đại biểu tỉnh Khăm-muộn do đồng chí Bun-thoong Đi-vi-xay, Phó Tỉnh trưởng làm Trưởng đoàn.',
		'Đoàn đang có chuyến thăm, làm việc tại Nghệ An từ ngày 8/10. Ngày thứ hai của chuyến thăm, Đoàn đã dự Diễn đàn hợp tác đầu tư tại thành phố Vinh.'
	]);
	it('"Ngày thứ hai của chuyến thăm" is the day after the stay began', () => {
		const second = quoted(t, 'Ngày thứ hai của chuyến thăm');
		expect(second).toHaveLength(1);
		expect([second[0].start, second[0].end]).toEqual(['2023-10-09', '2023-10-09']);
	});
});

describe('a transcribed name listed among places', () => {
	it('is a place, not a person', () => {
		expect(people('Đồng chí Lê Văn Hòa đề xuất mở tour du lịch nối Vinh, Cửa Lò, Xu-pha-nu-vông Khăm-xay và Thà-khẹc.')).toEqual(['Lê Văn Hòa']);
		expect(people('Tuyến xe khách mới đi qua Thà-khẹc, Xu-pha-nu-vông Khăm-xay, Vinh và Hà Nội.')).toEqual([]);
	});
	it('leaves a list of people, and a name with its title, as people', () => {
		expect(people('Tiếp Đoàn có các đồng chí Bun-thoong Đi-vi-xay, Xổm-xạ-nạ Khăm-phăn và Vi-lay Phôm-ma-chăn.')).toEqual(['Bun-thoong Đi-vi-xay', 'Xổm-xạ-nạ Khăm-phăn', 'Vi-lay Phôm-ma-chăn']);
		expect(people('Đoàn thăm Thà-khẹc, đồng chí Xổm-xạ-nạ Khăm-phăn và Phó Tỉnh trưởng tiếp Đoàn.')).toEqual(['Xổm-xạ-nạ Khăm-phăn']);
	});
});
