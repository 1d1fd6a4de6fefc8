/**
 * The pipeline in order. Pure: no file system, no clock, no network, so it runs in Node and in the browser.
 * An article enters `normalize` and leaves `delegations`; nothing jumps back.
 */
import { SCHEMA_VERSION, type Timeline, type TimelineEvent, type Warning } from '../timeline/schema';
import { normalizeText } from './normalize';
import { segment } from './segment';
import { articleId, shortHash } from './ids';
import type { Doc, Language } from './types';

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
		for (const s of doc.sentences) {
			const m = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/.exec(s.text);
			if (!m) continue;
			const year = m[3] ?? doc.published?.slice(0, 4);
			const day = year ? `${year}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
			events.push({
				id: `ev-${shortHash(`${doc.id}:${s.start}`)}`,
				type: 'meeting',
				title: { vi: s.text.slice(0, 60), en: s.text.slice(0, 60) },
				start: day,
				end: day,
				granularity: day ? 'day' : null,
				partOfDay: null,
				dating: day ? (m[3] ? 'explicit' : 'publication') : null,
				confidence: day ? 0.5 : 0,
				status: 'occurred',
				role: 'main',
				people: [],
				cities: [],
				place: null,
				delegation: null,
				sources: [{ article: doc.id, quote: s.text, start: s.start, end: s.end }]
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
