/** Printing the dashboard: chart, delegation panels and the event list with sources on A4, no controls. */
import { expect, test } from '@playwright/test';
import { delegationsWith, ids, open, timeline, withPerson } from './helpers';
import { narrowLeader as leader } from './fixtures/views';

const path = () => (leader ? `/?leader=${leader}&lang=vi` : '/?lang=vi');
const mine = () => (leader ? withPerson(leader) : timeline.events);

test('print shows the chart, the panels and every event with its quotes, and hides the controls', async ({ page }) => {
	await open(page, path());
	// On screen the printed list is not shown (the table and details serve there).
	await expect(page.locator('[data-print-list]')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	for (const sel of ['[data-testid="export-menu"]', '.zoom', '.filters .row', '.overview-wrap', '.langs', '.table-section'])
		await expect(page.locator(sel).first(), `${sel} is a control or repeats the list`).toBeHidden();
	await expect(page.locator('svg.timeline-chart')).toBeVisible();
	const panels = await page.locator('[data-delegation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-delegation-id')!).sort());
	expect(panels).toEqual(delegationsWith(mine()));
	for (const p of await page.locator('[data-delegation-id]').all()) await expect(p).toBeVisible();
	const list = page.locator('[data-print-list]');
	await expect(list).toBeVisible();
	expect((await list.locator('[data-print-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-print-event-id')!))).sort()).toEqual(ids(mine()));
	for (const e of mine()) for (const s of e.sources) await expect(list.locator(`[data-print-event-id="${e.id}"]`)).toContainText(s.quote.slice(0, 60));
	// The chart fits the printed width.
	const [chart, body] = await Promise.all([
		page.locator('svg.timeline-chart').boundingBox(),
		page.locator('body').boundingBox()
	]);
	expect(chart!.width).toBeLessThanOrEqual(body!.width + 1);
});

test('page.pdf gives A4 pages', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium', 'PDF is Chromium only');
	await open(page, path());
	// What the browser does before printing (page.pdf does not): the chart is redrawn at the paper's width.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('svg.timeline-chart')).toHaveAttribute('width', '700');
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: test.info().outputPath('dashboard.pdf') });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
	expect(sizes.length).toBeGreaterThan(0);
	// A4 is 595 × 842 points.
	for (const [w, h] of sizes) expect([w, h]).toEqual([595, 842]);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect(page.locator('svg.timeline-chart')).not.toHaveAttribute('width', '700');
});
