/**
 * A bare "Đoàn" followed by its verb ("Sáng 2/12, Đoàn dự Lễ mít tinh …") is the delegation the article follows, named
 * again: never a body called "dự Lễ mít tinh …". Found by the thirteenth unseen set: its Hải Phòng page, with the trip
 * sentence read as an invitation only (as it was before 'Nhận lời mời' was read as a report), made two leaderless
 * delegations named after the verb phrase.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/pipeline/index';

describe('a bare "Đoàn" and its verb', () => {
	it('makes no delegation named after the verb phrase', () => {
		const file = 'tests/fixtures/unseen13/03-baohaiphong-haiphong-xiengkhouang-two-trips.txt';
		const text = readFileSync(file, 'utf8').replace('Nhận lời mời của Tỉnh ủy, chính quyền tỉnh Xiêng Khoảng (Lào),', 'Theo thư mời của tỉnh bạn mời sang thăm,');
		expect(text).toContain('Theo thư mời');
		const t = buildTimeline([{ file, text }]);
		expect(t.events.length).toBeGreaterThan(0);
		expect(t.delegations.map((d) => d.label.en).filter((l) => /dự|dâng/.test(l))).toEqual([]);
	});
});
