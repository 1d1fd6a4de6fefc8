/**
 * How an event is drawn, decided from its data alone: a point for one sure day, a bar for a sure span,
 * a hatched span when the true day lies somewhere in it, a dashed ring when a single day was inferred.
 */
import type { TimelineEvent } from '../timeline/schema';

export type MarkShape = 'point' | 'bar' | 'uncertain';

/** Below this confidence a single day is drawn as inferred even if its dating says otherwise. */
export const LOW_CONFIDENCE = 0.6;

type Dated = Pick<TimelineEvent, 'start' | 'end' | 'granularity' | 'dating' | 'confidence'>;

export function markShape(e: Dated): MarkShape {
	if (!e.start || !e.end || e.start === e.end) return 'point';
	// A span is sure only when the text gave its days ("từ 11 đến 13/3"); "late February" or
	// "during the visit" give the days an event may fall on, not days it lasted.
	if (e.granularity === 'span' && e.dating !== 'inferred' && e.confidence >= LOW_CONFIDENCE) return 'bar';
	return 'uncertain';
}

/** A single day reached by inference or with low confidence: drawn with a dashed ring. */
export function isInferredDay(e: Dated): boolean {
	return markShape(e) === 'point' && (e.dating === 'inferred' || e.confidence < LOW_CONFIDENCE);
}
