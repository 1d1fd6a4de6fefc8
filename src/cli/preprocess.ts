/**
 * `npm run preprocess [-- --input <dir or file>... --output <file>]`
 * A thin shell: read files, run the pure pipeline, validate against the contract, write JSON.
 * Exit 0 when the file was written (warnings go to stderr and into `warnings`);
 * exit 2 with one line for bad arguments or when nothing could be read.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { buildTimeline, type ArticleInput } from '../lib/pipeline/index';
import { decodeArticle } from '../lib/pipeline/decode';
import { parseTimeline, serializeTimeline } from '../lib/timeline/schema';

const USAGE = 'usage: npm run preprocess -- [--input <dir or file>]... [--output <file>]';
const ARTICLE_EXT = /\.(txt|md|html?)$/i;
/** Larger pages are cut: a saved news page is tens of kB; megabytes mean a dump, not an article. */
const MAX_BYTES = 5 * 1024 * 1024;

class UsageError extends Error {}

function parseArgs(argv: string[]): { inputs: string[]; output: string } {
	const inputs: string[] = [];
	let output: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value. ${USAGE}`);
			return v;
		};
		if (a === '--input' || a === '-i') inputs.push(value());
		else if (a.startsWith('--input=')) inputs.push(a.slice(8));
		else if (a === '--output' || a === '-o') output = value();
		else if (a.startsWith('--output=')) output = a.slice(9);
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else throw new UsageError(`unknown argument "${a}". ${USAGE}`);
	}
	return { inputs: inputs.length ? inputs : ['data/articles'], output: output ?? 'data/timeline.json' };
}

function listFiles(input: string): string[] {
	let st;
	try {
		st = statSync(input);
	} catch {
		throw new UsageError(`input "${input}" does not exist. Give a folder of articles or an article file.`);
	}
	if (st.isFile()) return [input];
	return readdirSync(input)
		.filter((f) => ARTICLE_EXT.test(f) && !f.startsWith('.'))
		.sort()
		.map((f) => join(input, f))
		.filter((f) => statSync(f).isFile());
}

function main() {
	const { inputs, output } = parseArgs(process.argv.slice(2));
	const files = [...new Set(inputs.flatMap(listFiles))];
	const articles: ArticleInput[] = [];
	const skipped: string[] = [];
	for (const file of files) {
		let bytes = readFileSync(file);
		if (bytes.length > MAX_BYTES) {
			console.error(`warning: ${file}: ${bytes.length} bytes, only the first ${MAX_BYTES} are read`);
			bytes = bytes.subarray(0, MAX_BYTES);
		}
		const decoded = decodeArticle(bytes);
		if ('error' in decoded) {
			skipped.push(`${file}: ${decoded.error}; skipped`);
			continue;
		}
		if (decoded.encoding !== 'utf-8') console.error(`warning: ${file}: read as ${decoded.encoding}`);
		// Keep the path as given, relative when it was given relative.
		const shown = isAbsolute(file) ? file : relative('.', file) || file;
		articles.push({ file: shown, text: decoded.text });
	}
	for (const s of skipped) console.error(`warning: ${s}`);
	if (articles.length === 0) {
		throw new UsageError(
			files.length === 0
				? `no article files (.txt, .md, .html) found in ${inputs.join(', ')}. Save news pages there as text.`
				: `none of the ${files.length} file(s) could be read as text (${skipped[0]}).`
		);
	}
	const timeline = buildTimeline(articles);
	for (const s of skipped) timeline.warnings.push({ message: s });
	for (const w of timeline.warnings) if (!skipped.includes(w.message)) console.error(`warning: ${w.article ?? ''}: ${w.message}`);
	const valid = parseTimeline(timeline, 'the preprocessor output');
	mkdirSync(dirname(output) || '.', { recursive: true });
	writeFileSync(output, serializeTimeline(valid));
	console.error(
		`wrote ${output}: ${valid.articles.length} article(s), ${valid.events.length} event(s), ${valid.delegations.length} delegation(s), ${valid.warnings.length} warning(s)`
	);
}

try {
	main();
} catch (e) {
	if (e instanceof UsageError) {
		console.error(`preprocess: ${e.message}`);
		process.exit(2);
	}
	throw e;
}
