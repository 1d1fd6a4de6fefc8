/** /embed inside an iframe on another site: marks, height messages, deep links, links out, and the dialog. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dated, ids, timeline, withPerson } from './helpers';
import { embedCode } from '../../src/lib/export/embed';
import { narrowLeader as leader } from './fixtures/views';

// The host page is served from another origin on this machine (another port), as another site would be;
// a made-up public host name would be refused by Chromium's private network rules, not by Mốc.
let HOST = '';
let server: Server;
const hostPages = new Map<string, string>();
test.beforeAll(async () => {
	server = createServer((req, res) => {
		const body = hostPages.get(req.url ?? '');
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	HOST = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
const template = readFileSync('tests/e2e/fixtures/embed-host.html', 'utf8');
const hostPage = (code: string, width: number) => template.replace('{{embed}}', () => code).replace('{{width}}', String(width));

/** Serves a host page on another origin whose body holds the embed code for `path`. */
async function openHost(page: Page, path: string, opts: { width?: number; code?: string } = {}) {
	const base = test.info().project.use.baseURL!;
	const code = opts.code ?? embedCode(`${base}${path}`, 'Mốc chart', { height: 300 });
	const path_ = `/report-${test.info().testId}.html`;
	hostPages.set(path_, hostPage(code, opts.width ?? 900));
	await page.goto(`${HOST}${path_}`);
	const frame = page.frameLocator('iframe[data-moc-embed]');
	await expect(frame.locator('[data-ready="true"]')).toHaveCount(1);
	return frame;
}

test('an embedded view draws one mark per visible event and sizes its frame by postMessage', async ({ page }) => {
	test.skip(!leader, 'needs a person in some but not all events');
	const frame = await openHost(page, `/embed?leader=${leader}`);
	const want = ids(dated(withPerson(leader!)));
	await expect.poll(async () => (await frame.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))).sort()).toEqual(want);
	// The frame told the host its height, and the host's snippet applied it.
	await expect.poll(() => page.evaluate(() => (window as unknown as { mocMessages: { height: number }[] }).mocMessages.length)).toBeGreaterThan(0);
	const iframe = page.locator('iframe[data-moc-embed]');
	await expect
		.poll(async () => {
			const [last, h] = await Promise.all([
				page.evaluate(() => (window as unknown as { mocMessages: { height: number }[] }).mocMessages.at(-1)!.height),
				iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)
			]);
			return Math.abs(last - h) <= 1 && h > 150 && h !== 300;
		})
		.toBe(true);
	// The whole embed is visible: nothing scrolls inside the frame.
	const inner = await frame.locator('html').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
	expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
	await expect(frame.locator('h1')).toContainText(timeline.people.find((p) => p.id === leader)!.name);
	await expect(frame.locator('.legend')).toHaveCount(1);
	await expect(frame.locator('footer.source')).toContainText(/Made with Mốc/);
});

test('a narrower frame reports its new height', async ({ page }) => {
	test.skip(!leader, 'needs a person in some but not all events');
	await openHost(page, `/embed?leader=${leader}`, { width: 900 });
	await page.waitForTimeout(300);
	const before = await page.locator('iframe[data-moc-embed]').evaluate((f) => f.getBoundingClientRect().height);
	const count = await page.evaluate(() => (window as unknown as { mocMessages: unknown[] }).mocMessages.length);
	await page.locator('#slot').evaluate((el) => (el.style.width = '320px'));
	await expect.poll(() => page.evaluate(() => (window as unknown as { mocMessages: unknown[] }).mocMessages.length)).toBeGreaterThan(count);
	await expect.poll(() => page.locator('iframe[data-moc-embed]').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(before);
});

test('deep links work inside the frame and never move the host page', async ({ page }) => {
	const ev = dated(withPerson(leader ?? '')).at(-1) ?? dated(timeline.events).at(-1);
	test.skip(!ev, 'needs a dated event');
	const filter = leader ? `leader=${leader}&` : '';
	const frame = await openHost(page, `/embed?${filter}event=${ev!.id}&lang=vi`);
	const hostUrl = page.url();
	await expect(frame.locator('[data-details-event-id]')).toHaveAttribute('data-details-event-id', ev!.id);
	await expect(frame.locator('[data-details-event-id] blockquote').first()).toContainText(ev!.sources[0].quote.slice(0, 40));
	await expect(frame.locator('html')).toHaveAttribute('lang', 'vi');
	// Clicking another event changes the frame's own address only.
	const other = dated(leader ? withPerson(leader) : timeline.events).find((e) => e.id !== ev!.id);
	if (other) {
		await frame.locator(`[data-event-id="${other.id}"]`).click();
		await expect(frame.locator('[data-details-event-id]')).toHaveAttribute('data-details-event-id', other.id);
	}
	expect(page.url()).toBe(hostUrl);
	// Links out of the frame open a new tab on the dashboard with the same filters.
	const open = frame.locator('a[data-open-dashboard]');
	await expect(open).toHaveAttribute('target', '_blank');
	const href = (await open.getAttribute('href'))!;
	if (leader) expect(href).toContain(`leader=${leader}`);
	expect(href).toContain('lang=vi');
	for (const a of await frame.locator('a[href]').all()) await expect(a).toHaveAttribute('target', '_blank');
	const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()]);
	await popup.waitForLoadState();
	expect(new URL(popup.url()).pathname).toBe('/');
	await expect(popup.locator('[data-ready="true"]')).toHaveCount(1);
	if (leader) expect(new URL(popup.url()).searchParams.getAll('leader')).toEqual([leader]);
	expect(page.url()).toBe(hostUrl);
});

test('one delegation: /embed?delegation= shows its events and its name', async ({ page }) => {
	const d = timeline.delegations.find((d) => dated(timeline.events.filter((e) => e.delegation === d.id)).length > 0);
	test.skip(!d, 'needs a delegation with a dated event');
	const frame = await openHost(page, `/embed?delegation=${d!.id}&lang=en`);
	await expect(frame.locator('h1')).toHaveText(d!.label.en || d!.label.vi);
	const got = (await frame.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))).sort();
	expect(got).toEqual(ids(dated(timeline.events.filter((e) => e.delegation === d!.id))));
});

test('a host may set its own title with title=', async ({ page }) => {
	const frame = await openHost(page, `/embed?title=${encodeURIComponent('Hà Nội & Viêng Chăn, 2024')}`);
	await expect(frame.locator('h1')).toHaveText('Hà Nội & Viêng Chăn, 2024');
	expect(await frame.locator('[data-event-id]').count()).toBe(dated(timeline.events).length);
});

test('the plain wheel scrolls the host page past an embedded chart; Ctrl+wheel zooms', async ({ page }) => {
	test.skip(dated(timeline.events).length < 2, 'needs two dated events');
	await page.setViewportSize({ width: 900, height: 500 });
	const frame = await openHost(page, '/embed');
	const axis = () => frame.locator('.axis').innerHTML();
	const before = await axis();
	const box = (await page.locator('iframe[data-moc-embed]').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 140);
	await page.mouse.wheel(0, -300);
	await page.waitForTimeout(200);
	expect(await axis()).toBe(before);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect.poll(axis).not.toBe(before);
});

test('"Embed this view" gives iframe code for the filters and language, and a live preview', async ({ page, context }) => {
	test.skip(!leader, 'needs a person in some but not all events');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/?leader=${leader}&lang=vi`);
	await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
	await page.getByRole('button', { name: /Nhúng biểu đồ này/ }).click();
	const dialog = page.getByTestId('embed-dialog');
	await expect(dialog).toBeVisible();
	const preview = page.frameLocator('[data-testid="embed-preview"]');
	await expect.poll(async () => (await preview.locator('[data-event-id]').count())).toBe(dated(withPerson(leader!)).length);
	// The preview is sized by the height its frame reports, and the code takes that height.
	await expect.poll(() => dialog.getByTestId('embed-preview').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(150);
	const shown = await dialog.getByTestId('embed-preview').evaluate((f) => Math.round(f.getBoundingClientRect().height));
	await expect(dialog.getByTestId('embed-code')).toHaveValue(new RegExp(`height="${shown}"`));
	const code = await dialog.getByTestId('embed-code').inputValue();
	expect(code).toMatch(new RegExp(`<iframe src="http://[^"]+/embed\\?leader=${leader}&amp;lang=vi"`));
	expect(code).toContain('data-moc-embed');
	expect(code).toContain("'moc:height'");
	await dialog.getByTestId('embed-copy').click();
	await expect(dialog.getByRole('status')).toHaveText('Đã sao chép');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	// The copied code works on another site as it is.
	const host = await context.newPage();
	hostPages.set('/copied.html', hostPage(code, 800));
	await host.goto(`${HOST}/copied.html`);
	await expect.poll(() => host.frameLocator('iframe[data-moc-embed]').locator('[data-event-id]').count()).toBe(dated(withPerson(leader!)).length);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});
