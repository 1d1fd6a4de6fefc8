/**
 * A business matching session is a conference of firms, told in either language ("phiên kết nối giao thương", "held a
 * business matching session with companies of …"); the head of a chamber or an association is named with his body, which is
 * no person ("Chủ tịch Phòng Thương mại và Công nghiệp tỉnh …", "Chairman of the … Business Association").
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const page = (file: string, lines: string[]) => ({ file, text: lines.join('\n\n') });

describe('a business matching session', () => {
	it('in Vietnamese is a conference, not a field trip', () => {
		const t = buildTimeline([page('vi.txt', [
			'Thứ hai, 7/10/2024, 09:00 (GMT+7)',
			'Doanh nghiệp Quảng Bình tìm cơ hội tại Khăm Muồn',
			'Từ ngày 6 đến 9/10, Đoàn công tác tỉnh Quảng Bình do ông Trần Văn Phúc, Phó Chủ tịch UBND tỉnh làm trưởng đoàn làm việc tại tỉnh Khăm Muồn (Lào).',
			'Cả ngày 8/10, hơn 60 doanh nghiệp hai tỉnh tham gia phiên kết nối giao thương tại Hội trường tỉnh Khăm Muồn.'
		])]);
		const e = t.events.find((x) => x.sources.some((s) => s.quote.includes('phiên kết nối')));
		expect(e?.type).toBe('conference');
	});
	it('in English makes a conference, and the association heading it is no person', () => {
		const t = buildTimeline([page('en.txt', [
			'Monday, 7/10/2024 10:20',
			'Quang Binh firms look for partners in Khammouane',
			'THAKHEK, October 7 (VNA) - A delegation of 40 firms from the central province of Quang Binh, led by Tran Van Phuc, Chairman of the Quang Binh Business Association, held a business matching session with companies of Khammouane province on Monday.'
		])]);
		const e = t.events.find((x) => x.type === 'conference' && x.sources.some((s) => s.quote.includes('business matching')));
		expect(e?.start).toBe('2024-10-07');
		const names = t.people.map((p) => p.name);
		expect(names.some((n) => /Association/.test(n))).toBe(false);
	});
	it('the chairman of a chamber of commerce is a person, his chamber is not', () => {
		const t = buildTimeline([page('vi2.txt', [
			'Thứ hai, 7/10/2024, 09:00 (GMT+7)',
			'Doanh nghiệp Quảng Bình tìm cơ hội tại Khăm Muồn',
			'Sáng 7/10, tại tỉnh Khăm Muồn (Lào), Đoàn công tác tỉnh Quảng Bình do ông Trần Văn Phúc, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã tổ chức hội nghị xúc tiến đầu tư với sự tham dự của ông Bun-mi Xỉ-xu-phăn, Chủ tịch Phòng Thương mại và Công nghiệp tỉnh Khăm Muồn.'
		])]);
		const names = t.people.map((p) => p.name);
		expect(names.some((n) => n.startsWith('Phòng'))).toBe(false);
	});
});
