/**
 * MentionMemo: the pipeline's memo of a reading's mentions of time (dates/index.ts). Asked again for a sentence it
 * gives the same list, equal to a fresh scan; another object with other text (a clause cut from the sentence) is
 * scanned afresh; nothing is written on the sentence; the memo reads its sentences in its own language; and year
 * evidence given the memo finds what it finds without it.
 */
import { describe, expect, it } from 'vitest';
import { collectYearEvidence, findTimeMentions, MentionMemo } from '../../src/lib/pipeline/dates/index';

const TEXT = 'Chiều 11/3/2024, Đoàn đã hội đàm; sáng hôm sau, Đoàn thăm tỉnh.';

describe('MentionMemo', () => {
	it('gives the same list when asked again, equal to a fresh scan', () => {
		const memo = new MentionMemo('vi');
		const s = { text: TEXT };
		const first = memo.of(s);
		expect(memo.of(s)).toBe(first);
		expect(first).toEqual(findTimeMentions(TEXT));
		expect(first.length).toBeGreaterThan(1);
	});

	it('reads a clause cut from a sentence afresh, and writes nothing on the sentence', () => {
		const memo = new MentionMemo('vi');
		const s = { text: TEXT, start: 0 };
		memo.of(s);
		expect(Object.getOwnPropertySymbols(s)).toEqual([]);
		expect(Object.getOwnPropertyNames(s)).toEqual(['text', 'start']);
		const clause = { ...s, text: 'sáng hôm sau, Đoàn thăm tỉnh.' };
		expect(memo.of(clause).map((m) => m.text)).toEqual(['sáng hôm sau']);
	});

	it('reads in its own language', () => {
		const s = { text: 'On March 12, the delegation visited Vientiane.' };
		expect(new MentionMemo('en').of(s)).toEqual(findTimeMentions(s.text, 'en'));
		expect(new MentionMemo('vi').of(s)).toEqual(findTimeMentions(s.text, 'vi'));
		expect(new MentionMemo('en').of(s)).not.toEqual(new MentionMemo('vi').of(s));
	});

	it('gives year evidence the same mentions as a scan of its own', () => {
		const sentences = [{ text: TEXT }, { text: 'Hội nghị Xúc tiến du lịch Hà Nội-Vientiane 2024 khai mạc.' }, { text: 'Kết quả hợp tác trong năm 2023 rất tốt.' }];
		const memo = new MentionMemo('vi');
		for (const s of sentences) memo.of(s);
		expect(collectYearEvidence(sentences, 'vi', memo)).toEqual(collectYearEvidence(sentences.map((s) => ({ text: s.text })), 'vi'));
		expect(collectYearEvidence(sentences, 'vi', memo).length).toBeGreaterThan(1);
	});
});
