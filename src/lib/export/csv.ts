/**
 * The filtered events as CSV for spreadsheets.
 *
 * One row per event; an event's sources are joined in the same order in each source column,
 * separated by " | " (so the n-th title goes with the n-th quote). RFC 4180: fields are
 * quoted when they hold a comma, a double quote, CR or LF, inner quotes are doubled, lines end
 * with CRLF. The text starts with a UTF-8 byte order mark, without which Excel reads the file in
 * the machine's code page and mangles Vietnamese.
 */
import type { Timeline, TimelineEvent } from '../timeline/schema';
import { formatWhen, m, pick, type Lang } from '../i18n';

export const BOM = '\uFEFF';
export const SOURCE_SEPARATOR = ' | ';

/** One field, quoted only when it must be. */
export function csvField(value: string | number | null | undefined): string {
	const s = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: CRLF after every record, the last one included (RFC 4180 allows both). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The reverse of toCsv (a BOM is skipped): for checking files, and for anyone reading them back. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.startsWith(BOM) ? 1 : 0;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' || c === '\n') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field), rows.push(row), (row = []), (field = '');
		} else field += c;
	}
	if (field !== '' || row.length) row.push(field), rows.push(row);
	return rows;
}

/** Column names are stable identifiers (the same in both languages); the values follow the language. */
export const CSV_COLUMNS = [
	'id',
	'date',
	'start',
	'end',
	'granularity',
	'part_of_day',
	'dating',
	'confidence',
	'type',
	'type_label',
	'title',
	'status',
	'role',
	'people',
	'cities',
	'place',
	'delegation',
	'delegation_label',
	'source_count',
	'source_articles',
	'source_titles',
	'source_published',
	'source_files',
	'quotes',
	'date_words'
] as const;

export function eventRows(events: readonly TimelineEvent[], timeline: Timeline, lang: Lang): string[][] {
	const t = m(lang);
	const people = new Map(timeline.people.map((p) => [p.id, p.name]));
	const cities = new Map(timeline.cities.map((c) => [c.id, pick(c.name, lang)]));
	const delegations = new Map(timeline.delegations.map((d) => [d.id, pick(d.label, lang)]));
	const articles = new Map(timeline.articles.map((a) => [a.id, a]));
	const join = (xs: string[]) => xs.join(SOURCE_SEPARATOR);
	return events.map((e) => [
		e.id,
		formatWhen(e, lang),
		e.start ?? '',
		e.end ?? '',
		e.granularity ?? '',
		e.partOfDay ?? '',
		e.dating ?? '',
		String(e.confidence),
		e.type,
		t.types_[e.type],
		pick(e.title, lang),
		e.status,
		e.role,
		e.people.map((p) => people.get(p) ?? p).join(', '),
		e.cities.map((c) => cities.get(c) ?? c).join(', '),
		e.place ? (cities.get(e.place) ?? e.place) : '',
		e.delegation ?? '',
		e.delegation ? (delegations.get(e.delegation) ?? '') : '',
		String(e.sources.length),
		join(e.sources.map((s) => s.article)),
		join(e.sources.map((s) => articles.get(s.article)?.title ?? '')),
		join(e.sources.map((s) => articles.get(s.article)?.published ?? '')),
		join(e.sources.map((s) => articles.get(s.article)?.file ?? '')),
		join(e.sources.map((s) => s.quote)),
		join(e.sources.map((s) => s.dateText ?? ''))
	]);
}

/** The CSV file's text, BOM included: header, then one row per event in the order given. */
export function eventsToCsv(events: readonly TimelineEvent[], timeline: Timeline, lang: Lang): string {
	return BOM + toCsv([[...CSV_COLUMNS], ...eventRows(events, timeline, lang)]);
}
