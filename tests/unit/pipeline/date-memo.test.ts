/**
 * timeMentionsOf remembers a sentence's mentions on the sentence itself (a hidden property): asked again, it
 * gives the same list; a copy of the sentence made by spreading it (as events.ts makes of a clause) is read
 * afresh; a frozen sentence, which cannot take the property, is remembered all the same.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions, timeMentionsOf } from '../../../src/lib/pipeline/dates/index';

const TEXT = 'Chiều 11/3, Đoàn đã hội đàm; sáng hôm sau, Đoàn thăm tỉnh.';

describe('timeMentionsOf', () => {
	it('gives the same list when asked again, equal to a fresh scan', () => {
		const s = { text: TEXT };
		const first = timeMentionsOf(s);
		expect(timeMentionsOf(s)).toBe(first);
		expect(first).toEqual(findTimeMentions(TEXT));
	});

	it('leaves no key that a spread, Object.keys or JSON would see', () => {
		const s = { text: TEXT, start: 0 };
		timeMentionsOf(s);
		expect(Object.keys(s)).toEqual(['text', 'start']);
		expect(JSON.stringify(s)).toBe(JSON.stringify({ text: TEXT, start: 0 }));
		expect(s).toEqual({ text: TEXT, start: 0 });
		const clause = { ...s, text: 'sáng hôm sau, Đoàn thăm tỉnh.' };
		expect(timeMentionsOf(clause)).toEqual(findTimeMentions(clause.text));
		expect(timeMentionsOf(clause).map((m) => m.text)).toEqual(['sáng hôm sau']);
	});

	it('keeps each language apart', () => {
		const s = { text: 'On March 12, the delegation visited Vientiane.' };
		expect(timeMentionsOf(s, 'en')).toEqual(findTimeMentions(s.text, 'en'));
		expect(timeMentionsOf(s, 'vi')).toEqual(findTimeMentions(s.text, 'vi'));
		expect(timeMentionsOf(s, 'en')).not.toEqual(timeMentionsOf(s, 'vi'));
	});

	it('remembers a frozen sentence too', () => {
		const s = Object.freeze({ text: TEXT });
		const first = timeMentionsOf(s);
		expect(timeMentionsOf(s)).toBe(first);
		expect(first).toEqual(findTimeMentions(TEXT));
	});
});
