/**
 * The timeline contract: the one shape that the preprocessor writes and the dashboard reads.
 * Types are inferred from the runtime schema so that the two can never drift apart.
 * Field names listed in the foundation issue are fixed (other tools read them); extra fields are additive.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD');
const isoDateOrDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/, 'expected an ISO date or date-time');

export const EVENT_TYPES = [
	'talks',
	'courtesy_call',
	'reception',
	'working_session',
	'conference',
	'signing',
	'visit',
	'field_trip',
	'ceremony',
	'meeting',
	'invitation'
] as const;
export const GRANULARITIES = ['day', 'part_of_month', 'month', 'year', 'span'] as const;
export const PARTS_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;
export const DATINGS = ['explicit', 'publication', 'relative', 'inferred'] as const;
export const LANGUAGES = ['vi', 'en'] as const;

export const Bilingual = z.object({ vi: z.string(), en: z.string() });

export const Source = z.object({
	article: z.string(),
	/** The exact sentence (or clause) of the article's `text` the event comes from. */
	quote: z.string().min(1),
	/** Offsets of `quote` in the article's `text` (UTF-16 code units, end exclusive). */
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	/** The words that dated the event in this source, e.g. "chiều cùng ngày". */
	dateText: z.string().nullable().optional()
});

export const Article = z.object({
	id: z.string().min(1),
	file: z.string(),
	title: z.string(),
	published: isoDateOrDateTime.nullable(),
	publishedHow: z.enum(['stamp', 'metadata', 'inferred']).nullable(),
	language: z.enum(LANGUAGES),
	/** The article as read: NFC, LF line ends. Source offsets point into it. */
	text: z.string().optional(),
	/** Where the article's body lies in `text`; the rest is page furniture. */
	body: z.object({ start: z.number().int(), end: z.number().int() }).optional()
});

export const Conflict = z.object({
	field: z.enum(['date', 'status', 'partOfDay', 'type']),
	article: z.string(),
	value: z.string(),
	note: z.string()
});

export const Event = z.object({
	id: z.string().min(1),
	type: z.enum(EVENT_TYPES),
	title: Bilingual,
	start: isoDay.nullable(),
	end: isoDay.nullable(),
	granularity: z.enum(GRANULARITIES).nullable(),
	partOfDay: z.enum(PARTS_OF_DAY).nullable(),
	dating: z.enum(DATINGS).nullable(),
	confidence: z.number().min(0).max(1),
	status: z.enum(['occurred', 'planned']),
	role: z.enum(['main', 'context']),
	people: z.array(z.string()),
	cities: z.array(z.string()),
	place: z.string().nullable(),
	delegation: z.string().nullable(),
	sources: z.array(Source).min(1),
	/** How the date was reached, in words, in both languages, for the details panel. */
	datingNote: Bilingual.optional(),
	/** Disagreements between the articles merged into this event, kept visible. */
	conflicts: z.array(Conflict).optional()
});

export const Delegation = z.object({
	id: z.string().min(1),
	label: Bilingual,
	leader: z.string().nullable(),
	from: z.string().nullable(),
	to: z.string().nullable(),
	/** The sending body when it is not a city (e.g. a Party office). */
	fromBody: z.string().nullable().optional(),
	/** `fromBody`'s English name when the pipeline can read it ("Central Office of the Lao People's Revolutionary Party"). */
	fromBodyEn: z.string().nullable().optional(),
	start: isoDay.nullable(),
	end: isoDay.nullable(),
	events: z.array(z.string())
});

export const Person = z.object({
	id: z.string().min(1),
	name: z.string().min(1),
	aliases: z.array(z.string()),
	country: z.string().nullable(),
	titles: z.array(z.string())
});

export const City = z.object({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'city ids are lowercase slugs of the English name'),
	name: Bilingual,
	aliases: z.array(z.string()),
	country: z.string().nullable()
});

export const Warning = z.object({ article: z.string().optional(), message: z.string() });

export const Timeline = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION),
		articles: z.array(Article),
		events: z.array(Event),
		delegations: z.array(Delegation),
		people: z.array(Person),
		cities: z.array(City),
		warnings: z.array(Warning)
	})
	.superRefine((t, ctx) => {
		// Cross-references: every id an event or delegation names must exist.
		const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
		const people = ids(t.people), cities = ids(t.cities), articles = ids(t.articles);
		const events = ids(t.events), delegations = ids(t.delegations);
		const bad = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		t.events.forEach((e, i) => {
			e.people.forEach((p) => people.has(p) || bad(['events', i, 'people'], `unknown person id "${p}"`));
			e.cities.forEach((c) => cities.has(c) || bad(['events', i, 'cities'], `unknown city id "${c}"`));
			if (e.place && !cities.has(e.place)) bad(['events', i, 'place'], `unknown city id "${e.place}"`);
			if (e.delegation && !delegations.has(e.delegation)) bad(['events', i, 'delegation'], `unknown delegation "${e.delegation}"`);
			if (e.start && e.end && e.start > e.end) bad(['events', i], `start ${e.start} is after end ${e.end}`);
			if ((e.start === null) !== (e.end === null)) bad(['events', i], 'start and end must both be set or both be null');
			e.sources.forEach((s, j) => {
				if (!articles.has(s.article)) bad(['events', i, 'sources', j], `unknown article "${s.article}"`);
				if (s.end - s.start !== s.quote.length) bad(['events', i, 'sources', j], 'quote length does not match its offsets');
			});
		});
		t.delegations.forEach((d, i) => {
			d.events.forEach((e) => events.has(e) || bad(['delegations', i, 'events'], `unknown event "${e}"`));
			if (d.leader && !people.has(d.leader)) bad(['delegations', i, 'leader'], `unknown person "${d.leader}"`);
		});
	});

export type Bilingual = z.infer<typeof Bilingual>;
export type Source = z.infer<typeof Source>;
export type Article = z.infer<typeof Article>;
export type Conflict = z.infer<typeof Conflict>;
export type TimelineEvent = z.infer<typeof Event>;
export type Delegation = z.infer<typeof Delegation>;
export type Person = z.infer<typeof Person>;
export type City = z.infer<typeof City>;
export type Warning = z.infer<typeof Warning>;
export type Timeline = z.infer<typeof Timeline>;
export type EventType = (typeof EVENT_TYPES)[number];
export type Granularity = (typeof GRANULARITIES)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export type Dating = (typeof DATINGS)[number];

/** Validates parsed JSON; throws one readable error naming every problem and its path. */
export function parseTimeline(data: unknown, where = 'timeline'): Timeline {
	const r = Timeline.safeParse(data);
	if (r.success) return r.data;
	const lines = r.error.issues.slice(0, 20).map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
	const more = r.error.issues.length > 20 ? `\n  … and ${r.error.issues.length - 20} more` : '';
	throw new Error(`${where} does not match the timeline schema (version ${SCHEMA_VERSION}):\n${lines.join('\n')}${more}`);
}

/** Serialises a timeline the same way every time: stable key order comes from construction, two-space indent, final newline. */
export function serializeTimeline(t: Timeline): string {
	return JSON.stringify(t, null, '\t') + '\n';
}
