import { expect, test, type Page } from '@playwright/test';
import { dated, open, timeline } from './helpers';

const xs = (page: Page) =>
	page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2));
const spread = (v: number[]) => Math.max(...v) - Math.min(...v);

test('zoom buttons, keys and wheel change the view; "show all" restores it', async ({ page }) => {
	test.skip(dated(timeline.events).length < 2, 'needs two dated events');
	await open(page);
	const reset = page.getByRole('button', { name: /show all/i });
	await expect(reset).toBeDisabled();
	const before = await page.locator('.axis').innerHTML();
	await page.getByRole('button', { name: /zoom in/i }).click();
	await expect(reset).toBeEnabled();
	expect(await page.locator('.axis').innerHTML()).not.toBe(before);
	await reset.click();
	await expect(reset).toBeDisabled();
	await page.locator('[data-event-id]').first().focus();
	await page.keyboard.press('+');
	await expect(reset).toBeEnabled();
	await page.keyboard.press('0');
	await expect(reset).toBeDisabled();
	const box = (await page.locator('svg.timeline-chart').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -400);
	await expect(reset).toBeEnabled();
});

test('"zoom to this trip" spreads that delegation\'s marks across the chart', async ({ page }) => {
	const d = timeline.delegations.find((d) => dated(timeline.events.filter((e) => e.delegation === d.id)).length > 1);
	test.skip(!d, 'needs a delegation with two dated events');
	await open(page);
	const own = dated(timeline.events.filter((e) => e.delegation === d!.id)).map((e) => `[data-event-id="${e.id}"]`).join(',');
	const before = spread(await page.locator(own).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x)));
	await page.locator(`[data-delegation-id="${d!.id}"]`).getByRole('button', { name: /zoom to this trip/i }).click();
	await expect.poll(async () => spread(await page.locator(own).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x)))).toBeGreaterThan(before * 3 + 20);
});

test('dragging pans the zoomed chart', async ({ page }) => {
	test.skip(dated(timeline.events).length < 2, 'needs two dated events');
	await open(page);
	await page.getByRole('button', { name: /zoom in/i }).click();
	await page.getByRole('button', { name: /zoom in/i }).click();
	const before = await xs(page);
	const box = (await page.locator('svg.timeline-chart').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 40);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 150, box.y + 40, { steps: 8 });
	await page.mouse.up();
	const after = await xs(page);
	expect(Math.abs(after[0] - before[0])).toBeGreaterThan(50);
});

test('marks on the same day are stacked, never drawn on top of each other', async ({ page }) => {
	await open(page);
	const boxes = await page.locator('[data-event-id]').evaluateAll((els) =>
		els.map((e) => {
			const shape = e.querySelector('circle:not([stroke-dasharray]), rect:not(.hit):not(.focus-ring)')!.getBoundingClientRect();
			return { x0: shape.left, x1: shape.right, y0: shape.top, y1: shape.bottom };
		})
	);
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i], boxes[j]];
			const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
			expect(overlap, `marks ${i} and ${j} overlap`).toBe(false);
		}
});

test('the legend explains the marks', async ({ page }) => {
	await open(page);
	const legend = page.locator('.legend');
	for (const s of ['took place', 'planned', 'hatched', 'context']) await expect(legend).toContainText(s);
});
