/** Quotes in their text: the paragraph around a quote, and an article cut into highlighted segments. */

export interface QuoteInParagraph {
	before: string;
	quote: string;
	after: string;
}

/**
 * The paragraph (text between blank lines or line ends) that holds [start, end), split around the quote;
 * long context is cut at about `room` characters each side, at a word boundary, with an ellipsis.
 */
export function paragraphAround(text: string, start: number, end: number, room = 240): QuoteInParagraph {
	const pStart = text.lastIndexOf('\n', start - 1) + 1;
	const nl = text.indexOf('\n', end);
	const pEnd = nl < 0 ? text.length : nl;
	let before = text.slice(pStart, start);
	let after = text.slice(end, pEnd);
	if (before.length > room) before = '…' + before.slice(before.length - room).replace(/^\S*\s/, '');
	if (after.length > room) after = after.slice(0, room).replace(/\s\S*$/, '') + '…';
	return { before, quote: text.slice(start, end), after };
}

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** Keys ("start-end") of the quotes that cover this piece; empty for plain text. */
	quotes: string[];
	/** Inside the article body (true) or page furniture (false). */
	body: boolean;
}

export const quoteKey = (q: { start: number; end: number }) => `${q.start}-${q.end}`;

/**
 * Cuts a text at every quote and body boundary, so overlapping quotes and the body span can all be
 * shown: each segment lists the quotes covering it. Offsets out of range are clamped.
 */
export function segmentText(text: string, quotes: readonly { start: number; end: number }[], body?: { start: number; end: number }): Segment[] {
	const n = text.length;
	const clamp = (x: number) => Math.max(0, Math.min(n, x));
	const qs = quotes.map((q) => ({ start: clamp(q.start), end: clamp(q.end), key: quoteKey(q) })).filter((q) => q.end > q.start);
	const b = body ? { start: clamp(body.start), end: clamp(body.end) } : { start: 0, end: n };
	const cuts = new Set<number>([0, n, b.start, b.end]);
	for (const q of qs) cuts.add(q.start).add(q.end);
	const points = [...cuts].sort((x, y) => x - y);
	const out: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const [s, e] = [points[i], points[i + 1]];
		if (e <= s) continue;
		const covering = [...new Set(qs.filter((q) => q.start <= s && q.end >= e).map((q) => q.key))];
		out.push({ start: s, end: e, text: text.slice(s, e), quotes: covering, body: s >= b.start && e <= b.end });
	}
	return out;
}
