import { expect, test } from '@playwright/test';
import { m } from '../../src/lib/i18n';
import { xm } from '../../src/lib/export/messages';
import { dated, markIds, open, timeline, ids } from './helpers';

test('?lang=vi gives Vietnamese labels and dates; the switch goes back to English and keeps the filters', async ({ page }) => {
	// Any filter will do to check that switching language keeps it.
	const filter = timeline.cities[0] ? `city=${timeline.cities[0].id}` : 'planned=hide';
	await open(page, `/?lang=vi&${filter}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.locator('#timeline-h')).toHaveText(m('vi').timeline);
	await expect(page.locator('label[for="filter-search"]')).toHaveText(m('vi').search);
	await page.locator('[data-lang="en"]').click();
	await expect(page).toHaveURL(/lang=en/);
	await expect(page).toHaveURL(new RegExp(filter));
	await expect(page.locator('#timeline-h')).toHaveText(m('en').timeline);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a delegation sent by a body names it in the page\'s language on its route line', async ({ page }) => {
	const bodies = timeline.delegations.filter((d) => !d.from && d.fromBody && d.fromBodyEn);
	test.skip(!bodies.length, 'no delegation sent by a body with an English name');
	for (const [lang, name] of [['en', (d: (typeof bodies)[number]) => d.fromBodyEn!], ['vi', (d: (typeof bodies)[number]) => d.fromBody!]] as const) {
		await open(page, `/?lang=${lang}`);
		for (const d of bodies) await expect(page.locator(`[data-delegation-id="${d.id}"] dl > div`).nth(1).locator('dd')).toContainText(name(d));
	}
});

test.describe('with a Vietnamese browser', () => {
	test.use({ locale: 'vi-VN' });
	test('the browser language is used when the address has none, and ?lang= wins', async ({ page }) => {
		await open(page);
		await expect(page.locator('#timeline-h')).toHaveText(m('vi').timeline);
		await open(page, '/?lang=en');
		await expect(page.locator('#timeline-h')).toHaveText(m('en').timeline);
	});
});

test.describe('with another browser language', () => {
	test.use({ locale: 'fr-FR' });
	test('falls back to English', async ({ page }) => {
		await open(page);
		await expect(page.locator('#timeline-h')).toHaveText(m('en').timeline);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered page is complete and readable', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('#timeline-h')).toHaveText(m('en').timeline);
		expect(await markIds(page)).toEqual(ids(dated(timeline.events)));
		await expect(page.locator('[data-delegation-id]')).toHaveCount(timeline.delegations.length);
		await expect(page.locator('tbody tr')).toHaveCount(timeline.events.length);
		// The font is served by the site itself.
		const fonts = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('Be Vietnam Pro') && t.includes('@font-face')));
		expect(fonts.length).toBeGreaterThan(0);
		expect(fonts.every((f) => !/https?:\/\//.test(f))).toBe(true);
	});
	test('an embedded view says it cannot apply the view in its address', async ({ page }) => {
		const leader = timeline.delegations.find((d) => d.leader)!.leader!;
		await page.goto(`/embed?leader=${leader}`);
		// The frame shows every dated event, so it must say so rather than pass for the leader's view.
		expect(await markIds(page)).toEqual(ids(dated(timeline.events)));
		// Playwright's text matchers skip what lies in <noscript>: its text is read from the page itself.
		expect(await page.locator('main noscript').evaluate((e) => e.textContent)).toContain(xm('en').embedNoscript);
	});
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('nothing overflows sideways, marks and panels are there and usable', async ({ page }) => {
		await open(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await markIds(page)).toEqual(ids(dated(timeline.events)));
		const chart = (await page.locator('svg.timeline-chart').boundingBox())!;
		expect(chart.width).toBeLessThanOrEqual(390);
		const first = page.locator('[data-event-id]').first();
		test.skip(!(await first.count()), 'no dated event');
		await first.tap();
		await expect(page.locator('[data-details-event-id]')).toBeVisible();
	});
});
