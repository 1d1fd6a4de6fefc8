/**
 * Who the visitor is when the page does not name them outright: the one invited by title, not by name, to lead a delegation
 * ("X invited the Sekong governor to lead a delegation to Da Nang": the governor leads, from Sekong, to Da Nang; X only
 * invites), and a hospital's team with no province of its own ("Đoàn y, bác sĩ Bệnh viện … do X làm trưởng đoàn đã sang khám
 * bệnh … cho người dân tỉnh Y"): a Vietnamese body's team, gone over to Y.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (stamp: string, ...paragraphs: string[]) => buildTimeline([{ file: 'a.txt', text: ['Hợp tác hữu nghị giữa hai tỉnh', '', stamp, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n') }]);
const trips = (t: ReturnType<typeof buildTimeline>) => t.delegations.map((d) => ({ leader: t.people.find((p) => p.id === d.leader)?.name ?? null, from: d.from, to: d.to }));

describe('one invited by title to lead a delegation', () => {
	it('leads it from the province the title names, to where the invitation says; the inviter stays home', () => {
		const t = page(
			'Tuesday, June 10, 2025 8:15 AM',
			'A delegation of Sekong province led by Provincial Governor Khamphet Vongsavanh paid a working visit to Quang Nam from June 8 to 10.',
			'On June 9, Governor Khamphet held talks with Le Van Quang, Chairman of the Quang Nam Provincial People\'s Committee.',
			'On the sidelines, Mr. Tran Minh Duc, Chairman of the Da Nang People\'s Committee, invited the Sekong governor to lead a delegation to Da Nang in October this year, and the invitation was accepted.'
		);
		expect(trips(t)).toContainEqual({ leader: 'Khamphet Vongsavanh', from: 'sekong', to: 'da-nang' });
		expect(trips(t).filter((x) => x.leader === 'Tran Minh Duc')).toEqual([]);
		expect(t.events.find((e) => e.sources[0].quote.includes('invited the Sekong governor'))).toMatchObject({ status: 'planned', start: '2025-10-01' });
	});
});

describe("a hospital's team with no province of its own", () => {
	it('is a Vietnamese delegation gone over to the province where it works', () => {
		const t = page(
			'Thứ Sáu, 08/11/2024 - 16:20',
			'Từ ngày 4 đến 8/11, Đoàn y, bác sĩ Bệnh viện Đa khoa khu vực Mường Thanh do BSCKII Đặng Quốc Hưng, Giám đốc Bệnh viện làm trưởng đoàn đã sang khám bệnh, cấp thuốc miễn phí cho 2.300 người dân tỉnh Phông-sa-lỳ, nước CHDCND Lào.',
			'Sáng 5/11, Đoàn làm việc với Sở Y tế tỉnh Phông-sa-lỳ.'
		);
		expect(trips(t)).toContainEqual(expect.objectContaining({ leader: 'Đặng Quốc Hưng', to: 'phongsaly' }));
	});
});
