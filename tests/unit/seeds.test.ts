/**
 * The seed corpus against its hand-annotated facts (tests/fixtures/seeds/facts.json), and the
 * same corpus changed the way unseen articles differ: other years, one article alone, leaders
 * renamed to people no list knows. Quotes are compared ignoring case, diacritics and punctuation.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline, type ArticleInput } from '../../src/lib/pipeline/index';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/lib/timeline/schema';
import { foldKey } from '../../src/lib/pipeline/normalize';

interface Fact {
	id: string;
	file: string;
	quote: string;
	day?: [string, string];
	within?: [string, string];
	endAtLeast?: string;
	partOfDay: string | null;
	status: string | null;
	role: string;
	people: string[];
	alsoPeople: string[];
	cities: string[];
	alsoCities: string[] | null;
	trip: string | null;
	optional: boolean;
	alsoReportedIn?: { file: string; quote: string }[];
}
interface Facts {
	people: Record<string, string[]>;
	bodies: Record<string, { first: string; last: string }>;
	events: Fact[];
	delegations: { id: string; leader: string; to: string; events: string[] }[];
}

const DIR = 'data/articles';
const facts: Facts = JSON.parse(readFileSync('tests/fixtures/seeds/facts.json', 'utf8'));
const seeds = (): ArticleInput[] => readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: join(DIR, f), text: readFileSync(join(DIR, f), 'utf8') }));
const base = (f: string) => f.split('/').pop()!;

function build(inputs: ArticleInput[]): Timeline {
	return parseTimeline(JSON.parse(JSON.stringify(buildTimeline(inputs))));
}

function find(t: Timeline, file: string, quote: string): TimelineEvent[] {
	const q = foldKey(quote);
	const art = new Map(t.articles.map((a) => [a.id, base(a.file)]));
	return t.events.filter((e) => e.sources.some((s) => art.get(s.article) === file && (foldKey(s.quote).includes(q) || (s.quote.length > 15 && q.includes(foldKey(s.quote))))));
}
const personMatches = (t: Timeline, id: string, name: string) => {
	const p = t.people.find((x) => x.id === id);
	const spellings = (facts.people[name] ?? [name]).map(foldKey);
	return !!p && [p.name, ...p.aliases].some((n) => spellings.includes(foldKey(n)));
};
const dayOk = (e: TimelineEvent, f: Fact) => {
	if (!e.start || !e.end) return false;
	if (f.within) return e.start >= f.within[0] && e.end <= f.within[1] && (!f.endAtLeast || e.end >= f.endAtLeast);
	return e.start === f.day![0] && e.end === f.day![1];
};

describe('the seed corpus', () => {
	const t = build(seeds());

	for (const f of facts.events) {
		it(`${f.id}${f.optional ? ' (optional)' : ''}: ${f.quote.slice(0, 50)}…`, () => {
			const hits = find(t, f.file, f.quote);
			if (f.optional && !hits.length) return;
			expect(hits.length, 'an event quotes this sentence').toBeGreaterThan(0);
			const e = hits.find((x) => dayOk(x, f)) ?? hits[0];
			expect(dayOk(e, f), `dated ${e.start}..${e.end}, want ${f.day ?? f.within}`).toBe(true);
			if (f.optional) return;
			if (f.partOfDay) expect(e.partOfDay).toBe(f.partOfDay);
			if (f.status) expect(e.status).toBe(f.status);
			expect(e.role).toBe(f.role);
			for (const name of f.people) expect(e.people.some((id) => personMatches(t, id, name)), `${name} took part`).toBe(true);
			for (const id of e.people) expect([...f.people, ...f.alsoPeople].some((name) => personMatches(t, id, name)), `${id} is not a participant`).toBe(true);
			for (const c of f.cities) expect(e.cities, `city ${c}`).toContain(c);
			if (f.alsoCities) for (const c of e.cities) expect([...f.cities, ...f.alsoCities], `extra city ${c}`).toContain(c);
			for (const other of f.alsoReportedIn ?? []) expect(find(t, other.file, other.quote).map((x) => x.id), 'merged with the other report').toContain(e.id);
		});
	}

	it('finds exactly the three delegations, with their leaders and events', () => {
		expect(t.delegations).toHaveLength(facts.delegations.length);
		for (const d of facts.delegations) {
			const want = d.events.map((id) => facts.events.find((f) => f.id === id)!).map((f) => find(t, f.file, f.quote)[0]?.id);
			const hit = t.delegations.find((x) => x.leader && personMatches(t, x.leader, d.leader) && want.every((id) => id && x.events.includes(id)));
			expect(hit, `delegation ${d.id} led by ${d.leader}`).toBeTruthy();
			expect(hit!.to).toBe(d.to);
		}
	});

	it('quotes nothing from page furniture, and every quote is exactly at its offsets', () => {
		const arts = new Map(t.articles.map((a) => [a.id, a]));
		for (const e of t.events)
			for (const s of e.sources) {
				const a = arts.get(s.article)!;
				expect(a.text!.slice(s.start, s.end)).toBe(s.quote);
				const body = facts.bodies[base(a.file)];
				const first = a.text!.indexOf(body.first), last = a.text!.indexOf(body.last) + body.last.length;
				expect(s.start >= first && s.end <= last, `"${s.quote.slice(0, 60)}" lies in the body`).toBe(true);
			}
	});

	it('is deterministic', () => {
		expect(JSON.stringify(build(seeds()))).toBe(JSON.stringify(t));
	});
});

describe('changed copies of the seeds', () => {
	it('moves with the years written in the article (2024 → 2026)', () => {
		const inputs = seeds().filter((a) => /00[12]_/.test(a.file)).map((a) => ({ ...a, text: a.text.replaceAll('2024', '2026') }));
		const t = build(inputs);
		const talks = find(t, '001_2dc4b603150bd7ae.txt', 'chiều ngày 11/3, Ủy viên Bộ Chính trị');
		expect(talks[0]?.start).toBe('2026-03-11');
		expect(find(t, '002_d55f6d805c9f4458.txt', 'Chiều 12/3, tại thủ đô Vientiane')[0]?.start).toBe('2026-03-12');
	});

	it('dates one article alone from its own evidence', () => {
		const t = build(seeds().filter((a) => /002_/.test(a.file)));
		expect(find(t, '002_d55f6d805c9f4458.txt', 'Chiều 12/3, tại thủ đô Vientiane')[0]).toMatchObject({ start: '2024-03-12', partOfDay: 'afternoon' });
		expect(find(t, '002_d55f6d805c9f4458.txt', 'Hội nghị Xúc tiến du lịch, thương mại Hà Nội-Vientiane 2024')[0]).toMatchObject({ start: '2024-03-12' });
		expect(t.delegations).toHaveLength(1);
	});

	it('moves with other days and the stamp', () => {
		const t = build(seeds().filter((a) => /004_/.test(a.file)).map((a) => ({ ...a, text: a.text.replace('26/05/2022', '14/09/2023').replace('sáng 26/5', 'chiều 13/9') })));
		expect(find(t, '004_7b0da2fc71653c30.txt', 'tại Thủ đô Vientiane, Đoàn đại biểu cấp cao')[0]).toMatchObject({ start: '2023-09-13', partOfDay: 'afternoon' });
	});

	it('finds leaders no list knows', () => {
		const renamed = seeds().map((a) => ({
			...a,
			text: a.text.replaceAll('Đinh Tiến Dũng', 'Trần Quang Khải').replaceAll('Anouphap Tounalom', 'Khamphao Vongsay').replaceAll('Anouphab Tounalom', 'Khamphao Vongsay').replaceAll('Nguyễn Văn Nên', 'Lê Minh Hưng')
		}));
		const t = build(renamed);
		const names = t.people.map((p) => p.name);
		expect(names).toEqual(expect.arrayContaining(['Trần Quang Khải', 'Khamphao Vongsay', 'Lê Minh Hưng']));
		expect(t.delegations).toHaveLength(3);
		const leaders = t.delegations.map((d) => t.people.find((p) => p.id === d.leader)?.name);
		expect(leaders).toEqual(expect.arrayContaining(['Trần Quang Khải', 'Lê Minh Hưng']));
	});
});
