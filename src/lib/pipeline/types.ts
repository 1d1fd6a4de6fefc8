/**
 * Shapes passed between pipeline stages. Stage order (see index.ts):
 * normalize → segment → dates → events → people/places → merge → delegations.
 * Offsets are always UTF-16 offsets into the article's normalised text.
 */
import type { PartOfDay, Granularity, Dating } from '../timeline/schema';

export type Language = 'vi' | 'en';

export interface Span {
	start: number;
	end: number;
}

export interface Sentence extends Span {
	text: string;
	/** Index of the paragraph (block of text between blank lines or line breaks) it belongs to. */
	paragraph: number;
}

/** One article after segmentation. */
export interface Doc {
	id: string;
	file: string;
	/** NFC, LF line ends: what every offset points into. */
	text: string;
	language: Language;
	title: string;
	/** A publication stamp found on the page, as an ISO date or date-time. */
	published: string | null;
	publishedHow: 'stamp' | 'metadata' | 'inferred' | null;
	/** Where the article proper lies; everything outside is page furniture. */
	body: Span;
	/** Sentences of the body only, in reading order (captions and furniture left out). */
	sentences: Sentence[];
	warnings: string[];
}

/** A resolved interval of days. */
export interface DayInterval {
	start: string;
	end: string;
	granularity: Granularity;
	partOfDay: PartOfDay | null;
	dating: Dating;
	confidence: number;
}
