/**
 * Scoring a folder of articles against its hand-written gold (the shared seed gold's format) in the
 * project's own code, since a fresh clone has no ../shared: the shared scorer's strict checks, and the
 * helpers the unseen-corpus tests use for changed copies (each article alone, leaders renamed).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline, type ArticleInput } from '../../src/lib/pipeline/index';
import { decodeArticle } from '../../src/lib/pipeline/decode';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/lib/timeline/schema';

export interface GoldEvent {
	id: string;
	file: string;
	quote: string;
	alsoQuotes?: { file: string; quote: string }[];
	start?: string;
	end?: string;
	within?: [string, string];
	endAtLeast?: string;
	partOfDay?: string | null;
	anyPartOfDay?: boolean;
	status: string;
	anyStatus?: boolean;
	role: string;
	people: string[];
	alsoPeople?: string[];
	cities: string[];
	alsoCities?: string[];
	optional?: boolean;
}
export interface Gold {
	cities: Record<string, string[]>;
	people: Record<string, string[]>;
	articles: Record<string, { body: [string, string] }>;
	events: GoldEvent[];
	delegations: { id: string; leader: string; to: string; events: string[] }[];
}

export const build = (inputs: ArticleInput[]): Timeline => parseTimeline(JSON.parse(JSON.stringify(buildTimeline(inputs))));
export const base = (f: string) => f.split('/').pop()!;

// The scorer's folding: case, diacritics and punctuation ignored.
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function scorer(t: Timeline, g: Gold) {
	const fileOf = new Map(t.articles.map((a) => [a.id, base(a.file)]));
	const names = new Map(t.people.map((p) => [p.id, [p.name, ...p.aliases].map(fold)]));
	const cityNames = new Map(t.cities.map((c) => [c.id, [c.id, c.name.vi, c.name.en, ...c.aliases].map(fold)]));
	const is = (table: Map<string, string[]>, aliases: Record<string, string[]>, id: string, name: string) =>
		(table.get(id) ?? [fold(id)]).some((v) => (aliases[name] ?? [name]).map(fold).includes(v));
	const textOf = new Map(t.articles.map((a) => [a.id, a.text ?? '']));
	const quotes = (e: TimelineEvent, file: string, quote: string) =>
		e.sources.some((s) => {
			if (fileOf.get(s.article) !== file) return false;
			const a = fold(s.quote), b = fold(quote);
			if (a.includes(b) || (a.length >= 15 && b.includes(a))) return true;
			// As the shared evaluator: where the texts differ (a quote without the outlet's credit the gold kept), the offsets
			// overlap the gold's words in the article.
			const text = textOf.get(s.article) ?? '';
			const i = text.indexOf(quote);
			return i >= 0 && s.start < i + quote.length && s.end > i && text.slice(s.start, s.end) === s.quote;
		});
	const dayOk = (e: TimelineEvent, f: GoldEvent) => {
		if (!e.start || !e.end) return false;
		if (f.within) return e.start >= f.within[0] && e.end <= f.within[1] && (!f.endAtLeast || e.end >= f.endAtLeast);
		return e.start === f.start && e.end === f.end;
	};
	const find = (f: GoldEvent) => {
		const hits = t.events.filter((e) => quotes(e, f.file, f.quote));
		return hits.find((e) => dayOk(e, f)) ?? hits[0];
	};
	return {
		find,
		dayOk,
		person: (id: string, name: string) => is(names, g.people, id, name),
		city: (id: string, name: string) => is(cityNames, g.cities, id, name),
		quotes,
		fileOf
	};
}

/** A saved page's text as the command line reads it: UTF-8, UTF-16 with its BOM, or the legacy Windows-1258 code page. */
function readArticle(path: string): string {
	const d = decodeArticle(new Uint8Array(readFileSync(path)));
	if ('error' in d) throw new Error(`${path}: ${d.error}`);
	return d.text;
}

/** A folder of articles with its gold.json (the shared seed gold's format). */
export function goldCorpus(dir: string) {
	const gold: Gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
	const corpus = (): ArticleInput[] => readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => ({ file: join(dir, f), text: readArticle(join(dir, f)) }));
	return { gold, corpus };
}

/**
 * Gold events and delegations the pipeline is known to get wrong, by id, each with why: checked with
 * it.fails, so the suite says so plainly and turns red the day the gap closes (then the entry goes).
 */
export type KnownGaps = Record<string, string>;

/** The shared scorer's strict checks on a gold corpus, as one describe block. `leaderless`: known-gap delegations found without their leader. */
export function describeAgainstGold(title: string, dir: string, knownGaps: KnownGaps = {}, leaderless: string[] = []): void {
	const { gold, corpus } = goldCorpus(dir);
	describe(title, () => {
		const t = build(corpus());
		const s = scorer(t, gold);

		for (const f of gold.events) {
			const gap = knownGaps[f.id];
			(gap ? it.fails : it)(`${f.id}${f.optional ? ' (optional)' : ''}${gap ? ` (known gap: ${gap})` : ''}: ${f.quote.slice(0, 60)}…`, () => {
				const e = s.find(f);
				if (f.optional && !e) return;
				expect(e, 'an event quotes this sentence').toBeTruthy();
				expect(s.dayOk(e!, f), `dated ${e!.start}..${e!.end}, want ${f.within ?? `${f.start}..${f.end}`}`).toBe(true);
				if (f.optional) return;
				if (!f.anyStatus) expect(e!.status).toBe(f.status);
				if (f.partOfDay && !f.anyPartOfDay) expect(e!.partOfDay).toBe(f.partOfDay);
				for (const name of f.people) expect(e!.people.some((id) => s.person(id, name)), `${name} took part`).toBe(true);
				for (const id of e!.people) expect([...f.people, ...(f.alsoPeople ?? [])].some((name) => s.person(id, name)), `${id} is not a participant`).toBe(true);
				for (const c of f.cities) expect(e!.cities.some((id) => s.city(id, c)), `city ${c}`).toBe(true);
				for (const id of e!.cities) expect([...f.cities, ...(f.alsoCities ?? [])].some((c) => s.city(id, c)), `extra city ${id}`).toBe(true);
				for (const q of f.alsoQuotes ?? []) expect(s.quotes(e!, q.file, q.quote), `merged with the report in ${q.file}`).toBe(true);
			});
		}

		const found = (d: Gold['delegations'][number]) => {
			// An optional gold event not found is not asked for in its delegation either.
			const events = d.events.map((id) => gold.events.find((f) => f.id === id)!);
			const want = events.map((f) => [f, s.find(f)?.id] as const).filter(([f, id]) => id || !f.optional).map(([, id]) => id);
			const hit = t.delegations.find((x) => x.leader && s.person(x.leader, d.leader) && want.every((id) => id && x.events.includes(id)));
			expect(hit, `delegation ${d.id} led by ${d.leader} with ${d.events.join(', ')}`).toBeTruthy();
			expect(s.city(hit!.to!, d.to), `${d.id} goes to ${d.to}`).toBe(true);
		};
		it('finds exactly the gold delegations, each with its leader, destination and events', () => {
			const expected = gold.delegations.filter((d) => !knownGaps[d.id]);
			// A known-gap delegation the pipeline finds without its leader (`leaderless`) is still one of its delegations.
			expect(t.delegations.map((d) => d.label.en)).toHaveLength(expected.length + leaderless.filter((id) => knownGaps[id]).length);
			for (const d of expected) found(d);
		});
		// Only the gaps that are delegations: an event's id here would find none and fail whatever the pipeline does.
		for (const [id, why] of Object.entries(knownGaps).filter(([id]) => gold.delegations.some((d) => d.id === id)))
			it.fails(`delegation ${id} is not found yet (known gap: ${why})`, () => found(gold.delegations.find((d) => d.id === id)!));

		it('quotes nothing from page furniture, and every quote is exactly at its offsets', () => {
			const arts = new Map(t.articles.map((a) => [a.id, a]));
			for (const e of t.events)
				for (const src of e.sources) {
					const a = arts.get(src.article)!;
					expect(a.text!.slice(src.start, src.end)).toBe(src.quote);
					const [first, last] = gold.articles[base(a.file)].body;
					const from = a.text!.indexOf(first), to = a.text!.indexOf(last) + last.length;
					expect(from >= 0 && to >= last.length, `body bounds of ${base(a.file)}`).toBe(true);
					expect(src.start >= from && src.end <= to, `"${src.quote.slice(0, 60)}" lies in the body of ${base(a.file)}`).toBe(true);
				}
		});

		it('is deterministic', () => {
			expect(JSON.stringify(build(corpus()))).toBe(JSON.stringify(t));
		});
	});
}

/** Required events not dated the same when each article is read alone. */
export function aloneMisses(dir: string, keep: (f: GoldEvent) => boolean = (f) => !f.optional): string[] {
	const { gold, corpus } = goldCorpus(dir);
	const misses: string[] = [];
	for (const input of corpus()) {
		const file = base(input.file);
		const s = scorer(build([input]), gold);
		for (const f of gold.events.filter((x) => x.file === file && keep(x))) {
			const e = s.find(f);
			if (!e || !s.dayOk(e, f)) misses.push(`${f.id} got ${e ? `${e.start}..${e.end}` : 'nothing'}`);
		}
	}
	return misses;
}

/** The corpus with every leader renamed: the number of delegations found and their leaders' names. */
export function renamedLeaders(dir: string, renames: [string, string][]): { delegations: number; leaders: string[] } {
	const { corpus } = goldCorpus(dir);
	// (In NFC, text and names: a legacy-encoded page decodes with combining tone marks, and a page saved decomposed keeps them.)
	const t = build(corpus().map((a) => ({ ...a, text: renames.reduce((x, [from, to]) => x.replaceAll(from.normalize('NFC'), to), a.text.normalize('NFC')) })));
	return { delegations: t.delegations.length, leaders: t.delegations.map((d) => t.people.find((p) => p.id === d.leader)?.name ?? '').sort() };
}

export interface ChangedCorpus {
	/** Every invented leader's spellings, each renamed to someone no list knows. */
	renames: [string, string][];
	/** The delegations' leaders after renaming, when not simply the new names (a leader who is not renamed, or one named in two spellings). */
	leaders?: string[];
	/** Which gold events must keep their day with their article alone (default: the required ones). */
	alone?: (f: GoldEvent) => boolean;
	/** How many gold delegations are known gaps (describeAgainstGold's knownGaps): not counted. */
	knownGaps?: number;
}

/** The checks every unseen corpus gets when changed the way unseen articles differ: each article alone, every leader renamed. */
export function describeChanged(title: string, dir: string, c: ChangedCorpus): void {
	describe(title, () => {
		const { gold } = goldCorpus(dir);

		it('dates every event the same with its article alone', () => {
			expect(aloneMisses(dir, c.alone)).toEqual([]);
		});

		it('finds the leaders and trips when every leader is renamed to someone no list knows', () => {
			const r = renamedLeaders(dir, c.renames);
			expect(r.delegations).toBe(gold.delegations.length - (c.knownGaps ?? 0));
			expect(r.leaders).toEqual([...(c.leaders ?? c.renames.map(([, to]) => to))].sort());
		});
	});
}

/**
 * A set's events by page, for the date-window checks: `outside(file, a, b, plan)` lists the page's main events that lie
 * outside [a, b], less planned ones within the plan's window.
 */
export function byPage(t: Timeline, fileOf: Map<string, string>) {
	const from = (file: string) => t.events.filter((e) => e.sources.some((src) => fileOf.get(src.article) === file));
	const main = (file: string) => from(file).filter((e) => e.role !== 'context');
	const show = (e: TimelineEvent) => `${e.start}..${e.end} ${e.role} ${e.type}: ${e.sources[0].quote.slice(0, 60)}`;
	const outside = (file: string, a: string, b: string, plan?: [string, string]) =>
		main(file)
			.filter((e) => !(e.start! >= a && e.end! <= b) && !(plan && e.status === 'planned' && e.start! >= plan[0] && e.end! <= plan[1]))
			.map(show);
	return { from, main, show, outside };
}
