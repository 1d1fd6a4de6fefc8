/**
 * The pipeline in order. Pure: no file system, no clock, no network, so it runs in Node and in the browser.
 * An article enters `normalize` and leaves `delegations`; nothing jumps back.
 */
import { SCHEMA_VERSION, type Timeline, type TimelineEvent, type Warning } from '../timeline/schema';
import { normalizeText } from './normalize';
import { segment } from './segment';
import { articleId, shortHash } from './ids';
import type { Doc, Language } from './types';
import { extractEvents } from './events';
import { collectYearEvidence, decideYear, type Reference } from './dates/index';
import { parseIso } from './dates/calendar';

export interface ArticleInput {
	/** Path as given on input; kept in the timeline. */
	file: string;
	text: string;
}

export function detectLanguage(text: string): Language {
	const vi = (text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu) ?? []).length;
	const words = (text.match(/\b(the|and|of|to|in|with)\b/gi) ?? []).length;
	return vi >= words ? 'vi' : 'en';
}

export function buildTimeline(inputs: ArticleInput[]): Timeline {
	const warnings: Warning[] = [];
	const seen = new Map<string, number>();
	const docs: Doc[] = [...inputs]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
		.map((input) => {
			let id = articleId(input.file);
			const n = seen.get(id) ?? 0;
			seen.set(id, n + 1);
			if (n) id = `${id}-${n + 1}`;
			const text = normalizeText(input.text);
			return segment(id, input.file, text, detectLanguage(text));
		});
	const events: TimelineEvent[] = [];
	for (const doc of docs) {
		for (const w of doc.warnings) warnings.push({ article: doc.id, message: w });
		const stamp: Reference | null = doc.published
			? { date: parseIso(doc.published.slice(0, 10)), dating: 'publication', confidence: 0.9, how: 'stamp' }
			: null;
		const evidence = collectYearEvidence(doc.sentences, doc.language);
		for (const d of extractEvents(doc, { stamp, yearFor: (month) => decideYear(evidence, month) })) {
			events.push({
				id: `ev-${shortHash(`${doc.id}:${d.quote.start}`)}`,
				type: d.type,
				title: { vi: d.quote.text.slice(0, 60), en: d.quote.text.slice(0, 60) },
				start: d.date?.start ?? null,
				end: d.date?.end ?? null,
				granularity: d.date?.granularity ?? null,
				partOfDay: d.date?.partOfDay ?? null,
				dating: d.date?.dating ?? null,
				confidence: d.date?.confidence ?? 0,
				status: d.status,
				role: d.role,
				people: [],
				cities: [],
				place: null,
				delegation: null,
				sources: [{ article: doc.id, quote: d.quote.text, start: d.quote.start, end: d.quote.end, dateText: d.mention?.text ?? null }],
				datingNote: d.date?.note
			});
		}
	}
	return {
		schemaVersion: SCHEMA_VERSION,
		articles: docs.map((d) => ({
			id: d.id,
			file: d.file,
			title: d.title,
			published: d.published,
			publishedHow: d.publishedHow,
			language: d.language,
			text: d.text,
			body: d.body
		})),
		events,
		delegations: [],
		people: [],
		cities: [],
		warnings
	};
}
