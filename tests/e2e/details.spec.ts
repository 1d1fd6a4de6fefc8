import { expect, test } from '@playwright/test';
import { dated, open, timeline } from './helpers';

const withQuotes = dated(timeline.events).sort((a, b) => b.sources.length - a.sources.length)[0];

test('clicking a mark shows the event with every source quote and a link to its article', async ({ page }) => {
	test.skip(!withQuotes, 'needs a dated event');
	await open(page);
	await page.locator(`[data-event-id="${withQuotes.id}"]`).click();
	const details = page.locator(`[data-details-event-id="${withQuotes.id}"]`);
	await expect(details).toBeVisible();
	await expect(details.locator('h2')).toHaveText(withQuotes.title.en || withQuotes.title.vi);
	for (const s of withQuotes.sources) await expect(details.locator('mark', { hasText: s.quote })).toHaveCount(1);
	await expect(page).toHaveURL(new RegExp(`event=${withQuotes.id}`));
	// The link opens the article with that quote highlighted, inside the whole text.
	const s = withQuotes.sources[0];
	await details.locator(`a[href*="/article/${s.article}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/article/${s.article}.*#q-${s.start}-${s.end}$`));
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
	const article = timeline.articles.find((a) => a.id === s.article)!;
	await expect(page.locator('mark.active')).toContainText(s.quote.slice(0, 40));
	const text = await page.locator('article.text').innerText();
	if (article.text) expect(text.replace(/\s+/g, ' ').trim()).toBe(article.text.replace(/\s+/g, ' ').trim());
});

test('marks are reachable by keyboard, named, and Enter opens the details; Escape closes them', async ({ page }) => {
	test.skip(!dated(timeline.events).length, 'needs a dated event');
	await open(page);
	const first = page.locator('[data-event-id]').first();
	const id = (await first.getAttribute('data-event-id'))!;
	const e = timeline.events.find((x) => x.id === id)!;
	// The last enabled toolbar button comes just before the chart in the Tab order.
	await page.getByRole('button', { name: /later/i }).focus();
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	const name = (await first.getAttribute('aria-label'))!;
	expect(name).toContain(e.start!.slice(0, 4));
	for (const p of e.people) expect(name).toContain(timeline.people.find((x) => x.id === p)!.name);
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-details-event-id="${id}"]`)).toBeVisible();
	// Arrow keys walk to the next mark in time.
	await page.keyboard.press('ArrowRight');
	const second = page.locator('[data-event-id]').nth(1);
	if (await second.count()) await expect(second).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-details-event-id]')).toHaveCount(0);
});

test('a shared link with ?event= opens that event', async ({ page }) => {
	test.skip(!withQuotes, 'needs a dated event');
	await open(page, `/?event=${withQuotes.id}&lang=vi`);
	const details = page.locator(`[data-details-event-id="${withQuotes.id}"]`);
	await expect(details.locator('h2')).toHaveText(withQuotes.title.vi || withQuotes.title.en);
});

test('the table lists the same filtered events', async ({ page }) => {
	await open(page);
	await expect(page.locator('tbody tr')).toHaveCount(timeline.events.length);
	const rows = await page.locator('tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-event-id')!));
	expect(rows.sort()).toEqual(timeline.events.map((e) => e.id).sort());
});

test('an article page shows every quote highlighted and sets page furniture apart', async ({ page }) => {
	const article = timeline.articles.find((a) => a.text && timeline.events.some((e) => e.sources.some((s) => s.article === a.id)));
	test.skip(!article, 'needs an article with text');
	await page.goto(`/article/${article!.id}`);
	for (const e of timeline.events)
		for (const s of e.sources.filter((s) => s.article === article!.id)) await expect(page.locator(`#q-${s.start}-${s.end}`)).toHaveCount(1);
	if (article!.body && (article!.body.start > 0 || article!.body.end < article!.text!.length)) await expect(page.locator('.furniture').first()).toBeAttached();
});
