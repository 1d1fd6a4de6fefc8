/**
 * Bytes → text for saved news pages. Pure (TextDecoder exists in browsers and Node).
 * Saved pages arrive as UTF-8 (with or without BOM), sometimes UTF-16, and older Vietnamese
 * pages as Windows-1258; binary files must be refused, not turned into mojibake events.
 */
export type Decoded = { text: string; encoding: string } | { error: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { error: 'the file is empty' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	const sample = bytes.subarray(0, 65536);
	let nul = 0, control = 0;
	for (const b of sample) {
		if (b === 0) nul++;
		else if (b < 9 || (b > 13 && b < 32)) control++;
	}
	if (nul > 0 || control > sample.length * 0.02) return { error: 'the file looks binary (NUL or control bytes), not a saved text page' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not valid UTF-8: the legacy Vietnamese code page is the usual culprit.
		try {
			return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
		} catch {
			return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
		}
	}
}
