/**
 * findRelative finds its rules' keys in the text as written (case-insensitively), not in a lower-cased copy
 * of each sentence: which rules it then tries must be exactly those a lower-cased copy gives, whatever the
 * characters — checked against every UTF-16 code unit in place of every letter of the keys.
 */
import { describe, expect, it } from 'vitest';
import { keyedRules } from '../../../src/lib/pipeline/dates/relative';

// One key holding each letter the keys hold.
const KEYS = ['nay', 'qua', 'kia', 'mai', 'cách đây', 'ngày trước', 'cùng ngày', 'trong ngày', 'hôm đó', 'hôm ấy', 'tiếp theo', 'dịp', 'cũng tại', 'sau buổi', 'kết thúc hội đàm', 'sau khi hội đàm', 'trước đ', 'sau đó', 'tuần', 'tháng', 'năm', 'vừa qua', 'mới đây', 'vừa rồi', 'thứ', 'chủ nhật', 'sau cuộc'];

describe('keys found as written', () => {
	it('are the keys a lower-cased copy holds, for any character in place of any letter of a key', () => {
		const seen = new Set<string>();
		for (const key of KEYS) {
			for (let j = 0; j < key.length; j++) {
				if (seen.has(key[j])) continue;
				seen.add(key[j]);
				// Every code unit in turn in place of key[j], lone surrogates included.
				for (let c = 0; c < 0x10000; c++) {
					const text = key.slice(0, j) + String.fromCharCode(c) + key.slice(j + 1);
					const asWritten = keyedRules(text), lowerCased = keyedRules(text, true);
					if (asWritten !== lowerCased) expect.fail(`${JSON.stringify(text)}: rules ${asWritten} as written, ${lowerCased} lower-cased`);
				}
			}
		}
		expect(seen.size).toBeGreaterThan(40);
	}, 120_000);

	it.each([
		['Ngày MAİ (\u0130 in a key) and SAU BUỔİ', 'İ'],
		['HÔM \u212aIA, Đoàn đến (Kelvin sign K)', 'K'],
		['Hôm ſau, Đoàn đến (long s)', 'ſ'],
		['THỨ HAI TUẦN TRƯỚC, CHỦ NHẬT', 'upper case']
	])('%s', (text) => {
		expect(keyedRules(text)).toBe(keyedRules(text, true));
	});
});
