import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTimeline } from '../../src/lib/timeline/schema';

// The web server preprocesses data/articles before building, so this file is what the page was built from.
const timeline = parseTimeline(JSON.parse(readFileSync(process.env.TIMELINE || 'data/timeline.json', 'utf8')));

test('the built page shows exactly one mark per dated event of timeline.json', async ({ page }) => {
	await page.goto('/');
	const ids = await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
	const marks = new Set(ids);
	expect(ids.length, 'no event is drawn twice').toBe(marks.size);
	const dated = timeline.events.filter((e) => e.start).map((e) => e.id);
	expect([...marks].sort()).toEqual([...dated].sort());
});
