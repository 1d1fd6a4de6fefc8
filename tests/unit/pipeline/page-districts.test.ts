/**
 * A district portal or a provincial paper names its district with its province in the masthead and the address
 * ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN"), a Lao district with its province in brackets ("huyện Mường Pẹc
 * (Xiêng Khoảng, Lào)"), seldom in the story: the districts no gazetteer lists are places of those provinces. And a
 * delegation a place "sẽ cử", led by whom the sentence's last clause names, is that place's delegation.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';
import { pageDistricts, findPlaces } from '../../../src/lib/pipeline/places';

const portal = (...body: string[]) =>
	[
		'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN',
		'Trang chủ | Tin tức - Sự kiện',
		'',
		'Thứ Sáu, 14/11/2025 10:00',
		'',
		'Đoàn công tác huyện Kỳ Sơn thăm huyện Mường Pẹc (Xiêng Khoảng, Lào)',
		'',
		...body.flatMap((p) => [p, '']),
		'Địa chỉ: thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An.'
	].join('\n');

describe('pageDistricts', () => {
	it('reads the districts the page pairs with a province, capitals too, and finds them in the body', () => {
		const page = portal('Sáng 12/11, Đoàn làm việc tại huyện Mường Pẹc; huyện Kỳ Sơn sẽ đón đoàn bạn.');
		const at = page.indexOf('Sáng 12/11');
		const body = page.slice(at, page.indexOf('Địa chỉ'));
		const found = pageDistricts(page, body, at, findPlaces(body).map((p) => ({ ...p, start: p.start + at, end: p.end + at })));
		expect(found.map((p) => [p.surface, p.cityId])).toEqual([
			['huyện Mường Pẹc', 'xiangkhouang'],
			['huyện Kỳ Sơn', 'nghe-an']
		]);
	});
	it('pairs nothing on a page that names no province with its districts', () => {
		const page = 'Tin tức\n\nSáng 12/11, Đoàn làm việc tại huyện Mường Pẹc.';
		expect(pageDistricts(page, page, 0, [])).toEqual([]);
	});
});

describe('a return visit a district "sẽ cử", on a district portal', () => {
	const t = buildTimeline([
		{
			file: 'a.txt',
			text: portal(
				'Từ ngày 11 đến ngày 13/11, Đoàn công tác huyện Kỳ Sơn do đồng chí Lữ Văn Hùng, Chủ tịch UBND huyện làm trưởng đoàn đã thăm, làm việc tại huyện Mường Pẹc (Xiêng Khoảng, Lào).',
				'Chiều 12/11, đồng chí Khăm-xing Phôm-ma-vông, Chủ huyện Mường Pẹc đã hội đàm với Đoàn.',
				'Hai bên thống nhất huyện Mường Pẹc sẽ cử đoàn sang thăm, làm việc tại huyện Kỳ Sơn vào tháng 3 năm sau, do đồng chí Khăm-xing Phôm-ma-vông làm trưởng đoàn.'
			)
		}
	]);
	const trips = t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name, from: d.from, to: d.to, start: d.start }));
	it('goes from the Lao district\'s province to the portal\'s', () => {
		expect(trips).toContainEqual({ leader: 'Khăm-xing Phôm-ma-vông', from: 'xiangkhouang', to: 'nghe-an', start: '2026-03-01' });
	});
	it('and the district\'s own trip comes from its province', () => {
		expect(trips).toContainEqual({ leader: 'Lữ Văn Hùng', from: 'nghe-an', to: 'xiangkhouang', start: '2025-11-11' });
	});
});

// A provincial paper files a district's news under the district ("Huyện - Thị - Thành » Châu Thành" on the page of "Báo
// Bến Tre - Cơ quan của Đảng bộ tỉnh Bến Tre"): a district no gazetteer lists, named in the story, is the paper's province's.
describe('a district filed under the paper\'s section for its districts', () => {
	const page = (crumb: string, footer: string) =>
		[
			'BÁO BẾN TRE ĐIỆN TỬ',
			'Trang chủ | Thời sự | Kinh tế | Huyện - Thị - Thành | Thể thao',
			crumb,
			'Thứ năm, ngày 14/3/2024 - 09:30',
			'',
			'HUYỆN GIỒNG MÔM THĂM HUYỆN PẮC-XỌNG (LÀO)',
			'',
			'Trong hai ngày 11 và 12-3, Đoàn công tác huyện Giồng Môm do đồng chí Phạm Văn Tài, Bí thư Huyện ủy Giồng Môm làm trưởng đoàn đã thăm, làm việc tại huyện Pắc-xọng, tỉnh Chăm-pa-xắc (Lào).',
			'',
			'Dịp này, Chủ huyện Bun-mi Xỉ-xu-lạt nhận lời mời dẫn đoàn huyện Pắc-xọng sang thăm huyện Giồng Môm vào tháng 9 năm nay.',
			'',
			footer
		].join('\n');

	it('the district\'s delegation is from the province, and the return visit goes there', () => {
		const t = buildTimeline([{ file: 'a.txt', text: page('Huyện - Thị - Thành » Giồng Môm', 'Báo Bến Tre - Cơ quan của Đảng bộ tỉnh Bến Tre. Giấy phép số 12/GP-BTTTT.') }]);
		const name = (id: string | null) => t.people.find((p) => p.id === id)?.name;
		const trip = t.delegations.find((d) => name(d.leader) === 'Phạm Văn Tài');
		const back = t.delegations.find((d) => name(d.leader) === 'Bun-mi Xỉ-xu-lạt');
		expect(trip?.from).toBe('ben-tre');
		expect(back?.to).toBe('ben-tre');
	});

	it('without the paper\'s province, or without the section, the district stays unknown', () => {
		for (const [crumb, footer] of [
			['Huyện - Thị - Thành » Giồng Môm', 'Bản quyền thuộc Báo điện tử.'],
			['Thời sự » Đối ngoại', 'Báo Bến Tre - Cơ quan của Đảng bộ tỉnh Bến Tre.']
		]) {
			const t = buildTimeline([{ file: 'a.txt', text: page(crumb, footer) }]);
			const back = t.delegations.find((d) => t.people.find((p) => p.id === d.leader)?.name === 'Bun-mi Xỉ-xu-lạt');
			expect(back?.to ?? null).not.toBe('ben-tre');
		}
	});
});
