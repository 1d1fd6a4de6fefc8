import { describe, expect, it } from 'vitest';
import { embedCode, embedQuery, embedUrl, HEIGHT_MESSAGE, isHeightMessage, RESIZE_SNIPPET } from '../../../src/lib/export/embed';
import { defaultFilters } from '../../../src/lib/filters/filters';

describe('embed addresses and code', () => {
	const f = { ...defaultFilters(), leaders: ['dinh-tien-dung'], cities: ['hanoi'], event: 'ev-1' };

	it('keeps the filters, fixes the language and drops the selection', () => {
		expect(embedQuery(f, 'vi')).toBe('city=hanoi&leader=dinh-tien-dung&lang=vi');
		expect(embedUrl('https://moc.example/', f, 'en')).toBe('https://moc.example/embed?city=hanoi&leader=dinh-tien-dung&lang=en');
		expect(embedUrl('https://example.org/tools/moc', { ...defaultFilters(), delegation: 'trip-1' }, 'vi')).toBe('https://example.org/tools/moc/embed?delegation=trip-1&lang=vi');
	});

	it('escapes the address and title inside the attribute', () => {
		const code = embedCode('https://moc.example/embed?a=1&b=2', 'Hà Nội "và" <Viêng Chăn>', { height: 321.4 });
		expect(code).toContain('src="https://moc.example/embed?a=1&amp;b=2"');
		expect(code).toContain('title="Hà Nội &quot;và&quot; &lt;Viêng Chăn&gt;"');
		expect(code).toContain('height="321"');
		expect(code).toContain('data-moc-embed');
		expect(code.endsWith(RESIZE_SNIPPET)).toBe(true);
		expect(embedCode('https://x/embed', 't', { script: false })).not.toContain('<script>');
	});

	it('the resize script sizes only the frame that sent the message', () => {
		// Run the snippet against a minimal fake DOM: two frames, a message from the second.
		const frames = [0, 1].map(() => ({ contentWindow: { postMessage: () => {} }, style: { height: '' }, addEventListener: () => {} }));
		let listener: ((e: { data: unknown; source: unknown }) => void) | null = null;
		const window = { addEventListener: (_: string, fn: typeof listener) => (listener = fn) };
		const document = { querySelectorAll: () => frames };
		const js = RESIZE_SNIPPET.replace(/<\/?script>/g, '');
		new Function('window', 'document', js)(window, document);
		listener!({ data: { type: HEIGHT_MESSAGE, height: 412.2 }, source: frames[1].contentWindow });
		listener!({ data: { type: 'other', height: 10 }, source: frames[0].contentWindow });
		expect(frames.map((f) => f.style.height)).toEqual(['', '413px']);
	});

	it('recognises height messages', () => {
		expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 300, href: 'x' })).toBe(true);
		expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: NaN })).toBe(false);
		expect(isHeightMessage('moc:height')).toBe(false);
		expect(isHeightMessage(null)).toBe(false);
	});
});
