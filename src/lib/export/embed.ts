/**
 * Embedding: the /embed address for a view, the iframe code a host page pastes, and the message
 * by which the embedded page tells its parent how tall it is (as Datawrapper's embeds do).
 */
import { serializeFilters, type Filters } from '../filters/filters';
import type { Lang } from '../i18n';

/** Sent by /embed to its parent on load and on every change of height. */
export const HEIGHT_MESSAGE = 'moc:height';
/** A parent may send this to ask for the height again (e.g. when its listener came late). */
export const HEIGHT_REQUEST = 'moc:get-height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
	/** The embedded address, so a page with several frames can also tell them apart by URL. */
	href: string;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
	const d = data as HeightMessage | null;
	return !!d && typeof d === 'object' && d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height);
}

/** The query of a view as an embed shows it: the selection is left out, the language is fixed. */
export function embedQuery(f: Filters, lang: Lang): string {
	return serializeFilters({ ...f, event: null, lang });
}

/** Absolute address of the embed page for a view; `base` is where the site lives, e.g. "https://moc.example/". */
export function embedUrl(base: string, f: Filters, lang: Lang): string {
	const url = new URL('embed', base.endsWith('/') ? base : base + '/');
	url.search = embedQuery(f, lang);
	return url.href;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The script a host page adds once: it sizes every Mốc frame to the height that frame reports.
 * Frames are matched by the window that sent the message, so several embeds on a page each get their own.
 */
export const RESIZE_SNIPPET = `<script>
(function () {
	var frames = function () { return document.querySelectorAll('iframe[data-moc-embed]'); };
	window.addEventListener('message', function (e) {
		var d = e.data;
		if (!d || d.type !== '${HEIGHT_MESSAGE}' || typeof d.height !== 'number') return;
		frames().forEach(function (f) { if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px'; });
	});
	frames().forEach(function (f) {
		var ask = function () { if (f.contentWindow) f.contentWindow.postMessage({ type: '${HEIGHT_REQUEST}' }, '*'); };
		f.addEventListener('load', ask);
		ask();
	});
})();
</script>`;

/** The iframe (and, unless told otherwise, the resize script) to paste into a page. */
export function embedCode(src: string, title: string, opts: { height?: number; script?: boolean } = {}): string {
	const height = Math.max(200, Math.round(opts.height ?? 480));
	const frame =
		`<iframe src="${attr(src)}" title="${attr(title)}" data-moc-embed width="100%" height="${height}" ` +
		`style="width: 100%; min-width: 280px; height: ${height}px; border: 0;" loading="lazy"></iframe>`;
	return opts.script === false ? frame : `${frame}\n${RESIZE_SNIPPET}`;
}
