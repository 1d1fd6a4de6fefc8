/**
 * Page structure: title, publication stamp, body and sentences. First version: the title is the
 * first non-empty line, the body runs until the first known furniture marker. Later stages only
 * read `Doc.sentences`, so a better segmenter can replace this without touching them.
 */
import type { Doc, Language, Sentence, Span } from './types';

const FURNITURE_START = /^(Bài viết hay\?|Tin bài liên quan|Các tin bài khác|Tin liên quan|Đọc nhiều|Related news|Read more)/im;

export function segment(id: string, file: string, text: string, language: Language): Doc {
	const firstLine = /\S[^\n]*/.exec(text);
	const title = firstLine ? firstLine[0].trim() : '';
	const bodyStart = firstLine ? firstLine.index : 0;
	const m = FURNITURE_START.exec(text.slice(bodyStart));
	const body: Span = { start: bodyStart, end: m ? bodyStart + m.index : text.length };
	return { id, file, text, language, title, published: null, publishedHow: null, body, sentences: splitSentences(text, body), warnings: [] };
}

/** Sentences of a span, with offsets; a line break always ends a sentence (news pages rarely wrap). */
export function splitSentences(text: string, span: Span): Sentence[] {
	const out: Sentence[] = [];
	let paragraph = 0;
	const re = /[^\n]+/g;
	re.lastIndex = span.start;
	for (let line = re.exec(text); line && line.index < span.end; line = re.exec(text)) {
		const lineEnd = Math.min(line.index + line[0].length, span.end);
		const chunk = text.slice(line.index, lineEnd);
		let from = 0;
		let m: RegExpExecArray | null;
		const boundaries: number[] = [];
		// End of sentence: . ! ? … followed by space and an upper-case letter or an opening quote.
		const sentenceEnd = /[.!?…]+["”’)]?(?=\s+[\p{Lu}“"‘(])/gu;
		while ((m = sentenceEnd.exec(chunk))) boundaries.push(m.index + m[0].length);
		boundaries.push(chunk.length);
		for (const b of boundaries) {
			const raw = chunk.slice(from, b);
			const lead = raw.length - raw.trimStart().length;
			const trimmed = raw.trim();
			if (trimmed) out.push({ start: line.index + from + lead, end: line.index + from + lead + trimmed.length, text: trimmed, paragraph });
			from = b;
		}
		paragraph++;
	}
	return out;
}
