/** Downloads of a filtered view, each opened and checked against the timeline under test. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dated, ids, open, timeline, withPerson } from './helpers';
import { markIdsIn, narrowLeader as leader, svgBox } from './fixtures/views';
import { BOM, CSV_COLUMNS, SOURCE_SEPARATOR, parseCsv } from '../../src/lib/export/csv';

async function download(page: Page, kind: 'svg' | 'png' | 'csv' | 'json') {
	const link = page.getByTestId(`download-${kind}`);
	await expect(link).toHaveText(kind.toUpperCase());
	await expect(link).toHaveAttribute('download', new RegExp(`\\.${kind}$`));
	const [d] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(await d.failure()).toBeNull();
	const path = test.info().outputPath(d.suggestedFilename());
	await d.saveAs(path);
	return { name: d.suggestedFilename(), path, bytes: readFileSync(path) };
}

test.describe('downloads of a view filtered by one person', () => {
	test.skip(!leader, 'needs a person in some but not all events');
	const mine = () => withPerson(leader!);

	test('SVG: parses, one mark per filtered event, fonts inlined, renders alone as a file', async ({ page, browser }) => {
		await open(page, `/?leader=${leader}&lang=vi`);
		const { name, bytes } = await download(page, 'svg');
		expect(name).toContain(leader!);
		const svg = bytes.toString('utf8');
		expect(svg.startsWith('<?xml')).toBe(true);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				ids: [...doc.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')!).sort(),
				fonts: (doc.querySelector('style')?.textContent?.match(/@font-face/g) ?? []).length,
				scripts: doc.querySelectorAll('script, foreignObject').length
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.ids).toEqual(ids(dated(mine())));
		expect(parsed.fonts).toBeGreaterThan(0);
		expect(parsed.scripts).toBe(0);
		expect(svg).toContain('data:font/woff2;base64,');
		// The same marks as the chart on the page.
		const onPage = await page.locator('svg.timeline-chart [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!).sort());
		expect(parsed.ids).toEqual(onPage);

		// Opened as a file, with no page around it: the marks are there and the text is set in the inlined font.
		const file = test.info().outputPath('alone.svg');
		writeFileSync(file, svg);
		const alone = await browser.newPage();
		await alone.goto(pathToFileURL(file).href);
		expect(await alone.locator('[data-event-id]').count()).toBe(dated(mine()).length);
		const fonts = await alone.evaluate(async () => {
			await document.fonts.ready;
			const text = [...document.querySelectorAll('text')].map((t) => t.textContent).join('');
			await document.fonts.load("12px 'Be Vietnam Pro'", text);
			return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`);
		});
		expect(fonts.some((f) => /Be Vietnam Pro/.test(f))).toBe(true);
		await alone.screenshot({ path: test.info().outputPath('alone.png') });
		await alone.close();
	});

	test('PNG: twice the chart\'s size', async ({ page }) => {
		await open(page, `/?leader=${leader}`);
		const svg = (await download(page, 'svg')).bytes.toString('utf8');
		const { bytes } = await download(page, 'png');
		expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
		const box = svgBox(svg);
		expect(w).toBe(2 * Number(box.width));
		expect(h).toBe(2 * Number(box.height));
		// Not a blank canvas: the PNG of a chart with marks compresses to more than a white page would.
		expect(bytes.length).toBeGreaterThan(10_000);
	});

	test('CSV: BOM, RFC 4180, one row per filtered event with its sources', async ({ page }) => {
		await open(page, `/?leader=${leader}&lang=vi`);
		const { name, bytes } = await download(page, 'csv');
		expect(name.endsWith('.csv')).toBe(true);
		expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
		const text = bytes.toString('utf8');
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const [header, ...rows] = parseCsv(text);
		expect(header).toEqual([...CSV_COLUMNS]);
		const col = (n: (typeof CSV_COLUMNS)[number]) => header.indexOf(n);
		expect(rows.map((r) => r[col('id')]).sort()).toEqual(ids(mine()));
		for (const r of rows) {
			const e = timeline.events.find((e) => e.id === r[col('id')])!;
			expect(r).toHaveLength(header.length);
			expect(r[col('title')]).toBe(e.title.vi || e.title.en);
			expect(r[col('start')]).toBe(e.start ?? '');
			expect(r[col('quotes')]).toBe(e.sources.map((s) => s.quote).join(SOURCE_SEPARATOR));
			expect(r[col('source_articles')]).toBe(e.sources.map((s) => s.article).join(SOURCE_SEPARATOR));
		}
		// Chronological, as the table lists them.
		const starts = rows.map((r) => r[col('start')] || '9999');
		expect(starts).toEqual([...starts].sort());
	});

	test('JSON: the filtered events with sources and quotes', async ({ page }) => {
		await open(page, `/?leader=${leader}`);
		const data = JSON.parse((await download(page, 'json')).bytes.toString('utf8'));
		expect(data.generator).toBe('Mốc');
		expect(data.count).toBe(mine().length);
		expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual(ids(mine()));
		expect(data.query).toContain(`leader=${leader}`);
		for (const e of data.events) {
			const orig = timeline.events.find((x) => x.id === e.id)!;
			expect(e.sources.map((s: { quote: string }) => s.quote)).toEqual(orig.sources.map((s) => s.quote));
			for (const s of e.sources) expect(s.articleTitle).toBe(timeline.articles.find((a) => a.id === s.article)!.title);
		}
	});
});

test('downloads follow other filters too: a city and a date range', async ({ page }) => {
	const city = timeline.cities.find((c) => timeline.events.some((e) => e.cities.includes(c.id) && e.start));
	test.skip(!city, 'needs a city with a dated event');
	const days = dated(timeline.events).map((e) => e.start!).sort();
	const from = days[0], to = days[Math.floor(days.length / 2)];
	const want = timeline.events.filter((e) => (e.cities.includes(city!.id) || e.place === city!.id) && e.start && e.end! >= from && e.start <= to);
	await open(page, `/?city=${city!.id}&from=${from}&to=${to}`);
	const svg = (await download(page, 'svg')).bytes.toString('utf8');
	expect(markIdsIn(svg)).toEqual(ids(want));
	const rows = parseCsv((await download(page, 'csv')).bytes.toString('utf8')).slice(1);
	expect(rows.map((r) => r[0]).sort()).toEqual(ids(want));
});
