/**
 * "từ 30/11 đến 2/12", "ngày 9/4 và 10/4": the family of two written dates is tried only when the sentence
 * holds a second "d/m" after the end of its first; however close the two stand, the span is still found.
 */
import { describe, expect, it } from 'vitest';
import { findAbsolute } from '../../../src/lib/pipeline/dates/absolute';

const spans = (text: string) => findAbsolute(text).filter((m) => m.shape === 'span').map((m) => m.text);

describe('two dates in a row', () => {
	it.each([
		['Từ 30/11 đến 2/12/2023, Đoàn làm việc tại Lào.', ['Từ 30/11 đến 2/12/2023']],
		['Ngày 9/4 và 10/4, hai bên hội đàm.', ['Ngày 9/4 và 10/4']],
		['Từ 22/7-30/7/2025 Đoàn thăm tỉnh.', ['Từ 22/7-30/7/2025']],
		['từ 1/2–3/2 có hội chợ', ['từ 1/2–3/2']],
		['Đoàn đến ngày 12/3/2024 với 17/22 chỉ tiêu.', []],
		['Chiều 11/3, Đoàn đã hội đàm.', []]
	])('%s', (text, want) => {
		expect(spans(text)).toEqual(want);
	});
});
