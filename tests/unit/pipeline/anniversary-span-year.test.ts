/**
 * A span of two full dates years apart, in brackets after what is celebrated, is an anniversary even without "kỷ niệm"
 * ("chào mừng 94 năm Ngày thành lập … (26/3/1931 - 26/3/2025)"): its two ends share day and month, or the years counted
 * before it are its length; the later year is the celebration's, so a yearless page is of that year, not of the founding's.
 * A span over the new year stands for both its years, never for its first alone.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence, decideYear } from '../../../src/lib/pipeline/dates/index';
import { buildTimeline } from '../../../src/lib/pipeline/index';

const evidence = (text: string) => collectYearEvidence([{ text }]).map((e) => [e.kind, e.year]);
const year = (text: string, month: number) => decideYear(collectYearEvidence([{ text }]), month)?.year;

describe('an anniversary span without "kỷ niệm"', () => {
	it('with the same day and month at both ends, is of its later year', () => {
		expect(evidence('Hoạt động hướng tới 80 năm Ngày truyền thống lực lượng (19/8/1945 - 19/8/2025) được tổ chức trang trọng.')).toEqual([['anniversary', 2025]]);
		expect(year('Hoạt động hướng tới 80 năm Ngày truyền thống lực lượng (19/8/1945 - 19/8/2025) được tổ chức trang trọng.', 8)).toBe(2025);
	});

	it('with its length in years told before it, is of its later year', () => {
		expect(evidence('Giải đấu chào mừng 65 năm thành lập trường (1/10/1960 - 30/9/2025) và năm học mới.')).toEqual([['anniversary', 2025]]);
	});

	it('a span over the new year is of both its years', () => {
		expect(evidence('Đoàn công tác làm việc tại tỉnh bạn từ ngày 29/12/2023 đến ngày 2/1/2024.')).toEqual([
			['explicit', 2023],
			['explicit', 2024]
		]);
	});
});

describe('a yearless fanpage post dated by the anniversary it greets', () => {
	const post = [
		'Huyện đoàn Mường Tè',
		'9 tháng 5 lúc 18:40 · 🌏',
		'',
		'TUỔI TRẺ MƯỜNG TÈ GIAO LƯU VỚI TUỔI TRẺ HUYỆN MƯỜNG KHUA (LÀO)',
		'',
		'Từ ngày 7 đến 9/5, Đoàn công tác Huyện đoàn Mường Tè do đồng chí Lò Văn Sính, Bí thư Huyện đoàn làm Trưởng đoàn đã thăm và giao lưu với Đoàn Thanh niên huyện Mường Khua, tỉnh Phông-sa-lỳ.',
		'',
		'Sáng 8/5, hai bên trồng 100 cây xanh tại trường học của bản và trao 20 suất quà cho học sinh.',
		'',
		'Chuyến đi là hoạt động thiết thực chào mừng 70 năm Ngày truyền thống lực lượng (15/5/1955 - 15/5/2025) và Tháng Thanh niên năm nay.',
		''
	].join('\n');
	it('dates its trip in the anniversary year', () => {
		const t = buildTimeline([{ file: 'post.txt', text: post }]);
		expect(t.events.length).toBeGreaterThan(0);
		for (const e of t.events) expect(e.start?.slice(0, 4)).toBe('2025');
	});
});
