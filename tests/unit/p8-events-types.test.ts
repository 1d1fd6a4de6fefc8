/**
 * SentenceTypes (events.ts): a sentence's trigger words and type, worked out once and kept across readings of one
 * article. Its type is classify's, whether asked first or after its words; and an article read twice with the same
 * memos (as index.ts reads again an article given another's year) gives what a fresh reading gives, with another year too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, extractEvents, SentenceTypes, type EventDraft } from '../../src/lib/pipeline/events';
import { segment } from '../../src/lib/pipeline/segment';
import { normalizeText } from '../../src/lib/pipeline/normalize';
import { MentionMemo } from '../../src/lib/pipeline/dates/index';
import { note } from '../../src/lib/pipeline/dates/note';
import type { Sentence } from '../../src/lib/pipeline/types';

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, paragraph: 0 });
const TEXTS = [
	'Chiều 12/3, hai bên đã hội đàm tại trụ sở Thành ủy.',
	'Trong khuôn khổ chuyến thăm và làm việc tại Lào, sáng 26/5, Đoàn đã đến chào xã giao lãnh đạo tỉnh.',
	'Đoàn đang có chuyến thăm và làm việc tại tỉnh Attapeu từ ngày 4-7/9.',
	'Phát biểu tại buổi lễ, ông Nguyễn Văn A cảm ơn sự đón tiếp nồng hậu.',
	'Lễ hội diễn ra tại phường Đông Lễ, thành phố Đông Hà.',
	'Kinh tế của tỉnh tăng trưởng ổn định trong những năm qua.',
	'The delegation  held talks with   the Vientiane Capital Party Committee.'
];

describe('SentenceTypes', () => {
	it('types a sentence as classify does, asked first or after its words, and keeps what it found', () => {
		const first = new SentenceTypes();
		const after = new SentenceTypes();
		for (const text of TEXTS) {
			const s = sentence(text);
			expect(first.type(s)).toBe(classify(text));
			after.words(s);
			expect(after.type(s)).toBe(classify(text));
			expect(first.type(s)).toBe(classify(text));
		}
		expect(TEXTS.map((t) => classify(t)).filter(Boolean).length).toBeGreaterThan(3);
	});

	it('finds words of a sentence with a trigger and none in one without', () => {
		const types = new SentenceTypes();
		expect(types.words(sentence(TEXTS[0]))).not.toBe(0);
		expect(types.words(sentence('Kinh tế tăng trưởng ổn định.'))).toBe(0);
	});

	it('reads an article again with the memos of its first reading as a fresh reading does', () => {
		const dir = 'data/articles';
		const simple = (ds: EventDraft[]) => ds.map((d) => ({ type: d.type, status: d.status, role: d.role, date: d.date, quote: d.quote, mention: d.mention?.text ?? null, followers: d.followers.map((f) => f.start) }));
		let checked = 0;
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
			const text = normalizeText(readFileSync(join(dir, f), 'utf8'));
			const doc = segment('a', f, text, 'vi');
			const mentions = new MentionMemo(doc.language);
			const types = new SentenceTypes();
			for (const year of [2023, 2025]) {
				const yearFor = () => ({ year, confidence: 0.7, how: note('năm của một bài khác', 'another article’s year') });
				const kept = simple(extractEvents(doc, { stamp: null, yearFor, mentions, types }));
				const fresh = simple(extractEvents(doc, { stamp: null, yearFor }));
				expect(kept).toEqual(fresh);
				checked += fresh.length;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
});
