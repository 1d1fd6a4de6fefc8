/**
 * Screenshots to look at, not assertions: desktop and phone, Vietnamese and English, a few states.
 * Run against a running preview (`TIMELINE=tests/fixtures/timeline/sample.json npm run build && npm run preview`):
 * `npm run screenshots -- [baseURL] [outDir]` (defaults: http://127.0.0.1:4173, /tmp/moc-shots).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? '/tmp/moc-shots';
const shots: { name: string; path: string; width: number; select?: boolean; full?: boolean }[] = [
	{ name: 'desktop-en', path: '/?lang=en', width: 1280, full: true },
	{ name: 'desktop-vi', path: '/?lang=vi', width: 1280, full: true },
	{ name: 'phone-en', path: '/?lang=en', width: 390, full: true },
	{ name: 'phone-vi', path: '/?lang=vi', width: 390, full: true },
	{ name: 'desktop-vi-selected', path: '/?lang=vi', width: 1280, select: true },
	{ name: 'phone-en-selected', path: '/?lang=en', width: 390, select: true },
	{ name: 'desktop-filtered', path: '/?city=ho-chi-minh-city&lang=en&city=atlantis', width: 1280 },
	{ name: 'desktop-empty', path: '/?type=signing&lang=vi', width: 1280 }
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const s of shots) {
	const page = await browser.newPage({ viewport: { width: s.width, height: 900 }, deviceScaleFactor: 1 });
	await page.goto(base + s.path);
	await page.waitForLoadState('networkidle');
	if (s.select) {
		await page.locator('[data-event-id]').nth(3).click();
		await page.waitForTimeout(800);
		await page.locator('.details').screenshot({ path: `${out}/${s.name}-details.png` });
	}
	await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.full ?? false });
	if (s.full && s.width < 600) {
		// A phone page is too tall to read in one picture: also cut it into screen-sized parts.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0, i = 0; y < height && i < 6; y += 844, i++)
			await page.screenshot({ path: `${out}/${s.name}-part${i}.png`, fullPage: true, clip: { x: 0, y, width: s.width, height: Math.min(844, height - y) } });
	}
	await page.close();
}
// Zoomed onto the last trip, with a mark focused by keyboard.
for (const [name, width, lang] of [['desktop-zoomed', 1280, 'en'], ['phone-zoomed', 390, 'vi']] as const) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(`${base}/?lang=${lang}`);
	await page.waitForSelector('[data-ready="true"]');
	await page.locator('[data-delegation-id]').last().locator('button.small').click();
	await page.waitForTimeout(300);
	await page.locator('[data-event-id]').last().focus();
	await page.locator('.chart-card').screenshot({ path: `${out}/${name}.png` });
	await page.close();
}
const article = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await article.goto(base + '/');
const href = await article.locator('.articles a').first().getAttribute('href');
await article.goto(base + href);
await article.screenshot({ path: `${out}/article.png`, fullPage: true });
await browser.close();
console.log(`wrote ${shots.length + 1} screenshots to ${out}`);
