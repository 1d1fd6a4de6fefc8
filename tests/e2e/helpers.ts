/** What the e2e tests expect comes from the timeline the site was built from, never from fixed ids. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTimeline, type TimelineEvent } from '../../src/lib/timeline/schema';

export const timeline = parseTimeline(JSON.parse(readFileSync(process.env.TIMELINE || 'data/timeline.json', 'utf8')));
export const dated = (events: readonly TimelineEvent[]) => events.filter((e) => e.start && e.end);
export const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id).sort();

/** Opens a dashboard address and waits until the client has applied its query. */
export async function open(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

export async function markIds(page: Page): Promise<string[]> {
	const got = await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
	expect(got.length, 'no event is drawn twice').toBe(new Set(got).size);
	return got.sort();
}

export async function panelIds(page: Page): Promise<string[]> {
	return (await page.locator('[data-delegation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-delegation-id')!))).sort();
}

/** Delegations that have at least one of the events, as the panels should show them. */
export function delegationsWith(events: readonly TimelineEvent[]): string[] {
	const keep = new Set(events.map((e) => e.id));
	return timeline.delegations.filter((d) => timeline.events.some((e) => keep.has(e.id) && (e.delegation === d.id || d.events.includes(e.id)))).map((d) => d.id).sort();
}

export const inCity = (c: string) => timeline.events.filter((e) => e.cities.includes(c) || e.place === c);
export const withPerson = (p: string) => timeline.events.filter((e) => e.people.includes(p));
